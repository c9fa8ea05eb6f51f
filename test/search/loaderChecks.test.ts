/**
 * The policy design loader's checks of objectives, uncertainty, constraints and the search
 * settings, and of the base scenario over the design's horizon; and design.schema.json itself.
 * Levers and the example: loader.test.ts.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../engine/interventions/registry.ts';
import { STAFF_LEVELS } from '../../engine/resources/consumption.ts';
import schemaJson from '../../experiments/design.schema.json' with { type: 'json' };
import { experimentSchema } from '../../experiments/design/schemaIssues.ts';
import { parseDesign } from '../../experiments/search/loader.ts';
import type { SchemaNode } from '../../scenarios/schema.ts';
import { changed, DIR, EXAMPLE, issueAt, issuesOf } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ronghe-design-'));
const SMALL = join(DIR, '../scenarios/small.json');

describe('objectives', () => {
  it('an unknown metric: did you mean, among built-in metrics (zone × age and group gaps included)', () => {
    const issue = issueAt(issuesOf(changed((d) => (d.objectives[1] = 'cost_totl'))), '/objectives/1');
    expect(issue.expected).toBe('a built-in metric or one of the base scenario\'s metrics');
    expect(issue.hint).toBe('Did you mean "cost_total"?');
    expect(issueAt(issuesOf(changed((d) => (d.objectives[0].metric = 'group_gap_unmet_shares'))), '/objectives/0/metric').hint).toBe('Did you mean "group_gap_unmet_share"?');
    expect(() => parseDesign(changed((d) => (d.objectives[1] = 'unmet_share_rural_60plus')), 'd.json', DIR)).not.toThrow();
  });

  it('a metric without a usual direction needs "better": counts, and ratios (hint: the gap)', () => {
    const whistles = issueAt(issuesOf(changed((d) => (d.objectives[1] = 'whistles'))), '/objectives/1');
    expect(whistles.expected).toMatch(/whistles has no usual direction/);
    expect(whistles.hint).toMatch(/\{"metric": "whistles", "better": "lower"\}/);
    expect(issueAt(issuesOf(changed((d) => (d.objectives[1] = 'ratio_participation'))), '/objectives/1').hint).toMatch(/"gap_participation", "better": "zero"/);
    const chosen = parseDesign(changed((d) => (d.objectives[1] = { metric: 'whistles', better: 'higher' })), 'd.json', DIR);
    expect(chosen.design.objectives[1]!.better).toBe('higher');
  });

  it('two objectives of one name; fewer than two (each still checked)', () => {
    expect(issueAt(issuesOf(changed((d) => (d.objectives[1] = 'group_gap_unmet_share'))), '/objectives/1').found).toBe('"group_gap_unmet_share", also objective 0');
    expect(() => parseDesign(changed((d) => (d.objectives[1] = { metric: 'group_gap_unmet_share', percentile: 90 })), 'd.json', DIR)).not.toThrow();
    const one = issuesOf(changed((d) => (d.objectives = ['cost_totl'])));
    expect(issueAt(one, '/objectives').expected).toMatch(/^at least 2 objectives/);
    expect(issueAt(one, '/objectives/0').hint).toBe('Did you mean "cost_total"?');
  });

  it('a scenario\'s own metric is an objective with its label, once "better" is said', () => {
    const file = join(tmp, 'metric.json');
    writeFileSync(file, JSON.stringify({ name: 'metric', county: { residents: 20000, townships: 4, subdistricts: 1, villages: 12, communities: 4 }, metrics: [{ name: 'rural_lag', expression: 'participation_urban - participation_rural', label: { zh: '农村落后', en: 'Rural lag' } }] }));
    const design = changed((d) => {
      d.scenario = file;
      d.objectives[1] = 'rural_lag';
    });
    expect(issueAt(issuesOf(design), '/objectives/1').expected).toMatch(/rural_lag has no usual direction/);
    (design as { objectives: unknown[] }).objectives[1] = { metric: 'rural_lag', better: 'lower' };
    expect(parseDesign(design, 'd.json', DIR).design.objectives[1]!.labels).toEqual({ zh: '农村落后', en: 'Rural lag' });
  });
});

describe('uncertainty', () => {
  const threshold = { name: 'threshold', path: '/digital/skillThreshold', min: 0.25, max: 0.45 };

  it('resolves as a sensitivity parameter; re-evaluation draws as many samples by default', () => {
    const d = parseDesign(changed((d) => (d.uncertainty = { samples: 3, parameters: [threshold] })), 'd.json', DIR).design;
    expect(d.uncertainty).toEqual({ samples: 3, parameters: [{ ...threshold, distribution: { kind: 'uniform' } }] });
    expect(d.reevaluation.samples).toBe(3);
    expect(parseDesign(changed((d) => (d.uncertainty = { parameters: [threshold] })), 'd.json', DIR).design.uncertainty!.samples).toBe(4);
  });

  it('a path under /interventions; a range end the scenario refuses; what the design sets itself', () => {
    const issues = issuesOf(changed((d) => (d.uncertainty = { parameters: [
      { name: 'start', path: '/interventions/0/start', min: 0, max: 1 },
      { ...threshold, max: 1.5 },
      { name: 'years', path: '/years', min: 1, max: 2 },
    ] })));
    expect(issueAt(issues, '/uncertainty/parameters/0/path').hint).toMatch(/"params"/);
    const end = issueAt(issues, '/uncertainty/parameters/1/max');
    expect(end.expected).toBe('a number from 0 to 1');
    expect(end.hint).toMatch(/^The uncertainty range must hold only values that \/digital\/skillThreshold of the scenario accepts/);
    expect(issueAt(issues, '/uncertainty/parameters/2/path').expected).toBe('a scenario value other than years, recordEvery and seed');
  });

  it('re-evaluation samples only with uncertainty', () => {
    expect(issueAt(issuesOf(changed((d) => (d.reevaluation.samples = 3))), '/reevaluation/samples').expected).toMatch(/no "uncertainty"/);
    expect(issueAt(issuesOf(changed((d) => {
      d.uncertainty = { parameters: [threshold] };
      d.reevaluation.samples = 0;
    })), '/reevaluation/samples').expected).toMatch(/^at least 1/);
  });
});

describe('constraints, judged on the levers\' plans', () => {
  it('a budget below the cheapest lever: the cap, the cheapest lever, its plan and settings (corners, latest start, every target), in yuan', () => {
    // Denser grids from the county's own 1 worker and mediation from its own 2 mediators would plan nothing and fit any budget.
    const issue = issueAt(issuesOf(changed((d) => {
      d.constraints.budget.total = 1000;
      d.levers[1].params.workersPerGrid.min = 2;
      d.levers[3].params.mediatorsPerPlace.min = 3;
    })), '/constraints/budget/total');
    expect(issue.expected).toBe('a budget that at least one lever fits');
    expect(issue.found).toBe('0.1 万元 (1,000 yuan) over the horizon; the cheapest lever, digital, plans 38.1 万元 (381,400 yuan) over the horizon at its cheapest settings (digital: trainingReachPerYear 0.05, offlineShift 0, start 1, rural)');
    expect(issue.hint).toMatch(/^Raise the cap to at least 38\.1 万元/);
  });

  it('at the staff cap no lever fits (with the levers planning nothing left out)', () => {
    const costly = changed((d) => {
      d.levers = d.levers.filter((l: { name: string }) => l.name === 'whistles');
      d.constraints.staffDaysPerYear.department = 100;
    });
    const issue = issueAt(issuesOf(costly), '/constraints/staffDaysPerYear/department');
    expect(issue.found).toBe('100 department staff-days a year; the cheapest lever, whistles, plans 480 department staff-days a year at its cheapest settings (whistles: whistlesPerTownshipPerMonth 5)');
    expect(issue.hint).toMatch(/^Raise the cap to at least 480 department staff-days a year/);
  });

  it('caps no lever meets on its own, though each cap alone some lever meets: at /constraints', () => {
    const design = {
      name: 'caps', scenario: SMALL, years: 3, objectives: ['group_gap_unmet_share', 'cost_total'],
      levers: [{ kind: 'digitalRollout', name: 'digital', params: { trainingReachPerYear: { min: 0, max: 0.1 } } }, { kind: 'whistleCoordination', name: 'whistles', params: { whistlesPerTownshipPerMonth: { min: 1, max: 5 } } }],
      constraints: { budget: { perYear: 100_000 }, staffDaysPerYear: { department: 50 } },
    };
    const issue = issueAt(issuesOf(design), '/constraints');
    expect(issue.found).toMatch(/digital \(digital: trainingReachPerYear 0\) plans 12\.9 万元 \(129,032 yuan\) in the most expensive year; whistles \(whistles: whistlesPerTownshipPerMonth 1\) plans 96 department staff-days a year$/);
  });

  it('required levers that miss a cap together: named, with the sum', () => {
    const issues = issuesOf(changed((d) => {
      d.levers[1].optional = false;
      d.levers[1].params.workersPerGrid.min = 3;
      d.levers[2].optional = false;
    }));
    const issue = issueAt(issues, '/constraints/budget/total');
    expect(issue.expected).toBe('a cap the required levers fit together (levers with "optional": false are in every package)');
    expect(issue.found).toMatch(/^600 万元 \(6,000,000 yuan\) over the horizon; the required levers grid and whistles plan at least 1,213\.7 万元 \(12,137,400 yuan\) over the horizon together \(grid .*; whistles 70\.6 万元/);
  });

  it('the example\'s budget fits some packages, not all', () => {
    const { design } = parseDesign(EXAMPLE, 'design-gap.json', DIR);
    expect(design.constraints.budgetTotal).toBe(6_000_000);
    // Every lever at its highest settings plans far more: grids of 4 workers alone plan over 17 million yuan.
    expect(issueAt(issuesOf(changed((d) => {
      d.levers[1].optional = false;
      d.levers[1].params.workersPerGrid.min = 4;
      d.levers[1].params.workersPerGrid.max = 5;
    })), '/constraints/budget/total').found).toMatch(/the required lever grid plans at least 1,714\.8 万元/);
  });
});

describe('the search, the horizon and the file as a whole', () => {
  it('population at least 4; generations and replications in range', () => {
    const issues = issuesOf(changed((d) => {
      d.search = { population: 2, generations: -1 };
      d.reevaluation.replications = 1;
    }));
    expect(issueAt(issues, '/search/population').expected).toBe('an integer from 4 to 1000');
    expect(issueAt(issues, '/search/generations').expected).toBe('an integer from 0 to 1000');
    expect(issueAt(issues, '/reevaluation/replications').expected).toBe('an integer from 2 to 10000');
  });

  it('a horizon the base scenario refuses (its own intervention ends after it): at /years', () => {
    const file = join(tmp, 'ends.json');
    writeFileSync(file, JSON.stringify({ name: 'ends', years: 5, county: { residents: 20000, townships: 4, subdistricts: 1, villages: 12, communities: 4 }, interventions: [{ kind: 'gridManagement', end: 5 }] }));
    const issue = issueAt(issuesOf(changed((d) => (d.scenario = file))), '/years');
    expect(issue.found).toMatch(/^3 years, while \/interventions\/0\/end of the base scenario has/);
  });

  it('a missing scenario file, a key in the wrong place and several problems at once', () => {
    expect(issueAt(issuesOf(changed((d) => (d.scenario = '../scenarios/smal.json'))), '/scenario').hint).toMatch(/small\.json/);
    const issues = issuesOf(changed((d) => {
      d.budget = 3;
      d.levers[0].kind = 'digitalRolout';
      d.objectives[1] = 'cost_totl';
    }));
    expect(issueAt(issues, '/budget').hint).toBe('"budget" is a key of /constraints: move it there.');
    expect(issues.map((i) => i.path)).toEqual(['/budget', '/levers/0/kind', '/objectives/1']);
  });
});

describe('design.schema.json', () => {
  const schema = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

  it('is a draft 2020-12 schema that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020Module.default({ strict: true, allowUnionTypes: true });
    for (const keyword of ['x-unit', 'x-source', 'x-default']) ajv.addKeyword({ keyword, schemaType: 'string' });
    ajv.addSchema({ $id: String(experimentSchema.$id), $defs: experimentSchema.$defs as object });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('documents every property with a description and a default (a value or x-default)', () => {
    const walk = (node: unknown, at: string): string[] => {
      if (node === null || typeof node !== 'object') return [];
      const n = node as SchemaNode;
      const own = Object.entries(n.properties ?? {}).flatMap(([key, child]) => {
        const target = typeof child.$ref === 'string' && child.$ref.startsWith('#/$defs/') ? { ...schema.$defs[child.$ref.slice(8)], ...child } : child;
        const ok = typeof target.description === 'string' && (target.default !== undefined || typeof target['x-default'] === 'string');
        return ok ? [] : [`${at}/properties/${key}`];
      });
      return own.concat(Object.entries(n).filter(([k]) => k !== 'default' && k !== 'examples').flatMap(([k, v]) => walk(v, `${at}/${k}`)));
    };
    expect(walk(schema, '')).toEqual([]);
  });

  it('offers every intervention kind for completion, and caps every staff level', () => {
    expect(schema.$defs.lever!.properties!.kind!.examples).toEqual(KIND_NAMES);
    const staff = schema.$defs.constraints!.properties!.staffDaysPerYear!;
    expect(Object.keys(staff.properties!)).toEqual([...STAFF_LEVELS]);
  });
});
