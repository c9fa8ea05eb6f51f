/**
 * The report page: one HTML file holding its style, plotly.js, the data as JSON and the page's
 * script, so it opens from a USB stick or an e-mail attachment with no network. A content
 * security policy forbids every request the page might make, as a second line of defence.
 */
import { clientScript, plotlyScript, styleSheet } from './assets.ts';
import { LOCALES, t } from './client/strings.ts';
import type { PageData } from './reportData.ts';

/**
 * Nothing may be fetched (`default-src 'none'`); inline scripts and styles are the page itself;
 * plotly draws images (downloads) from data: and blob: URLs.
 */
export const POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

/** The whole page for the data. */
export function reportPage(data: PageData): string {
  const title = `${data.title[data.lang]} · ronghe`;
  return [
    '<!doctype html>',
    `<html lang="${LOCALES[data.lang].html}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="generator" content="ronghe report">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${styleSheet()}</style>`,
    '</head>',
    '<body>',
    // Before the script runs the language toggle does not work: both languages at once.
    `<noscript><p>${t('needsScript', 'en')} ${t('needsScript', 'zh')}</p></noscript>`,
    `<script type="application/json" id="report-data">${embedJson(data)}</script>`,
    `<script>${plotlyScript()}</script>`,
    `<script>${clientScript()}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * JSON that is safe inside a `<script>` element whatever its strings hold: `<` is written as
 * `\u003c`, so no `</script>` or `<!--` can appear (JSON.parse reads it back unchanged), and the
 * line separators U+2028/U+2029 are escaped too.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text for an HTML element or attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
