/**
 * Reading the embedded report data (its shape is documented in viz/reportData.ts) and the view
 * state every panel renders from: language, large-font mode and the chosen sweep point.
 */
import { bestArm } from './best.js';
import { integer } from './format.js';
import { t } from './strings.js';

/**
 * @typedef {{ lang: 'zh' | 'en', large: boolean, point: number }} ViewState
 */

/** Wraps the data with lookups the panels share. */
export function model(data) {
  return {
    data,
    isRun: data.kind === 'run',
    /** A run folder, or an experiment whose manifest says it finished: its summaries exist. */
    finished: data.kind === 'run' || data.status === 'complete',
    /** "N of M runs done; summaries are written when it finishes ...", for an unfinished experiment. */
    notFinished(lang) {
      const runs = data.provenance.runs;
      return t('notFinished', lang, integer(runs.done, lang), integer(runs.planned, lang));
    },
    arms: data.arms,
    /** Final-year `[n, mean, lo, hi]` of a metric, or null. */
    stat(metric, arm, point) {
      return data.stats[metric]?.[arm]?.[point] ?? null;
    },
    /** `[n, diff, lo, hi, pImprove, costDiff, perMillion]` against the baseline, or null. */
    contrast(metric, arm, point) {
      return data.contrasts[metric]?.[arm]?.[point] ?? null;
    },
    /** Whether any arm has a value of the metric at the point. */
    has(metric, point) {
      return (data.stats[metric] ?? []).some((byPoint) => byPoint[point] && byPoint[point][1] !== null);
    },
    metricLabel(metric, lang) {
      return data.labels[metric]?.[lang] ?? metric;
    },
    armLabel(arm, lang) {
      return data.arms[arm].labels[lang];
    },
    /** A sweep point in words: `temperature = 0.2, threshold = 0.35`. */
    pointLabel(point, lang) {
      const values = data.points[point]?.values ?? {};
      const parts = Object.entries(values).map(([name, v]) => `${name} = ${typeof v === 'number' ? v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumSignificantDigits: 4 }) : String(v)}`);
      return parts.length === 0 ? t('none', lang) : parts.join(', ');
    },
    /** The best arm at a point and whether it is clearly best (see best.js), or null. */
    bestArm(metric, better, point) {
      return bestArm((a) => this.stat(metric, a, point), (a) => this.contrast(metric, a, point), data.arms.length, data.baseline, better);
    },
  };
}

/** The language to open in: `#lang=zh` in the address wins over the report's default. */
export function initialState(data) {
  const hash = new URLSearchParams(location.hash.slice(1));
  const lang = hash.get('lang') === 'zh' || hash.get('lang') === 'en' ? hash.get('lang') : data.lang;
  return { lang, large: hash.get('large') === '1', point: 0 };
}

/** Keeps the language and font mode in the address, so a reload or a shared link keeps them. */
export function rememberState(state) {
  const hash = new URLSearchParams();
  hash.set('lang', state.lang);
  if (state.large) hash.set('large', '1');
  // A fragment-only replace neither reloads nor adds a history entry, and works from file://.
  location.replace(`#${hash.toString()}`);
}
