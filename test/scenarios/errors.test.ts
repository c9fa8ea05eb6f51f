import { describe, expect, it } from 'vitest';
import { InputError, ScenarioError } from '../../base/errors.ts';
import { parseScenario } from '../../scenarios/loader.ts';

describe('InputError and ScenarioError', () => {
  const issues = [
    { path: '/county/townships', expected: 'an integer of at least 1', found: 'the number 0', hint: 'Use a value of at least 1.' },
    { path: '', expected: 'valid JSON', found: 'a comment at line 2, column 3:\n  // x\n  ^', hint: 'Remove it.', line: 2, column: 3 },
  ];

  it('formats one block per issue: file and path, expected, found, hint', () => {
    const error = new ScenarioError('small.json', issues);
    expect(error.format()).toBe([
      'small.json: 2 problems in the scenario file',
      '',
      'small.json at /county/townships',
      '  expected: an integer of at least 1',
      '  found:    the number 0',
      '  hint:     Use a value of at least 1.',
      '',
      'small.json:2:3',
      '  expected: valid JSON',
      '  found:    a comment at line 2, column 3:',
      '              // x',
      '              ^',
      '  hint:     Remove it.',
      '',
    ].join('\n'));
    expect(error.message).toBe(error.format());
  });

  it('carries file, issues, name and exit code; issues are frozen copies', () => {
    const error = new ScenarioError('a.json', issues);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScenarioError');
    expect(error.exitCode).toBe(2);
    expect(error.file).toBe('a.json');
    expect(error.issues).toEqual(issues);
    expect(Object.isFrozen(error.issues) && Object.isFrozen(error.issues[0])).toBe(true);
    expect(new InputError('e.json', issues.slice(0, 1), 'experiment file').message).toMatch(/^e\.json: one problem in the experiment file/);
  });

  it('parseScenario without a file name uses a placeholder', () => {
    expect(() => parseScenario({})).toThrow(/^<scenario>: one problem in the scenario file/);
  });
});
