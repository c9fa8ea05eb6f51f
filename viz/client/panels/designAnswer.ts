/**
 * A policy design's answer first: the question, what a package may use and must meet, the
 * objectives, how much the search ran, and one plain sentence per final package — its levers, its
 * effects against the baseline on fresh seeds and its planned cost.
 */
import type { DesignReport } from '../../designReport.ts';
import type { DesignModel } from '../designModel.ts';
import { el, replace } from '../dom.ts';
import { dateTime, integer, money, num } from '../format.ts';
import { panelFrame, type Panel } from '../panel.ts';
import type { Lang } from '../../reportData.ts';
import { hasLabel, t, type StringKey } from '../strings.ts';

/** The answer panel (every design report has one). */
export function designAnswerPanel(m: DesignModel): Panel {
  const frame = panelFrame('designAnswer');
  const d = m.data;
  return {
    id: 'designAnswer',
    element: frame.element,
    render(view) {
      const { lang } = view;
      replace(frame.title, t('designAnswer', lang));
      replace(frame.note, m.done && d.packages.length > 0 ? t('answerNote', lang) : '');
      const rows: HTMLElement[] = [];
      const row = (key: StringKey, ...value: (Node | string)[]) => rows.push(el('dt', null, t(key, lang)), el('dd', null, ...value));
      row('question', d.title[lang], d.description ? el('span', { class: 'direction' }, ` — ${d.description}`) : '');
      row('levers', d.levers.map((l) => l.labels[lang]).join(' · '));
      row('constraints', constraintWords(d, lang));
      row('objectives', el('ul', { class: 'arm-list' }, ...d.objectives.map((o) => el('li', null, o.labels[lang], el('span', { class: 'direction' }, ` · ${t(`better_${o.better}`, lang)}${o.percentile === null ? '' : ` · ${t('percentileOf', lang, num(o.percentile, lang))}`}`)))));
      row('horizonLabel', t('horizon', lang, num(d.years, lang)));
      if (d.uncertainty) row('uncertaintyLabel', d.uncertainty.parameters.join(', '));
      const c = d.counts;
      // `search.generations` counts the generations bred after the first.
      const generations = integer(d.search.generations + 1, lang);
      // evaluations.csv, which says how many were over a cap and how many packages ran, is written at the end.
      if (m.done) row('searchLabel', t('searchValue', lang, integer(c.evaluations, lang), integer(c.skipped, lang), integer(c.packagesRun, lang), integer(c.searchRuns, lang), generations, integer(d.search.population, lang)));
      else row('searchLabel', t('searchSoFar', lang, integer(d.generations.length, lang), generations, integer(c.evaluations, lang), integer(c.searchRuns, lang)));
      if (m.done) row('reevaluationLabel', t('reevaluationValue', lang, integer(d.packages.filter((p) => !p.baseline).length, lang), integer(d.reevaluation.replications * Math.max(1, d.reevaluation.samples), lang)));
      row('date', dateTime(d.date, lang));
      const status = `status_${d.status}`;
      row('status', hasLabel(status) ? t(status, lang) : d.status);
      replace(frame.body, el('dl', { class: 'facts' }, ...rows), answers(m, lang));
    },
  };
}

/** One sentence per final package (the chosen one marked), or why there are none. */
function answers(m: DesignModel, lang: Lang): HTMLElement {
  if (!m.done) return el('p', { class: 'missing', 'data-missing': 'unfinished' }, t('designNotDone', lang));
  if (m.data.packages.length === 0) return el('p', { class: 'missing', 'data-missing': 'packages' }, t('noPackages', lang));
  const items = m.data.packages.map((p, i) =>
    el('li', { 'data-package': p.id, class: i === m.selected ? 'chosen' : null }, el('span', { class: 'swatch', style: `background:${m.color(i)}` }), m.sentence(p, lang)),
  );
  return el('ul', { class: 'answers' }, ...items);
}

/** The caps a package must meet, in words; "none" when there are none. */
function constraintWords(d: DesignReport, lang: Lang): string {
  const c = d.constraints;
  const parts: string[] = [];
  if (c.budgetTotal !== null) parts.push(t('budgetTotal', lang, money(c.budgetTotal, lang)));
  if (c.budgetPerYear !== null) parts.push(t('budgetPerYear', lang, money(c.budgetPerYear, lang)));
  for (const [level, days] of Object.entries(c.staffDaysPerYear)) {
    const key = `staff_${level}`;
    parts.push(t('staffCap', lang, hasLabel(key) ? t(key, lang) : level, integer(days, lang)));
  }
  return parts.length === 0 ? t('none', lang) : parts.join('; ');
}
