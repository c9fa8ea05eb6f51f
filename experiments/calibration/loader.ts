/**
 * Calibration loader: JSON in; a validated, fully resolved, deep-frozen {@link Calibration} and
 * its scenario out. Every problem is reported at once in one {@link InputError} (exit code 2),
 * each with its JSON path, what was expected, what was found and a hint — including a prior
 * range whose ends the scenario would reject, so nothing fails after runs have started.
 */
import { BUILTIN_METRICS } from '../../engine/metrics/builtins.ts';
import { lazyValidator } from '../../base/ajv.ts';
import { validationIssues, type SchemaWording } from '../../scenarios/ajvIssues.ts';
import { errors, type InputIssue } from '../../base/errors.ts';
import { copyInput, readInputFile } from '../../base/inputFile.ts';
import { loadReferencedScenario } from '../../scenarios/loader.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { closest, deepFreeze, describeValue, isWithin, preview, valueAt } from '../../base/wording.ts';
import experimentSchema from '../experiment.schema.json' with { type: 'json' };
import { sensitivityParameter, type ParameterData } from '../design/resolve.ts';
import { rangeEndIssues } from '../design/rangeEnds.ts';
import { rangeParameterIssues } from '../design/rules.ts';
import schemaJson from '../calibration.schema.json' with { type: 'json' };
import type { ApmcSettings, Calibration, Target } from './types.ts';

/** A calibration ready to run. */
export interface LoadedCalibration {
  calibration: Calibration;
  /** The calibration file, as the user named it. */
  file: string;
  /** The scenario file, resolved against the calibration file's folder. */
  scenarioPath: string;
  /** The scenario as loaded (resolved, defaults filled). */
  baseScenario: Scenario;
}

const MONTHS_PER_RECORD = { month: 1, quarter: 3, year: 12 } as const;

/**
 * What a calibration file words its own way (the rest reads as in a scenario file, whose words
 * for the file itself and its name would mislead here).
 */
const CALIBRATION_WORDING: SchemaWording = {
  types: { '': { expected: 'an object (the calibration)', hint: 'A calibration file holds one JSON object, e.g. {"name": "my-calibration", "scenario": "../scenarios/small.json", "parameters": […], "targets": […]} (see docs/sensitivity.md).' } },
  addHints: {
    '/name': 'Add "name": "my-calibration" at the top level (lower-case letters, digits, _ and -).',
    '/scenario': 'Add "scenario": the scenario file to calibrate, relative to the folder of this file, e.g. "../scenarios/small.json".',
  },
};

/**
 * The calibration validator, compiled on first use. Only the experiment schema's definitions the
 * calibration refers to are added: its arm interventions refer to the scenario schema, which
 * need not be compiled here.
 */
const validator = lazyValidator(schemaJson, (ajv) => {
  ajv.addSchema({ $id: (experimentSchema as { $id: string }).$id, $defs: (experimentSchema as { $defs: unknown }).$defs as object });
});

/**
 * Reads, validates and resolves a calibration file and its scenario.
 * @throws {InputError} listing every problem of the file (and of its scenario file)
 */
export function loadCalibration(path: string): LoadedCalibration {
  return readInputFile(path, 'calibration', parseCalibration);
}

/** {@link loadCalibration} for data already parsed; `baseDir`: the folder `scenario` is relative to. */
export function parseCalibration(json: unknown, file: string, baseDir: string): LoadedCalibration {
  const data = copyInput(json, file, 'calibration');
  const issues = validationIssues(validator(), data, CALIBRATION_WORDING);
  issues.push(...rangeParameterIssues(data, '/parameters', issues));
  issues.push(...targetShapeIssues(data, issues));

  const { path: scenarioPath, scenario: baseScenario, unreadable, issues: scenarioIssues = [] } = loadReferencedScenario(data, issues, baseDir, 'calibration');
  if (unreadable) issues.push(unreadable);
  issues.push(...scenarioIssues);
  if (baseScenario === undefined) throw errors.invalidFile('calibration', file, issues);
  issues.push(...targetIssues(data, baseScenario, issues));
  // The prior ranges are checked against the scenario whenever the parameters themselves are sound.
  if (!issues.some((i) => ['/parameters', '/years', '/recordEvery'].some((at) => isWithin(i.path, at)))) {
    const d = data as { parameters: ParameterData[]; years?: number; recordEvery?: Calibration['recordEvery'] };
    const runs = { years: d.years ?? baseScenario.years, recordEvery: d.recordEvery ?? baseScenario.recordEvery };
    issues.push(...rangeEndIssues(d.parameters.map(sensitivityParameter), '/parameters', 'prior range', runs, baseScenario, scenarioPath));
  }
  if (issues.length > 0) throw errors.invalidFile('calibration', file, issues);
  return deepFreeze({ calibration: resolve(data, baseScenario), file, scenarioPath, baseScenario });
}

/** Each target names itself uniquely and gives exactly one of sd and tolerance. */
function targetShapeIssues(data: unknown, reported: readonly InputIssue[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const targets = valueAt(data, '/targets');
  if (!Array.isArray(targets)) return issues;
  const names: string[] = [];
  targets.forEach((target, k) => {
    if (reported.some((i) => isWithin(`/targets/${k}`, i.path))) return;
    const t = target as Record<string, unknown>;
    const given = ['sd', 'tolerance'].filter((key) => t[key] !== undefined);
    if (given.length !== 1) {
      issues.push({
        path: `/targets/${k}`,
        expected: 'exactly one of "sd" (a standard error) and "tolerance" (an acceptable half-width)',
        found: given.length === 0 ? 'neither' : 'both',
        hint: given.length === 0 ? 'Add "sd" when the figure is an estimate with a known standard error, or "tolerance" for the distance within which a model value counts as a fit.' : 'Keep one of them: both set the unit in which this target\'s misfit is measured.',
      });
    }
    const name = targetName(t);
    if (names.includes(name)) {
      issues.push({ path: `/targets/${k}${t.name === undefined ? '' : '/name'}`, expected: 'a target name no other target uses', found: `${preview(name)}, also the name of target ${names.indexOf(name)}`, hint: 'Give the targets distinct "name"s (the name defaults to the metric, its group and tick).' });
    }
    names.push(name);
  });
  return issues;
}

/** Targets that name a metric the runs have, at a tick the runs record. */
function targetIssues(data: unknown, scenario: Scenario, reported: readonly InputIssue[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const targets = valueAt(data, '/targets');
  if (!Array.isArray(targets)) return issues;
  const metrics = [...BUILTIN_METRICS, ...scenario.metrics.map((m) => m.name)];
  const years = (valueAt(data, '/years') as number | undefined) ?? scenario.years;
  const recordEvery = (valueAt(data, '/recordEvery') as Calibration['recordEvery'] | undefined) ?? scenario.recordEvery;
  targets.forEach((target, k) => {
    if (reported.some((i) => isWithin(`/targets/${k}`, i.path) || isWithin(i.path, `/targets/${k}`))) return;
    const t = target as { metric: string; group?: string; at?: { year: number; month: number } };
    const metric = t.group === undefined ? t.metric : `${t.metric}_${t.group}`;
    if (!metrics.includes(metric)) {
      const suggestion = closest(metric, metrics);
      const grouped = t.group !== undefined && /_(urban|rural|migrant)$/.test(t.metric);
      issues.push({
        path: `/targets/${k}/metric`,
        expected: t.group === undefined ? 'a built-in metric or one of the scenario\'s metrics' : `a metric with a ${t.group} variant (e.g. online_access, participation, satisfaction)`,
        found: `${describeValue(t.metric)}${t.group === undefined ? '' : ` with group "${t.group}" (${metric})`}`,
        hint: grouped ? `The group is given separately: write "metric": "${t.metric.replace(/_(urban|rural|migrant)$/, '')}".` : suggestion !== undefined ? `Did you mean "${suggestion}"?` : 'Built-in metrics are listed in engine/metrics/builtins.ts; zone variants end in _urban, _rural, _migrant.',
      });
    }
    if (t.at !== undefined) {
      const step = MONTHS_PER_RECORD[recordEvery];
      const lastYear = Math.ceil(years - 1e-9);
      const lastMonth = Math.round((years - (lastYear - 1)) * 12);
      const month = t.at.month ?? 12;
      if (month % step !== 0) {
        issues.push({ path: `/targets/${k}/at/month`, expected: `a recorded month: ${step === 3 ? '3, 6, 9 or 12 (recorded every quarter)' : '12 (recorded every year)'}`, found: describeValue(month), hint: 'Choose the end of a recorded period, or record more often with "recordEvery": "month".' });
      } else if (t.at.year > lastYear || (t.at.year === lastYear && month > lastMonth)) {
        issues.push({ path: `/targets/${k}/at`, expected: `a tick within the runs' ${years} year${years === 1 ? '' : 's'}`, found: `year ${t.at.year}, month ${month}`, hint: 'Choose an earlier tick, or lengthen the runs with "years".' });
      }
    }
  });
  return issues;
}

/** The default name of a target: metric, group and tick. */
function targetName(t: Record<string, unknown>): string {
  if (typeof t.name === 'string') return t.name;
  const at = t.at as { year?: number; month?: number } | undefined;
  return `${String(t.metric)}${t.group === undefined ? '' : `_${String(t.group)}`}${at === undefined ? '' : `_y${at.year}m${at.month ?? 12}`}`;
}

interface CalibrationData {
  name: string;
  labels?: { zh?: string; en?: string };
  description?: string;
  scenario: string;
  years?: number;
  recordEvery?: Calibration['recordEvery'];
  seed: number;
  replications: number;
  parameters: ParameterData[];
  targets: { name?: string; metric: string; group?: Target['group']; at?: { year: number; month: number }; value: number; sd?: number; tolerance?: number; source?: string }[];
  method: ApmcSettings;
}

/** The resolved calibration (valid data, defaults filled by the schema). */
function resolve(data: unknown, base: Scenario): Calibration {
  const d = data as CalibrationData;
  return {
    name: d.name,
    labels: { zh: d.labels?.zh ?? d.name, en: d.labels?.en ?? d.name },
    description: d.description ?? null,
    scenario: d.scenario,
    years: d.years ?? base.years,
    recordEvery: d.recordEvery ?? base.recordEvery,
    seed: d.seed,
    replications: d.replications,
    parameters: d.parameters.map(sensitivityParameter),
    targets: d.targets.map((t) => ({
      name: targetName(t as unknown as Record<string, unknown>),
      metric: t.group === undefined ? t.metric : `${t.metric}_${t.group}`,
      group: t.group ?? null,
      at: t.at === undefined ? null : { year: t.at.year, month: t.at.month ?? 12 },
      value: t.value,
      scale: (t.sd ?? t.tolerance)!,
      scaleKind: t.sd !== undefined ? 'sd' : 'tolerance',
      source: t.source ?? null,
    })),
    method: { ...d.method },
  };
}
