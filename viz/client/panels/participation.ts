/**
 * Participation by age group and by channel (online, offline), and the shares of reported needs
 * by channel, per arm, final year.
 */
import { replace } from '../dom.ts';
import type { Lang } from '../../reportData.ts';
import { num } from '../format.ts';
import type { Model, ViewState } from '../model.ts';
import { armAxis, armChartHeight, chartBox, errorBars, panelFrame, type Panel } from '../panel.ts';
import { axis, draw, esc, layout } from '../plot.ts';
import { t, type StringKey } from '../strings.ts';
import type { Text } from '../../../base/lang.ts';
import { ADULT_AGE_GROUPS } from '../../../engine/metrics/catalogue.ts';
import { panelMetrics } from '../../../engine/metrics/builtins.ts';

/** Okabe-Ito colours for the groups within a chart (the arms' black left out). */
const GROUP_COLORS = ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#0072B2'];
/** The charts' metrics, from the metric catalogue; the age chart labels each bar with its age group's words. */
const AGES: [metric: string, label: Text][] = panelMetrics('participationAge').map((x) => [x, ADULT_AGE_GROUPS.find((g) => x.endsWith(`_age_${g.key}`))!.words]);
const CHANNELS = panelMetrics('participationChannel');
const REPORTS = panelMetrics('reportChannel');

/** A chart of the panel: bars of `metrics` per arm, grouped or stacked. */
interface GroupChart {
  name: string;
  title: StringKey;
  metrics: string[];
  label: (metric: string, lang: Lang) => string;
  valueTitle: (lang: Lang) => string;
  stack: boolean;
}

/** The participation panel; null when the data has none of its metrics. */
export function participationPanel(m: Model): Panel | null {
  const has = (metrics: string[]) => metrics.some((x) => m.has(x, 0));
  const ageLabel = (x: string, lang: Lang) => AGES.find(([y]) => y === x)?.[1][lang] ?? x;
  const specs: GroupChart[] = [
    { name: 'age', title: 'byAge', metrics: AGES.map(([x]) => x), label: ageLabel, valueTitle: (lang) => m.metricLabel('participation', lang), stack: false },
    { name: 'channel', title: 'byChannel', metrics: CHANNELS, label: (x, lang) => m.metricLabel(x, lang), valueTitle: (lang) => m.metricLabel('participation', lang), stack: false },
    // Shares of the reports by channel: they add up to one, so they stack.
    { name: 'reports', title: 'reportsByChannel', metrics: REPORTS, label: (x, lang) => m.metricLabel(x, lang), valueTitle: (lang) => t('reportsShare', lang), stack: true },
  ];
  const charts = specs.filter((c) => has(c.metrics)).map((c) => ({ ...c, box: chartBox(c.name) }));
  if (charts.length === 0) return null;
  const frame = panelFrame('participation');
  for (const c of charts) frame.body.append(c.box);
  frame.body.classList.add('pair');

  function render(view: ViewState): void {
    const { lang, point } = view;
    replace(frame.title, t('participation', lang));
    replace(frame.note, t('participationNote', lang));
    const arms = m.arms.map((_, a) => a);
    const yaxis = armAxis(m, lang, esc);
    for (const c of charts) {
      const traces = c.metrics
        .filter((x) => m.has(x, point))
        .map((x, i): Plotly.Trace => {
          const stats = arms.map((a) => m.stat(x, a, point));
          return {
            type: 'bar',
            orientation: 'h',
            name: esc(c.label(x, lang)),
            y: arms,
            x: stats.map((s) => s?.[1] ?? null),
            marker: { color: GROUP_COLORS[i % GROUP_COLORS.length] },
            // Stacked bars carry no error bars: they would sit at the wrong place.
            error_x: c.stack ? undefined : errorBars(stats),
            customdata: stats.map((s, a) => `${esc(m.armLabel(a, lang))}<br>${esc(c.label(x, lang))}: ${num(s?.[1], lang)}`),
            hovertemplate: '%{customdata}<extra></extra>',
          };
        });
      const height = armChartHeight(m, view, c.stack ? 1 : traces.length);
      draw(c.box, traces, layout(view, { title: esc(t(c.title, lang)), barmode: c.stack ? 'stack' : 'group', height, yaxis, xaxis: axis(esc(c.valueTitle(lang))) }), lang);
    }
  }

  return { id: 'participation', element: frame.element, render };
}
