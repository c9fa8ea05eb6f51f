import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GOLDEN_FILE, goldenRun } from '../golden/golden.ts';

it('reproduces the golden run exactly (regenerate only with `npm run update-golden`)', () => {
  const stored = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8'));
  const now = goldenRun();
  expect(now.summary).toBe(stored.summary);
  expect(now.seriesSha256).toBe(stored.seriesSha256);
});
