/** Shared helpers for the experiment loader tests. */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadScenario } from '../../../scenarios/loader.ts';
import { ExperimentError, type InputIssue } from '../../../base/errors.ts';
import { parseExperiment, type LoadedExperiment } from '../../../experiments/design/loader.ts';

/** The folder of the test fixtures (base.json, full.json, ...). */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The base scenario of the fixtures, as loaded: 3 years, one gridManagement intervention, metric rural_gap. */
export const BASE = loadScenario(`${FIXTURES}base.json`);

/** An experiment on the fixtures' base scenario with one arm "baseline", plus the given fields. */
export function experiment(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'test', scenario: 'base.json', arms: [{ name: 'baseline' }], ...fields };
}

/** parseExperiment with the fixtures folder as base folder. */
export function parse(json: unknown, options: { replications?: number } = {}): LoadedExperiment {
  return parseExperiment(json, 'test.json', FIXTURES, options);
}

/** The issues of an ExperimentError for `json`; fails the test if it is accepted or throws anything else. */
export function issuesOf(json: unknown, options: { replications?: number } = {}): readonly InputIssue[] {
  try {
    parse(json, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ExperimentError);
    return (error as ExperimentError).issues;
  }
  throw new Error('expected an ExperimentError, but the experiment was accepted');
}

/** The single issue reported for `json`. */
export function onlyIssue(json: unknown, options: { replications?: number } = {}): InputIssue {
  const issues = issuesOf(json, options);
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  return issues[0]!;
}

/** A JSON-only deep copy (thaws frozen results). */
export function thaw<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
