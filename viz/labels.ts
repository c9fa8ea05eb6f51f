/**
 * Bilingual metric labels for the report. The engine's labels (engine/metrics/labels.ts) cover
 * the headline metrics and their zone, gap and ratio variants; the report's panels also show age
 * groups, channels and the parts of the Theil index, which are named here so that no label in
 * the page falls back to a bare metric name.
 */
import { metricLabel } from '../engine/metrics/labels.ts';
import type { Text } from './reportData.ts';

const EXTRA: Readonly<Record<string, Text>> = {
  participation_age_18_39: { zh: '参与率(18–39岁)', en: 'Participation (aged 18–39)' },
  participation_age_40_59: { zh: '参与率(40–59岁)', en: 'Participation (aged 40–59)' },
  participation_age_60plus: { zh: '参与率(60岁及以上)', en: 'Participation (aged 60+)' },
  participation_online: { zh: '线上参与率', en: 'Participation online' },
  participation_offline: { zh: '线下参与率', en: 'Participation offline' },
  reports_in_person: { zh: '当面上报占比', en: 'Share reported in person' },
  reports_online: { zh: '线上上报占比', en: 'Share reported online' },
  reports_grid_visit: { zh: '网格员走访发现占比', en: 'Share found on grid visits' },
  reports_partner: { zh: '经合伙人上报占比', en: 'Share reported via partners' },
  reports_petition: { zh: '信访占比', en: 'Share through petitions' },
  theil_service_between: { zh: '泰尔指数:城乡之间', en: 'Theil: between urban and rural' },
  theil_service_within: { zh: '泰尔指数:城乡内部', en: 'Theil: within urban and rural' },
  needs_lapsed: { zh: '失效诉求', en: 'Needs lapsed' },
  whistles: { zh: '吹哨次数', en: 'Whistles' },
  mediations: { zh: '调解次数', en: 'Mediations' },
  collective_income_per_capita: { zh: '人均村集体收入', en: 'Collective income per capita' },
  collective_assets: { zh: '村集体资产', en: 'Collective assets' },
  cost_total: { zh: '累计项目成本', en: 'Programme cost to date' },
};

/** A metric's label in both languages. */
export function metricLabels(name: string): Text {
  const extra = EXTRA[name];
  if (extra !== undefined) return extra;
  return { zh: metricLabel(name, 'zh'), en: metricLabel(name, 'en') };
}
