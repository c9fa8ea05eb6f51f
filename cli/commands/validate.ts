import { readFileSync } from 'node:fs';
import { budgetFactor, loadExperiment, loadScenario, spendingPlan } from '../../api.ts';
import type { Lang } from '../../base/lang.ts';
import { loadDesign } from '../../experiments/search/loader.ts';
import { designVariables } from '../../experiments/search/package.ts';
import { words } from '../words.ts';

/**
 * `ronghe validate FILE`: checks a scenario, an experiment or a policy design file and reports
 * every problem at once. An experiment (a file with `arms`, or whose `$schema` names the
 * experiment schema) is checked as `ronghe experiment` would before running: its base scenario
 * and the composed scenario of every arm and sweep point. A design (a file with `levers` and
 * `objectives`, or whose `$schema` names the design schema) is checked as `ronghe design` would:
 * every lever's settings on the base scenario, and its constraints against the levers' plans.
 */
export function validateCommand(file: string, lang: Lang): void {
  const kind = fileKind(file);
  if (kind === 'experiment') return validateExperiment(file, lang);
  if (kind === 'design') return validateDesign(file, lang);
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

function validateDesign(file: string, lang: Lang): void {
  const { design: d, scenarioPath } = loadDesign(file);
  const w = words(lang);
  const facts = {
    scenario: scenarioPath,
    levers: d.levers.length,
    leverNames: d.levers.map((l) => l.name).join(', '),
    variables: designVariables(d).length,
    objectives: d.objectives,
  };
  process.stdout.write(w.validDesign(file, d.labels[lang], facts) + '\n');
  process.stdout.write(w.designConstraints(d.constraints) + '\n');
}

/**
 * What a file looks like: an experiment, a policy design, or else a scenario; anything unreadable
 * or odd goes to the scenario loader, whose messages explain it.
 */
function fileKind(file: string): 'experiment' | 'design' | 'scenario' {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'scenario';
    const schema = (json as Record<string, unknown>).$schema;
    const named = (what: string) => typeof schema === 'string' && schema.endsWith(`${what}.schema.json`);
    if ('arms' in json || named('experiment')) return 'experiment';
    if (('levers' in json && 'objectives' in json) || named('design')) return 'design';
    return 'scenario';
  } catch {
    return 'scenario';
  }
}
