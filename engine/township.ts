import type { AliasTable } from './core/alias.ts';
import { EventCalendar } from './core/eventCalendar.ts';
import { IntQueue, SlotList } from './core/intQueue.ts';
import { stream, type Rng } from './core/rng.ts';
import { createCaseTable, type CaseTable } from './processes/cases.ts';
import { ExperienceQueue } from './processes/experienceQueue.ts';
import { NeedDraws } from './processes/needDraws.ts';

/** The mechanisms that draw random numbers inside a township, each with its own stream. */
export const TOWNSHIP_MECHANISMS = [
  'needs',
  'reporting',
  'committees',
  'routing',
  'escalation',
  'mediation',
  'participation',
  'innovation',
  'falseClosure',
] as const;
export type TownshipMechanism = (typeof TOWNSHIP_MECHANISMS)[number];

/**
 * Everything one township owns during a tick: its cases, queues and lists, its random streams,
 * and outboxes for what crosses to the county level or to other townships.
 */
export interface TownshipState {
  readonly index: number;
  readonly firstResident: number;
  readonly endResident: number;
  readonly firstPlace: number;
  readonly endPlace: number;
  readonly residents: number;
  readonly cases: CaseTable;
  /** Unreported needs, and open disputes (for rescheduling when levers change). */
  readonly pending: SlotList;
  readonly disputes: SlotList;
  /** Scheduled reports/lapses and escalations of this township's cases. */
  readonly reportCalendar: EventCalendar;
  readonly escalationCalendar: EventCalendar;
  /** Last case serial handed out. */
  serial: number;
  /** Per place: mediation and committee queues (partner-reported cases first). */
  readonly mediationQueues: IntQueue[];
  readonly committeePriority: IntQueue[];
  readonly committeeQueues: IntQueue[];
  /**
   * Per place: online reports waiting for the staff moved to the platform (digitalRollout's
   * offlineShift); and the routing desk's online cases and the credit of its platform share.
   * Empty, and the credit 0, while nothing is moved.
   */
  readonly committeeOnline: IntQueue[];
  readonly routingQueue: IntQueue;
  readonly routingOnline: IntQueue;
  routingCredit: number;
  routingOnlineCredit: number;
  whistlesLeft: number;
  /** Mean county-level years of this township's cadres, refreshed yearly. */
  cadreCountyYears: number;
  /** Mean share of full productivity of its cadres today (exchange handovers and learning), refreshed daily; multiplies routing capacity. */
  productivity: number;
  /** Picks the resident a need arises to, weighted by total need rate; rebuilt when rates change. */
  needSampler: AliasTable | null;
  /** Yearly need rate of each resident by category, interleaved (resident-major), rebuilt with the sampler. */
  needRates: Float32Array;
  /** Scratch of the day's need arrivals. */
  readonly needDraws: NeedDraws;
  /** Cases handed to departments today, as flat (case row, department, arrival day) triples. */
  readonly outbox: number[];
  /** Departments summoned by today's whistles, as flat (department, staff-days, day) triples. */
  readonly summons: number[];
  /** Cases ended today, for the day's `experience` phase. */
  readonly experiences: ExperienceQueue;
  /** Word of mouth to residents of other townships: resident and disconfirmation. */
  readonly wordOfMouthTo: number[];
  readonly wordOfMouthDelta: number[];
  readonly rng: Record<TownshipMechanism, Rng>;
}

export function createTownshipState(
  seed: number,
  horizonDays: number,
  index: number,
  residents: [number, number],
  places: [number, number],
): TownshipState {
  const placeCount = places[1] - places[0];
  const queues = () => Array.from({ length: placeCount }, () => new IntQueue());
  const rng = {} as Record<TownshipMechanism, Rng>;
  for (const m of TOWNSHIP_MECHANISMS) rng[m] = stream(seed, m, index);
  return {
    index,
    firstResident: residents[0],
    endResident: residents[1],
    firstPlace: places[0],
    endPlace: places[1],
    residents: residents[1] - residents[0],
    cases: createCaseTable(),
    pending: new SlotList(1024),
    disputes: new SlotList(256),
    reportCalendar: new EventCalendar(horizonDays),
    escalationCalendar: new EventCalendar(horizonDays),
    serial: 0,
    mediationQueues: queues(),
    committeePriority: queues(),
    committeeQueues: queues(),
    committeeOnline: queues(),
    routingQueue: new IntQueue(),
    routingOnline: new IntQueue(),
    routingCredit: 0,
    routingOnlineCredit: 0,
    whistlesLeft: 0,
    cadreCountyYears: 0,
    productivity: 1,
    needSampler: null,
    needRates: new Float32Array(0),
    needDraws: new NeedDraws(),
    outbox: [],
    summons: [],
    experiences: new ExperienceQueue(),
    wordOfMouthTo: [],
    wordOfMouthDelta: [],
    rng,
  };
}
