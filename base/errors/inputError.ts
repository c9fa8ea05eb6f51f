/**
 * Errors for bad input files (scenarios, experiments). They carry every problem found,
 * each as an {@link InputIssue}, and format them as readable text; the CLI prints
 * {@link InputError.format} and exits with {@link InputError.exitCode}, without a stack trace.
 */

/** One problem in an input file. */
export interface InputIssue {
  /** JSON pointer to the offending value, e.g. `/county/townships`; `""` for the whole file. */
  path: string;
  /** What a valid value looks like, e.g. `an integer >= 1`. */
  expected: string;
  /** What the file holds instead, e.g. `0`. */
  found: string;
  /** How to fix it. */
  hint: string;
  /** 1-based line of the problem in the file text, when known (syntax errors). */
  line?: number;
  /** 1-based column of the problem in the file text, when known (syntax errors). */
  column?: number;
  /**
   * The file the path points into, when it is not the error's own file (e.g. an experiment's
   * base scenario); shown instead of the error's file in this issue's block.
   */
  file?: string;
}

/** A file that cannot be used as it is; holds all its problems at once. */
export class InputError extends Error {
  override name = 'InputError';
  /** Process exit code for the CLI: 2 means "bad input". */
  readonly exitCode = 2;
  /** The problems, in the order found (schema problems first, then cross-field checks). */
  readonly issues: readonly InputIssue[];
  /** The file, as named by the caller (a path, or a placeholder such as `<scenario>`). */
  readonly file: string;

  /**
   * @param file - the file as the user named it (shown in every block)
   * @param issues - all problems found; at least one
   * @param what - what is wrong, for the summary line (`scenario file`, `results folder`, ...)
   */
  constructor(file: string, issues: readonly InputIssue[], what = 'input') {
    super(formatAll(file, issues, what));
    this.file = file;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }

  /**
   * All issues as text, one block per issue:
   * ```
   * small.json at /county/townships
   *   expected: an integer >= 1
   *   found:    0
   *   hint:     ...
   * ```
   */
  format(): string {
    return this.message;
  }
}

/** A scenario file that is missing, unreadable, not JSON, or not a valid scenario. */
export class ScenarioError extends InputError {
  override name = 'ScenarioError';

  constructor(file: string, issues: readonly InputIssue[]) {
    super(file, issues, 'scenario file');
  }
}

/** An experiment file that is missing, unreadable, not JSON, or not a valid experiment. */
export class ExperimentError extends InputError {
  override name = 'ExperimentError';

  constructor(file: string, issues: readonly InputIssue[]) {
    super(file, issues, 'experiment file');
  }
}

/** Where an issue is: `file:line:column` when known, then the JSON path. */
function location(file: string, issue: InputIssue): string {
  if (issue.file !== undefined) file = issue.file;
  const at = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  return issue.path === '' ? at : `${at} at ${issue.path}`;
}

function formatIssue(file: string, issue: InputIssue): string {
  return [
    location(file, issue),
    `  expected: ${indentTail(issue.expected)}`,
    `  found:    ${indentTail(issue.found)}`,
    `  hint:     ${indentTail(issue.hint)}`,
    '',
  ].join('\n');
}

/** Keeps multi-line texts aligned under their label. */
function indentTail(text: string): string {
  return text.replace(/\n/g, '\n            ');
}

/** A summary line, then one block per issue; this is also the error's `message`. */
function formatAll(file: string, issues: readonly InputIssue[], what: string): string {
  const n = issues.length;
  const elsewhere = issues.some((issue) => issue.file !== undefined && issue.file !== file) ? ' or the files it names' : '';
  const head = `${file}: ${n === 1 ? 'one problem' : `${n} problems`} in the ${what}${elsewhere}\n\n`;
  return head + issues.map((issue) => formatIssue(file, issue)).join('\n');
}

/**
 * A results folder one of whose files (or a folder on its way) is a link to somewhere outside it:
 * the folder is refused as a whole. A class of its own because the viewer answers it with 403.
 */
export class OutsideFolderError extends InputError {
  override name = 'OutsideFolderError';
}
