/**
 * The viewer's index page: one row per results folder with its report link, title, date, arms
 * and run status. Rendered on the server as plain HTML with every text escaped; no script.
 */
import type { FolderEntry } from './folders.ts';
import { escapeHtml } from './page.ts';
import type { Lang } from './reportData.ts';

const WORDS = {
  title: { zh: 'ronghe 结果', en: 'ronghe results' },
  folder: { zh: '文件夹', en: 'Folder' },
  what: { zh: '内容', en: 'What' },
  date: { zh: '时间', en: 'Date' },
  arms: { zh: '方案', en: 'Arms' },
  status: { zh: '状态', en: 'Status' },
  runs: { zh: '运行', en: 'Runs' },
  report: { zh: '报告', en: 'report' },
  complete: { zh: '完成', en: 'complete' },
  partial: { zh: '部分完成', en: 'partial' },
  failed: { zh: '有失败的运行', en: 'failed runs' },
  run: { zh: '单次运行', en: 'single run' },
  runsValue: { zh: '{done}/{planned} 完成,{failed} 失败', en: '{done}/{planned} done, {failed} failed' },
  empty: { zh: '此文件夹中还没有结果。运行 ronghe run 或 ronghe experiment 后刷新本页。', en: 'No results here yet. Run ronghe run or ronghe experiment, then reload this page.' },
  other: { zh: 'English', en: '中文' },
  note: { zh: '报告在第一次打开时生成(或在结果更新后重新生成);每份报告都可单独保存并离线打开。', en: 'A report is built the first time it is opened (and again when its results change); each report can be saved and opened offline on its own.' },
} as const;

/** The index page for the given folders. */
export function indexPage(folders: readonly FolderEntry[], root: string, lang: Lang): string {
  const w = (key: keyof typeof WORDS) => WORDS[key][lang];
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const date = (iso: string | null) => (iso === null || Number.isNaN(Date.parse(iso)) ? '—' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)));
  const rows = folders.map((f) => {
    const href = f.name === '.' ? '/report.html' : `/${f.name.split('/').map(encodeURIComponent).join('/')}/report.html`;
    const runs = w('runsValue').replace('{done}', String(f.runs.done)).replace('{planned}', String(f.runs.planned)).replace('{failed}', String(f.runs.failed));
    return [
      `<tr data-folder="${escapeHtml(f.name)}">`,
      `<td><a href="${escapeHtml(href)}#lang=${lang}">${escapeHtml(f.name)}</a></td>`,
      `<td>${escapeHtml(f.title[lang])}</td>`,
      `<td>${escapeHtml(date(f.date))}</td>`,
      `<td>${f.kind === 'run' ? escapeHtml(w('run')) : escapeHtml(f.arms.map((a) => a[lang]).join(' · '))}</td>`,
      `<td class="${f.status}">${escapeHtml(w(f.status))}</td>`,
      `<td>${escapeHtml(runs)}</td>`,
      '</tr>',
    ].join('');
  });
  const other = lang === 'zh' ? 'en' : 'zh';
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w('title'))}</title>
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
<p><a href="/?lang=${other}">${escapeHtml(w('other'))}</a></p>
<h1>${escapeHtml(w('title'))}</h1>
<p class="note"><code>${escapeHtml(root)}</code> — ${escapeHtml(w('note'))}</p>
${
  folders.length === 0
    ? `<p class="empty">${escapeHtml(w('empty'))}</p>`
    : `<table>
<thead><tr><th>${escapeHtml(w('folder'))}</th><th>${escapeHtml(w('what'))}</th><th>${escapeHtml(w('date'))}</th><th>${escapeHtml(w('arms'))}</th><th>${escapeHtml(w('status'))}</th><th>${escapeHtml(w('runs'))}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}
</body>
</html>
`;
}
