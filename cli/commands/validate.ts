import { readFileSync } from 'node:fs';
import { loadExperiment, loadScenario } from '../../api.ts';
import type { Lang } from '../../base/lang.ts';

/**
 * `ronghe validate FILE`: checks a scenario or an experiment file and reports every problem at
 * once. An experiment (a file with `arms`, or whose `$schema` names the experiment schema) is
 * checked as `ronghe experiment` would before running: its base scenario and the composed
 * scenario of every arm and sweep point.
 */
export function validateCommand(file: string, lang: Lang): void {
  if (isExperimentFile(file)) return validateExperiment(file, lang);
  const s = loadScenario(file);
  const c = s.county;
  const kinds = s.interventions.map((i) => i.kind).join(', ') || (lang === 'zh' ? '无' : 'none');
  process.stdout.write(
    lang === 'zh'
      ? `${file}:有效的情景文件「${s.labels.zh}」:${c.residents} 名居民,${c.townships} 个乡镇(街道),${c.villages} 个村,${c.communities} 个社区,${s.years} 年;干预:${kinds}\n`
      : `${file}: valid scenario "${s.labels.en}": ${c.residents} residents, ${c.townships} townships, ${c.villages} villages, ${c.communities} communities, ${s.years} years; interventions: ${kinds}\n`,
  );
}

function validateExperiment(file: string, lang: Lang): void {
  const { experiment: e, points, scenarioPath } = loadExperiment(file);
  const runs = e.arms.length * points.length * e.replications;
  const arms = e.arms.map((a) => a.name).join(', ');
  process.stdout.write(
    lang === 'zh'
      ? `${file}:有效的实验文件「${e.labels.zh}」:基础情景 ${scenarioPath},${e.arms.length} 个方案(${arms}),${points.length} 个参数点,每组 ${e.replications} 次重复,共 ${runs} 次运行\n`
      : `${file}: valid experiment "${e.labels.en}": base scenario ${scenarioPath}, ${e.arms.length} arms (${arms}), ${points.length} point(s), ${e.replications} replications each, ${runs} runs\n`,
  );
}

/** Whether a file looks like an experiment; anything unreadable or odd goes to the scenario loader, whose messages explain it. */
function isExperimentFile(file: string): boolean {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
    const schema = (json as Record<string, unknown>).$schema;
    return 'arms' in json || (typeof schema === 'string' && schema.endsWith('experiment.schema.json'));
  } catch {
    return false;
  }
}
