/**
 * `dot`: the relation graph for Graphviz (`extract --format dot a.txt | dot -Tpng > g.png`).
 * One digraph for the whole run, one cluster per document (node ids prefixed by the document's
 * index, so the same entity in two documents makes two nodes). Nodes are the entities that
 * take part in a relation, shaped and filled by type; edges are labelled by relation type,
 * and symmetric types (`meets`, `conflict_with`) are drawn without arrow heads.
 */
import type { DocumentObject } from '../doc.js';
import type { Formatter } from './formatter.js';
import { NODE_STYLE, edgeLabel, graphNodes, isSymmetric, nodeLabel } from './graph.js';

export function dotFormatter(): Formatter {
  return {
    begin: () =>
      'digraph extract {\n  graph [rankdir=LR, fontname="Helvetica"];\n' +
      '  node [style=filled, fontname="Helvetica"];\n  edge [fontname="Helvetica", fontsize=10];\n',
    document: (doc, index) => cluster(doc, index),
    end: () => '}\n',
  };
}

function cluster(doc: DocumentObject, index: number): string {
  const lines = [`  subgraph cluster_${index} {`, `    label=${quote(doc.error ? `${doc.source} (error: ${doc.error})` : doc.source)};`];
  const nodes = graphNodes(doc);
  if (nodes.length === 0) lines.push(`    d${index}_empty [label="no relations", shape=plaintext, style=""];`);
  const ids = new Map(nodes.map((e, i) => [e.id, `d${index}_n${i}`]));
  for (const e of nodes) {
    const style = NODE_STYLE[e.type];
    lines.push(`    ${ids.get(e.id)} [label=${quote(nodeLabel(e))}, shape=${style.shape}, fillcolor="${style.fill}", tooltip=${quote(e.id)}];`);
  }
  for (const r of doc.relations) {
    const from = ids.get(r.source);
    const to = ids.get(r.target);
    if (!from || !to) continue;
    lines.push(`    ${from} -> ${to} [label=${quote(edgeLabel(r))}${isSymmetric(r.type) ? ', dir=none' : ''}];`);
  }
  lines.push('  }');
  return `${lines.join('\n')}\n`;
}

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`. */
export function quote(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r/g, '\\n');
  return `"${escaped.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')}"`;
}
