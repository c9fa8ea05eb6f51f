import type { Residents } from '../../engine/agents/residents.ts';

/**
 * Each resident's income group, 0 (poorest) to `groups` − 1, by rank of per-capita income over
 * all residents (ties broken by resident index, so the grouping is deterministic). With 5
 * groups these are county income quintiles.
 */
export function incomeGroups(residents: Residents, groups: number): Uint8Array {
  const n = residents.size;
  const income = residents.income;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => income[a] - income[b] || a - b);
  const group = new Uint8Array(n);
  order.forEach((i, rank) => (group[i] = Math.floor((rank * groups) / n)));
  return group;
}
