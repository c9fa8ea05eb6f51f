import { DAYS_PER_YEAR } from '../../core/calendar.ts';
import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/000_0b4d562ac8635390.txt, shared/seeds/001_7ec4f0e4328f94fb.txt; value assumption; calibrate';

type Params = { workersPerGrid: number; visitsPerWorkerPerDay: number; reportingShare: number };

/** 网格化管理 (seeds 000, 001): more grid workers visiting households more often. */
export const gridManagement: InterventionKind<Params> = {
  kind: 'gridManagement',
  name: { zh: '网格化管理', en: 'Grid management' },
  practice: '网格化 grid management: grid heads, grid workers, volunteers (000_0b4d562ac8635390.txt, 001_7ec4f0e4328f94fb.txt)',
  changes: [
    'place.gridWorkers and place.visitsPerWorker: proactive detection of needs (reporting)',
    'place.reportingShare: share of grid workers\' time on reporting duties, not visits',
  ],
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
        en: 'Household visits per grid worker per day of service work while active (raised to at least this); the time on reporting duties (reportingShare) is taken from it.',
        zh: '干预期间每名网格员每个全天用于服务时的入户走访数（至少提高到该值）；报表填报时间（reportingShare）从中扣除。',
      },
    },
    reportingShare: {
      type: 'number', default: 0.3, minimum: 0, maximum: 0.9, unit: 'share of working time (0-1)',
      source: 'assumption; shared/seeds/003_a8d8f07473df21db.txt on the reporting burden of grassroots work (推动基层公共事务减负提质、降本增效); calibrate',
      description: {
        en: 'Share of grid workers\' time the grid-management regime puts on reporting duties (forms, ledgers, data entry) in targeted places, on top of what baseline visits are already net of: visits = workers × visits per worker × (1 − reportingShare). 0 = no more paperwork than before; compare values to see what burden reduction (减负) buys.',
        zh: '网格化管理在目标地点给网格员增加的报表、台账、数据录入等填报时间比例（基线走访数已扣除原有填报）：走访数 = 网格员数 × 人均走访数 ×（1 − 填报比例）。0 表示不比原来多；比较不同取值可看出减负的效果。',
      },
    },
  },
  consumes: {
    gridWorkerTime: { unit: { zh: '人日（网格员）', en: 'grid-worker staff-day' }, timing: 'year', staff: 'gridWorker' },
  },
  intensity: 'workersPerGrid',
  plan(size, p, scenario) {
    // Only the workers added above the scenario's own are the intervention's to pay for.
    return { gridWorkerTime: Math.max(0, p.workersPerGrid - scenario.grid.workersPerGrid) * size.grids * DAYS_PER_YEAR };
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.gridWorkers[q] = Math.max(levers.place.gridWorkers[q], p.workersPerGrid);
      levers.place.visitsPerWorker[q] = Math.max(levers.place.visitsPerWorker[q], p.visitsPerWorkerPerDay);
      levers.place.reportingShare[q] = p.reportingShare;
    });
  },
};
