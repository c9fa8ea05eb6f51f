/** Shared helpers for the scenario tests. */
import { expect } from 'vitest';
import { ScenarioError, type InputIssue } from '../../base/errors.ts';
import { parseScenario } from '../../scenarios/loader.ts';

/** The issues parseScenario reports for `json`; fails the test if it does not throw a ScenarioError. */
export function issuesOf(json: unknown, file?: string): readonly InputIssue[] {
  try {
    parseScenario(json, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error('expected a ScenarioError, but the scenario was accepted');
}

/** The single issue reported for `json` (fails the test if there are more or none). */
export function onlyIssue(json: unknown): InputIssue {
  const issues = issuesOf(json);
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  return issues[0]!;
}

/** A scenario with just a name plus the given fields. */
export function scenario(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'test', ...fields };
}

/** A JSON-only deep copy (thaws frozen results). */
export function thaw<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
