/**
 * Numbers and dates formatted for the page's language with Intl (grouping, and large numbers in
 * the locale's own units: 1.2M in English, 120万 in Chinese).
 */

const LOCALES = { zh: 'zh-CN', en: 'en-GB' };
const cache = new Map();

function formatter(lang, kind) {
  const key = `${lang}/${kind}`;
  let f = cache.get(key);
  if (f === undefined) {
    const options =
      kind === 'compact'
        ? { notation: 'compact', maximumSignificantDigits: 3 }
        : kind === 'integer'
          ? { maximumFractionDigits: 0 }
          : kind === 'percent'
            ? { style: 'percent', maximumFractionDigits: 0 }
            : kind === 'share'
              ? { style: 'percent', maximumSignificantDigits: 2 }
              : { maximumSignificantDigits: 3 };
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** A locale tag for the page language. */
export function locale(lang) {
  return LOCALES[lang];
}

/**
 * A number to three significant digits; large magnitudes compact; `—` when missing.
 * @param {number | null | undefined} value
 * @param {'zh' | 'en'} lang
 */
export function num(value, lang) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1e5) return formatter(lang, 'compact').format(value);
  return formatter(lang, 'plain').format(value);
}

/** A whole number with the locale's grouping (seeds, counts). */
export function integer(value, lang) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatter(lang, 'integer').format(value);
}

/** A share in [0, 1] as a percentage. */
export function percent(value, lang) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatter(lang, 'percent').format(value);
}

/** A share as a percentage to two significant digits: small shares stay visible (0.31%, not 0%). */
export function share(value, lang) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatter(lang, 'share').format(value);
}

/** `low – high` of an interval. */
export function interval(low, high, lang) {
  if (low === null || high === null || low === undefined || high === undefined) return '—';
  return `${num(low, lang)} – ${num(high, lang)}`;
}

/** An ISO timestamp as a local date and time. */
export function dateTime(iso, lang) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
