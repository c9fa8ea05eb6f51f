import { readFileSync } from 'node:fs';

/** The engine version (package.json), stamped into every manifest. */
export const ENGINE_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
