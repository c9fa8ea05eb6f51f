import { textTable } from '../base/textTable.ts';
import type { PatternResult, Text, Unit } from './pattern.ts';

import type { Lang } from '../base/lang.ts';


/** A measured figure as the table shows it. */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'change':
      return `${value >= 0 ? '+' : ''}${(value * 100).toFixed(2)}%`;
    case 'days':
      return lang === 'zh' ? `${value.toFixed(2)} 天` : `${value.toFixed(2)} d`;
    case 'ratio':
      return value.toFixed(2);
    case 'number':
      return value.toPrecision(3);
  }
}

const HEAD: Record<Lang, string[]> = {
  zh: ['模式 / 检验', '模型值', '判据', '观测值', '结果'],
  en: ['Pattern / check', 'Model', 'Criterion', 'Observed', 'Result'],
};

const NOTE: Record<Lang, (seeds: readonly number[]) => string> = {
  zh: (seeds) => `种子 ${seeds.join(', ')}。“每个种子”判据显示最差种子的值,“均值”判据显示各种子均值。详见 docs/patterns.md。`,
  en: (seeds) => `${seeds.length === 1 ? 'Seed' : 'Seeds'} ${seeds.join(', ')}. "Every seed" criteria show the worst seed; "mean" criteria the mean over seeds. See docs/patterns.md.`,
};

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

/**
 * The results as an aligned table: a line per pattern with its verdict, then a row per check
 * (measured value, criterion, the source's figure, verdict); then a summary line.
 */
export function patternTable(results: readonly PatternResult[], lang: Lang): string {
  const t = (text: Text) => text[lang];
  const rows = [HEAD[lang]];
  results.forEach((r, k) => {
    rows.push([`${k + 1}. ${t(r.title)} [${r.id}]`, '', '', '', verdict(r.pass)]);
    for (const c of r.checks) rows.push([`   ${t(c.label)}`, formatValue(c.value, c.unit, lang), t(c.criterion), c.observed ? t(c.observed) : '', verdict(c.pass)]);
  });
  const failed = results.filter((r) => !r.pass);
  const n = results.length;
  const summary =
    lang === 'zh'
      ? failed.length === 0
        ? `全部 ${n} 个模式通过。`
        : `${n} 个模式中 ${failed.length} 个未通过:${failed.map((r) => r.id).join(', ')}。`
      : failed.length === 0
        ? n === 1
          ? 'The pattern passes.'
          : `All ${n} patterns pass.`
        : `${failed.length} of ${n} pattern${n === 1 ? '' : 's'} fail${failed.length === 1 && n === 1 ? 's' : ''}: ${failed.map((r) => r.id).join(', ')}.`;
  return textTable(rows, 1) + '\n' + NOTE[lang](results[0]?.seeds ?? []) + '\n' + summary + '\n';
}
