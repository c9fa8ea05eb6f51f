import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALLOWED_FUNCTIONS } from '../../engine/metrics/userMetricRules.ts';
import { compileUserMetrics, UserMetricError, type UserMetricIssue } from '../../engine/metrics/userMetrics.ts';

const BUILTINS = ['gini', 'theilTotal', 'theilBetween', 'served', 'requests', 'meanWait'] as const;

/** Compiles expecting failure and returns the issues. */
function issuesOf(specs: { name: string; expression: string }[], builtins: readonly string[] = BUILTINS): UserMetricIssue[] {
  try {
    compileUserMetrics(specs, builtins);
  } catch (e) {
    expect(e).toBeInstanceOf(UserMetricError);
    expect((e as Error).message).toContain('Invalid user metrics');
    return (e as UserMetricError).issues;
  }
  throw new Error('expected compileUserMetrics to throw');
}

function one(expression: string): UserMetricIssue {
  const issues = issuesOf([{ name: 'm', expression }]);
  expect(issues).toHaveLength(1);
  expect(issues[0].path).toBe('/metrics/0/expression');
  return issues[0];
}

describe('compileUserMetrics: evaluation', () => {
  it('evaluates a ratio and chains earlier user metrics in order', () => {
    const c = compileUserMetrics(
      [
        { name: 'serviceRate', expression: 'served / requests' },
        { name: 'pct', expression: 'round(100 * serviceRate, 1)' },
        { name: 'flag', expression: 'serviceRate > 0.5 ? 1 : 0' },
        { name: 'combo', expression: 'max(gini, theilBetween / theilTotal) + 2 pi - pi * 2' },
      ],
      BUILTINS,
    );
    expect(c.names).toEqual(['serviceRate', 'pct', 'flag', 'combo']);
    expect(c.dependencies[1]).toEqual(['serviceRate']);
    const out = c.evaluate({ gini: 0.3, theilTotal: 0.4, theilBetween: 0.1, served: 3, requests: 4, meanWait: 2 });
    expect(out.serviceRate).toBe(0.75);
    expect(out.pct).toBe(75);
    expect(out.flag).toBe(1);
    expect(out.combo).toBeCloseTo(0.3, 12);
    expect(Object.keys(out)).toEqual(['serviceRate', 'pct', 'flag', 'combo']);
  });

  it('follows number semantics and never throws for numeric input', () => {
    const c = compileUserMetrics(
      [
        { name: 'ratio', expression: 'served / requests' },
        { name: 'root', expression: 'sqrt(served - requests)' },
        { name: 'cmp', expression: 'served >= requests' },
        { name: 'badRound', expression: 'round(served, 0.5)' },
        { name: 'modulo', expression: 'served % 3' },
      ],
      BUILTINS,
    );
    const a = c.evaluate({ served: 1, requests: 0 });
    expect(a.ratio).toBe(Infinity);
    expect(a.root).toBe(1);
    expect(a.cmp).toBe(1); // booleans become 1/0
    expect(a.badRound).toBeNaN(); // domain error -> NaN, not an exception
    expect(a.modulo).toBe(1);
    const b = c.evaluate({ served: 0, requests: 0 });
    expect(b.ratio).toBeNaN();
    const d = c.evaluate({ served: 1, requests: 2 });
    expect(d.root).toBeNaN(); // real-only instance: no Complex results
    expect(d.cmp).toBe(0);
  });

  it('propagates NaN from any referenced value, including through max and ?:', () => {
    const c = compileUserMetrics(
      [
        { name: 'x', expression: 'max(gini, 1)' },
        { name: 'y', expression: 'served > 0 ? 1 : 2' },
        { name: 'z', expression: 'x + 1' },
        { name: 'k', expression: '42' },
      ],
      BUILTINS,
    );
    const out = c.evaluate({ gini: NaN, served: NaN });
    expect(out.x).toBeNaN();
    expect(out.y).toBeNaN();
    expect(out.z).toBeNaN();
    expect(out.k).toBe(42);
    // Missing built-ins count as NaN.
    expect(compileUserMetrics([{ name: 'w', expression: 'meanWait * 2' }], BUILTINS).evaluate({}).w).toBeNaN();
  });

  it('lets built-in values shadow constants and ignores inherited keys', () => {
    const c = compileUserMetrics([{ name: 'v', expression: 'e + toString' }], ['e', 'toString']);
    expect(c.evaluate({ e: 1, toString: 2 }).v).toBe(3);
    expect(c.evaluate(Object.create({ e: 1, toString: 2 }) as Record<string, number>).v).toBeNaN();
  });

  it('every whitelisted function works in the restricted instance', () => {
    const cases: [string, number][] = [
      ['abs(-served)', 3], ['sign(-served)', -1], ['sqrt(4 served - 3)', 3], ['cbrt(27)', 3], ['exp(0)', 1],
      ['log(e)', 1], ['log(8, 2)', 3], ['log10(1000)', 3], ['log2(8)', 3], ['pow(served, 2)', 9], ['mod(-1, served)', 2],
      ['min(served, 1, 2)', 1], ['max(served, 1)', 3], ['mean(served, 1)', 2], ['sum(served, 1, 1)', 5],
      ['round(2.5)', 3], ['round(1.2345, 2)', 1.23], ['floor(-0.5)', -1], ['ceil(0.2)', 1], ['floor(1.27, 1)', 1.2],
    ];
    expect(Object.keys(ALLOWED_FUNCTIONS).sort()).toEqual([...new Set(cases.map(([e]) => e.slice(0, e.indexOf('('))))].sort());
    const c = compileUserMetrics(cases.map(([expression], i) => ({ name: `f${i}`, expression })), BUILTINS);
    const out = c.evaluate({ served: 3 });
    cases.forEach(([expr, want], i) => expect(out[`f${i}`], expr).toBeCloseTo(want, 12));
  });

  it('accepts an empty list', () => {
    expect(compileUserMetrics([], BUILTINS).evaluate({})).toEqual({});
  });
});

describe('compileUserMetrics: rejections', () => {
  it('unknown symbol, with the closest built-in as suggestion', () => {
    const i = one('gnii * 2');
    expect(i.found).toContain("unknown symbol 'gnii'");
    expect(i.hint).toContain("Did you mean 'gini'?");
  });

  it('unknown symbol far from everything lists a few known names', () => {
    const i = one('zzzzzzzzzzzz');
    expect(i.hint).toMatch(/Known metrics: 'gini', 'theilTotal'/);
  });

  it('unknown function, with suggestion', () => {
    const i = one('sqr(gini)');
    expect(i.found).toContain("unknown function 'sqr'");
    expect(i.hint).toMatch(/Did you mean 'sqrt'\?/);
  });

  it('assignment', () => {
    const i = one('a = 1');
    expect(i.found).toContain('an assignment');
  });

  it('function definition', () => {
    const i = one('f(x) = x');
    expect(i.found).toContain('a function definition');
  });

  it.each(['import("fs")', 'evaluate("1+1")', 'parse("x")', 'compile("x")', 'simplify("x")', 'derivative("x^2", "x")', 'createUnit("foo")', 'resolve(gini)', 'reviver(gini)'])(
    'disabled function %s',
    (expr) => {
      const i = one(expr);
      expect(i.found).toMatch(/^disallowed function '\w+'$/);
      expect(i.hint).toContain('is disabled');
    },
  );

  it('a disabled function used as a bare value', () => {
    expect(one('evaluate').found).toBe("function 'evaluate' used as a value");
  });

  it('property access and calls through it', () => {
    expect(one('gini.constructor').found).toContain('property or index access');
    expect(one('gini["constructor"]').found).toContain('property or index access');
    expect(one('gini.constructor("return process")(1)').found).toMatch(/property or index access|a call through/);
  });

  it('matrix, object, range and string literals', () => {
    expect(one('[1, 2]').found).toContain('matrix/array literal');
    expect(one('{a: 1}').found).toContain('object literal');
    expect(one('1:3').found).toContain('a range');
    expect(one('"abc"').found).toContain('string literal');
    expect(one('true').hint).toContain('Use 1 or 0');
  });

  it('other operators and statement blocks', () => {
    expect(one("gini'").found).toContain('ctranspose');
    expect(one('5!').found).toContain('factorial');
    expect(one('gini to served').found).toContain("operator 'to'");
    expect(one('gini; served').found).toContain('multiple statements');
  });

  it('wrong argument count', () => {
    expect(one('pow(gini)').expected).toContain("2 arguments for 'pow'");
    expect(one('sqrt(gini, 2)').expected).toContain("1 argument for 'sqrt'");
  });

  it('reference to a later user metric, and to itself', () => {
    const issues = issuesOf([
      { name: 'a', expression: 'b + 1' },
      { name: 'b', expression: 'gini' },
      { name: 'c', expression: 'c * 2' },
    ]);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ path: '/metrics/0/expression' });
    expect(issues[0].found).toContain("'b', defined later at /metrics/1");
    expect(issues[0].hint).toContain("Move 'b' before this metric");
    expect(issues[1]).toMatchObject({ path: '/metrics/2/expression' });
    expect(issues[1].found).toContain('itself');
  });

  it('duplicate names, clashes with built-ins, reserved and malformed names', () => {
    const issues = issuesOf([
      { name: 'x', expression: '1' },
      { name: 'x', expression: '2' },
      { name: 'gini', expression: '3' },
      { name: 'sqrt', expression: '4' },
      { name: '__proto__', expression: '5' },
      { name: '2bad', expression: '6' },
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      '/metrics/1/name',
      '/metrics/2/name',
      '/metrics/3/name',
      '/metrics/4/name',
      '/metrics/5/name',
    ]);
    expect(issues[0].found).toContain('already defined at /metrics/0');
    expect(issues[1].found).toContain('built-in');
  });

  it('syntax error with the character position', () => {
    const i = one('gini + (served');
    expect(i.found).toMatch(/syntax error at character \d+/);
    expect(i.expected).toBe('a valid expression');
    expect(one('gini +').found).toBe('syntax error at character 7: Unexpected end of expression');
  });

  it('reports all problems across all metrics at once', () => {
    const issues = issuesOf([
      { name: 'ok', expression: 'gini * 2' },
      { name: 'a', expression: 'gnii + evaluate("1") + [1]' },
      { name: 'b', expression: '(' },
      { name: 'ok', expression: 'x.y' },
    ]);
    expect(issues.map((i) => i.path)).toEqual([
      '/metrics/3/name',
      '/metrics/1/expression',
      '/metrics/1/expression',
      '/metrics/1/expression',
      '/metrics/2/expression',
      '/metrics/3/expression',
    ]);
  });

  it('rejects malformed specs without crashing', () => {
    const bad = [null, 3, { name: 'q' }, { name: 'r', expression: 4 }, { name: 's', expression: '   ' }] as unknown as { name: string; expression: string }[];
    const issues = issuesOf(bad);
    expect(issues.map((i) => i.path)).toEqual(['/metrics/0', '/metrics/1', '/metrics/2/expression', '/metrics/3/expression', '/metrics/4/expression']);
    expect(() => compileUserMetrics('nope' as unknown as [], BUILTINS)).toThrow(UserMetricError);
  });
});

describe('compileUserMetrics: fuzz', () => {
  const expressionChars = fc.constantFrom(
    ...'abcegimnorstxyz_0123456789.,;:?!\'"()[]{}+-*/^%<>=&|~#$@\\ \n\t'.split(''),
    'gini', 'served', 'sqrt(', 'max(', 'evaluate(', 'import(', '.constructor', ' to ', ' mod ', ' and ', '1e400', 'pi', 'e',
  );
  const expression = fc.oneof(fc.string(), fc.array(expressionChars, { maxLength: 40 }).map((a) => a.join('')));

  it('only ever throws UserMetricError, and compiled metrics never throw', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.oneof(fc.string(), fc.constantFrom('a', 'b', 'gini', 'x1')), expression }), { maxLength: 3 }), (specs) => {
        let compiled;
        try {
          compiled = compileUserMetrics(specs, BUILTINS);
        } catch (e) {
          expect(e).toBeInstanceOf(UserMetricError);
          const issues = (e as UserMetricError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const i of issues) {
            expect(i.path).toMatch(/^\/metrics(\/\d+(\/(name|expression))?)?$/);
            for (const f of [i.expected, i.found, i.hint]) expect(typeof f).toBe('string');
          }
          return;
        }
        const out = compiled.evaluate({ gini: 0.5, theilTotal: 0, served: -3, requests: 1e308 });
        for (const v of Object.values(out)) expect(typeof v).toBe('number');
      }),
      { numRuns: 2000 },
    );
  });

  it('handles pathological nesting and length', () => {
    for (const expr of ['('.repeat(498) + 'gini' + ')'.repeat(498), '('.repeat(600) + 'gini' + ')'.repeat(400), '-'.repeat(999) + '1', 'gini+'.repeat(199) + 'gini', '('.repeat(5000)]) {
      try {
        const c = compileUserMetrics([{ name: 'm', expression: expr }], BUILTINS);
        expect(typeof c.evaluate({ gini: 1 }).m).toBe('number');
      } catch (e) {
        expect(e).toBeInstanceOf(UserMetricError);
      }
    }
  });
});
