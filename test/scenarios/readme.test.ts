/** The examples in scenarios/README.md are valid and cover every intervention kind. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenarios/loader.ts';
import { INTERVENTION_KINDS } from '../../scenarios/schema.ts';

const README = readFileSync(new URL('../../scenarios/README.md', import.meta.url), 'utf8');

describe('scenarios/README.md', () => {
  it('the example scenario is valid', () => {
    const block = /```json\n([\s\S]*?)```/.exec(README)![1]!;
    const example = JSON.parse(block) as Record<string, unknown>;
    expect(parseScenario(example).interventions[0]!.kind).toBe('digitalRollout');
  });

  it('has a valid snippet for each of the 13 intervention kinds', () => {
    const rows = README.split('\n').filter((line) => line.startsWith('| `'));
    const snippets = rows.map((row) => /`(\{"kind".*?\})`/.exec(row)?.[1]).filter((s): s is string => s !== undefined);
    const kinds = snippets.map((s) => (JSON.parse(s) as { kind: string }).kind);
    expect(kinds).toEqual([...INTERVENTION_KINDS]);
    const scenario = parseScenario({ name: 'readme', interventions: snippets.map((s) => JSON.parse(s)) });
    expect(scenario.interventions).toHaveLength(13);
  });
});
