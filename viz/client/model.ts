/**
 * Reading the embedded report data (its type is {@link ReportData}, built by viz/reportData.ts and
 * its callers on the Node side) and the view state every panel renders from: language, large-font
 * mode and the chosen sweep point.
 */
import type { Better } from '../../engine/metrics/direction.ts';
import type { Contrast, Lang, ReportData, Stat } from '../reportData.ts';
import { bestArm } from './best.ts';
import { integer } from './format.ts';
import { LOCALES, parseLang, t } from './strings.ts';

/** What the page shows: the language, large-font (projector) mode and the sweep point. */
export interface ViewState {
  lang: Lang;
  large: boolean;
  point: number;
}

/** The data with the lookups the panels share. */
export type Model = ReturnType<typeof model>;

/** Wraps the data with lookups the panels share. */
export function model(data: ReportData) {
  return {
    data,
    isRun: data.kind === 'run',
    /** A run folder, or an experiment whose manifest says it finished: its summaries exist. */
    finished: data.kind === 'run' || data.status === 'complete',
    /** "N of M runs done; summaries are written when it finishes ...", for an unfinished experiment. */
    notFinished(lang: Lang): string {
      const runs = data.provenance.runs;
      return t('notFinished', lang, integer(runs.done, lang), integer(runs.planned, lang));
    },
    arms: data.arms,
    /** Final-year `[n, mean, lo, hi]` of a metric, or null. */
    stat(metric: string, arm: number, point: number): Stat | null {
      return data.stats[metric]?.[arm]?.[point] ?? null;
    },
    /** `[n, diff, lo, hi, pImprove, costDiff, perMillion]` against the baseline, or null. */
    contrast(metric: string, arm: number, point: number): Contrast | null {
      return data.contrasts[metric]?.[arm]?.[point] ?? null;
    },
    /** Whether any arm has a value of the metric at the point. */
    has(metric: string, point: number): boolean {
      return (data.stats[metric] ?? []).some((byPoint) => byPoint[point] && byPoint[point][1] !== null);
    },
    metricLabel(metric: string, lang: Lang): string {
      return data.labels[metric]?.[lang] ?? metric;
    },
    armLabel(arm: number, lang: Lang): string {
      return data.arms[arm].labels[lang];
    },
    /** A sweep point in words: `temperature = 0.2, threshold = 0.35`. */
    pointLabel(point: number, lang: Lang): string {
      const values = data.points[point]?.values ?? {};
      const parts = Object.entries(values).map(([name, v]) => `${name} = ${typeof v === 'number' ? v.toLocaleString(LOCALES[lang].intl, { maximumSignificantDigits: 4 }) : String(v)}`);
      return parts.length === 0 ? t('none', lang) : parts.join(', ');
    },
    /** The best arm at a point and whether it is clearly best (see best.ts), or null. */
    bestArm(metric: string, better: Better, point: number): { arm: number; clear: boolean } | null {
      return bestArm((a) => this.stat(metric, a, point), (a) => this.contrast(metric, a, point), data.arms.length, data.baseline, better);
    },
  };
}

/** The language to open in: `#lang=zh` in the address wins over the report's default. */
export function initialState(data: Pick<ReportData, 'lang'>): ViewState {
  const hash = new URLSearchParams(location.hash.slice(1));
  return { lang: parseLang(hash.get('lang')) ?? data.lang, large: hash.get('large') === '1', point: 0 };
}

/** Keeps the language and font mode in the address, so a reload or a shared link keeps them. */
export function rememberState(state: ViewState): void {
  const hash = new URLSearchParams();
  hash.set('lang', state.lang);
  if (state.large) hash.set('large', '1');
  // A fragment-only replace neither reloads nor adds a history entry, and works from file://.
  location.replace(`#${hash.toString()}`);
}
