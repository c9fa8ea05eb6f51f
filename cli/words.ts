/**
 * Every zh/en word and sentence the `ronghe` command prints to the terminal, in one table.
 * Each entry is made by {@link both}, which takes the Chinese text first and makes TypeScript
 * check the English one against it: a text with arguments is a function, and both languages
 * take the same arguments. Commands read the table through {@link words}.
 *
 * English plurals ("1 run", "2 runs") are decided inside the English text; numbers arrive
 * formatted when their format is the caller's (e.g. significant digits), else as numbers.
 * Metric labels come from engine/metrics/labels.ts, error messages from base/errors/.
 * test/cli/words.test.ts checks that every entry has both texts and Chinese in the Chinese one.
 */
import { LANGS, type Lang } from '../base/lang.ts';

/** A text (or a table header, or a function making a text) in each language, of one type. */
export type Both<T> = Record<Lang, T>;

/** An entry of {@link WORDS}: the English `en` must have the type of the Chinese `zh`. */
export function both<T>(zh: T, en: NoInfer<T>): Both<T> {
  return { zh, en };
}

const s = (n: number) => (n === 1 ? '' : 's');
/** Yuan as county budgets are written: in 万元 (10,000 yuan) for Chinese, whole yuan for English. */
const wan = (yuan: number) => (yuan / 10_000).toLocaleString('en-US', { maximumFractionDigits: 1 });
const yuan = (x: number) => Math.round(x).toLocaleString('en-US');
/** Objectives' directions in Chinese. */
const BETTER_ZH = { lower: '越低越好', higher: '越高越好', zero: '越接近 0 越好' } as const;
/** Staff levels (engine/resources/consumption.ts) in Chinese. */
const STAFF_ZH: Readonly<Record<string, string>> = { department: '部门', township: '乡镇', committee: '村(居)委会', gridWorker: '网格员', mediator: '调解员' };

/** Words of the run, validate, view, report, merge and reproduce commands, and of Ctrl-C. */
const GENERAL = {
  stopped: both('已停止:完成的运行已保存,重新执行同一命令即可继续。', 'Stopped: finished runs are kept; rerun the same command to continue.'),
  runWritten: both(
    (dir: string, seconds: string) => `结果已写入 ${dir}(用时 ${seconds} 秒)`,
    (dir, seconds) => `Results written to ${dir} (${seconds} s)`,
  ),
  resultsWritten: both(
    (where: string) => `结果已写入 ${where}`,
    (where) => `Results written to ${where}`,
  ),
  summaryHead: both(['指标', '全体', '城镇', '农村', '进城务工', '城乡差'], ['Metric', 'All', 'Urban', 'Rural', 'Migrant', 'Gap U−R']),
  summaryTitle: both(
    (years: number, seed: number) => `最后一年结果(共 ${years} 年,种子 ${seed})`,
    (years, seed) => `Final-year results (${years} years, seed ${seed})`,
  ),
  noInterventions: both('无', 'none'),
  validScenario: both(
    (file: string, label: string, c: { residents: number; townships: number; villages: number; communities: number }, years: number, kinds: string) =>
      `${file}:有效的情景文件「${label}」:${c.residents} 名居民,${c.townships} 个乡镇(街道),${c.villages} 个村,${c.communities} 个社区,${years} 年;干预:${kinds}`,
    (file, label, c, years, kinds) =>
      `${file}: valid scenario "${label}": ${c.residents} residents, ${c.townships} townships, ${c.villages} villages, ${c.communities} communities, ${years} years; interventions: ${kinds}`,
  ),
  budgetFits: both(
    (budget: number, worst: number, year: number) => `预算:每年 ${wan(budget)} 万元;计划支出最高为第 ${year} 年的 ${wan(worst)} 万元`,
    (budget, worst, year) => `budget: ${yuan(budget)} yuan a year; planned spending peaks at ${yuan(worst)} yuan in year ${year}`,
  ),
  budgetScaled: both(
    (budget: number, factor: number) => `预算:每年 ${wan(budget)} 万元;按 scaleDown 规则,每项干预的强度参数乘以 ${factor.toFixed(3)}`,
    (budget, factor) => `budget: ${yuan(budget)} yuan a year; under scaleDown every intervention's intensity parameter is multiplied by ${factor.toFixed(3)}`,
  ),
  validExperiment: both(
    (file: string, label: string, e: { scenario: string; arms: number; armNames: string; points: number; replications: number; runs: number }) =>
      `${file}:有效的实验文件「${label}」:基础情景 ${e.scenario},${e.arms} 个方案(${e.armNames}),${e.points} 个参数点,每组 ${e.replications} 次重复,共 ${e.runs} 次运行`,
    (file, label, e) =>
      `${file}: valid experiment "${label}": base scenario ${e.scenario}, ${e.arms} arms (${e.armNames}), ${e.points} point(s), ${e.replications} replications each, ${e.runs} runs`,
  ),
  validDesign: both(
    (file: string, label: string, d: { scenario: string; levers: number; leverNames: string; variables: number; objectives: readonly { name: string; better: 'lower' | 'higher' | 'zero' }[] }) =>
      `${file}:有效的政策设计文件「${label}」:基础情景 ${d.scenario},${d.levers} 个政策杠杆(${d.leverNames}),${d.variables} 个决策变量;目标:${d.objectives.map((o) => `${o.name}(${BETTER_ZH[o.better]})`).join(',')}`,
    (file, label, d) =>
      `${file}: valid policy design "${label}": base scenario ${d.scenario}, ${d.levers} lever${s(d.levers)} (${d.leverNames}), ${d.variables} decision variable${s(d.variables)}; objectives: ${d.objectives.map((o) => `${o.name} (${o.better === 'zero' ? 'closest to 0' : o.better})`).join(', ')}`,
  ),
  designConstraints: both(
    (c: { budgetTotal: number | null; budgetPerYear: number | null; staffDaysPerYear: Partial<Record<string, number>> }) => {
      const parts = [
        ...(c.budgetTotal === null ? [] : [`总预算 ${wan(c.budgetTotal)} 万元`]),
        ...(c.budgetPerYear === null ? [] : [`每年预算 ${wan(c.budgetPerYear)} 万元`]),
        ...Object.entries(c.staffDaysPerYear).map(([level, days]) => `${STAFF_ZH[level] ?? level}每年 ${yuan(days!)} 人日`),
      ];
      return `约束(按计划判断,运行前):${parts.join(';') || '无'}`;
    },
    (c) => {
      const parts = [
        ...(c.budgetTotal === null ? [] : [`budget ${yuan(c.budgetTotal)} yuan in all`]),
        ...(c.budgetPerYear === null ? [] : [`${yuan(c.budgetPerYear)} yuan a year`]),
        ...Object.entries(c.staffDaysPerYear).map(([level, days]) => `${yuan(days!)} ${level} staff-days a year`),
      ];
      return `constraints (judged on the plan, before any run): ${parts.join('; ') || 'none'}`;
    },
  ),
  viewing: both(
    (_root: string, url: string) => `结果浏览:${url}(仅本机可访问;按 Ctrl-C 停止)`,
    (root, url) => `Viewing ${root} at ${url} (this machine only; Ctrl-C to stop)`,
  ),
  reportWritten: both(
    (where: string, megabytes: string) => `报告已写入 ${where}(${megabytes} MB,可离线打开)`,
    (where, megabytes) => `Report written to ${where} (${megabytes} MB, opens offline)`,
  ),
  reportFailed: both(
    (message: string, dir: string) => `ronghe: 未能生成报告:${message}\n(可稍后运行 ronghe report ${dir})`,
    (message, dir) => `ronghe: the report could not be built: ${message}\n(build it later with: ronghe report ${dir})`,
  ),
  merged: both(
    (shards: number, runs: number, where: string) => `已合并 ${shards} 个分片、${runs} 次运行 → ${where}`,
    (shards, runs, where) => `Merged ${shards} shards, ${runs} runs → ${where}`,
  ),
  reproduced: both(
    (n: number) => `${n} 次运行重跑结果与记录逐字节一致`,
    (n) => `${n} run${s(n)} rerun: all byte-identical to the recorded results`,
  ),
  notReproduced: both(
    (differ: number, n: number) => `${differ}/${n} 次运行重跑结果与记录不一致:`,
    (differ, n) => `${differ} of ${n} reruns differ from the recorded results:`,
  ),
};

/** Words of `ronghe experiment` and `ronghe sensitivity`. */
const EXPERIMENT = {
  discardedRuns: both(
    (n: number, list: string) => `${n} 个运行文件已损坏或不属于本实验,将重新运行:${list}`,
    (n, list) => `${n} run file${n === 1 ? ' was' : 's were'} damaged or not this experiment's and will be run again: ${list}`,
  ),
  shardPart: both(
    (index: number, count: number, source: string) => `分片 ${index}/${count}(${source}),`,
    (index, count, source) => `shard ${index}/${count} (${source}), `,
  ),
  experimentStart: both(
    (part: string, planned: number, pending: number, workers: number, dir: string) => `${part}共 ${planned} 次运行,待运行 ${pending} 次,${workers} 个线程 → ${dir}`,
    (part, planned, pending, workers, dir) => `${part}${planned} runs planned, ${pending} to run on ${workers} worker${s(workers)} → ${dir}`,
  ),
  experimentWritten: both(
    (where: string, planned: number, reused: number) => `结果已写入 ${where}(${planned} 次运行,其中 ${reused} 次沿用此前结果)`,
    (where, planned, reused) => `Results written to ${where} (${planned} runs, ${reused} reused from an earlier attempt)`,
  ),
  shardWritten: both(
    (where: string, _experimentDir: string) => `分片结果已写入 ${where};全部分片完成后运行 ronghe merge 汇总`,
    (where, experimentDir) => `Shard results written to ${where}; when every shard is done, run: ronghe merge ${experimentDir}`,
  ),
  headlineHead: both(
    (baseline: string) => ['方案', '指标', '均值', '95% 置信区间', `与${baseline}之差`, '差的 95% 置信区间', '改善概率'],
    (baseline) => ['Arm', 'Outcome', 'Mean', '95% CI', `Diff vs ${baseline}`, 'Diff 95% CI', 'P(improve)'],
  ),
  runsFailed: both(
    (n: number, others: number) => `${n} 次运行失败(其余 ${others} 次已完成;汇总只含成功的运行):`,
    (n, others) => `${n} run${s(n)} failed (the other ${others} finished; summaries cover the runs that succeeded):`,
  ),
  rerunAlone: both('单独重跑', 'rerun alone'),
  afterFixing: both('修复后重新执行同一命令,只会重跑失败的运行。', 'After fixing the cause, rerun the same command: only the failed runs run again.'),
  firstOrder: both('一阶 S1', 'first order S1'),
  totalOrder: both('总效应 ST', 'total ST'),
  rank: both('排名', 'Rank'),
  parameter: both('参数', 'Parameter'),
};

/** Words of `ronghe calibrate`. */
const CALIBRATE = {
  calibrating: both(
    (dir: string, workers: number) => `校准 → ${dir}(${workers} 个线程)`,
    (dir, workers) => `Calibrating → ${dir} (${workers} worker${s(workers)})`,
  ),
  checkingCalibrated: both('检验校准后情景', 'checking the calibrated scenario'),
  generation: both(
    (g: string) => `第 ${g} 代`,
    (g) => `generation ${g}`,
  ),
  batchPlan: both(
    (what: string, planned: number, pending: number) => `${what}:${planned} 次运行,待运行 ${pending} 次`,
    (what, planned, pending) => `${what}: ${planned} runs, ${pending} to run`,
  ),
  generationDone: both(
    (tolerance: string, acceptance: string, ess: string, kept: number) => `  容差 ε = ${tolerance},接受率 ${acceptance},有效样本量 ${ess} / ${kept}`,
    (tolerance, acceptance, ess, kept) => `  tolerance ε = ${tolerance}, acceptance ${acceptance}, effective sample size ${ess} of ${kept}`,
  ),
  calibrationFailures: both(
    (n: number) => `${n} 次运行失败(其粒子视为距离无穷远);详见各代文件夹的 manifest.json`,
    (n) => `${n} run${s(n)} failed (their particles count as infinitely far); see the manifest.json of each generation folder`,
  ),
  calibrationWritten: both(
    (dir: string, scenarioFile: string) => `结果已写入 ${dir};校准后的情景:${scenarioFile}(已通过验证)`,
    (dir, scenarioFile) => `Results written to ${dir}; calibrated scenario: ${scenarioFile} (validated)`,
  ),
  posteriorTitle: both(
    (generations: number, runs: number) => `后验(APMC,${generations} 代,${runs} 次运行):`,
    (generations, runs) => `Posterior (APMC, ${generations} generations, ${runs} runs):`,
  ),
  posteriorHead: both(['参数', '路径', '先验范围', '后验均值', 'SD', '95% 区间'], ['Parameter', 'Path', 'Prior range', 'Posterior mean', 'SD', '95% interval']),
  fitTitle: both('各目标的拟合(校准后情景的运行):', 'Fit per target (runs of the calibrated scenario):'),
  fitHead: both(['目标', '观测值', '± sd/tol', '校准后情景', '95% CI', 'z', '拟合'], ['Target', 'Observed', '± sd/tol', 'Calibrated', '95% CI', 'z', 'Fits']),
  yes: both('是', 'yes'),
  no: both('否', 'no'),
  fewParticles: both(
    (ess: string, kept: number) =>
      `注意:后验的有效样本量只有 ${ess}(共 ${kept} 个粒子):少数早期粒子权重过大,后验均值接近它们的取值,标准差低估了不确定性。particles.csv 中保留粒子(posterior = true)的不加权分布是更稳妥的不确定性范围。`,
    (ess, kept) =>
      `Note: the posterior's effective sample size is ${ess} of ${kept} particles: a few early particles carry most of the weight, so the posterior means sit near their values and the SDs understate the uncertainty. The unweighted spread of the kept particles (posterior = true in particles.csv) is a more cautious picture.`,
  ),
};

/** Words of `ronghe design`. */
const DESIGN = {
  designing: both(
    (dir: string, workers: number, population: number, generations: number) => `政策组合搜索 → ${dir}(${workers} 个线程;每代 ${population} 个候选,${generations} 代)`,
    (dir, workers, population, generations) => `Searching packages → ${dir} (${workers} worker${s(workers)}; ${population} candidates a generation, ${generations} generation${s(generations)})`,
  ),
  freshStage: both('在新种子上重新评估最终方案', 're-evaluating the final packages on fresh seeds'),
  designGeneration: both(
    (g: number, of: number, newPackages: number, front: number, feasible: number, left: string) => `第 ${g}/${of} 代:新运行方案 ${newPackages} 个,前沿 ${front} 个,可行 ${feasible} 个${left}`,
    (g, of, newPackages, front, feasible, left) => `generation ${g}/${of}: ${newPackages} new package${s(newPackages)} run, front ${front}, feasible ${feasible}${left}`,
  ),
  minutesLeft: both(
    (minutes: string) => `,约剩 ${minutes} 分钟`,
    (minutes) => `, about ${minutes} min left`,
  ),
  designSummary: both(
    (evaluations: number, packages: number, runs: number, hv: string) => `共评估 ${evaluations} 个候选,运行 ${packages} 个不同方案(${runs} 次运行);各代超体积:${hv}`,
    (evaluations, packages, runs, hv) => `${evaluations} candidates evaluated, ${packages} distinct packages run (${runs} runs); hypervolume by generation: ${hv}`,
  ),
  frontTitle: both(
    (n: number, replications: number) => `最终方案(${n} 个,非劣前沿)。“搜索”为搜索所用运行的估计;“新种子”为在搜索从未用过的种子上每个方案 ${replications} 次重复的估计,Δ 为与基线的配对差及 95% 区间:`,
    (n, replications) => `Final packages (${n}, the non-dominated front). "Search": the estimate from the runs the search chose on; "fresh": from ${replications} replications per package on seeds the search never used, Δ the paired difference from the baseline with its 95% interval:`,
  ),
  frontHead: both(['方案', '计划成本'], ['Package', 'Planned cost (yuan)']),
  leversTitle: both('各方案的杠杆(强度、开始年份、对象):', 'Levers of each package (intensity, start year, target):'),
  searchCol: both((name: string) => `${name} 搜索`, (name) => `${name} search`),
  freshCol: both((name: string) => `${name} 新种子 (Δ)`, (name) => `${name} fresh (Δ)`),
  noFeasible: both(
    '没有方案满足约束:前沿为空。放宽预算或人力上限,或缩小各杠杆的取值范围。',
    'No package met the constraints: the front is empty. Raise the budget or staff caps, or narrow the levers\' ranges.',
  ),
  designFailures: both(
    (n: number) => `${n} 次运行失败(相关方案视为不可行);详见 stages/ 下各阶段的 manifest.json。重新执行同一命令只重跑失败的运行。`,
    (n) => `${n} run${s(n)} failed (their packages count as infeasible); see the manifest.json of each stage under stages/. Rerun the same command: only the failed runs run again.`,
  ),
  designWritten: both(
    (dir: string, experiment: string) => `结果已写入 ${dir};把最终方案作为普通实验完整运行:npx ronghe experiment ${experiment}`,
    (dir, experiment) => `Results written to ${dir}; run the final packages as an ordinary experiment: npx ronghe experiment ${experiment}`,
  ),
  designShardDone: both(
    (stage: string, index: number, count: number, dir: string) => `阶段 ${stage} 的分片 ${index}/${count} 已完成(${dir})。全部分片完成后执行 ronghe design … --merge 合并并进入下一阶段。`,
    (stage, index, count, dir) => `Shard ${index}/${count} of stage ${stage} is done (${dir}). When every shard is, ronghe design … --merge merges them and moves on to the next stage.`,
  ),
  designStageWaiting: both(
    (stage: string, dir: string, detail: string) => `阶段 ${stage} 需要运行(${dir}):${detail}。以作业数组运行各分片(ronghe design … --shard i/N),再执行 --merge。`,
    (stage, dir, detail) => `Stage ${stage} needs runs (${dir}): ${detail}. Run its shards (ronghe design … --shard i/N, e.g. as a job array), then --merge again.`,
  ),
  plannedCost: both((x: number) => (Number.isFinite(x) ? `${wan(x)} 万` : '–'), (x) => (Number.isFinite(x) ? yuan(x) : '–')),
};

/** Words of `ronghe patterns`' table (cli/patternTable.ts). */
const PATTERNS = {
  days: both(
    (value: string) => `${value} 天`,
    (value) => `${value} d`,
  ),
  patternHead: both(['模式 / 检验', '模型值', '判据', '观测值', '结果'], ['Pattern / check', 'Model', 'Criterion', 'Observed', 'Result']),
  patternNote: both(
    (seeds: readonly number[]) => `种子 ${seeds.join(', ')}。“每个种子”判据显示最差种子的值,“均值”判据显示各种子均值。详见 docs/patterns.md。`,
    (seeds) => `${seeds.length === 1 ? 'Seed' : 'Seeds'} ${seeds.join(', ')}. "Every seed" criteria show the worst seed; "mean" criteria the mean over seeds. See docs/patterns.md.`,
  ),
  patternsPass: both(
    (n: number) => `全部 ${n} 个模式通过。`,
    (n) => (n === 1 ? 'The pattern passes.' : `All ${n} patterns pass.`),
  ),
  patternsFail: both(
    (failed: readonly string[], n: number) => `${n} 个模式中 ${failed.length} 个未通过:${failed.join(', ')}。`,
    (failed, n) => `${failed.length} of ${n} pattern${s(n)} fail${failed.length === 1 && n === 1 ? 's' : ''}: ${failed.join(', ')}.`,
  ),
};

/** Every zh/en text the terminal shows, by name. */
export const WORDS = { ...GENERAL, ...EXPERIMENT, ...CALIBRATE, ...DESIGN, ...PATTERNS };

/** The names of {@link WORDS}. */
export type WordKey = keyof typeof WORDS;

/** The words of one language: each entry's text, header or function, as typed in {@link WORDS}. */
export type Words = { [K in WordKey]: (typeof WORDS)[K]['en'] };

const BY_LANG = Object.fromEntries(
  LANGS.map((lang) => [lang, Object.fromEntries(Object.entries(WORDS).map(([key, entry]) => [key, entry[lang]]))]),
) as Record<Lang, Words>;

/** The words of a language, e.g. `words(lang).runWritten(dir, '1.2')`. */
export function words(lang: Lang): Words {
  return BY_LANG[lang];
}
