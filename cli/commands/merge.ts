import { relative } from 'node:path';
import { mergeShards } from '../../experiments/merge.ts';
import type { Lang } from '../summaryTable.ts';
import { reportAfter } from './report.ts';

/** `ronghe merge DIR...`: checks the shards and writes the experiment's summaries and report. */
export function mergeCommand(dirs: string[], out: string | undefined, lang: Lang, command: string): void {
  mergeShards(dirs, out, command, (result) => {
    const rel = relative(process.cwd(), result.dir);
    const where = rel === '' ? '.' : rel.startsWith('..') ? result.dir : rel;
    process.stdout.write((lang === 'zh' ? `已合并 ${result.shards} 个分片、${result.runs} 次运行 → ${where}` : `Merged ${result.shards} shards, ${result.runs} runs → ${where}`) + '\n');
    reportAfter(result.dir, lang);
  });
}
