import { loadScenario } from '../../scenarios/loader.ts';
import type { Lang } from '../summaryTable.ts';

/** `ronghe validate FILE`: checks a scenario file and reports every problem at once. */
export function validateCommand(file: string, lang: Lang): void {
  const s = loadScenario(file);
  const c = s.county;
  const kinds = s.interventions.map((i) => i.kind).join(', ') || (lang === 'zh' ? '无' : 'none');
  process.stdout.write(
    lang === 'zh'
      ? `${file}:有效的情景文件「${s.labels.zh}」:${c.residents} 名居民,${c.townships} 个乡镇(街道),${c.villages} 个村,${c.communities} 个社区,${s.years} 年;干预:${kinds}\n`
      : `${file}: valid scenario "${s.labels.en}": ${c.residents} residents, ${c.townships} townships, ${c.villages} villages, ${c.communities} communities, ${s.years} years; interventions: ${kinds}\n`,
  );
}
