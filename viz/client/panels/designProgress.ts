/**
 * The search's progress: the front's hypervolume per generation (on one scale for the whole
 * search, so generations compare) and the size of each generation's first front.
 */
import type { DesignModel } from '../designModel.ts';
import { replace } from '../dom.ts';
import { integer, num } from '../format.ts';
import { chartBox, panelFrame, type Panel } from '../panel.ts';
import { axis, draw, esc, layout, PALETTE } from '../plot.ts';
import { t } from '../strings.ts';

/** The progress panel; null before the first generation is done. */
export function designProgressPanel(m: DesignModel): Panel | null {
  const g = m.data.generations;
  if (g.length === 0) return null;
  const frame = panelFrame('searchProgress');
  const hypervolume = chartBox('hypervolume');
  const size = chartBox('frontSize');
  frame.body.className = 'body pair';
  frame.body.append(hypervolume, size);
  const x = g.map((r) => r.generation);
  return {
    id: 'searchProgress',
    element: frame.element,
    render(view) {
      const { lang } = view;
      replace(frame.title, t('searchProgress', lang));
      const hv = g.map((r) => r.hypervolume);
      replace(frame.note, t('progressNote', lang), hv.every((v) => v === null) ? ` ${t('hypervolumeLater', lang)}` : '');
      const xaxis = axis(t('generation', lang), { tickvals: x });
      const height = view.large ? 420 : 320;
      const hover = (values: (number | null)[], show: (v: number | null) => string) => values.map((v, i) => `${esc(t('generation', lang))} ${x[i]}: ${show(v)}`);
      void draw(
        hypervolume,
        [{ type: 'scatter', mode: 'lines+markers', x, y: hv, line: { color: PALETTE[4] }, marker: { color: PALETTE[4], size: view.large ? 11 : 8 }, customdata: hover(hv, (v) => num(v, lang)), hovertemplate: '%{customdata}<extra></extra>' }],
        layout(view, { title: esc(t('hypervolume', lang)), xaxis, yaxis: axis(esc(t('hypervolume', lang)), { rangemode: 'tozero' }), height }),
        lang,
      );
      const fronts = g.map((r) => r.frontSize);
      void draw(
        size,
        [{ type: 'bar', x, y: fronts, marker: { color: PALETTE[2] }, customdata: hover(fronts, (v) => integer(v, lang)), hovertemplate: '%{customdata}<extra></extra>' }],
        layout(view, { title: esc(t('frontSize', lang)), xaxis, yaxis: axis(esc(t('frontSize', lang)), { rangemode: 'tozero' }), height }),
        lang,
      );
    },
  };
}
