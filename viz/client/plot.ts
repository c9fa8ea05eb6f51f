/**
 * Charts through plotly.js (inlined in the page as the global `Plotly`): one look for every
 * chart, the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies),
 * large-font mode, plotly's own messages in Chinese, and escaping of every text handed to plotly.
 */

import type { Lang } from '../reportData.ts';
import { LOCALES } from './strings.ts';
import type { ViewState } from './model.ts';

/** A chart's own layout: {@link layout} adds the common settings and makes `title` plotly's title object. */
export type ChartLayout = Omit<Plotly.Layout, 'title'> & { title?: string };

/**
 * Okabe & Ito (2008), in the order arms take them: the baseline black, then colours chosen to
 * stay apart in deuteranopia and protanopia; yellow last (weak on white).
 */
export const PALETTE = ['#000000', '#E69F00', '#56B4E9', '#009E73', '#0072B2', '#D55E00', '#CC79A7', '#F0E442'];
/** Beyond eight arms colours repeat with another dash pattern, so lines stay distinguishable. */
const DASHES = ['solid', 'dash', 'dot', 'dashdot'];
/** A perceptually uniform scale readable with colour-vision deficiencies (county view, heatmaps). */
export const SEQUENTIAL = 'Cividis';
/** Diverging scale for differences (ColorBrewer RdBu, colour-blind safe), centred on zero. */
export const DIVERGING = 'RdBu';

/** The colour of arm `i`. */
export function armColor(i: number): string {
  return PALETTE[i % PALETTE.length];
}

/** The dash pattern of arm `i`: solid for the first eight. */
export function armDash(i: number): string {
  return DASHES[Math.floor(i / PALETTE.length) % DASHES.length];
}

/** A colour with transparency, for bands. */
export function fade(color: string, alpha: number): string {
  const n = parseInt(color.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/**
 * Text for plotly: plotly reads a subset of HTML in every text it draws (names, titles, hover
 * labels), so `&`, `<` and `>` become entities and a label is drawn as the characters it holds.
 */
export function esc(text: string): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Font sizes in normal and large (projector) mode. */
function fontSize(large: boolean): number {
  return large ? 20 : 13;
}

/** The common layout, merged with a chart's own. */
export function layout(view: Pick<ViewState, 'large'>, own: ChartLayout): Plotly.Layout {
  const size = fontSize(view.large);
  return {
    font: { family: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif', size },
    margin: { l: 70, r: 20, t: 30, b: 50 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    // Above the plot, under the title: below it would collide with long axis labels.
    legend: { orientation: 'h', x: 0, xanchor: 'left', y: 1.02, yanchor: 'bottom', traceorder: 'normal', font: { size } },
    hoverlabel: { font: { size } },
    separators: '.,',
    height: view.large ? 560 : 440,
    ...own,
    title: own.title === undefined ? undefined : { text: own.title, font: { size: size + 2 }, x: 0, xanchor: 'left', xref: 'container', y: 1, yanchor: 'top', yref: 'container', pad: { t: 6, l: 4 }, automargin: true },
  };
}

/** Axis settings shared by every chart. */
export function axis(title: string, extra?: Plotly.Axis): Plotly.Axis {
  return { title: { text: title }, gridcolor: '#e5e5e5', zerolinecolor: '#999999', automargin: true, ...extra };
}

/** Draws (or redraws) a chart in place; `chartLayout` comes from {@link layout}. */
export function draw(div: HTMLElement, traces: Plotly.Trace[], chartLayout: Plotly.Layout, lang: Lang): Promise<Plotly.PlotElement> {
  return Plotly.react(div, traces, chartLayout, {
    responsive: true,
    displaylogo: false,
    locale: LOCALES[lang].plotly,
    // A short fixed set: nothing that uploads or links out, everything translated below.
    modeBarButtons: [['toImage', 'zoom2d', 'pan2d', 'resetScale2d']],
    toImageButtonOptions: { format: 'png', scale: 2 },
  });
}

/**
 * Calls `onPoint(trace, point)` when a point of the chart in `div` is clicked. Listens once per
 * chart, after its first drawing (plotly adds its events then); later drawings keep the listener.
 */
export function onPointClick(div: HTMLElement, drawn: Promise<Plotly.PlotElement>, onPoint: (trace: number, point: number) => void): void {
  if (div.hasAttribute('data-clickable')) return;
  div.setAttribute('data-clickable', '');
  void drawn.then((gd) => gd.on('plotly_click', (e) => e.points[0] && onPoint(e.points[0].curveNumber, e.points[0].pointIndex)));
}

/** plotly's own messages and buttons in Chinese (the bundle ships English only). */
export function registerChinese(): void {
  Plotly.register({
    moduleType: 'locale',
    name: LOCALES.zh.plotly,
    dictionary: {
      'Download plot as a PNG': '下载图片(PNG)',
      'Download plot': '下载图片',
      Zoom: '缩放',
      Pan: '平移',
      'Reset axes': '重置坐标轴',
      Autoscale: '自动缩放',
      'Double-click to zoom back out': '双击恢复原始大小',
      'Double-click on legend to isolate one trace': '双击图例可单独显示一条',
      'Preparing image - this may take a few seconds': '正在生成图片,请稍候',
      'Image download succeeded': '图片已下载',
      'Sorry, there was a problem downloading your image!': '抱歉,图片下载失败!',
      trace: '数据',
    },
    format: {
      days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
      shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
      months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
      shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
      date: '%Y-%m-%d',
    },
  });
}
