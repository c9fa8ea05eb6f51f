/**
 * What kind of results folder a path is, from its manifest: an experiment folder (`ronghe
 * experiment` or `ronghe merge`) or a single run's folder (`ronghe run`), both with
 * `manifest.json`, or a policy design's folder (`ronghe design`) with `design.json`.
 */
import type { ExperimentManifest } from './experimentManifest.ts';
import { errors } from '../base/errors.ts';
import type { FolderFiles } from './folderFiles.ts';
import type { RunManifest } from './runFolder.ts';
import { DESIGN_MANIFEST, MANIFEST_FILE } from './names.ts';

/**
 * A design's manifest is checked here only for what tells it apart; its shape is the design
 * runner's (experiments/search/runner.ts, a layer above), which the report reads it as.
 */
export type ResultsFolder = { kind: 'experiment'; manifest: ExperimentManifest } | { kind: 'run'; manifest: RunManifest } | { kind: 'design'; manifest: Record<string, unknown> };

/** The manifests a results folder may have, in the order they are looked for. */
export const RESULTS_MANIFESTS: readonly string[] = [MANIFEST_FILE, DESIGN_MANIFEST];

/** The folder's manifest file name (of {@link RESULTS_MANIFESTS}), or null when it has none. */
export function manifestOf(files: FolderFiles): { name: string; text: string } | null {
  for (const name of RESULTS_MANIFESTS) {
    const text = files.read(name);
    if (text !== null) return { name, text };
  }
  return null;
}

/**
 * Reads a folder's manifest; an `InputError` (exit code 2) when it is not a results folder
 * (or its manifest links outside the root).
 */
export function readResultsFolder(files: FolderFiles): ResultsFolder {
  const dir = files.dir;
  const found = manifestOf(files);
  if (found === null) {
    throw errors.notResultsFolder(dir, { missing: true });
  }
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(found.text) as Record<string, unknown>;
  } catch (error) {
    throw errors.notResultsFolder(dir, { file: found.name, notJson: (error as Error).message });
  }
  if (manifest?.kind === 'ronghe-experiment') {
    const issues = experimentIssues(manifest);
    if (issues.length > 0) throw errors.damagedManifest(dir, issues);
    return { kind: 'experiment', manifest: manifest as unknown as ExperimentManifest };
  }
  if (manifest?.kind === 'ronghe-run') return { kind: 'run', manifest: manifest as unknown as RunManifest };
  if (manifest?.kind === 'ronghe-design' && found.name === DESIGN_MANIFEST) {
    const issues = designIssues(manifest);
    if (issues.length > 0) throw errors.damagedManifest(dir, issues);
    return { kind: 'design', manifest };
  }
  throw errors.notResultsFolder(dir, { file: found.name, kind: manifest?.kind });
}

/** Names of experiments and arms, as the experiment schema allows them: safe as file names. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * What an experiment manifest lacks of the shape the report reads. Arm names become file names
 * (`series/<arm>.csv`), so a crafted `../../x` must never reach a path.
 */
function experimentIssues(m: Record<string, unknown>): { path: string; expected: string; found: string }[] {
  const issues: { path: string; expected: string; found: string }[] = [];
  const found = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 80));
  const need = (ok: boolean, path: string, expected: string, value: unknown) => {
    if (!ok) issues.push({ path, expected, found: found(value) });
    return ok;
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const e = m.experiment;
  for (const key of ['points', 'runs', 'failures']) need(Array.isArray(m[key]), `/${key}`, 'a list', m[key]);
  need(isObject(m.baseScenario), '/baseScenario', 'an object', m.baseScenario);
  need(isObject(m.identity), '/identity', 'an object', m.identity);
  if (!isObject(e)) return [...issues, { path: '/experiment', expected: 'an object', found: found(e) }];
  need(typeof e.name === 'string' && NAME_PATTERN.test(e.name), '/experiment/name', `a name matching ${NAME_PATTERN.source}`, e.name);
  need(Array.isArray(e.outcomes), '/experiment/outcomes', 'a list', e.outcomes);
  const arms = e.arms;
  if (!Array.isArray(arms) || arms.length === 0) return [...issues, { path: '/experiment/arms', expected: 'a non-empty list', found: found(arms) }];
  arms.forEach((arm, i) => {
    const name = isObject(arm) ? arm.name : undefined;
    need(typeof name === 'string' && NAME_PATTERN.test(name), `/experiment/arms/${i}/name`, `a name matching ${NAME_PATTERN.source}`, name);
  });
  need(typeof e.baseline === 'string' && arms.some((a) => isObject(a) && a.name === e.baseline), '/experiment/baseline', 'the name of one of the arms', e.baseline);
  return issues;
}

/** What a design manifest lacks of the shape the report reads (its name is shown and becomes part of a file name). */
function designIssues(m: Record<string, unknown>): { path: string; expected: string; found: string }[] {
  const d = m.design as Record<string, unknown> | undefined;
  const isList = (v: unknown) => Array.isArray(v);
  const issues: { path: string; expected: string; found: string }[] = [];
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return [{ path: '/design', expected: 'an object', found: JSON.stringify(d ?? null).slice(0, 80) }];
  if (typeof d.name !== 'string' || !NAME_PATTERN.test(d.name)) issues.push({ path: '/design/name', expected: `a name matching ${NAME_PATTERN.source}`, found: JSON.stringify(d.name ?? null).slice(0, 80) });
  for (const key of ['levers', 'objectives']) if (!isList(d[key])) issues.push({ path: `/design/${key}`, expected: 'a list', found: JSON.stringify(d[key] ?? null).slice(0, 80) });
  if (!isList(m.generations)) issues.push({ path: '/generations', expected: 'a list', found: JSON.stringify(m.generations ?? null).slice(0, 80) });
  return issues;
}
