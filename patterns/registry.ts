import type { Pattern } from './pattern.ts';
import { digitalNonUsers } from './facts/digitalNonUsers.ts';
import { incomeUnderReporting } from './facts/incomeUnderReporting.ts';
import { mediation } from './facts/mediation.ts';
import { participationCascade } from './facts/participationCascade.ts';
import { partnerResponse } from './facts/partnerResponse.ts';
import { trustVolume } from './facts/trustVolume.ts';

/** The stylised facts the model is checked against, in the order they are reported (docs/patterns.md). */
export const PATTERNS: readonly Pattern[] = [digitalNonUsers, incomeUnderReporting, partnerResponse, mediation, trustVolume, participationCascade];

/** Pattern ids, for flags and messages. */
export const PATTERN_IDS: readonly string[] = PATTERNS.map((p) => p.id);

/** The pattern with this id, or undefined. */
export function patternById(id: string): Pattern | undefined {
  return PATTERNS.find((p) => p.id === id);
}
