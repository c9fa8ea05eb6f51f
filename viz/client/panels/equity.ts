/**
 * Equity: the Theil index of service outcomes split into its between-urban-and-rural and
 * within parts (stacked, with the total and its 95% CI as a marker), and Gini coefficients.
 */
import { el, replace } from '../dom.ts';
import type { Lang } from '../../reportData.ts';
import { num, share } from '../format.ts';
import type { Model, ViewState } from '../model.ts';
import { armAxis, armChartHeight, chartBox, errorBars, panelFrame, type Panel } from '../panel.ts';
import { axis, draw, esc, layout } from '../plot.ts';
import { t } from '../strings.ts';
import { panelMetrics } from '../../../engine/metrics/builtins.ts';

/** The Theil chart's metrics, from the metric catalogue: the total, then the two parts it decomposes into (between, within). */
const [THEIL, BETWEEN, WITHIN] = panelMetrics('theil');
const BETWEEN_COLOR = '#D55E00';
const WITHIN_COLOR = '#56B4E9';
/** The Gini chart's metrics, from the metric catalogue, with their colours. */
const GINI_COLORS = ['#0072B2', '#E69F00'];
const GINI: [metric: string, color: string][] = panelMetrics('gini').map((x, i) => [x, GINI_COLORS[i % GINI_COLORS.length]]);

/** The equity panel; null when the data has neither Theil nor Gini values. */
export function equityPanel(m: Model): Panel | null {
  const hasTheil = m.has(BETWEEN, 0) && m.has(WITHIN, 0);
  const gini = GINI.filter(([x]) => m.has(x, 0));
  if (!hasTheil && gini.length === 0) return null;
  const frame = panelFrame('equity');
  const theilChart = hasTheil ? chartBox('theil') : null;
  const giniChart = gini.length > 0 ? chartBox('gini') : null;
  frame.body.append(...[theilChart, giniChart].filter((c) => c !== null));
  frame.body.classList.add('pair');
  // The between part is often a tiny sliver of the total, invisible as a bar: its share in words.
  const shares = hasTheil ? el('ul', { class: 'theil-shares', 'data-theil-shares': '' }) : null;
  if (shares) frame.element.append(shares);

  function render(view: ViewState): void {
    const { lang, point } = view;
    replace(frame.title, t('equity', lang));
    replace(frame.note, t('equityNote', lang));
    const arms = m.arms.map((_, a) => a);
    const yaxis = armAxis(m, lang, esc);
    const bars = (metric: string, color: string, withErrors: boolean): Plotly.Trace => {
      const stats = arms.map((a) => m.stat(metric, a, point));
      return {
        type: 'bar',
        orientation: 'h',
        name: esc(m.metricLabel(metric, lang)),
        y: arms,
        x: stats.map((s) => s?.[1] ?? null),
        marker: { color },
        error_x: withErrors ? errorBars(stats) : undefined,
        customdata: stats.map((s, a) => `${esc(m.armLabel(a, lang))}<br>${esc(m.metricLabel(metric, lang))}: ${num(s?.[1], lang)}`),
        hovertemplate: '%{customdata}<extra></extra>',
      };
    };
    if (theilChart) {
      const total = arms.map((a) => m.stat(THEIL, a, point));
      const traces: Plotly.Trace[] = [bars(BETWEEN, BETWEEN_COLOR, false), bars(WITHIN, WITHIN_COLOR, false)];
      if (total.some((s) => s && s[1] !== null)) {
        traces.push({
          type: 'scatter',
          mode: 'markers',
          name: esc(m.metricLabel(THEIL, lang)),
          y: arms,
          x: total.map((s) => s?.[1] ?? null),
          marker: { symbol: 'diamond', size: view.large ? 14 : 10, color: '#000000' },
          error_x: errorBars(total),
          customdata: total.map((s, a) => `${esc(m.armLabel(a, lang))}<br>${esc(m.metricLabel(THEIL, lang))}: ${num(s?.[1], lang)}`),
          hovertemplate: '%{customdata}<extra></extra>',
        });
      }
      if (shares) replace(shares, ...arms.map((a) => el('li', null, m.armLabel(a, lang), ': ', t('theilShare', lang, betweenShare(m, a, point, lang)))));
      draw(theilChart, traces, layout(view, { title: esc(t('theilChart', lang)), barmode: 'stack', height: armChartHeight(m, view, 1), yaxis, xaxis: axis(esc(m.metricLabel(THEIL, lang)), { rangemode: 'tozero' }) }), lang);
    }
    if (giniChart) {
      draw(giniChart, gini.map(([x, color]) => bars(x, color, true)), layout(view, { title: esc(t('giniChart', lang)), barmode: 'group', height: armChartHeight(m, view, gini.length), yaxis, xaxis: axis(esc(t('gini', lang)), { rangemode: 'tozero' }) }), lang);
    }
  }

  return { id: 'equity', element: frame.element, render };
}

/** The between part's share of between + within, formatted; `—` when either is missing. */
function betweenShare(m: Model, arm: number, point: number, lang: Lang): string {
  const between = m.stat(BETWEEN, arm, point)?.[1] ?? null;
  const within = m.stat(WITHIN, arm, point)?.[1] ?? null;
  return between === null || within === null || between + within <= 0 ? '—' : share(between / (between + within), lang);
}
