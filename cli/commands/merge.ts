import { mergeShards } from '../../api.ts';
import type { Lang } from '../../base/lang.ts';
import { reportAfter } from './report.ts';
import { displayPath } from '../../base/displayPath.ts';
import { words } from '../words.ts';

/** `ronghe merge DIR...`: checks the shards and writes the experiment's summaries and report. */
export async function mergeCommand(dirs: string[], out: string | undefined, lang: Lang, command: string): Promise<void> {
  await mergeShards(dirs, out, command, (result) => {
    const where = displayPath(result.dir);
    process.stdout.write(words(lang).merged(result.shards, result.runs, where) + '\n');
    reportAfter(result.dir, lang);
  });
}
