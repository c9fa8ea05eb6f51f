import { metricLabel } from '../../engine/metrics/labels.ts';
import { RANKING_INDEX, readSensitivity, type SensitivityRow } from '../../experiments/sensitivity/analyse.ts';
import { errors } from '../../base/errors.ts';
import { readJsonFile } from '../../base/jsonText.ts';
import type { Lang } from '../../base/lang.ts';
import { textTable } from '../../base/textTable.ts';
import { words } from '../words.ts';
import { experimentCommand, type ExperimentArgs } from './experiment.ts';

/**
 * `ronghe sensitivity FILE`: runs a Morris or Sobol' experiment exactly as `ronghe experiment`
 * does (pool, resume, shards, manifest, report), then prints each outcome's parameters ranked by
 * μ* or the total-order index, with their intervals. The indices are in `sensitivity.csv`.
 */
export async function sensitivityCommand(args: ExperimentArgs, command: string): Promise<number> {
  requireDesign(args.file);
  return experimentCommand(args, command, (result) => {
    const rows = readSensitivity(result.dir);
    if (rows.length > 0) process.stdout.write('\n' + rankedTables(rows, result.manifest.experiment.arms.length > 1, args.lang));
  });
}

/**
 * Refuses, before any work, a file whose sweep is not a sensitivity design (a file that cannot be
 * read or is not an object is left to the experiment loader, which says what is wrong).
 */
function requireDesign(file: string): void {
  const read = readJsonFile(file, 'experiment');
  if (!read.ok || read.value === null || typeof read.value !== 'object' || Array.isArray(read.value)) return;
  const sweep = (read.value as Record<string, unknown>).sweep;
  if (sweep !== null && typeof sweep === 'object' && !Array.isArray(sweep) && ('morris' in sweep || 'sobol' in sweep)) return;
  throw errors.notSensitivityDesign(file, sweep);
}

/** Per arm and outcome: the parameters ranked, with the design's indices and intervals. */
function rankedTables(rows: readonly SensitivityRow[], showArm: boolean, lang: Lang): string {
  const groups = new Map<string, SensitivityRow[]>();
  for (const row of rows) {
    const key = `${row.arm}\n${row.outcome}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(row);
  }
  const w = words(lang);
  const out: string[] = [];
  for (const group of groups.values()) {
    const { arm, outcome, method, confidence } = group[0]!;
    const indices = method === 'morris' ? ['mu_star', 'mu', 'sigma'] : ['S1', 'ST'];
    const ci = `${Math.round(confidence * 100)}%`;
    const names: Record<string, string> = { mu_star: 'μ*', mu: 'μ', sigma: 'σ', S1: w.firstOrder, ST: w.totalOrder };
    const withCi = new Set([RANKING_INDEX[method], 'S1']);
    const head = [w.rank, w.parameter, ...indices.flatMap((i) => (withCi.has(i) ? [names[i]!, `${ci} CI`] : [names[i]!]))];
    const parameters = [...new Set(group.map((r) => r.parameter))].sort((a, b) => rankOf(group, a) - rankOf(group, b));
    const table = [head];
    for (const parameter of parameters) {
      const cells = indices.flatMap((index) => {
        const r = group.find((x) => x.parameter === parameter && x.index === index)!;
        return withCi.has(index) ? [sig(r.estimate), `${sig(r.ciLow)} – ${sig(r.ciHigh)}`] : [sig(r.estimate)];
      });
      table.push([String(rankOf(group, parameter)), parameter, ...cells]);
    }
    const title = `${metricLabel(outcome, lang)} (${outcome})${showArm ? ` · ${arm}` : ''} — ${method === 'morris' ? 'Morris' : "Sobol'"}`;
    out.push(`${title}\n${textTable(table, 2)}`);
  }
  return out.join('\n');
}

function rankOf(rows: readonly SensitivityRow[], parameter: string): number {
  return rows.find((r) => r.parameter === parameter)!.rank;
}

/** Three significant digits; – when missing. */
function sig(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : '–';
}
