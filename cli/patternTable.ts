import type { Lang } from '../base/lang.ts';
import { textTable } from '../base/textTable.ts';
import type { PatternResult, Text, Unit } from '../patterns/pattern.ts';
import { words } from './words.ts';

/** A measured figure as the table shows it. */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'change':
      return `${value >= 0 ? '+' : ''}${(value * 100).toFixed(2)}%`;
    case 'days':
      return words(lang).days(value.toFixed(2));
    case 'ratio':
      return value.toFixed(2);
    case 'number':
      return value.toPrecision(3);
  }
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

/**
 * The results of `ronghe patterns` as an aligned table: a line per pattern with its verdict, then
 * a row per check (measured value, criterion, the source's figure, verdict); then a summary line.
 */
export function patternTable(results: readonly PatternResult[], lang: Lang): string {
  const w = words(lang);
  const t = (text: Text) => text[lang];
  const rows = [w.patternHead];
  results.forEach((r, k) => {
    rows.push([`${k + 1}. ${t(r.title)} [${r.id}]`, '', '', '', verdict(r.pass)]);
    for (const c of r.checks) rows.push([`   ${t(c.label)}`, formatValue(c.value, c.unit, lang), t(c.criterion), c.observed ? t(c.observed) : '', verdict(c.pass)]);
  });
  const failed = results.filter((r) => !r.pass).map((r) => r.id);
  const summary = failed.length === 0 ? w.patternsPass(results.length) : w.patternsFail(failed, results.length);
  return textTable(rows, 1) + '\n' + w.patternNote(results[0]?.seeds ?? []) + '\n' + summary + '\n';
}
