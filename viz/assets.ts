/**
 * The scripts and style a report page inlines: plotly.js (from plotly.js-dist, minified — the
 * distributed bundle is 10 MB unminified, the whole size budget of a report — and with only the
 * trace types the page draws registered, so that it starts fast), the page's own
 * script (viz/client/, bundled into one function) and its style sheet. Minifying plotly takes a
 * couple of seconds, so the result is cached beside node_modules per plotly and esbuild version.
 */
import { buildSync, transformSync, version as esbuildVersion } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../base/atomicWrite.ts';

const require = createRequire(import.meta.url);

/**
 * Trace types the page draws besides scatter (which plotly's core always registers). Every
 * other type's module is left unregistered: plotly's bundle initialises a module only when it
 * is registered, and the maps, WebGL and 3-D types' start-up is most of the time plotly takes to
 * load (about half a second of the three the report may take to open). Their code stays in the
 * file: the bundle cannot be split, only not started.
 */
export const TRACES_USED = ['bar', 'heatmap'];
const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

let plotly: string | null = null;
let client: string | null = null;
let style: string | null = null;

/** plotly.js, trimmed to the traces used and minified; computed once per process and cached on disk. */
export function plotlyScript(): string {
  if (plotly !== null) return plotly;
  const packageFile = require.resolve('plotly.js-dist/package.json');
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
  const cacheDir = join(dirname(dirname(packageFile)), '.cache', 'ronghe');
  const cacheFile = join(cacheDir, `plotly-${version}-${TRACES_USED.join('-')}-esbuild-${esbuildVersion}.min.js`);
  try {
    plotly = readFileSync(cacheFile, 'utf8');
  } catch {
    const source = onlyTracesUsed(readFileSync(join(dirname(packageFile), 'plotly.js'), 'utf8'));
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

/**
 * plotly.js-dist's source with only {@link TRACES_USED} registered: `lib/index.js` of the bundle
 * calls `Plotly.register([require_bar2(), require_box2(), ...])`; the list is cut to the traces
 * used. When a plotly version writes it otherwise, the bundle is kept whole (slower to open, the
 * same page).
 */
export function onlyTracesUsed(source: string): string {
  const register = /("lib\/index\.js"\(exports, module\) \{\s*var Plotly = require_core\d*\(\);\s*Plotly\.register\(\[)([^\]]*)(\]\);)/;
  const match = register.exec(source);
  if (match === null) return source;
  const calls = match[2].match(/require_[a-z0-9_]+\(\)/g) ?? [];
  const kept = calls.filter((call) => TRACES_USED.includes(call.replace(/^require_/, '').replace(/\d*\(\)$/, '')));
  if (kept.length !== TRACES_USED.length) return source;
  return source.replace(register, (_, head: string, _list: string, tail: string) => `${head}${kept.join(', ')}${tail}`);
}

/** The page's script: viz/client/main.ts and its imports as one function, readable (not minified). */
export function clientScript(): string {
  client ??= checkInlinable(
    buildSync({ entryPoints: [join(CLIENT_DIR, 'main.ts')], bundle: true, format: 'iife', target: 'es2020', write: false, charset: 'ascii', legalComments: 'none' }).outputFiles[0].text,
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
