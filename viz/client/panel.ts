/**
 * The frame every panel shares: a section with a heading, a row of controls, a note saying how
 * to read it, and a body. `data-panel` and `data-chart` name the parts for the browser tests.
 */
import type { Lang } from '../reportData.ts';
import { el } from './dom.ts';
import type { Model, ViewState } from './model.ts';
import type { StringKey } from './strings.ts';

/** A `[n, mean, lo, hi, ...]` row, or null where there is none. */
type StatRow = readonly (number | null)[] | null;

/** A panel's parts: `title`, `controls`, `note` and `body` are filled by the panel. */
export interface PanelFrame {
  element: HTMLElement;
  title: HTMLElement;
  controls: HTMLElement;
  note: HTMLElement;
  body: HTMLElement;
}

/** A panel of the page: its element, rendered again whenever the view changes. */
export interface Panel {
  /** Its name: the anchor `#panel-<id>` and the key of its heading in the contents. */
  id: StringKey;
  element: HTMLElement;
  render(view: ViewState): void;
}

/** Makes a panel from the data, or null when the data has nothing for it to show. */
export type PanelMaker = (m: Model) => Panel | null;

/** The frame of the panel `id` (also its anchor: `#panel-<id>`). */
export function panelFrame(id: StringKey): PanelFrame {
  const title = el('h2');
  const controls = el('div', { class: 'controls' });
  const note = el('p', { class: 'note' });
  const body = el('div', { class: 'body' });
  const element = el('section', { class: 'panel', id: `panel-${id}`, 'data-panel': id }, title, controls, note, body);
  return { element, title, controls, note, body };
}

/** A chart's container; a wide one takes the panel's whole width. */
export function chartBox(name: string, wide?: boolean): HTMLElement {
  return el('div', { class: wide ? 'chart wide' : 'chart', 'data-chart': name });
}

/**
 * The category axis of a per-arm bar chart. Bars run horizontally with the arms down the side,
 * first arm on top, so long arm labels stay readable.
 */
export function armAxis(m: Model, lang: Lang, esc: (text: string) => string): Plotly.Axis {
  const arms = m.arms.map((_, a) => a);
  return { tickvals: arms, ticktext: arms.map((a) => esc(m.armLabel(a, lang))), autorange: 'reversed', automargin: true, gridcolor: '#ffffff' };
}

/** Height of a per-arm bar chart: room for `groups` bars per arm. */
export function armChartHeight(m: Model, view: ViewState, groups: number): number {
  const per = Math.max(28, groups * 13) * (view.large ? 1.4 : 1);
  return Math.round(170 + m.arms.length * per);
}

/** Error bars of a `[n, mean, lo, hi]` list: plotly wants distances from the mean. */
export function errorBars(stats: StatRow[]): Plotly.ErrorBars | undefined {
  const has = stats.some((s) => s && s[2] !== null && s[3] !== null);
  if (!has) return undefined;
  return {
    type: 'data',
    symmetric: false,
    array: stats.map((s) => (s && s[1] !== null && s[3] !== null ? s[3] - s[1] : null)),
    arrayminus: stats.map((s) => (s && s[1] !== null && s[2] !== null ? s[1] - s[2] : null)),
    color: '#444444',
    thickness: 1.2,
  };
}
