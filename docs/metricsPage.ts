/**
 * Writes docs/metrics.md, the reference table of the built-in metrics, from the metric catalogue
 * (engine/metrics/catalogue.ts), so the page never disagrees with the code:
 *
 *   npm run docs:metrics
 *
 * A test checks that the committed page equals what this produces.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BUILTIN_METRICS, builtinMetric, headlineName, type BuiltinMetric } from '../engine/metrics/builtins.ts';
import { ADULT_AGE_GROUPS, METRIC_FAMILIES, type MetricFamily, type MetricSource, type PanelId } from '../engine/metrics/catalogue.ts';
import { ZONES } from '../engine/scenario.ts';

/** Where the page lives, relative to the repository root. */
export const METRICS_PAGE = 'docs/metrics.md';

const SOURCES: Record<MetricSource, string> = {
  residentSums: "residents' sums (`residentSums.ts`)",
  windowCounts: 'window flow counts (`flows.ts`)',
  committees: "committees' columns",
  totals: 'run totals',
  incomeGini: 'income Gini at initialisation',
  queues: "queues' lengths at the window's end",
};

const PANELS: Record<PanelId, string> = {
  zones: 'report: urban and rural',
  participationAge: 'report: participation by age',
  participationChannel: 'report: participation by channel',
  reportChannel: 'report: reports by channel',
  theil: 'report: equity, Theil index',
  gini: 'report: equity, Gini',
  summary: '`ronghe run` table',
};

const HEADER = `# Metrics

<!-- Generated from engine/metrics/catalogue.ts by \`npm run docs:metrics\`: do not edit by hand. -->

Every built-in metric is declared once, as one entry of the metric catalogue
(\`engine/metrics/catalogue.ts\`): its name, Chinese and English label, unit, better direction,
kind, group breakdowns, the report panels that show it, whether it is a headline outcome, and
where its value comes from. The output names and their order, the labels, the better directions
used by experiments, the report's panel lists, the experiments' default outcomes and this page are
all derived from it. The formulas are in docs/ODD.md §7.16.

**Kinds.** A *flow* counts what happened in a window: the recording period in \`series.csv\`, the
final year in \`summary.json\`. A *stock* is read at the end of the window. A rate or mean with
nothing behind it (a zero denominator) is NaN, written \`NA\`.

**Group variants.** A family with zones has \`X_urban\`, \`X_rural\` and \`X_migrant\`; with a gap,
also \`gap_X\` = X_urban − X_rural (better: closer to zero) and \`ratio_X\` = X_rural / X_urban
(better: closer to one). By category: \`X_<category>\` for each need category. By age:
\`X_age_18_39\`, \`X_age_40_59\`, \`X_age_60plus\` (adults only). By zone × age group:
\`X_<zone>_<age>\` for each zone and adult age group (\`unmet_share_rural_60plus\`; adults only),
and \`group_gap_X\` = the best-off group's value minus the worst-off's, i.e. the largest minus
the smallest of the nine that have a value (NaN with fewer than two; better: lower). By
intervention kind: \`X_<kind>\` in snake case (\`cost_whistle_coordination\`). By department:
\`X_<category>\` for the department responsible for that category. Variants have the family's
unit and direction, apart from gaps and ratios as said (a ratio has no unit).

## How to add a metric

1. Add one entry to \`METRIC_FAMILIES\` in \`engine/metrics/catalogue.ts\`, at the end of its
   section (zoned families first, then the others), so that existing output columns keep their
   places. The entry declares everything about the metric except how to compute it.
2. Compute its value in \`measure\` (\`engine/metrics/measure.ts\`), as \`m.<name> = …\` (for a
   zoned family, \`zoned('<name>', numerators, denominators)\`), from the window's flow counts (a
   new counter in \`WindowCounts\`, \`engine/metrics/flows.ts\`, incremented by the process) or the
   residents' sums (\`engine/metrics/residentSums.ts\`).
3. Run \`npm run docs:metrics\` and commit this page. \`test/metrics/recorder.test.ts\` fails if
   \`measure\` leaves a catalogue metric without a value or writes a name the catalogue lacks.
   A new metric adds an output column, so the golden files change: regenerate them
   (\`npm run update-golden\`) and say so in the commit. A headline metric also changes the
   experiments' default outcomes: run \`npm run schema\`. A metric that joins a report chart or
   the run table changes what \`test/metrics/catalogue.test.ts\` lists for it: update that list.

User metrics (formulas over these names, defined in a scenario's \`metrics\`) need none of this:
see docs/ODD.md §7.17.
`;

const code = (s: string) => `\`${s}\``;

function variants(f: MetricFamily): string {
  const out: string[] = [];
  if (f.zones) out.push(ZONES.map((z) => code(`_${z}`)).join(' '));
  if (f.gap) out.push(`${code('gap_')} ${code('ratio_')}`);
  if (f.byCategory) out.push('by category');
  if (f.byKind) out.push('by intervention kind');
  if (f.byDepartment) out.push('by department');
  if (f.byAge) out.push(ADULT_AGE_GROUPS.map((g) => code(`_age_${g.key}`)).join(' '));
  if (f.byZoneAge) out.push(`${code('_<zone>_<age>')} ${code('group_gap_')}`);
  return out.join('; ');
}

function panels(f: MetricFamily): string {
  return (Object.keys(f.panels ?? {}) as PanelId[]).map((p) => PANELS[p]).join('; ');
}

/** The family's headline variants, by name. */
function headline(f: MetricFamily): string {
  return (f.headline ?? []).map((v) => code(headlineName(f, v))).join(' ');
}

function familyRow(f: MetricFamily): string {
  const cells = [code(f.name), f.label.en, f.label.zh, f.unit, f.kind, f.better, variants(f), panels(f), headline(f), SOURCES[f.from], f.definition];
  return `| ${cells.join(' | ')} |`;
}

function nameRow(m: BuiltinMetric): string {
  return `| ${[code(m.name), code(m.family.name), m.label.en, m.label.zh, m.better].join(' | ')} |`;
}

/** The text of docs/metrics.md. */
export function metricsPage(): string {
  const families = [
    '## Families',
    '',
    '| name | label | 中文 | unit | kind | better | variants | shown in | headline | computed from | definition |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...METRIC_FAMILIES.map(familyRow),
  ];
  const names = [
    '## Every output name, in output order',
    '',
    '| name | family | label | 中文 | better |',
    '| --- | --- | --- | --- | --- |',
    ...BUILTIN_METRICS.map((n) => nameRow(builtinMetric(n)!)),
  ];
  return [HEADER, ...families, '', ...names, ''].join('\n');
}

// Run as a script (npm run docs:metrics), not when a test imports `metricsPage`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(METRICS_PAGE, metricsPage());
  console.log(`${METRICS_PAGE} written (${METRIC_FAMILIES.length} families, ${BUILTIN_METRICS.length} names)`);
}
