import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { errors } from '../../base/errors.ts';
import { startViewServer } from '../../viz/server.ts';
import type { Lang } from '../../base/lang.ts';
import { words } from '../words.ts';

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
  process.stdout.write(words(lang).viewing(root, viewer.url) + '\n');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await viewer.close();
  return 0;
}
