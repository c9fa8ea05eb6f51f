import { mergeShards } from '../../api.ts';
import type { Lang } from '../../base/lang.ts';
import { reportAfter } from './report.ts';
import { displayPath } from '../../base/displayPath.ts';

/** `ronghe merge DIR...`: checks the shards and writes the experiment's summaries and report. */
export function mergeCommand(dirs: string[], out: string | undefined, lang: Lang, command: string): void {
  mergeShards(dirs, out, command, (result) => {
    const where = displayPath(result.dir);
    process.stdout.write((lang === 'zh' ? `已合并 ${result.shards} 个分片、${result.runs} 次运行 → ${where}` : `Merged ${result.shards} shards, ${result.runs} runs → ${where}`) + '\n');
    reportAfter(result.dir, lang);
  });
}
