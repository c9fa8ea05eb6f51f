import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/000_0b4d562ac8635390.txt, shared/seeds/001_7ec4f0e4328f94fb.txt; value assumption; calibrate';

/** 网格化管理 (seeds 000, 001): more grid workers visiting households more often. */
export const gridManagement: InterventionKind<{ workersPerGrid: number; visitsPerWorkerPerDay: number }> = {
  kind: 'gridManagement',
  name: { zh: '网格化管理', en: 'Grid management' },
  practice: '网格化 grid management: grid heads, grid workers, volunteers (000_0b4d562ac8635390.txt, 001_7ec4f0e4328f94fb.txt)',
  changes: ['place.gridWorkers and place.visitsPerWorker: proactive detection of needs (reporting)'],
  expected: { metric: 'report_rate', direction: 'increase' },
  params: {
    workersPerGrid: {
      type: 'number', default: 2, minimum: 0, maximum: 20, unit: 'workers per grid', source: SOURCE,
      description: {
        en: 'Grid workers per grid while active (raised to at least this).',
        zh: '干预期间每个网格的网格员数（至少提高到该值）。',
      },
    },
    visitsPerWorkerPerDay: {
      type: 'number', default: 10, minimum: 0, maximum: 100, unit: 'visits per worker per day', source: SOURCE,
      description: {
        en: 'Household visits per grid worker per day while active (raised to at least this).',
        zh: '干预期间每名网格员每天入户走访数（至少提高到该值）。',
      },
    },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.gridWorkers[q] = Math.max(levers.place.gridWorkers[q], p.workersPerGrid);
      levers.place.visitsPerWorker[q] = Math.max(levers.place.visitsPerWorker[q], p.visitsPerWorkerPerDay);
    });
  },
};
