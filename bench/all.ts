/**
 * `npm run bench`: the engine benchmark, then the experiment benchmark, each with the options
 * given (e.g. `npm run bench -- --quick`).
 */
import { execFileSync } from 'node:child_process';

for (const part of ['engine.bench.ts', 'experiment.bench.ts']) {
  execFileSync(process.execPath, ['--import', 'tsx', new URL(part, import.meta.url).pathname, ...process.argv.slice(2)], { stdio: 'inherit' });
}
