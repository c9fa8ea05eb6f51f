/**
 * Refills the results table of each case page from the case's results folder, so the figures on
 * the pages are the figures of the last run and never retyped by hand:
 *
 *   npx tsx docs/cases/updateTables.ts [case ...]     (default: every page with a results folder)
 *
 * A page's results table is the one whose header starts `| metric |`; its columns name the arms
 * and its rows name the metrics (in backticks), and both stay as the page chose them. Each cell
 * becomes the arm's final-year mean over the replications (`arms.csv`), followed, where the
 * metric is one of the experiment's outcomes, by the paired difference from the table's first arm
 * (the baseline) and its 95% confidence interval (`contrasts.csv`). The prose around the table is not touched: reread it
 * after a rerun.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCsv } from '../../viz/csv.ts';

const PAGES = 'docs/cases';
const RESULTS = 'results/cases';

/** 3 significant digits (2 below 0.001); whole numbers with thousands separators from 1,000 on. */
function shown(x: number): string {
  if (!Number.isFinite(x)) return 'NA';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  if (x === 0) return '0';
  return x.toPrecision(Math.abs(x) < 0.001 ? 2 : 3);
}

/**
 * Costs: shown as whole yuan without a confidence interval. They are computed from what the
 * interventions used (docs/ODD.md §7.19), so they vary a little between replications; their
 * paired differences and intervals stay in `contrasts.csv`.
 */
const EXACT = new Set(['cost']);

const signed = (x: number) => (x > 0 ? `+${shown(x)}` : shown(x));

/** `arm|metric` → the named values, from a CSV of the results folder, at sweep point 0 (and against `reference`). */
function readTable(file: string, armColumn: string, values: readonly string[], reference?: string): Map<string, string[]> {
  const { header, rows } = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string) => header.indexOf(name);
  const out = new Map<string, string[]>();
  for (const row of rows) {
    if (row[col('point')] !== '0') continue;
    if (reference !== undefined && row[col('reference')] !== reference) continue;
    out.set(`${row[col(armColumn)]}|${row[col('metric')]}`, values.map((name) => row[col(name)]));
  }
  return out;
}

function cell(arm: string, metric: string, means: Map<string, string[]>, contrasts: Map<string, string[]>, page: string): string {
  const mean = means.get(`${arm}|${metric}`);
  if (!mean) throw new Error(`${page}: no mean of ${metric} for arm ${arm} in ${RESULTS}`);
  const diff = EXACT.has(metric) ? undefined : contrasts.get(`${arm}|${metric}`);
  const head = shown(Number(mean[0]));
  if (!diff) return head;
  const [d, lo, hi] = diff.map(Number);
  return `${head} (${signed(d)} [${shown(lo)}, ${shown(hi)}])`;
}

/** The page's text with its results table refilled. */
export function refill(text: string, results: string, page: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| metric |'));
  if (start < 0) throw new Error(`${page}: no results table (a header starting "| metric |")`);
  const arms = lines[start].split('|').slice(2, -1).map((s) => s.trim());
  const means = readTable(join(results, 'arms.csv'), 'arm', ['mean']);
  // Differences from the table's first arm (the baseline), not from the other references.
  const contrasts = readTable(join(results, 'contrasts.csv'), 'arm', ['mean_diff', 'ci_low', 'ci_high'], arms[0]);
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    const metric = /^\| `([^`]+)`/.exec(lines[i])?.[1];
    if (!metric) throw new Error(`${page}: row ${i + 1} does not start with a metric in backticks`);
    lines[i] = `| \`${metric}\` | ${arms.map((arm) => cell(arm, metric, means, contrasts, page)).join(' | ')} |`;
  }
  return lines.join('\n');
}

function main(): void {
  const requested = process.argv.slice(2);
  const cases = requested.length > 0 ? requested : readdirSync(PAGES).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => basename(f, '.md'));
  for (const name of cases) {
    const results = join(RESULTS, name);
    if (!existsSync(join(results, 'arms.csv'))) {
      console.log(`${name}: no results in ${results} (run the case first); page left as it is`);
      continue;
    }
    const page = join(PAGES, `${name}.md`);
    writeFileSync(page, refill(readFileSync(page, 'utf8'), results, page));
    console.log(`${name}: table refilled from ${results}`);
  }
}

// Run as a script (npm run update-case-tables), not when a test imports `refill`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
