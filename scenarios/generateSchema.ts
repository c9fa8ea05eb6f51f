/**
 * `npm run schema`: writes what the JSON Schemas take from the engine's declarations: the
 * intervention part of `scenario.schema.json` (`$defs.intervention`) and the parameter tables of
 * `scenarios/README.md`, from the intervention kinds; the experiments' default outcomes
 * (`outcomes.default` of `experiments/experiment.schema.json`), from the metric catalogue's
 * headline set. The rest of each file is kept as it is. A test checks the committed files equal
 * what this would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { INTERVENTION_KINDS } from '../engine/interventions/registry.ts';
import { HEADLINE_METRICS } from '../engine/metrics/builtins.ts';
import { interventionSchema } from './interventionSchema.ts';
import { withTables } from './interventionTables.ts';

/** The kinds in registry order (the order of the schema's `enum` and the README). */
const KINDS = Object.values(INTERVENTION_KINDS);

/** The schema text with `$defs.intervention` regenerated, formatted as committed (2 spaces, final newline). */
export function schemaText(current: string): string {
  const schema = JSON.parse(current) as { $defs: Record<string, unknown> };
  schema.$defs.intervention = interventionSchema(KINDS);
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The experiment schema's text with the default outcomes set to the catalogue's headline set. */
export function experimentSchemaText(current: string): string {
  const schema = JSON.parse(current) as { properties: { outcomes: { default: string[] } } };
  schema.properties.outcomes.default = [...HEADLINE_METRICS];
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** A generated file: where it is, what it holds, what it should hold. */
export interface GeneratedFile {
  readonly path: string;
  readonly current: string;
  readonly expected: string;
}

/** Every generated file, read now and regenerated. */
export function generatedFiles(): GeneratedFile[] {
  const schemaPath = fileURLToPath(new URL('./scenario.schema.json', import.meta.url));
  const readmePath = fileURLToPath(new URL('./README.md', import.meta.url));
  const experimentPath = fileURLToPath(new URL('../experiments/experiment.schema.json', import.meta.url));
  const schema = readFileSync(schemaPath, 'utf8');
  const readme = readFileSync(readmePath, 'utf8');
  const experiment = readFileSync(experimentPath, 'utf8');
  return [
    { path: schemaPath, current: schema, expected: schemaText(schema) },
    { path: readmePath, current: readme, expected: withTables(readme, KINDS) },
    { path: experimentPath, current: experiment, expected: experimentSchemaText(experiment) },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of generatedFiles()) {
    if (file.current === file.expected) continue;
    writeFileSync(file.path, file.expected);
    console.log(`wrote ${file.path}`);
  }
}
