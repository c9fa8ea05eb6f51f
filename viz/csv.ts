/**
 * Reading the tidy CSV tables of a results folder (RFC 4180, as output/csvFile.ts writes
 * them: a header line, text quoted only when it holds a comma, quote or line break, `NA` for a
 * missing number).
 */
import type { FolderFiles } from '../output/folderFiles.ts';

/** A parsed table: the header, and each row as its cells in header order. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/** Parses CSV text. Quoted cells may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): CsvTable {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  // One pass with an explicit state: splitting on lines first would break quoted line breaks.
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  const [header = [], ...rows] = records;
  return { header, rows: rows.filter((r) => r.length > 1 || r[0] !== '') };
}

/** Reads and parses a CSV file of a results folder; `null` when it does not exist. */
export function readCsv(files: FolderFiles, file: string): CsvTable | null {
  const text = files.read(file);
  return text === null ? null : parseCsv(text);
}

/** The index of each named column, or an error naming the file and the missing column. */
export function columns<const K extends string>(table: CsvTable, names: readonly K[], file: string): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const name of names) {
    const index = table.header.indexOf(name);
    if (index < 0) throw new Error(`${file}: no column "${name}" (found: ${table.header.join(', ')})`);
    out[name] = index;
  }
  return out;
}

/** A numeric cell: `NA` and empty cells are `null`. */
export function numberCell(text: string): number | null {
  if (text === 'NA' || text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
