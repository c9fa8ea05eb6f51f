/**
 * Outcomes across swept parameters: lines over the values of a single swept parameter (one per
 * arm), a heatmap over a grid of two (one arm at a time), or — for a Latin hypercube or a grid
 * of more than two — each point's value against a chosen parameter. Means, or differences from
 * the baseline.
 */
import type { Lang, SweptParameter } from '../../reportData.ts';
import { labelledSelect, replace } from '../dom.ts';
import { num } from '../format.ts';
import type { Model, ViewState } from '../model.ts';
import { chartBox, errorBars, panelFrame, type Panel } from '../panel.ts';
import { armColor, armDash, axis, draw, DIVERGING, esc, layout, SEQUENTIAL } from '../plot.ts';
import { t } from '../strings.ts';

/** How the sweep is drawn: lines over one grid parameter, a heatmap over two, else points. */
type Shape = 'lines' | 'heatmap' | 'scatter';

/** The reader's choices: outcome, arm (heatmap), means or differences, parameter (points). */
interface Choice {
  metric: string;
  arm: number;
  show: 'mean' | 'diff';
  param: number;
}

/** `[n, value, lo, hi]` of the chosen quantity at an arm and point, or null. */
type ValueAt = (arm: number, point: number) => (number | null)[] | null;

/** The sweep panel; null unless the design has swept parameters and an outcome with values. */
export function sweepPanel(m: Model): Panel | null {
  const d = m.data;
  if (d.params.length === 0 || d.points.length < 2) return null;
  const shape: Shape = d.sweepKind === 'grid' && d.params.length === 1 ? 'lines' : d.sweepKind === 'grid' && d.params.length === 2 ? 'heatmap' : 'scatter';
  const outcomes = d.outcomes.map((o) => o.metric).filter((x) => d.stats[x]);
  if (outcomes.length === 0) return null;
  const frame = panelFrame('sweep');
  const choice: Choice = { metric: outcomes[0], arm: d.baseline === 0 && d.arms.length > 1 ? 1 : 0, show: 'mean', param: 0 };
  let last: ViewState | null = null;
  const onChange = (change: (value: string) => void) => (value: string) => {
    change(value);
    if (last) render(last);
  };
  const metricSelect = labelledSelect('sweep-metric', onChange((v) => (choice.metric = v)));
  const armSelect = labelledSelect('sweep-arm', onChange((v) => (choice.arm = Number(v))));
  const showSelect = labelledSelect('sweep-show', onChange((v) => (choice.show = v === 'diff' ? 'diff' : 'mean')));
  const paramSelect = labelledSelect('sweep-param', onChange((v) => (choice.param = Number(v))));
  frame.controls.append(metricSelect.element);
  if (shape === 'heatmap') frame.controls.append(armSelect.element);
  if (d.baseline !== null && d.arms.length > 1) frame.controls.append(showSelect.element);
  if (shape === 'scatter') frame.controls.append(paramSelect.element);
  const chart = chartBox('sweep', true);
  frame.body.append(chart);

  const value: ValueAt = (arm, point) => {
    if (choice.show === 'mean') return m.stat(choice.metric, arm, point);
    const c = m.contrast(choice.metric, arm, point);
    return c ? [c[0], c[1], c[2], c[3]] : null;
  };

  function render(view: ViewState): void {
    last = view;
    const { lang } = view;
    replace(frame.title, t('sweep', lang));
    replace(metricSelect.label, t('outcome', lang));
    metricSelect.setOptions(outcomes.map((x) => [x, m.metricLabel(x, lang)]), choice.metric);

    replace(showSelect.label, t('sweepShow', lang));
    showSelect.setOptions([['mean', t('showMean', lang)], ['diff', t('showDiff', lang)]], choice.show);
    replace(paramSelect.label, t('sweepParameter', lang));
    paramSelect.setOptions(d.params.map((p, i) => [String(i), p.name]), String(choice.param));
    replace(frame.note, t(shape === 'heatmap' ? 'sweepNoteGrid2' : shape === 'lines' ? 'sweepNoteLines' : 'sweepNoteScatter', lang));
    const yTitle = esc(choice.show === 'mean' ? m.metricLabel(choice.metric, lang) : `${m.metricLabel(choice.metric, lang)} − ${m.armLabel(d.baseline ?? 0, lang)}`);
    // Arms drawn: against the baseline, the baseline itself has nothing to show.
    const arms = d.arms.map((_, a) => a).filter((a) => choice.show === 'mean' || a !== d.baseline);
    // The heatmap shows one arm: in difference mode never the baseline, whose cells would be empty.
    if (!arms.includes(choice.arm)) choice.arm = arms[0];
    replace(armSelect.label, t('sweepArm', lang));
    armSelect.setOptions(arms.map((a) => [String(a), m.armLabel(a, lang)]), String(choice.arm));

    if (shape === 'heatmap') {
      const [p0, p1] = d.params;
      const ticks = (p: SweptParameter) => ({ tickvals: (p.values ?? []).map((_, i) => i), ticktext: (p.values ?? []).map((v) => esc(String(v))) });
      draw(chart, [heatmapTrace(p0, p1, (point) => value(choice.arm, point)?.[1] ?? null, choice.show, yTitle, lang)], layout(view, { title: esc(m.armLabel(choice.arm, lang)), xaxis: axis(esc(p1.name), ticks(p1)), yaxis: axis(esc(p0.name), ticks(p0)) }), lang);
      return;
    }
    const param = shape === 'lines' ? d.params[0] : d.params[choice.param];
    const traces = arms.map((a) => pointTrace(m, a, param, value, shape, view));
    draw(chart, traces, layout(view, { xaxis: axis(esc(param.name), typeof d.points[0].values[param.name] === 'number' ? {} : { type: 'category' }), yaxis: axis(yTitle), hovermode: 'closest' }), lang);
  }

  return { id: 'sweep', element: frame.element, render };
}

/**
 * The heatmap over a grid of two parameters, each cell's value written in it. Grid points vary
 * the last parameter fastest: point = i0 * n1 + i1.
 */
function heatmapTrace(p0: SweptParameter, p1: SweptParameter, at: (point: number) => number | null, show: Choice['show'], title: string, lang: Lang): Plotly.Trace {
  const v0 = p0.values ?? [];
  const v1 = p1.values ?? [];
  const z = v0.map((_, i0) => v1.map((_, i1) => at(i0 * v1.length + i1)));
  const text = z.map((row, i0) => row.map((v, i1) => `${esc(p0.name)} = ${esc(String(v0[i0]))}<br>${esc(p1.name)} = ${esc(String(v1[i1]))}<br>${num(v, lang)}`));
  const extent = Math.max(...z.flat().filter((v) => v !== null).map(Math.abs), 0);
  return {
    type: 'heatmap',
    x: v1.map((v, i) => i),
    y: v0.map((v, i) => i),
    z,
    customdata: text,
    hovertemplate: '%{customdata}<extra></extra>',
    // Each cell's value written in it, formatted for the page's language.
    text: z.map((row) => row.map((v) => num(v, lang))),
    texttemplate: '%{text}',
    colorscale: show === 'mean' ? SEQUENTIAL : DIVERGING,
    // Differences centred on zero, so colour says better or worse at a glance.
    ...(show === 'diff' ? { zmin: -extent, zmax: extent } : {}),
    colorbar: { title: { text: title, side: 'right' } },
  };
}

/** An arm's values at every point against `param`: a line over a grid, else markers. */
function pointTrace(m: Model, a: number, param: SweptParameter, value: ValueAt, shape: Shape, view: ViewState): Plotly.Trace {
  const { lang } = view;
  const d = m.data;
  const stats = d.points.map((p) => value(a, p.index));
  // Text values become categories, which plotly draws as markup: escaped like labels.
  const xs = d.points.map((p) => (typeof p.values[param.name] === 'number' ? (p.values[param.name] as number) : esc(String(p.values[param.name]))));
  return {
    type: 'scatter',
    mode: shape === 'lines' ? 'lines+markers' : 'markers',
    name: esc(m.armLabel(a, lang)),
    x: xs,
    y: stats.map((s) => s?.[1] ?? null),
    error_y: errorBars(stats),
    line: { color: armColor(a), dash: armDash(a) },
    marker: { color: armColor(a), size: view.large ? 11 : 8 },
    customdata: stats.map((s, i) => `${esc(m.armLabel(a, lang))}<br>${esc(m.pointLabel(i, lang))}<br>${num(s?.[1], lang)}`),
    hovertemplate: '%{customdata}<extra></extra>',
  };
}
