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

import { all, create } from 'mathjs';
import type {
  ConstantNode,
  EvalFunction,
  FunctionNode,
  MathNode,
  OperatorNode,
  SymbolNode,
} from 'mathjs';

/** One problem found while compiling user metrics. */
export interface UserMetricIssue {
  /** JSON-pointer-like location, e.g. `/metrics/2/expression`. */
  path: string;
  /** What was expected at that location. */
  expected: string;
  /** What was found instead. */
  found: string;
  /** How to fix it. */
  hint: string;
}

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

/**
 * Whitelisted functions with their accepted argument counts
 * (`max = Infinity` for variadic). All are pure, scalar and numeric.
 */
export const ALLOWED_FUNCTIONS: Readonly<Record<string, { min: number; max: number }>> = Object.freeze({
  abs: { min: 1, max: 1 },
  sign: { min: 1, max: 1 },
  sqrt: { min: 1, max: 1 },
  cbrt: { min: 1, max: 1 },
  exp: { min: 1, max: 1 },
  log: { min: 1, max: 2 }, // log(x) natural, log(x, base)
  log10: { min: 1, max: 1 },
  log2: { min: 1, max: 1 },
  pow: { min: 2, max: 2 },
  mod: { min: 2, max: 2 },
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  mean: { min: 1, max: Infinity },
  sum: { min: 1, max: Infinity },
  round: { min: 1, max: 2 }, // round(x, decimals)
  floor: { min: 1, max: 2 },
  ceil: { min: 1, max: 2 },
});

/** Named constants usable as symbols (metric values of the same name shadow them). */
const ALLOWED_CONSTANTS: ReadonlySet<string> = new Set(['pi', 'e']);

/** Operator node `fn` names allowed (math.js names, not symbols). */
const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus',
  'equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq', 'and', 'or', 'not',
]);

/** Functions disabled in the instance and named specifically in error messages. */
const DISABLED_FUNCTIONS = [
  'import', 'createUnit', 'reviver', 'replacer', 'evaluate', 'parse', 'compile', 'parser',
  'simplify', 'simplifyConstant', 'simplifyCore', 'rationalize', 'derivative', 'resolve',
  'symbolicEqual', 'leafCount', 'chain', 'help',
] as const;
const DISABLED_SET: ReadonlySet<string> = new Set(DISABLED_FUNCTIONS);

/** Words the parser treats as operators/literals, or that are unsafe as object keys. */
const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'mod', 'and', 'or', 'not', 'xor', 'to', 'in', 'end', 'true', 'false', 'null', 'undefined',
  'Infinity', 'NaN', '__proto__', 'constructor', 'prototype',
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Bounds parser/compiler recursion; metric formulas are short. */
const MAX_EXPRESSION_LENGTH = 1000;
const MAX_DEPTH = 256;

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
// Helpers

/** Levenshtein distance (small strings only). */
function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** "did you mean 'x'?" for a close candidate, otherwise a short list of candidates. */
function suggest(name: string, candidates: readonly string[], what: string): string {
  let best = '';
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best !== '' && bestD <= Math.max(2, Math.floor(name.length / 3))) return `Did you mean '${best}'?`;
  if (candidates.length === 0) return `No ${what} are available.`;
  const shown = candidates.slice(0, 6).map((c) => `'${c}'`).join(', ');
  return `Known ${what}: ${shown}${candidates.length > 6 ? `, … (${candidates.length} in total)` : ''}.`;
}

function snippet(node: MathNode): string {
  let s: string;
  try {
    s = node.toString();
  } catch {
    s = node.type;
  }
  return `'${s.length > 40 ? `${s.slice(0, 37)}...` : s}'`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

const CONSTRUCT_NAMES: Record<string, string> = {
  AssignmentNode: 'an assignment',
  FunctionAssignmentNode: 'a function definition',
  AccessorNode: 'property or index access',
  IndexNode: 'an index',
  ArrayNode: 'a matrix/array literal',
  ObjectNode: 'an object literal',
  RangeNode: 'a range',
  BlockNode: 'multiple statements',
};

interface Analysis {
  /** Symbols read as values (metric names or constants), deduplicated. */
  symbols: Set<string>;
}

/**
 * Walks a parsed tree against the whitelist, recording issues.
 * Disallowed subtrees are reported once and not descended into, to keep
 * messages about what the user wrote rather than math.js internals.
 */
function analyse(
  root: MathNode,
  path: string,
  isKnownName: (name: string) => boolean,
  issues: UserMetricIssue[],
): Analysis {
  const symbols = new Set<string>();
  const calls = new Set<string>();
  const visit = (node: MathNode, depth: number): void => {
    if (depth > MAX_DEPTH) {
      issues.push({
        path,
        expected: `an expression nested at most ${MAX_DEPTH} levels deep`,
        found: 'a deeper expression',
        hint: 'Split it into several user metrics.',
      });
      throw new DepthExceeded();
    }
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as ConstantNode).value as unknown;
        if (typeof value !== 'number') {
          issues.push({
            path,
            expected: 'a number literal',
            found: `a ${typeof value === 'string' ? 'string' : String(value)} literal ${typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value) : ''}`.trimEnd(),
            hint: typeof value === 'boolean' ? 'Use 1 or 0 instead of true/false.' : 'Only numeric values are supported.',
          });
        }
        return;
      }
      case 'SymbolNode': {
        const name = (node as SymbolNode).name;
        symbols.add(name);
        return;
      }
      case 'ParenthesisNode':
      case 'ConditionalNode':
      case 'RelationalNode':
        node.forEach((child) => visit(child, depth + 1));
        return;
      case 'OperatorNode': {
        const op = node as OperatorNode;
        if (!ALLOWED_OPERATORS.has(op.fn)) {
          issues.push({
            path,
            expected: 'an arithmetic, comparison or logical operator',
            found: `operator '${op.op}' (${op.fn}) in ${snippet(node)}`,
            hint: 'Allowed operators: + - * / ^ % mod == != < > <= >= and or not, and ?: for conditions.',
          });
          return;
        }
        node.forEach((child) => visit(child, depth + 1));
        return;
      }
      case 'FunctionNode': {
        const fnNode = node as FunctionNode;
        const callee = fnNode.fn as MathNode;
        if (callee.type !== 'SymbolNode') {
          issues.push({
            path,
            expected: 'a call of a whitelisted function by name',
            found: `a call through ${CONSTRUCT_NAMES[callee.type] ?? callee.type} in ${snippet(node)}`,
            hint: 'Property access and computed calls are not allowed.',
          });
          return;
        }
        const name = (callee as SymbolNode).name;
        const arity = Object.hasOwn(ALLOWED_FUNCTIONS, name) ? ALLOWED_FUNCTIONS[name] : undefined;
        if (arity === undefined) {
          const disabled = DISABLED_SET.has(name);
          issues.push({
            path,
            expected: 'a whitelisted numeric function',
            found: disabled ? `disallowed function '${name}'` : `unknown function '${name}'`,
            hint: disabled
              ? `'${name}' is disabled: user metrics cannot parse, evaluate or import code.`
              : suggest(name, Object.keys(ALLOWED_FUNCTIONS), 'functions'),
          });
          return;
        }
        const argc = fnNode.args.length;
        if (argc < arity.min || argc > arity.max) {
          const range =
            arity.max === Infinity ? `at least ${arity.min}` : arity.min === arity.max ? `${arity.min}` : `${arity.min} to ${arity.max}`;
          issues.push({
            path,
            expected: `${range} argument${arity.max === 1 ? '' : 's'} for '${name}'`,
            found: `${argc} argument${argc === 1 ? '' : 's'}`,
            hint: `Check the call ${snippet(node)}.`,
          });
        }
        calls.add(name);
        for (const arg of fnNode.args) visit(arg, depth + 1);
        return;
      }
      default:
        issues.push({
          path,
          expected: 'arithmetic over metric names',
          found: `${CONSTRUCT_NAMES[node.type] ?? `a ${node.type}`} ${snippet(node)}`,
          hint:
            node.type === 'AssignmentNode' || node.type === 'FunctionAssignmentNode'
              ? 'Give the metric a name in the spec instead of assigning inside the expression.'
              : 'Only numbers, metric names, operators, ?: and whitelisted functions are allowed.',
        });
    }
  };
  try {
    visit(root, 0);
  } catch (e) {
    if (!(e instanceof DepthExceeded)) throw e;
  }
  // A name both called and read would make math.js resolve the call to the metric value.
  for (const name of calls) {
    if (symbols.has(name) && isKnownName(name)) {
      issues.push({
        path,
        expected: `'${name}' used either as a metric or as a function`,
        found: 'both uses in one expression',
        hint: `Define a user metric equal to '${name}' with a different name and use that.`,
      });
    }
  }
  return { symbols };
}

class DepthExceeded extends Error {}

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
  const builtinList = [...builtins];

  // Index of every well-formed user name (first occurrence), for forward-reference checks.
  const userIndex = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as unknown;
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

  const compiled: { name: string; deps: string[]; code: EvalFunction; scope: Map<string, number> }[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as unknown;
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) continue;
    const expression = (spec as Record<string, unknown>).expression;
    const path = `/metrics/${i}/expression`;
    if (typeof expression !== 'string') {
      issues.push({ path, expected: 'a string expression', found: describe(expression), hint: 'Write the formula as a string, e.g. "a / b".' });
      continue;
    }
    if (expression.trim() === '') {
      issues.push({ path, expected: 'a non-empty expression', found: 'an empty string', hint: 'Write a formula, e.g. "a / b".' });
      continue;
    }
    if (expression.length > MAX_EXPRESSION_LENGTH) {
      issues.push({ path, expected: `at most ${MAX_EXPRESSION_LENGTH} characters`, found: `${expression.length} characters`, hint: 'Split it into several user metrics.' });
      continue;
    }
    let root: MathNode;
    try {
      root = parseExpression(expression);
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
      continue;
    }

    const before = issues.length;
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
    if (issues.length > before) continue;
    let code: EvalFunction;
    try {
      code = root.compile();
    } catch (e) {
      issues.push({ path, expected: 'a compilable expression', found: e instanceof Error ? e.message : String(e), hint: 'Simplify the expression.' });
      continue;
    }
    compiled.push({ name: ownName, deps, code, scope: new Map() });
  }

  if (issues.length > 0) throw new UserMetricError(issues);

  const resultNames = compiled.map((c) => c.name);
  const dependencies = compiled.map((c) => Object.freeze([...c.deps]));
  return {
    names: Object.freeze(resultNames),
    dependencies: Object.freeze(dependencies),
    evaluate(values: Record<string, number>): Record<string, number> {
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
    },
  };
}
