/**
 * Each end of a parameter range must give a valid scenario: a calibration's priors and a policy
 * design's uncertain parameters are drawn between min and max, so an end the scenario rejects
 * would fail a run after the search or the fit had started. Checked once, before anything runs,
 * with the scenario loader's own words for what the value must be.
 */
import { ScenarioError, type InputIssue } from '../../base/errors.ts';
import { setAtPointer } from '../../base/jsonPointer.ts';
import { describeValue, isWithin } from '../../base/wording.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import type { SensitivityParameter } from './types.ts';

/** The horizon and recording interval the runs use (they may differ from the base scenario's). */
export interface RunSettings {
  years: number;
  recordEvery: Scenario['recordEvery'];
}

/**
 * Issues of ranges whose ends the scenario rejects (the other parameters at the scenario's
 * values), or whose path does not point into the scenario.
 * @param at - the path of the parameter list in the file, e.g. `/parameters`
 * @param what - what the range is, for the hint, e.g. `prior range`
 */
export function rangeEndIssues(parameters: readonly SensitivityParameter[], at: string, what: string, runs: RunSettings, base: Scenario, scenarioPath: string): InputIssue[] {
  const issues: InputIssue[] = [];
  parameters.forEach((parameter, j) => {
    for (const end of ['min', 'max'] as const) {
      const data = structuredClone(base) as unknown as Record<string, unknown>;
      data.years = runs.years;
      data.recordEvery = runs.recordEvery;
      const problem = setAtPointer(data, parameter.path, parameter[end]);
      if (problem) {
        if (end === 'min') issues.push({ path: `${at}/${j}/path`, expected: 'a JSON pointer to a value in the scenario (its parent must exist)', ...problem });
        break;
      }
      try {
        parseScenario(data, scenarioPath);
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error;
        const own = error.issues.find((i) => isWithin(i.path, parameter.path)) ?? error.issues[0]!;
        issues.push({ path: `${at}/${j}/${end}`, expected: own.expected, found: describeValue(parameter[end]), hint: `The ${what} must hold only values that ${parameter.path} of the scenario accepts. ${own.hint}` });
      }
    }
  });
  return issues;
}
