import { SlotList } from '../../core/intQueue.ts';
import type { Rng } from '../../core/rng.ts';
import { createTable, type Table } from '../../core/table.ts';

/** Per cell: the agent on it (-1 when empty) and, when empty, its slot in the list of empty cells. */
export const CELL_FIELDS = {
  occupant: 'i32',
  emptySlot: 'i32',
} as const;

/**
 * A finite (non-periodic) grid with at most one agent per cell. The empty cells are kept in a
 * `SlotList`, so a uniformly random empty cell costs one draw and moving costs O(1).
 */
export interface GridSpace {
  readonly width: number;
  readonly height: number;
  readonly cells: Table<typeof CELL_FIELDS>;
  readonly empty: SlotList;
}

/** An empty grid: every cell listed as empty, in cell order. */
export function createGridSpace(width: number, height: number): GridSpace {
  const size = width * height;
  const cells = createTable(CELL_FIELDS, size);
  cells.occupant.fill(-1);
  const empty = new SlotList(size);
  for (let c = 0; c < size; c++) empty.add(c, cells.emptySlot);
  return { width, height, cells, empty };
}

/** Draws a uniformly random empty cell (one draw), takes it for `agent` and returns it. */
export function takeRandomEmptyCell(space: GridSpace, agent: number, rng: Rng): number {
  const empty = space.empty;
  const cell = empty.items[Math.floor(rng() * empty.length)];
  empty.remove(cell, space.cells.emptySlot);
  space.cells.occupant[cell] = agent;
  return cell;
}

/** Empties a cell (its agent has left). */
export function vacate(space: GridSpace, cell: number): void {
  space.cells.occupant[cell] = -1;
  space.empty.add(cell, space.cells.emptySlot);
}
