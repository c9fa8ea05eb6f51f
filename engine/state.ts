import type { Scenario } from './scenario.ts';
import type { Cadres } from './agents/cadres.ts';
import type { Committees } from './agents/committees.ts';
import type { Department } from './agents/departments.ts';
import type { Firms } from './agents/firms.ts';
import type { Organisations } from './agents/organisations.ts';
import type { Residents } from './agents/residents.ts';
import type { Csr } from './core/csr.ts';
import type { EventCalendar } from './core/eventCalendar.ts';
import type { Rng } from './core/rng.ts';
import type { Layout } from './county/layout.ts';
import type { Levers } from './interventions/levers.ts';
import type { Intervention } from './interventions/registry.ts';
import type { Flows } from './metrics/flows.ts';
import type { TownshipState } from './township.ts';

/** Cumulative totals over a run: yuan and staff-days interventions consumed, escalations, needs. */
export interface RunTotals {
  cost: number;
  staffDays: number;
  escalations: number;
  needs: number;
}

/** The whole state of one run. Processes are functions over it; only the engine advances `day`. */
export interface SimState {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly horizonDays: number;
  readonly layout: Layout;
  readonly residents: Residents;
  readonly ties: Csr;
  readonly committees: Committees;
  /** Per grid: households, and the daily detection hazard of an open need by grid visits. */
  readonly gridHouseholds: Int32Array;
  readonly gridDetection: Float32Array;
  /**
   * Per place and organisation category (employment, care, environment, dispute; place-major):
   * the share of such cases contracted organisations serving that category settle locally.
   */
  readonly organisationSupport: Float32Array;
  readonly organisations: Organisations;
  readonly firms: Firms;
  readonly departments: Department[];
  readonly cadres: Cadres;
  readonly townships: TownshipState[];
  /** Baseline lever values and the live ones (baseline + active interventions). */
  readonly baseline: Levers;
  readonly levers: Levers;
  readonly interventions: Intervention[];
  readonly flows: Flows;
  /**
   * What crosses from departments back to townships, applied in (township, case serial) order:
   * today's outcomes as flat (township, row, met 0/1) triples, and bounced cases as (township,
   * row) pairs by the day they are back.
   */
  readonly exchange: { outcomes: number[]; returning: EventCalendar };
  /** Townships whose need sampler must be rebuilt before the next draw. */
  readonly needsDirty: Uint8Array;
  /**
   * County-level streams: department outcomes drawn per township of the case (so one township's
   * flow never shifts another's draws), cadre turnover, and cadre exchange samples.
   */
  readonly rng: { departments: Rng[]; cadres: Rng; cadreExchange: Rng };
  /** Cumulative totals over the run. */
  readonly totals: RunTotals;
  day: number;
}
