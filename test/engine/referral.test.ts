import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../engine/simulation.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { smallJson } from '../fixtures.ts';

/**
 * Committees so understaffed that cases pile up (a tenth of a staff member, no volunteer
 * capacity), run for a year; returns the longest time, in days since its report, that a case
 * still waiting at a committee has waited, and how many wait.
 */
function longestWait(referAfterDays: number): { longest: number; waiting: number } {
  const json = smallJson();
  json.county.residents = 4000;
  json.years = 1;
  json.committees = { ...json.committees, staff: { villagePerPlace: 0.1, communityPer10k: 0.2 }, volunteerCapacity: 0, referAfterDays };
  const sim = createSimulation(parseScenario(json, 'test scenario'), { seed: 3 });
  sim.run();
  let longest = 0;
  let waiting = 0;
  for (const ts of sim.state.townships) {
    // Queues are first in, first out: the front case has waited longest.
    for (const queue of [...ts.committeeQueues, ...ts.committeePriority]) {
      waiting += queue.length;
      if (queue.length > 0) longest = Math.max(longest, sim.state.day - 1 - ts.cases.cols.reported[queue.peek()]);
    }
  }
  return { longest, waiting };
}

describe('referral of overdue cases', () => {
  it('an overloaded committee holds no case much longer than referAfterDays', () => {
    const { longest, waiting } = longestWait(30);
    expect(waiting).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(31);
  });

  it('without referral the same committees hold cases for months', () => {
    expect(longestWait(3650).longest).toBeGreaterThan(90);
  });
});
