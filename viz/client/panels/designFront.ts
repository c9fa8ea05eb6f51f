/**
 * The front: for each objective not measured in yuan, planned cost against the objective — the
 * final packages on fresh seeds with their 95% intervals, the search's estimates of the same
 * packages as hollow markers joined to them (the winner's curse made visible), the baseline, and
 * the other packages the search ran, faint, as the cloud the front was picked from. Clicking a
 * package chooses it.
 */
import type { EstimateCells } from '../../designReport.ts';
import type { Lang } from '../../reportData.ts';
import type { DesignModel } from '../designModel.ts';
import { replace } from '../dom.ts';
import { inMoneyUnit, money } from '../format.ts';
import type { ViewState } from '../model.ts';
import { chartBox, errorBars, panelFrame, type Panel } from '../panel.ts';
import { axis, draw, esc, layout, onPointClick, PALETTE } from '../plot.ts';
import { t } from '../strings.ts';

/** The cloud's colour: light enough to stay behind the front. */
const CLOUD = '#c4c4c4';

/** The front panel; null until the design has final packages, or when every objective is money. */
export function designFrontPanel(m: DesignModel): Panel | null {
  const d = m.data;
  const drawn = d.objectives.map((o, k) => ({ o, k })).filter(({ o }) => !o.money);
  if (d.packages.length === 0 || drawn.length === 0) return null;
  const frame = panelFrame('front');
  const boxes = drawn.map(({ o }) => chartBox(`front-${o.name}`));
  frame.body.className = 'body pair';
  frame.body.append(...boxes);
  // Packages drawn as points, by index into d.packages: the baseline has its own marker.
  const shown = d.packages.map((p, i) => ({ p, i })).filter(({ p }) => !p.baseline);
  const baseline = d.packages.findIndex((p) => p.baseline);
  return {
    id: 'front',
    element: frame.element,
    render(view) {
      const { lang } = view;
      replace(frame.title, t('front', lang));
      replace(frame.note, t('frontNote', lang), drawn.some(({ o }) => o.percentile !== null) ? ` ${t('percentileNote', lang)}` : '');
      drawn.forEach(({ k }, c) => {
        const box = boxes[c];
        const plotted = draw(box, traces(m, k, shown, view), layout(view, { xaxis: axis(t('costAxis', lang), { range: costRange(m, lang) }), yaxis: axis(esc(m.data.objectives[k].labels[lang])), hovermode: 'closest' }), lang);
        // Traces 2 and 3 hold the packages in `shown` order, trace 4 the baseline.
        onPointClick(box, plotted, (trace, point) => {
          if (trace === 2 || trace === 3) m.select(shown[point].i);
          else if (trace === 4 && baseline >= 0) m.select(baseline);
        });
      });
    },
  };
}

/** The cost axis from a little left of zero (the baseline's marker sits on it) to a little beyond the dearest package. */
function costRange(m: DesignModel, lang: Lang): [number, number] {
  const most = Math.max(0, ...m.data.cloud.cost, ...m.data.packages.map((p) => p.plan.total));
  const pad = most > 0 ? inMoneyUnit(most, lang) * 0.05 : 1;
  return [-pad, inMoneyUnit(most, lang) + pad];
}

/** The cloud, the search-to-fresh lines, the search and fresh estimates, the baseline: in that order (clicks rely on it). */
function traces(m: DesignModel, k: number, shown: { i: number; p: DesignModel['data']['packages'][number] }[], view: ViewState): Plotly.Trace[] {
  const { lang } = view;
  const d = m.data;
  const size = view.large ? 13 : 10;
  const x = shown.map(({ p }) => inMoneyUnit(p.plan.total, lang));
  const searchY = shown.map(({ p }) => p.search[k]?.[1] ?? null);
  const freshY = shown.map(({ p }) => p.fresh?.[k]?.[1] ?? null);
  const colors = shown.map(({ i }) => m.color(i));
  const chosen = shown.map(({ i }) => i === m.selected);
  const hover = (values: (number | null)[]) => shown.map(({ p }, j) => `${esc(m.packageName(p, lang))}<br>${esc(m.value(k, values[j], lang))}<br>${esc(t('plannedCost', lang, money(p.plan.total, lang)))}`);
  // With a percentile the value is not the mean the interval is about: no bars.
  const bars = (rows: (EstimateCells | null | undefined)[]) => (d.objectives[k].percentile === null ? errorBars(rows.map((e) => (e ? [e[0], e[1], e[3], e[4]] : null))) : undefined);
  const base = d.baseline.fresh?.[k] ?? null;
  const baseY = base?.[1] ?? d.baseline.search?.[k] ?? null;
  return [
    { type: 'scatter', mode: 'markers', name: esc(t('otherCandidates', lang)), x: d.cloud.cost.map((c) => inMoneyUnit(c, lang)), y: d.cloud.values[k], marker: { color: CLOUD, size: size - 4 }, hoverinfo: 'skip' },
    { type: 'scatter', mode: 'lines', x: shown.flatMap((_, j) => [x[j], x[j], null]), y: shown.flatMap((_, j) => [searchY[j], freshY[j], null]), line: { color: '#888888', width: 1, dash: 'dot' }, showlegend: false, hoverinfo: 'skip' },
    {
      type: 'scatter',
      mode: 'markers',
      name: esc(t('searchEstimate', lang)),
      x,
      y: searchY,
      marker: { color: colors, size, symbol: 'circle-open', line: { color: colors, width: 2 } },
      customdata: hover(searchY),
      hovertemplate: `${esc(t('searchEstimate', lang))}<br>%{customdata}<extra></extra>`,
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: esc(t('freshEstimate', lang)),
      x,
      y: freshY,
      error_y: bars(shown.map(({ p }) => p.fresh?.[k])),
      marker: { color: colors, size: chosen.map((c) => (c ? size + 5 : size)), line: { color: chosen.map((c) => (c ? PALETTE[0] : '#ffffff')), width: chosen.map((c) => (c ? 2.5 : 1)) } },
      customdata: hover(freshY),
      hovertemplate: `${esc(t('freshEstimate', lang))}<br>%{customdata}<extra></extra>`,
    },
    {
      type: 'scatter',
      mode: 'markers',
      name: esc(t('baseline', lang)),
      x: [0],
      y: [baseY],
      error_y: bars([base]),
      marker: { color: PALETTE[0], size: size + 2, symbol: base === null ? 'diamond-open' : 'diamond' },
      customdata: [`${esc(t('baseline', lang))}<br>${esc(m.value(k, baseY, lang))}`],
      hovertemplate: '%{customdata}<extra></extra>',
    },
  ];
}
