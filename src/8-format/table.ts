/**
 * `table`: for a person at a terminal. Per document a heading (source, language), a table
 * of entities and a table of relations, coloured by type when the chalk instance has colour.
 * Control characters from article text are escaped so a hostile file cannot drive the terminal.
 */
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import type { DocumentObject, Entity, Relation } from '../doc.js';
import type { FormatContext, Formatter } from './formatter.js';

const EVIDENCE_WIDTH = 60;
/** Long agreement names are cut in the table (JSON keeps them whole). */
const NAME_WIDTH = 48;

export function tableFormatter(ctx: FormatContext): Formatter {
  const chalk = ctx.chalk ?? new Chalk({ level: 0 });
  return {
    document: (doc, index) => (index > 0 ? '\n' : '') + renderDocument(doc, chalk),
  };
}

function renderDocument(doc: DocumentObject, chalk: ChalkInstance): string {
  const lines: string[] = [];
  const lang = doc.language ?? '-';
  lines.push(chalk.bold(`${safe(doc.source)}`) + chalk.dim(`  (${lang})`));
  if (doc.error) {
    lines.push(chalk.red(`error: ${safe(doc.error)}`));
    return lines.join('\n') + '\n';
  }
  if (doc.entities.length === 0) lines.push(chalk.dim('no entities found'));
  else lines.push(entityTable(doc.entities, chalk));
  if (doc.relations.length > 0) lines.push(relationTable(doc, chalk));
  return lines.join('\n') + '\n';
}

const TYPE_COLOURS: Record<string, (chalk: ChalkInstance, s: string) => string> = {
  country: (c, s) => c.cyan(s),
  person: (c, s) => c.green(s),
  organization: (c, s) => c.magenta(s),
  agreement: (c, s) => c.yellow(s),
};

function colourType(chalk: ChalkInstance, type: string, text: string): string {
  return (TYPE_COLOURS[type] ?? ((_c, s) => s))(chalk, text);
}

function newTable(head: string[], chalk: ChalkInstance): Table.Table {
  // cli-table3 colours its own head and border unless told not to: colour comes from chalk only.
  return new Table({ head: head.map((h) => chalk.bold(h)), style: { head: [], border: [] }, wordWrap: true });
}

function entityTable(entities: readonly Entity[], chalk: ChalkInstance): string {
  const table = newTable(['type', 'name', 'code / country', 'roles', 'mentions'], chalk);
  for (const e of entities) {
    table.push([
      colourType(chalk, e.type, e.type),
      colourType(chalk, e.type, cut(safe(e.name), NAME_WIDTH)),
      e.code ?? e.country ?? '',
      safe((e.roles ?? []).join(', ')),
      String(e.mentions.length),
    ]);
  }
  return table.toString();
}

function relationTable(doc: DocumentObject, chalk: ChalkInstance): string {
  const names = new Map(doc.entities.map((e) => [e.id, e]));
  const label = (id: string): string => {
    const e = names.get(id);
    return e ? colourType(chalk, e.type, cut(safe(e.code && e.type === 'country' ? `${e.name} (${e.code})` : e.name), NAME_WIDTH)) : id;
  };
  const table = newTable(['relation', 'from', 'to', 'role / status', 'evidence'], chalk);
  for (const r of doc.relations) {
    table.push([chalk.bold(r.type), label(r.source), label(r.target), safe(attribute(r)), chalk.dim(excerpt(r.evidence.text))]);
  }
  return table.toString();
}

function attribute(r: Relation): string {
  return r.role ?? r.status ?? '';
}

function excerpt(text: string): string {
  return cut(safe(text.replace(/\s+/g, ' ')), EVIDENCE_WIDTH);
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** Escape C0/C1 control characters (but not tab/newline) from untrusted text. */
export function safe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
