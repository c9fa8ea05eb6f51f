/**
 * Pieces shared by the experiment and the run report: labels of the metrics a page names, the
 * interventions marked on time axes, and how a recorded command is shown.
 */
import type { InterventionSpec, Scenario } from '../engine/scenario.ts';
import { interventionName } from './interventionNames.ts';
import { metricLabels } from '../engine/metrics/labels.ts';
import type { InterventionMark, Text } from './reportData.ts';

/**
 * Labels of the given metrics. A metric the scenario defines itself (`metrics` in the scenario
 * file) takes the label written there, else its name.
 */
export function labelsFor(metrics: Iterable<string>, scenario: Pick<Scenario, 'metrics'> | null): Record<string, Text> {
  const own = new Map((scenario?.metrics ?? []).map((m) => [m.name, m.label ?? { zh: m.name, en: m.name }]));
  const out: Record<string, Text> = {};
  for (const metric of metrics) out[metric] = own.get(metric) ?? metricLabels(metric);
  return out;
}

/** Interventions as time-axis marks. */
export function interventionMarks(specs: readonly InterventionSpec[]): InterventionMark[] {
  return specs.map((s) => ({ kind: s.kind, name: interventionName(s.kind), start: s.start, label: s.label ?? null }));
}

/** A recorded `ronghe ...` command as a user types it from a clone (through npx). */
export function npxCommand(command: string): string {
  return command.startsWith('ronghe ') ? `npx ${command}` : command;
}

/** The steps before rerunning: the recorded commit (when known) and the locked dependencies. */
export function checkoutSteps(gitCommit: string | null | undefined): { step: 'checkout' | 'install'; command: string }[] {
  const steps: { step: 'checkout' | 'install'; command: string }[] = [];
  if (gitCommit && /^[0-9a-f]{7,64}$/.test(gitCommit)) steps.push({ step: 'checkout', command: `git checkout ${gitCommit}` });
  steps.push({ step: 'install', command: 'npm ci' });
  return steps;
}
