/** Quoting of copied commands (base/shellWord.ts), shared by the CLI's recorded command and the report. */
import { expect, it } from 'vitest';
import { shellWord } from '../../base/shellWord.ts';

it('leaves plain words alone and quotes the rest so a shell reads them back unchanged', () => {
  expect(shellWord('results/levers-1a2b')).toBe('results/levers-1a2b');
  expect(shellWord('--out=a.json')).toBe('--out=a.json');
  expect(shellWord('my results')).toBe(`'my results'`);
  expect(shellWord(`it's`)).toBe(`'it'\\''s'`);
  expect(shellWord('$(rm -rf ~)')).toBe(`'$(rm -rf ~)'`);
});
