/**
 * The report and the viewer in a real browser: Debian's chromium, headless, driven by
 * playwright-core. Reports open from file:// with every other request refused (and counted);
 * every chart panel must draw data, the language toggle must change the labels, the slider the
 * county view; hostile labels must show as text; no console errors; a screenshot is written.
 * The viewer must list the folders, serve their reports and refuse every path out of its root.
 *
 * Skipped when /usr/bin/chromium is missing, unless RONGHE_REQUIRE_BROWSER=1 (CI: .ci/run
 * installs chromium and sets it), which turns the skip into a failure.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../viz/report.ts';
import { startViewServer, type ViewServer } from '../../viz/server.ts';
import { charts, clean, drawAll, get, launchBrowser, openPage, openReportFile, required, skipReason, type Plot } from './browserPage.ts';
import { HOSTILE, makeFolders, type Folders } from './fixtures.ts';

/* The functions given to page.evaluate run in the browser; their globals, loosely (see browserPage.ts). */
declare const document: any;
declare const window: any;
declare const getComputedStyle: any;

if (skipReason && required) {
  describe('report in a browser', () => {
    it('can run (RONGHE_REQUIRE_BROWSER=1)', () => {
      throw new Error(`RONGHE_REQUIRE_BROWSER=1 but ${skipReason}`);
    });
  });
} else {
  if (skipReason) console.warn(`test/viz/browser skipped: ${skipReason}. Set RONGHE_REQUIRE_BROWSER=1 to make this a failure.`);
  describe.skipIf(skipReason !== '')(skipReason ? `report in a browser (skipped: ${skipReason})` : 'report in a browser', () => {
    let browser: Browser;
    let folders: Folders;
    let shots: string;

    beforeAll(async () => {
      folders = makeFolders();
      buildReport(folders.run);
      shots = mkdtempSync(join(tmpdir(), 'ronghe-shots-'));
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
    });

    const open = (url: string, allowed: (u: string) => boolean) => openPage(browser, url, allowed);
    const openFile = (file: string, hash = '') => openReportFile(browser, file, hash);

    it('draws every panel of an experiment report with data, offline, without errors; writes a screenshot', async () => {
      const { page, watch } = await openFile(join(folders.experiment, 'report.html'));
      const panels = await page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')));
      expect(panels).toEqual(['headline', 'keyResults', 'series', 'zones', 'participation', 'equity', 'county', 'provenance']);
      const drawn = await charts(page);
      expect(drawn.map((c) => `${c.panel}/${c.chart}`)).toEqual(['series/series', 'zones/zones', 'zones/gap', 'participation/age', 'participation/channel', 'participation/reports', 'equity/theil', 'equity/gini', 'county/county']);
      for (const c of drawn) expect(c.drawn, `${c.panel}/${c.chart}`).toBe(true);
      // Key results: a table per outcome, a row per arm, the best arm marked.
      expect(await page.locator('#panel-keyResults .outcome').count()).toBe(5);
      expect(await page.locator('#panel-keyResults .outcome[data-metric="participation"] tbody tr').count()).toBe(3);
      expect(await page.locator('#panel-keyResults .outcome[data-metric="participation"] tr.best').count()).toBe(1);
      // The best arm has ★ (clearly better) or ☆ (best point estimate only), never both.
      expect(await page.locator('#panel-keyResults .outcome[data-metric="participation"] tr.best .star').textContent()).toMatch(/^ [★☆]$/);
      // Key results hold numbers, not dashes: means, intervals and differences.
      const cells = await page.locator('#panel-keyResults .outcome[data-metric="participation"] tbody td').allTextContents();
      expect(cells.filter((c) => /\d/.test(c)).length).toBeGreaterThan(cells.length / 2);
      // The Theil between part's share per arm, in words (its bar is too thin to see).
      expect(await page.locator('[data-theil-shares] li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Denser grids: between = [\d.]+% of total$/)]));
      // The headline and the provenance with the command that reproduces the folder.
      expect(await page.locator('#panel-headline dl.facts').textContent()).toContain('9 planned');
      expect(await page.locator('#panel-provenance').textContent()).toMatch(/npx ronghe experiment .*hostile\.json --out/);
      const file = join(shots, 'experiment.png');
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(50_000);
      clean(watch);
      await page.close();
    });

    it('shows hostile labels as the text they are: nothing runs, no element is injected', async () => {
      const { page, watch } = await openFile(join(folders.experiment, 'report.html'));
      expect(await page.locator('h1').textContent()).toBe(`Experiment ${HOSTILE.script}`);
      expect(await page.title()).toBe(`Experiment ${HOSTILE.script} · Experiment report`);
      const armCells = await page.locator('#panel-keyResults .outcome[data-metric="participation"] tbody th').allTextContents();
      expect(armCells[0]).toContain(`Baseline ${HOSTILE.img}`);
      expect(armCells[1]).toContain(`Partners ${HOSTILE.script}`);
      expect(await page.evaluate(() => ({ scripts: document.scripts.length, images: document.images.length, bold: document.querySelectorAll('b').length }))).toEqual({ scripts: 3, images: 0, bold: 0 });
      // In charts too: plotly draws the legend and axis labels as the characters written.
      await drawAll(page);
      const legend = await page.locator('#panel-series .legendtext').allTextContents();
      expect(legend).toContain(`Partners ${HOSTILE.script}`);
      const ticks = await page.locator('#panel-zones [data-chart="gap"] .ytick text').allTextContents();
      expect(ticks).toContain(`Baseline ${HOSTILE.img}`);
      // The intervention's label in the hover of its start marker.
      const hover = await page.evaluate(() => {
        const gd = document.querySelector('[data-chart="series"]') as Plot;
        return gd.data.filter((t) => t.mode === 'markers').flatMap((t) => t.customdata ?? []);
      });
      expect(hover.join('\n')).toContain('%{y} &lt;b onmouseover=alert(3)&gt;bold&lt;/b&gt; &amp; "quotes"');
      expect(watch.dialogs).toEqual([]);
      clean(watch);
      await page.close();
    });

    it('switches every label between Chinese and English, and large font for projectors', async () => {
      const { page, watch } = await openFile(join(folders.experiment, 'report.html'));
      const labels = async () => {
        await drawAll(page);
        return page.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: document.querySelector('h1')!.textContent,
          nav: [...document.querySelectorAll('nav a')].map((a) => a.textContent).join('|'),
          heads: [...document.querySelectorAll('#panel-keyResults thead th')].slice(0, 8).map((th) => th.textContent).join('|'),
          axis: (document.querySelector('[data-chart="series"]') as Plot).layout.xaxis.title.text,
          title: (document.querySelector('[data-chart="theil"]') as Plot).layout.title.text,
          shares: document.querySelector('[data-theil-shares]')!.textContent,
          navLabel: document.querySelector('nav')!.getAttribute('aria-label'),
          marks: (document.querySelector('[data-chart="series"]') as Plot).data.filter((t) => t.mode === 'markers').flatMap((t) => t.customdata ?? []).join('|'),
          legend: [...document.querySelectorAll('[data-chart="zones"] .legendtext')].map((t) => t.textContent).join('|'),
          note: document.querySelector('#panel-county .note')!.textContent,
        }));
      };
      const en = await labels();
      expect(en).toMatchObject({ lang: 'en', axis: 'Years since start', legend: 'Urban|Rural|Migrant' });
      expect(en.nav).toContain('Key results');
      await page.click('#lang-toggle');
      const zh = await labels();
      expect(zh).toMatchObject({ lang: 'zh-CN', h1: `实验 ${HOSTILE.img}`, axis: '自开始的年数', legend: '城镇|农村|进城务工人员' });
      expect(zh.nav).toContain('主要结果');
      expect(zh).toMatchObject({ navLabel: '目录' });
      // An intervention without a label is named by its kind in Chinese, not by its code name.
      expect(zh.marks).toContain('网格化管理');
      expect(zh.marks).not.toContain('gridManagement');
      expect(zh.heads).toContain('95% 置信区间');
      for (const key of Object.keys(en) as (keyof typeof en)[]) expect(zh[key], key).not.toBe(en[key]);
      // No English word is left in the Chinese page's own labels (data, codes and numbers aside).
      const words = await page.evaluate(() => [...document.querySelectorAll('h2, h3, th, label, button:not(#lang-toggle), nav a, .note, dt')].map((e) => e.textContent).join(' '));
      expect(await page.locator('#lang-toggle').textContent()).toBe('English');
      expect(words.replace(/Node\.js|Git|Gini|PNG|ronghe|CSV|manifest\.json|places\/<方案>\.csv|places\.csv|95%|Experiment|Partners|Baseline|script|alert|img|src|onerror|x/g, '')).not.toMatch(/[A-Za-z]{3,}/);
      // Chinese stays after a reload: the choice is kept in the address.
      await page.reload();
      expect((await labels()).lang).toBe('zh-CN');

      await page.check('#large-toggle');
      await drawAll(page);
      const large = await page.evaluate(() => ({
        root: document.documentElement.classList.contains('large'),
        size: (document.querySelector('[data-chart="series"]') as Plot).layout.font.size,
        h1: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
      }));
      expect(large.root).toBe(true);
      expect(large.size).toBe(20);
      expect(large.h1).toBeGreaterThan(30);
      clean(watch);
      await page.close();
    });

    it('moves the county view with the slider and the play button', async () => {
      const { page, watch } = await openFile(join(folders.experiment, 'report.html'));
      await page.locator('#panel-county').scrollIntoViewIfNeeded();
      await page.locator('#panel-county:not([data-stale])').waitFor();
      const view = () =>
        page.evaluate(() => {
          const gd = document.querySelector('[data-chart="county"]') as Plot;
          return { colors: gd.data[0].marker.color.join(','), when: document.querySelector('#panel-county output')!.textContent };
        });
      const last = await view();
      expect(last.when).toBe('year 1, month 12');
      // Places are numbered from 1, as townships are.
      expect(await page.evaluate(() => (document.querySelector('[data-chart="county"]') as Plot).data[0].customdata![0])).toMatch(/^Place 1 \(/);
      await page.locator('#county-tick').fill('0');
      const first = await view();
      expect(first.when).toBe('year 1, month 3');
      expect(first.colors).not.toBe(last.colors);
      // Another outcome and another arm give other colours again.
      await page.selectOption('#county-metric', 'trust');
      const trust = await view();
      expect(trust.colors).not.toBe(first.colors);
      // Arms run on the same random numbers: before the partners start (day 91) the view is the
      // baseline's; by the end it differs.
      await page.selectOption('#county-arm', '1');
      expect((await view()).colors).toBe(trust.colors);
      await page.locator('#county-tick').fill('3');
      const partners = await view();
      await page.selectOption('#county-arm', '0');
      expect((await view()).colors).not.toBe(partners.colors);
      await page.selectOption('#county-arm', '1');
      await page.locator('#county-tick').fill('0');
      // Play runs through the periods to the end.
      await page.click('#county-play');
      await page.waitForFunction(() => document.querySelector('#panel-county output')!.textContent === 'year 1, month 12', null, { timeout: 10_000 });
      expect(await page.locator('#county-play').textContent()).toContain('Play');
      clean(watch);
      await page.close();
    });

    it('draws a sweep as a heatmap, and the sweep point chooses what the other panels show', async () => {
      const { page, watch } = await openFile(join(folders.sweep, 'report.html'));
      const drawn = await charts(page);
      expect(drawn.map((c) => c.panel)).toContain('sweep');
      for (const c of drawn) expect(c.drawn, `${c.panel}/${c.chart}`).toBe(true);
      const heatmap = await page.evaluate(() => (document.querySelector('[data-chart="sweep"]') as Plot).data[0]);
      expect(heatmap.type).toBe('heatmap');
      expect(heatmap.z!.flat().every((v) => typeof v === 'number')).toBe(true);
      // The baseline chosen, then differences: the baseline leaves the list (its cells would be empty).
      await page.selectOption('#sweep-arm', '0');
      await page.selectOption('#sweep-show', 'diff');
      const diff = await page.evaluate(() => (document.querySelector('[data-chart="sweep"]') as Plot).data[0]);
      expect(diff.colorscale).not.toBe('Cividis');
      expect(diff.z!.flat().every((v) => typeof v === 'number')).toBe(true);
      expect(await page.locator('#sweep-arm option').evaluateAll((os) => os.map((o) => o.value))).toEqual(['1']);
      const table = () => page.locator('#panel-keyResults .outcome[data-metric="participation"] tbody').textContent();
      const atFirst = await table();
      await page.selectOption('#point', '3');
      expect(await table()).not.toBe(atFirst);
      clean(watch);
      await page.close();
    });

    it('draws a single run’s report, with its county view', async () => {
      const { page, watch } = await openFile(join(folders.run, 'report.html'), '#lang=zh');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      const drawn = await charts(page);
      expect(drawn.map((c) => c.panel)).toEqual(expect.arrayContaining(['series', 'zones', 'participation', 'equity', 'county']));
      for (const c of drawn) expect(c.drawn, `${c.panel}/${c.chart}`).toBe(true);
      await page.screenshot({ path: join(shots, 'run.png'), fullPage: true });
      clean(watch);
      await page.close();
    });

    it('says clearly when a folder has no per-place data', async () => {
      const copy = join(mkdtempSync(join(tmpdir(), 'ronghe-noplaces-')), 'old');
      cpSync(folders.experiment, copy, { recursive: true });
      rmSync(join(copy, 'places'), { recursive: true });
      buildReport(copy);
      const { page, watch } = await openFile(join(copy, 'report.html'));
      expect(await page.locator('#panel-county [data-missing="places"]').textContent()).toContain('No per-place data in this folder');
      expect(await page.locator('#panel-county [data-chart]').count()).toBe(0);
      clean(watch);
      await page.close();
    });

    it('says how many runs of an unfinished experiment are done, not that the folder is old', async () => {
      const copy = join(mkdtempSync(join(tmpdir(), 'ronghe-running-')), 'running');
      cpSync(folders.experiment, copy, { recursive: true });
      for (const f of ['arms.csv', 'contrasts.csv', 'series', 'places']) rmSync(join(copy, f), { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as { status: string; runs: { digest: string | null }[] };
      manifest.status = 'running';
      manifest.runs.slice(6).forEach((r) => (r.digest = null));
      writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
      buildReport(copy);
      const { page, watch } = await openFile(join(copy, 'report.html'));
      const notes = () => Promise.all(['#panel-headline [data-missing="unfinished"]', '#panel-county [data-missing="places"]'].map((s) => page.locator(s).textContent()));
      for (const note of await notes()) {
        expect(note).toContain('6 of 9 runs done; summaries');
        expect(note).toContain('rerun the same command');
        expect(note).not.toContain('older version');
      }
      await page.click('#lang-toggle');
      for (const note of await notes()) expect(note).toContain('已完成 6/9 次运行');
      clean(watch);
      await page.close();
    });

    describe('ronghe view', () => {
      let viewer: ViewServer;
      // A secret beside the results folder (which sits in the temporary folder), and links inside it pointing out.
      const secretName = `ronghe-view-secret-${process.pid}.csv`;
      const secret = join(tmpdir(), secretName);

      beforeAll(async () => {
        writeFileSync(secret, 'SECRET-CONTENT\n');
        symlinkSync(secret, join(folders.experiment, 'leak.csv'));
        symlinkSync(join(folders.root, '..'), join(folders.root, 'door'));
        rmSync(join(folders.sweep, 'report.html'));
        viewer = await startViewServer(folders.root, 0);
      });

      afterAll(async () => {
        await viewer?.close();
        rmSync(secret, { force: true });
      });

      it('lists the results folders and serves their reports, building one that is missing', async () => {
        const page = await browser.newPage();
        await page.goto(viewer.url);
        const rows = await page.$$eval('tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
        expect(rows.map((r) => r[0]).sort()).toEqual(['hostile', 'run', 'sweep']);
        const hostile = rows.find((r) => r[0] === 'hostile')!;
        expect(hostile[1]).toBe(`Experiment ${HOSTILE.script}`);
        expect(hostile[3]).toBe(`Baseline ${HOSTILE.img} · Partners ${HOSTILE.script} · Denser grids`);
        expect(hostile.slice(4)).toEqual(['complete', '9/9 done, 0 failed']);
        expect(await page.evaluate(() => document.images.length + document.scripts.length)).toBe(0);
        await page.close();

        const origin = new URL(viewer.url).origin;
        const { page: report, watch } = await open(`${viewer.url}sweep/report.html`, (u) => u.startsWith(`${origin}/sweep/report.html`));
        expect((await charts(report)).every((c) => c.drawn)).toBe(true);
        expect(existsSync(join(folders.sweep, 'report.html'))).toBe(true);
        clean(watch);
        await report.close();
      });

      it.each([
        '/../' + secretName,
        '/%2e%2e/' + secretName,
        '/hostile/..%2f..%2f' + secretName,
        '/hostile/%2E%2E/%2E%2E/' + secretName,
        '/hostile/leak.csv',
        '/door/' + secretName,
        '/door/report.html',
        '/hostile/..%5c..%5c' + secretName,
        '/hostile/manifest.json%00.csv',
      ])('refuses %s', async (path) => {
        const r = await get(viewer.url, path);
        expect([400, 403, 404]).toContain(r.status);
        expect(r.body).not.toContain('SECRET-CONTENT');
      });

      it('serves result tables, and nothing to requests for another host or with another method', async () => {
        expect(await get(viewer.url, '/hostile/arms.csv')).toMatchObject({ status: 200 });
        expect((await get(viewer.url, '/hostile/runs/baseline')).status).toBe(404);
        expect((await get(viewer.url, '/', { Host: 'attacker.example' })).status).toBe(403);
        expect((await get(viewer.url, '/', {}, 'POST')).status).toBe(405);
        expect(viewer.server.address()).toMatchObject({ address: '127.0.0.1' });
      });
    });
  });
}
