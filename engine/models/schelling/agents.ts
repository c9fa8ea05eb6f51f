import { createTable, type Table } from '../../core/table.ts';

/**
 * Schelling agents: one row each; the row index is the agent's unique id. Agents move by
 * changing `cell`, never by being deleted and re-created.
 */
export const AGENT_FIELDS = {
  /** Cell index y * width + x. */
  cell: 'i32',
  /** Group, 0 or 1. */
  group: 'u8',
  /** The declaration's happy flag: set once the agent has enough similar neighbours; never cleared. */
  happy: 'u8',
} as const;

export type SchellingAgents = Table<typeof AGENT_FIELDS>;

/** Agents with the first half in group 0 and the rest in group 1, none placed or happy yet. */
export function createAgents(n: number): SchellingAgents {
  const agents = createTable(AGENT_FIELDS, n);
  agents.group.fill(1, n >> 1);
  return agents;
}
