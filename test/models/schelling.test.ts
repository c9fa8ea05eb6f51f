import { describe, expect, it } from 'vitest';
import { createSchelling, runSchelling } from '../../engine/models/schelling/model.ts';
import { LARGE, SMALL, checkParams } from '../../engine/models/schelling/params.ts';
import { floorGrid, runFloor } from '../../bench/peers/floor.ts';

const SEEDS = [1, 2, 3, 4, 5];

describe('reference Schelling model (ABMFrameworksComparison declaration)', () => {
  for (const [name, params] of [
    ['small', SMALL],
    ['large', LARGE],
  ] as const) {
    it(`${name}: share happy after 20 steps is at least 0.99 (seeds ${SEEDS.join(', ')})`, () => {
      for (const seed of SEEDS) expect(runSchelling(params, seed).shareHappy()).toBeGreaterThanOrEqual(0.99);
    });

    it(`${name}: one agent per cell, two equal groups, everyone placed`, () => {
      const model = runSchelling(params, 7);
      const { cell, group } = model.state.agents;
      const { occupant } = model.state.space.cells;
      const seen = new Set<number>();
      for (let a = 0; a < params.agents; a++) {
        expect(occupant[cell[a]]).toBe(a);
        seen.add(cell[a]);
      }
      expect(seen.size).toBe(params.agents);
      expect(occupant.filter((o) => o >= 0).length).toBe(params.agents);
      expect(model.state.space.empty.length).toBe(params.width * params.height - params.agents);
      expect(group.reduce((s, g) => s + g, 0)).toBe(params.agents / 2);
    });

    it(`${name}: same seed gives the identical final grid; different seeds differ`, () => {
      const a = runSchelling(params, 11).grid();
      const b = runSchelling(params, 11).grid();
      const c = runSchelling(params, 12).grid();
      expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
      expect(Buffer.from(c).equals(Buffer.from(a))).toBe(false);
    });

    it(`${name}: the hand-written floor of the peer benchmark ends on the same grid`, () => {
      for (const seed of [1, 9]) {
        const engine = runSchelling(params, seed);
        const floor = runFloor(params, seed);
        expect(Buffer.from(floorGrid(floor)).equals(Buffer.from(engine.grid()))).toBe(true);
        expect(floor.happy).toBe(engine.shareHappy());
      }
    });
  }

  it('starts with no agent happy and reshuffles the activation order every step', () => {
    const model = createSchelling(SMALL, 3);
    expect(model.shareHappy()).toBe(0);
    const orders: string[] = [];
    for (let s = 0; s < 3; s++) {
      model.step();
      orders.push(model.state.order.join());
    }
    expect(new Set(orders).size).toBe(3);
    expect([...model.state.order].sort((x, y) => x - y).join()).toBe([...Array(SMALL.agents).keys()].join());
  });

  /** 3 x 3 grid, radius 1: agent 0 in the centre; agents 1 and 2 (its group, already happy) and 3 (other group) around it. */
  function handPlaced(minSimilar: number) {
    const model = createSchelling({ width: 3, height: 3, agents: 4, radius: 1, minSimilar, steps: 1 }, 1);
    const { cell, group, happy } = model.state.agents;
    const { occupant, emptySlot } = model.state.space.cells;
    const empty = model.state.space.empty;
    while (empty.length > 0) empty.remove(empty.items[0], emptySlot);
    occupant.fill(-1);
    group.set([0, 0, 0, 1]);
    happy.set([0, 1, 1, 0]);
    [4, 0, 2, 8].forEach((c, a) => {
      cell[a] = c;
      occupant[c] = a;
    });
    for (const c of [1, 3, 5, 6, 7]) empty.add(c, emptySlot);
    model.step();
    return model.state.agents;
  }

  it('an agent with enough similar neighbours becomes happy and stays; it does not count itself', () => {
    const enough = handPlaced(2);
    expect(enough.happy[0]).toBe(1);
    expect(enough.cell[0]).toBe(4);
    const tooFew = handPlaced(3); // two similar neighbours; itself would make three
    expect(tooFew.happy[0]).toBe(0);
    expect(tooFew.cell[0]).not.toBe(4);
    // happy agents do nothing; the lone agent of the other group never becomes happy
    expect([tooFew.cell[1], tooFew.cell[2], tooFew.happy[3]]).toEqual([0, 2, 0]);
  });

  it('rejects impossible parameters with a message naming the field', () => {
    expect(() => checkParams({ ...SMALL, agents: 1600 })).toThrow(/agents must be fewer than the 1600 cells/);
    expect(() => checkParams({ ...SMALL, radius: 1.5 })).toThrow(/radius must be a non-negative integer/);
  });
});

describe('reference Schelling model: bookkeeping', () => {
  it('keeps the count of happy agents equal to the happy flags', () => {
    const model = createSchelling(LARGE, 4);
    for (let s = 0; s < 5; s++) {
      model.step();
      expect(model.state.happyCount).toBe(model.state.agents.happy.reduce((n, h) => n + h, 0));
    }
  });
});
