import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_METRICS } from '../../engine/metrics/builtins.ts';
import { METRICS_PAGE, metricsPage } from '../../docs/metricsPage.ts';

describe('docs/metrics.md', () => {
  it('is what `npm run docs:metrics` writes from the catalogue (rerun it after changing the catalogue)', () => {
    expect(readFileSync(new URL(`../../${METRICS_PAGE}`, import.meta.url), 'utf8')).toBe(metricsPage());
  });

  it('lists every built-in metric', () => {
    const page = metricsPage();
    for (const m of BUILTIN_METRICS) expect(page, m).toContain(`| \`${m}\` |`);
  });
});
