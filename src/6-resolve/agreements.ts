/**
 * Agreement coreference: descriptive phrases get keys; a bare head noun (`der Pakt`,
 * `the deal`) joins the last agreement with that head.
 */
import type { Doc, Mention } from '../doc.js';
import { slug } from '../match/normalize.js';

export /** Descriptive agreement phrases become entities; a bare head noun joins the last agreement with that head. */
function joinAgreements(doc: Doc): void {
  const lastByHead = new Map<string, Mention>();
  for (const m of doc.mentions) {
    if (m.type !== 'agreement') continue;
    const head = m.attrs?.head ?? '';
    if (m.kind === 'anaphor') {
      const antecedent = lastByHead.get(head);
      m.key = antecedent ? antecedent.key : `agreement:${slug(m.text)}`;
      if (!antecedent) lastByHead.set(head, m);
      continue;
    }
    m.key = `agreement:${slug(m.text)}`;
    lastByHead.set(head, m);
  }
}
