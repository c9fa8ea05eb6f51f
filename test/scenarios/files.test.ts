/** loadScenario: missing, unreadable and invalid files, with positions and hints. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioError, type InputIssue } from '../../base/errors.ts';
import { loadScenario } from '../../scenarios/loader.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ronghe-scenarios-'));
  writeFileSync(join(dir, 'small.json'), '{"name": "small", "years": 2}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to a file and returns the single issue loadScenario reports for it. */
function issueOfFile(text: string | null, name = 'case.json'): { issue: InputIssue; error: ScenarioError } {
  const path = join(dir, name);
  if (text !== null) writeFileSync(path, text);
  try {
    loadScenario(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    const e = error as ScenarioError;
    expect(e.issues).toHaveLength(1);
    expect(e.file).toBe(path);
    return { issue: e.issues[0]!, error: e };
  }
  throw new Error('expected a ScenarioError');
}

describe('loadScenario', () => {
  it('loads a valid file', () => {
    const s = loadScenario(join(dir, 'small.json'));
    expect(s.name).toBe('small');
    expect(s.years).toBe(2);
    expect(s.county.townships).toBe(14);
  });

  it('ignores a byte-order mark', () => {
    writeFileSync(join(dir, 'bom.json'), '\uFEFF{"name": "bom"}');
    expect(loadScenario(join(dir, 'bom.json')).name).toBe('bom');
  });

  it('missing file: names the full path and suggests a similar file', () => {
    const { issue } = issueOfFile(null, 'smal.json');
    expect(issue.path).toBe('');
    expect(issue.expected).toBe('an existing scenario file');
    expect(issue.found).toBe(`no file at ${join(dir, 'smal.json')}`);
    expect(issue.hint).toBe(`Did you mean ${join(dir, 'small.json')}?`);
  });

  it('missing file without a similar name: lists the JSON files there', () => {
    const { issue } = issueOfFile(null, 'zzzzzzzz.json');
    expect(issue.hint).toContain('JSON files in');
    expect(issue.hint).toContain('small.json');
  });

  it('missing directory', () => {
    const { issue } = issueOfFile(null, 'nope/small.json');
    expect(issue.hint).toContain('does not exist either');
  });

  it('a directory instead of a file', () => {
    mkdirSync(join(dir, 'folder'));
    const { issue } = issueOfFile(null, 'folder');
    expect(issue.found).toContain('is a directory');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
    const path = join(dir, 'locked.json');
    writeFileSync(path, '{}');
    chmodSync(path, 0o000);
    const { issue } = issueOfFile(null, 'locked.json');
    expect(issue.found).toContain('no permission');
  });

  describe('invalid JSON: line, column and a hint', () => {
    const cases: [string, string, number, number, string, string][] = [
      ['trailing comma', '{\n  "name": "x",\n  "years": 5,\n}\n', 3, 13, 'a trailing comma', 'Remove the comma'],
      ['trailing comma in a list', '{"name": "x", "metrics": [1,]}', 1, 28, 'a trailing comma', '"]"'],
      ['comment', '{\n  // horizon\n  "name": "x"\n}', 2, 3, 'a comment', 'no comments'],
      ['single quotes', "{\n  'name': 'x'\n}", 2, 3, 'a single quote', 'double quotes'],
      ['unquoted key', '{\n  name: "x"\n}', 2, 3, 'the unquoted key name', 'Put the key in double quotes: "name"'],
      ['missing comma', '{\n  "name": "x"\n  "years": 5\n}', 3, 3, '"\\"" where "," or "}" after the value was expected', 'Add a comma'],
      ['missing colon', '{"name" "x"}', 1, 9, 'where ":" after the key was expected', 'Put a colon'],
      ['capitalised literal', '{"name": "x", "flag": True}', 1, 23, 'the bare word True', 'write true in lower case'],
      ['NaN', '{"name": "x", "years": NaN}', 1, 24, 'the bare word NaN', 'finite'],
      ['leading zero', '{"name": "x", "years": 05}', 1, 24, 'an invalid number', 'no leading zeros'],
      ['bad escape', '{"name": "C:\\data"}', 1, 13, 'an invalid escape', '\\\\'],
      ['line break in string', '{"name": "x\ny"}', 1, 12, 'a line break inside a string', '\\n'],
      ['unclosed string', '{"name": "x', 1, 10, 'a string that is never closed', 'closing double quote'],
      ['truncated file', '{\n  "name": "x",\n  "county": {"residents": 1', 3, 28, 'the end of the file', 'opened at line 3'],
      ['text after the value', '{"name": "x"} {}', 1, 15, 'after the end of the JSON value', 'Remove everything after'],
      ['empty file', '  \n', 1, 1, 'an empty file', '{"name": "my-scenario"}'],
    ];
    it.each(cases)('%s', (_label, text, line, column, found, hint) => {
      const { issue, error } = issueOfFile(text);
      expect(issue.path).toBe('');
      expect(issue.expected).toBe('valid JSON');
      expect({ line: issue.line, column: issue.column }).toEqual({ line, column });
      expect(issue.found).toContain(found);
      expect(issue.found).toContain(`at line ${line}, column ${column}`);
      expect(issue.hint).toContain(hint);
      expect(error.format()).toContain(`case.json:${line}:${column}`);
    });

    it('shows the offending line with a caret under the column', () => {
      const { issue } = issueOfFile('{\n  "name": "x",\n  "years": 5,\n}\n');
      expect(issue.found).toBe('a trailing comma at line 3, column 13:\n    "years": 5,\n              ^');
    });

    it('cuts long lines around the column', () => {
      const { issue } = issueOfFile(`{"name": "x", "description": "${'a'.repeat(200)}", }`);
      const [, shown, caret] = issue.found.split('\n');
      expect(shown!.length).toBeLessThan(80);
      expect(shown!.slice(caret!.indexOf('^'), caret!.indexOf('^') + 1)).toBe(',');
    });
  });

  it('schema problems name the file', () => {
    writeFileSync(join(dir, 'bad.json'), '{"name": "bad", "years": 0}');
    expect(() => loadScenario(join(dir, 'bad.json'))).toThrow(/bad\.json: one problem in the scenario file/);
  });
});
