/**
 * A policy design's report data (viz/designReport.ts) with what its panels share: the chosen
 * package, each package's colour, and the words for levers, targets, objectives and estimates.
 */
import { shellWord } from '../../base/shellWord.ts';
import type { DesignPackage, DesignReport, EstimateCells } from '../designReport.ts';
import type { Lang } from '../reportData.ts';
import { inMoneyUnit, money, num, signed } from './format.ts';
import { PALETTE } from './plot.ts';
import { hasLabel, t } from './strings.ts';

/** The design data with the lookups its panels share. */
export type DesignModel = ReturnType<typeof designModel>;

/**
 * Wraps the data; `select(i)` makes package `i` the chosen one everywhere (the page renders again).
 * The first package that is not the baseline is chosen to begin with.
 */
export function designModel(data: DesignReport, select: (index: number) => void) {
  const first = data.packages.findIndex((p) => !p.baseline);
  // Colours by package, the baseline black as in the experiment report; the others after it.
  const colors = new Map<number, string>();
  let others = 0;
  data.packages.forEach((p, i) => colors.set(i, p.baseline ? PALETTE[0] : PALETTE[1 + (others++ % (PALETTE.length - 1))]));
  return {
    data,
    /** Index of the chosen package (0 when there is none). */
    selected: Math.max(first, 0),
    select,
    /** Whether the design is done: its final packages are written. */
    done: data.experiment !== null,
    color(index: number): string {
      return colors.get(index) ?? PALETTE[0];
    },
    /** A package's name: its id, or "Baseline". */
    packageName(p: DesignPackage, lang: Lang): string {
      return p.baseline ? t('baseline', lang) : p.id;
    },
    metricLabel(metric: string, lang: Lang): string {
      return data.labels[metric]?.[lang] ?? metric;
    },
    /** An objective's value in its unit: money for one measured in yuan. */
    value(k: number, v: number | null | undefined, lang: Lang): string {
      return data.objectives[k].money ? money(v, lang) : num(v, lang);
    },
    /** `Δ [low, high]` of an estimate against the baseline (money with its unit once, after the interval). */
    diffInterval(k: number, e: EstimateCells | null | undefined, lang: Lang): string {
      if (!e) return '—';
      const scale = (v: number | null) => (v === null || !data.objectives[k].money ? v : inMoneyUnit(v, lang));
      const text = `${signed(scale(e[5]), lang)} [${signed(scale(e[6]), lang)}, ${signed(scale(e[7]), lang)}]`;
      return data.objectives[k].money ? t('money', lang, text) : text;
    },
    /** A target by name: the shortcuts in words, the design's own by their name. */
    targetWords(name: string, lang: Lang): string {
      const key = `target_${name}`;
      return hasLabel(key) ? t(key, lang) : name;
    },
    /** Per lever the package uses: its label, and its settings (searched parameters, start, target) in words. */
    levers(p: DesignPackage, lang: Lang): { lever: number; label: string; params: string[]; start: string; target: string }[] {
      const out: { lever: number; label: string; params: string[]; start: string; target: string }[] = [];
      let i = 0;
      data.levers.forEach((lever, l) => {
        if (!p.uses[l]) return;
        const spec = p.interventions[i++];
        const params = lever.params.map((q) => `${q.name} ${num(Number(spec?.params[q.name]), lang)}`);
        out.push({ lever: l, label: lever.labels[lang], params, start: t('fromYear', lang, num(spec?.start, lang)), target: this.targetWords(p.targets[l], lang) });
      });
      return out;
    },
    /** A package's levers in one line: `Digital rollout (trainingReachPerYear 0.21, from year 0, rural places); …`. */
    leverLine(p: DesignPackage, lang: Lang): string {
      if (p.baseline) return t('changeNothing', lang);
      return this.levers(p, lang).map((l) => `${l.label} (${[...l.params, l.start, l.target].join(', ')})`).join('; ');
    },
    /** The answer for a package in one sentence: levers — each outcome's difference from the baseline — planned cost. */
    sentence(p: DesignPackage, lang: Lang): string {
      const effects = data.objectives
        .map((o, k) => ({ o, k }))
        .filter(({ o }) => !o.money)
        .map(({ o, k }) => `${o.labels[lang]} ${p.baseline ? this.value(k, p.fresh?.[k]?.[1], lang) : this.diffInterval(k, p.fresh?.[k], lang)}`);
      const outcome = p.fresh === null ? t('freshFailed', lang) : `${effects.join('; ')} ${p.baseline ? '' : t('vsBaseline', lang)}`.trim();
      return `${this.packageName(p, lang)}: ${this.leverLine(p, lang)} — ${outcome}; ${t('plannedCost', lang, money(p.plan.total, lang))}`;
    },
    /** A file in the design folder, as a command names it. */
    inFolder(file: string): string {
      return shellWord(data.dir === '.' ? file : `${data.dir}/${file}`);
    },
  };
}
