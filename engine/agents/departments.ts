import { CATEGORIES } from '../../scenarios/types.ts';
import { EventCalendar } from '../core/eventCalendar.ts';
import { IntQueue } from '../core/intQueue.ts';

/** Department names, one per need category, in `CATEGORIES` order. */
export const DEPARTMENT_NAMES: readonly { zh: string; en: string }[] = [
  { zh: '人力资源和社会保障局', en: 'Human resources & social security' },
  { zh: '民政与卫生健康局', en: 'Civil affairs & health' },
  { zh: '生态环境局', en: 'Ecology & environment' },
  { zh: '司法局(调解与信访)', en: 'Justice (mediation & petitions)' },
  { zh: '住房城乡建设与交通局', en: 'Housing, construction & transport' },
  { zh: '行政审批服务局', en: 'Administrative services' },
];

/**
 * A county department (职能部门): few, so a plain record. Queues hold case references encoded
 * as township * 2^24 + row; whistled cases jump the queue.
 */
export interface Department {
  readonly index: number;
  /** Cases per day before evaluation effects. */
  readonly capacity: number;
  competence: number;
  /** Mean grassroots years of its cadres, refreshed yearly. */
  grassrootsYears: number;
  credit: number;
  readonly priority: IntQueue;
  readonly queue: IntQueue;
  /** Cases in transit from townships and cases waiting for coordination, as (township, row) by due day. */
  readonly arrivals: EventCalendar;
  readonly coordinating: EventCalendar;
}

export function createDepartment(index: number, capacity: number, competence: number, horizonDays: number): Department {
  return {
    index,
    capacity,
    competence,
    grassrootsYears: 0,
    credit: 0,
    priority: new IntQueue(),
    queue: new IntQueue(),
    arrivals: new EventCalendar(horizonDays),
    coordinating: new EventCalendar(horizonDays),
  };
}

export const DEPARTMENT_COUNT = CATEGORIES.length;

/** Packs a (township, case row) pair into one integer for the queues. */
export function packRef(township: number, row: number): number {
  return township * 0x1000000 + row;
}
export function refTownship(ref: number): number {
  return Math.floor(ref / 0x1000000);
}
export function refRow(ref: number): number {
  return ref % 0x1000000;
}
