import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION } from '../engine/version.ts';

/** Where the code that ran came from: engine version, git commit (and whether it was modified), Node. */
export function provenance(): { engineVersion: string; gitCommit: string; gitDirty: boolean | null; node: string; platform: string } {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let gitCommit = 'unknown';
  let gitDirty: boolean | null = null;
  try {
    gitCommit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    gitDirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '';
  } catch {
    // Not a git checkout (e.g. an installed package): the engine version identifies the code.
  }
  return { engineVersion: ENGINE_VERSION, gitCommit, gitDirty, node: process.version, platform: `${process.platform}-${process.arch}` };
}
