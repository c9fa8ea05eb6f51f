/**
 * The package as a user gets it: `npm pack` the project, install the tarball in an empty folder,
 * and run the README's library example there with plain Node.js, then type-check a TypeScript
 * user of the API against the packed typings. Proves that `exports`, `files`, the entry shim and
 * the typings are complete: a file missing from the package fails here, not on a user's machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../layers/graph.ts';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The README's library example (between its markers). */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const match = /<!-- library-example -->\n```js\n([\s\S]*?)```\n<!-- \/library-example -->/.exec(readme);
  if (match === null) throw new Error('README.md has no library example between <!-- library-example --> markers');
  return match[1];
}

describe('the packed package', () => {
  let app: string;

  beforeAll(() => {
    app = mkdtempSync(join(tmpdir(), 'ronghe-pack-'));
    const quiet = { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[], encoding: 'utf8' as const };
    execFileSync(NPM, ['pack', '--pack-destination', app, '--silent'], quiet);
    const tarball = readdirSync(app).find((name) => name.endsWith('.tgz'));
    if (tarball === undefined) throw new Error(`npm pack wrote no tarball to ${app}`);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ronghe-user', private: true, type: 'module' }));
    // The dependencies come from npm's cache when the project's own install filled it.
    execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', join(app, tarball)], { ...quiet, cwd: app });
  }, 600_000);

  afterAll(() => {
    if (app !== undefined) rmSync(app, { recursive: true, force: true });
  });

  it('runs the README example from an installed tarball', () => {
    writeFileSync(join(app, 'example.mjs'), readmeExample());
    const out = execFileSync(process.execPath, ['example.mjs'], { cwd: app, encoding: 'utf8' });
    expect(out).toMatch(/^participation: 0\.\d+$/m);
    expect(out).toMatch(/^baseline unmet share 0\.\d{3}$/m);
    expect(out).toMatch(/^grid unmet share 0\.\d{3}$/m);
    expect(out).toContain(`report: ${join(app, 'results/grid/report.html')}`);
    for (const file of ['results/tiny-seed1/manifest.json', 'results/tiny-seed1/series.csv', 'results/grid/arms.csv', 'results/grid/manifest.json'])
      expect(existsSync(join(app, file)), file).toBe(true);
    const manifest = JSON.parse(readFileSync(join(app, 'results/tiny-seed1/manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ kind: 'ronghe-run', seed: 1, scenarioFile: 'tiny.json', files: ['series.csv', 'summary.json', 'places.csv'] });
  }, 300_000);

  it('gives TypeScript users typings that catch a wrong use', () => {
    const good = "import { loadScenario, run, type Scenario } from 'ronghe';\nconst s: Scenario = loadScenario('tiny.json');\nexport const seed: number = run(s, { seed: 1 }).seed;\n";
    const bad = "import { run, parseScenario } from 'ronghe';\nexport const seed: string = run(parseScenario({ name: 'x' }), { seed: 1 }).seed;\n";
    writeFileSync(join(app, 'good.ts'), good);
    writeFileSync(join(app, 'bad.ts'), bad);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const flags = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--typeRoots', join(ROOT, 'node_modules', '@types'), '--types', 'node'];
    execFileSync(process.execPath, [tsc, ...flags, 'good.ts'], { cwd: app, encoding: 'utf8' });
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, ...flags, 'bad.ts'], { cwd: app, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/bad\.ts\(2,14\): error TS2322: Type 'number' is not assignable to type 'string'/);
  }, 120_000);
});
