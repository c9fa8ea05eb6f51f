/**
 * Outcomes over time: per arm the mean over replications at each recorded period with its
 * 5–95% band, and a triangle where each of the arm's interventions starts (a dotted line across
 * the chart at each distinct start).
 */
import { labelledSelect, replace } from '../dom.js';
import { num } from '../format.js';
import { chartBox, panelFrame } from '../panel.js';
import { armColor, armDash, axis, draw, esc, fade, layout } from '../plot.js';
import { t } from '../strings.js';

export function seriesPanel(m) {
  const d = m.data;
  const metrics = d.outcomes.map((o) => o.metric).filter((metric) => d.series.data[metric]);
  if (metrics.length === 0) return null;
  const frame = panelFrame('series');
  let metric = metrics[0];
  let last = null;
  const chooser = labelledSelect('series-metric', (value) => {
    metric = value;
    render(last);
  });
  frame.controls.append(chooser.element);
  // Bands of many arms overlap into one blur: with more than three arms one band at a time.
  const withBands = !m.isRun;
  let band = d.arms.length <= 3 ? 'all' : String(d.baseline ?? 0);
  const bandChooser = labelledSelect('series-band', (value) => {
    band = value;
    render(last);
  });
  if (withBands) frame.controls.append(bandChooser.element);
  const chart = chartBox('series', true);
  frame.body.append(chart);

  function render(view) {
    last = view;
    const { lang } = view;
    replace(frame.title, t('series', lang));
    replace(chooser.label, t('outcome', lang));
    chooser.setOptions(metrics.map((x) => [x, m.metricLabel(x, lang)]), metric);
    replace(bandChooser.label, t('bandFor', lang));
    bandChooser.setOptions([['all', t('bandAll', lang)], ['none', t('bandNone', lang)], ...d.arms.map((a, i) => [String(i), a.labels[lang]])], band);
    const marked = d.arms.some((a) => a.interventions.length > 0);
    replace(frame.note, t(m.isRun ? 'seriesNoteRun' : 'seriesNote', lang), marked ? ` ${t('startsNote', lang)}` : '');
    const slot = d.series.points.indexOf(view.point);
    const ticks = d.series.ticks;
    const when = ticks.x.map((_, i) => t('tickLabel', lang, ticks.year[i], ticks.month[i]));
    const traces = [];
    const starts = new Set();
    d.arms.forEach((arm, a) => {
      const values = slot < 0 ? null : d.series.data[metric][a]?.[slot];
      if (!values) return;
      const color = armColor(a);
      const name = esc(arm.labels[lang]);
      if (values.p5 && values.p95 && (band === 'all' || band === String(a))) {
        // The upper edge first, then the lower edge filled up to it.
        traces.push({ x: ticks.x, y: values.p95, mode: 'lines', line: { width: 0, color }, legendgroup: arm.name, showlegend: false, hoverinfo: 'skip' });
        traces.push({ x: ticks.x, y: values.p5, mode: 'lines', line: { width: 0, color }, fill: 'tonexty', fillcolor: fade(color, band === 'all' ? 0.12 : 0.22), legendgroup: arm.name, showlegend: false, hoverinfo: 'skip' });
      }
      traces.push({
        x: ticks.x,
        y: values.mean,
        mode: 'lines',
        name,
        legendgroup: arm.name,
        line: { color, width: 2.5, dash: armDash(a) },
        customdata: values.mean.map((v, i) => `${esc(when[i])}: ${num(v, lang)}` + (values.p5 ? ` (${num(values.p5[i], lang)} – ${num(values.p95[i], lang)})` : '')),
        hovertemplate: '%{customdata}',
      });
      const byStart = new Map();
      for (const mark of arm.interventions) {
        const list = byStart.get(mark.start) ?? [];
        list.push(esc((mark.label ?? mark.name)[lang]));
        byStart.set(mark.start, list);
        starts.add(mark.start);
      }
      if (byStart.size > 0) {
        const xs = [...byStart.keys()];
        traces.push({
          x: xs,
          y: xs.map((x) => valueAt(ticks.x, values.mean, x)),
          mode: 'markers',
          marker: { symbol: 'triangle-up', size: view.large ? 16 : 12, color, line: { color: '#ffffff', width: 1 } },
          legendgroup: arm.name,
          showlegend: false,
          customdata: xs.map((x) => `${name}<br>${byStart.get(x).join('<br>')}`),
          hovertemplate: '%{customdata}<extra></extra>',
        });
      }
    });
    const shapes = [...starts].map((x) => ({ type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color: '#666666', width: 1, dash: 'dot' } }));
    const annotations = [...starts].map((x) => ({ x, xref: 'x', y: 1, yref: 'paper', yanchor: 'top', xanchor: 'left', text: ` ${esc(t('interventionStart', lang))}`, showarrow: false, font: { color: '#444444' } }));
    draw(chart, traces, layout(view, { xaxis: axis(esc(t('yearsAxis', lang)), { rangemode: 'tozero' }), yaxis: axis(esc(m.metricLabel(metric, lang))), shapes, annotations, hovermode: 'closest' }), lang);
  }

  return { id: 'series', element: frame.element, render };
}

/** The series' value at time `x`, interpolated between recorded ticks (the first value before them). */
function valueAt(xs, ys, x) {
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
