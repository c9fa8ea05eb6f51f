import { ELDERLY, RURAL } from '../../engine/agents/residents.ts';
import { createSimulation } from '../../engine/simulation.ts';
import { atLeastInEverySeed, meanNear } from '../checks.ts';
import type { Pattern } from '../pattern.ts';
import { variant } from '../variant.ts';

/**
 * China's population shares at the time of the CNNIC figure (NBS statistical communiqué 2021):
 * 35.28% lived in rural areas, 18.9% were aged 60+. The county's own composition differs (half
 * of it lives in villages), so its non-user shares are standardised to these before comparing.
 */
const CHINA_RURAL_2021 = 0.3528;
const CHINA_60PLUS_2021 = 0.189;

/**
 * A group's share among non-users if the population held the share `s` of the group, given the
 * group's non-user rate `a` and everyone else's `b` (direct standardisation).
 */
function standardised(a: number, b: number, s: number): number {
  return (a * s) / (a * s + b * (1 - s));
}

/**
 * Digital non-users concentrate among rural and older residents (CNNIC 49th report, Dec 2021:
 * 54.9% of the 382 million non-users were rural, 39.4% aged 60+). A non-user, as in CNNIC's
 * count, is any resident who does not use the internet: in the model, no usable device
 * (`device`, drawn by zone and age group) or a household outside network coverage. Residents
 * who use the internet but lack the skill for online government channels (`online` = 0) are
 * reported separately, not counted as non-users. Measured on the initial state.
 */
export const digitalNonUsers: Pattern = {
  id: 'digital-non-users',
  title: { zh: '非网民集中于农村和老年居民', en: 'Digital non-users concentrate among rural and older residents' },
  source: 'CNNIC, 49th Statistical Report on China\'s Internet Development (Feb 2022), Dec 2021: 54.9% of non-users rural, 39.4% aged 60+; NBS 2021 communiqué: 35.28% rural, 18.9% aged 60+',
  measures: {
    zh: '不上网居民(无可用设备或不在网络覆盖内)中农村居民和60岁及以上居民的占比,与其在人口中的占比之比;并按2021年全国人口构成标准化后与CNNIC数据比较',
    en: 'Shares of rural and 60+ residents among residents who do not use the internet (no usable device, or not covered), relative to their shares of all residents; and standardised to China\'s 2021 population for comparison with CNNIC',
  },
  cost: 0,
  measure(scenario, seed) {
    const sim = createSimulation(variant(scenario, { years: 1 }), { seed });
    const { zone, ageGroup, device, coverageDraw, place, online } = sim.state.residents;
    const coverage = sim.state.levers.place.coverage;
    const n = zone.length;
    // Counts: [all, rural, elderly] × [residents, non-users, not online-capable].
    let rural = 0, elderly = 0, non = 0, nonRural = 0, nonElderly = 0, incapable = 0, incapableRural = 0, incapableElderly = 0;
    for (let i = 0; i < n; i++) {
      const isRural = zone[i] === RURAL;
      const isElderly = ageGroup[i] === ELDERLY;
      if (isRural) rural++;
      if (isElderly) elderly++;
      if (device[i] === 0 || coverageDraw[i] >= coverage[place[i]]) {
        non++;
        if (isRural) nonRural++;
        if (isElderly) nonElderly++;
      }
      if (online[i] === 0) {
        incapable++;
        if (isRural) incapableRural++;
        if (isElderly) incapableElderly++;
      }
    }
    const rate = (part: number, whole: number) => part / whole;
    return {
      residents: n,
      nonUserShare: non / n,
      ruralShareOfResidents: rural / n,
      ruralShareOfNonUsers: nonRural / non,
      elderlyShareOfResidents: elderly / n,
      elderlyShareOfNonUsers: nonElderly / non,
      ruralRepresentation: nonRural / non / (rural / n),
      elderlyRepresentation: nonElderly / non / (elderly / n),
      ruralShareStandardised: standardised(rate(nonRural, rural), rate(non - nonRural, n - rural), CHINA_RURAL_2021),
      elderlyShareStandardised: standardised(rate(nonElderly, elderly), rate(non - nonElderly, n - elderly), CHINA_60PLUS_2021),
      notOnlineCapableShare: incapable / n,
      ruralShareStandardisedNotOnlineCapable: standardised(rate(incapableRural, rural), rate(incapable - incapableRural, n - rural), CHINA_RURAL_2021),
      elderlyShareStandardisedNotOnlineCapable: standardised(rate(incapableElderly, elderly), rate(incapable - incapableElderly, n - elderly), CHINA_60PLUS_2021),
    };
  },
  checks: [
    atLeastInEverySeed({
      id: 'rural-over-represented',
      label: { zh: '非网民中农村占比 / 人口中农村占比', en: 'rural share of non-users / rural share of residents' },
      observed: { zh: '54.9% / 35.3% = 1.56', en: '54.9% / 35.3% = 1.56' },
      unit: 'ratio',
      min: 1.2,
      value: (v) => v.ruralRepresentation,
    }),
    atLeastInEverySeed({
      id: 'elderly-over-represented',
      label: { zh: '非网民中60岁及以上占比 / 人口中该占比', en: '60+ share of non-users / 60+ share of residents' },
      observed: { zh: '39.4% / 18.9% = 2.08', en: '39.4% / 18.9% = 2.08' },
      unit: 'ratio',
      min: 1.5,
      value: (v) => v.elderlyRepresentation,
    }),
    meanNear({
      id: 'rural-share-standardised',
      label: { zh: '非网民中农村占比(按全国人口构成标准化)', en: 'rural share of non-users, standardised to China 2021' },
      observed: { zh: '54.9%', en: '54.9%' },
      unit: 'share',
      target: 0.549,
      tolerance: 0.08,
      value: (v) => v.ruralShareStandardised,
    }),
    meanNear({
      id: 'elderly-share-standardised',
      label: { zh: '非网民中60岁及以上占比(按全国人口构成标准化)', en: '60+ share of non-users, standardised to China 2021' },
      observed: { zh: '39.4%', en: '39.4%' },
      unit: 'share',
      target: 0.394,
      tolerance: 0.08,
      value: (v) => v.elderlyShareStandardised,
    }),
  ],
};
