/**
 * Whistles use department time (街乡吹哨、部门报到, seed 004): each summoned department spends
 * staff-days on site that its own queue does not get, so past some budget more whistles make
 * everyone else wait; and what whistles use is charged to the intervention at the scenario's
 * staff-day costs. Each test fails with the summons switched off (staff-days 0).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../engine/simulation.ts';
import { testScenario } from '../fixtures.ts';

const YEARS = 2;
const whistles = (perMonth: number, staffDays: number) =>
  testScenario({
    years: YEARS,
    interventions: [{
      kind: 'whistleCoordination', start: 0,
      params: { whistlesPerTownshipPerMonth: perMonth, dailyStaffDays: staffDays, toughStaffDays: staffDays, emergencyStaffDays: staffDays, townshipStaffDays: staffDays },
    }],
  });
const summary = (perMonth: number, staffDays: number, seed = 1) => run(whistles(perMonth, staffDays), { seed }).summary.metrics;

describe('whistles summon department staff time', () => {
  it('at equal whistle budgets, cases wait longer when summoned departments lose staff time', () => {
    for (const seed of [1, 2]) {
      const free = summary(100, 0, seed);
      const costly = summary(100, 1, seed);
      // The same budget is blown either way; only the summons' time differs.
      expect(costly.resolution_days_mean).toBeGreaterThan(free.resolution_days_mean * 1.2);
      expect(costly.queue_department).toBeGreaterThan(free.queue_department);
      expect(costly.capacity_use_department).toBeGreaterThan(free.capacity_use_department);
    }
  });

  it('shows where more stops helping: a modest budget beats a huge one on resolution time', () => {
    const modest = summary(10, 0.5);
    const huge = summary(1000, 0.5);
    expect(huge.whistles).toBeGreaterThan(modest.whistles * 3);
    expect(huge.resolution_days_mean).toBeGreaterThan(modest.resolution_days_mean * 1.2);
  });

  it('charges the staff-days whistles use, priced at the scenario staff-day costs, and cost grows with use', () => {
    const s = whistles(10, 0.5);
    const m = run(s, { seed: 1 }).summary.metrics;
    expect(m.whistles).toBeGreaterThan(0);
    // Each whistle: its summoned departments x 0.5 staff-days, plus 0.5 township staff-days.
    expect(m.staff_days_whistle_coordination).toBeGreaterThan(m.whistles * (2 * 0.5 + 0.5) * 0.9);
    expect(m.staff_days_whistle_coordination).toBeLessThan(m.whistles * (4 * 0.5 + 0.5) * 1.1);
    const { department, township } = s.resources.staffDayCost;
    expect(m.cost_whistle_coordination).toBeGreaterThanOrEqual(m.staff_days_whistle_coordination * Math.min(department, township) * 0.99);
    expect(m.cost_whistle_coordination).toBeLessThanOrEqual(m.staff_days_whistle_coordination * Math.max(department, township) * 1.01);
    expect(m.cost).toBe(m.cost_whistle_coordination);
    expect(summary(40, 0.5).cost_whistle_coordination).toBeGreaterThan(m.cost_whistle_coordination * 2);
    expect(summary(10, 0).cost_whistle_coordination).toBe(0);
  });

  it('a stated cost overrides the money but staff-days are still counted', () => {
    const json = whistles(10, 0.5);
    const stated = testScenario({ years: YEARS, interventions: [{ ...json.interventions[0], cost: { fixed: 0, perYear: 365_000 } }] });
    const m = run(stated, { seed: 1 }).summary.metrics;
    expect(m.cost).toBeCloseTo(365_000, 0);
    expect(m.staff_days_whistle_coordination).toBeGreaterThan(0);
  });
});
