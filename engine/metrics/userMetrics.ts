/**
 * User-defined metrics: math.js expressions over built-in metric names.
 *
 * Safety model (two independent layers):
 * 1. A private math.js instance created with `create(all)` in which every
 *    function that can parse, compile, import or otherwise reach beyond plain
 *    arithmetic is replaced by a function that throws (per the math.js
 *    security guidance). `parse` is captured before it is disabled.
 * 2. Every parsed tree is walked against our own whitelist of node types,
 *    operators, functions and symbols before it is compiled, so only numeric
 *    arithmetic over metric values is ever evaluated. Scopes are `Map`s that
 *    hold only the metric values an expression references.
 *
 * Allowed syntax: number literals, `+ - * / ^ %` (and `mod`), unary `-`/`+`,
 * implicit multiplication (`2 x`), comparisons (`== != < > <= >=`, chained
 * too), `and`/`or`/`not`, ternary `c ? a : b`, parentheses, the constants
 * `pi` and `e`, and the functions in {@link ALLOWED_FUNCTIONS}.
 *
 * Semantics: user metrics are evaluated in list order and may reference
 * built-in metrics and earlier user metrics only (so there are no cycles).
 * If any referenced value is NaN the result is NaN; otherwise math.js
 * number semantics apply (`1/0 = Infinity`, `0/0 = NaN`, `sqrt(-1) = NaN`
 * because the instance is configured `predictable`), booleans become 1/0.
 *
 * @module
 */

import mathjs from 'mathjs/lib/browser/math.js';
import { ALLOWED_CONSTANTS, ALLOWED_FUNCTIONS, DISABLED_FUNCTIONS, DISABLED_SET, IDENTIFIER, MAX_EXPRESSION_LENGTH, RESERVED_NAMES, analyse, describe, suggest, type UserMetricIssue } from './userMetricRules.ts';

import type { EvalFunction, MathNode } from 'mathjs';

/**
 * math.js from its single-file bundle (an exported entry of the package): the same library, but
 * loaded in ~0.1 s instead of ~2 s for its hundreds of ES modules, which every CLI start paid.
 * Imported, not required, so that the engine needs no Node built-in (it runs in a browser too).
 */
const { all, create } = mathjs;

export type { UserMetricIssue };

/** Thrown by {@link compileUserMetrics}; lists every problem found, not just the first. */
export class UserMetricError extends Error {
  /** All problems found, in spec order. */
  readonly issues: UserMetricIssue[];

  constructor(issues: UserMetricIssue[]) {
    super(
      `Invalid user metrics (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.path}: expected ${i.expected}, found ${i.found}. ${i.hint}`).join('\n'),
    );
    this.name = 'UserMetricError';
    this.issues = issues;
  }
}

/** A user metric definition. */
export interface UserMetricSpec {
  /** Identifier (`[A-Za-z_][A-Za-z0-9_]*`), unique and distinct from built-in names. */
  name: string;
  /** math.js expression in the restricted language described in the module docs. */
  expression: string;
}

/** Result of {@link compileUserMetrics}. */
export interface CompiledUserMetrics {
  /** User metric names in evaluation order. */
  readonly names: readonly string[];
  /** For each metric (same order as `names`), the metric names it references. */
  readonly dependencies: readonly (readonly string[])[];
  /**
   * Evaluates all user metrics from the built-in metric values. Built-ins
   * missing from `values` (or non-numeric) count as NaN. Never throws.
   */
  evaluate(values: Record<string, number>): Record<string, number>;
}

// ---------------------------------------------------------------------------
// Restricted math.js instance

const math = create(all);
math.config({ predictable: true }); // real results only: sqrt(-1) -> NaN, not Complex
const parseExpression = math.parse; // captured before it is disabled below
{
  const disabled: Record<string, () => never> = {};
  for (const name of DISABLED_FUNCTIONS) {
    disabled[name] = () => {
      throw new Error(`Function ${name} is disabled`);
    };
  }
  math.import(disabled, { override: true });
  // Resolve whitelisted functions now, while their lazy factories see a clean instance.
  for (const name of Object.keys(ALLOWED_FUNCTIONS)) {
    if (typeof (math as unknown as Record<string, unknown>)[name] !== 'function') {
      throw new Error(`userMetrics: math.js function ${name} is unavailable`);
    }
  }
}


// ---------------------------------------------------------------------------
// Public API

/**
 * Validates and compiles user metric definitions.
 *
 * @param specs Metric definitions; order is evaluation order.
 * @param builtinNames Names of the built-in metrics expressions may reference.
 * @throws {UserMetricError} listing every problem found (syntax errors with
 *   character position, unknown symbols with suggestions, disallowed
 *   constructs or functions, invalid/duplicate/clashing names, references to
 *   later user metrics). Never throws anything else for any input.
 */
export function compileUserMetrics(specs: UserMetricSpec[], builtinNames: readonly string[]): CompiledUserMetrics {
  const issues: UserMetricIssue[] = [];
  if (!Array.isArray(specs)) {
    throw new UserMetricError([
      { path: '/metrics', expected: 'an array of {name, expression}', found: describe(specs), hint: 'Wrap the definitions in an array.' },
    ]);
  }
  const builtins = new Set<string>(builtinNames);
  const { userIndex, names } = checkNames(specs, builtins, issues);
  const context: NameContext = { builtins, builtinList: [...builtins], userIndex, names };
  const compiled: CompiledMetric[] = [];
  for (let i = 0; i < specs.length; i++) {
    const metric = compileSpec(specs[i] as unknown, i, context, issues);
    if (metric !== null) compiled.push(metric);
  }

  if (issues.length > 0) throw new UserMetricError(issues);

  const resultNames = compiled.map((c) => c.name);
  const dependencies = compiled.map((c) => Object.freeze([...c.deps]));
  return {
    names: Object.freeze(resultNames),
    dependencies: Object.freeze(dependencies),
    evaluate: evaluator(compiled),
  };
}

// ---------------------------------------------------------------------------
// Steps of compileUserMetrics

/** One compiled metric: the metrics it reads, its code, and a scope reused on every evaluation. */
interface CompiledMetric {
  name: string;
  deps: string[];
  code: EvalFunction;
  scope: Map<string, number>;
}

/** What an expression's symbols are checked against. */
interface NameContext {
  builtins: ReadonlySet<string>;
  builtinList: readonly string[];
  /** Index of every well-formed user name (first occurrence), for forward-reference checks. */
  userIndex: ReadonlyMap<string, number>;
  /** Each spec's name ('' when it has none), in spec order. */
  names: readonly string[];
}

/** Checks every spec's shape and name; returns the user names and where each is first defined. */
function checkNames(specs: readonly unknown[], builtins: ReadonlySet<string>, issues: UserMetricIssue[]): { userIndex: Map<string, number>; names: string[] } {
  const userIndex = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const name = spec !== null && typeof spec === 'object' ? (spec as Record<string, unknown>).name : undefined;
    names.push(typeof name === 'string' ? name : '');
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
      issues.push({ path: `/metrics/${i}`, expected: 'an object {name, expression}', found: describe(spec), hint: 'Each metric needs a name and an expression.' });
      continue;
    }
    const namePath = `/metrics/${i}/name`;
    if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
      issues.push({
        path: namePath,
        expected: 'an identifier matching [A-Za-z_][A-Za-z0-9_]*',
        found: describe(name),
        hint: 'Use letters, digits and underscores, starting with a letter or underscore.',
      });
      continue;
    }
    if (builtins.has(name)) {
      issues.push({ path: namePath, expected: 'a name distinct from built-in metrics', found: `'${name}', a built-in metric`, hint: 'Choose another name.' });
    } else if (RESERVED_NAMES.has(name) || ALLOWED_CONSTANTS.has(name) || Object.hasOwn(ALLOWED_FUNCTIONS, name) || DISABLED_SET.has(name)) {
      issues.push({ path: namePath, expected: 'a name that is not a reserved word, constant or function', found: `'${name}'`, hint: 'Choose another name.' });
    } else if (userIndex.has(name)) {
      issues.push({ path: namePath, expected: 'a unique name', found: `'${name}', already defined at /metrics/${userIndex.get(name)}`, hint: 'Rename one of them.' });
    }
    if (!userIndex.has(name)) userIndex.set(name, i);
  }
  return { userIndex, names };
}

/** Compiles spec `i`'s expression, or adds its problems to `issues` and returns null. */
function compileSpec(spec: unknown, i: number, context: NameContext, issues: UserMetricIssue[]): CompiledMetric | null {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return null;
  const path = `/metrics/${i}/expression`;
  const root = parseSpecExpression((spec as Record<string, unknown>).expression, path, issues);
  if (root === null) return null;
  const before = issues.length;
  const deps = checkSymbols(root, i, path, context, issues);
  if (issues.length > before) return null;
  let code: EvalFunction;
  try {
    code = root.compile();
  } catch (e) {
    issues.push({ path, expected: 'a compilable expression', found: e instanceof Error ? e.message : String(e), hint: 'Simplify the expression.' });
    return null;
  }
  return { name: context.names[i], deps, code, scope: new Map() };
}

/** Parses an expression after checking it is a non-empty string of bounded length; null (with an issue) if not. */
function parseSpecExpression(expression: unknown, path: string, issues: UserMetricIssue[]): MathNode | null {
  if (typeof expression !== 'string') {
    issues.push({ path, expected: 'a string expression', found: describe(expression), hint: 'Write the formula as a string, e.g. "a / b".' });
    return null;
  }
  if (expression.trim() === '') {
    issues.push({ path, expected: 'a non-empty expression', found: 'an empty string', hint: 'Write a formula, e.g. "a / b".' });
    return null;
  }
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    issues.push({ path, expected: `at most ${MAX_EXPRESSION_LENGTH} characters`, found: `${expression.length} characters`, hint: 'Split it into several user metrics.' });
    return null;
  }
  try {
    return parseExpression(expression);
  } catch (e) {
    const char = (e as { char?: unknown }).char;
    // math.js appends "(char N)" itself; drop it since the position is reported separately.
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s*\(char \d+\)$/, '');
    issues.push({
      path,
      expected: 'a valid expression',
      found: typeof char === 'number' ? `syntax error at character ${char}: ${message}` : `syntax error: ${message}`,
      hint: typeof char === 'number' ? `Check the expression near character ${char}: ${JSON.stringify(expression.slice(Math.max(0, char - 6), char + 5))}.` : 'Check parentheses and operators.',
    });
    return null;
  }
}

/**
 * Walks the tree against the rules and resolves its symbols: built-in metrics and earlier user
 * metrics become dependencies; anything else is an issue. Returns the dependencies.
 */
function checkSymbols(root: MathNode, i: number, path: string, context: NameContext, issues: UserMetricIssue[]): string[] {
  const { builtins, builtinList, userIndex, names } = context;
  const ownName = names[i];
  const isKnownName = (s: string): boolean => builtins.has(s) || userIndex.has(s);
  const { symbols } = analyse(root, path, isKnownName, issues);
  const deps: string[] = [];
  const earlier = names.slice(0, i).filter((n) => IDENTIFIER.test(n) && !builtins.has(n));
  for (const s of symbols) {
    if (builtins.has(s)) {
      deps.push(s);
    } else if (userIndex.has(s)) {
      const j = userIndex.get(s)!;
      if (s === ownName) {
        issues.push({ path, expected: 'references to built-in or earlier user metrics', found: `a reference to itself ('${s}')`, hint: 'A metric cannot be defined in terms of itself.' });
      } else if (j > i) {
        issues.push({
          path,
          expected: 'references to built-in or earlier user metrics',
          found: `a reference to '${s}', defined later at /metrics/${j}`,
          hint: `Move '${s}' before this metric; metrics are evaluated in list order.`,
        });
      } else {
        deps.push(s);
      }
    } else if (ALLOWED_CONSTANTS.has(s)) {
      // math.js resolves pi and e from the instance.
    } else {
      const isFunction = Object.hasOwn(ALLOWED_FUNCTIONS, s) || DISABLED_SET.has(s);
      issues.push({
        path,
        expected: 'a built-in metric name or an earlier user metric',
        found: isFunction ? `function '${s}' used as a value` : `unknown symbol '${s}'`,
        hint: isFunction ? `Call it with arguments, e.g. ${s}(x).` : suggest(s, [...builtinList, ...earlier], 'metrics'),
      });
    }
  }
  return deps;
}

/** Evaluates the compiled metrics in order; see {@link CompiledUserMetrics.evaluate}. */
function evaluator(compiled: readonly CompiledMetric[]): CompiledUserMetrics['evaluate'] {
  return (values: Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    const lookup = (name: string): number => {
      if (Object.hasOwn(out, name)) return out[name];
      if (values != null && Object.hasOwn(values, name)) {
        const v = values[name];
        return typeof v === 'number' ? v : NaN;
      }
      return NaN;
    };
    for (const m of compiled) {
      let result = NaN;
      let ready = true;
      for (const d of m.deps) {
        const v = lookup(d);
        if (Number.isNaN(v)) {
          ready = false; // NaN in, NaN out, regardless of operators such as max or ?: that might hide it
          break;
        }
        m.scope.set(d, v);
      }
      if (ready) {
        try {
          const r: unknown = m.code.evaluate(m.scope);
          result = typeof r === 'number' ? r : typeof r === 'boolean' ? (r ? 1 : 0) : NaN;
        } catch {
          result = NaN; // e.g. round(x, 0.5): a domain error, not a program error
        }
      }
      out[m.name] = result;
    }
    return out;
  };
}
