/**
 * The report of a policy design folder, from one real `ronghe design` run (a 2,000-resident county
 * for half a year, three objectives, two generations of six; about 25 s): the report the command
 * writes at the end, the data it embeds (checked against packages.json and the stage the baseline
 * was re-run in), the viewer's listing, and the page in a real browser — every chart draws data,
 * choosing a package shows its levers and group effects, the language switches, and a package
 * exported from the page is an experiment file that loads.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExperiment } from '../../experiments/design/loader.ts';
import type { PackagesJson } from '../../experiments/search/outputs.ts';
import type { DesignReport } from '../../viz/designReport.ts';
import { listFolders } from '../../viz/folders.ts';
import { indexPage } from '../../viz/indexPage.ts';
import { reportData } from '../../viz/report.ts';
import { ronghe } from '../cli/run-cli.ts';
import { smallJson } from '../fixtures.ts';
import { clean, drawAll, launchBrowser, openReportFile, required, skipReason, type Plot } from './browserPage.ts';
import { HOSTILE } from './fixtures.ts';

/* The functions given to page.evaluate run in the browser; their globals, loosely (see browserPage.ts). */
declare const document: any;

let root: string;
let out: string;
let made: ReturnType<typeof ronghe>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ronghe-design-report-'));
  const base = smallJson();
  base.county.residents = 2000;
  writeFileSync(join(root, 'base.json'), JSON.stringify(base));
  const design = {
    name: 'tiny-report',
    labels: { zh: `小设计 ${HOSTILE.img}`, en: `Tiny design ${HOSTILE.script}` },
    scenario: 'base.json',
    years: 0.5,
    replications: 2,
    seed: 11,
    levers: [
      { kind: 'digitalRollout', name: 'digital', labels: { zh: `数字 ${HOSTILE.template}`, en: `Digital ${HOSTILE.template}` }, params: { trainingReachPerYear: { min: 0, max: 0.5 } }, targets: ['all', 'rural'] },
      { kind: 'whistleCoordination', name: 'whistle', params: { whistlesPerTownshipPerMonth: { min: 1, max: 30 } }, start: { min: 0, max: 0.25, integer: false } },
    ],
    constraints: { budget: { total: 200_000 } },
    objectives: ['group_gap_unmet_share', { metric: 'unmet_share', percentile: 90 }, 'cost_total'],
    search: { population: 6, generations: 1 },
    reevaluation: { replications: 3 },
  };
  writeFileSync(join(root, 'gap.design.json'), JSON.stringify(design));
  // Inside the root, as under results/: the viewer lists the folders of its root.
  out = join(root, 'gap');
  made = ronghe('design', join(root, 'gap.design.json'), '--out', out, '--workers', '2', '--quiet');
}, 300_000);

/** Equal to five significant digits (the report's rounding). */
const near = (a: number | null, b: number) => expect(Math.abs(a! - b)).toBeLessThanOrEqual(Math.abs(b) * 1e-4 + 1e-12);

const packagesJson = (): PackagesJson => JSON.parse(readFileSync(join(out, 'packages.json'), 'utf8')) as PackagesJson;

describe('the report of a design folder', () => {
  it('is written by ronghe design at the end, and the command says where', () => {
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Report written to ${join(out, 'report.html')}`);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });

  it('embeds the design, its packages with both estimates, the cloud, the progress and the experiment file', () => {
    const d = reportData(out) as DesignReport;
    const saved = packagesJson();
    expect(d).toMatchObject({ kind: 'design', name: 'tiny-report', status: 'complete', title: { en: `Tiny design ${HOSTILE.script}` } });
    expect(d.objectives.map((o) => [o.name, o.money, o.percentile])).toEqual([['group_gap_unmet_share', false, null], ['unmet_share_p90', false, 90], ['cost_total', true, null]]);
    expect(d.levers.map((l) => [l.name, l.params.map((p) => p.name), l.start, l.targets])).toEqual([['digital', ['trainingReachPerYear'], [0, 0], ['all', 'rural']], ['whistle', ['whistlesPerTownshipPerMonth'], [0, 0.25], ['all']]]);
    expect(d.levers[0].params[0].description?.zh).toMatch(/\p{Script=Han}/u);
    expect(d.packages.map((p) => p.id)).toEqual(saved.packages.map((p) => p.id));
    expect(d.packages.filter((p) => p.baseline).map((p) => p.id)).toEqual(['baseline']);
    saved.packages.forEach((s, i) => {
      const p = d.packages[i];
      expect(p.plan.total).toBeCloseTo(s.plan.total, 0);
      s.fresh!.forEach((e, k) => {
        expect(p.fresh![k][0]).toBe(e.n);
        for (const [cell, value] of [[1, e.value], [3, e.ciLow], [6, e.diffLow]] as const) near(p.fresh![k][cell], value);
      });
      expect(p.groups).toHaveLength(d.groupMetrics.length);
    });
    // Rounded for a small page: five significant digits at most.
    expect(d.packages.flatMap((p) => p.fresh!.flat()).every((v) => v === null || Number(v.toPrecision(5)) === v)).toBe(true);
    expect(d.groupMetrics).toContain('unmet_share_rural_60plus');
    for (const metric of d.groupMetrics) expect(d.labels[metric]?.en, metric).toMatch(/^Unmet-need share \(/);
    // Every candidate counted; the cloud holds the other packages run, not those drawn as the front.
    const evaluations = readFileSync(join(out, 'evaluations.csv'), 'utf8').trim().split('\n').length - 1;
    expect(d.counts.evaluations).toBe(evaluations);
    expect(d.cloud.cost.length).toBe(d.counts.packagesRun - d.packages.length);
    expect(d.generations.map((g) => g.generation)).toEqual([0, 1]);
    for (const g of d.generations) expect(g.hypervolume).toBeGreaterThan(0);
    const front = JSON.parse(readFileSync(join(out, 'front.experiment.json'), 'utf8'));
    expect(d.experiment).toEqual(front);
    expect(d.provenance.reproduce.map((s) => s.step)).toContain('rerun');
  });

  it('marks the baseline from the re-evaluation’s runs of it when it is not a package of the front', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'ronghe-design-nobase-')), 'gap');
    cpSync(out, copy, { recursive: true });
    const saved = packagesJson();
    const own = reportData(out) as DesignReport;
    writeFileSync(join(copy, 'packages.json'), JSON.stringify({ ...saved, packages: saved.packages.filter((p) => p.id !== 'baseline') }));
    const d = reportData(copy) as DesignReport;
    expect(d.packages.some((p) => p.baseline)).toBe(false);
    // The same runs as the baseline's own estimate on the front: the same values, intervals and n.
    d.baseline.fresh!.forEach((e, k) => {
      expect(e[0]).toBe(own.baseline.fresh![k][0]);
      for (const cell of [1, 3, 4]) near(e[cell], own.baseline.fresh![k][cell]!);
    });
    expect(d.baseline.search).toEqual(own.baseline.search);
  });

  it('is listed by the viewer with its packages', () => {
    const entry = listFolders(root).find((f) => f.name === 'gap');
    expect(entry).toMatchObject({ kind: 'design', status: 'complete', runs: null, title: { en: `Tiny design ${HOSTILE.script}` } });
    expect(entry!.arms.map((a) => a.en)).toEqual(packagesJson().packages.map((p) => p.id));
    const page = indexPage(listFolders(root), root, 'zh');
    expect(page).toContain('政策组合设计:');
    expect(page).not.toContain(HOSTILE.img);
  });
});

if (skipReason && required) {
  describe('design report in a browser', () => {
    it('can run (RONGHE_REQUIRE_BROWSER=1)', () => {
      throw new Error(`RONGHE_REQUIRE_BROWSER=1 but ${skipReason}`);
    });
  });
} else {
  describe.skipIf(skipReason !== '')('design report in a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    /** What the chosen package shows: its id, its levers, and the group chart's points. */
    const chosen = (page: Page) =>
      page.evaluate(() => ({
        id: document.querySelector('#panel-packages [data-selected]')?.getAttribute('data-selected'),
        levers: [...document.querySelectorAll('#panel-packages tr[data-lever]')].map((tr) => tr.getAttribute('data-lever')),
        groups: ((document.querySelector('[data-chart="groups"]') as Plot | null)?.data?.[0]?.x ?? []).filter((v) => typeof v === 'number').length,
      }));

    it('draws every chart with data, offline, shows labels as text; choosing a package (row or point) shows its levers and group effects', async () => {
      const { page, watch } = await openReportFile(browser, join(out, 'report.html'));
      expect(await page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')))).toEqual(['designAnswer', 'front', 'packages', 'searchProgress', 'provenance']);
      await drawAll(page);
      const drawn = await page.$$eval('[data-chart]', (boxes) =>
        boxes.map((box) => {
          const gd = box as unknown as Plot;
          const numbers = (values: unknown[] | undefined) => (values ?? []).some((v) => typeof v === 'number' && Number.isFinite(v));
          return `${box.getAttribute('data-chart')} ${(gd.data ?? []).some((t) => numbers(t.x) && numbers(t.y))}`;
        }),
      );
      expect(drawn).toEqual(['front-group_gap_unmet_share true', 'front-unmet_share_p90 true', 'groups true', 'hypervolume true', 'frontSize true']);
      expect(await page.locator('h1').textContent()).toBe(`Tiny design ${HOSTILE.script}`);
      expect(await page.evaluate(() => ({ scripts: document.scripts.length, images: document.images.length, bold: document.querySelectorAll('b').length }))).toEqual({ scripts: 3, images: 0, bold: 0 });
      const ids = packagesJson().packages.map((p) => p.id);
      expect(await page.locator('#panel-designAnswer .answers li').count()).toBe(ids.length);
      expect(await page.locator('#panel-designAnswer .answers li').first().textContent()).toMatch(/vs baseline, fresh seeds\); planned cost [\d.]+ million yuan$/);

      const packages = ids.filter((id) => id !== 'baseline');
      const first = await chosen(page);
      expect(first).toMatchObject({ id: packages[0], groups: 9 });
      expect(first.levers.length).toBeGreaterThan(0);
      await page.locator(`#panel-packages tbody tr[data-package="baseline"]`).click();
      // The baseline is the reference: no levers, no group differences to draw.
      expect(await chosen(page)).toMatchObject({ id: 'baseline', levers: [], groups: 0 });
      expect(await page.locator('#panel-packages .export').textContent()).toContain('nothing to export');
      // A click on a package's fresh point on the front chooses it.
      await page.locator('#panel-front').scrollIntoViewIfNeeded();
      const point = await page.evaluate(() => {
        const gd = document.querySelector('[data-chart="front-group_gap_unmet_share"]') as any;
        const { xaxis, yaxis, _size } = gd._fullLayout;
        const box = gd.getBoundingClientRect();
        const trace = gd.data[3];
        return { x: box.left + _size.l + xaxis.l2p(trace.x[0]), y: box.top + _size.t + yaxis.l2p(trace.y[0]) };
      });
      await page.mouse.click(point.x, point.y);
      await page.waitForFunction((id) => document.querySelector('#panel-packages [data-selected]')?.getAttribute('data-selected') === id, packages[0]);
      clean(watch);
      await page.close();
    });

    it('switches to Chinese (money in 万元), and exports the chosen package as an experiment file that loads from the design folder', async () => {
      const { page, watch } = await openReportFile(browser, join(out, 'report.html'));
      await page.click('#lang-toggle');
      await drawAll(page);
      const zh = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        front: document.querySelector('#panel-front h2').textContent,
        axis: (document.querySelector('[data-chart="front-group_gap_unmet_share"]') as Plot).layout.xaxis.title.text,
        cost: document.querySelector('#panel-packages tbody tr td.num').textContent,
        h1: document.querySelector('h1').textContent,
      }));
      expect(zh).toEqual({ lang: 'zh-CN', front: '成本与效果的前沿', axis: '计划成本(万元)', cost: expect.stringMatching(/^[\d.]+ 万元$/), h1: `小设计 ${HOSTILE.img}` });
      const id = (await chosen(page)).id!;
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-package')]);
      expect(download.suggestedFilename()).toBe(`tiny-report-${id}.experiment.json`);
      // Saved in the design folder, as the page says: its scenario path is relative to it.
      const file = join(out, download.suggestedFilename());
      await download.saveAs(file);
      const { experiment, baseScenario } = loadExperiment(file);
      expect(experiment.arms.map((a) => a.name)).toEqual(['baseline', id]);
      expect(experiment.replications).toBe(3);
      expect(baseScenario.county.residents).toBe(2000);
      const front = JSON.parse(readFileSync(join(out, 'front.experiment.json'), 'utf8'));
      const saved = JSON.parse(readFileSync(file, 'utf8'));
      expect(saved.arms).toEqual(front.arms.filter((a: { name: string }) => a.name === 'baseline' || a.name === id));
      expect(saved.description).toContain('政策组合设计');
      expect(await page.locator('#panel-packages code[data-command="package"]').textContent()).toBe(`npx ronghe experiment ${file}`);
      clean(watch);
      await page.close();
    });
  });
}
