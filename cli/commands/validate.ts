import { readFileSync } from 'node:fs';
import { budgetFactor, loadExperiment, loadScenario, spendingPlan } from '../../api.ts';
import type { Lang } from '../../base/lang.ts';
import { words } from '../words.ts';

/**
 * `ronghe validate FILE`: checks a scenario or an experiment file and reports every problem at
 * once. An experiment (a file with `arms`, or whose `$schema` names the experiment schema) is
 * checked as `ronghe experiment` would before running: its base scenario and the composed
 * scenario of every arm and sweep point.
 */
export function validateCommand(file: string, lang: Lang): void {
  if (isExperimentFile(file)) return validateExperiment(file, lang);
  const s = loadScenario(file);
  const c = s.county;
  const w = words(lang);
  const kinds = s.interventions.map((i) => i.kind).join(', ') || w.noInterventions;
  process.stdout.write(w.validScenario(file, s.labels[lang], c, s.years, kinds) + '\n');
  const budget = s.resources.budget.perYear;
  if (budget === undefined || s.interventions.length === 0) return;
  // Scaling is a consequence of the file the user should see before running it.
  const factor = budgetFactor(s);
  if (factor < 1) return void process.stdout.write(w.budgetScaled(budget, factor) + '\n');
  const years = spendingPlan(s).years;
  const worst = years.indexOf(Math.max(...years));
  process.stdout.write(w.budgetFits(budget, years[worst], worst + 1) + '\n');
}

function validateExperiment(file: string, lang: Lang): void {
  const { experiment: e, points, scenarioPath } = loadExperiment(file);
  const runs = e.arms.length * points.length * e.replications;
  const armNames = e.arms.map((a) => a.name).join(', ');
  const facts = { scenario: scenarioPath, arms: e.arms.length, armNames, points: points.length, replications: e.replications, runs };
  process.stdout.write(words(lang).validExperiment(file, e.labels[lang], facts) + '\n');
}

/** Whether a file looks like an experiment; anything unreadable or odd goes to the scenario loader, whose messages explain it. */
function isExperimentFile(file: string): boolean {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
    const schema = (json as Record<string, unknown>).$schema;
    return 'arms' in json || (typeof schema === 'string' && schema.endsWith('experiment.schema.json'));
  } catch {
    return false;
  }
}
