import { forPlaces, type InterventionKind } from '../kind.ts';

/** 网格化管理 (seeds 000, 001): more grid workers visiting households more often. */
export const gridManagement: InterventionKind<{ workersPerGrid: number; visitsPerWorkerPerDay: number }> = {
  kind: 'gridManagement',
  practice: '网格化 grid management: grid heads, grid workers, volunteers (000_0b4d562ac8635390.txt, 001_7ec4f0e4328f94fb.txt)',
  changes: ['place.gridWorkers and place.visitsPerWorker: proactive detection of needs (reporting)'],
  expected: { metric: 'report_rate', direction: 'increase' },
  params: {
    workersPerGrid: { default: 2, min: 0, max: 20, unit: 'workers/grid', description: 'Grid workers per grid (raised to at least this).' },
    visitsPerWorkerPerDay: { default: 10, min: 0, max: 100, unit: 'visits/day', description: 'Household visits per grid worker per day (raised to at least this).' },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.gridWorkers[q] = Math.max(levers.place.gridWorkers[q], p.workersPerGrid);
      levers.place.visitsPerWorker[q] = Math.max(levers.place.visitsPerWorker[q], p.visitsPerWorkerPerDay);
    });
  },
};
