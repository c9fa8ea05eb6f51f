import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { errors } from '../../base/errors.ts';
import { startViewServer } from '../../viz/server.ts';
import type { Lang } from '../../base/lang.ts';

/**
 * `ronghe view [DIR]`: serves the results folders under DIR and their reports on 127.0.0.1
 * until Ctrl-C.
 */
export async function viewCommand(dir: string, port: number, lang: Lang): Promise<number> {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw errors.notResultsRoot(dir, existsSync(root));
  }
  let viewer;
  try {
    viewer = await startViewServer(root, port, lang);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw errors.portInUse(port);
  }
  process.stdout.write(lang === 'zh' ? `结果浏览:${viewer.url}(仅本机可访问;按 Ctrl-C 停止)\n` : `Viewing ${root} at ${viewer.url} (this machine only; Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await viewer.close();
  return 0;
}
