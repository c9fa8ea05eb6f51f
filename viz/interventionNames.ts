/**
 * Bilingual names of the intervention kinds, for time-axis marks of interventions without a
 * label of their own: each kind declares its name (engine/interventions/kinds/).
 */
import { INTERVENTION_KINDS } from '../engine/interventions/registry.ts';
import type { Text } from './reportData.ts';

/** A kind's name in both languages; an unknown kind (a newer engine's) by its code name. */
export function interventionName(kind: string): Text {
  return Object.hasOwn(INTERVENTION_KINDS, kind) ? INTERVENTION_KINDS[kind].name : { zh: kind, en: kind };
}
