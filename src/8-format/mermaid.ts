/**
 * `mermaid`: the relation graph as a Mermaid flowchart (paste into Markdown in a
 * ```mermaid block). One flowchart for the run, one subgraph per document; node shapes and
 * classes by entity type (country circle, person box, agreement parallelogram, organisation
 * hexagon), edges labelled by relation type, symmetric types as lines without arrows.
 */
import type { DocumentObject, EntityType } from '../doc.js';
import type { Formatter } from './formatter.js';
import { NODE_STYLE, edgeLabel, graphNodes, isSymmetric, nodeLabel } from './graph.js';

const SHAPES: Record<EntityType, [string, string]> = {
  country: ['((', '))'],
  person: ['[', ']'],
  agreement: ['[/', '/]'],
  organization: ['{{', '}}'],
};

export function mermaidFormatter(): Formatter {
  return {
    begin: () => 'flowchart LR\n',
    document: (doc, index) => subgraph(doc, index),
    end: () =>
      (Object.keys(NODE_STYLE) as EntityType[]).map((t) => `  classDef ${t} fill:${NODE_STYLE[t].fill},stroke:#555\n`).join(''),
  };
}

function subgraph(doc: DocumentObject, index: number): string {
  const lines = [`  subgraph d${index}["${label(doc.error ? `${doc.source} (error)` : doc.source)}"]`];
  const nodes = graphNodes(doc);
  if (nodes.length === 0) lines.push(`    d${index}_empty["no relations"]`);
  const ids = new Map(nodes.map((e, i) => [e.id, `d${index}_n${i}`]));
  for (const e of nodes) {
    const [open, close] = SHAPES[e.type];
    lines.push(`    ${ids.get(e.id)}${open}"${label(nodeLabel(e))}"${close}:::${e.type}`);
  }
  for (const r of doc.relations) {
    const from = ids.get(r.source);
    const to = ids.get(r.target);
    if (!from || !to) continue;
    lines.push(`    ${from} ${isSymmetric(r.type) ? '---' : '-->'}|"${label(edgeLabel(r))}"| ${to}`);
  }
  lines.push('  end');
  return `${lines.join('\n')}\n`;
}

/** Text inside a quoted Mermaid label: quotes and markup characters as entity codes, one line. */
export function label(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/"/g, '#quot;')
    .replace(/[<>|]/g, (c) => `#${c.charCodeAt(0)};`);
}
