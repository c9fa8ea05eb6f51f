/**
 * Results folders for the report tests, made with the real `ronghe` command on a 2,000-resident
 * county: an experiment whose labels try to inject markup and script, a two-parameter sweep,
 * and a single run. Each takes a few seconds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ronghe } from '../cli/run-cli.ts';
import { smallJson } from '../fixtures.ts';

/** Labels that would run script if a page ever interpreted them as HTML. */
export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  script: '</script><script>alert(2)</script>',
  template: '%{y} <b onmouseover=alert(3)>bold</b> & "quotes"',
};

export interface Folders {
  root: string;
  experiment: string;
  sweep: string;
  run: string;
}

/** Makes the three folders under a new temporary root (the viewer's results folder). */
export function makeFolders(): Folders {
  const root = mkdtempSync(join(tmpdir(), 'ronghe-viz-'));
  const inputs = mkdtempSync(join(tmpdir(), 'ronghe-viz-inputs-'));
  const base = smallJson();
  base.county.residents = 2000;
  base.years = 1;
  base.labels = { zh: `小县 ${HOSTILE.template}`, en: `Small ${HOSTILE.template}` };
  writeFileSync(join(inputs, 'base.json'), JSON.stringify(base));

  const experiment = {
    name: 'hostile',
    labels: { zh: `实验 ${HOSTILE.img}`, en: `Experiment ${HOSTILE.script}` },
    scenario: 'base.json',
    replications: 3,
    seed: 11,
    recordEvery: 'quarter',
    arms: [
      { name: 'baseline', labels: { zh: `基线 ${HOSTILE.img}`, en: `Baseline ${HOSTILE.img}` } },
      {
        name: 'partner',
        labels: { zh: `合伙人 ${HOSTILE.script}`, en: `Partners ${HOSTILE.script}` },
        interventions: [{ kind: 'partnerMechanism', start: 0.25, params: { partnersPerGrid: 5 }, cost: { fixed: 50000, perYear: 300000 }, label: { zh: HOSTILE.template, en: HOSTILE.template } }],
      },
      { name: 'grid', labels: { zh: '网格加密', en: 'Denser grids' }, interventions: [{ kind: 'gridManagement', start: 0.5, params: { workersPerGrid: 3 } }] },
    ],
    outcomes: ['participation', 'gap_participation', 'satisfaction_rural', 'resolution_days_mean', 'cost'],
  };
  writeFileSync(join(inputs, 'hostile.json'), JSON.stringify(experiment));

  const sweep = {
    name: 'sweep',
    labels: { zh: '双参数扫描', en: 'Two-parameter sweep' },
    scenario: 'base.json',
    years: 0.5,
    replications: 2,
    seed: 5,
    recordEvery: 'quarter',
    arms: [{ name: 'baseline' }, { name: 'grid', interventions: [{ kind: 'gridManagement', start: 0.25, params: { workersPerGrid: 3 } }] }],
    sweep: {
      grid: [
        { name: 'temperature', path: '/participation/temperature', values: [0.2, 0.3] },
        { name: 'threshold', path: '/digital/skillThreshold', values: [0.25, 0.45] },
      ],
    },
    outcomes: ['participation', 'satisfaction'],
  };
  writeFileSync(join(inputs, 'sweep.json'), JSON.stringify(sweep));

  const folders = { root, experiment: join(root, 'hostile'), sweep: join(root, 'sweep'), run: join(root, 'run') };
  for (const [file, out] of [
    ['hostile.json', folders.experiment],
    ['sweep.json', folders.sweep],
  ]) {
    const r = ronghe('experiment', join(inputs, file), '--out', out, '--workers', '2', '--quiet');
    expect(r.status, r.stderr).toBe(0);
  }
  const r = ronghe('run', join(inputs, 'base.json'), '--seed', '3', '--out', folders.run, '--quiet');
  expect(r.status, r.stderr).toBe(0);
  return folders;
}
