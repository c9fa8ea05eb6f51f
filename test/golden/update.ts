/**
 * `npm run update-golden`: regenerates the golden run that test/engine/golden.test.ts compares
 * against. Run it only when a change of results is intended, and say why in the commit.
 */
import { writeFileSync } from 'node:fs';
import { GOLDEN_FILE, goldenRun } from './golden.ts';

writeFileSync(GOLDEN_FILE, JSON.stringify(goldenRun(), null, 2) + '\n');
console.log(`golden run written to ${GOLDEN_FILE.pathname}`);
