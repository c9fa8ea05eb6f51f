/**
 * The scenario's sections on resources (types; `engine/scenario.ts` re-exports them with the
 * rest of the resolved scenario): what staff time costs, the county budget and its rule, and how
 * volunteers and partners tire. Their meanings, units, defaults and sources are in
 * `scenarios/scenario.schema.json`.
 */
import type { StaffLevel } from './consumption.ts';

/** What a rule does when planned spending exceeds the county's yearly budget. */
export const OVER_BUDGET_RULES = ['refuse', 'scaleDown'] as const;
export type OverBudgetRule = (typeof OVER_BUDGET_RULES)[number];

export interface ResourcesSpec {
  /** Yuan per staff-day (one calendar day of one post, employer's cost) by level. */
  staffDayCost: Record<StaffLevel, number>;
  /** Cases a department staff member handles per day: converts department capacity into staff time. */
  departmentCasesPerStaffDay: number;
  /** The county's yearly budget for interventions; omitted = no limit. */
  budget: { perYear?: number; whenExceeded: OverBudgetRule };
}

/** Volunteer and partner fatigue: use (share of offered capacity) without attrition, attrition per month at full use, share of the gap recruited back per month. */
export interface VolunteerSpec {
  sustainableUse: number;
  attritionPerMonth: number;
  recoveryPerMonth: number;
}
