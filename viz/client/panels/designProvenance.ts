/**
 * Where a design folder came from: engine, commit, Node, the command and files, the identity,
 * seeds and timing, how to make it again, and the resolved design and scenario.
 */
import type { DesignModel } from '../designModel.ts';
import { el, replace } from '../dom.ts';
import { dateTime, integer, num } from '../format.ts';
import { panelFrame, type Panel } from '../panel.ts';
import { whatRan } from './provenance.ts';
import { t, type StringKey } from '../strings.ts';

/** The provenance panel of a design report (every design report has one). */
export function designProvenancePanel(m: DesignModel): Panel {
  const frame = panelFrame('provenance');
  const p = m.data.provenance;
  return {
    id: 'provenance',
    element: frame.element,
    render(view) {
      const { lang } = view;
      replace(frame.title, t('provenance', lang));
      const rows: HTMLElement[] = [];
      const row = (key: StringKey, ...value: (Node | string)[]) => rows.push(el('dt', null, t(key, lang)), el('dd', null, ...value));
      whatRan(p, row, lang);
      row('designFile', el('code', null, p.designFile));
      row('scenarioFile', el('code', null, p.scenarioFile));
      row('method', p.method);
      row('hash_design', el('code', null, p.identity));
      row('masterSeed', t('designSeeds', lang, integer(p.seeds.search, lang), integer(p.seeds.fresh, lang)));
      if (p.workers !== null) row('workers', integer(p.workers, lang));
      row('startedAt', dateTime(p.startedAt, lang));
      row('finishedAt', dateTime(p.finishedAt, lang));
      row('wallSeconds', num(p.wallSeconds, lang));
      row('failedRuns', integer(p.failedRuns, lang));
      const steps = el('ol', { class: 'steps' }, ...p.reproduce.map((s) => el('li', null, t(`step_${s.step}`, lang), el('pre', null, el('code', { 'data-step': s.step }, s.command)))));
      replace(
        frame.body,
        el('dl', { class: 'facts' }, ...rows),
        el('h3', null, t('reproduce', lang)),
        steps,
        el('details', null, el('summary', null, t('designJson', lang)), el('pre', null, JSON.stringify(p.design, null, 2))),
        el('details', null, el('summary', null, t('scenarioJson', lang)), el('pre', null, JSON.stringify(p.scenario, null, 2))),
      );
    },
  };
}
