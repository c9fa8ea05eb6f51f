import type { Phase } from './core/schedule.ts';
import { ageResidents } from './processes/ageing.ts';
import { advanceCadres, refreshProductivity } from './processes/cadreCareers.ts';
import { innovate, runCollectiveEconomy } from './processes/collectiveEconomy.ts';
import { derivePlaces, resetWhistles } from './processes/derive.ts';
import { handleDepartments } from './processes/departments.ts';
import { escalateDisputes } from './processes/escalation.ts';
import { feedBack, handOff, spreadWordOfMouth } from './processes/exchange.ts';
import { experienceCaseEnds } from './processes/experience.ts';
import { buildInterventionStocks, updateInterventions } from './processes/interventions.ts';
import { resolveLocally } from './processes/localResolution.ts';
import { ariseNeeds } from './processes/needs.ts';
import { commitParticipation, decideParticipation } from './processes/participation.ts';
import { reportNeeds } from './processes/reporting.ts';
import { rescheduleTownship } from './processes/reschedule.ts';
import { refreshResidentHazards } from './processes/residentHazards.ts';
import { routeCases } from './processes/routing.ts';
import { settleTallies } from './resources/ledger.ts';
import { tireVolunteers } from './processes/volunteers.ts';
import type { SimState } from './state.ts';

/**
 * The tick, in order. Each phase runs on the last day of its period; township phases run once per
 * township and touch only that township's state; exchange phases move what crosses townships in
 * township order. Recording (observation) happens after the tick and draws no random numbers.
 */
export const PHASES: readonly Phase<SimState>[] = [
  { name: 'interventions', period: 'day', scope: 'county', run: updateInterventions },
  { name: 'productivity', period: 'day', scope: 'county', run: refreshProductivity },
  { name: 'needs', period: 'day', scope: 'township', run: ariseNeeds },
  { name: 'reporting', period: 'day', scope: 'township', run: reportNeeds },
  { name: 'committees', period: 'day', scope: 'township', run: resolveLocally },
  { name: 'routing', period: 'day', scope: 'township', run: routeCases },
  { name: 'handoff', period: 'day', scope: 'exchange', run: handOff },
  { name: 'departments', period: 'day', scope: 'county', run: handleDepartments },
  { name: 'feedback', period: 'day', scope: 'exchange', run: feedBack },
  { name: 'experience', period: 'day', scope: 'township', run: experienceCaseEnds },
  { name: 'escalation', period: 'day', scope: 'township', run: escalateDisputes },
  { name: 'wordOfMouth', period: 'day', scope: 'exchange', run: spreadWordOfMouth },
  { name: 'residentHazards', period: 'month', scope: 'township', run: refreshResidentHazards },
  { name: 'participation', period: 'month', scope: 'township', run: decideParticipation },
  { name: 'participationCommit', period: 'month', scope: 'exchange', run: commitParticipation },
  { name: 'interventionStocks', period: 'month', scope: 'township', run: buildInterventionStocks },
  { name: 'collectiveEconomy', period: 'year', scope: 'township', run: runCollectiveEconomy },
  { name: 'innovation', period: 'year', scope: 'township', run: innovate },
  { name: 'ageing', period: 'year', scope: 'township', run: ageResidents },
  { name: 'cadreCareers', period: 'year', scope: 'county', run: advanceCadres },
  { name: 'volunteers', period: 'month', scope: 'township', run: tireVolunteers },
  { name: 'derive', period: 'month', scope: 'county', run: derivePlaces },
  { name: 'charges', period: 'month', scope: 'county', run: (sim) => (settleTallies(sim), resetWhistles(sim)) },
  { name: 'reschedule', period: 'month', scope: 'township', run: (sim, t, day) => rescheduleTownship(sim, t, day + 1, 'month') },
];
