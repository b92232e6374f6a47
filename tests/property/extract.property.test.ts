/**
 * Property-based tests (fast-check, fixed seed, bounded runs) over the library: whatever the
 * text, `extract` returns, every offset slices out its text, ids are unique, relations point
 * at entities, and a second run gives the same result. Arbitrary bytes never make
 * `extractInput` throw; a BOM or CRLF line ends do not change what is found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentObject } from '../../src/doc.js';
import { extract, extractInput } from '../../src/index.js';
import { expectContract } from '../helpers/contract.js';

// fast-check's default sizes give strings of ~10 characters; news needs longer ones
fc.configureGlobal({ baseSize: 'large' });
const SEED = 20261129;
const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

/** Words the recognisers react to, and the characters that break naive code. */
const VOCABULARY = [
  'Kanada', 'Japan', 'Österreich', 'Russland', 'Ukraine', 'USA', 'U.S.', 'Vereinigten', 'Staaten', 'Canada', 'Germany',
  'Angela', 'Merkel', 'Joe', 'Biden', 'Melanie', 'Joly', "Biden's", 'Präsident', 'Außenministerin', 'Minister', 'President',
  'Dr.', 'Prof.', 'NATO', 'EU', 'UN', 'Vereinten', 'Nationen', 'Abkommen', 'Vertrag', 'Pariser', 'Klimaabkommen', 'agreement',
  'treaty', 'signed', 'unterzeichnet', 'trifft', 'met', 'traf', 'greift', 'an', 'invaded', 'Mitglied', 'member', 'of', 'der',
  'die', 'und', 'and', 'the', 'mit', 'in', 'am', '3.', 'Oktober', 'z.', 'B.', 'J.', 'Smith', '.', ',', ';', '!', '?', '…', '-',
  '–', '(', ')', '"', '„', '“', '”', "'", '’', '\n', '\n\n', '\r\n', '\t', '😀', '𝔘𝔑', '\u0000', '\u001b[1m', '\uFEFF',
  '\uD800', '\uDC00', '\u00AD', '\u200B', 'ß', 'İ', 'ǅ', 'Ⅻ', '١٢', '中国', 'Ελλάδα', 'x'.repeat(300),
];

const vocabularyText = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', '', '\n', '  ')), { maxLength: 400 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

const capitalisedRun = fc
  .array(fc.stringMatching(/^[A-ZÄÖÜ][a-zäöüß]{0,8}$/), { minLength: 1, maxLength: 400 })
  .map((words) => words.join(' '));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }), // any code points, astral and control chars included
  fc.string({ unit: 'binary-ascii', maxLength: 2000 }),
  fc.string({ unit: fc.constantFrom(...'AaKk. \n\r"’😀\uD800'), maxLength: 2000 }), // lone surrogates too
  vocabularyText,
  capitalisedRun,
);

function checkDocument(text: string, doc: DocumentObject): void {
  expectContract(doc, text);
  for (const e of doc.entities) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
}

describe('property: extract over any text', () => {
  it('property: never throws; offsets slice out the text; ids unique; relations point at entities; deterministic', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('auto', 'de', 'en') as fc.Arbitrary<'auto' | 'de' | 'en'>, (text, language) => {
        const first = extract(text, { language });
        checkDocument(text, first);
        expect(extract(text, { language })).toEqual(first);
      }),
      params(5000),
    );
  });

  it('property: the recognisers actually fire on the vocabulary (the property above is not vacuous)', () => {
    const doc = extract('Kanada und Japan. Präsident Joe Biden traf Angela Merkel. Russland greift die Ukraine an.', { language: 'de' });
    expect(doc.entities.length).toBeGreaterThanOrEqual(5);
  });
});

describe('property: extractInput over any bytes', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 4000 }),
    // text-like bytes: mostly printable with some high bytes (Latin-1 or broken UTF-8)
    fc.array(fc.oneof(fc.integer({ min: 32, max: 126 }), fc.integer({ min: 128, max: 255 }), fc.constant(10)), { maxLength: 2000 }).map((a) => Uint8Array.from(a)),
    // a BOM in front of anything
    fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 500 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
  );

  it('property: never throws; either an error object or a document keeping the contract', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const doc = extractInput({ source: 'b', bytes: b });
        if (doc.error) expect(doc).toMatchObject({ language: null, entities: [], relations: [] });
        else expectContract(doc);
      }),
      params(5000),
    );
  });
});

describe('property: encodings and line ends do not change the result', () => {
  const lfText = vocabularyText.map((t) => t.replace(/\r\n/g, '\n').replace(/[\uFEFF\u0000\uD800\uDC00]/g, ''));
  const entityIds = (doc: DocumentObject): string[] => doc.entities.map((e) => e.id).sort();
  const offsets = (doc: DocumentObject) => doc.entities.map((e) => [e.id, e.mentions.map((m) => [m.start, m.end])]);

  it('property: a UTF-8 BOM gives the same entities at the same offsets', () => {
    fc.assert(
      fc.property(lfText, (text) => {
        const plain = extractInput({ source: 't', bytes: Buffer.from(text) });
        const bom = extractInput({ source: 't', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
        expect(offsets(bom)).toEqual(offsets(plain));
      }),
      params(1000),
    );
  });

  // People too: a name never runs across a line break, LF or CRLF (`Melanie\nJoe` is no name).
  it('property: CRLF line ends give the same entities, people included, as LF', () => {
    fc.assert(
      fc.property(lfText, (text) => {
        const lf = extractInput({ source: 't', bytes: Buffer.from(text) });
        const crlf = extractInput({ source: 't', bytes: Buffer.from(text.replace(/\n/g, '\r\n')) });
        expect(entityIds(crlf)).toEqual(entityIds(lf));
      }),
      params(1000),
    );
  });
});

describe('property: adversarial inputs complete (timing belongs in the bench)', () => {
  it.each([
    ['100 kB of repeated capitalised tokens', 'Angela Merkel Kanada Vereinigten Staaten Präsident Dr. NATO '.repeat(1700)],
    ['100 kB without spaces', 'Kanada'.repeat(17_000)],
    ['100 kB of one letter', 'a'.repeat(100_000)],
    ['100 kB of periods and capitals', 'A. B. C. '.repeat(11_000)],
    ['100 kB of quotes and apostrophes', `„“'’"`.repeat(20_000)],
  ])('property: %s', (_name, text) => {
    const doc = extract(text);
    checkDocument(text, doc);
  });
});
