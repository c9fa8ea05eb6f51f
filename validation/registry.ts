import type { Pattern } from './pattern.ts';
import { digitalNonUsers } from './patterns/digitalNonUsers.ts';
import { incomeUnderReporting } from './patterns/incomeUnderReporting.ts';
import { mediation } from './patterns/mediation.ts';
import { participationCascade } from './patterns/participationCascade.ts';
import { partnerResponse } from './patterns/partnerResponse.ts';
import { trustVolume } from './patterns/trustVolume.ts';

/** The stylised facts the model is checked against, in the order they are reported (docs/patterns.md). */
export const PATTERNS: readonly Pattern[] = [digitalNonUsers, incomeUnderReporting, partnerResponse, mediation, trustVolume, participationCascade];

/** Pattern ids, for flags and messages. */
export const PATTERN_IDS: readonly string[] = PATTERNS.map((p) => p.id);

/** The pattern with this id, or undefined. */
export function patternById(id: string): Pattern | undefined {
  return PATTERNS.find((p) => p.id === id);
}
