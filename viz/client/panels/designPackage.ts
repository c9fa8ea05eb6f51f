/**
 * The chosen package in detail: each lever it uses with its searched parameters, start and target;
 * its fresh effects on each zone × age group against the baseline, with intervals; and the
 * experiment file it becomes — the baseline and this package as arms, exactly as in the design's
 * front.experiment.json — downloaded from the page (a Blob: no request, works from file://).
 */
import { FRONT_EXPERIMENT } from '../../../output/names.ts';
import type { DesignPackage, DesignReport } from '../../designReport.ts';
import type { Lang } from '../../reportData.ts';
import type { DesignModel } from '../designModel.ts';
import { el, replace } from '../dom.ts';
import { num, signed } from '../format.ts';
import type { ViewState } from '../model.ts';
import { errorBars } from '../panel.ts';
import { axis, draw, esc, layout } from '../plot.ts';
import { t } from '../strings.ts';

/** Fills `detail` with the chosen package; `groups` is the group chart's box. */
export function packageDetail(m: DesignModel, view: ViewState, detail: HTMLElement, groups: HTMLElement): void {
  const { lang } = view;
  const p = m.data.packages[m.selected];
  const hasGroups = !p.baseline && p.groups.some((g) => g !== null && g[5] !== null);
  replace(
    detail,
    el('h3', { 'data-selected': p.id }, t('selectedPackage', lang, m.packageName(p, lang))),
    p.baseline ? el('p', null, t('changeNothing', lang)) : leverTable(m, p, lang),
    p.baseline ? null : el('h3', null, t('groupsChart', lang)),
    p.baseline ? null : hasGroups ? groups : el('p', { class: 'note' }, t('noGroups', lang)),
    exportBlock(m, p, lang),
  );
  if (hasGroups) drawGroups(m, p, view, groups);
}

/** A row per lever used: its name, its searched parameters' values, its start and its target. */
function leverTable(m: DesignModel, p: DesignPackage, lang: Lang): HTMLElement {
  const head = el('tr', null, ...(['lever', 'parameters', 'start', 'target'] as const).map((k) => el('th', { scope: 'col' }, t(k, lang))));
  const rows = m.levers(p, lang).map((l) => {
    const lever = m.data.levers[l.lever];
    // Each parameter's meaning, from its kind, on hover.
    const params = l.params.map((text, q) => el('span', { class: 'param', title: lever.params[q].description?.[lang] ?? null }, text));
    return el('tr', { 'data-lever': lever.name }, el('th', { scope: 'row' }, l.label), el('td', null, ...params.flatMap((s, q) => (q === 0 ? [s] : [', ', s]))), el('td', null, l.start), el('td', null, l.target));
  });
  return el('div', { class: 'scroll' }, el('table', { class: 'levers run-table' }, el('thead', null, head), el('tbody', null, ...rows)));
}

/** The group chart: the difference from the baseline per group, with its 95% interval. */
function drawGroups(m: DesignModel, p: DesignPackage, view: ViewState, box: HTMLElement): void {
  const { lang } = view;
  const metrics = m.data.groupMetrics;
  const rows = p.groups.map((e) => (e ? [e[0], e[5], e[6], e[7]] : null));
  const index = metrics.map((_, g) => g);
  const trace: Plotly.Trace = {
    type: 'scatter',
    mode: 'markers',
    x: rows.map((r) => r?.[1] ?? null),
    y: index,
    error_x: errorBars(rows),
    marker: { color: m.color(m.selected), size: view.large ? 12 : 9 },
    customdata: metrics.map((metric, g) => `${esc(m.metricLabel(metric, lang))}<br>${esc(signed(rows[g]?.[1], lang))} [${esc(num(rows[g]?.[2], lang))}, ${esc(num(rows[g]?.[3], lang))}]`),
    hovertemplate: '%{customdata}<extra></extra>',
  };
  const yaxis: Plotly.Axis = { tickvals: index, ticktext: metrics.map((metric) => esc(m.metricLabel(metric, lang))), autorange: 'reversed', automargin: true, gridcolor: '#ffffff' };
  const height = Math.round(120 + metrics.length * (view.large ? 34 : 24));
  void draw(box, [trace], layout(view, { xaxis: axis(t('groupsAxis', lang), { zerolinecolor: '#444444' }), yaxis, height, hovermode: 'closest' }), lang);
}

/** The download of the package's experiment file and the commands that run it (or all packages). */
function exportBlock(m: DesignModel, p: DesignPackage, lang: Lang): HTMLElement | null {
  const d = m.data;
  if (d.experiment === null) return null;
  const all = el('div', null, el('p', { class: 'note' }, t('exportAll', lang)), el('pre', null, el('code', { 'data-command': 'front' }, `npx ronghe experiment ${m.inFolder(FRONT_EXPERIMENT)}`)));
  if (p.baseline) return el('div', { class: 'export' }, el('h3', null, t('exportTitle', lang)), el('p', { class: 'note' }, t('exportBaseline', lang)), all);
  const experiment = packageExperiment(d, p, lang);
  const file = `${experiment.name}.experiment.json`;
  const button = el('button', { type: 'button', class: 'toggle', id: 'export-package', 'data-file': file, onclick: () => download(file, JSON.stringify(experiment, null, 2) + '\n') }, t('exportButton', lang, file));
  return el(
    'div',
    { class: 'export' },
    el('h3', null, t('exportTitle', lang)),
    button,
    el('p', { class: 'note' }, t('exportNote', lang)),
    el('pre', null, el('code', { 'data-command': 'package' }, `npx ronghe experiment ${m.inFolder(file)}`)),
    all,
  );
}

/**
 * The package's own experiment: front.experiment.json with the baseline and this package's arm
 * only, named after the design and the package (a name the experiment schema accepts: the
 * design's name and the package id are both of its characters).
 */
export function packageExperiment(d: DesignReport, p: DesignPackage, lang: Lang): { name: string } & Record<string, unknown> {
  const front = d.experiment!;
  const arms = front.arms.filter((a) => a.name === front.baseline || a.name === p.id);
  return { ...front, name: `${d.name}-${p.id}`.slice(0, 64), description: t('exportDescription', lang, d.name, p.id), arms };
}

/** Saves text as a file through a Blob URL: no request leaves the page, and it works from file://. */
function download(file: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { href: url, download: file, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the URL is released after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
