import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFolder } from '../../base/folderLock.ts';
import { InputError } from '../../base/errors.ts';
import { ROOT } from '../cli/run-cli.ts';
import { exited, until } from './tiny.ts';

/** The pid of a process that has exited (so a lock naming it is stale). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout as unknown as number;
}

function staleLock(dir: string, pid: number): void {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(pid), host: hostname(), since: '2020-01-01T00:00:00.000Z' }) + '\n');
}

describe('the folder lock', () => {
  it('refuses a second holder while the first holds it, then is free again after release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ronghe-lock-'));
    const lock = lockFolder(dir, new Date());
    expect(() => lockFolder(dir, new Date())).toThrow(InputError);
    lock.release();
    lockFolder(dir, new Date()).release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock left by a process that is gone, or one naming its own pid (a restarted container)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ronghe-lock-'));
    staleLock(dir, deadPid());
    lockFolder(dir, new Date()).release();
    staleLock(dir, process.pid);
    lockFolder(dir, new Date()).release();
  });

  it('refuses a lock held on another host (liveness cannot be checked there) and names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ronghe-lock-'));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'node-17.cluster', since: 'x' }));
    expect(() => lockFolder(dir, new Date())).toThrow(/process 1 on node-17\.cluster .*is working in this folder/);
  });

  it('releases only its own lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ronghe-lock-'));
    const lock = lockFolder(dir, new Date());
    const other = JSON.stringify({ pid: 1, host: 'elsewhere', since: 'x' });
    writeFileSync(join(dir, LOCK_FILE), other);
    lock.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(other);
  });

  // Starting the contenders (node + tsx each) takes long on a busy CI machine: a generous limit.
  it('lets exactly one of many processes take over a stale lock at the same moment', { timeout: 400_000 }, async () => {
    for (let round = 0; round < 2; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'ronghe-lock-race-'));
      staleLock(dir, deadPid());
      const go = join(dir, 'go');
      const release = join(dir, 'release');
      const contenders = Array.from({ length: 4 }, () => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/experiments/lockContender.ts', dir, go, release], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
        const said = { text: '' };
        child.stdout.on('data', (chunk) => (said.text += chunk));
        return { child, said };
      });
      // every contender started and waiting for the go signal
      await until(() => readdirSync(dir).filter((name) => name.startsWith('go.ready-')).length === contenders.length, 180_000);
      writeFileSync(go, '');
      await until(() => contenders.every((c) => c.said.text.trim() !== ''), 30_000);
      const answers = contenders.map((c) => c.said.text.trim());
      writeFileSync(release, '');
      await Promise.all(contenders.map((c) => exited(c.child))); // (losers may have exited already)
      expect(answers.filter((a) => a === 'won'), answers.join(' ')).toHaveLength(1);
      expect(answers.filter((a) => a === 'busy')).toHaveLength(3);
    }
  });
});
