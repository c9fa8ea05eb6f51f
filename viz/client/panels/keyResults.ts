/**
 * Key results: one table per outcome of interest — each arm's final-year mean with its 95% CI,
 * the paired difference from the baseline with its CI, the probability of improvement and the
 * cost-effectiveness; the best arm (by the outcome's direction) marked: ★ when clearly better, ☆
 * when only its point estimate is best (viz/client/best.ts).
 */
import { el, replace } from '../dom.ts';
import type { ReportData } from '../../reportData.ts';
import { interval, num, percent } from '../format.ts';
import type { Model } from '../model.ts';
import { panelFrame, type Panel } from '../panel.ts';
import { armColor } from '../plot.ts';
import { t, type StringKey } from '../strings.ts';

/** Table columns of an outcome, in order. */
const COLUMNS: StringKey[] = ['arm', 'mean', 'ci', 'diff', 'diffCi', 'pImprove', 'costDiff', 'perMillion'];

/** The key-results panel (every report has one). */
export function keyResultsPanel(m: Model): Panel {
  const frame = panelFrame('keyResults');
  const d = m.data;
  return {
    id: 'keyResults',
    element: frame.element,
    render(view) {
      const { lang, point } = view;
      replace(frame.title, t('keyResults', lang));
      replace(frame.note, m.isRun ? t('keyNoteRun', lang) : t('keyNote', lang, d.replications));
      const shown = d.outcomes.filter((o) => m.has(o.metric, point));
      replace(frame.body, m.isRun ? runTable() : el('div', { class: 'tables' }, ...shown.map(outcomeTable)));

      function outcomeTable(o: ReportData['outcomes'][number]): HTMLElement {
        const found = m.bestArm(o.metric, o.better, point);
        const best = found?.arm ?? null;
        // ★ only when clearly better than the baseline (or clearly best as the baseline); ☆ otherwise.
        const star = found === null ? '' : found.clear ? el('span', { class: 'star', title: t('bestMark', lang) }, ' ★') : el('span', { class: 'star hollow', title: t('bestUnclear', lang) }, ' ☆');
        const head = COLUMNS.map((k) => el('th', { scope: 'col' }, t(k, lang)));
        const rows = d.arms.map((arm, a) => {
          const s = m.stat(o.metric, a, point);
          const c = m.contrast(o.metric, a, point);
          const clear = c && c[2] !== null && c[3] !== null && (c[2] > 0 || c[3] < 0);
          return el(
            'tr',
            { class: a === best ? 'best' : null, 'data-arm': arm.name },
            el('th', { scope: 'row' }, el('span', { class: 'swatch', style: `background:${armColor(a)}` }), arm.labels[lang], a === d.baseline ? ` ${t('baselineMark', lang)}` : '', a === best ? star : ''),
            el('td', { class: 'num' }, num(s?.[1], lang)),
            el('td', { class: 'num' }, s ? interval(s[2], s[3], lang) : '—'),
            el('td', { class: clear ? 'num clear' : 'num' }, c ? num(c[1], lang) : ''),
            el('td', { class: 'num' }, c ? interval(c[2], c[3], lang) : ''),
            el('td', { class: 'num' }, c ? percent(c[4], lang) : ''),
            el('td', { class: 'num' }, c ? num(c[5], lang) : ''),
            el('td', { class: 'num' }, c ? num(c[6], lang) : ''),
          );
        });
        return el(
          'div',
          { class: 'outcome', 'data-metric': o.metric },
          el('h3', null, m.metricLabel(o.metric, lang), el('span', { class: 'direction' }, ` · ${t(`better_${o.better}`, lang)}`)),
          el('div', { class: 'scroll' }, el('table', null, el('thead', null, el('tr', null, ...head)), el('tbody', null, ...rows))),
        );
      }

      function runTable(): HTMLElement {
        const rows = shown.map((o) => el('tr', { 'data-metric': o.metric }, el('th', { scope: 'row' }, m.metricLabel(o.metric, lang)), el('td', { class: 'num' }, num(m.stat(o.metric, 0, 0)?.[1], lang)), el('td', null, t(`better_${o.better}`, lang))));
        return el('table', { class: 'run-table' }, el('thead', null, el('tr', null, el('th', { scope: 'col' }, t('outcome', lang)), el('th', { scope: 'col' }, t('value', lang)), el('th', { scope: 'col' }, ''))), el('tbody', null, ...rows));
      }
    },
  };
}
