/**
 * Small sensitivity designs on a 2,000-resident county for one year, for end-to-end tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smallJson } from '../fixtures.ts';

/** Two parameters that drive online access, and one (mobilisation) that cannot touch it. */
export const PARAMETERS = [
  { name: 'skill_threshold', path: '/digital/skillThreshold', min: 0.2, max: 0.5 },
  { name: 'coverage_rural', path: '/digital/coverage/rural', min: 0.6, max: 1 },
  { name: 'mobilisation', path: '/participation/weights/mobilisation', min: 0.5, max: 2, distribution: 'triangular', mode: 1.2 },
];

/** Writes base.json and an experiment with the given sweep into a new folder; returns the file. */
export function writeDesign(sweep: unknown, extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ronghe-sens-'));
  const base = smallJson();
  base.county.residents = 2000;
  base.years = 1;
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
  const experiment = { name: 'tiny-sensitivity', scenario: 'base.json', replications: 1, seed: 7, recordEvery: 'year', arms: [{ name: 'baseline' }], sweep, outcomes: ['online_access_rural', 'gap_participation'], ...extra };
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(experiment, null, 2));
  return file;
}

