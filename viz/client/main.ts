/**
 * The report page's script: reads the embedded data, builds the header (title, language toggle,
 * large-font mode, sweep point), the contents and the panels, and renders every panel again when
 * the view changes. Bundled into the page by viz/assets.ts; plotly.js is loaded before it.
 */
import type { ReportData } from '../reportData.ts';
import { el, labelledSelect, replace } from './dom.ts';
import { initialState, model, rememberState, type ViewState } from './model.ts';
import type { Panel, PanelMaker } from './panel.ts';
import { countyPanel } from './panels/county.ts';
import { equityPanel } from './panels/equity.ts';
import { headlinePanel } from './panels/headline.ts';
import { keyResultsPanel } from './panels/keyResults.ts';
import { participationPanel } from './panels/participation.ts';
import { provenancePanel } from './panels/provenance.ts';
import { sensitivityPanel } from './panels/sensitivity.ts';
import { seriesPanel } from './panels/series.ts';
import { sweepPanel } from './panels/sweep.ts';
import { zonesPanel } from './panels/zones.ts';
import { registerChinese } from './plot.ts';
import { LOCALES, otherLang, t } from './strings.ts';

/** A panel and what the page knows of it: whether it has charts, is on screen, needs drawing. */
interface Shown extends Panel {
  charted: boolean;
  visible: boolean;
  stale: boolean;
}

// viz/page.ts embeds the data as JSON (embedJson) of the same type.
const data = JSON.parse(document.getElementById('report-data')?.textContent ?? 'null') as ReportData;
const m = model(data);
const state = initialState(data);
registerChinese();

// A sensitivity design's point of the analysis is its indices: they come first.
const makers: PanelMaker[] = [headlinePanel, sensitivityPanel, keyResultsPanel, seriesPanel, zonesPanel, participationPanel, equityPanel, sweepPanel, countyPanel, provenancePanel];
const panels: Shown[] = makers
  .map((make) => make(m))
  .filter((p) => p !== null)
  .map((p) => ({ ...p, charted: p.element.querySelector('[data-chart]') !== null, visible: false, stale: true }));

const title = el('h1');
const subtitle = el('p', { class: 'subtitle' });
const langButton = el('button', { type: 'button', id: 'lang-toggle', class: 'toggle' });
langButton.addEventListener('click', () => update({ lang: otherLang(state.lang) }));
const largeBox = el('input', { type: 'checkbox', id: 'large-toggle' });
largeBox.addEventListener('change', () => update({ large: largeBox.checked }));
const largeText = el('span');
const largeLabel = el('label', { for: 'large-toggle', class: 'toggle' }, largeBox, largeText);
const pointSelect = labelledSelect('point', (value) => update({ point: Number(value) }));
const tools = el('div', { class: 'tools' }, langButton, largeLabel, data.points.length > 1 ? pointSelect.element : null);
const nav = el('nav', { 'aria-label': 'contents' });
const footer = el('footer');
document.body.append(el('header', null, el('div', { class: 'titles' }, title, subtitle), tools), nav, el('main', null, ...panels.map((p) => p.element)), footer);

/** Applies a change of view and renders everything in the new view. */
function update(change: Partial<ViewState>): void {
  Object.assign(state, change);
  rememberState(state);
  render();
}

function render(): void {
  const { lang } = state;
  document.documentElement.lang = LOCALES[lang].html;
  // On the root element: sizes are in rem, relative to it.
  document.documentElement.classList.toggle('large', state.large);
  document.title = `${data.title[lang]} · ${t(m.isRun ? 'runReport' : 'experimentReport', lang)}`;
  replace(title, data.title[lang]);
  replace(subtitle, t(m.isRun ? 'runReport' : 'experimentReport', lang), ' · ', data.name);
  replace(langButton, t('switchLanguage', lang));
  langButton.title = t('switchLanguageTitle', lang);
  largeBox.checked = state.large;
  replace(largeText, t('largeFont', lang));
  replace(pointSelect.label, t('sweepPoint', lang));
  pointSelect.setOptions(data.points.map((p) => [String(p.index), `${p.index}: ${m.pointLabel(p.index, lang)}`]), String(state.point));
  nav.setAttribute('aria-label', t('contents', lang));
  replace(nav, el('span', { class: 'nav-title' }, t('contents', lang)), ...panels.map((p) => el('a', { href: `#panel-${p.id}`, onclick: (e) => jump(e, p) }, t(p.id, lang))));
  replace(footer, t('footer', lang, data.provenance.engineVersion));
  for (const panel of panels) {
    panel.stale = true;
    panel.element.setAttribute('data-stale', '');
    if (!panel.charted || panel.visible) refresh(panel);
  }
}

/**
 * Panels with charts are drawn when they come near the screen, and again after a change of view
 * only once they are seen: drawing every chart up front would double the time the page takes to
 * open. Printing draws them all first.
 */
function refresh(panel: Shown): void {
  if (!panel.stale) return;
  panel.stale = false;
  panel.render(state);
  panel.element.removeAttribute('data-stale');
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const panel = panels.find((p) => p.element === entry.target);
      if (panel === undefined) continue;
      panel.visible = entry.isIntersecting;
      if (panel.visible) refresh(panel);
    }
  },
  { rootMargin: '300px 0px' },
);
for (const panel of panels) {
  if (panel.charted) observer.observe(panel.element);
}
window.addEventListener('beforeprint', () => panels.forEach(refresh));

/** Scrolls to a panel without putting its anchor in the address (which holds the view). */
function jump(event: Event, panel: Shown): void {
  event.preventDefault();
  panel.element.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

render();
