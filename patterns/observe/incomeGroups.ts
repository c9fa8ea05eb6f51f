import type { Residents } from '../../engine/agents/residents.ts';

/**
 * Each resident's income group, 0 (poorest) to `groups` − 1, by rank of per-capita income (ties
 * broken by resident index, so the grouping is deterministic). Ranked over all residents, 5
 * groups are county income quintiles; with `withinZone`, residents are ranked within their zone
 * (urban, rural, migrant), so every group holds each zone in proportion.
 */
export function incomeGroups(residents: Residents, groups: number, withinZone = false): Uint8Array {
  const { income, zone } = residents;
  const group = new Uint8Array(residents.size);
  const pools = withinZone ? [0, 1, 2] : [-1];
  for (const z of pools) {
    const members: number[] = [];
    for (let i = 0; i < residents.size; i++) if (z < 0 || zone[i] === z) members.push(i);
    members.sort((a, b) => income[a] - income[b] || a - b);
    members.forEach((i, rank) => (group[i] = Math.floor((rank * groups) / members.length)));
  }
  return group;
}
