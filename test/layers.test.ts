/**
 * The layers import one way (test/layers/graph.ts declares them), there is no import cycle, and
 * the code that must also run in a browser (the engine, the report's page) reaches no Node
 * built-in. Each check names the offending imports, so a failure says what to move.
 */
import { describe, expect, it } from 'vitest';
import { importCycles, importEdges, nodeOnlyReach, sourceFiles, upwardImports, type Edge } from './layers/graph.ts';

const edges = importEdges(sourceFiles());

describe('layers', () => {
  it('reads the imports of the whole project', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: 'cli/commands/run.ts', to: 'api.ts', local: true });
  });

  it('imports only downwards: base, engine, scenarios, experiment design, output, experiments, patterns, viz, api, cli', () => {
    expect(upwardImports(edges)).toEqual([]);
  });

  it('finds an upward import when there is one', () => {
    const planted: Edge = { from: 'engine/simulation.ts', to: 'scenarios/loader.ts', local: true };
    expect(upwardImports([planted])).toEqual(['engine/simulation.ts -> scenarios/loader.ts (engine imports scenarios)']);
  });

  it('has no import cycle', () => {
    expect(importCycles(edges)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const a: Edge = { from: 'engine/a.ts', to: 'engine/b.ts', local: true };
    const b: Edge = { from: 'engine/b.ts', to: 'engine/a.ts', local: true };
    expect(importCycles([a, b])).toEqual([['engine/a.ts', 'engine/b.ts']]);
  });

  it('keeps Node built-ins out of the engine and the report page', () => {
    expect(nodeOnlyReach(edges)).toEqual([]);
  });
});
