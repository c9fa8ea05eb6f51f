import { readFileSync } from 'node:fs';
import { parseScenario } from '../scenarios/loader.ts';
import type { Scenario } from '../engine/scenario.ts';

/** The shipped small scenario as JSON, to derive test scenarios from. */
export function smallJson(): Record<string, any> {
  return JSON.parse(readFileSync(new URL('../scenarios/small.json', import.meta.url), 'utf8'));
}

/**
 * A validated scenario derived from small.json: fewer residents and years for speed, plus any
 * interventions. Built through the loader, as users' files are.
 */
export function testScenario(opts: { residents?: number; years?: number; interventions?: unknown[]; recordEvery?: string } = {}): Scenario {
  const json = smallJson();
  if (opts.residents !== undefined) json.county.residents = opts.residents;
  if (opts.years !== undefined) json.years = opts.years;
  if (opts.recordEvery !== undefined) json.recordEvery = opts.recordEvery;
  if (opts.interventions !== undefined) json.interventions = opts.interventions;
  return parseScenario(json, 'test scenario');
}
