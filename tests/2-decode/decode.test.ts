/**
 * 2-decode: bytes → text. BOMs, UTF-16, Windows-1252, stray bytes, binary detection, and
 * (through extractInput) that offsets point into the decoded text without BOM.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { binaryReason, decode } from '../../src/2-decode/decode.js';
import { extractInput } from '../../src/index.js';
import { expectContract } from '../helpers/contract.js';

const SENTENCE = 'Kanada und Österreich verhandeln mit Japan über ein Abkommen.';
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

describe('2-decode: encodings', () => {
  it.each([
    ['plain UTF-8', utf8(SENTENCE), 'utf-8'],
    ['UTF-8 with BOM (BOM removed)', Buffer.concat([BOM8, utf8(SENTENCE)]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)]), 'utf-16be'],
    ['Latin-1 bytes', iconv.encode(SENTENCE, 'latin1'), 'windows-1252'],
  ])('decode: %s gives the same text', (_name, bytes, encoding) => {
    const d = decode(bytes);
    expect(d.text).toBe(SENTENCE);
    expect(d.encoding).toBe(encoding);
  });

  it('decode: Windows-1252 smart quotes, euro sign and umlauts', () => {
    const text = '„Österreich“ zahlt 5 € – sagt ‚man‘ … “quoted” ’s';
    const d = decode(iconv.encode(text, 'windows-1252'));
    expect(d.text).toBe(text);
    expect(d.warning).toBe('not UTF-8, decoded as Windows-1252');
  });

  it('decode: a stray invalid byte in UTF-8 text becomes U+FFFD with a warning, the rest stays UTF-8', () => {
    const bytes = Buffer.concat([utf8('Kanada '), Buffer.from([0xff]), utf8(' und Österreich.')]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Kanada \uFFFD und Österreich.');
    expect(d.warning).toBe('1 invalid UTF-8 byte replaced with U+FFFD');
  });

  it('decode: valid UTF-8 has no warning; empty input is empty text', () => {
    expect(decode(utf8(SENTENCE)).warning).toBeUndefined();
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });

  it.each([
    ['a NUL byte', Buffer.from('abc\0def'), 'contains NUL bytes'],
    ['mostly control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 65))), 'mostly control characters'],
    ['a NUL after a UTF-8 BOM', Buffer.concat([BOM8, Buffer.from('a\0b')]), 'contains NUL bytes'],
  ])('decode: %s is binary', (_name, bytes, reason) => {
    expect(() => decode(bytes)).toThrow(`binary file (${reason}), skipped`);
  });

  it.each([
    ['text with tabs, CRLF and an ANSI escape', Buffer.from('a\tb\r\n\u001b[1mbold\u001b[0m\f'.repeat(10))],
    ['UTF-16 (NULs after its BOM)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('plain', 'utf16le')])],
  ])('decode: %s is not binary', (_name, bytes) => {
    expect(() => decode(bytes)).not.toThrow();
    if (bytes[0] !== 0xff) expect(binaryReason(bytes)).toBeUndefined();
  });
});

describe('2-decode: offsets through extractInput', () => {
  const ids = (bytes: Buffer): string[] => extractInput({ source: 't', bytes }, { language: 'de' }).entities.map((e) => e.id).sort();
  const mentions = (bytes: Buffer) =>
    extractInput({ source: 't', bytes }, { language: 'de' }).entities.flatMap((e) => e.mentions.map((m) => [e.id, m.start, m.end, m.text]));

  it('decode: a UTF-8 BOM does not shift offsets (they index the text without BOM)', () => {
    const plain = mentions(utf8(SENTENCE));
    expect(plain.length).toBeGreaterThanOrEqual(3);
    expect(mentions(Buffer.concat([BOM8, utf8(SENTENCE)]))).toEqual(plain);
    const doc = extractInput({ source: 't', bytes: Buffer.concat([BOM8, utf8(SENTENCE)]) }, { language: 'de' });
    expectContract(doc, SENTENCE);
  });

  it.each([
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)])],
    ['Windows-1252', iconv.encode(SENTENCE, 'windows-1252')],
  ])('decode: %s gives the same mentions and offsets as UTF-8', (_name, bytes) => {
    expect(mentions(bytes)).toEqual(mentions(utf8(SENTENCE)));
  });

  it('decode: CRLF line ends give the same entities as LF', () => {
    const lf = 'Kanada und Japan verhandeln.\nDie Außenministerin Melanie Joly reiste nach Österreich.\n\nRussland greift die Ukraine an.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(ids(utf8(crlf))).toEqual(ids(utf8(lf)));
    expect(ids(utf8(lf)).length).toBeGreaterThanOrEqual(4);
    expectContract(extractInput({ source: 't', bytes: utf8(crlf) }), crlf);
  });

  it('decode: a binary input becomes an error object, never a throw', () => {
    expect(extractInput({ source: 'x.bin', bytes: Buffer.from('PK\0\0') })).toEqual({
      source: 'x.bin', language: null, entities: [], relations: [], error: 'binary file (contains NUL bytes), skipped',
    });
  });

  it('decode: the stray-byte warning reaches the document object', () => {
    const doc = extractInput({ source: 't', bytes: Buffer.concat([utf8('Kanada '), Buffer.from([0xc3]), utf8(' Österreich')]) });
    expect(doc.warnings).toEqual(['1 invalid UTF-8 byte replaced with U+FFFD']);
  });
});
