/** Shared by the design loader's tests: the example design, and the issues of a changed copy. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InputError, type InputIssue } from '../../base/errors.ts';
import { parseDesign } from '../../experiments/search/loader.ts';

/** The experiments folder, which the example's scenario path is relative to. */
export const DIR = fileURLToPath(new URL('../../experiments/', import.meta.url));

/** experiments/design-gap.json as data. */
export const EXAMPLE: any = JSON.parse(readFileSync(new URL('../../experiments/design-gap.json', import.meta.url), 'utf8'));

/** The example after `change` (made on a copy). */
export function changed(change: (d: any) => void): unknown {
  const copy = structuredClone(EXAMPLE);
  change(copy);
  return copy;
}

/** The issues of a design that must be refused (one InputError, every issue with all four parts). */
export function issuesOf(json: unknown, baseDir = DIR): readonly InputIssue[] {
  try {
    parseDesign(json, 'design.json', baseDir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues;
    for (const issue of issues) for (const part of ['expected', 'found', 'hint'] as const) expect(issue[part], `${issue.path} ${part}`).not.toBe('');
    return issues;
  }
  throw new Error('the design was accepted');
}

/** The one issue at `path` (failing, with every issue shown, when there is none or several). */
export function issueAt(issues: readonly InputIssue[], path: string): InputIssue {
  const at = issues.filter((i) => i.path === path);
  expect(at, JSON.stringify(issues, null, 1)).toHaveLength(1);
  return at[0]!;
}
