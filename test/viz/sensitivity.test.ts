/**
 * The report of a sensitivity design: its data carries the indices of sensitivity.csv, and in a
 * real browser the sensitivity panel comes first after the overview, draws ranked bars with
 * their intervals, lists the numbers and switches language. The browser part is skipped when
 * /usr/bin/chromium is missing, unless RONGHE_REQUIRE_BROWSER=1 (CI), which makes it fail.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../viz/report.ts';
import { ronghe } from '../experiments/tiny.ts';
import { PARAMETERS, writeDesign } from '../sensitivity/design.ts';

declare const document: any;

const CHROMIUM = '/usr/bin/chromium';
const noBrowser = existsSync(CHROMIUM) ? '' : `${CHROMIUM} is missing`;
const required = process.env.RONGHE_REQUIRE_BROWSER === '1';

const dir = join(mkdtempSync(join(tmpdir(), 'ronghe-sens-report-')), 'results');
const made = ronghe(['sensitivity', writeDesign({ morris: { trajectories: 3, bootstrap: 100, parameters: PARAMETERS } }), '--out', dir, '--quiet', '--no-report']);

function sensitivityRows(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(dir, 'sensitivity.csv'), 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, c) => [names[c], cell])));
}

describe('sensitivity in the report data', () => {
  it('holds every index of sensitivity.csv, by outcome, arm, parameter and index', () => {
    expect(made.status, made.stderr).toBe(0);
    const { data } = buildReport(dir);
    if (data.kind === 'design') throw new Error('an experiment folder gave a design report');
    const s = data.sensitivity!;
    expect(s.method).toBe('morris');
    expect(s.indices).toEqual(['mu_star', 'mu', 'sigma']);
    expect(s.parameters.map((p) => p.name)).toEqual(PARAMETERS.map((p) => p.name));
    for (const row of sensitivityRows()) {
      const value = s.values[row.outcome]![0]![PARAMETERS.findIndex((p) => p.name === row.parameter)]![(s.indices as string[]).indexOf(row.index!)]!;
      expect(value[0]).toBeCloseTo(Number(row.estimate), 4);
      expect(value[1]).toBeCloseTo(Number(row.ci_low), 4);
      expect(value[2]).toBeCloseTo(Number(row.ci_high), 4);
    }
  });
});

if (noBrowser && required) {
  describe('sensitivity panel in a browser', () => {
    it('can run (RONGHE_REQUIRE_BROWSER=1)', () => {
      throw new Error(`RONGHE_REQUIRE_BROWSER=1 but ${noBrowser}`);
    });
  });
} else {
  describe.skipIf(noBrowser !== '')(noBrowser ? `sensitivity panel in a browser (skipped: ${noBrowser})` : 'sensitivity panel in a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'] });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('draws the parameters ranked by μ* with interval bars, lists them, and switches to Chinese', async () => {
      const file = buildReport(dir).file;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(90_000);
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route('**/*', (route) => (route.request().url().split('#')[0] === `file://${file}` ? route.continue() : route.abort()));
      await page.goto(`file://${file}#lang=en`);
      const panels = await page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')));
      expect(panels.slice(0, 2)).toEqual(['headline', 'sensitivity']);
      const panel = page.locator('[data-panel=sensitivity]');
      await panel.scrollIntoViewIfNeeded();
      await panel.and(page.locator(':not([data-stale])')).waitFor();
      await page.locator('[data-chart=sensitivity].js-plotly-plot').waitFor();
      const chart = await page.evaluate(() => {
        const gd = document.querySelector('[data-chart=sensitivity]');
        return gd.data.map((t: any) => ({ type: t.type, x: t.x, y: t.y, errors: t.error_x?.array?.length ?? 0 }));
      });
      const expected = sensitivityRows().filter((r) => r.outcome === 'online_access_rural' && r.index === 'mu_star').sort((a, b) => Number(a.rank) - Number(b.rank));
      expect(chart[0]!.type).toBe('bar');
      expect(chart[0]!.y).toEqual(expected.map((r) => r.parameter));
      chart[0]!.x.forEach((x: number, i: number) => expect(x).toBeCloseTo(Number(expected[i]!.estimate), 4));
      expect(chart[0]!.errors).toBe(PARAMETERS.length);
      expect(chart[1]!.type).toBe('scatter'); // σ as markers
      const table = await panel.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-parameter')));
      expect(table).toEqual(expected.map((r) => r.parameter));
      await page.click('#lang-toggle');
      expect(await panel.locator('h2').textContent()).toBe('敏感性分析');
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
