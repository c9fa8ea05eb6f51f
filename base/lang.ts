/** The languages of everything ronghe shows a person: Chinese and English. */
export const LANGS = ['zh', 'en'] as const;

/** A language of {@link LANGS}. */
export type Lang = (typeof LANGS)[number];

/** A text in both languages. */
export type Text = Record<Lang, string>;
