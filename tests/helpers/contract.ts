/**
 * The output contract of spec/extraction.md as assertions: schema, offsets, ids, relation ends.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { expect } from 'vitest';
import type { DocumentObject } from '../../src/doc.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/document.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Check one document object against the spec; `text` is the decoded input. */
export function expectContract(doc: DocumentObject, text?: string): void {
  const ok = validate(doc);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
  const ids = doc.entities.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of doc.relations) {
    expect(ids).toContain(r.source);
    expect(ids).toContain(r.target);
  }
  if (text === undefined) return;
  for (const e of doc.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const r of doc.relations) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
}
