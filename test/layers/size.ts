/**
 * Sizes of the project's source files and functions, read with the TypeScript compiler's parser:
 * a file or a function too long to read in one sitting is a sign that it holds several concepts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from './graph.ts';

/** Longest source file, in lines. */
export const MAX_FILE_LINES = 400;
/** Longest function, method or arrow function body, in lines (from its first line to its last). */
export const MAX_FUNCTION_LINES = 80;

/** Lines of each file over {@link MAX_FILE_LINES}, as `file: N lines`. */
export function longFiles(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const lines = readFileSync(resolve(ROOT, file), 'utf8').split('\n').length;
    return lines > MAX_FILE_LINES ? [`${file}: ${lines} lines`] : [];
  });
}

/** Functions over {@link MAX_FUNCTION_LINES} lines, as `file:line name: N lines`. */
export function longFunctions(files: readonly string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const text = readFileSync(resolve(ROOT, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (last - first + 1 > MAX_FUNCTION_LINES) out.push(`${file}:${first + 1} ${nameOf(node)}: ${last - first + 1} lines`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name !== undefined && ts.isIdentifier(named.name)) return named.name.text;
  if (ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) return node.parent.name.text;
  return '(anonymous)';
}
