/**
 * Files and functions stay short enough to read in one sitting (test/layers/size.ts says how
 * long): a long file usually holds several concepts, a long function several steps. Test files
 * count for the file rule; their `describe` blocks are lists of cases, not steps, so the
 * function rule reads everything else.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './layers/graph.ts';
import { longFiles, longFunctions, MAX_FILE_LINES, MAX_FUNCTION_LINES } from './layers/size.ts';

const files = sourceFiles();

describe('sizes', () => {
  it('keeps every source file under the limit', () => {
    expect(longFiles(files)).toEqual([]);
  });

  it('keeps every function outside the tests under the limit', () => {
    expect(longFunctions(files.filter((f) => !f.startsWith('test/')))).toEqual([]);
  });

  it('finds a long function, named, and a long file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ronghe-size-'));
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const file = join(dir, 'long.ts');
    // 80 lines in all is allowed; 81 is not (first and last lines count).
    writeFileSync(file, `export function fine() {\n${body(MAX_FUNCTION_LINES - 2)}\n}\nexport const tooLong = () => {\n${body(MAX_FUNCTION_LINES - 1)}\n};\n`);
    expect(longFunctions([file])).toEqual([`${file}:${MAX_FUNCTION_LINES + 1} tooLong: ${MAX_FUNCTION_LINES + 1} lines`]);
    writeFileSync(file, body(MAX_FILE_LINES));
    expect(longFiles([file])).toEqual([]);
    writeFileSync(file, body(MAX_FILE_LINES + 1));
    expect(longFiles([file])).toEqual([`${file}: ${MAX_FILE_LINES + 1} lines`]);
    rmSync(dir, { recursive: true });
  });
});
