/**
 * Sensitivity: for a Morris or Sobol' experiment, each outcome's parameters ranked by importance
 * — horizontal bars with their bootstrap intervals, the most influential on top (μ* with σ as a
 * marker for Morris; first- and total-order indices side by side for Sobol') — and a table of
 * the numbers.
 */
import { el, labelledSelect, replace } from '../dom.js';
import { interval, num } from '../format.js';
import { chartBox, errorBars, panelFrame } from '../panel.js';
import { axis, draw, esc, layout } from '../plot.js';
import { t } from '../strings.js';

/** Bar colours (Okabe-Ito): the ranking index, the other index or marker. */
const MAIN = '#0072B2';
const SECOND = '#E69F00';

export function sensitivityPanel(m) {
  const s = m.data.sensitivity;
  if (!s) return null;
  const outcomes = m.data.outcomes.map((o) => o.metric).filter((x) => s.values[x]);
  if (outcomes.length === 0) return null;
  const frame = panelFrame('sensitivity');
  const choice = { metric: outcomes[0], arm: 0 };
  let last = null;
  const metricSelect = labelledSelect('sensitivity-metric', (value) => {
    choice.metric = value;
    render(last);
  });
  const armSelect = labelledSelect('sensitivity-arm', (value) => {
    choice.arm = Number(value);
    render(last);
  });
  frame.controls.append(metricSelect.element);
  if (m.arms.length > 1) frame.controls.append(armSelect.element);
  const chart = chartBox('sensitivity', true);
  const table = el('div', { class: 'scroll', 'data-sensitivity-table': '' });
  frame.body.append(chart, table);
  const morris = s.method === 'morris';
  // Which index ranks and which is drawn beside it.
  const [rankBy, beside] = morris ? [0, 2] : [1, 0];

  function render(view) {
    last = view;
    const { lang } = view;
    replace(frame.title, t('sensitivity', lang));
    replace(frame.note, t(morris ? 'sensitivityNoteMorris' : 'sensitivityNoteSobol', lang, Math.round(s.confidence * 100)));
    replace(metricSelect.label, t('outcome', lang));
    metricSelect.setOptions(outcomes.map((x) => [x, m.metricLabel(x, lang)]), choice.metric);
    replace(armSelect.label, t('sweepArm', lang));
    armSelect.setOptions(m.arms.map((_, a) => [String(a), m.armLabel(a, lang)]), String(choice.arm));

    const values = s.values[choice.metric][choice.arm];
    const key = (p) => values[p][rankBy][0];
    // Largest first; missing last; ties in design order.
    const order = s.parameters.map((_, p) => p).sort((a, b) => (key(a) === null) - (key(b) === null) || key(b) - key(a) || a - b);
    const names = order.map((p) => esc(s.parameters[p].name));
    const stat = (p, k) => [0, values[p][k][0], values[p][k][1], values[p][k][2]];
    const label = (k) => t(`index_${s.indices[k]}`, lang);
    const traces = [];
    if (morris) {
      traces.push(barTrace(rankBy, MAIN, true));
      traces.push({
        type: 'scatter',
        mode: 'markers',
        orientation: 'h',
        name: esc(label(beside)),
        y: names,
        x: order.map((p) => values[p][beside][0]),
        marker: { symbol: 'diamond', size: view.large ? 13 : 9, color: SECOND },
        hovertemplate: `%{y}<br>${esc(label(beside))}: %{x}<extra></extra>`,
      });
    } else {
      traces.push(barTrace(beside, SECOND, true), barTrace(rankBy, MAIN, true));
    }
    const per = (morris ? 28 : 40) * (view.large ? 1.4 : 1);
    draw(chart, traces, layout(view, { barmode: 'group', height: Math.round(150 + order.length * per), xaxis: axis(esc(t(morris ? 'sensitivityAxisMorris' : 'sensitivityAxisSobol', lang))), yaxis: { autorange: 'reversed', automargin: true }, hovermode: 'closest' }), lang);

    function barTrace(k, color, errors) {
      const stats = order.map((p) => stat(p, k));
      return {
        type: 'bar',
        orientation: 'h',
        name: esc(label(k)),
        y: names,
        x: stats.map((x) => x[1]),
        marker: { color },
        error_x: errors ? errorBars(stats) : undefined,
        customdata: order.map((p) => `${esc(s.parameters[p].name)} (${esc(s.parameters[p].path)})<br>${esc(label(k))}: ${num(values[p][k][0], lang)} [${interval(values[p][k][1], values[p][k][2], lang)}]`),
        hovertemplate: '%{customdata}<extra></extra>',
      };
    }

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
    replace(table, el('table', null, el('thead', null, el('tr', null, ...head.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', null, ...rows)));
  }

  return { id: 'sensitivity', element: frame.element, render };
}
