/**
 * Driving real chromium for the report's browser tests: which browser, how pages are opened with
 * every other request refused and counted, how charts are read, and raw HTTP requests for the
 * viewer's path checks.
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/*
 * The functions given to page.evaluate run in the browser. The project compiles without the DOM
 * library (it is a Node program), so the browser globals they use are declared here, loosely,
 * for this file only; a plotly chart is its element with the data and layout plotly attaches.
 */
declare const document: any;
declare const window: any;
export type Plot = { data: Trace[]; layout: any };
export type Trace = { type?: string; x?: unknown[]; y?: unknown[]; z?: (number | null)[][]; mode?: string; customdata?: string[]; marker: { color: (number | null)[] }; colorscale?: unknown };

export const CHROMIUM = '/usr/bin/chromium';
export const skipReason = existsSync(CHROMIUM) ? '' : `${CHROMIUM} is missing (.ci/run installs Debian's chromium package)`;
export const required = process.env.RONGHE_REQUIRE_BROWSER === '1';

/** What a page did besides drawing: console errors, script errors, dialogs, refused requests. */
export interface Watch {
  errors: string[];
  dialogs: string[];
  refused: string[];
}

/** Headless chromium, without the background requests this machine's closed network refuses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-domain-reliability', '--disable-sync', '--no-first-run', '--metrics-recording-only'],
  });
}

/** Opens a page; `allowed` says which request URLs may load (the rest are refused and noted). */
export async function openPage(browser: Browser, url: string, allowed: (u: string) => boolean): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // A busy shared machine can take long to draw; a broken page fails on its checks, not on time.
  page.setDefaultTimeout(90_000);
  const watch: Watch = { errors: [], dialogs: [], refused: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (allowed(u)) return route.continue();
    watch.refused.push(u);
    return route.abort();
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent !== '');
  return { page, watch };
}

/** A report from file://, where nothing but the file itself may load. */
export function openReportFile(browser: Browser, file: string, hash = ''): Promise<{ page: Page; watch: Watch }> {
  const url = `file://${file}${hash}`;
  return openPage(browser, url, (u) => u.split('#')[0] === `file://${file}`);
}

/**
 * Scrolls through the page, so that every panel is drawn in the current view (charts are
 * drawn when they come near the screen), and back to the top.
 */
export async function drawAll(page: Page): Promise<void> {
  for (const panel of await page.locator('[data-panel]').all()) {
    await panel.scrollIntoViewIfNeeded();
    await panel.and(page.locator(':not([data-stale])')).waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Each chart box (after drawing all): its name and whether plotly drew at least one trace with a number in it. */
export async function charts(page: Page): Promise<{ panel: string; chart: string; drawn: boolean; traces: number }[]> {
  await drawAll(page);
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-chart]')].map((box) => {
      const gd = box as Partial<Plot>;
      const numbers = (values: unknown[] | undefined) => (values ?? []).flat().some((v) => typeof v === 'number' && Number.isFinite(v));
      return {
        panel: box.closest('[data-panel]')!.getAttribute('data-panel')!,
        chart: box.getAttribute('data-chart')!,
        drawn: box.classList.contains('js-plotly-plot') && (gd.data ?? []).some((t) => numbers(t.x) && (numbers(t.y) || numbers(t.z as unknown[]))),
        traces: gd.data?.length ?? 0,
      };
    }),
  );
}

/** Nothing happened besides drawing: no errors, no dialogs, no refused requests. */
export const clean = (watch: Watch) => expect(watch).toEqual({ errors: [], dialogs: [], refused: [] });

/** A raw HTTP request: the path goes out exactly as written (fetch would normalise it). */
export function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
