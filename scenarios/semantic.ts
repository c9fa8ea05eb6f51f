/**
 * Checks across fields that JSON Schema cannot express: shares that must sum to 1, a county
 * layout that can be built, intervention times inside the horizon, targets that exist, unique
 * metric names.
 *
 * They run on the default-filled data even when the schema found problems, so that all problems
 * are reported at once; a check is skipped when a value it reads already has a schema issue (or
 * is not a number), so one mistake gives one issue.
 */
import type { InputIssue } from '../base/errors.ts';
import { AGE_GROUPS, EDUCATION_LEVELS, ZONES } from '../engine/scenario.ts';
import { describeValue, isWithin, listOf, preview, tidy, valueAt } from '../base/wording.ts';

/** Tolerance for shares that must sum to 1. */
export const SHARE_TOLERANCE = 1e-6;
/** Fewest residents per village or community for a meaningful synthetic place. */
export const MIN_RESIDENTS_PER_PLACE = 50;

/**
 * Cross-field issues of a default-filled scenario.
 * @param data - the scenario after schema validation and default filling (possibly invalid)
 * @param schemaIssues - issues already found by the schema; checks touching their paths are skipped
 */
export function semanticIssues(data: unknown, schemaIssues: readonly InputIssue[]): InputIssue[] {
  const ctx = new Context(data, schemaIssues);
  checkShares(ctx);
  checkSharePairs(ctx);
  checkCounty(ctx);
  checkInterventions(ctx);
  checkMetrics(ctx);
  return ctx.issues;
}

/** Reads values for checks, refusing those with schema issues. */
class Context {
  readonly issues: InputIssue[] = [];

  constructor(private readonly data: unknown, private readonly schemaIssues: readonly InputIssue[]) {}

  /** The finite number at `path`, or undefined if absent, not a number, or already reported. */
  num(path: string): number | undefined {
    const value = valueAt(this.data, path);
    if (typeof value !== 'number' || !Number.isFinite(value) || this.reported(path)) return undefined;
    return value;
  }

  /** The value at `path`, or undefined if already reported. */
  get(path: string): unknown {
    return this.reported(path) ? undefined : valueAt(this.data, path);
  }

  /** Whether the schema already reported the value at `path` or one containing it. */
  private reported(path: string): boolean {
    return this.schemaIssues.some((issue) => isWithin(path, issue.path));
  }

  add(issue: InputIssue): void {
    this.issues.push(issue);
  }
}

/** Several numbers, or undefined if any one is unavailable. */
function nums(ctx: Context, paths: readonly string[]): number[] | undefined {
  const values = paths.map((p) => ctx.num(p));
  return values.every((v): v is number => v !== undefined) ? values : undefined;
}

// ---------------------------------------------------------------- shares

function checkShares(ctx: Context): void {
  const groups = [
    { field: 'ageShares', keys: AGE_GROUPS },
    { field: 'educationShares', keys: EDUCATION_LEVELS },
  ] as const;
  for (const { field, keys } of groups) {
    for (const zone of ZONES) {
      const path = `/population/${field}/${zone}`;
      const values = nums(ctx, keys.map((k) => `${path}/${k}`));
      if (!values) continue;
      const sum = values.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) <= SHARE_TOLERANCE) continue;
      const last = keys[keys.length - 1]!;
      const fix = 1 - (sum - values[values.length - 1]!);
      const terms = keys.map((k, i) => `${k} ${tidy(values[i]!)}`).join(' + ');
      ctx.add({
        path,
        expected: `${zone} ${field} that sum to 1 (within ${SHARE_TOLERANCE})`,
        found: `a sum of ${tidy(sum)} (${terms})`,
        hint: (fix >= 0 && fix <= 1
          ? `Change them to add up to 1, e.g. set "${last}" to ${tidy(fix)}.`
          : `They add up to ${tidy(sum)}; lower some of them so the total is 1.`) +
          ` Keys left out take their defaults, so give all of ${listOf(keys, true)} when you change one.`,
      });
    }
  }
}

/** Pairs of shares of one whole, which together may not exceed it. */
function checkSharePairs(ctx: Context): void {
  const pairs = [
    ['/network', 'crossPlaceShare', 'crossTownshipShare', 'the rest of the ties stay within the place'],
    ['/collectiveEconomy', 'reinvestShare', 'publicGoodsShare', 'the rest of the income is paid out'],
    ...ZONES.map((z) => ['/participation', `outOfReach/${z}`, `activists/${z}`, 'the rest take part by the threshold rule'] as const),
  ];
  for (const [object, a, b, rest] of pairs) {
    const values = nums(ctx, [`${object}/${a}`, `${object}/${b}`]);
    if (!values || values[0]! + values[1]! <= 1 + SHARE_TOLERANCE) continue;
    ctx.add({
      path: `${object}/${b}`,
      expected: `${a} + ${b} at most 1 (${rest})`,
      found: `${tidy(values[0]!)} + ${tidy(values[1]!)} = ${tidy(values[0]! + values[1]!)}`,
      hint: `Lower ${b} to at most ${tidy(1 - values[0]!)}, or lower ${a}.`,
    });
  }
}

// ---------------------------------------------------------------- county layout

function checkCounty(ctx: Context): void {
  const townships = ctx.num('/county/townships');
  const subdistricts = ctx.num('/county/subdistricts');
  const villages = ctx.num('/county/villages');
  const communities = ctx.num('/county/communities');
  const residents = ctx.num('/county/residents');
  const urbanShare = ctx.num('/county/urbanShare');

  let layoutOk = true;
  if (townships !== undefined && subdistricts !== undefined && subdistricts >= townships) {
    layoutOk = false;
    ctx.add({
      path: '/county/subdistricts',
      expected: `fewer subdistricts than township-level units (at most ${townships - 1})`,
      found: `${subdistricts} subdistricts for ${townships} township-level units`,
      hint: 'Subdistricts are counted among the township-level units, and at least one of those must be a rural township holding the villages: lower subdistricts or raise townships.',
    });
  }
  if (layoutOk && townships !== undefined && subdistricts !== undefined && villages !== undefined && villages < townships - subdistricts) {
    ctx.add({
      path: '/county/villages',
      expected: `at least ${townships - subdistricts} villages (one for each of the ${townships - subdistricts} rural townships)`,
      found: describeValue(villages),
      hint: 'Every township that is not a subdistrict needs at least one village: raise villages, or make more of the townships subdistricts.',
    });
  }
  if (subdistricts !== undefined && communities !== undefined && communities < subdistricts) {
    ctx.add({
      path: '/county/communities',
      expected: `at least ${subdistricts} communities (one for each subdistrict)`,
      found: describeValue(communities),
      hint: 'Every subdistrict holds only communities, so it needs at least one: raise communities or lower subdistricts.',
    });
  } else if (communities === 0 && urbanShare !== undefined && urbanShare > 0) {
    ctx.add({
      path: '/county/communities',
      expected: `at least 1 community, since urbanShare is ${tidy(urbanShare)}`,
      found: describeValue(communities),
      hint: 'Urban residents live in communities: add communities, or set urbanShare to 0.',
    });
  }
  if (residents !== undefined && villages !== undefined && communities !== undefined && urbanShare !== undefined) {
    // Urban residents live in communities and the rest in villages: each kind of place needs its own people.
    const urban = Math.round(residents * urbanShare);
    for (const [count, people, kind, lever] of [
      [communities, urban, 'communities', 'urbanShare up'],
      [villages, residents - urban, 'villages', 'urbanShare down'],
    ] as const) {
      const needed = MIN_RESIDENTS_PER_PLACE * count;
      if (count > 0 && people < needed) {
        ctx.add({
          path: '/county/residents',
          expected: `at least ${needed} residents in ${kind} (${MIN_RESIDENTS_PER_PLACE} for each of the ${count} ${kind})`,
          found: `${describeValue(residents)} residents, of whom ${people} live in ${kind} (urbanShare ${tidy(urbanShare)})`,
          hint: `Raise residents, move people with ${lever}, or have fewer ${kind} (each place needs enough people for households, grids and ties).`,
        });
      }
    }
  }
}

// ---------------------------------------------------------------- interventions

/** Kinds that change county-level rules and so take no target. */
const COUNTY_WIDE_KINDS: ReadonlySet<string> = new Set(['cadreExchange', 'evaluationReform']);

function checkInterventions(ctx: Context): void {
  const list = ctx.get('/interventions');
  if (!Array.isArray(list)) return;
  const years = ctx.num('/years');
  const townships = ctx.num('/county/townships');
  const villages = ctx.num('/county/villages');
  const communities = ctx.num('/county/communities');
  const places = villages !== undefined && communities !== undefined ? villages + communities : undefined;

  list.forEach((_, i) => {
    const base = `/interventions/${i}`;
    const start = ctx.num(`${base}/start`);
    const end = ctx.num(`${base}/end`);
    if (start !== undefined && years !== undefined && start >= years) {
      ctx.add({
        path: `${base}/start`,
        expected: `a start before the horizon (years is ${tidy(years)})`,
        found: describeValue(start),
        hint: `Start it earlier than year ${tidy(years)}, or lengthen the run with "years".`,
      });
    }
    if (end !== undefined && start !== undefined && end <= start) {
      ctx.add({
        path: `${base}/end`,
        expected: `an end after the start (${tidy(start)})`,
        found: describeValue(end),
        hint: 'end is a time in years from the beginning of the run, not a duration; leave it out to run until the horizon.',
      });
    } else if (end !== undefined && years !== undefined && end > years) {
      ctx.add({
        path: `${base}/end`,
        expected: `an end no later than the horizon (years is ${tidy(years)})`,
        found: describeValue(end),
        hint: 'Leave end out to run until the horizon, or lengthen the run with "years".',
      });
    }
    checkIndices(ctx, `${base}/target/townships`, townships,
      (n) => `the county has ${n} township-level units, numbered 0 to ${n - 1}`);
    checkIndices(ctx, `${base}/target/places`, places,
      (n) => `the county has ${n} places, numbered 0 to ${n - 1} township by township (each township's villages, then its communities)`);
    const kind = ctx.get(`${base}/kind`);
    if (typeof kind === 'string' && COUNTY_WIDE_KINDS.has(kind) && ctx.get(`${base}/target`) !== undefined) {
      ctx.add({
        path: `${base}/target`,
        expected: `no target: ${kind} acts on the whole county`,
        found: describeValue(ctx.get(`${base}/target`)),
        hint: `Remove "target"; ${kind} changes county-level rules (cadre posts, evaluation), which cannot be limited to some places.`,
      });
    }
  });
}

/** Each index in the list at `path` must be below `count`. */
function checkIndices(ctx: Context, path: string, count: number | undefined, explain: (n: number) => string): void {
  const list = ctx.get(path);
  if (!Array.isArray(list) || count === undefined) return;
  list.forEach((index, k) => {
    if (typeof index !== 'number' || index < count) return;
    ctx.add({
      path: `${path}/${k}`,
      expected: `an index from 0 to ${count - 1}`,
      found: describeValue(index),
      hint: `Indices are 0-based: ${explain(count)}.`,
    });
  });
}

// ---------------------------------------------------------------- metrics

function checkMetrics(ctx: Context): void {
  const list = ctx.get('/metrics');
  if (!Array.isArray(list)) return;
  const firstUse = new Map<string, number>();
  list.forEach((_, i) => {
    const name = ctx.get(`/metrics/${i}/name`);
    if (typeof name === 'string') {
      const first = firstUse.get(name);
      if (first === undefined) {
        firstUse.set(name, i);
      } else {
        ctx.add({
          path: `/metrics/${i}/name`,
          expected: 'a name no other metric uses',
          found: `the string ${preview(name)}, also the name of metric ${first}`,
          hint: 'Rename one of the two metrics, or remove the repeated one.',
        });
      }
    }
    const expression = ctx.get(`/metrics/${i}/expression`);
    if (typeof expression === 'string' && expression.trim() === '') {
      ctx.add({
        path: `/metrics/${i}/expression`,
        expected: 'a math.js expression over built-in metrics',
        found: describeValue(expression),
        hint: 'Write the formula, e.g. "participation_rural / participation_urban".',
      });
    }
  });
}
