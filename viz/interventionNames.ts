/**
 * Bilingual names of the intervention kinds, for time-axis marks of interventions without a
 * label of their own (the engine knows kinds only by their code names).
 */
import type { Text } from './reportData.ts';

/** Every kind in engine/interventions/registry.ts (a test checks none is missing). */
export const INTERVENTION_NAMES: Readonly<Record<string, Text>> = {
  cadreExchange: { zh: '干部交流', en: 'Cadre exchange' },
  partnerMechanism: { zh: '合伙人机制', en: 'Partner mechanism' },
  digitalRollout: { zh: '数字化推广', en: 'Digital rollout' },
  gridManagement: { zh: '网格化管理', en: 'Grid management' },
  whistleCoordination: { zh: '吹哨报到', en: 'Whistle-and-report coordination' },
  dataSharing: { zh: '数据共享', en: 'Data sharing' },
  fengqiaoMediation: { zh: '枫桥式调解', en: 'Fengqiao-style mediation' },
  collectiveEconomy: { zh: '村集体经济', en: 'Collective economy' },
  jointCreation: { zh: '共建共创', en: 'Joint creation' },
  participationTraining: { zh: '参与能力培训', en: 'Participation training' },
  socialMobilisation: { zh: '社会动员', en: 'Social mobilisation' },
  branchStrengthening: { zh: '党支部建设', en: 'Party branch strengthening' },
  evaluationReform: { zh: '考核评价改革', en: 'Evaluation reform' },
};

/** A kind's name in both languages; an unknown kind (a newer engine's) by its code name. */
export function interventionName(kind: string): Text {
  return INTERVENTION_NAMES[kind] ?? { zh: kind, en: kind };
}
