/** The scenario files shipped in scenarios/ are valid; county.json is the documented default county. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenarios/loader.ts';
import { DEFAULTS } from './fixtures/defaults.ts';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort();

describe('shipped scenarios', () => {
  it('county.json is the default county', () => {
    expect(loadScenario(`${DIR}county.json`)).toEqual(DEFAULTS);
  });

  it.each(FILES)('%s is valid', (file) => {
    expect(() => loadScenario(`${DIR}${file}`)).not.toThrow();
  });
});
