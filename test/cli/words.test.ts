/**
 * The terminal's words (cli/words.ts): every entry has a non-empty Chinese and English text, the
 * Chinese one in Chinese, for sample arguments of each entry. SAMPLES is typed from the table, so
 * a new entry with arguments does not compile until its sample arguments are added here.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../base/lang.ts';
import { WORDS, words, type WordKey, type Words } from '../../cli/words.ts';

type FunctionKey = { [K in WordKey]: Words[K] extends (...args: never[]) => unknown ? K : never }[WordKey];

const SAMPLES: { [K in FunctionKey]: Parameters<Words[K]> } = {
  runWritten: ['results/small-seed1', '1.2'],
  resultsWritten: ['results/patterns.json'],
  summaryTitle: [5, 1],
  validScenario: ['small.json', 'label', { residents: 20000, townships: 4, villages: 12, communities: 4 }, 5, 'none'],
  budgetFits: [3_000_000, 2_505_000, 2],
  budgetScaled: [500_000, 0.213],
  validExperiment: ['levers.json', 'label', { scenario: 'county.json', arms: 8, armNames: 'a, b', points: 1, replications: 30, runs: 240 }],
  validDesign: ['design-gap.json', 'label', { scenario: 'small.json', levers: 4, leverNames: 'a, b', variables: 12, objectives: [{ name: 'x', better: 'lower' }, { name: 'y', better: 'zero' }] }],
  designConstraints: [{ budgetTotal: 6_000_000, budgetPerYear: null, staffDaysPerYear: { department: 2000 } }],
  viewing: ['/results', 'http://127.0.0.1:8080'],
  reportWritten: ['results/x/report.html', '5.0'],
  reportFailed: ['boom', 'results/x'],
  merged: [2, 16, 'results/x'],
  reproduced: [2],
  notReproduced: [1, 2],
  discardedRuns: [2, 'r1, r2'],
  shardPart: [0, 2, '--shard'],
  experimentStart: ['', 16, 16, 4, 'results/x'],
  experimentWritten: ['results/x', 16, 0],
  shardWritten: ['results/x/shards/0-of-2', 'results/x'],
  headlineHead: ['baseline'],
  runsFailed: [1, 15],
  calibrating: ['results/cal', 4],
  generation: ['0'],
  batchPlan: ['generation 0', 60, 60],
  generationDone: ['19.6', '100%', '4', 4],
  calibrationFailures: [1],
  calibrationWritten: ['results/cal', 'results/cal/calibrated.json'],
  designing: ['results/gap', 2, 16, 8],
  designGeneration: [3, 8, 12, 5, 14, ', about 2.5 min left'],
  minutesLeft: ['2.5'],
  designSummary: [144, 90, 1080, '0.21 → 0.68'],
  frontTitle: [6, 20],
  searchCol: ['group_gap_unmet_share'],
  freshCol: ['group_gap_unmet_share'],
  designFailures: [2],
  designWritten: ['results/gap', 'results/gap/front.experiment.json'],
  plannedCost: [1234567],
  designShardDone: ['g2', 1, 4, 'results/gap'],
  designStageWaiting: ['g2', 'results/gap', 'no shard has run yet'],
  posteriorTitle: [2, 12],
  fewParticles: ['2', 30],
  days: ['1.50'],
  patternNote: [[1, 2]],
  patternsPass: [3],
  patternsFail: [['a'], 3],
};

/** Each entry's text in a language: the text itself, a header's cells joined, or the function called with its sample. */
function texts(key: WordKey, entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  if (Array.isArray(entry)) return entry as string[];
  const made = (entry as (...args: unknown[]) => string | string[])(...(SAMPLES as Record<string, unknown[]>)[key]!);
  return Array.isArray(made) ? made : [made];
}

describe('the terminal words (cli/words.ts)', () => {
  const keys = Object.keys(WORDS) as WordKey[];

  it('has sample arguments for every entry with arguments, and no others', () => {
    const needing = keys.filter((k) => typeof WORDS[k].en === 'function').sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(needing);
  });

  it.each(keys)('%s has a non-empty text in each language, and Chinese in the Chinese one', (key) => {
    for (const lang of LANGS) {
      const all = texts(key, words(lang)[key]);
      expect(all.length).toBeGreaterThan(0);
      for (const text of all) expect(text.trim(), `${key} (${lang})`).not.toBe('');
    }
    expect(texts(key, words('zh')[key]).join(' ')).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(keys)('%s has no Chinese in its English text', (key) => {
    for (const text of texts(key, words('en')[key])) expect(text, key).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
