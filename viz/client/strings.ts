/**
 * Every zh/en text of the report page and of the viewer's index page, in one table, and the
 * locale tags each language uses. `{0}`, `{1}`, ... are filled by {@link t} (numbers formatted
 * for the language). Metric, arm and experiment labels come with the data (engine/metrics/labels.ts).
 *
 * Plain data and functions without the DOM: the page's script (viz/client/) and the server side
 * (viz/indexPage.ts, viz/page.ts) both import it. test/viz/strings.test.ts checks that every entry
 * has both texts and the same placeholders in each.
 */
import type { Lang, Text } from '../reportData.ts';

const STRINGS = {
  experimentReport: { zh: '实验报告', en: 'Experiment report' },
  runReport: { zh: '单次运行报告', en: 'Run report' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageTitle: { zh: '切换到英文', en: 'Switch to Chinese' },
  largeFont: { zh: '大字体(投影)', en: 'Large font (projector)' },
  sweepPoint: { zh: '扫描点', en: 'Sweep point' },
  contents: { zh: '目录', en: 'Contents' },

  headline: { zh: '概览', en: 'Overview' },
  keyResults: { zh: '主要结果', en: 'Key results' },
  series: { zh: '随时间变化', en: 'Over time' },
  zones: { zh: '城乡对比', en: 'Urban and rural' },
  participation: { zh: '分年龄组与渠道的参与', en: 'Participation by age group and channel' },
  equity: { zh: '公平', en: 'Equity' },
  sweep: { zh: '参数扫描', en: 'Across swept parameters' },
  county: { zh: '县域视图', en: 'County view' },
  provenance: { zh: '来源与复现', en: 'Provenance and how to reproduce' },

  experiment: { zh: '实验', en: 'Experiment' },
  scenario: { zh: '情景', en: 'Scenario' },
  arms: { zh: '方案', en: 'Arms' },
  replications: { zh: '每个方案的重复次数', en: 'Replications per arm' },
  masterSeed: { zh: '主种子', en: 'Master seed' },
  seed: { zh: '种子', en: 'Seed' },
  runs: { zh: '运行次数', en: 'Runs' },
  sweepPoints: { zh: '扫描点', en: 'Sweep points' },
  date: { zh: '完成时间', en: 'Finished' },
  status: { zh: '状态', en: 'Status' },
  seedsNote: {
    zh: '每次运行的种子由主种子、扫描点和重复序号导出;各方案在同一重复中使用相同的种子,因此方案之间的比较是配对的。全部种子见“来源与复现”。',
    en: 'Run seeds derive from the master seed, the sweep point and the replicate; all arms of a replicate share its seed, so comparisons between arms are paired. Every seed is listed under provenance.',
  },
  status_complete: { zh: '完成', en: 'complete' },
  status_incomplete: { zh: '未完成:部分运行失败', en: 'incomplete: some runs failed' },
  status_running: { zh: '进行中或已中断', en: 'running or stopped early' },
  'status_shard-complete': { zh: '分片完成(待合并)', en: 'shard complete (to be merged)' },

  arm: { zh: '方案', en: 'Arm' },
  outcome: { zh: '指标', en: 'Outcome' },
  mean: { zh: '均值', en: 'Mean' },
  value: { zh: '数值', en: 'Value' },
  ci: { zh: '95% 置信区间', en: '95% CI' },
  diff: { zh: '与基线之差', en: 'Difference vs baseline' },
  diffCi: { zh: '差的 95% 置信区间', en: 'Difference 95% CI' },
  pImprove: { zh: '改善概率', en: 'P(improve)' },
  costDiff: { zh: '新增成本(百万元)', en: 'Extra cost (million yuan)' },
  perMillion: { zh: '每百万元带来的变化', en: 'Change per million yuan' },
  baselineMark: { zh: '(基线)', en: '(baseline)' },
  bestMark: { zh: '最佳', en: 'best' },
  bestUnclear: { zh: '点估计最好,但并不明显更好', en: 'best point estimate, not clearly better' },
  better_higher: { zh: '越高越好', en: 'higher is better' },
  better_lower: { zh: '越低越好', en: 'lower is better' },
  better_zero: { zh: '越接近零越好', en: 'closer to zero is better' },
  better_one: { zh: '越接近 1 越好', en: 'closer to one is better' },
  better_none: { zh: '无优劣方向', en: 'no better direction' },
  keyNote: {
    zh: '末年均值({0} 次重复)及其 95% 置信区间;与基线之差按重复配对计算。★ 标出按指标方向最好、且与基线配对差值的 95% 置信区间完全落在更好一侧的方案(基线为最好时:其他方案均明显更差);☆ 表示点估计最好,但并不明显更好;差值加粗表示其 95% 置信区间不含零。成本为整个运行期间的项目成本差。',
    en: 'Final-year means over {0} replications with 95% confidence intervals; differences from the baseline are paired by replicate. ★ marks the best arm in the direction that counts as better when its paired difference from the baseline has a 95% interval wholly on the better side (for the baseline: every other arm clearly worse); ☆ marks the best point estimate when it is not clearly better; a bold difference has a 95% interval that excludes zero. Costs are whole-run programme cost differences.',
  },
  keyNoteRun: { zh: '本次运行末年的数值(单次运行没有置信区间)。', en: 'Final-year values of this run (a single run has no confidence intervals).' },

  seriesNote: {
    zh: '每个记录期末的均值(线)与 5–95% 区间(阴影),按重复计算。',
    en: 'Mean over replications (line) and 5–95% band (shaded) at the end of each recorded period.',
  },
  seriesNoteRun: { zh: '本次运行每个记录期末的数值。', en: 'The value at the end of each recorded period of this run.' },
  startsNote: { zh: '三角形标出干预开始的时间。', en: 'Triangles mark where interventions start.' },
  bandFor: { zh: '5–95% 区间', en: '5–95% band' },
  bandAll: { zh: '全部方案', en: 'all arms' },
  bandNone: { zh: '不显示', en: 'none' },
  yearsAxis: { zh: '自开始的年数', en: 'Years since start' },
  tickLabel: { zh: '第 {0} 年 {1} 月', en: 'year {0}, month {1}' },
  interventionStart: { zh: '干预开始', en: 'Intervention starts' },

  metric: { zh: '指标', en: 'Metric' },
  urban: { zh: '城镇', en: 'Urban' },
  rural: { zh: '农村', en: 'Rural' },
  migrant: { zh: '进城务工人员', en: 'Migrant' },
  byZone: { zh: '分人群(末年)', en: 'By group (final year)' },
  gapChart: { zh: '城乡差:城镇 − 农村(末年)', en: 'Urban − rural gap (final year)' },
  zonesNote: {
    zh: '城镇居民、农村居民与进城务工人员(农村户籍、住在城镇)的末年数值;误差线为 95% 置信区间。',
    en: 'Final-year values for urban residents, rural residents and migrants (rural hukou, living in town); error bars are 95% confidence intervals.',
  },
  byAge: { zh: '分年龄组参与率(末年)', en: 'Participation by age group (final year)' },
  byChannel: { zh: '线上与线下参与率(末年)', en: 'Participation online and offline (final year)' },
  reportsByChannel: { zh: '上报诉求的渠道构成(末年)', en: 'Reported needs by channel (final year)' },
  reportsShare: { zh: '占上报诉求的比例', en: 'Share of reported needs' },
  participationNote: {
    zh: '末年参与率,按年龄组与渠道;以及末年上报的诉求中经各渠道上报的比例。误差线为 95% 置信区间。',
    en: 'Final-year participation by age group and channel, and the share of the final year\'s reported needs that came through each channel. Error bars are 95% confidence intervals.',
  },
  theilChart: { zh: '服务结果泰尔指数的城乡分解(末年)', en: 'Theil index of service outcomes, decomposed (final year)' },
  theilShare: { zh: '城乡之间部分占总量的 {0}', en: 'between = {0} of total' },
  gini: { zh: '基尼系数', en: 'Gini coefficient' },
  giniChart: { zh: '基尼系数(末年)', en: 'Gini coefficients (final year)' },
  equityNote: {
    zh: '泰尔指数 = 城乡之间 + 城乡内部:之间的部分是城乡差距造成的不平等。基尼系数越高越不平等。',
    en: 'Theil index = between + within: the between part is the inequality due to the urban-rural divide. Higher Gini means more unequal.',
  },

  sweepArm: { zh: '方案', en: 'Arm' },
  sweepShow: { zh: '显示', en: 'Show' },
  showMean: { zh: '均值', en: 'Mean' },
  showDiff: { zh: '与基线之差', en: 'Difference vs baseline' },
  sweepParameter: { zh: '参数', en: 'Parameter' },
  sweepNoteGrid2: { zh: '两个扫描参数每种组合下的末年均值(或与基线之差)。', en: 'Final-year mean (or difference from the baseline) at every combination of the two swept parameters.' },
  sweepNoteLines: { zh: '各方案的末年均值随扫描参数变化;误差线为 95% 置信区间。', en: 'Final-year mean of each arm across the swept values; error bars are 95% confidence intervals.' },
  sweepNoteScatter: { zh: '每个扫描点的末年均值,对所选参数作图。', en: 'Final-year mean at each sweep point, against the chosen parameter.' },

  colourBy: { zh: '着色指标', en: 'Colour by' },
  period: { zh: '时期', en: 'Period' },
  play: { zh: '▶ 播放', en: '▶ Play' },
  pause: { zh: '❚❚ 暂停', en: '❚❚ Pause' },
  village: { zh: '村', en: 'village' },
  community: { zh: '社区', en: 'community' },
  township: { zh: '乡镇 {0}', en: 'Township {0}' },
  subdistrict: { zh: '街道 {0}', en: 'Subdistrict {0}' },
  place: { zh: '地点 {0}', en: 'Place {0}' },
  residents: { zh: '常住人口', en: 'residents' },
  countyNote: {
    zh: '乡镇按网格排列;每个乡镇的社区(方块)在中心,村(圆点)环绕其外;面积与常住人口成正比。布局是示意性的:显示结构,而非地理位置。{0}',
    en: 'Townships on a grid; in each, communities (squares) at the centre and villages (circles) around them; marker area is proportional to residents. The layout is synthetic: it shows structure, not geography. {0}',
  },
  countyMeanNote: { zh: '数值为各次重复的均值。', en: 'Values are means over replications.' },
  noPlaces: {
    zh: '此文件夹没有分地点数据(places/<方案>.csv 或 places.csv),可能由较早版本的 ronghe 生成。用当前版本重新运行即可得到县域视图。',
    en: 'No per-place data in this folder (places/<arm>.csv or places.csv): it was probably made by an older version of ronghe. Run it again with the current version to get the county view.',
  },
  notFinished: {
    zh: '已完成 {0}/{1} 次运行;汇总结果(各方案的统计、时间序列、分地点数据)在实验结束时写出——重新运行同一命令即可完成。',
    en: '{0} of {1} runs done; summaries (statistics per arm, series, per-place data) are written when the experiment finishes — rerun the same command to finish it.',
  },
  noPlacesArm: { zh: '此方案没有分地点数据。', en: 'No per-place data for this arm.' },

  engineVersion: { zh: '引擎版本', en: 'Engine version' },
  gitCommit: { zh: 'Git 提交', en: 'Git commit' },
  gitDirty: { zh: '(运行时工作区有未提交的修改:复现可能不完全一致)', en: '(the working tree had uncommitted changes: a rerun may differ)' },
  node: { zh: 'Node.js', en: 'Node.js' },
  platform: { zh: '平台', en: 'Platform' },
  command: { zh: '生成命令', en: 'Command' },
  experimentFile: { zh: '实验文件', en: 'Experiment file' },
  scenarioFile: { zh: '情景文件', en: 'Scenario file' },
  hash_identity: { zh: '实验身份哈希', en: 'Identity hash' },
  hash_experiment: { zh: '实验哈希', en: 'Experiment hash' },
  hash_scenario: { zh: '情景哈希', en: 'Scenario hash' },
  workers: { zh: '线程数', en: 'Worker threads' },
  shard: { zh: '分片', en: 'Shard' },
  merged: { zh: '合并自 {0} 个分片(提交:{1})', en: 'Merged from {0} shards (commits: {1})' },
  mergedLabel: { zh: '合并', en: 'Merged' },
  startedAt: { zh: '开始时间', en: 'Started' },
  finishedAt: { zh: '结束时间', en: 'Finished' },
  wallSeconds: { zh: '用时(秒)', en: 'Wall time (s)' },
  runsValue: { zh: '计划 {0},完成 {1},失败 {2}', en: '{0} planned, {1} done, {2} failed' },
  seeds: { zh: '运行种子(按扫描点与重复)', en: 'Run seeds (by sweep point and replicate)' },
  seedsPoint: { zh: '扫描点 {0}:', en: 'point {0}: ' },
  reproduce: { zh: '复现步骤', en: 'How to reproduce' },
  step_checkout: { zh: '取出运行时的代码版本', en: 'Check out the code that ran' },
  step_install: { zh: '安装锁定版本的依赖', en: 'Install the locked dependencies' },
  step_rerun: { zh: '用同一命令重新运行', en: 'Run the same command again' },
  step_merge: { zh: '写出此文件夹的合并命令(各分片由 ronghe experiment --shard 运行)', en: 'The merge that wrote this folder (its shards ran ronghe experiment --shard)' },
  step_check: { zh: '按清单逐次重跑并核对每次运行的摘要(逐字节一致)', en: 'Rerun the runs from the manifest and check each is byte-identical (by digest)' },
  experimentJson: { zh: '解析后的实验(全部默认值已填入)', en: 'The resolved experiment (every default filled in)' },
  scenarioJson: { zh: '解析后的情景(全部默认值已填入)', en: 'The resolved scenario (every default filled in)' },
  omitted_series: { zh: '时间序列', en: 'time series' },
  omitted_places: { zh: '分地点数据', en: 'per-place values' },
  omitted: {
    zh: '为控制页面大小,{0}只包含 {2} 个扫描点中的前 {1} 个;CSV 文件中有全部数据。',
    en: 'To keep this page small, {0} are included for the first {1} of {2} sweep points only; the CSV files hold them all.',
  },
  footer: {
    zh: '由 ronghe {0} 生成。数据已嵌入本页,无需联网即可查看。',
    en: 'Made by ronghe {0}. The data is embedded in this page; it needs no network.',
  },
  none: { zh: '无', en: 'none' },

  sensitivity: { zh: '敏感性分析', en: 'Sensitivity analysis' },
  sensitivityNoteMorris: {
    zh: 'Morris 基本效应:每条轨迹一次只改变一个参数,效应为指标的变化除以步长(以参数范围为单位,因此各参数可比)。μ*(平均绝对效应)衡量参数的重要性,按其从大到小排列;σ 大表示非线性或与其他参数的交互。误差线为 {0}% 自助法区间。各扫描点使用相同的随机数种子,差异只来自参数。',
    en: "Morris elementary effects: each trajectory changes one parameter at a time; an effect is the outcome's change over the step, in units of the parameter's range, so parameters compare. μ* (mean absolute effect) measures importance and orders the bars; a large σ means non-linearity or interactions with other parameters. Error bars: {0}% bootstrap intervals. Every point runs the same random seeds, so differences come from the parameters alone.",
  },
  sensitivityNoteSobol: {
    zh: "Sobol' 指数:一阶指数 S1 是该参数单独解释的指标方差份额,总效应指数 ST 还包括它参与的全部交互,按 ST 从大到小排列;ST 接近 0 的参数可在其范围内任意固定。误差线为 {0}% 自助法区间。",
    en: "Sobol' indices: the first-order index S1 is the share of the outcome's variance due to the parameter alone; the total-order index ST adds every interaction it takes part in, and orders the bars. A parameter with ST near 0 can be fixed anywhere in its range. Error bars: {0}% bootstrap intervals.",
  },
  sensitivityAxisMorris: { zh: '基本效应(指标变化 / 参数范围)', en: "Elementary effect (outcome change per parameter range)" },
  sensitivityAxisSobol: { zh: '方差份额', en: 'Share of the variance' },
  sensitivityInterval: { zh: '{0}% 区间', en: '{0}% interval' },
  index_mu_star: { zh: 'μ*(平均绝对效应)', en: 'μ* (mean absolute effect)' },
  index_mu: { zh: 'μ(平均效应)', en: 'μ (mean effect)' },
  index_sigma: { zh: 'σ(效应标准差)', en: 'σ (SD of effects)' },
  index_S1: { zh: '一阶指数 S1', en: 'First order S1' },
  index_ST: { zh: '总效应指数 ST', en: 'Total order ST' },
  rank: { zh: '排名', en: 'Rank' },
  path: { zh: '路径', en: 'Path' },

  // A policy design's report (viz/client/panels/design*.ts).
  designReport: { zh: '政策组合设计报告', en: 'Policy design report' },
  designAnswer: { zh: '结论', en: 'The answer' },
  front: { zh: '成本与效果的前沿', en: 'The front: cost against outcomes' },
  packages: { zh: '各政策组合', en: 'The packages' },
  searchProgress: { zh: '搜索进展', en: 'Search progress' },
  question: { zh: '问题', en: 'Question' },
  constraints: { zh: '约束', en: 'Constraints' },
  budgetTotal: { zh: '总预算 {0}', en: 'budget {0} over the horizon' },
  budgetPerYear: { zh: '每年预算 {0}', en: 'budget {0} a year' },
  staffCap: { zh: '{0}每年 {1} 人日', en: '{1} staff-days a year ({0})' },
  staff_department: { zh: '部门', en: 'department' },
  staff_township: { zh: '乡镇', en: 'township' },
  staff_committee: { zh: '村(居)委会', en: 'committee' },
  staff_gridWorker: { zh: '网格员', en: 'grid workers' },
  staff_mediator: { zh: '调解员', en: 'mediators' },
  objectives: { zh: '目标', en: 'Objectives' },
  percentileOf: { zh: '第 {0} 百分位数', en: 'percentile {0}' },
  levers: { zh: '政策工具', en: 'Levers' },
  horizon: { zh: '{0} 年', en: '{0} years' },
  horizonLabel: { zh: '模拟时长', en: 'Horizon' },
  searchLabel: { zh: '搜索', en: 'Search' },
  searchValue: {
    zh: '{4} 代(每代 {5} 个组合)共评估 {0} 个候选组合,其中 {1} 个超出约束、未运行;实际运行 {2} 个不同组合,共 {3} 次运行',
    en: '{0} candidates evaluated over {4} generations of {5}, {1} of them over a cap and never run; {2} distinct packages run, {3} runs',
  },
  searchSoFar: { zh: '已完成 {0}/{1} 代:评估了 {2} 个候选组合,运行 {3} 次', en: '{0} of {1} generations done: {2} candidates evaluated, {3} runs' },
  hypervolumeLater: { zh: '超体积在搜索结束时计算。', en: 'The hypervolume is computed when the search ends.' },
  reevaluationLabel: { zh: '重新评估', en: 'Re-evaluation' },
  reevaluationValue: { zh: '最终前沿上的 {0} 个组合(及基线)在搜索未用过的种子上各运行 {1} 次', en: 'the {0} packages of the final front (and the baseline) run {1} times each on seeds the search never used' },
  uncertaintyLabel: { zh: '不确定参数', en: 'Uncertain parameters' },
  answerNote: {
    zh: '每句话:组合用了哪些政策工具、强度多大、何时开始、面向谁;随后是各目标与基线之差(新种子上配对差的均值及其 95% 置信区间);最后是计划成本。',
    en: "Each sentence: the package's levers — how strong, from when, for whom — then each objective's difference from the baseline (mean paired difference on fresh seeds, with its 95% interval), then its planned cost.",
  },
  vsBaseline: { zh: '(与基线相比,新种子)', en: '(vs baseline, fresh seeds)' },
  plannedCost: { zh: '计划成本 {0}', en: 'planned cost {0}' },
  changeNothing: { zh: '不采取新措施', en: 'change nothing' },
  fromYear: { zh: '第 {0} 年起', en: 'from year {0}' },
  target_all: { zh: '全体', en: 'everyone' },
  target_rural: { zh: '农村', en: 'rural places' },
  target_urban: { zh: '城镇', en: 'urban places' },
  freshFailed: { zh: '重新评估失败', en: 'the re-evaluation failed' },
  designNotDone: {
    zh: '设计尚未完成;最终的组合在全部阶段完成后写出——再次运行同一命令即可继续,已完成的运行会被复用。',
    en: 'The design is not done; its final packages are written when every stage is done — run the same command again to continue, reusing every run made.',
  },
  noPackages: { zh: '没有满足全部约束的组合。', en: 'No package met every constraint.' },
  money: { zh: '{0} 万元', en: '{0} million yuan' },
  costAxis: { zh: '计划成本(万元)', en: 'Planned cost (million yuan)' },
  frontNote: {
    zh: '每个点是最终前沿上的一个组合。实心点:新种子上的估计及其 95% 置信区间;空心点:搜索中对同一组合的估计,以虚线相连——搜索保留的是在它自己的运行中看起来最好的组合,因此其估计偏乐观,虚线显示偏了多少。灰点:搜索运行过的其他组合;黑色菱形:基线。横轴为计划成本。点击一个点可在下方查看该组合。',
    en: "Each point is a package of the final front. Filled: its estimate on fresh seeds with the 95% interval; hollow: the search's estimate of the same package, joined by a dotted line — the search keeps the packages that looked best on its own runs, so its estimates flatter them, and the line shows by how much. Grey: the other packages the search ran; black diamond: the baseline. x: planned cost. Click a point to see the package below.",
  },
  percentileNote: { zh: '百分位数目标没有误差线(置信区间针对均值)。', en: 'Percentile objectives have no error bars (the intervals are of the mean).' },
  freshEstimate: { zh: '新种子上的估计', en: 'Fresh estimate' },
  searchEstimate: { zh: '搜索中的估计', en: 'Search estimate' },
  otherCandidates: { zh: '搜索运行过的其他组合', en: 'Other packages run' },
  baseline: { zh: '基线', en: 'Baseline' },
  packagesNote: {
    zh: '搜索:在搜索自己的运行上的目标值;新种子:在搜索从未用过的种子上的目标值。Δ:新种子上与基线配对差的均值及其 95% 置信区间;改善概率:组合表现更好的配对所占比例。点击一行可查看该组合。',
    en: "Search: the objective's value on the search's own runs; fresh: on seeds the search never used. Δ: mean paired difference from the baseline on fresh seeds, with its 95% interval; P(improve): the share of pairs in which the package did better. Click a row to see the package.",
  },
  package: { zh: '组合', en: 'Package' },
  col_cost: { zh: '计划成本', en: 'Planned cost' },
  searchCol: { zh: '搜索', en: 'Search' },
  freshCol: { zh: '新种子', en: 'Fresh' },
  diffInterval: { zh: 'Δ 与基线 [95% 区间]', en: 'Δ vs baseline [95% CI]' },
  selectedPackage: { zh: '所选组合:{0}', en: 'Selected package: {0}' },
  lever: { zh: '政策工具', en: 'Lever' },
  parameters: { zh: '参数', en: 'Parameters' },
  start: { zh: '开始', en: 'Start' },
  target: { zh: '对象', en: 'Target' },
  groupsChart: { zh: '分群体效果:与基线之差(新种子,末年)', en: 'Effects by group: difference from the baseline (fresh seeds, final year)' },
  groupsAxis: { zh: '与基线之差', en: 'Difference from the baseline' },
  noGroups: { zh: '此组合没有分群体结果。', en: 'No group results for this package.' },
  exportTitle: { zh: '作为普通实验完整运行', en: 'Run it in full as an ordinary experiment' },
  exportButton: { zh: '下载实验文件 {0}', en: 'Download the experiment file {0}' },
  exportNote: {
    zh: '文件包含基线和此组合两个方案,沿用设计的情景、模拟时长和重新评估的重复次数。其中的 "scenario" 路径相对于设计文件夹:请把文件保存在设计文件夹中,或修改 "scenario"。然后运行:',
    en: 'The file holds the baseline and this package as arms, on the design\'s scenario, horizon and re-evaluation replications. Its "scenario" path is relative to the design folder: save it in the design folder, or edit "scenario". Then run:',
  },
  exportAll: { zh: '一次运行全部组合:', en: 'All the packages at once:' },
  exportDescription: {
    zh: '政策组合设计“{0}”找到的组合 {1},与基线并列(由设计报告导出)。用 ronghe experiment 运行以作完整比较。',
    en: 'Package {1} that the policy design "{0}" found, beside the baseline (exported from the design report). Run it with ronghe experiment for a full comparison.',
  },
  exportBaseline: { zh: '基线就是情景本身,无需导出。', en: 'The baseline is the scenario itself: nothing to export.' },
  progressNote: {
    zh: '超体积:前沿所支配的目标空间的份额,全程使用同一尺度(各目标在可行组合达到的最好与最差值之间缩放,最大为 1.1 的目标个数次方);前沿推进和展开时增大,搜索收敛时趋于平稳。前沿规模:每代第一前沿上的可行组合数。',
    en: 'Hypervolume: the part of objective space the front dominates, on one scale for the whole search (each objective rescaled between the best and worst values any feasible package reached; at most 1.1 to the power of the number of objectives); it grows as the front advances and spreads, and levels off as the search converges. Front size: feasible packages on each generation\'s first front.',
  },
  hypervolume: { zh: '超体积', en: 'Hypervolume' },
  frontSize: { zh: '前沿规模', en: 'Front size' },
  generation: { zh: '代', en: 'Generation' },
  designFile: { zh: '设计文件', en: 'Design file' },
  method: { zh: '方法', en: 'Method' },
  hash_design: { zh: '设计身份哈希', en: 'Identity hash' },
  designSeeds: { zh: '搜索主种子 {0};重新评估主种子 {1}', en: 'search master seed {0}; re-evaluation master seed {1}' },
  failedRuns: { zh: '失败的运行', en: 'Failed runs' },
  designJson: { zh: '解析后的设计(全部默认值已填入)', en: 'The resolved design (every default filled in)' },
  status_waiting: { zh: '等待中:某阶段的分片尚未完成', en: "waiting: a stage's shards are still to run" },

  // The viewer's index page (viz/indexPage.ts), rendered on the server.
  viewer_title: { zh: 'ronghe 结果', en: 'ronghe results' },
  viewer_folder: { zh: '文件夹', en: 'Folder' },
  viewer_what: { zh: '内容', en: 'What' },
  viewer_date: { zh: '时间', en: 'Date' },
  viewer_runs: { zh: '运行', en: 'Runs' },
  viewer_partial: { zh: '部分完成', en: 'partial' },
  viewer_failed: { zh: '有失败的运行', en: 'failed runs' },
  viewer_run: { zh: '单次运行', en: 'single run' },
  viewer_design: { zh: '政策组合设计:{0}', en: 'policy design: {0}' },
  viewer_runsValue: { zh: '{0}/{1} 完成,{2} 失败', en: '{0}/{1} done, {2} failed' },
  viewer_empty: { zh: '此文件夹中还没有结果。运行 ronghe run、ronghe experiment 或 ronghe design 后刷新本页。', en: 'No results here yet. Run ronghe run, ronghe experiment or ronghe design, then reload this page.' },
  viewer_note: {
    zh: '报告在第一次打开时生成(或在结果更新后重新生成);每份报告都可单独保存并离线打开。',
    en: 'A report is built the first time it is opened (and again when its results change); each report can be saved and opened offline on its own.',
  },
  // The report page's <noscript> (viz/page.ts), shown in both languages.
  needsScript: { zh: '本报告需要启用 JavaScript。', en: 'This report needs JavaScript.' },
} as const satisfies Record<string, Text>;

/** A key of the table. */
export type StringKey = keyof typeof STRINGS;

/** Every text, for the test that each has both languages (read only). */
export const ALL_STRINGS: Readonly<Record<StringKey, Text>> = STRINGS;

/**
 * The locale tags of each language: `html` for the page's `lang` attribute, `intl` for numbers
 * and dates (British English: day-month dates and no US spellings), `plotly` for plotly's own
 * messages (its built-in English, or the Chinese registered by the page); and `yuan`, the yuan in
 * one unit of money as {@link STRINGS}' `money` shows it: 万元 in Chinese (county budgets are
 * written so), million yuan in English.
 */
export const LOCALES = {
  zh: { html: 'zh-CN', intl: 'zh-CN', plotly: 'zh-CN', yuan: 1e4 },
  en: { html: 'en', intl: 'en-GB', plotly: 'en', yuan: 1e6 },
} as const satisfies Record<Lang, { html: string; intl: string; plotly: string; yuan: number }>;

/** The language a language toggle switches to. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** A language named in an address (`#lang=zh`, `?lang=en`), or null when it names none. */
export function parseLang(value: string | null): Lang | null {
  return value === 'zh' || value === 'en' ? value : null;
}

/** A text in the given language, with `{i}` replaced by the i-th argument. */
export function t(key: StringKey, lang: Lang, ...args: (string | number)[]): string {
  const entry: Text | undefined = STRINGS[key];
  // Keys reach here from the data too (statuses, hash names), so a missing one says which.
  if (entry === undefined) throw new Error(`no label "${key}"`);
  // Numbers follow the page's language (grouping, digits), like every other number shown.
  const show = (v: string | number | undefined) => (typeof v === 'number' ? v.toLocaleString(LOCALES[lang].intl) : String(v));
  return entry[lang].replace(/\{(\d+)\}/g, (_, i: string) => show(args[Number(i)]));
}

/** Whether a text exists: keys made from the data (a status, a hash name) are checked first. */
export function hasLabel(key: string): key is StringKey {
  return Object.hasOwn(STRINGS, key);
}

/** The key made from data, checked: a key without a text is an error, as in {@link t}. */
export function labelKey(key: string): StringKey {
  if (!hasLabel(key)) throw new Error(`no label "${key}"`);
  return key;
}
