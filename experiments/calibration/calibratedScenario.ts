/**
 * The calibrated scenario file: the calibrated scenario file as the user wrote it, with each
 * fitted parameter set to its posterior mean (objects on the way created when the file relied on
 * defaults), a name, labels and description saying so, and a `$schema` that points at the schema
 * from where the file is written. It is validated before it is written.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { splitPointer, tidy } from '../../base/wording.ts';
import type { LoadedCalibration } from './loader.ts';
import type { ParameterPosterior } from './summary.ts';

const SCHEMA = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));
/** Digits kept of a fitted value: far finer than any posterior is narrow. */
const DIGITS = 6;

/**
 * Writes the calibrated scenario to `file` and returns its JSON.
 * @throws {ScenarioError} if it does not validate (a bug: every value lies in its prior range,
 *   which the loader checked)
 */
export function writeCalibratedScenario(file: string, loaded: LoadedCalibration, posterior: readonly ParameterPosterior[], command: string): Record<string, unknown> {
  const data = JSON.parse(readFileSync(loaded.scenarioPath, 'utf8')) as Record<string, unknown>;
  const scenarioName = String(data.name ?? loaded.baseScenario.name);
  const labels = loaded.baseScenario.labels;
  const fitted = posterior.map((p) => ({ ...p, value: Number(p.mean.toPrecision(DIGITS)) }));
  for (const p of fitted) setCreating(data, p.path, p.value);
  const out: Record<string, unknown> = {
    $schema: relative(dirname(file), SCHEMA),
    ...data,
    name: `${scenarioName}-calibrated`.slice(0, 64),
    labels: { zh: `${labels.zh}(校准)`, en: `${labels.en} (calibrated)` },
    description: [
      `Calibrated by "${command || `ronghe calibrate ${loaded.file}`}" (APMC) to ${loaded.calibration.targets.length} target${loaded.calibration.targets.length === 1 ? '' : 's'}: ${loaded.calibration.targets.map((t) => t.name).join(', ')}.`,
      `Fitted (posterior mean, 95% interval): ${fitted.map((p) => `${p.path} = ${tidy(p.value)} [${tidy(Number(p.q025.toPrecision(4)))}, ${tidy(Number(p.q975.toPrecision(4)))}]`).join('; ')}.`,
      typeof data.description === 'string' ? `Base scenario: ${data.description}` : '',
    ].filter(Boolean).join(' '),
  };
  parseScenario(out, file);
  writeFileAtomic(file, JSON.stringify(out, null, 2) + '\n');
  return out;
}

/** Sets a value at a JSON pointer, creating the objects on the way that the file leaves to defaults. */
function setCreating(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = splitPointer(pointer);
  let container: Record<string, unknown> | unknown[] = root;
  keys.forEach((key, depth) => {
    const last = depth === keys.length - 1;
    if (Array.isArray(container)) {
      if (last) container[Number(key)] = value;
      else container = container[Number(key)] as Record<string, unknown>;
      return;
    }
    if (last) {
      Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    if (container[key] === null || typeof container[key] !== 'object') Object.defineProperty(container, key, { value: {}, enumerable: true, writable: true, configurable: true });
    container = container[key] as Record<string, unknown>;
  });
}
