import { METRIC_LABELS } from './builtins.ts';

type Lang = 'zh' | 'en';

const ZONE_WORDS: Record<string, Record<Lang, string>> = {
  urban: { zh: '城镇', en: 'urban' },
  rural: { zh: '农村', en: 'rural' },
  migrant: { zh: '进城务工', en: 'migrant' },
};

const CATEGORY_WORDS: Record<string, Record<Lang, string>> = {
  employment: { zh: '就业', en: 'employment' },
  care: { zh: '养老与健康', en: 'elderly care and health' },
  environment: { zh: '环境', en: 'environment' },
  dispute: { zh: '矛盾纠纷', en: 'disputes' },
  infrastructure: { zh: '基础设施', en: 'infrastructure' },
  admin: { zh: '行政事务', en: 'administrative services' },
};

/**
 * A metric's label in Chinese or English, built from the headline labels: zone variants
 * (`participation_rural` → "Participation rate (rural)"), need categories
 * (`needs_arisen_environment` → "Needs arisen: environment"), gaps (`gap_X` → "Urban−rural gap:
 * X") and ratios. Names without a label (user metrics, detail metrics) are shown as they are.
 */
export function metricLabel(name: string, lang: Lang): string {
  const own = METRIC_LABELS[name]?.[lang];
  if (own !== undefined) return own;
  const gap = /^(gap|ratio)_(.+)$/.exec(name);
  if (gap !== null && METRIC_LABELS[gap[2]] !== undefined) {
    const base = METRIC_LABELS[gap[2]][lang];
    if (gap[1] === 'gap') return lang === 'zh' ? `城乡差:${base}` : `Urban−rural gap: ${base}`;
    return lang === 'zh' ? `农村/城镇之比:${base}` : `Rural/urban ratio: ${base}`;
  }
  const zoned = /^(.+)_(urban|rural|migrant)$/.exec(name);
  if (zoned !== null && METRIC_LABELS[zoned[1]] !== undefined) {
    const base = METRIC_LABELS[zoned[1]][lang];
    return lang === 'zh' ? `${base}(${ZONE_WORDS[zoned[2]].zh})` : `${base} (${ZONE_WORDS[zoned[2]].en})`;
  }
  const byCategory = /^(needs_arisen|needs_reported)_(.+)$/.exec(name);
  if (byCategory !== null && CATEGORY_WORDS[byCategory[2]] !== undefined) {
    const base = METRIC_LABELS[byCategory[1]][lang];
    return lang === 'zh' ? `${base}(${CATEGORY_WORDS[byCategory[2]].zh})` : `${base}: ${CATEGORY_WORDS[byCategory[2]].en}`;
  }
  return name;
}
