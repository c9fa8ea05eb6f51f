import type { Simulation } from '../../engine/simulation.ts';

/** Steps a simulation to its horizon, calling `after(day)` once each day has run (before the next). */
export function runObserved(sim: Simulation, after: (day: number) => void): void {
  while (!sim.done) {
    const day = sim.state.day;
    sim.step();
    after(day);
  }
}
