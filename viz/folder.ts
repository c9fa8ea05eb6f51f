/**
 * What kind of results folder a path is, from its `manifest.json`: an experiment folder
 * (`ronghe experiment` or `ronghe merge`) or a single run's folder (`ronghe run`).
 */
import type { ExperimentManifest } from '../experiments/manifest.ts';
import { InputError } from '../scenarios/errors.ts';
import type { FolderFiles } from './folderFiles.ts';
import type { RunManifest } from './runData.ts';

export type ResultsFolder = { kind: 'experiment'; manifest: ExperimentManifest } | { kind: 'run'; manifest: RunManifest };

/**
 * Reads a folder's manifest; an {@link InputError} (exit code 2) when it is not a results folder
 * (or its manifest links outside the root).
 */
export function readResultsFolder(files: FolderFiles): ResultsFolder {
  const dir = files.dir;
  const text = files.read('manifest.json');
  if (text === null) {
    throw notResults(dir, 'no manifest.json', 'Give a folder written by ronghe run or ronghe experiment (a folder without manifest.json is incomplete or not a results folder).');
  }
  let manifest: { kind?: unknown };
  try {
    manifest = JSON.parse(text) as { kind?: unknown };
  } catch (error) {
    throw notResults(dir, `manifest.json is not JSON (${(error as Error).message})`, 'The folder is damaged: rerun the command that made it.');
  }
  if (manifest?.kind === 'ronghe-experiment') return { kind: 'experiment', manifest: manifest as ExperimentManifest };
  if (manifest?.kind === 'ronghe-run') return { kind: 'run', manifest: manifest as RunManifest };
  throw notResults(dir, `manifest.json of kind ${JSON.stringify(manifest?.kind ?? null)}`, 'Give a folder written by ronghe run or ronghe experiment.');
}

function notResults(dir: string, found: string, hint: string): InputError {
  return new InputError(dir, [{ path: '', expected: 'a results folder (manifest.json of a run or an experiment)', found, hint }], 'results folder');
}
