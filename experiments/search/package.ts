/**
 * From a design's levers to the search's decision variables, and from a point of the search (a
 * genome) back to a package of interventions. Per lever, in order: `<lever>.use` (0 or 1, when
 * the lever is optional), `<lever>.<param>` for each searched parameter, `<lever>.start` (when the
 * start is a range) and `<lever>.target` (an index into its target choices, when there are
 * several). A package is what the genome decodes to, in a canonical form: levers not used leave
 * nothing behind, so two genomes that differ only in an unused lever's settings are one package
 * (evaluated once, see {@link packageId}).
 */
import { contentHash } from '../../base/hash.ts';
import type { InterventionSpec } from '../../engine/scenario.ts';
import type { Variable } from './nsga2.ts';
import type { Design, Lever } from './types.ts';

/** A package of levers: the interventions it adds to the base scenario, one per lever used. */
export interface Package {
  /** `p-` and 10 hex digits of its interventions' hash; `baseline` for the empty package. */
  id: string;
  interventions: InterventionSpec[];
  /** For each lever of the design, whether the package uses it. */
  uses: boolean[];
  /** For each lever, the name of the target chosen (empty when the lever is not used). */
  targets: string[];
}

/** The arm name of the empty package (no lever used): the base scenario as it is. */
export const BASELINE = 'baseline';

/** The empty package: the base scenario as it is, the reference every package is compared with. */
export function baselinePackage(design: Design): Package {
  return { id: BASELINE, interventions: [], uses: design.levers.map(() => false), targets: design.levers.map(() => '') };
}

/**
 * A genome of the empty package (every lever off, the rest at its lower bounds), seeded into the
 * search's first generation so that "change nothing" is always on the front unless beaten; null
 * when some lever is required.
 */
export function baselineGenome(design: Design): number[] | null {
  if (design.levers.some((l) => !l.optional)) return null;
  return designVariables(design).map((v) => v.low);
}

/** The decision variables of a design, in genome order. */
export function designVariables(design: Design): Variable[] {
  const variables: Variable[] = [];
  for (const lever of design.levers) {
    if (lever.optional) variables.push({ name: `${lever.name}.use`, low: 0, high: 1, integer: true });
    for (const [param, range] of Object.entries(lever.params)) {
      variables.push({ name: `${lever.name}.${param}`, low: range.min, high: range.max, integer: range.integer });
    }
    if (lever.start.min < lever.start.max) variables.push({ name: `${lever.name}.start`, low: lever.start.min, high: lever.start.max, integer: lever.start.integer });
    if (lever.targets.length > 1) variables.push({ name: `${lever.name}.target`, low: 0, high: lever.targets.length - 1, integer: true });
  }
  return variables;
}

/** Decodes a genome (values in {@link designVariables} order) into its package. */
export function decodePackage(design: Design, x: readonly number[]): Package {
  let k = 0;
  const interventions: InterventionSpec[] = [];
  const uses: boolean[] = [];
  const targets: string[] = [];
  for (const lever of design.levers) {
    const used = lever.optional ? x[k++] >= 0.5 : true;
    const params: Record<string, number | boolean> = { ...lever.fixed };
    for (const param of Object.keys(lever.params)) params[param] = x[k++];
    const start = lever.start.min < lever.start.max ? x[k++] : lever.start.min;
    const choice = lever.targets.length > 1 ? lever.targets[x[k++]] : lever.targets[0];
    uses.push(used);
    targets.push(used ? choice.name : '');
    if (used) interventions.push(intervention(lever, params, start, choice.target));
  }
  return { id: interventions.length === 0 ? BASELINE : packageId(interventions), interventions, uses, targets };
}

/** The intervention a used lever adds: its kind, start, target (omitted when it is everyone) and parameters. */
function intervention(lever: Lever, params: Record<string, number | boolean>, start: number, target: InterventionSpec['target']): InterventionSpec {
  const spec: InterventionSpec = { kind: lever.kind, start, params };
  if (target !== undefined && Object.keys(target).length > 0) spec.target = target;
  spec.label = { zh: lever.labels.zh, en: lever.labels.en };
  return spec;
}

/** A package's identifier: a hash of what it runs, so equal packages share evaluations. */
export function packageId(interventions: readonly InterventionSpec[]): string {
  return `p-${contentHash(interventions).slice(0, 10)}`;
}

/**
 * The package in words, lever by lever (`digital: trainingReachPerYear 0.31, start 1, rural`),
 * for tables and progress lines; `—` for the empty package.
 */
export function describePackage(design: Design, pkg: Package): string {
  const parts: string[] = [];
  let i = 0;
  design.levers.forEach((lever, l) => {
    if (!pkg.uses[l]) return;
    const spec = pkg.interventions[i++];
    const settings = Object.keys(lever.params).map((p) => `${p} ${short(Number(spec.params[p]))}`);
    if (lever.start.min < lever.start.max) settings.push(`start ${short(spec.start)}`);
    if (lever.targets.length > 1) settings.push(pkg.targets[l]);
    parts.push(settings.length > 0 ? `${lever.name}: ${settings.join(', ')}` : lever.name);
  });
  return parts.length > 0 ? parts.join('; ') : '—';
}

/** Three significant digits, without trailing zeros. */
function short(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}
