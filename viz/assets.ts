/**
 * The scripts and style a report page inlines: plotly.js (from plotly.js-dist, minified — the
 * distributed bundle is 10 MB unminified, the whole size budget of a report), the page's own
 * script (viz/client/, bundled into one function) and its style sheet. Minifying plotly takes a
 * couple of seconds, so the result is cached beside node_modules per plotly and esbuild version.
 */
import { buildSync, transformSync, version as esbuildVersion } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../engine/output/atomicWrite.ts';

const require = createRequire(import.meta.url);
const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

let plotly: string | null = null;
let client: string | null = null;
let style: string | null = null;

/** plotly.js, minified; computed once per process and cached on disk. */
export function plotlyScript(): string {
  if (plotly !== null) return plotly;
  const packageFile = require.resolve('plotly.js-dist/package.json');
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
  const cacheDir = join(dirname(dirname(packageFile)), '.cache', 'ronghe');
  const cacheFile = join(cacheDir, `plotly-${version}-esbuild-${esbuildVersion}.min.js`);
  try {
    plotly = readFileSync(cacheFile, 'utf8');
  } catch {
    const source = readFileSync(join(dirname(packageFile), 'plotly.js'), 'utf8');
    // Licence comments stay in: the page carries plotly's MIT notice.
    plotly = checkInlinable(transformSync(source, { minify: true, legalComments: 'inline', charset: 'ascii' }).code, 'plotly.js');
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileAtomic(cacheFile, plotly);
    } catch {
      // A read-only install still works; it only minifies again next time.
    }
  }
  return plotly;
}

/** The page's script: viz/client/main.js and its imports as one function, readable (not minified). */
export function clientScript(): string {
  client ??= checkInlinable(
    buildSync({ entryPoints: [join(CLIENT_DIR, 'main.js')], bundle: true, format: 'iife', target: 'es2020', write: false, charset: 'ascii', legalComments: 'none' }).outputFiles[0].text,
    'viz/client',
  );
  return client;
}

/** The page's style sheet. */
export function styleSheet(): string {
  style ??= readFileSync(join(CLIENT_DIR, 'style.css'), 'utf8');
  if (/<\/style/i.test(style)) throw new Error('viz/client/style.css must not contain "</style"');
  return style;
}

/**
 * A script is inlined as it is, so it must not hold what would end or confuse its `<script>`
 * element (`</script`, or `<!--` which switches the parser's escaping state).
 */
function checkInlinable(code: string, what: string): string {
  if (/<\/script|<!--/i.test(code)) throw new Error(`${what} holds "</script" or "<!--" and cannot be inlined in a page`);
  return code;
}
