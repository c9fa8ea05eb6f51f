/**
 * Outcomes for intersecting groups: the zone × adult age group variants (`X_<zone>_<age>`) and
 * `group_gap_X`. The stocks are checked against a count made here from the residents' columns,
 * the flows against runs in which only one adult age group has needs (so every ended case belongs
 * to that age group, and its variants must equal the zone values exactly). Either check fails if
 * the per-group counting is switched off or indexed wrongly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_PARTICIPATING } from '../../engine/agents/residents.ts';
import { BUILTIN_METRICS, HEADLINE_METRICS, ZONE_AGE_FAMILIES, builtinMetric } from '../../engine/metrics/builtins.ts';
import { ADULT_AGE_GROUPS } from '../../engine/metrics/catalogue.ts';
import { betterDirection } from '../../engine/metrics/direction.ts';
import { Flows, groupIndex } from '../../engine/metrics/flows.ts';
import { metricLabels } from '../../engine/metrics/labels.ts';
import { spread } from '../../engine/metrics/measure.ts';
import { AGE_GROUPS, CATEGORIES, ZONES } from '../../engine/scenario.ts';
import { createSimulation, type RunResult, type Simulation } from '../../engine/simulation.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { smallJson, testScenario } from '../fixtures.ts';

const FAMILIES = ['participation', 'online_access', 'unmet_share', 'resolution_days_mean', 'satisfaction'];
const AGE_KEYS = ADULT_AGE_GROUPS.map((g) => g.key);
const groupNames = (family: string) => ZONES.flatMap((z) => AGE_KEYS.map((a) => `${family}_${z}_${a}`));

describe('zone × age group metrics: names', () => {
  it('gives the five families nine groups each and a gap, in a section after the urban-rural gaps and ratios', () => {
    expect(ZONE_AGE_FAMILIES.map((f) => f.family)).toEqual(FAMILIES);
    const added = FAMILIES.flatMap((f) => [...groupNames(f), `group_gap_${f}`]);
    const from = BUILTIN_METRICS.indexOf(added[0]);
    expect(BUILTIN_METRICS.slice(from, from + added.length)).toEqual(added);
    expect(from).toBeGreaterThan(BUILTIN_METRICS.lastIndexOf(BUILTIN_METRICS.filter((m) => m.startsWith('ratio_')).at(-1)!));
    for (const f of ZONE_AGE_FAMILIES) expect(f.groups).toEqual(groupNames(f.family));
  });

  it('labels them from the zone and age words, with the family direction; the gap is lower-is-better', () => {
    expect(metricLabels('unmet_share_rural_60plus')).toEqual({ zh: '未满足诉求比例(农村,60岁及以上)', en: 'Unmet-need share (rural, aged 60+)' });
    expect(metricLabels('participation_migrant_18_39')).toEqual({ zh: '参与率(进城务工,18–39岁)', en: 'Participation rate (migrant, aged 18–39)' });
    expect(metricLabels('group_gap_unmet_share')).toEqual({ zh: '最优与最差群体之差:未满足诉求比例', en: 'Best−worst group gap: Unmet-need share' });
    for (const f of FAMILIES) {
      for (const name of groupNames(f)) expect(betterDirection(name), name).toBe(betterDirection(f));
      expect(betterDirection(`group_gap_${f}`)).toBe('lower');
      expect(builtinMetric(`group_gap_${f}`)?.family.name).toBe(f);
    }
  });

  it('keeps them out of the headline set', () => {
    expect(HEADLINE_METRICS.filter((m) => m.startsWith('group_gap_') || /_(18_39|40_59|60plus)$/.test(m))).toEqual([]);
  });
});

describe('zone × age group metrics: counting', () => {
  it('takes the spread over the values there are', () => {
    expect(spread([Number.NaN, 0.2, 0.5, 0.1])).toBeCloseTo(0.4, 15);
    expect(spread([-3, 2])).toBe(5);
    expect(spread([0.3, Number.NaN])).toBeNaN();
    expect(spread([])).toBeNaN();
  });

  it('counts an ended case in its zone × age group, a child\'s only in the zone', () => {
    const flows = new Flows(1);
    flows.end(1, 3, false, true, 10); // rural, 60+
    flows.end(2, 1, true, true, 4); // migrant, 18-39
    flows.end(0, 0, false, false, 2); // urban child, lapsed
    const w = flows.period;
    expect([...w.ended]).toEqual([1, 1, 1]);
    expect(groupIndex(1, 3)).toBe(5);
    expect([...w.groupEnded]).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0]);
    expect([...w.groupMet]).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect([...w.groupDurationSum]).toEqual([0, 0, 0, 0, 0, 10, 4, 0, 0]);
    w.reset();
    expect(w.groupEnded.every((v) => v === 0)).toBe(true);
  });
});

/** Adults, participants, adults online and the sum of satisfaction per zone × age group, counted from the residents' columns. */
function countGroups(r: Simulation['state']['residents']) {
  const [adults, part, access, sat] = [0, 1, 2, 3].map(() => new Float64Array(9));
  for (let i = 0; i < r.size; i++) {
    if (r.ageGroup[i] === 0) continue;
    const k = r.zone[i] * 3 + r.ageGroup[i] - 1;
    adults[k]++;
    if (r.participation[i] !== NOT_PARTICIPATING) part[k]++;
    access[k] += r.online[i];
    sat[k] += r.satisfaction[i];
  }
  return { adults, part, access, sat };
}

describe('zone × age group metrics in a run of the small scenario', () => {
  let sim: Simulation;
  let result: RunResult;
  let m: Record<string, number>;
  beforeAll(() => {
    sim = createSimulation(testScenario({ residents: 6000, years: 1 }), { seed: 11 });
    result = sim.run();
    m = result.summary.metrics;
  });

  it('gives each stock group the share or mean of its adults at the end', () => {
    const { adults, part, access, sat } = countGroups(sim.state.residents);
    ZONES.forEach((z, zi) =>
      AGE_KEYS.forEach((a, ai) => {
        const k = zi * 3 + ai;
        expect(adults[k], `${z} ${a}`).toBeGreaterThan(0);
        expect(m[`participation_${z}_${a}`]).toBeCloseTo(part[k] / adults[k], 12);
        expect(m[`online_access_${z}_${a}`]).toBeCloseTo(access[k] / adults[k], 12);
        expect(m[`satisfaction_${z}_${a}`]).toBeCloseTo(sat[k] / adults[k], 12);
      }),
    );
    // A zone's stock is its age groups' values weighted by their adults.
    ZONES.forEach((z, zi) => {
      const n = [0, 1, 2].map((ai) => adults[zi * 3 + ai]);
      const weighted = (f: string) => AGE_KEYS.reduce((s, a, ai) => s + n[ai] * m[`${f}_${z}_${a}`], 0) / (n[0] + n[1] + n[2]);
      for (const f of ['participation', 'online_access', 'satisfaction']) expect(weighted(f), `${f}_${z}`).toBeCloseTo(m[`${f}_${z}`], 12);
    });
  });

  it('gives every family\'s group gap as the largest minus the smallest of its nine groups, in every record', () => {
    for (const values of [m, ...result.series.map((p) => p.values)])
      for (const f of FAMILIES) {
        const groups = groupNames(f).map((n) => values[n]).filter((v) => !Number.isNaN(v));
        expect(groups.length).toBeGreaterThanOrEqual(2);
        expect(values[`group_gap_${f}`], f).toBe(Math.max(...groups) - Math.min(...groups));
      }
    expect(m.group_gap_online_access).toBeGreaterThan(0);
  });

  it('has rural people over 60 far less often online than urban people aged 18–39', () => {
    expect(m.online_access_rural_60plus).toBeLessThan(m.online_access_urban_18_39 / 2);
    expect(m.group_gap_online_access).toBeGreaterThanOrEqual(m.online_access_urban_18_39 - m.online_access_rural_60plus);
  });

  it('counts only adults\' ended cases in the flow groups, none twice', () => {
    const w = sim.state.flows.final;
    ZONES.forEach((z, zi) => {
      const inGroups = [0, 1, 2].reduce((s, ai) => s + w.groupEnded[zi * 3 + ai], 0);
      expect(inGroups, z).toBeGreaterThan(0);
      expect(inGroups, z).toBeLessThanOrEqual(w.ended[zi]);
    });
  });
});

/** The small scenario in which only residents of age group `age` (index of AGE_GROUPS) have needs. */
function onlyAgeHasNeeds(age: number) {
  const json = smallJson();
  json.county.residents = 3000;
  json.years = 1;
  const factors = Object.fromEntries(AGE_GROUPS.map((g, gi) => [g, gi === age ? 1 : 0]));
  json.needs = { ...json.needs, ageFactor: Object.fromEntries(CATEGORIES.map((c) => [c, factors])) };
  return parseScenario(json, 'only one age group has needs');
}

describe('zone × age group flows when only one adult age group has needs', () => {
  for (const [ai, key] of AGE_KEYS.entries()) {
    it(`gives the ${key} groups the zone values and the other age groups none`, () => {
      const m = createSimulation(onlyAgeHasNeeds(ai + 1), { seed: 5 }).run().summary.metrics;
      for (const f of ['unmet_share', 'resolution_days_mean']) {
        for (const z of ZONES) {
          expect(Number.isFinite(m[`${f}_${z}`]), `${f}_${z}`).toBe(true);
          expect(m[`${f}_${z}_${key}`], `${f}_${z}_${key}`).toBe(m[`${f}_${z}`]);
          for (const other of AGE_KEYS.filter((k) => k !== key)) expect(m[`${f}_${z}_${other}`], `${f}_${z}_${other}`).toBeNaN();
        }
        const zones = ZONES.map((z) => m[`${f}_${z}`]);
        expect(m[`group_gap_${f}`]).toBe(Math.max(...zones) - Math.min(...zones));
      }
    });
  }
});
