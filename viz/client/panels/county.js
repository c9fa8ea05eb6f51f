/**
 * The county view: every village (circle) and community (square) on the synthetic layout made by
 * viz/layout.ts, sized by residents and coloured by a chosen per-place outcome at a chosen
 * recorded period; a slider moves through the periods and a play button animates them. The
 * colour scale is fixed per outcome over all arms, points and periods, so colours compare.
 */
import { el, labelledSelect, replace } from '../dom.js';
import { integer, num } from '../format.js';
import { chartBox, panelFrame } from '../panel.js';
import { axis, draw, esc, layout, SEQUENTIAL } from '../plot.js';
import { t } from '../strings.js';

/** Time per period while playing, in milliseconds. */
const FRAME_MS = 600;

export function countyPanel(m) {
  const d = m.data;
  const frame = panelFrame('county');
  const places = d.places;
  if (places === null) {
    // A finished folder without per-place tables is older; an unfinished one has none yet.
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

  const choice = { metric: places.metrics[0], arm: 0, tick: places.ticks.x.length - 1 };
  let last = null;
  let timer = null;
  const metricSelect = labelledSelect('county-metric', (v) => {
    choice.metric = v;
    render(last);
  });
  const armSelect = labelledSelect('county-arm', (v) => {
    choice.arm = Number(v);
    render(last);
  });
  const slider = /** @type {HTMLInputElement} */ (el('input', { type: 'range', id: 'county-tick', min: 0, max: places.ticks.x.length - 1, step: 1, value: choice.tick }));
  slider.addEventListener('input', () => {
    choice.tick = Number(slider.value);
    render(last);
  });
  const sliderLabel = el('label', { for: 'county-tick' });
  const when = el('output', { for: 'county-tick', class: 'when' });
  const play = el('button', { type: 'button', class: 'play', id: 'county-play' });
  play.addEventListener('click', () => (timer === null ? start() : stop()));
  frame.controls.append(metricSelect.element);
  if (d.arms.length > 1) frame.controls.append(armSelect.element);
  frame.controls.append(el('span', { class: 'control slider' }, sliderLabel, slider, when), play);
  const chart = chartBox('county', true);
  const missing = el('p', { class: 'missing' });
  frame.body.append(chart, missing);

  function start() {
    // From the start again when at the end, as a video player does.
    if (choice.tick >= places.ticks.x.length - 1) choice.tick = 0;
    timer = setInterval(() => {
      choice.tick++;
      // Stops on the last period, showing it with the button back to "play".
      if (choice.tick >= places.ticks.x.length - 1) stop();
      else render(last);
    }, FRAME_MS);
    render(last);
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    render(last);
  }

  function render(view) {
    last = view;
    const { lang } = view;
    replace(frame.title, t('county', lang));
    replace(frame.note, t('countyNote', lang, m.isRun ? '' : t('countyMeanNote', lang)));
    replace(metricSelect.label, t('colourBy', lang));
    metricSelect.setOptions(places.metrics.map((x) => [x, m.metricLabel(x, lang)]), choice.metric);
    replace(armSelect.label, t('arm', lang));
    armSelect.setOptions(d.arms.map((a, i) => [String(i), a.labels[lang]]), String(choice.arm));
    replace(sliderLabel, t('period', lang));
    slider.value = String(choice.tick);
    replace(when, t('tickLabel', lang, places.ticks.year[choice.tick], places.ticks.month[choice.tick]));
    replace(play, t(timer === null ? 'play' : 'pause', lang));

    const slot = places.points.indexOf(view.point);
    const values = slot < 0 ? null : places.values[choice.metric]?.[choice.arm]?.[slot];
    const n = places.township.length;
    const atTick = values ? values.slice(choice.tick * n, (choice.tick + 1) * n) : null;
    replace(missing, atTick && atTick.some((v) => v !== null) ? '' : t('noPlacesArm', lang));
    const [cmin, cmax] = places.range[choice.metric] ?? [0, 1];
    const { spacing, columns, rows } = places.grid;
    // Marker sizes in pixels from the plot's scale, so the largest place about fills the space
    // between spiral neighbours (about 1.5 data units) and the area of a marker follows residents.
    const height = Math.round(Math.min(view.large ? 760 : 640, Math.max(360, 170 * rows)) * (view.large ? 1.15 : 1));
    const width = chart.clientWidth || 900;
    const unit = Math.min((width - 120) / (columns * spacing), (height - 60) / (rows * spacing));
    const biggest = Math.max(8, Math.min(48, unit * 1.5));
    const maxResidents = Math.max(1, ...places.residents);
    const label = (p) => {
      const kind = t(places.urban[p] === 1 ? 'community' : 'village', lang);
      const township = places.townships[places.township[p]];
      // Places are numbered from 1 in the page, as townships are.
      return `${esc(t('place', lang, p + 1))} (${esc(kind)}), ${esc(t(township.subdistrict ? 'subdistrict' : 'township', lang, places.township[p] + 1))}<br>${integer(places.residents[p], lang)} ${esc(t('residents', lang))}<br>${esc(m.metricLabel(choice.metric, lang))}: ${num(atTick?.[p], lang)}`;
    };
    const placeTrace = {
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
        colorbar: { title: { text: esc(m.metricLabel(choice.metric, lang)), side: 'right' } },
        line: { color: '#ffffff', width: 1 },
      },
      customdata: places.x.map((_, p) => label(p)),
      hovertemplate: '%{customdata}<extra></extra>',
      showlegend: false,
    };
    const labelTrace = {
      type: 'scatter',
      mode: 'text',
      x: places.townships.map((c) => c.x),
      // Just above the township's outermost place.
      y: places.townships.map((c) => c.y + c.radius + 1.1),
      text: places.townships.map((c, i) => esc(t(c.subdistrict ? 'subdistrict' : 'township', lang, i + 1))),
      textfont: { color: '#333333' },
      hoverinfo: 'skip',
      showlegend: false,
    };
    const hidden = { visible: false, showgrid: false, zeroline: false };
    draw(
      chart,
      [placeTrace, labelTrace],
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

  return { id: 'county', element: frame.element, render };
}
