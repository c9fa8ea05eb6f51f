import { ORGANISATION_CATEGORIES } from '../county/institutions.ts';
import type { SimState } from '../state.ts';

/** Pollution weight of a firm by sector: agriculture, manufacturing, services. */
const SECTOR_POLLUTION = [0.5, 1, 0.2];

function popcount(bits: number): number {
  let n = 0;
  for (; bits; bits &= bits - 1) n++;
  return n;
}

/**
 * Phase `derive` (monthly, county; also after any lever change): recomputes each place's
 * effective committee attributes from agents and levers.
 * - branch: weak branches (below the threshold) act at least at the lever's floor;
 * - competence: own + lever boost for weak branches (≤ 1); quality = q0·(0.7 + 0.3·competence)·(1 − penalty·speedWeight);
 * - capacity = staff·casesPerStaff·(1 + boost·speedWeight) + (volunteers·vc + partners)·active + contracted organisations,
 *   kept by parts: paid (staff and contracted organisations), volunteers and partners (times the active
 *   share, `processes/volunteers.ts`), and the platform's share offlineShift of staff capacity;
 * - mobilisation = 1 − exp(−(branchMobilisation·branch + organisations·m + lever)): saturating, below 1;
 * - firm job support = 1 − exp(−jobCapacity·Σ willingness·size/10); pollution = p·Σ sector weight·(1 − willingness)
 *   per 1,000 residents (manufacturing 1, agriculture 0.5, services 0.2);
 * - organisation support, per category an organisation serves = 1 − exp(−4 · contracted capacity
 *   for that category / staff capacity): the share of such cases contracted organisations settle
 *   locally (purchase of services);
 * - detection by volunteers and partners (times the active share), and by grid visits for each grid:
 *   workers·visits per worker·(1 − reportingShare)·detectProbability / households.
 */
export function derivePlaces(sim: SimState): void {
  const byCategory = new Float64Array(ORGANISATION_CATEGORIES);
  const s = sim.scenario;
  const c = sim.committees;
  const lv = sim.levers.place;
  const o = sim.organisations;
  const f = sim.firms;
  const speed = sim.levers.county.speedWeight;
  for (let p = 0; p < c.size; p++) {
    const weak = c.branchStrength[p] < s.committees.weakBranchThreshold;
    c.branchEffective[p] = weak ? Math.max(c.branchStrength[p], lv.branchFloor[p]) : c.branchStrength[p];
    c.competenceEffective[p] = Math.min(1, c.competence[p] + (weak ? lv.competenceBoost[p] : 0));
    c.quality[p] = s.committees.quality * (0.7 + 0.3 * c.competenceEffective[p]) * (1 - s.evaluation.qualityPenalty * speed);
    let orgCapacity = 0;
    let orgVolunteers = 0;
    byCategory.fill(0);
    for (let k = c.firstOrganisation[p]; k < c.firstOrganisation[p] + c.organisationCount[p]; k++) {
      orgVolunteers += o.volunteers[k];
      if (o.contractDraw[k] >= lv.contractedShare[p]) continue;
      const capacity = o.capacity[k] * lv.organisationCapacityFactor[p];
      orgCapacity += capacity;
      // An organisation's capacity is shared evenly among the categories it serves.
      const served = popcount(o.categories[k]);
      for (let cat = 0; cat < ORGANISATION_CATEGORIES; cat++) if (o.categories[k] & (1 << cat)) byCategory[cat] += capacity / served;
    }
    const organisations = c.organisationCount[p] + lv.extraOrganisations[p];
    orgVolunteers += lv.extraOrganisations[p] * s.organisations.volunteers;
    const volunteers = c.volunteers[p] + orgVolunteers;
    const staffCapacity = c.staff[p] * s.committees.casesPerStaffPerDay * (1 + s.evaluation.speedBoost * speed);
    // Volunteers and partners who tired of overuse are gone from capacity and detection alike.
    const active = c.volunteerActive[p];
    const volunteerCapacity = volunteers * s.committees.volunteerCapacity * active;
    const partnerCapacity = lv.partnerCapacity[p] * c.grids[p] * active;
    c.capacity[p] = staffCapacity + volunteerCapacity + partnerCapacity + orgCapacity;
    c.paidCapacity[p] = staffCapacity + orgCapacity;
    c.volunteerCapacity[p] = volunteerCapacity + partnerCapacity;
    c.onlineCapacity[p] = lv.offlineShift[p] * staffCapacity;
    // Saturating: each further organisation (or boost) adds less once the place is mobilised.
    const drive = s.participation.branchMobilisation * c.branchEffective[p] + s.organisations.mobilisation * organisations + lv.mobilisationBoost[p];
    c.mobilisation[p] = 1 - Math.exp(-drive);
    let support = 0;
    let pollution = 0;
    for (let k = c.firstFirm[p]; k < c.firstFirm[p] + c.firmCount[p]; k++) {
      const w = Math.min(1, f.willingness[k] + lv.firmWillingnessBoost[p]);
      support += w * f.size[k];
      pollution += SECTOR_POLLUTION[f.sector[k]] * (1 - w);
    }
    c.firmJobSupport[p] = 1 - Math.exp((-s.firms.jobCapacity * support) / 10);
    c.pollution[p] = (s.firms.pollution * pollution) / Math.max(1, c.residents[p] / 1000);
    const hundreds = Math.max(1, c.households[p] / 100);
    c.detection[p] = ((s.reporting.volunteerDetection * volunteers + lv.partnerDetection[p] * c.grids[p]) * active) / hundreds;
    for (let cat = 0; cat < ORGANISATION_CATEGORIES; cat++)
      sim.organisationSupport[p * ORGANISATION_CATEGORIES + cat] = 1 - Math.exp(-(ORGANISATION_CATEGORIES * byCategory[cat]) / Math.max(1e-9, staffCapacity));
    // Time on reporting duties is time not spent visiting households.
    const visits = lv.gridWorkers[p] * lv.visitsPerWorker[p] * (1 - lv.reportingShare[p]) * s.grid.detectProbability;
    for (let g = c.firstGrid[p]; g < c.firstGrid[p] + c.grids[p]; g++) sim.gridDetection[g] = Math.min(1, visits / Math.max(1, sim.gridHouseholds[g]));
  }
}

/** Gives each township its whistles for the coming month (at month ends; a switch resets only changed allowances). */
export function resetWhistles(sim: SimState): void {
  for (const ts of sim.townships) ts.whistlesLeft = sim.levers.township.whistlesPerMonth[ts.index];
}
