/**
 * The frame every report page shares: the header (title, language toggle, large-font mode and
 * any controls of the report's own), the contents, the panels and the footer; panels are rendered
 * again when the view changes, and those with charts only once they come near the screen.
 */
import type { Text } from '../reportData.ts';
import { el, replace } from './dom.ts';
import { rememberState, type ViewState } from './model.ts';
import type { Panel } from './panel.ts';
import { LOCALES, otherLang, t, type StringKey } from './strings.ts';

/** A control of the header besides the toggles (the sweep point), redrawn in each view. */
export interface HeaderTool {
  element: HTMLElement;
  render(view: ViewState): void;
}

/** What a page shows around its panels. */
export interface PageSpec {
  /** The kind of report in words (under the title and in the window's title). */
  kind: StringKey;
  name: string;
  title: Text;
  engineVersion: string;
  panels: Panel[];
  tools?: HeaderTool[];
}

/** The running page: `update` applies a change of view (none: the data's selection changed) and renders. */
export interface Page {
  update(change?: Partial<ViewState>): void;
}

/** A panel and what the page knows of it: whether it has charts, is on screen, needs drawing. */
interface Shown extends Panel {
  charted: boolean;
  visible: boolean;
  stale: boolean;
}

/** Builds the page and renders it in `state`. */
export function startPage(spec: PageSpec, state: ViewState): Page {
  const panels: Shown[] = spec.panels.map((p) => ({ ...p, charted: p.element.querySelector('[data-chart]') !== null, visible: false, stale: true }));
  const title = el('h1');
  const subtitle = el('p', { class: 'subtitle' });
  const langButton = el('button', { type: 'button', id: 'lang-toggle', class: 'toggle' });
  langButton.addEventListener('click', () => update({ lang: otherLang(state.lang) }));
  const largeBox = el('input', { type: 'checkbox', id: 'large-toggle' });
  largeBox.addEventListener('change', () => update({ large: largeBox.checked }));
  const largeText = el('span');
  const largeLabel = el('label', { for: 'large-toggle', class: 'toggle' }, largeBox, largeText);
  const tools = el('div', { class: 'tools' }, langButton, largeLabel, ...(spec.tools ?? []).map((tool) => tool.element));
  const nav = el('nav', { 'aria-label': 'contents' });
  const footer = el('footer');
  document.body.append(el('header', null, el('div', { class: 'titles' }, title, subtitle), tools), nav, el('main', null, ...panels.map((p) => p.element)), footer);

  function update(change: Partial<ViewState> = {}): void {
    Object.assign(state, change);
    rememberState(state);
    render();
  }

  function render(): void {
    const { lang } = state;
    document.documentElement.lang = LOCALES[lang].html;
    // On the root element: sizes are in rem, relative to it.
    document.documentElement.classList.toggle('large', state.large);
    document.title = `${spec.title[lang]} · ${t(spec.kind, lang)}`;
    replace(title, spec.title[lang]);
    replace(subtitle, t(spec.kind, lang), ' · ', spec.name);
    replace(langButton, t('switchLanguage', lang));
    langButton.title = t('switchLanguageTitle', lang);
    largeBox.checked = state.large;
    replace(largeText, t('largeFont', lang));
    for (const tool of spec.tools ?? []) tool.render(state);
    nav.setAttribute('aria-label', t('contents', lang));
    replace(nav, el('span', { class: 'nav-title' }, t('contents', lang)), ...panels.map((p) => el('a', { href: `#panel-${p.id}`, onclick: (e) => jump(e, p) }, t(p.id, lang))));
    replace(footer, t('footer', lang, spec.engineVersion));
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
  render();
  return { update };
}

/** Scrolls to a panel without putting its anchor in the address (which holds the view). */
function jump(event: Event, panel: Panel): void {
  event.preventDefault();
  panel.element.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
