/**
 * Every lever's settings must give a valid scenario: the base scenario with the lever's
 * intervention added at the low ends of its ranges and at the high ends, for each of its targets,
 * with its fixed parameters, is validated by the scenario loader, so that no package the search
 * may build fails after the search has started. A problem is reported at the lever's own path
 * (its range end, fixed parameter, start or target) in the scenario loader's words.
 *
 * The intervention is built as the search builds it: a genome decoded by package.ts.
 */
import { ScenarioError, type InputIssue } from '../../base/errors.ts';
import { escapePointer, isWithin, splitPointer, valueAt } from '../../base/wording.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import type { RunSettings } from '../design/rangeEnds.ts';
import { decodePackage, describePackage, designVariables, type Package } from './package.ts';
import type { Design, Lever, Range } from './types.ts';

/** A lever of the file, resolved, with its path there. */
export interface PlacedLever {
  lever: Lever;
  /** `/levers/<i>`. */
  at: string;
}

/** The lowest and highest value a range gives the search (whole numbers inside it when integer). */
export function rangeEnds(range: Range): { low: number; high: number } {
  return range.integer ? { low: Math.ceil(range.min), high: Math.floor(range.max) } : { low: range.min, high: range.max };
}

/** One setting of a lever alone: its parameters' values, its start and its target's index. */
export interface LeverSetting {
  params: (param: string, range: Range) => number;
  start: number;
  target: number;
}

/**
 * The package of a lever alone at a setting, decoded from the genome that gives it, so it is
 * exactly the intervention the search would add; and the setting in words.
 */
export function leverPackage(lever: Lever, setting: LeverSetting): { pkg: Package; words: string } {
  // A design of this lever alone: decoding reads only the levers.
  const alone = { levers: [lever] } as unknown as Design;
  const x = designVariables(alone).map((v) => {
    const key = v.name.slice(lever.name.length + 1);
    if (key === 'use') return 1;
    if (key === 'target') return setting.target;
    if (key === 'start' && !Object.hasOwn(lever.params, 'start')) return setting.start;
    return setting.params(key, lever.params[key]!);
  });
  const pkg = decodePackage(alone, x);
  return { pkg, words: describePackage(alone, pkg) };
}

/**
 * Issues of levers whose settings the scenario rejects, each distinct problem once.
 * @param data - the design file's data, to tell targets written as objects from shortcuts
 */
export function leverScenarioIssues(levers: readonly PlacedLever[], data: unknown, runs: RunSettings, base: Scenario, scenarioPath: string): InputIssue[] {
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  for (const placed of levers) {
    const { lever, at } = placed;
    const start = rangeEnds(lever.start);
    lever.targets.forEach((_, j) => {
      for (const end of ['low', 'high'] as const) {
        const setting = { params: (_p: string, r: Range) => rangeEnds(r)[end], start: start[end], target: j };
        const { pkg, words } = leverPackage(lever, setting);
        const scenario = structuredClone(base) as unknown as Record<string, unknown> & { interventions: unknown[] };
        scenario.years = runs.years;
        scenario.recordEvery = runs.recordEvery;
        scenario.interventions.push(...structuredClone(pkg.interventions));
        const where: Where = { ...placed, target: j, end, words, own: `/interventions/${base.interventions.length}`, scenarioPath, targetWritten: typeof valueAt(data, `${at}/targets/${j}`) === 'object' };
        for (const issue of composedIssues(scenario, scenarioPath)) {
          const mapped = mapIssue(issue, where);
          const key = `${mapped.path}\n${mapped.expected}`;
          if (seen.has(key)) continue;
          seen.add(key);
          issues.push(mapped);
        }
      }
    });
  }
  return issues;
}

/** The scenario loader's issues of composed data (none when it is valid). */
function composedIssues(data: unknown, scenarioPath: string): readonly InputIssue[] {
  try {
    parseScenario(data, scenarioPath);
    return [];
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.issues;
  }
}

interface Where extends PlacedLever {
  target: number;
  end: 'low' | 'high';
  /** The setting in words. */
  words: string;
  /** The added intervention's path in the composed scenario. */
  own: string;
  scenarioPath: string;
  targetWritten: boolean;
}

/**
 * Moves an issue of the composed scenario to the lever: its range end, fixed parameter, start
 * or target; anything else about the added intervention to the lever itself; a problem elsewhere
 * in the scenario (e.g. its county budget refusing the lever) to the lever, saying where.
 */
function mapIssue(issue: InputIssue, w: Where): InputIssue {
  const { file: _file, ...rest } = issue;
  const found = `${issue.found} (with the lever at its ${w.end === 'low' ? 'lowest' : 'highest'} settings: ${w.words})`;
  if (!isWithin(issue.path, w.own)) {
    return { ...rest, path: w.at, found, hint: `${issue.hint} (The check is on ${issue.path} of the base scenario ${w.scenarioPath} with this lever added.)` };
  }
  const inner = issue.path.slice(w.own.length);
  const [field, key] = splitPointer(inner);
  const { lever, at } = w;
  let path = at;
  if (field === 'params' && key !== undefined) {
    if (Object.hasOwn(lever.params, key)) path = `${at}/params/${escapePointer(key)}/${w.end === 'low' ? 'min' : 'max'}`;
    else if (Object.hasOwn(lever.fixed, key)) path = `${at}/fixed/${escapePointer(key)}`;
  } else if (field === 'start') {
    path = lever.start.min < lever.start.max ? `${at}/start/${w.end === 'low' ? 'min' : 'max'}` : `${at}/start`;
  } else if (field === 'target') {
    path = `${at}/targets/${w.target}${w.targetWritten ? inner.slice('/target'.length) : ''}`;
  }
  return { ...rest, path, found };
}
