/**
 * Outcomes over time: per arm the mean over replications at each recorded period with its
 * 5–95% band, and a triangle where each of the arm's interventions starts (a dotted line across
 * the chart at each distinct start).
 */
import type { ArmInfo, Lang, SeriesBand } from '../../reportData.ts';
import { labelledSelect, replace } from '../dom.ts';
import { num } from '../format.ts';
import type { Model, ViewState } from '../model.ts';
import { chartBox, panelFrame, type Panel } from '../panel.ts';
import { armColor, armDash, axis, draw, esc, fade, layout } from '../plot.ts';
import { t } from '../strings.ts';

/** The over-time panel; null when no outcome has a series. */
export function seriesPanel(m: Model): Panel | null {
  const d = m.data;
  const metrics = d.outcomes.map((o) => o.metric).filter((metric) => d.series.data[metric]);
  if (metrics.length === 0) return null;
  const frame = panelFrame('series');
  let metric = metrics[0];
  let last: ViewState | null = null;
  const chooser = labelledSelect('series-metric', (value) => {
    metric = value;
    if (last) render(last);
  });
  frame.controls.append(chooser.element);
  // Bands of many arms overlap into one blur: with more than three arms one band at a time.
  const withBands = !m.isRun;
  let band = d.arms.length <= 3 ? 'all' : String(d.baseline ?? 0);
  const bandChooser = labelledSelect('series-band', (value) => {
    band = value;
    if (last) render(last);
  });
  if (withBands) frame.controls.append(bandChooser.element);
  const chart = chartBox('series', true);
  frame.body.append(chart);

  function render(view: ViewState): void {
    last = view;
    const { lang } = view;
    replace(frame.title, t('series', lang));
    replace(chooser.label, t('outcome', lang));
    chooser.setOptions(metrics.map((x) => [x, m.metricLabel(x, lang)]), metric);
    replace(bandChooser.label, t('bandFor', lang));
    bandChooser.setOptions([['all', t('bandAll', lang)], ['none', t('bandNone', lang)], ...d.arms.map((a, i): [string, string] => [String(i), a.labels[lang]])], band);
    const marked = d.arms.some((a) => a.interventions.length > 0);
    replace(frame.note, t(m.isRun ? 'seriesNoteRun' : 'seriesNote', lang), marked ? ` ${t('startsNote', lang)}` : '');
    const slot = d.series.points.indexOf(view.point);
    const ticks = d.series.ticks;
    const when = ticks.x.map((_, i) => t('tickLabel', lang, ticks.year[i], ticks.month[i]));
    const traces: Plotly.Trace[] = [];
    const starts = new Set<number>();
    d.arms.forEach((arm, a) => {
      const values = slot < 0 ? null : d.series.data[metric][a]?.[slot];
      if (!values) return;
      const withBand = band === 'all' || band === String(a);
      traces.push(...armTraces(arm, a, values, ticks.x, when, withBand ? (band === 'all' ? 0.12 : 0.22) : null, view));
      for (const mark of arm.interventions) starts.add(mark.start);
    });
    const shapes = [...starts].map((x): Plotly.Shape => ({ type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color: '#666666', width: 1, dash: 'dot' } }));
    const annotations = [...starts].map((x): Plotly.Annotation => ({ x, xref: 'x', y: 1, yref: 'paper', yanchor: 'top', xanchor: 'left', text: ` ${esc(t('interventionStart', lang))}`, showarrow: false, font: { color: '#444444' } }));
    draw(chart, traces, layout(view, { xaxis: axis(esc(t('yearsAxis', lang)), { rangemode: 'tozero' }), yaxis: axis(esc(m.metricLabel(metric, lang))), shapes, annotations, hovermode: 'closest' }), lang);
  }

  return { id: 'series', element: frame.element, render };
}

/**
 * An arm's traces: its 5–95% band (when `bandAlpha` is given and the series has one), its mean
 * line, and a triangle at each start of its interventions.
 */
function armTraces(arm: ArmInfo, a: number, values: SeriesBand, xs: number[], when: string[], bandAlpha: number | null, view: ViewState): Plotly.Trace[] {
  const { lang } = view;
  const color = armColor(a);
  const name = esc(arm.labels[lang]);
  const traces: Plotly.Trace[] = [];
  const { p5, p95 } = values;
  if (p5 && p95 && bandAlpha !== null) {
    // The upper edge first, then the lower edge filled up to it.
    traces.push({ x: xs, y: p95, mode: 'lines', line: { width: 0, color }, legendgroup: arm.name, showlegend: false, hoverinfo: 'skip' });
    traces.push({ x: xs, y: p5, mode: 'lines', line: { width: 0, color }, fill: 'tonexty', fillcolor: fade(color, bandAlpha), legendgroup: arm.name, showlegend: false, hoverinfo: 'skip' });
  }
  traces.push({
    x: xs,
    y: values.mean,
    mode: 'lines',
    name,
    legendgroup: arm.name,
    line: { color, width: 2.5, dash: armDash(a) },
    customdata: values.mean.map((v, i) => `${esc(when[i])}: ${num(v, lang)}` + (p5 && p95 ? ` (${num(p5[i], lang)} – ${num(p95[i], lang)})` : '')),
    hovertemplate: '%{customdata}',
  });
  const byStart = startLabels(arm, lang);
  if (byStart.size > 0) {
    const starts = [...byStart.keys()];
    traces.push({
      x: starts,
      y: starts.map((x) => valueAt(xs, values.mean, x)),
      mode: 'markers',
      marker: { symbol: 'triangle-up', size: view.large ? 16 : 12, color, line: { color: '#ffffff', width: 1 } },
      legendgroup: arm.name,
      showlegend: false,
      customdata: starts.map((x) => `${name}<br>${(byStart.get(x) ?? []).join('<br>')}`),
      hovertemplate: '%{customdata}<extra></extra>',
    });
  }
  return traces;
}

/** An arm's interventions by start time: their labels (escaped for plotly) in the arm's order. */
function startLabels(arm: ArmInfo, lang: Lang): Map<number, string[]> {
  const byStart = new Map<number, string[]>();
  for (const mark of arm.interventions) {
    const list = byStart.get(mark.start) ?? [];
    list.push(esc((mark.label ?? mark.name)[lang]));
    byStart.set(mark.start, list);
  }
  return byStart;
}

/** The series' value at time `x`, interpolated between recorded ticks (the first value before them). */
function valueAt(xs: number[], ys: (number | null)[], x: number): number | null {
  if (x <= xs[0]) return ys[0];
  for (let i = 1; i < xs.length; i++) {
    if (x <= xs[i]) {
      const [a, b] = [ys[i - 1], ys[i]];
      if (a === null || b === null) return a ?? b;
      return a + ((b - a) * (x - xs[i - 1])) / (xs[i] - xs[i - 1]);
    }
  }
  return ys[ys.length - 1];
}
