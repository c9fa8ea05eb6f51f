/** The package entry for plain Node.js (index.js) gives exactly the API that api.ts declares. */
import { describe, expect, it } from 'vitest';
import * as api from '../../api.ts';
import * as entry from '../../index.js';

describe('the package entry', () => {
  it('exports every name of api.ts, and nothing else', () => {
    expect(Object.keys(entry).sort()).toEqual(Object.keys(api).sort());
  });

  it('gives the same functions, not copies', () => {
    for (const name of Object.keys(api) as (keyof typeof api)[]) expect(entry[name as keyof typeof entry], name).toBe(api[name]);
  });
});
