/** Plain-text tables for the terminal, aligned for Chinese as well as Latin text. */

/**
 * Rows as aligned text: the first row is the header, underlined; the first `textColumns` columns
 * are left-aligned (labels) and the others right-aligned (numbers).
 */
export function textTable(rows: readonly string[][], textColumns = 1): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  const line = (r: readonly string[]) => r.map((cell, c) => (c < textColumns ? pad(cell, widths[c], 'end') : pad(cell, widths[c], 'start'))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n';
}

/** A number to a few significant digits; thousands separated when large; – when missing. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1e5) return Math.round(v).toLocaleString('en-US');
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  return v.toFixed(3);
}

/** Display width: East Asian wide characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return side === 'start' ? fill + s : s + fill;
}
