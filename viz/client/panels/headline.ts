/**
 * The headline: what was compared, how often, with which seeds, when, and whether every run
 * finished.
 */
import { el, replace } from '../dom.ts';
import { dateTime, integer } from '../format.ts';
import type { Model } from '../model.ts';
import { panelFrame, type Panel } from '../panel.ts';
import { armColor } from '../plot.ts';
import { hasLabel, t, type StringKey } from '../strings.ts';

/** The headline panel (every report has one). */
export function headlinePanel(m: Model): Panel {
  const frame = panelFrame('headline');
  const d = m.data;
  return {
    id: 'headline',
    element: frame.element,
    render(view) {
      const { lang } = view;
      replace(frame.title, t('headline', lang));
      const rows: HTMLElement[] = [];
      const row = (key: StringKey, ...value: (Node | string)[]) => rows.push(el('dt', null, t(key, lang)), el('dd', null, ...value));
      row(m.isRun ? 'scenario' : 'experiment', d.name);
      if (!m.isRun) {
        row('arms', el('ul', { class: 'arm-list' }, ...d.arms.map((arm, i) => el('li', null, el('span', { class: 'swatch', style: `background:${armColor(i)}` }), arm.labels[lang], i === d.baseline ? ` ${t('baselineMark', lang)}` : ''))));
        row('replications', integer(d.replications, lang));
        row('masterSeed', integer(d.masterSeed, lang));
        const runs = d.provenance.runs;
        row('runs', t('runsValue', lang, integer(runs.planned, lang), integer(runs.done, lang), integer(runs.failed, lang)));
        if (d.points.length > 1) row('sweepPoints', integer(d.points.length, lang), ` (${d.params.map((p) => p.name).join(', ')})`);
      } else {
        row('seed', integer(d.provenance.seeds[0][0], lang));
      }
      row('date', dateTime(d.date, lang));
      const status = `status_${d.status}`;
      row('status', hasLabel(status) ? t(status, lang) : d.status);
      // An unfinished experiment's page is nearly empty: say why at the top.
      replace(frame.body, el('dl', { class: 'facts' }, ...rows), m.finished ? null : el('p', { class: 'missing', 'data-missing': 'unfinished' }, m.notFinished(lang)));
      replace(frame.note, m.isRun ? '' : t('seedsNote', lang));
    },
  };
}
