/**
 * A process contending for a results folder's lock (test/experiments/lock.test.ts): waits for a
 * "go" file so that all contenders try at once (after writing `<GO>.ready-<pid>` to say it has
 * started), prints `won` or `busy`, and if it won holds the lock until a "release" file appears.
 * Usage: tsx lockContender.ts DIR GO RELEASE
 */
import { existsSync, writeFileSync } from 'node:fs';
import { lockFolder } from '../../base/folderLock.ts';
import { InputError } from '../../base/errors.ts';

const [dir, go, release] = process.argv.slice(2);
const poll = (file: string) => new Promise<void>((resolve) => {
  const check = () => (existsSync(file) ? resolve() : setTimeout(check, 1));
  check();
});
writeFileSync(`${go}.ready-${process.pid}`, '');
await poll(go);
try {
  const lock = lockFolder(dir, new Date());
  process.stdout.write('won\n');
  await poll(release);
  lock.release();
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  process.stdout.write('busy\n');
}
