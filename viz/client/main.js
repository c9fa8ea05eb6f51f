/**
 * The report page's script: reads the embedded data, builds the header (title, language toggle,
 * large-font mode, sweep point), the contents and the panels, and renders every panel again when
 * the view changes. Bundled into the page by viz/assets.ts; plotly.js is loaded before it.
 */
import { el, labelledSelect, replace } from './dom.js';
import { initialState, model, rememberState } from './model.js';
import { countyPanel } from './panels/county.js';
import { equityPanel } from './panels/equity.js';
import { headlinePanel } from './panels/headline.js';
import { keyResultsPanel } from './panels/keyResults.js';
import { participationPanel } from './panels/participation.js';
import { provenancePanel } from './panels/provenance.js';
import { sensitivityPanel } from './panels/sensitivity.js';
import { seriesPanel } from './panels/series.js';
import { sweepPanel } from './panels/sweep.js';
import { zonesPanel } from './panels/zones.js';
import { registerChinese } from './plot.js';
import { t } from './strings.js';

const data = JSON.parse(document.getElementById('report-data').textContent);
const m = model(data);
const state = initialState(data);
registerChinese();

// A sensitivity design's point of the analysis is its indices: they come first.
const panels = [headlinePanel, sensitivityPanel, keyResultsPanel, seriesPanel, zonesPanel, participationPanel, equityPanel, sweepPanel, countyPanel, provenancePanel].map((make) => make(m)).filter(Boolean);

const title = el('h1');
const subtitle = el('p', { class: 'subtitle' });
const langButton = el('button', { type: 'button', id: 'lang-toggle', class: 'toggle' });
langButton.addEventListener('click', () => update({ lang: state.lang === 'zh' ? 'en' : 'zh' }));
const largeBox = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', id: 'large-toggle' }));
largeBox.addEventListener('change', () => update({ large: largeBox.checked }));
const largeLabel = el('label', { for: 'large-toggle', class: 'toggle' }, largeBox, el('span'));
const pointSelect = labelledSelect('point', (value) => update({ point: Number(value) }));
const tools = el('div', { class: 'tools' }, langButton, largeLabel, data.points.length > 1 ? pointSelect.element : null);
const nav = el('nav', { 'aria-label': 'contents' });
const footer = el('footer');
document.body.append(el('header', null, el('div', { class: 'titles' }, title, subtitle), tools), nav, el('main', null, ...panels.map((p) => p.element)), footer);

/** Applies a change of view and renders everything in the new view. */
function update(change) {
  Object.assign(state, change);
  rememberState(state);
  render();
}

function render() {
  const { lang } = state;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  // On the root element: sizes are in rem, relative to it.
  document.documentElement.classList.toggle('large', state.large);
  document.title = `${data.title[lang]} · ${t(m.isRun ? 'runReport' : 'experimentReport', lang)}`;
  replace(title, data.title[lang]);
  replace(subtitle, t(m.isRun ? 'runReport' : 'experimentReport', lang), ' · ', data.name);
  replace(langButton, t('switchLanguage', lang));
  langButton.title = t('switchLanguageTitle', lang);
  largeBox.checked = state.large;
  replace(largeLabel.lastChild, t('largeFont', lang));
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
function refresh(panel) {
  if (!panel.stale) return;
  panel.stale = false;
  panel.render(state);
  panel.element.removeAttribute('data-stale');
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const panel = panels.find((p) => p.element === entry.target);
      panel.visible = entry.isIntersecting;
      if (panel.visible) refresh(panel);
    }
  },
  { rootMargin: '300px 0px' },
);
for (const panel of panels) {
  panel.charted = panel.element.querySelector('[data-chart]') !== null;
  if (panel.charted) observer.observe(panel.element);
}
window.addEventListener('beforeprint', () => panels.forEach(refresh));

/** Scrolls to a panel without putting its anchor in the address (which holds the view). */
function jump(event, panel) {
  event.preventDefault();
  panel.element.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

render();
