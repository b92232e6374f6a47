/**
 * Reader for the hand-kept lexicon TSV files: one entry per line, tab-separated fields,
 * `#` starts a comment line. Returns rows with their line numbers so errors can name them.
 */
export interface TsvRow {
  line: number;
  fields: string[];
}

export function parseTsv(content: string): TsvRow[] {
  const rows: TsvRow[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    rows.push({ line: i + 1, fields: raw.split('\t').map((f) => f.trim()) });
  }
  return rows;
}
