import { forTownships, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/003_a8d8f07473df21db.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';
/** Seed 004 names the three whistles and what each convenes; the numbers are assumptions. */
const TYPES_SOURCE = 'shared/seeds/004_32c1ffca1322b8d2.txt (日常哨: relevant departments and residents\' representatives; 攻坚哨: multi-department joint enforcement; 应急哨: rapid response); numbers assumption; calibrate';

type Params = {
  whistlesPerTownshipPerMonth: number;
  eligibleAfterDays: number;
  dailyDepartments: number;
  dailyStaffDays: number;
  toughDepartments: number;
  toughStaffDays: number;
  emergencyDepartments: number;
  emergencyStaffDays: number;
  townshipStaffDays: number;
};

const departments = (zh: string, en: string, dflt: number) => ({
  type: 'integer' as const, default: dflt, minimum: 1, maximum: 6, unit: 'departments per whistle', source: TYPES_SOURCE,
  description: { en: `Departments a ${en} whistle summons on site: the responsible one and the next ones in mandate order.`, zh: `每次${zh}召集到场的部门数：责任部门及其后按职能顺序的部门。` },
});
const staffDays = (zh: string, en: string, dflt: number) => ({
  type: 'number' as const, default: dflt, minimum: 0, maximum: 30, unit: 'staff-days per summoned department', source: TYPES_SOURCE,
  description: {
    en: `Staff time each department summoned by a ${en} whistle spends on it, taken from its capacity for its own queue.`,
    zh: `${zh}召集的每个部门为此投入的人日，从其处理自身队列的能力中扣除。`,
  },
});

/**
 * 街乡吹哨、部门报到 (seeds 003, 004): townships summon departments to hard cases. Each whistle
 * is one of the three Beijing whistles by the case it is blown for: an emergency whistle for a
 * dispute that has waited past the escalation threshold, a tough whistle for a case that bounced
 * or waited `eligibleAfterDays`, a daily whistle for a cross-department case. Summoned departments
 * spend staff time on site that their own queues do not get.
 */
export const whistleCoordination: InterventionKind<Params> = {
  kind: 'whistleCoordination',
  name: { zh: '吹哨报到', en: 'Whistle-and-report coordination' },
  practice: '街乡吹哨、部门报到 whistle mechanism: daily, tough and emergency whistles (003_a8d8f07473df21db.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'township.whistlesPerMonth: hard cases (cross-department, bounced, long-waiting, disputes near escalation) routed jointly: no misrouting, no coordination wait, department priority',
    'township.whistleEligibleDays: how long a case must have waited for a tough whistle',
    'township.whistle departments and staff-days by whistle type: summoned departments lose that staff time from their own queues the next day',
  ],
  expected: { metric: 'resolution_days_p90', direction: 'decrease' },
  params: {
    whistlesPerTownshipPerMonth: {
      type: 'number', default: 20, minimum: 0, maximum: 10000, unit: 'whistles per township per month', source: SOURCE,
      description: {
        en: 'Whistles a township may blow per month, of any type, each convening departments on one hard case (added to the township\'s monthly budget).',
        zh: '每个乡镇每月可吹哨次数（不分类型），每次召集部门处理一件难办案件（累加到乡镇每月额度）。',
      },
    },
    eligibleAfterDays: {
      type: 'number', default: 10, minimum: 0, maximum: 365, unit: 'days', source: SOURCE,
      description: {
        en: 'Days since reporting after which a forwarded case may get a tough whistle; bounced cases may get one at once, cross-department cases a daily whistle at once.',
        zh: '上报后满该天数的转办案件可吹“攻坚哨”；被退回的案件可立即吹攻坚哨，跨部门案件可立即吹“日常哨”。',
      },
    },
    dailyDepartments: departments('日常哨', 'daily', 2),
    dailyStaffDays: staffDays('日常哨', 'daily', 0.25),
    toughDepartments: departments('攻坚哨', 'tough', 3),
    toughStaffDays: staffDays('攻坚哨', 'tough', 0.5),
    emergencyDepartments: departments('应急哨', 'emergency', 4),
    emergencyStaffDays: staffDays('应急哨', 'emergency', 0.5),
    townshipStaffDays: {
      type: 'number', default: 0.25, minimum: 0, maximum: 30, unit: 'staff-days per whistle', source: TYPES_SOURCE,
      description: {
        en: 'Township staff time spent convening each whistle (calling departments, leading the on-site meeting).',
        zh: '乡镇为每次吹哨投入的人日（召集部门、主持现场会）。',
      },
    },
  },
  consumes: {
    departmentStaffDays: { unit: { en: 'department staff-day', zh: '部门人日' }, timing: 'use', staff: 'department' },
    townshipStaffDays: { unit: { en: 'township staff-day', zh: '乡镇人日' }, timing: 'use', staff: 'township' },
  },
  intensity: 'whistlesPerTownshipPerMonth',
  plan(size, p) {
    // At most every whistle blown, each of the costliest type.
    const whistles = p.whistlesPerTownshipPerMonth * 12 * size.townships;
    const perWhistle = Math.max(p.dailyDepartments * p.dailyStaffDays, p.toughDepartments * p.toughStaffDays, p.emergencyDepartments * p.emergencyStaffDays);
    return { departmentStaffDays: whistles * perWhistle, townshipStaffDays: whistles * p.townshipStaffDays };
  },
  apply(levers, scope, p) {
    const t = levers.township;
    forTownships(scope, (k) => {
      t.whistlesPerMonth[k] += p.whistlesPerTownshipPerMonth;
      t.whistleEligibleDays[k] = p.eligibleAfterDays;
      t.dailyWhistleDepartments[k] = p.dailyDepartments;
      t.dailyWhistleStaffDays[k] = p.dailyStaffDays;
      t.toughWhistleDepartments[k] = p.toughDepartments;
      t.toughWhistleStaffDays[k] = p.toughStaffDays;
      t.emergencyWhistleDepartments[k] = p.emergencyDepartments;
      t.emergencyWhistleStaffDays[k] = p.emergencyStaffDays;
      t.whistleTownshipStaffDays[k] = p.townshipStaffDays;
    });
  },
};
