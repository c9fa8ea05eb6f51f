/**
 * The county view: every village (circle) and community (square) on the synthetic layout made by
 * viz/layout.ts, sized by residents and coloured by a chosen per-place outcome at a chosen
 * recorded period; a slider moves through the periods and a play button animates them. The
 * colour scale is fixed per outcome over all arms, points and periods, so colours compare.
 */
import type { Lang, PlaceData } from '../../reportData.ts';
import { el, labelledSelect, replace, type LabelledSelect } from '../dom.ts';
import { integer, num } from '../format.ts';
import type { Model, ViewState } from '../model.ts';
import { chartBox, panelFrame, type Panel, type PanelFrame } from '../panel.ts';
import { axis, draw, esc, layout, SEQUENTIAL } from '../plot.ts';
import { t } from '../strings.ts';

/** Time per period while playing, in milliseconds. */
const FRAME_MS = 600;

/** What the map shows: a per-place outcome, of an arm, at a recorded period (`tick`). */
interface Choice {
  metric: string;
  arm: number;
  tick: number;
}

/** The panel's controls: outcome, arm, the period slider with its reading, and play/pause. */
interface Controls {
  metric: LabelledSelect;
  arm: LabelledSelect;
  slider: HTMLInputElement;
  sliderLabel: HTMLLabelElement;
  when: HTMLOutputElement;
  play: HTMLButtonElement;
}

/** Playing through the periods: one step every {@link FRAME_MS}. */
interface Player {
  playing(): boolean;
  /** Starts playing, or stops when playing. */
  toggle(): void;
}

/** The county panel: the map, or a note saying why the folder has no per-place data. */
export function countyPanel(m: Model): Panel {
  const frame = panelFrame('county');
  const places = m.data.places;
  return places === null ? missingPanel(m, frame) : mapPanel(m, frame, places);
}

/** A finished folder without per-place tables is older; an unfinished one has none yet. */
function missingPanel(m: Model, frame: PanelFrame): Panel {
  const message = el('p', { class: 'missing', 'data-missing': 'places' });
  frame.body.append(message);
  return {
    id: 'county',
    element: frame.element,
    render(view) {
      replace(frame.title, t('county', view.lang));
      replace(message, m.finished ? t('noPlaces', view.lang) : m.notFinished(view.lang));
    },
  };
}

function mapPanel(m: Model, frame: PanelFrame, places: PlaceData): Panel {
  const choice: Choice = { metric: places.metrics[0], arm: 0, tick: places.ticks.x.length - 1 };
  let last: ViewState | null = null;
  const redraw = () => {
    if (last) render(last);
  };
  const player = makePlayer(places.ticks.x.length - 1, choice, redraw);
  const controls = makeControls(m, frame, choice, places.ticks.x.length - 1, redraw, player);
  const chart = chartBox('county', true);
  const missing = el('p', { class: 'missing' });
  frame.body.append(chart, missing);

  function render(view: ViewState): void {
    last = view;
    const { lang } = view;
    replace(frame.title, t('county', lang));
    replace(frame.note, t('countyNote', lang, m.isRun ? '' : t('countyMeanNote', lang)));
    labelControls(m, controls, places, choice, player, lang);
    const slot = places.points.indexOf(view.point);
    const values = slot < 0 ? null : places.values[choice.metric]?.[choice.arm]?.[slot];
    const n = places.township.length;
    const atTick = values ? values.slice(choice.tick * n, (choice.tick + 1) * n) : null;
    replace(missing, atTick && atTick.some((v) => v !== null) ? '' : t('noPlacesArm', lang));
    drawMap(chart, places, atTick, m.metricLabel(choice.metric, lang), choice.metric, view);
  }

  return { id: 'county', element: frame.element, render };
}

/** Makes the controls, puts them in the frame and wires them to the choice. */
function makeControls(m: Model, frame: PanelFrame, choice: Choice, lastTick: number, redraw: () => void, player: Player): Controls {
  const metric = labelledSelect('county-metric', (v) => {
    choice.metric = v;
    redraw();
  });
  const arm = labelledSelect('county-arm', (v) => {
    choice.arm = Number(v);
    redraw();
  });
  const slider = el('input', { type: 'range', id: 'county-tick', min: 0, max: lastTick, step: 1, value: choice.tick });
  slider.addEventListener('input', () => {
    choice.tick = Number(slider.value);
    redraw();
  });
  const sliderLabel = el('label', { for: 'county-tick' });
  const when = el('output', { for: 'county-tick', class: 'when' });
  const play = el('button', { type: 'button', class: 'play', id: 'county-play' });
  play.addEventListener('click', () => player.toggle());
  frame.controls.append(metric.element);
  if (m.data.arms.length > 1) frame.controls.append(arm.element);
  frame.controls.append(el('span', { class: 'control slider' }, sliderLabel, slider, when), play);
  return { metric, arm, slider, sliderLabel, when, play };
}

/** The controls' labels, options and positions in the language of the view. */
function labelControls(m: Model, c: Controls, places: PlaceData, choice: Choice, player: Player, lang: Lang): void {
  replace(c.metric.label, t('colourBy', lang));
  c.metric.setOptions(places.metrics.map((x) => [x, m.metricLabel(x, lang)]), choice.metric);
  replace(c.arm.label, t('arm', lang));
  c.arm.setOptions(m.data.arms.map((a, i) => [String(i), a.labels[lang]]), String(choice.arm));
  replace(c.sliderLabel, t('period', lang));
  c.slider.value = String(choice.tick);
  replace(c.when, t('tickLabel', lang, places.ticks.year[choice.tick], places.ticks.month[choice.tick]));
  replace(c.play, t(player.playing() ? 'pause' : 'play', lang));
}

/** Steps `choice.tick` through the periods up to `lastTick`, redrawing at each. */
function makePlayer(lastTick: number, choice: Choice, redraw: () => void): Player {
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    redraw();
  };
  const start = () => {
    // From the start again when at the end, as a video player does.
    if (choice.tick >= lastTick) choice.tick = 0;
    timer = setInterval(() => {
      choice.tick++;
      // Stops on the last period, showing it with the button back to "play".
      if (choice.tick >= lastTick) stop();
      else redraw();
    }, FRAME_MS);
    redraw();
  };
  return {
    playing: () => timer !== null,
    toggle: () => (timer === null ? start() : stop()),
  };
}

/** Draws the places coloured by `atTick` (a value per place, or null) and the townships' names. */
function drawMap(chart: HTMLElement, places: PlaceData, atTick: (number | null)[] | null, metricLabel: string, metric: string, view: ViewState): void {
  const { lang } = view;
  const [cmin, cmax] = places.range[metric] ?? [0, 1];
  const { spacing, columns, rows } = places.grid;
  // Marker sizes in pixels from the plot's scale, so the largest place about fills the space
  // between spiral neighbours (about 1.5 data units) and the area of a marker follows residents.
  const height = Math.round(Math.min(view.large ? 760 : 640, Math.max(360, 170 * rows)) * (view.large ? 1.15 : 1));
  const width = chart.clientWidth || 900;
  const unit = Math.min((width - 120) / (columns * spacing), (height - 60) / (rows * spacing));
  const biggest = Math.max(8, Math.min(48, unit * 1.5));
  const maxResidents = Math.max(1, ...places.residents);
  const placeTrace: Plotly.Trace = {
    type: 'scatter',
    mode: 'markers',
    x: places.x,
    y: places.y,
    marker: {
      size: places.residents.map((r) => Math.max(5, biggest * Math.sqrt(r / maxResidents))),
      symbol: places.urban.map((u) => (u === 1 ? 'square' : 'circle')),
      color: atTick ?? places.x.map(() => null),
      cmin,
      cmax,
      colorscale: SEQUENTIAL,
      showscale: true,
      colorbar: { title: { text: esc(metricLabel), side: 'right' } },
      line: { color: '#ffffff', width: 1 },
    },
    customdata: places.x.map((_, p) => placeHover(places, p, `${esc(metricLabel)}: ${num(atTick?.[p], lang)}`, lang)),
    hovertemplate: '%{customdata}<extra></extra>',
    showlegend: false,
  };
  const hidden = { visible: false, showgrid: false, zeroline: false };
  draw(
    chart,
    [placeTrace, townshipLabels(places, lang)],
    layout(view, {
      height,
      margin: { l: 10, r: 10, t: 10, b: 10 },
      xaxis: axis('', { ...hidden, range: [-spacing / 2, (columns - 0.5) * spacing] }),
      yaxis: axis('', { ...hidden, range: [-(rows - 0.5) * spacing, spacing / 2], scaleanchor: 'x' }),
      hovermode: 'closest',
      dragmode: false,
    }),
    lang,
  );
}

/** A township's name: a subdistrict (街道) when all its places are communities. */
function townshipName(places: PlaceData, township: number, lang: Lang): string {
  // Numbered from 1 in the page.
  return t(places.townships[township].subdistrict ? 'subdistrict' : 'township', lang, township + 1);
}

/** A place's hover text (escaped for plotly): which place, its township, residents, and `value`. */
function placeHover(places: PlaceData, p: number, value: string, lang: Lang): string {
  const kind = t(places.urban[p] === 1 ? 'community' : 'village', lang);
  // Places are numbered from 1 in the page, as townships are.
  return `${esc(t('place', lang, p + 1))} (${esc(kind)}), ${esc(townshipName(places, places.township[p], lang))}<br>${integer(places.residents[p], lang)} ${esc(t('residents', lang))}<br>${value}`;
}

/** The townships' names, just above each township's outermost place. */
function townshipLabels(places: PlaceData, lang: Lang): Plotly.Trace {
  return {
    type: 'scatter',
    mode: 'text',
    x: places.townships.map((c) => c.x),
    y: places.townships.map((c) => c.y + c.radius + 1.1),
    text: places.townships.map((_, i) => esc(townshipName(places, i, lang))),
    textfont: { color: '#333333' },
    hoverinfo: 'skip',
    showlegend: false,
  };
}
