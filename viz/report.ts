/**
 * Building a results folder's report: read the folder, make the page, write it atomically (a
 * viewer never serves half a report).
 */
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../base/atomicWrite.ts';
import { experimentData } from './experimentData.ts';
import { readResultsFolder } from '../output/readFolder.ts';
import { FolderFiles } from '../output/folderFiles.ts';
import { reportPage } from './page.ts';
import type { Lang, PageData } from './reportData.ts';
import { designData } from './designData.ts';
import type { DesignManifest } from '../experiments/search/manifest.ts';
import { runData } from './runData.ts';
import { displayPath } from '../base/displayPath.ts';
import { REPORT_FILE } from '../output/names.ts';

export interface ReportOptions {
  /** Language the page opens in (it can switch); default `en`. */
  lang?: Lang;
  /** Where to write; default `<dir>/report.html`. */
  out?: string;
}

export interface BuiltReport {
  file: string;
  bytes: number;
  data: PageData;
}

/**
 * The data a folder's report embeds (an experiment's, a run's or a policy design's): an
 * {@link InputError} when it is not a results folder, or
 * when a file it reads lies outside `root` (the viewer's root; by default the folder itself).
 */
export function reportData(dir: string, lang: Lang = 'en', root: string = dir): PageData {
  const files = new FolderFiles(dir, root);
  const folder = readResultsFolder(files);
  if (folder.kind === 'run') return runData(files, folder.manifest, lang);
  // readResultsFolder checked what tells a design manifest apart; its shape is the design runner's.
  if (folder.kind === 'design') return designData(files, folder.manifest as unknown as DesignManifest, lang, displayPath(dir));
  return experimentData(files, folder.manifest, lang, displayPath(dir));
}

/** Builds and writes a folder's report. */
export function buildReport(dir: string, options: ReportOptions = {}): BuiltReport {
  const data = reportData(dir, options.lang ?? 'en');
  const page = reportPage(data);
  const file = resolve(options.out ?? join(dir, REPORT_FILE));
  writeFileAtomic(file, page);
  return { file, bytes: Buffer.byteLength(page), data };
}
