import { buildReport } from '../../api.ts';
import type { Lang } from '../../base/lang.ts';
import { displayPath } from '../../base/displayPath.ts';

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
  const where = displayPath(file);
  const size = (bytes / 1e6).toFixed(1);
  return lang === 'zh' ? `报告已写入 ${where}(${size} MB,可离线打开)` : `Report written to ${where} (${size} MB, opens offline)`;
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
    process.stderr.write(lang === 'zh' ? `ronghe: 未能生成报告:${message}\n(可稍后运行 ronghe report ${dir})\n` : `ronghe: the report could not be built: ${message}\n(build it later with: ronghe report ${dir})\n`);
  }
}
