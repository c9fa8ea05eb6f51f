/**
 * Translates ajv errors (run with `allErrors` and `verbose`) into {@link InputIssue}s worded for
 * people: the unknown key with the closest valid one, the allowed values, the found value, the
 * bound broken, the valid intervention kinds. It also collapses ajv's noise so that one mistake
 * gives one issue: `if` wrappers are dropped, a wrong type hides other complaints about the same
 * value and what lies inside it, and duplicates from overlapping subschemas are merged.
 *
 * The one wording of schema problems for every input file: the scenario's is the default, and an
 * experiment or calibration loader passes a {@link SchemaWording} for what reads differently in
 * its file (how to add its fields, its names, its fields of several types).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { InputIssue } from '../base/errors.ts';
import { homesOfKey, INTERVENTION_KINDS, paramsSchema, type SchemaNode } from './schema.ts';
import { closest, describeValue, escapePointer, isWithin, listOf, preview, tidy, valueAt } from '../base/wording.ts';

/** An ajv error together with the path of the value it is about. */
export interface Located {
  path: string;
  error: ErrorObject;
}

/**
 * What one kind of file words its own way; every path is generic (`/arms/<i>/name`, see
 * {@link genericPath}). What is left out reads as in a scenario file.
 */
export interface SchemaWording {
  /** How to add a missing required field. */
  addHints?: Readonly<Record<string, string>>;
  /** Fields whose wrong type calls for other words (several types allowed, special content); `''` is the file itself. */
  types?: Readonly<Record<string, { expected?: string; hint: string }>>;
  /** What an empty list should hold, given its generic path and schema. */
  emptyList?: (path: string, schema: SchemaNode) => { expected: string; hint: string };
  /** The generic paths of the objects that have a key of this name, for "move it there" hints. */
  keyHomes?: (key: string) => readonly string[];
  /** A hint for an unknown key that has no home and no similar known key, if there is one. */
  unknownKeyHint?: (key: string) => string | undefined;
  /** A string that does not match its schema's pattern. */
  pattern?: (path: string, data: unknown, schema: SchemaNode) => InputIssue;
  /** A property's schema as its description should be read from (e.g. with a `$ref` resolved). */
  resolve?: (node: SchemaNode) => SchemaNode;
}

/**
 * Issues for the ajv errors of one validation.
 * @param errors - `validate.errors` from a validator compiled with `allErrors` and `verbose`
 * @param root - the validated data (after defaults were filled), to look up context such as an
 *   intervention's kind
 * @param wording - what the file words its own way (default: as in a scenario file)
 */
export function ajvIssues(errors: readonly ErrorObject[], root: unknown, wording: SchemaWording = {}): InputIssue[] {
  const words: Required<SchemaWording> = { ...SCENARIO_WORDING, ...wording };
  return collapse(errors).map(({ path, error }) => translate(path, error, root, words));
}

/**
 * Validates data (filling the defaults the schema declares, in place).
 * @returns the issues found, worded for people; empty when the data is valid
 */
export function validationIssues(validate: ValidateFunction, data: unknown, wording: SchemaWording = {}): InputIssue[] {
  return validate(data) ? [] : ajvIssues(validate.errors ?? [], data, wording);
}

/** `/arms/3/labels` → `/arms/<i>/labels`: the path with list indices made generic. */
export function genericPath(path: string): string {
  return path.replace(/\/\d+(?=\/|$)/g, '/<i>');
}

/** Drops wrappers, shadowed errors and duplicates; keeps ajv's order otherwise. */
function collapse(errors: readonly ErrorObject[]): Located[] {
  const located = errors
    .filter((e) => e.keyword !== 'if')
    .map((error): Located => ({ path: pathOf(error), error }));
  const typePaths = located.filter((l) => l.error.keyword === 'type').map((l) => l.path);
  const seen = new Set<string>();
  const kept: Located[] = [];
  for (const l of located) {
    const shadowed = l.error.keyword !== 'type' && typePaths.some((p) => isWithin(l.path, p));
    const key = l.error.keyword === 'type' ? `${l.path} type` : `${l.path} ${l.error.keyword} ${JSON.stringify(l.error.params)}`;
    if (shadowed || seen.has(key)) continue;
    seen.add(key);
    kept.push(l);
  }
  return kept;
}

/** The path of the value an error is about: the key itself for unknown or missing keys. */
function pathOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`;
  if (error.keyword === 'required') return `${error.instancePath}/${escapePointer(String(params.missingProperty))}`;
  return error.instancePath;
}

/** One issue for one (collapsed) ajv error about the value at `path`. */
function translate(path: string, error: ErrorObject, root: unknown, words: Required<SchemaWording>): InputIssue {
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKey(path, error.instancePath, String(params.additionalProperty), schema, root, words);
    case 'required':
      return missingKey(path, String(params.missingProperty), schema, words);
    case 'type':
      return wrongType(path, error.data, schema, words);
    case 'enum':
      return notInEnum(path, error.data, schema);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return outOfRange(path, error.data, schema);
    case 'pattern':
      return words.pattern(path, error.data, schema);
    case 'minLength':
      return { path, expected: 'a non-empty string', found: describeValue(error.data), hint: `Write some text. ${about(schema)}`.trim() };
    case 'minItems':
      return { path, ...words.emptyList(genericPath(path), schema), found: describeValue(error.data) };
    case 'uniqueItems': {
      const list = Array.isArray(error.data) ? error.data : [];
      const i = Number(params.i);
      const j = Number(params.j);
      return {
        path,
        expected: 'a list without repeated values',
        found: `items ${Math.min(i, j)} and ${Math.max(i, j)} are both ${preview(list[i])}`,
        hint: 'Remove the repeated value.',
      };
    }
    default:
      return {
        path,
        expected: `a value that ${error.message ?? `satisfies "${error.keyword}"`}`,
        found: describeValue(error.data),
        hint: about(schema) || 'See the field descriptions in scenarios/scenario.schema.json.',
      };
  }
}

// ---------------------------------------------------------------- keys

function unknownKey(path: string, objectPath: string, key: string, schema: SchemaNode, root: unknown, words: Required<SchemaWording>): InputIssue {
  const kindMatch = /^\/interventions\/(\d+)\/params$/.exec(objectPath);
  if (kindMatch) return unknownParam(path, key, String(valueAt(root, `/interventions/${kindMatch[1]}/kind`)));
  const known = Object.keys(schema.properties ?? {});
  const where = objectPath === '' ? 'at the top level' : `in ${objectPath}`;
  const suggestion = closest(key, known);
  const homes = words.keyHomes(key).filter((home) => home !== genericPath(objectPath));
  const hints: string[] = [];
  if (homes.length > 0) {
    hints.push(`"${key}" is a key ${homes.map((h) => (h === '' ? 'at the top level' : `of ${h}`)).join(' or ')}: move it there.`);
  }
  if (suggestion !== undefined) hints.push(`${homes.length > 0 ? 'Or did' : 'Did'} you mean "${suggestion}"? Keys are case-sensitive.`);
  if (hints.length === 0) hints.push(words.unknownKeyHint(key) ?? `Remove "${key}", or rename it to one of the known keys.`);
  return {
    path,
    expected: known.length > 0 ? `one of the known keys ${where}: ${listOf(known)}` : `no keys ${where}`,
    found: `the unknown key "${key}"`,
    hint: hints.join(' '),
  };
}

function unknownParam(path: string, key: string, kind: string): InputIssue {
  const known = Object.keys(paramsSchema(kind)?.properties ?? {});
  const suggestion = closest(key, known);
  const otherKinds = INTERVENTION_KINDS.filter((k) => k !== kind && Object.hasOwn(paramsSchema(k)?.properties ?? {}, key));
  const hint = suggestion !== undefined
    ? `Did you mean "${suggestion}"? Keys are case-sensitive.`
    : otherKinds.length > 0
      ? `"${key}" is a parameter of ${listOf(otherKinds)}, not of ${kind}; use a separate intervention of that kind.`
      : `Remove "${key}"; see scenarios/README.md for what ${kind} changes.`;
  return {
    path,
    expected: `a parameter of ${kind}: ${listOf(known)}`,
    found: `the unknown parameter "${key}"`,
    hint,
  };
}

function missingKey(path: string, key: string, schema: SchemaNode, words: Required<SchemaWording>): InputIssue {
  const child = schema.properties?.[key];
  const hint = words.addHints[genericPath(path)] ?? `Add "${key}". ${child ? about(words.resolve(child)) : ''}`.trim();
  return { path, expected: `the required field "${key}"`, found: 'nothing (the field is missing)', hint };
}

// ---------------------------------------------------------------- values

function wrongType(path: string, data: unknown, schema: SchemaNode, words: Required<SchemaWording>): InputIssue {
  const type = String(schema.type);
  const expected = expectedOf(schema);
  const own = words.types[genericPath(path)];
  if (own !== undefined) return { path, expected: own.expected ?? expected, found: describeValue(data), hint: own.hint };
  let hint: string;
  if ((type === 'number' || type === 'integer') && typeof data === 'string' && data.trim() !== '' && Number.isFinite(Number(data))) {
    hint = `Remove the quotes: write ${Number(data)}, not "${data}".`;
  } else if (type === 'integer' && typeof data === 'number') {
    hint = `Use a whole number, e.g. ${Math.round(data)}. ${about(schema)}`;
  } else if (type === 'boolean' && (data === 'true' || data === 'false')) {
    hint = `Remove the quotes: write ${data}, not "${data}".`;
  } else if (type === 'object') {
    const keys = Object.keys(schema.properties ?? {});
    hint = keys.length > 0
      ? `Write an object with the keys ${listOf(keys)}${schema.default !== undefined ? ' (each optional), or leave it out to use the defaults' : ''}.`
      : 'Write an object { }.';
  } else if (type === 'array') {
    hint = `Write a list in [ ]${schema.default !== undefined ? ', or leave it out for none' : ''}.`;
  } else if (type === 'string') {
    hint = `Put the text in double quotes. ${about(schema)}`.trim();
  } else {
    hint = about(schema) || `Replace it with ${expected}.`;
  }
  return { path, expected, found: describeValue(data), hint };
}

function notInEnum(path: string, data: unknown, schema: SchemaNode): InputIssue {
  const allowed = (schema.enum ?? []).map(String);
  const suggestion = typeof data === 'string' ? closest(data, allowed) : undefined;
  const isKind = /^\/interventions\/\d+\/kind$/.test(path);
  const tip = suggestion !== undefined ? `Did you mean "${suggestion}"? ` : '';
  return {
    path,
    expected: isKind ? `an intervention kind: ${listOf(allowed)}` : `one of ${listOf(allowed, true)}`,
    found: describeValue(data),
    hint: isKind
      ? `${tip}Valid kinds: ${listOf(allowed)}; scenarios/README.md says what each one changes.`
      : `${tip}Use one of the listed values (case-sensitive).`,
  };
}

function outOfRange(path: string, data: unknown, schema: SchemaNode): InputIssue {
  let hint = about(schema);
  if (typeof data === 'number' && schema.maximum === 1 && data > 1 && data <= 100) {
    hint = `This is a share or probability between 0 and 1: for ${tidy(data)}% write ${tidy(data / 100)}. ${hint}`;
  } else if (typeof data === 'number') {
    hint = `Use a value ${rangeText(schema) || 'in range'}. ${hint}`;
  }
  return { path, expected: expectedOf(schema), found: describeValue(data), hint: hint.trim() };
}

function noPatternMatch(path: string, data: unknown, schema: SchemaNode): InputIssue {
  const text = String(data);
  const isMetric = /^\/metrics\/\d+\/name$/.test(path);
  const suggestion = isMetric
    ? text.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '').replace(/_+$/, '')
    : text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 64).replace(/[^A-Za-z0-9]+$/, '');
  const rule = isMetric
    ? 'lower-case letters, digits and _, starting with a letter'
    : path === '/name' ? 'letters, digits, _ . and -, starting with a letter or digit, at most 64 characters' : `the pattern ${schema.pattern}`;
  return {
    path,
    expected: `a name made of ${rule}`,
    found: describeValue(data),
    hint: suggestion !== '' ? `For example "${suggestion}".` : `For example "${isMetric ? 'my_metric' : 'my-scenario'}".`,
  };
}

// ---------------------------------------------------------------- the scenario's wording

/** How a scenario file words what other files may word their own way. */
const SCENARIO_WORDING: Required<SchemaWording> = {
  addHints: {
    '/name': 'Add "name": "my-scenario" at the top level (letters, digits, _ . -).',
    '/interventions/<i>/kind': `Add "kind": one of ${listOf(INTERVENTION_KINDS, true)}.`,
  },
  types: { '': { expected: 'an object (the scenario)', hint: 'A scenario file holds one JSON object, e.g. {"name": "my-scenario"}.' } },
  emptyList: (_path, schema) => ({ expected: 'a list with at least one item', hint: `Leave the field out to mean "everyone", or list at least one value. ${about(schema)}` }),
  keyHomes: homesOfKey,
  unknownKeyHint: () => undefined,
  pattern: noPatternMatch,
  resolve: (node) => node,
};

// ---------------------------------------------------------------- wording from the schema

/** `a number from 0 to 1`, `an integer of at least 1`, `one of "a", "b"`, `an object`, ... */
export function expectedOf(schema: SchemaNode): string {
  if (schema.enum) return `one of ${listOf(schema.enum, true)}`;
  const type = String(schema.type ?? 'value');
  const noun = type === 'integer' ? 'an integer'
    : type === 'number' ? 'a number'
      : type === 'boolean' ? 'true or false'
        : type === 'array' ? 'a list [ ]'
          : type === 'object' ? 'an object { }'
            : type === 'string' ? 'a string in double quotes' : `a ${type}`;
  const range = rangeText(schema);
  return range ? `${noun} ${range}` : noun;
}

/** `from 0 to 1`, `above 0 and at most 100`, `of at least 1`, or '' when unbounded. */
function rangeText(schema: SchemaNode): string {
  const low = schema.minimum !== undefined ? { word: 'at least', n: schema.minimum }
    : schema.exclusiveMinimum !== undefined ? { word: 'above', n: schema.exclusiveMinimum } : undefined;
  const high = schema.maximum !== undefined ? { word: 'at most', n: schema.maximum }
    : schema.exclusiveMaximum !== undefined ? { word: 'below', n: schema.exclusiveMaximum } : undefined;
  if (low && high && low.word === 'at least' && high.word === 'at most') return `from ${low.n} to ${high.n}`;
  if (low && high) return `${low.word} ${low.n} and ${high.word} ${high.n}`;
  if (low) return low.word === 'above' ? `above ${low.n}` : `of at least ${low.n}`;
  if (high) return high.word === 'below' ? `below ${high.n}` : `of at most ${high.n}`;
  return '';
}

/** Units not worth repeating in a hint. */
const PLAIN_UNITS = new Set(['list', 'text', 'identifier', 'name', 'expression', 'dimensionless', 'URI', 'interval', 'boolean']);

/**
 * `Meaning. Unit: x. Default: y.` from a property's schema (the default from `default`, or from
 * `x-default` where it depends on other input), or '' when it has no description.
 */
export function about(schema: SchemaNode): string {
  if (!schema.description) return '';
  const unit = schema['x-unit'] && !PLAIN_UNITS.has(schema['x-unit']) ? ` Unit: ${schema['x-unit']}.` : '';
  const fallback = schema.default !== undefined && typeof schema.default !== 'object' ? ` Default: ${JSON.stringify(schema.default)}.`
    : typeof schema['x-default'] === 'string' ? ` Default: ${schema['x-default']}.` : '';
  return `${schema.description}${unit}${fallback}`;
}
