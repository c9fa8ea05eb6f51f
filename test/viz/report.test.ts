/**
 * The report as a file: what `ronghe experiment` and `ronghe report` write, that it is one
 * self-contained page whose embedded data holds hostile labels only as data, and what the data
 * holds for an experiment, a sweep and a single run. The page in a real browser is
 * browser.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../viz/csv.ts';
import { INTERVENTION_KINDS } from '../../engine/interventions/registry.ts';
import { FolderFiles } from '../../output/folderFiles.ts';
import { interventionName } from '../../viz/interventionNames.ts';
import { listFolders } from '../../viz/folders.ts';
import { readPlaces } from '../../viz/places.ts';
import type { ReportData } from '../../viz/reportData.ts';
import { startViewServer } from '../../viz/server.ts';
import { ronghe } from '../cli/run-cli.ts';
import { HOSTILE, makeFolders, type Folders } from './fixtures.ts';

let folders: Folders;

beforeAll(() => {
  folders = makeFolders();
});

/** The page's embedded data, read back as the page's script reads it. */
function embedded(html: string): ReportData {
  const match = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]) as ReportData;
}

it('names every intervention kind in both languages, and an unknown kind by its code name', () => {
  for (const kind of Object.keys(INTERVENTION_KINDS)) {
    const name = interventionName(kind);
    expect(name.zh, kind).toMatch(/\p{Script=Han}/u);
    expect(name.en, kind).toMatch(/^[A-Z][A-Za-z -]+$/);
  }
  expect(interventionName('someNewerKind')).toEqual({ zh: 'someNewerKind', en: 'someNewerKind' });
});

describe('ronghe experiment writes the report', () => {
  it('at the end, as one page with everything inline: no external script, style, font or link, and a policy forbidding requests', () => {
    const html = readFileSync(join(folders.experiment, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link\b|<iframe\b|<img\b|@import|url\(http/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('holds hostile labels only as data: never as markup in the page, exactly as written in the data', () => {
    const html = readFileSync(join(folders.experiment, 'report.html'), 'utf8');
    for (const label of Object.values(HOSTILE)) expect(html).not.toContain(label);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    // The title element escapes too.
    expect(html).toContain('<title>Experiment &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; · ronghe</title>');
    const data = embedded(html);
    expect(data.title.en).toBe(`Experiment ${HOSTILE.script}`);
    expect(data.arms.map((a) => a.labels.zh)).toEqual([`基线 ${HOSTILE.img}`, `合伙人 ${HOSTILE.script}`, '网格加密']);
    expect(data.arms[1].interventions[0].label?.en).toBe(HOSTILE.template);
  });
});

describe('the embedded data of an experiment', () => {
  let data: ReportData;
  beforeAll(() => {
    data = embedded(readFileSync(join(folders.experiment, 'report.html'), 'utf8'));
  });

  it('names the experiment, its arms, replications, seeds and status', () => {
    expect(data).toMatchObject({ kind: 'experiment', name: 'hostile', baseline: 0, replications: 3, masterSeed: 11, status: 'complete', sweepKind: null });
    expect(data.arms.map((a) => a.name)).toEqual(['baseline', 'partner', 'grid']);
    expect(data.provenance.seeds).toHaveLength(1);
    expect(data.provenance.seeds[0]).toHaveLength(3);
    expect(data.provenance.runs).toEqual({ planned: 9, done: 9, failed: 0 });
  });

  it('has each outcome per arm with its interval, and contrasts against the baseline for the other arms', () => {
    for (const { metric } of data.outcomes) {
      for (let arm = 0; arm < 3; arm++) {
        const [n, mean, lo, hi] = data.stats[metric][arm][0]!;
        expect(n).toBe(3);
        expect(lo! <= mean! && mean! <= hi!).toBe(true);
      }
      expect(data.contrasts[metric][0][0]).toBeNull();
      expect(data.contrasts[metric][1][0]![0]).toBe(3);
    }
    // As contrasts.csv says, to the five significant digits kept.
    const csv = parseCsv(readFileSync(join(folders.experiment, 'contrasts.csv'), 'utf8'));
    const row = csv.rows.find((r) => r[1] === 'partner' && r[2] === 'baseline' && r[3] === 'cost')!;
    expect(data.contrasts.cost[1][0]![5]).toBe(Number(Number(row[csv.header.indexOf('cost_diff_million_yuan')]).toPrecision(5)));
    expect(data.contrasts.cost[1][0]![1]).toBe(Number(Number(row[csv.header.indexOf('mean_diff')]).toPrecision(5)));
  });

  it('has the panels’ metrics: zones and gaps, age groups, channels, Theil parts, Gini — and labels for all', () => {
    for (const m of ['participation_urban', 'participation_rural', 'participation_migrant', 'gap_participation', 'participation_age_60plus', 'participation_online', 'reports_grid_visit', 'theil_service_between', 'theil_service_within', 'gini_service']) {
      expect(data.stats[m]?.[0][0]?.[1], m).toEqual(expect.any(Number));
      expect(data.labels[m].en).not.toBe(m);
      expect(data.labels[m].zh).not.toBe(m);
    }
  });

  it('has the series of every outcome with 5–95% bands at each quarter, and the interventions’ starts', () => {
    expect(data.series.ticks.x).toEqual([0.2466, 0.4959, 0.7479, 1]);
    const band = data.series.data.participation[1][0]!;
    expect(band.mean).toHaveLength(4);
    band.mean.forEach((m, t) => expect(band.p5![t]! <= m! && m! <= band.p95![t]!).toBe(true));
    expect(data.arms.map((a) => a.interventions.map((i) => i.start))).toEqual([[], [0.25], [0.5]]);
    // An intervention without a label is named by its kind, in both languages.
    expect(data.arms[2].interventions[0]).toMatchObject({ kind: 'gridManagement', name: { zh: '网格化管理', en: 'Grid management' }, label: null });
  });

  it('has per-place means laid out, with a colour range per metric', () => {
    const places = data.places!;
    expect(places.metrics).toEqual(['participation', 'satisfaction', 'trust', 'online_access']);
    const n = places.township.length;
    expect(n).toBeGreaterThan(0);
    expect(places.x).toHaveLength(n);
    expect(places.values.participation[2][0]).toHaveLength(places.ticks.x.length * n);
    const [lo, hi] = places.range.participation;
    expect(lo).toBeLessThan(hi);
  });

  it('says how to reproduce: the recorded commit, npm ci, the same command, and the reproduce check', () => {
    const steps = data.provenance.reproduce;
    expect(steps.map((s) => s.step)).toEqual(['checkout', 'install', 'rerun', 'check']);
    expect(steps[0].command).toMatch(/^git checkout [0-9a-f]{40}$/);
    expect(steps[2].command).toMatch(/^npx ronghe experiment .*hostile\.json --out .*hostile --workers 2 --quiet$/);
    expect(steps[3].command).toBe(`npx ronghe reproduce ${folders.experiment}`);
  });
});

describe('a sweep', () => {
  it('has its points and swept values, and statistics at every point', () => {
    const data = embedded(readFileSync(join(folders.sweep, 'report.html'), 'utf8'));
    expect(data.sweepKind).toBe('grid');
    expect(data.params).toEqual([
      { name: 'temperature', path: '/participation/temperature', values: [0.2, 0.3] },
      { name: 'threshold', path: '/digital/skillThreshold', values: [0.25, 0.45] },
    ]);
    expect(data.points.map((p) => p.values)).toEqual([
      { temperature: 0.2, threshold: 0.25 },
      { temperature: 0.2, threshold: 0.45 },
      { temperature: 0.3, threshold: 0.25 },
      { temperature: 0.3, threshold: 0.45 },
    ]);
    for (let p = 0; p < 4; p++) expect(data.stats.participation[1][p]![1]).toEqual(expect.any(Number));
    expect(data.series.points).toEqual([0, 1, 2, 3]);
    expect(data.places!.points).toEqual([0, 1, 2, 3]);
  });

  it('keeps the per-place values of the first points only when they exceed the budget, and says so', () => {
    const sweepFiles = new FolderFiles(folders.sweep);
    const full = readPlaces(sweepFiles, [0, 1].map((arm) => ({ path: `places/${['baseline', 'grid'][arm]}.csv`, arm })), 2, 4, 'mean')!;
    const perPoint = 2 * full.data.ticks.x.length * full.data.township.length * full.data.metrics.length;
    const cut = readPlaces(sweepFiles, [0, 1].map((arm) => ({ path: `places/${['baseline', 'grid'][arm]}.csv`, arm })), 2, 4, 'mean', perPoint * 2)!;
    expect(cut.keptPoints).toBe(2);
    expect(cut.data.points).toEqual([0, 1]);
    expect(cut.data.values.trust[1]).toHaveLength(2);
    expect(cut.data.values.trust[1][1]).toEqual(full.data.values.trust[1][1]);
  });
});

describe('ronghe report', () => {
  it('writes a run folder’s report where --out says, opening in the language --lang says', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ronghe-report-')), 'run.html');
    const r = ronghe('report', folders.run, '--lang', 'zh', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('报告已写入');
    const data = embedded(readFileSync(out, 'utf8'));
    expect(data).toMatchObject({ kind: 'run', lang: 'zh', baseline: null, replications: 1 });
    expect(data.title.en).toBe(`Small ${HOSTILE.template}`);
    expect(data.stats.participation[0][0]).toEqual([1, expect.any(Number), null, null]);
    expect(data.series.data.participation[0][0]!.mean).toHaveLength(12); // monthly over a year
    expect(data.series.data.participation[0][0]!.p5).toBeNull();
    expect(data.places!.values.participation[0][0]).toHaveLength(12 * data.places!.township.length);
    expect(data.provenance.seeds).toEqual([[3]]);
    expect(data.provenance.reproduce.at(-1)!.command).toMatch(/^npx ronghe run .*base\.json --seed 3 --out .*run --quiet$/);
  });

  it('builds the report of a folder made with --no-report (which has none)', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'ronghe-report-')), 'sweep');
    const file = readFileSync(join(folders.sweep, 'manifest.json'), 'utf8');
    const experimentFile = (JSON.parse(file) as { experimentFile: string }).experimentFile;
    const made = ronghe('experiment', experimentFile, '--out', copy, '--workers', '2', '--quiet', '--no-report');
    expect(made.status, made.stderr).toBe(0);
    expect(existsSync(join(copy, 'report.html'))).toBe(false);
    const r = ronghe('report', copy);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Report written to .*report\.html \(\d+\.\d MB, opens offline\)/);
    expect(embedded(readFileSync(join(copy, 'report.html'), 'utf8')).name).toBe('sweep');
    rmSync(copy, { recursive: true });
  });

  it('refuses a run folder without summary.json, with exit code 2 naming the file', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'ronghe-report-')), 'run');
    cpSync(folders.run, copy, { recursive: true });
    rmSync(join(copy, 'summary.json'));
    const r = ronghe('report', copy);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('no summary.json');
    expect(r.stderr).not.toContain('ENOENT');
  });

  it('refuses a folder that is not a results folder, with exit code 2 and what to give instead', () => {
    const r = ronghe('report', tmpdir());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no manifest.json');
    expect(r.stderr).toContain('ronghe run or ronghe experiment');
  });
});

describe('files linked from outside the folder', () => {
  // A manifest that would be embedded (with its marked title) if links were followed out.
  let root: string;
  beforeAll(() => {
    const outside = mkdtempSync(join(tmpdir(), 'ronghe-outside-'));
    const manifest = JSON.parse(readFileSync(join(folders.run, 'manifest.json'), 'utf8')) as { scenario: { labels: { en: string } } };
    manifest.scenario.labels.en = 'SECRET-MANIFEST';
    writeFileSync(join(outside, 'manifest.json'), JSON.stringify(manifest));
    cpSync(join(folders.experiment, 'arms.csv'), join(outside, 'arms.csv'));
    root = mkdtempSync(join(tmpdir(), 'ronghe-links-'));
    cpSync(folders.run, join(root, 'sym'), { recursive: true });
    cpSync(folders.experiment, join(root, 'csvlink'), { recursive: true });
    for (const [folder, file] of [['sym', 'manifest.json'], ['csvlink', 'arms.csv']]) {
      rmSync(join(root, folder, file));
      rmSync(join(root, folder, 'report.html'), { force: true });
      symlinkSync(join(outside, file), join(root, folder, file));
    }
  });

  it.each([['sym', 'manifest.json'], ['csvlink', 'arms.csv']])('ronghe report refuses %s (its %s links out), exit 2', (folder, file) => {
    const r = ronghe('report', join(root, folder));
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${file} is a link to a file outside it`);
    expect(existsSync(join(root, folder, 'report.html'))).toBe(false);
  });

  it('the viewer neither lists nor builds them', async () => {
    expect(listFolders(root).map((f) => f.name)).toEqual(['csvlink']);
    const viewer = await startViewServer(root, 0);
    try {
      const index = await (await fetch(viewer.url)).text();
      expect(index).not.toContain('SECRET-MANIFEST');
      for (const folder of ['sym', 'csvlink']) {
        const r = await fetch(`${viewer.url}${folder}/report.html`);
        expect(r.status, folder).toBe(403);
        expect(await r.text()).not.toContain('SECRET-MANIFEST');
      }
    } finally {
      await viewer.close();
    }
  });
});

describe('a crafted manifest or table', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ronghe-crafted-'));
    // An arm named as a path would read series/../../../x/y.csv: any CSV on the machine.
    cpSync(folders.experiment, join(root, 'climb'), { recursive: true });
    const file = join(root, 'climb', 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { experiment: { arms: { name: string }[] } };
    manifest.experiment.arms[1].name = '../../../x/y';
    writeFileSync(file, JSON.stringify(manifest));
    // A table whose header is secret: the error naming its columns must not reach the browser.
    cpSync(folders.experiment, join(root, 'header'), { recursive: true });
    writeFileSync(join(root, 'header', 'arms.csv'), 'SECRET-HEADER,x\n1,2\n');
    for (const f of ['climb', 'header']) rmSync(join(root, f, 'report.html'));
  });

  it('ronghe report refuses an arm name that is not a plain name, exit 2, naming it', () => {
    const r = ronghe('report', join(root, 'climb'));
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('/experiment/arms/1/name');
    expect(r.stderr).toContain('^[a-z0-9][a-z0-9_-]{0,63}$');
  });

  it('the viewer answers a fixed 500 and keeps the details on its console', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => logged.push(String(chunk)) > 0);
    const viewer = await startViewServer(root, 0);
    try {
      for (const folder of ['climb', 'header']) {
        const r = await fetch(`${viewer.url}${folder}/report.html`);
        expect(r.status, folder).toBe(500);
        const body = await r.text();
        expect(body).toBe("500 Internal error: the report could not be built; see the viewer's console\n");
      }
    } finally {
      spy.mockRestore();
      await viewer.close();
    }
    expect(logged.join('')).toContain('SECRET-HEADER');
    expect(logged.join('')).toContain('/experiment/arms/1/name');
  });
});
