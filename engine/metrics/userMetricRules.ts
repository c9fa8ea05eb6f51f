/**
 * The rules user metric expressions must follow: the whitelists of functions, constants and
 * operators, the disabled math.js functions, and the tree walk that checks a parsed expression
 * against them, reporting every problem with a path, what was expected, what was found and a hint.
 */
import type { ConstantNode, FunctionNode, MathNode, OperatorNode, SymbolNode } from 'mathjs';
import { closest } from '../../base/wording.ts';

/**
 * One problem found while compiling user metrics. Declared here, with the rules that find most
 * problems, so that this module does not import the compiler (`userMetrics.ts` re-exports it).
 */
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
export const ALLOWED_CONSTANTS: ReadonlySet<string> = new Set(['pi', 'e']);

/** Operator node `fn` names allowed (math.js names, not symbols). */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus',
  'equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq', 'and', 'or', 'not',
]);

/** Functions disabled in the instance and named specifically in error messages. */
export const DISABLED_FUNCTIONS = [
  'import', 'createUnit', 'reviver', 'replacer', 'evaluate', 'parse', 'compile', 'parser',
  'simplify', 'simplifyConstant', 'simplifyCore', 'rationalize', 'derivative', 'resolve',
  'symbolicEqual', 'leafCount', 'chain', 'help',
] as const;
export const DISABLED_SET: ReadonlySet<string> = new Set(DISABLED_FUNCTIONS);

/** Words the parser treats as operators/literals, or that are unsafe as object keys. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'mod', 'and', 'or', 'not', 'xor', 'to', 'in', 'end', 'true', 'false', 'null', 'undefined',
  'Infinity', 'NaN', '__proto__', 'constructor', 'prototype',
]);

export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Bounds parser/compiler recursion; metric formulas are short. */
export const MAX_EXPRESSION_LENGTH = 1000;
export const MAX_DEPTH = 256;


/** "Did you mean 'x'?" for a close candidate, otherwise a short list of candidates. */
export function suggest(name: string, candidates: readonly string[], what: string): string {
  const best = closest(name, candidates);
  if (best !== undefined) return `Did you mean '${best}'?`;
  if (candidates.length === 0) return `No ${what} are available.`;
  const shown = candidates.slice(0, 6).map((c) => `'${c}'`).join(', ');
  return `Known ${what}: ${shown}${candidates.length > 6 ? `, … (${candidates.length} in total)` : ''}.`;
}

export function snippet(node: MathNode): string {
  let s: string;
  try {
    s = node.toString();
  } catch {
    s = node.type;
  }
  return `'${s.length > 40 ? `${s.slice(0, 37)}...` : s}'`;
}

export function describe(value: unknown): string {
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

export interface Analysis {
  /** Symbols read as values (metric names or constants), deduplicated. */
  symbols: Set<string>;
}

/**
 * Walks a parsed tree against the whitelist, recording issues.
 * Disallowed subtrees are reported once and not descended into, to keep
 * messages about what the user wrote rather than math.js internals.
 */
export function analyse(
  root: MathNode,
  path: string,
  isKnownName: (name: string) => boolean,
  issues: UserMetricIssue[],
): Analysis {
  const walk = new TreeWalk(path, issues);
  try {
    walk.visit(root, 0);
  } catch (e) {
    if (!(e instanceof DepthExceeded)) throw e;
  }
  // A name both called and read would make math.js resolve the call to the metric value.
  for (const name of walk.calls) {
    if (walk.symbols.has(name) && isKnownName(name)) {
      walk.problem(`'${name}' used either as a metric or as a function`, 'both uses in one expression', `Define a user metric equal to '${name}' with a different name and use that.`);
    }
  }
  return { symbols: walk.symbols };
}

/** One walk of {@link analyse}: the symbols read and functions called so far, and the issues found. */
class TreeWalk {
  readonly symbols = new Set<string>();
  readonly calls = new Set<string>();

  constructor(
    private readonly path: string,
    private readonly issues: UserMetricIssue[],
  ) {}

  problem(expected: string, found: string, hint: string): void {
    this.issues.push({ path: this.path, expected, found, hint });
  }

  visit(node: MathNode, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.problem(`an expression nested at most ${MAX_DEPTH} levels deep`, 'a deeper expression', 'Split it into several user metrics.');
      throw new DepthExceeded();
    }
    switch (node.type) {
      case 'ConstantNode':
        return this.constant(node as ConstantNode);
      case 'SymbolNode':
        this.symbols.add((node as SymbolNode).name);
        return;
      case 'ParenthesisNode':
      case 'ConditionalNode':
      case 'RelationalNode':
        node.forEach((child) => this.visit(child, depth + 1));
        return;
      case 'OperatorNode':
        return this.operator(node as OperatorNode, depth);
      case 'FunctionNode':
        return this.call(node as FunctionNode, depth);
      default:
        this.problem(
          'arithmetic over metric names',
          `${CONSTRUCT_NAMES[node.type] ?? `a ${node.type}`} ${snippet(node)}`,
          node.type === 'AssignmentNode' || node.type === 'FunctionAssignmentNode'
            ? 'Give the metric a name in the spec instead of assigning inside the expression.'
            : 'Only numbers, metric names, operators, ?: and whitelisted functions are allowed.',
        );
    }
  }

  private constant(node: ConstantNode): void {
    const value = node.value as unknown;
    if (typeof value === 'number') return;
    this.problem(
      'a number literal',
      `a ${typeof value === 'string' ? 'string' : String(value)} literal ${typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value) : ''}`.trimEnd(),
      typeof value === 'boolean' ? 'Use 1 or 0 instead of true/false.' : 'Only numeric values are supported.',
    );
  }

  private operator(op: OperatorNode, depth: number): void {
    if (!ALLOWED_OPERATORS.has(op.fn)) {
      this.problem('an arithmetic, comparison or logical operator', `operator '${op.op}' (${op.fn}) in ${snippet(op)}`, 'Allowed operators: + - * / ^ % mod == != < > <= >= and or not, and ?: for conditions.');
      return;
    }
    op.forEach((child) => this.visit(child, depth + 1));
  }

  private call(fnNode: FunctionNode, depth: number): void {
    const callee = fnNode.fn as MathNode;
    if (callee.type !== 'SymbolNode') {
      this.problem('a call of a whitelisted function by name', `a call through ${CONSTRUCT_NAMES[callee.type] ?? callee.type} in ${snippet(fnNode)}`, 'Property access and computed calls are not allowed.');
      return;
    }
    const name = (callee as SymbolNode).name;
    const arity = Object.hasOwn(ALLOWED_FUNCTIONS, name) ? ALLOWED_FUNCTIONS[name] : undefined;
    if (arity === undefined) {
      const disabled = DISABLED_SET.has(name);
      this.problem(
        'a whitelisted numeric function',
        disabled ? `disallowed function '${name}'` : `unknown function '${name}'`,
        disabled ? `'${name}' is disabled: user metrics cannot parse, evaluate or import code.` : suggest(name, Object.keys(ALLOWED_FUNCTIONS), 'functions'),
      );
      return;
    }
    const argc = fnNode.args.length;
    if (argc < arity.min || argc > arity.max) {
      const range = arity.max === Infinity ? `at least ${arity.min}` : arity.min === arity.max ? `${arity.min}` : `${arity.min} to ${arity.max}`;
      this.problem(`${range} argument${arity.max === 1 ? '' : 's'} for '${name}'`, `${argc} argument${argc === 1 ? '' : 's'}`, `Check the call ${snippet(fnNode)}.`);
    }
    this.calls.add(name);
    for (const arg of fnNode.args) this.visit(arg, depth + 1);
  }
}

export class DepthExceeded extends Error {}
