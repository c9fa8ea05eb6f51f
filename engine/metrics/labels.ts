import { builtinMetric } from './builtins.ts';
import type { Lang, Text } from '../../base/lang.ts';

/**
 * A metric's label in both languages, from the catalogue (`catalogue.ts`): a family's own label,
 * or one composed from it for a group variant (`participation_rural` → "Participation rate
 * (rural)", `needs_arisen_environment` → "Needs arisen: environment", `gap_X` → "Urban−rural
 * gap: X"). Names that are not built-in metrics (user metrics) are shown as they are.
 */
export function metricLabels(name: string): Text {
  return builtinMetric(name)?.label ?? { zh: name, en: name };
}

/** A metric's label in one language: see {@link metricLabels}. */
export function metricLabel(name: string, lang: Lang): string {
  return metricLabels(name)[lang];
}
