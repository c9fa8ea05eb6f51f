import { CATEGORIES } from '../scenario.ts';
import { EventCalendar } from '../core/eventCalendar.ts';
import { IntQueue } from '../core/intQueue.ts';

/**
 * A county department (职能部门), one per need category in `CATEGORIES` order: human resources &
 * social security (人社局), civil affairs & health (民政与卫健), ecology & environment (生态环境局),
 * justice — mediation and petitions (司法局), housing, construction & transport (住建与交通),
 * administrative services (行政审批局). Few, so a plain record. Queues hold case references encoded
 * as township * 2^24 + row; whistled cases jump the queue.
 */
export interface Department {
  readonly index: number;
  /** Cases per day before evaluation effects. */
  readonly capacity: number;
  competence: number;
  /** Mean grassroots years of its cadres, refreshed yearly. */
  grassrootsYears: number;
  /** Mean share of full productivity of its cadres today (exchange handovers and learning), refreshed daily; multiplies capacity. */
  productivity: number;
  credit: number;
  readonly priority: IntQueue;
  readonly queue: IntQueue;
  /** Cases in transit from townships and cases waiting for coordination, as (township, row) by due day. */
  readonly arrivals: EventCalendar;
  readonly coordinating: EventCalendar;
  /** Staff-days whistles summon it for, by day (taken from that day's capacity). */
  readonly summoned: Float64Array;
}

export function createDepartment(index: number, capacity: number, competence: number, horizonDays: number): Department {
  return {
    index,
    capacity,
    competence,
    grassrootsYears: 0,
    productivity: 1,
    credit: 0,
    priority: new IntQueue(),
    queue: new IntQueue(),
    arrivals: new EventCalendar(horizonDays),
    coordinating: new EventCalendar(horizonDays),
    summoned: new Float64Array(horizonDays + 2),
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
