/**
 * Taking over the folder of a calibration or a policy design: both keep a manifest of their own
 * (with the run's identity) and a fixed set of files and sub-folders. A folder holding anything
 * else is refused, results of another file or version are never mixed in, and `fresh` deletes
 * only what ronghe wrote.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errors } from '../base/errors.ts';
import type { ResultsKind } from '../base/errors/folders.ts';

/** What marks a folder as one kind's, and what that kind writes in it. */
export interface OwnedFolder {
  kind: Exclude<ResultsKind, 'experiment'>;
  /** The manifest's file name; its JSON has `kind: 'ronghe-<kind>'` and `identity`. */
  manifest: string;
  /** Every file and folder name the kind writes (the manifest included). */
  ours: ReadonlySet<string>;
}

/**
 * Takes over `dir` (already created and locked): refuses one holding another run of the kind
 * (unless `fresh`) or files that are not the kind's; with `fresh`, deletes what ronghe wrote
 * there before. Lock and temporary files are ignored.
 */
export function openOwnedFolder(dir: string, owned: OwnedFolder, identity: string, fresh: boolean): void {
  const entries = readdirSync(dir).filter((name) => !/^\.lock/.test(name) && !/\.tmp-\d+-\d+$/.test(name));
  let previous: { kind?: string; identity?: string } | null = null;
  try {
    previous = JSON.parse(readFileSync(join(dir, owned.manifest), 'utf8')) as { kind?: string; identity?: string };
  } catch {
    previous = null;
  }
  if ((previous === null || previous.kind !== `ronghe-${owned.kind}`) && entries.length > 0 && (!fresh || entries.some((name) => !owned.ours.has(name)))) {
    throw errors.folderNotOurs(dir, owned.kind);
  }
  if (fresh) {
    for (const name of entries) if (owned.ours.has(name) && name !== owned.manifest) rmSync(join(dir, name), { recursive: true, force: true });
    rmSync(join(dir, owned.manifest), { force: true });
    return;
  }
  if (previous !== null && previous.identity !== identity) {
    throw errors.differentResults(dir, owned.kind);
  }
}
