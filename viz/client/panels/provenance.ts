/**
 * Provenance: where the results came from (engine, commit, Node, files, hashes, timing, seeds)
 * and the commands that make them again and check them, with the resolved experiment and
 * scenario for reference.
 */
import { el, replace } from '../dom.ts';
import { dateTime, integer, num } from '../format.ts';
import type { Model } from '../model.ts';
import { panelFrame, type Panel } from '../panel.ts';
import { labelKey, t, type StringKey } from '../strings.ts';
import type { Lang } from '../../reportData.ts';
import type { DesignProvenance } from '../../designReport.ts';

/** What every provenance panel starts with: the code that ran (engine, commit, Node, platform) and the command. */
export type WhatRan = Pick<DesignProvenance, 'engineVersion' | 'gitCommit' | 'gitDirty' | 'node' | 'platform' | 'command'>;

/** Adds the {@link WhatRan} rows through `row` (a provenance panel's row maker). */
export function whatRan(p: WhatRan, row: (key: StringKey, ...value: (Node | string)[]) => void, lang: Lang): void {
  row('engineVersion', p.engineVersion);
  row('gitCommit', el('code', null, p.gitCommit ?? '—'), p.gitDirty ? el('span', { class: 'warn' }, ` ${t('gitDirty', lang)}`) : '');
  row('node', p.node);
  row('platform', p.platform);
  row('command', el('code', null, p.command));
}

/** Seeds listed at most; the manifest holds them all. */
const SEEDS_SHOWN = 2000;

/** The provenance panel (every report has one). */
export function provenancePanel(m: Model): Panel {
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
      if (p.experimentFile) row('experimentFile', el('code', null, p.experimentFile));
      if (p.scenarioFile) row('scenarioFile', el('code', null, p.scenarioFile));
      for (const [name, hash] of Object.entries(p.hashes)) row(labelKey(`hash_${name}`), el('code', null, hash));
      if (p.workers !== null) row('workers', integer(p.workers, lang));
      if (p.shard) row('shard', p.shard);
      if (p.merged) row('mergedLabel', t('merged', lang, p.merged.shards, p.merged.gitCommits.join(', ')));
      row('startedAt', dateTime(p.startedAt, lang));
      row('finishedAt', dateTime(p.finishedAt, lang));
      row('wallSeconds', num(p.wallSeconds, lang));
      row('runs', t('runsValue', lang, integer(p.runs.planned, lang), integer(p.runs.done, lang), integer(p.runs.failed, lang)));

      const steps = el('ol', { class: 'steps' }, ...p.reproduce.map((s) => el('li', null, t(`step_${s.step}`, lang), el('pre', null, el('code', { 'data-step': s.step }, s.command)))));
      let listed = 0;
      const seedLines: string[] = [];
      p.seeds.forEach((seeds, point) => {
        if (listed >= SEEDS_SHOWN) return;
        const shown = seeds.slice(0, SEEDS_SHOWN - listed);
        listed += shown.length;
        seedLines.push((p.seeds.length > 1 ? t('seedsPoint', lang, point) : '') + shown.join(' '));
      });
      const total = p.seeds.reduce((sum, s) => sum + s.length, 0);
      if (total > listed) seedLines.push(`… +${integer(total - listed, lang)} (manifest.json)`);
      const omitted = m.data.omitted.map((o) => el('p', { class: 'note' }, t('omitted', lang, t(`omitted_${o.what}`, lang), o.kept, o.total)));
      replace(
        frame.body,
        el('dl', { class: 'facts' }, ...rows),
        el('h3', null, t('reproduce', lang)),
        steps,
        el('details', null, el('summary', null, t('seeds', lang)), el('pre', { class: 'seeds' }, seedLines.join('\n'))),
        p.experiment ? el('details', null, el('summary', null, t('experimentJson', lang)), el('pre', null, JSON.stringify(p.experiment, null, 2))) : null,
        el('details', null, el('summary', null, t('scenarioJson', lang)), el('pre', null, JSON.stringify(p.scenario, null, 2))),
        ...omitted,
      );
    },
  };
}
