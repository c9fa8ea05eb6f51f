/**
 * The sensitivity indices a report shows, read from a Morris or Sobol' experiment's
 * `sensitivity.csv` (see experiments/sensitivity/analyse.ts).
 */
import type { ExperimentManifest } from '../output/experimentManifest.ts';
import { columns, numberCell, readCsv } from './csv.ts';
import type { FolderFiles } from '../output/folderFiles.ts';
import { round, STAT_DIGITS, type SensitivityData, type SensitivityIndex } from './reportData.ts';
import { SENSITIVITY_TABLE } from '../output/names.ts';

/** The folder's indices; null when its design is not a sensitivity design or the file is not there yet. */
export function readSensitivityData(files: FolderFiles, manifest: ExperimentManifest): SensitivityData | null {
  const sweep = manifest.experiment.sweep;
  if (sweep === null || (sweep.kind !== 'morris' && sweep.kind !== 'sobol')) return null;
  const table = readCsv(files, SENSITIVITY_TABLE);
  if (table === null) return null;
  const c = columns(table, ['arm', 'outcome', 'parameter', 'index', 'estimate', 'ci_low', 'ci_high', 'n'], SENSITIVITY_TABLE);
  const indices: SensitivityIndex[] = sweep.kind === 'morris' ? ['mu_star', 'mu', 'sigma'] : ['S1', 'ST'];
  const arms = new Map(manifest.experiment.arms.map((a, i) => [a.name, i]));
  const parameters = new Map(sweep.parameters.map((p, i) => [p.name, i]));
  const values: SensitivityData['values'] = {};
  const n: SensitivityData['n'] = {};
  for (const row of table.rows) {
    const a = arms.get(row[c.arm]);
    const p = parameters.get(row[c.parameter]);
    const k = (indices as readonly string[]).indexOf(row[c.index]);
    if (a === undefined || p === undefined || k < 0) continue;
    const outcome = row[c.outcome];
    const byArm = (values[outcome] ??= manifest.experiment.arms.map(() => sweep.parameters.map(() => indices.map(() => [null, null, null]))));
    byArm[a][p][k] = [round(numberCell(row[c.estimate]), STAT_DIGITS), round(numberCell(row[c.ci_low]), STAT_DIGITS), round(numberCell(row[c.ci_high]), STAT_DIGITS)];
    (n[outcome] ??= manifest.experiment.arms.map(() => 0))[a] = Number(row[c.n]);
  }
  return {
    method: sweep.kind,
    confidence: sweep.confidence,
    design: sweep.kind === 'morris' ? { trajectories: sweep.trajectories, levels: sweep.levels } : { samples: sweep.samples },
    parameters: sweep.parameters.map((p) => ({ name: p.name, path: p.path, min: p.min, max: p.max, distribution: p.distribution.kind })),
    indices,
    values,
    n,
  };
}
