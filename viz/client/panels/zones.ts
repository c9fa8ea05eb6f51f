/**
 * Urban and rural: for a chosen metric, each arm's final-year value for urban residents, rural
 * residents and migrants, and the urban − rural gap with its 95% CI.
 */
import { labelledSelect, replace } from '../dom.ts';
import { num } from '../format.ts';
import type { Model, ViewState } from '../model.ts';
import { armAxis, armChartHeight, chartBox, errorBars, panelFrame, type Panel } from '../panel.ts';
import { armColor, axis, draw, esc, layout } from '../plot.ts';
import { t } from '../strings.ts';
import { ZONES } from '../../../engine/scenario.ts';

/** Zone colours from the Okabe-Ito set, apart from the arms' black. */
export const ZONE_COLORS = { urban: '#0072B2', rural: '#E69F00', migrant: '#009E73' };

/** The urban and rural panel; null when no metric has a gap and zone values. */
export function zonesPanel(m: Model): Panel | null {
  const d = m.data;
  // Metrics with a gap and zone variants in the data (the engine's GAP_METRICS).
  const available = Object.keys(d.stats)
    .filter((k) => k.startsWith('gap_'))
    .map((k) => k.slice(4))
    .filter((b) => m.has(`${b}_urban`, 0) && m.has(`${b}_rural`, 0));
  if (available.length === 0) return null;
  // Open on the first outcome of interest that has a gap, else the first metric.
  const fromOutcomes = d.outcomes.map((o) => o.metric.replace(/^(gap|ratio)_/, '').replace(/_(urban|rural|migrant)$/, '')).find((b) => available.includes(b));
  let base = fromOutcomes ?? available[0];
  let last: ViewState | null = null;
  const frame = panelFrame('zones');
  const chooser = labelledSelect('zones-metric', (value) => {
    base = value;
    if (last) render(last);
  });
  frame.controls.append(chooser.element);
  const zonesChart = chartBox('zones');
  const gapChart = chartBox('gap');
  frame.body.append(zonesChart, gapChart);
  frame.body.classList.add('pair');

  function render(view: ViewState): void {
    last = view;
    const { lang, point } = view;
    replace(frame.title, t('zones', lang));
    replace(chooser.label, t('metric', lang));
    chooser.setOptions(available.map((b) => [b, m.metricLabel(b, lang)]), base);
    replace(frame.note, t('zonesNote', lang));
    const arms = d.arms.map((_, a) => a);
    const yaxis = armAxis(m, lang, esc);
    const zoneTraces = ZONES
      .filter((zone) => m.has(`${base}_${zone}`, point))
      .map((zone): Plotly.Trace => {
        const stats = arms.map((a) => m.stat(`${base}_${zone}`, a, point));
        return {
          type: 'bar',
          orientation: 'h',
          name: esc(t(zone, lang)),
          y: arms,
          x: stats.map((s) => s?.[1] ?? null),
          marker: { color: ZONE_COLORS[zone] },
          error_x: errorBars(stats),
          customdata: stats.map((s, a) => `${esc(m.armLabel(a, lang))}<br>${esc(t(zone, lang))}: ${num(s?.[1], lang)}`),
          hovertemplate: '%{customdata}<extra></extra>',
        };
      });
    const height = armChartHeight(m, view, zoneTraces.length);
    draw(zonesChart, zoneTraces, layout(view, { title: esc(t('byZone', lang)), barmode: 'group', height, yaxis, xaxis: axis(esc(m.metricLabel(base, lang))) }), lang);

    const gaps = arms.map((a) => m.stat(`gap_${base}`, a, point));
    const gapTrace: Plotly.Trace = {
      type: 'bar',
      orientation: 'h',
      y: arms,
      x: gaps.map((s) => s?.[1] ?? null),
      marker: { color: arms.map((a) => armColor(a)) },
      error_x: errorBars(gaps),
      customdata: gaps.map((s, a) => `${esc(m.armLabel(a, lang))}: ${num(s?.[1], lang)}`),
      hovertemplate: '%{customdata}<extra></extra>',
      showlegend: false,
    };
    draw(gapChart, [gapTrace], layout(view, { title: esc(t('gapChart', lang)), height, yaxis, xaxis: axis(esc(m.metricLabel(base, lang)), { zeroline: true }) }), lang);
  }

  return { id: 'zones', element: frame.element, render };
}
