import { buildReport } from '../../api.ts';
import type { Lang } from '../../base/lang.ts';
import { displayPath } from '../../base/displayPath.ts';
import { words } from '../words.ts';

/**
 * `ronghe report DIR`: writes the folder's self-contained HTML report (an experiment's or a
 * single run's) and says where it went and how large it is.
 */
export function reportCommand(dir: string, out: string | undefined, lang: Lang): void {
  const built = buildReport(dir, { lang, out });
  process.stdout.write(reportLine(built.file, built.bytes, lang) + '\n');
}

/** "Report written to FILE (N MB)", in the chosen language; also used after experiments and merges. */
export function reportLine(file: string, bytes: number, lang: Lang): string {
  return words(lang).reportWritten(displayPath(file), (bytes / 1e6).toFixed(1));
}

/**
 * Writes the report at the end of a command that made or completed a folder (experiment,
 * merge) and prints where it went. A report that cannot be built does not fail the command:
 * the results are written; the message says how to build it later.
 */
export function reportAfter(dir: string, lang: Lang): void {
  try {
    const built = buildReport(dir, { lang });
    process.stdout.write(reportLine(built.file, built.bytes, lang) + '\n');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(words(lang).reportFailed(message, dir) + '\n');
  }
}
