/**
 * 8-format: `--summary`, one overview of a whole run: documents, errors, entities per type,
 * the ten countries/people/organisations/agreements found in the most documents, and
 * relation counts by type. Reads DocumentObjects as they stream past; keeps only counters.
 */
import type { DocumentObject, EntityType } from '../doc.js';

export interface TopEntry {
  id: string;
  name: string;
  documents: number;
}

export interface RunSummary {
  documents: number;
  errors: number;
  entities: Record<string, number>;
  top: Record<string, TopEntry[]>;
  relations: Record<string, number>;
}

const TOP_TYPES: readonly EntityType[] = ['country', 'person', 'organization', 'agreement'];
const TOP_N = 10;

export class SummaryCollector {
  private documents = 0;
  private errors = 0;
  private readonly entities = new Map<string, number>();
  private readonly relations = new Map<string, number>();
  /** Per entity id: its type, a display name and the number of documents it occurs in. */
  private readonly seen = new Map<string, { type: string; name: string; documents: number }>();

  add(doc: DocumentObject): void {
    this.documents++;
    if (doc.error) this.errors++;
    for (const e of doc.entities) {
      bump(this.entities, e.type);
      const s = this.seen.get(e.id);
      if (s) s.documents++;
      else this.seen.set(e.id, { type: e.type, name: e.name, documents: 1 });
    }
    for (const r of doc.relations) bump(this.relations, r.type);
  }

  result(): RunSummary {
    const top: Record<string, TopEntry[]> = {};
    for (const type of TOP_TYPES) {
      top[type] = [...this.seen]
        .filter(([, s]) => s.type === type)
        .map(([id, s]) => ({ id, name: s.name, documents: s.documents }))
        .sort((a, b) => b.documents - a.documents || a.id.localeCompare(b.id))
        .slice(0, TOP_N);
    }
    return {
      documents: this.documents,
      errors: this.errors,
      entities: Object.fromEntries(this.entities),
      top,
      relations: Object.fromEntries(this.relations),
    };
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The summary as plain text for a terminal: aligned `label  count` lines under headings. */
export function summaryText(s: RunSummary): string {
  const lines: string[] = ['', 'Summary', `  documents  ${s.documents}`, `  errors     ${s.errors}`];
  const block = (title: string, rows: Array<[string, number]>): void => {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map(([k]) => k.length));
    lines.push('', title, ...rows.map(([k, n]) => `  ${k.padEnd(width)}  ${n}`));
  };
  block('Entities by type', Object.entries(s.entities));
  for (const [type, entries] of Object.entries(s.top)) {
    block(`Top ${type} (documents)`, entries.map((e) => [e.name, e.documents]));
  }
  block('Relations by type', Object.entries(s.relations));
  return `${lines.join('\n')}\n`;
}
