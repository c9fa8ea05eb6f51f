/**
 * The viewer's index page: one row per results folder with its report link, title, date, arms
 * and run status. Rendered on the server as plain HTML with every text escaped; no script.
 */
import type { FolderEntry } from './folders.ts';
import { escapeHtml } from './page.ts';
import { LOCALES, otherLang, t, type StringKey } from './client/strings.ts';
import type { Lang } from './reportData.ts';

/** Statuses in the page's words (a complete folder shares the report's word). */
const STATUS: Record<FolderEntry['status'], StringKey> = { complete: 'status_complete', partial: 'viewer_partial', failed: 'viewer_failed' };

/** The index page for the given folders. */
export function indexPage(folders: readonly FolderEntry[], root: string, lang: Lang): string {
  const w = (key: StringKey) => t(key, lang);
  const locale = LOCALES[lang].intl;
  const date = (iso: string | null) => (iso === null || Number.isNaN(Date.parse(iso)) ? '—' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)));
  const rows = folders.map((f) => {
    const href = f.name === '.' ? '/report.html' : `/${f.name.split('/').map(encodeURIComponent).join('/')}/report.html`;
    // Passed as text, so that t() writes the counts as plain digits, without grouping.
    const runs = f.runs === null ? '—' : t('viewer_runsValue', lang, String(f.runs.done), String(f.runs.planned), String(f.runs.failed));
    const what = f.kind === 'run' ? w('viewer_run') : f.kind === 'design' ? t('viewer_design', lang, f.arms.map((a) => a[lang]).join(' · ') || '—') : f.arms.map((a) => a[lang]).join(' · ');
    return [
      `<tr data-folder="${escapeHtml(f.name)}">`,
      `<td><a href="${escapeHtml(href)}#lang=${lang}">${escapeHtml(f.name)}</a></td>`,
      `<td>${escapeHtml(f.title[lang])}</td>`,
      `<td>${escapeHtml(date(f.date))}</td>`,
      `<td>${escapeHtml(what)}</td>`,
      `<td class="${f.status}">${escapeHtml(w(STATUS[f.status]))}</td>`,
      `<td>${escapeHtml(runs)}</td>`,
      '</tr>',
    ].join('');
  });
  const other = otherLang(lang);
  return `<!doctype html>
<html lang="${LOCALES[lang].html}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w('viewer_title'))}</title>
<style>
body { font-family: system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; margin: 2rem; color: #1a1a1a; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 0.35rem 0.8rem; border-bottom: 1px solid #ddd; vertical-align: top; }
th { color: #555; }
.complete { color: #00734f; }
.partial { color: #8a5a00; }
.failed { color: #b00020; }
.note { color: #555; }
a { color: #0072b2; }
</style>
</head>
<body>
<p><a href="/?lang=${other}">${escapeHtml(w('switchLanguage'))}</a></p>
<h1>${escapeHtml(w('viewer_title'))}</h1>
<p class="note"><code>${escapeHtml(root)}</code> — ${escapeHtml(w('viewer_note'))}</p>
${
  folders.length === 0
    ? `<p class="empty">${escapeHtml(w('viewer_empty'))}</p>`
    : `<table>
<thead><tr><th>${escapeHtml(w('viewer_folder'))}</th><th>${escapeHtml(w('viewer_what'))}</th><th>${escapeHtml(w('viewer_date'))}</th><th>${escapeHtml(w('arms'))}</th><th>${escapeHtml(w('status'))}</th><th>${escapeHtml(w('viewer_runs'))}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}
</body>
</html>
`;
}
