/** The examples in experiments/README.md are valid and behave as it says. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../../experiments/design/loader.ts';

const README = readFileSync(new URL('../../../experiments/README.md', import.meta.url), 'utf8');
const DIR = fileURLToPath(new URL('../../../experiments/', import.meta.url));
const blocks = [...README.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('experiments/README.md', () => {
  it('the example experiment is valid: 3 arms × 2 points', () => {
    const loaded = parseExperiment(JSON.parse(blocks[0]!), 'README example', DIR);
    expect(loaded.experiment.arms).toHaveLength(3);
    expect(loaded.points).toHaveLength(2);
    expect(loaded.experiment.replications).toBe(30);
  });

  it('the sweep snippets are valid', () => {
    const example = JSON.parse(blocks[0]!) as Record<string, unknown>;
    const [grid, lhs] = blocks.slice(1, 3).map((b) => JSON.parse(`{${b}}`) as { sweep: unknown });
    expect(parseExperiment({ ...example, sweep: grid!.sweep }, 'grid', DIR).points).toHaveLength(9);
    const points = parseExperiment({ ...example, sweep: lhs!.sweep }, 'lhs', DIR).points;
    expect(points).toHaveLength(40);
    expect(points.every((p) => Number.isInteger(p.values.mediators))).toBe(true);
  });
});
