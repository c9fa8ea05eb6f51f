/**
 * The results folders under a root (the viewer's index): each folder holding a `manifest.json`
 * of a run or an experiment, or a policy design's `design.json`, with its name, date, arms (a
 * design's final packages) and how many of its runs are done.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readResultsFolder } from '../output/readFolder.ts';
import { FolderFiles } from '../output/folderFiles.ts';
import type { Text } from './reportData.ts';
import type { DesignManifest } from '../experiments/search/manifest.ts';

export interface FolderEntry {
  /** Path relative to the root, `/`-separated (`.` for the root itself). */
  name: string;
  dir: string;
  kind: 'experiment' | 'run' | 'design';
  title: Text;
  date: string | null;
  arms: Text[];
  /** `complete`: every run done; `partial`: some not done yet; `failed`: some failed. */
  status: 'complete' | 'partial' | 'failed';
  /** Null for a design: it plans its runs a generation at a time. */
  runs: { planned: number; done: number; failed: number } | null;
}

/** The results folders at the root and one level below it, newest first, then by name. */
export function listFolders(root: string): FolderEntry[] {
  const out: FolderEntry[] = [];
  const self = entry(root, root, '.');
  if (self !== null) out.push(self);
  let names: string[] = [];
  try {
    names = readdirSync(root).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const dir = join(root, name);
    // Symbolic links are not followed: the viewer serves nothing outside the root.
    if (name.startsWith('.') || !isRealDirectory(dir)) continue;
    const e = entry(root, dir, name);
    if (e !== null) out.push(e);
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name));
}

function entry(root: string, dir: string, name: string): FolderEntry | null {
  let folder;
  try {
    // Not listed when its manifest links out of the root (its report would be refused too).
    folder = readResultsFolder(new FolderFiles(dir, root));
  } catch {
    return null;
  }
  if (folder.kind === 'design') return designEntry(dir, name, folder.manifest as unknown as DesignManifest);
  if (folder.kind === 'run') {
    const m = folder.manifest;
    return { name, dir, kind: 'run', title: m.scenario?.labels ?? { zh: basename(dir), en: basename(dir) }, date: m.finishedAt ?? m.startedAt ?? null, arms: [], status: 'complete', runs: { planned: 1, done: 1, failed: 0 } };
  }
  const m = folder.manifest;
  const planned = m.runs?.length ?? 0;
  const done = (m.runs ?? []).filter((r) => r.digest !== null).length;
  const failed = m.failures?.length ?? 0;
  return {
    name,
    dir,
    kind: 'experiment',
    title: m.experiment?.labels ?? { zh: basename(dir), en: basename(dir) },
    date: m.finishedAt ?? m.startedAt ?? null,
    arms: (m.experiment?.arms ?? []).map((a) => a.labels),
    status: failed > 0 ? 'failed' : done < planned || m.status !== 'complete' ? 'partial' : 'complete',
    runs: { planned, done, failed },
  };
}

/** A design folder's row: its question, and the final packages once it is done. */
function designEntry(dir: string, name: string, m: DesignManifest): FolderEntry {
  const packages = (m.packages ?? []).map((p) => ({ zh: p.id, en: p.id }));
  const status = m.status === 'complete' ? 'complete' : m.status === 'incomplete' ? 'failed' : 'partial';
  return { name, dir, kind: 'design', title: m.design?.labels ?? { zh: basename(dir), en: basename(dir) }, date: m.finishedAt ?? m.startedAt ?? null, arms: packages, status, runs: null };
}

/** A directory itself, not a symbolic link to one (lstat does not follow links). */
function isRealDirectory(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}
