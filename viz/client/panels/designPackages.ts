/**
 * The packages: a table of the final packages — levers in words, planned cost, and per objective
 * the search's value, the fresh value, the difference from the baseline with its interval and the
 * share of pairs improved — and under it the chosen package (designPackage.ts): its levers, its
 * effects by group and the experiment file it becomes. Clicking a row chooses its package.
 */
import type { DesignModel } from '../designModel.ts';
import { el, replace } from '../dom.ts';
import { money, percent } from '../format.ts';
import type { Lang } from '../../reportData.ts';
import { chartBox, panelFrame, type Panel } from '../panel.ts';
import { t } from '../strings.ts';
import { packageDetail } from './designPackage.ts';

/** The packages panel; null until the design has final packages. */
export function designPackagesPanel(m: DesignModel): Panel | null {
  if (m.data.packages.length === 0) return null;
  const frame = panelFrame('packages');
  const table = el('div', { class: 'scroll' });
  const detail = el('div', { class: 'package-detail' });
  // In the panel from the start, so that the page draws it when it comes near the screen.
  const groups = chartBox('groups', true);
  detail.append(groups);
  frame.body.append(table, detail);
  return {
    id: 'packages',
    element: frame.element,
    render(view) {
      const { lang } = view;
      replace(frame.title, t('packages', lang));
      replace(frame.note, t('packagesNote', lang));
      replace(table, packageTable(m, lang));
      packageDetail(m, view, detail, groups);
    },
  };
}

/** The table: a row per package, a group of four columns per objective. */
function packageTable(m: DesignModel, lang: Lang): HTMLElement {
  const d = m.data;
  const top = el('tr', null, el('th', { scope: 'col', rowspan: 2 }, t('package', lang)), el('th', { scope: 'col', rowspan: 2 }, t('levers', lang)), el('th', { scope: 'col', rowspan: 2 }, t('col_cost', lang)), ...d.objectives.map((o) => el('th', { scope: 'colgroup', colspan: 4, class: 'group' }, o.labels[lang])));
  const sub = el('tr', null, ...d.objectives.flatMap(() => [t('searchCol', lang), t('freshCol', lang), t('diffInterval', lang), t('pImprove', lang)].map((h) => el('th', { scope: 'col' }, h))));
  const rows = d.packages.map((p, i) => {
    const cells = d.objectives.flatMap((_, k) => {
      const f = p.fresh?.[k];
      const clear = f && f[6] !== null && f[7] !== null && !p.baseline && (f[6] > 0 || f[7] < 0);
      return [
        el('td', { class: 'num' }, m.value(k, p.search[k]?.[1], lang)),
        el('td', { class: 'num' }, m.value(k, f?.[1], lang)),
        el('td', { class: clear ? 'num clear' : 'num' }, p.baseline ? '' : m.diffInterval(k, f, lang)),
        el('td', { class: 'num' }, p.baseline || !f ? '' : percent(f[8], lang)),
      ];
    });
    return el(
      'tr',
      { 'data-package': p.id, class: i === m.selected ? 'chosen' : null, tabindex: 0, onclick: () => m.select(i), onkeydown: (e) => (e as KeyboardEvent).key === 'Enter' && m.select(i) },
      el('th', { scope: 'row' }, el('span', { class: 'swatch', style: `background:${m.color(i)}` }), m.packageName(p, lang)),
      el('td', { class: 'levers' }, m.leverLine(p, lang)),
      el('td', { class: 'num' }, money(p.plan.total, lang)),
      ...cells,
    );
  });
  return el('table', { class: 'packages' }, el('thead', null, top, sub), el('tbody', null, ...rows));
}
