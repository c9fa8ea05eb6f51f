/**
 * Numbers and dates formatted for the page's language with Intl (grouping, and large numbers in
 * the locale's own units: 1.2M in English, 120万 in Chinese).
 */
import type { Lang } from '../reportData.ts';
import { LOCALES, t } from './strings.ts';

/** A value that may be missing: shown as `—`. */
type Maybe = number | null | undefined;

/** The number formats the page uses. */
const OPTIONS = {
  compact: { notation: 'compact', maximumSignificantDigits: 3 },
  integer: { maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
  share: { style: 'percent', maximumSignificantDigits: 2 },
  plain: { maximumSignificantDigits: 3 },
  signed: { maximumSignificantDigits: 3, signDisplay: 'exceptZero' },
} satisfies Record<string, Intl.NumberFormatOptions>;

/** Formatters are slow to make and the page formats thousands of numbers: one per language and kind. */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, kind: keyof typeof OPTIONS): Intl.NumberFormat {
  const key = `${lang}/${kind}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALES[lang].intl, OPTIONS[kind]);
    cache.set(key, f);
  }
  return f;
}

function finite(value: Maybe): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A number to three significant digits; large magnitudes compact; `—` when missing. */
export function num(value: Maybe, lang: Lang): string {
  if (!finite(value)) return '—';
  if (Math.abs(value) >= 1e5) return formatter(lang, 'compact').format(value);
  return formatter(lang, 'plain').format(value);
}

/** A difference with its sign (`+0.012`, `−0.4`, `0`); `—` when missing. */
export function signed(value: Maybe, lang: Lang): string {
  if (!finite(value)) return '—';
  // U+2212, the minus sign, not a hyphen: it lines up with the plus.
  return formatter(lang, 'signed').format(value).replace('-', '\u2212');
}

/** Yuan in the language's unit of money (万元 or million yuan), in one unit: see {@link money}. */
export function inMoneyUnit(yuan: number, lang: Lang): number {
  return yuan / LOCALES[lang].yuan;
}

/** Yuan as money in the language's unit: `3.6 万元`, `0.036 million yuan`. */
export function money(yuan: Maybe, lang: Lang): string {
  if (!finite(yuan)) return '—';
  return t('money', lang, formatter(lang, 'plain').format(inMoneyUnit(yuan, lang)));
}

/** A whole number with the locale's grouping (seeds, counts). */
export function integer(value: Maybe, lang: Lang): string {
  if (!finite(value)) return '—';
  return formatter(lang, 'integer').format(value);
}

/** A share in [0, 1] as a percentage. */
export function percent(value: Maybe, lang: Lang): string {
  if (!finite(value)) return '—';
  return formatter(lang, 'percent').format(value);
}

/** A share as a percentage to two significant digits: small shares stay visible (0.31%, not 0%). */
export function share(value: Maybe, lang: Lang): string {
  if (!finite(value)) return '—';
  return formatter(lang, 'share').format(value);
}

/** `low – high` of an interval. */
export function interval(low: Maybe, high: Maybe, lang: Lang): string {
  if (low === null || high === null || low === undefined || high === undefined) return '—';
  return `${num(low, lang)} – ${num(high, lang)}`;
}

/** An ISO timestamp as a local date and time. */
export function dateTime(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang].intl, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
