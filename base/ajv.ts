/**
 * The one ajv set-up for every JSON Schema ronghe validates input against (scenario, experiment,
 * calibration), so the three read their files by the same rules.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';

/** An ajv instance for draft 2020-12 schemas. */
export type Ajv = InstanceType<typeof Ajv2020Module.default>;

/** The schemas' own annotations: a unit, a source, a default that depends on other input. */
const ANNOTATIONS = ['x-unit', 'x-source', 'x-default'];

/**
 * A new ajv: every error at once (`allErrors`), with the failing data and schema in each
 * (`verbose`, which the issue wording reads), defaults filled in place (`useDefaults`), and a
 * schema that uses an unknown keyword refused (`strict`). Union types (`"type": ["number",
 * "string"]`) are allowed: swept values and outcomes take several.
 */
export function newAjv(): Ajv {
  const ajv = new Ajv2020Module.default({ allErrors: true, useDefaults: true, verbose: true, strict: true, allowUnionTypes: true });
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword, schemaType: 'string', metaSchema: { type: 'string' } });
  return ajv;
}

/**
 * A validator compiled on first use: compiling a schema takes long (the scenario's, a second or
 * more), and commands that read no such file should not pay for it.
 * @param schema - the schema to compile
 * @param setUp - adds the schemas it refers to, before compiling
 */
export function lazyValidator(schema: object, setUp?: (ajv: Ajv) => void): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => {
    if (compiled === undefined) {
      const ajv = newAjv();
      setUp?.(ajv);
      compiled = ajv.compile(schema);
    }
    return compiled;
  };
}
