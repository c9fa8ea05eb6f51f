/**
 * Sensitivity: for a Morris or Sobol' experiment, each outcome's parameters ranked by importance
 * — horizontal bars with their bootstrap intervals, the most influential on top (μ* with σ as a
 * marker for Morris; first- and total-order indices side by side for Sobol') — and a table of
 * the numbers.
 */
import type { Lang, SensitivityData } from '../../reportData.ts';
import { el, labelledSelect, replace } from '../dom.ts';
import { interval, num } from '../format.ts';
import type { Model, ViewState } from '../model.ts';
import { chartBox, errorBars, panelFrame, type Panel } from '../panel.ts';
import { axis, draw, esc, layout } from '../plot.ts';
import { t } from '../strings.ts';

/** Bar colours (Okabe-Ito): the ranking index, the other index or marker. */
const MAIN = '#0072B2';
const SECOND = '#E69F00';

/** One outcome and arm of a design: `[parameter][index]` is `[estimate, lo, hi]`. */
type Values = SensitivityData['values'][string][number];

/** What the chart and the table of one outcome and arm are drawn from. */
interface Ranked {
  s: SensitivityData;
  values: Values;
  /** Parameters, most influential first. */
  order: number[];
  /** An index's name in the page's language. */
  label: (k: number) => string;
}

/** The sensitivity panel; null unless the folder holds a Morris or Sobol' analysis of an outcome. */
export function sensitivityPanel(m: Model): Panel | null {
  if (!m.data.sensitivity) return null;
  // Named apart from the nullable field: the render function below is hoisted, out of reach of the check.
  const s: SensitivityData = m.data.sensitivity;
  const outcomes = m.data.outcomes.map((o) => o.metric).filter((x) => s.values[x]);
  if (outcomes.length === 0) return null;
  const frame = panelFrame('sensitivity');
  const choice = { metric: outcomes[0], arm: 0 };
  let last: ViewState | null = null;
  const metricSelect = labelledSelect('sensitivity-metric', (value) => {
    choice.metric = value;
    if (last) render(last);
  });
  const armSelect = labelledSelect('sensitivity-arm', (value) => {
    choice.arm = Number(value);
    if (last) render(last);
  });
  frame.controls.append(metricSelect.element);
  if (m.arms.length > 1) frame.controls.append(armSelect.element);
  const chart = chartBox('sensitivity', true);
  const table = el('div', { class: 'scroll', 'data-sensitivity-table': '' });
  frame.body.append(chart, table);
  const morris = s.method === 'morris';
  // Which index ranks and which is drawn beside it.
  const [rankBy, beside] = morris ? [0, 2] : [1, 0];

  function render(view: ViewState): void {
    last = view;
    const { lang } = view;
    replace(frame.title, t('sensitivity', lang));
    replace(frame.note, t(morris ? 'sensitivityNoteMorris' : 'sensitivityNoteSobol', lang, Math.round(s.confidence * 100)));
    replace(metricSelect.label, t('outcome', lang));
    metricSelect.setOptions(outcomes.map((x) => [x, m.metricLabel(x, lang)]), choice.metric);
    replace(armSelect.label, t('sweepArm', lang));
    armSelect.setOptions(m.arms.map((_, a) => [String(a), m.armLabel(a, lang)]), String(choice.arm));

    const values = s.values[choice.metric][choice.arm];
    const key = (p: number) => values[p][rankBy][0];
    // Largest first; missing last; ties in design order.
    const order = s.parameters.map((_, p) => p).sort((a, b) => Number(key(a) === null) - Number(key(b) === null) || (key(b) ?? 0) - (key(a) ?? 0) || a - b);
    const ranked: Ranked = { s, values, order, label: (k) => t(`index_${s.indices[k]}`, lang) };
    const names = order.map((p) => esc(s.parameters[p].name));
    const traces: Plotly.Trace[] = [];
    if (morris) {
      traces.push(barTrace(ranked, rankBy, MAIN, lang));
      traces.push({
        type: 'scatter',
        mode: 'markers',
        orientation: 'h',
        name: esc(ranked.label(beside)),
        y: names,
        x: order.map((p) => values[p][beside][0]),
        marker: { symbol: 'diamond', size: view.large ? 13 : 9, color: SECOND },
        hovertemplate: `%{y}<br>${esc(ranked.label(beside))}: %{x}<extra></extra>`,
      });
    } else {
      traces.push(barTrace(ranked, beside, SECOND, lang), barTrace(ranked, rankBy, MAIN, lang));
    }
    const per = (morris ? 28 : 40) * (view.large ? 1.4 : 1);
    draw(chart, traces, layout(view, { barmode: 'group', height: Math.round(150 + order.length * per), xaxis: axis(esc(t(morris ? 'sensitivityAxisMorris' : 'sensitivityAxisSobol', lang))), yaxis: { autorange: 'reversed', automargin: true }, hovermode: 'closest' }), lang);
    replace(table, indexTable(ranked, lang));
  }

  return { id: 'sensitivity', element: frame.element, render };
}

/** Bars of index `k` for the parameters in ranked order, with their intervals. */
function barTrace({ s, values, order, label }: Ranked, k: number, color: string, lang: Lang): Plotly.Trace {
  const stats = order.map((p) => [0, values[p][k][0], values[p][k][1], values[p][k][2]]);
  return {
    type: 'bar',
    orientation: 'h',
    name: esc(label(k)),
    y: order.map((p) => esc(s.parameters[p].name)),
    x: stats.map((x) => x[1]),
    marker: { color },
    error_x: errorBars(stats),
    customdata: order.map((p) => `${esc(s.parameters[p].name)} (${esc(s.parameters[p].path)})<br>${esc(label(k))}: ${num(values[p][k][0], lang)} [${interval(values[p][k][1], values[p][k][2], lang)}]`),
    hovertemplate: '%{customdata}<extra></extra>',
  };
}

/** The numbers: one row per parameter in ranked order, each index with its interval. */
function indexTable({ s, values, order, label }: Ranked, lang: Lang): HTMLElement {
  const head = [t('rank', lang), t('sweepParameter', lang), t('path', lang), ...s.indices.flatMap((_, k) => [label(k), t('sensitivityInterval', lang, Math.round(s.confidence * 100))])];
  const rows = order.map((p, r) =>
    el(
      'tr',
      { 'data-parameter': s.parameters[p].name },
      el('td', { class: 'num' }, String(r + 1)),
      el('th', { scope: 'row' }, s.parameters[p].name),
      el('td', null, el('code', null, s.parameters[p].path)),
      ...s.indices.flatMap((_, k) => [el('td', { class: 'num' }, num(values[p][k][0], lang)), el('td', { class: 'num' }, interval(values[p][k][1], values[p][k][2], lang))]),
    ),
  );
  return el('table', null, el('thead', null, el('tr', null, ...head.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', null, ...rows));
}
