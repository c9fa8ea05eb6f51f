/**
 * JSON text to value, with syntax errors reported as an {@link InputIssue} that gives the line,
 * column, the offending line with a caret, and a hint for the usual slips (trailing commas,
 * comments, single quotes, unquoted keys, missing commas).
 *
 * `JSON.parse` does the parsing; only when it fails does a small scanner walk the text to find
 * where and why, since V8's messages do not always give a position.
 */
import { readFileSync } from 'node:fs';
import { issues, type InputIssue } from './errors.ts';

/** The outcome of {@link parseJsonText}. */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; issue: InputIssue };

/**
 * Reads and parses a JSON file. `unreadable` tells a file that could not be read (missing, a
 * folder, no permission) from one that is not valid JSON.
 * @param what - the kind of file, for the wording (`scenario`, `experiment`)
 */
export function readJsonFile(path: string, what: string): { ok: true; value: unknown } | { ok: false; issue: InputIssue; unreadable: boolean } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, issue: issues.unreadableFile(path, error, what), unreadable: true };
  }
  const parsed = parseJsonText(text);
  return parsed.ok ? parsed : { ...parsed, unreadable: false };
}

/** Parses JSON text (a leading byte-order mark is ignored). */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const found = new Scanner(body).firstError();
    const fallback: SyntaxProblem = { offset: 0, what: String((error as Error).message), hint: 'Fix the JSON syntax.' };
    return { ok: false, issue: toIssue(body, found ?? fallback) };
  }
}

interface SyntaxProblem {
  /** Offset in the text (UTF-16 code units) where the problem is. */
  offset: number;
  /** What was found there. */
  what: string;
  hint: string;
}

function toIssue(text: string, problem: SyntaxProblem): InputIssue {
  const { line, column, lineText } = lineAndColumn(text, problem.offset);
  return {
    path: '',
    expected: 'valid JSON',
    found: `${problem.what} at line ${line}, column ${column}:\n${excerpt(lineText, column)}`,
    hint: problem.hint,
    line,
    column,
  };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number; lineText: string } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', offset);
  const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  return { line, column: offset - lineStart + 1, lineText };
}

/** The line (cut to about 70 characters around the column) and a caret under the column. */
function excerpt(lineText: string, column: number): string {
  const width = 70;
  let start = 0;
  if (lineText.length > width && column > width / 2) start = Math.min(column - 1 - width / 2, lineText.length - width);
  start = Math.max(0, Math.floor(start));
  const shown = (start > 0 ? '…' : '') + lineText.slice(start, start + width).replace(/\t/g, ' ') +
    (start + width < lineText.length ? '…' : '');
  const caretAt = column - 1 - start + (start > 0 ? 1 : 0);
  return `  ${shown}\n  ${' '.repeat(Math.max(0, caretAt))}^`;
}

/** A recursive-descent JSON scanner that stops at the first syntax error. */
class Scanner {
  private pos = 0;
  /** Offsets of the open brackets, to say which one is unclosed at the end of the text. */
  private readonly open: number[] = [];

  constructor(private readonly text: string) {}

  firstError(): SyntaxProblem | undefined {
    try {
      this.skipSpace();
      if (this.pos >= this.text.length) return { offset: 0, what: 'an empty file', hint: 'Write a JSON object such as {"name": "my-scenario"}.' };
      this.value();
      this.skipSpace();
      if (this.pos < this.text.length) {
        return this.problem(`${this.show()} after the end of the JSON value`,
          'Remove everything after the last closing brace, or wrap several values in one object or array.');
      }
      return undefined;
    } catch (problem) {
      if (isProblem(problem)) return problem;
      return undefined; // e.g. nesting deeper than the call stack: fall back to JSON.parse's message

    }
  }

  private value(): void {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    if (this.text.startsWith('true', this.pos)) return void (this.pos += 4);
    if (this.text.startsWith('false', this.pos)) return void (this.pos += 5);
    if (this.text.startsWith('null', this.pos)) return void (this.pos += 4);
    throw this.unexpected('a value');
  }

  private object(): void {
    this.open.push(this.pos);
    this.pos++; // {
    this.skipSpace();
    if (this.text[this.pos] === '}') return this.close();
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') throw this.unexpected('a key in double quotes');
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') throw this.unexpected('":" after the key');
      this.pos++;
      this.value();
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '}') return this.close();
      if (c === ',') {
        const comma = this.pos;
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === '}') {
          throw this.problem('a trailing comma', 'Remove the comma after the last entry: JSON allows no comma before "}".', comma);
        }
        continue;
      }
      throw this.unexpected('"," or "}" after the value');
    }
  }

  private array(): void {
    this.open.push(this.pos);
    this.pos++; // [
    this.skipSpace();
    if (this.text[this.pos] === ']') return this.close();
    for (;;) {
      this.value();
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ']') return this.close();
      if (c === ',') {
        const comma = this.pos;
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === ']') {
          throw this.problem('a trailing comma', 'Remove the comma after the last item: JSON allows no comma before "]".', comma);
        }
        continue;
      }
      throw this.unexpected('"," or "]" after the item');
    }
  }

  private close(): void {
    this.open.pop();
    this.pos++;
  }

  private string(): void {
    const start = this.pos;
    this.pos++; // opening quote
    for (;;) {
      if (this.pos >= this.text.length) {
        throw this.problem('a string that is never closed', 'Add the closing double quote.', start);
      }
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x22) return void this.pos++;
      if (code < 0x20) {
        throw this.problem(code === 0x0a ? 'a line break inside a string' : 'a control character inside a string',
          'Close the string on the same line; write a line break as \\n and a tab as \\t.');
      }
      if (code === 0x5c) {
        const next = this.text[this.pos + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) this.pos += 2;
        else throw this.problem(`an invalid escape "\\${next ?? ''}"`, 'Inside strings, write a backslash as \\\\ (for example in Windows paths).');
      } else {
        this.pos++;
      }
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match || match[0] === '-') throw this.problem(`an invalid number ${this.show()}`, 'Write numbers like 12, 0.5 or 1e6.');
    const after = this.text[this.pos + match[0].length];
    if (after !== undefined && /[0-9.xXeE_]/.test(after)) {
      throw this.problem(`an invalid number ${this.show()}`, 'Write numbers like 12, 0.5 or 1e6: no leading zeros, no trailing dot, no separators.');
    }
    this.pos += match[0].length;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos]!)) this.pos++;
  }

  /** A problem at the current position where `wanted` was expected. */
  private unexpected(wanted: string): SyntaxProblem {
    if (this.pos >= this.text.length) {
      const opened = this.open[this.open.length - 1];
      const where = opened === undefined ? '' : ` the "${this.text[opened]}" opened at line ${lineAndColumn(this.text, opened).line}`;
      return this.problem('the end of the file', `The file ends too early: close${where || ' the open brackets'}, or check it was saved completely.`);
    }
    const c = this.text[this.pos]!;
    const rest = this.text.slice(this.pos);
    if (c === '/' && (rest.startsWith('//') || rest.startsWith('/*'))) {
      return this.problem('a comment', 'JSON allows no comments: remove it (put notes in the "description" field).');
    }
    if (c === "'") return this.problem('a single quote', 'JSON strings and keys use double quotes: "like this".');
    if (wanted === 'a key in double quotes' && /[A-Za-z_$]/.test(c)) {
      const word = /^[A-Za-z0-9_$]+/.exec(rest)?.[0] ?? c;
      return this.problem(`the unquoted key ${word}`, `Put the key in double quotes: "${word}".`);
    }
    if (wanted === 'a value') {
      const word = /^[A-Za-z_]+/.exec(rest)?.[0];
      if (word) {
        const lower = word.toLowerCase();
        const fix = lower === 'true' || lower === 'false' || lower === 'null' ? `write ${lower} in lower case`
          : word === 'NaN' || word === 'Infinity' || word === 'undefined' ? 'JSON numbers must be finite; use a number or null'
            : `if it is text, put it in double quotes: "${word}"`;
        return this.problem(`the bare word ${word}`, `Not a JSON value: ${fix}.`);
      }
      if (c === '+' || c === '.') return this.problem(`an invalid number ${this.show()}`, 'Write numbers like 12, 0.5 or 1e6: no leading "+" or ".".');
    }
    if ((wanted.startsWith('","') || wanted.startsWith('":"')) && (c === '"' || c === '{' || c === '[' || /[0-9a-z-]/.test(c))) {
      return this.problem(`${this.show()} where ${wanted} was expected`,
        wanted.startsWith('":"') ? 'Put a colon between the key and its value.' : 'Add a comma between entries.');
    }
    return this.problem(`${this.show()} where ${wanted} was expected`, `Write ${wanted} here.`);
  }

  private problem(what: string, hint: string, offset = this.pos): SyntaxProblem {
    return { offset, what, hint };
  }

  /** The character at the current position, quoted. */
  private show(): string {
    const c = this.text[this.pos];
    return c === undefined ? 'the end of the file' : JSON.stringify(c);
  }
}

function isProblem(value: unknown): value is SyntaxProblem {
  return typeof value === 'object' && value !== null && 'offset' in value && 'hint' in value;
}
