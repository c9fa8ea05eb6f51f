import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refill } from '../../docs/cases/updateTables.ts';

const PAGE = `# A case

Some prose that stays.

| metric | baseline | arm_a |
| --- | --- | --- |
| \`unmet_share\` | old | old |
| \`satisfaction\` | old | old |
| \`cost\` | old | old |

Reading: untouched.`;

function resultsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ronghe-case-'));
  writeFileSync(
    join(dir, 'arms.csv'),
    [
      'arm,point,metric,n,mean,sd,ci_low,ci_high',
      'baseline,0,unmet_share,10,0.39412,0.01,0.38,0.40',
      'arm_a,0,unmet_share,10,0.33768,0.01,0.33,0.35',
      'baseline,0,satisfaction,10,0.5731,0.01,0.56,0.58',
      'arm_a,0,satisfaction,10,0.6,0.01,0.59,0.61',
      'baseline,0,cost,10,0,0,0,0',
      'arm_a,0,cost,10,2300000,0,2300000,2300000',
      'arm_a,1,unmet_share,10,0.9,0.01,0.9,0.9',
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'contrasts.csv'),
    [
      'point,arm,reference,metric,better,n,mean_diff,ci_low,ci_high,effect_size,p_improve,cost_diff_million_yuan,change_per_million_yuan',
      '0,arm_a,baseline,unmet_share,lower,10,-0.05644,-0.0579,-0.0548,3,1,2.3,-0.02',
      '0,arm_a,other,unmet_share,lower,10,0.5,0.4,0.6,3,1,2.3,-0.02',
      '0,arm_a,baseline,cost,lower,10,2300000,2300000,2300000,0,0,2.3,1',
    ].join('\n') + '\n',
  );
  return dir;
}

describe('case page tables', () => {
  const out = refill(PAGE, resultsFolder(), 'page.md');

  it('fills means, and paired differences from the first column only for outcomes with contrasts', () => {
    expect(out).toContain('| `unmet_share` | 0.394 | 0.338 (-0.0564 [-0.0579, -0.0548]) |');
    expect(out).toContain('| `satisfaction` | 0.573 | 0.600 |');
  });

  it('shows costs as whole yuan without an interval', () => {
    expect(out).toContain('| `cost` | 0 | 2,300,000 |');
  });

  it('leaves the prose and the table layout as they were', () => {
    expect(out.split('\n').length).toBe(PAGE.split('\n').length);
    expect(out).toContain('Some prose that stays.');
    expect(out).toContain('Reading: untouched.');
    expect(out).toContain('| metric | baseline | arm_a |');
  });

  it('names the page and the arm when the results lack a metric', () => {
    expect(() => refill(PAGE.replace('`satisfaction`', '`trust`'), resultsFolder(), 'page.md')).toThrow(/page.md: no mean of trust for arm baseline/);
  });
});
