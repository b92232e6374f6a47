/**
 * 1-read: splitLines gives the lines readline gives (crlfDelay: Infinity), wherever the
 * stream's chunks happen to end: line numbers in error messages depend on it.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isBlankLine, splitLineBytes, splitLines, withoutBom } from '../../src/1-read/lines.js';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

/** The bytes cut into chunks at the given offsets. */
function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const chunks: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  return chunks;
}

async function viaReadline(bytes: Buffer): Promise<string[]> {
  return collect(createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity }));
}

describe('1-read/lines: splitLines', () => {
  it.each([
    ['one line, no break', 'a', ['a']],
    ['a final line break adds no empty line', 'a\nb\n', ['a', 'b']],
    ['blank lines are lines', 'a\n\n\nb', ['a', '', '', 'b']],
    ['\\r\\n is one break', 'a\r\nb\r\n', ['a', 'b']],
    ['a lone \\r is a break', 'a\rb', ['a', 'b']],
    ['\\r\\r\\n is two breaks', 'a\r\r\nb', ['a', '', 'b']],
    ['a final \\r ends the last line', 'a\r', ['a']],
    ['multi-byte characters survive', '{"text":"Äußerst – ünd 🇩🇪"}\n{"text":"€"}', ['{"text":"Äußerst – ünd 🇩🇪"}', '{"text":"€"}']],
    ['empty stream', '', []],
  ])('%s', async (_name, text, expected) => {
    const bytes = Buffer.from(text);
    expect(await collect(splitLines([bytes]))).toEqual(expected);
    expect(await viaReadline(bytes)).toEqual(expected);
  });

  it('gives the same lines for every cut of the stream into two or three chunks', async () => {
    const bytes = Buffer.from('{"id":1}\r\n\r{"t":"Grüße"}\n\n{"t":"x\\ny"}\r\r\nlast');
    const expected = await viaReadline(bytes);
    for (let i = 0; i <= bytes.length; i++) {
      for (let j = i; j <= bytes.length; j += 3) {
        expect(await collect(splitLines(chunked(bytes, [i, j])))).toEqual(expected);
      }
    }
  });

  it('joins a line spread over many chunks once', async () => {
    const long = 'x'.repeat(10_000);
    const bytes = Buffer.from(`${long}\n${long}`);
    const cuts = Array.from({ length: 199 }, (_, k) => (k + 1) * 100);
    expect(await collect(splitLines(chunked(bytes, cuts)))).toEqual([long, long]);
  });

  it('matches readline on random text with breaks and multi-byte characters', async () => {
    const alphabet = ['a', 'ß', '€', '🙂', '\n', '\r', '\r\n', ' ', '"'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let k = random(40); k > 0; k--) text += alphabet[random(alphabet.length)];
      const bytes = Buffer.from(text);
      const cuts = [random(bytes.length + 1), random(bytes.length + 1)].sort((a, b) => a - b);
      expect(await collect(splitLines(chunked(bytes, cuts)))).toEqual(await viaReadline(bytes));
    }
  });
});

describe('1-read/lines: splitLineBytes, isBlankLine, withoutBom', () => {
  /** A little generator of its own, so a failing round can be replayed. */
  function randomFrom(seed: number): (n: number) => number {
    return (n) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
  }

  async function collectBytes(lines: AsyncIterable<Buffer>): Promise<Buffer[]> {
    const out: Buffer[] = [];
    for await (const line of lines) out.push(Buffer.from(line));
    return out;
  }

  it('lines: lines split as bytes are the lines split as strings, on random chunkings and bad bytes', async () => {
    const pieces = [Buffer.from('a'), Buffer.from('ß'), Buffer.from('🙂'), Buffer.from('\n'), Buffer.from('\r'), Buffer.from('\r\n'), Buffer.from([0xff]), Buffer.from([0xe2, 0x82])];
    const random = randomFrom(11);
    for (let round = 0; round < 300; round++) {
      const parts: Buffer[] = [];
      for (let k = random(30); k > 0; k--) parts.push(pieces[random(pieces.length)]!);
      const bytes = Buffer.concat(parts);
      const cuts = Array.from({ length: random(4) }, () => random(bytes.length + 1)).sort((a, b) => a - b);
      const asBytes = await collectBytes(splitLineBytes(chunked(bytes, cuts)));
      const asText = await collect(splitLines(chunked(bytes, cuts)));
      expect(asBytes.map((line) => line.toString('utf8'))).toEqual(asText);
      expect(asText).toEqual(await viaReadline(bytes));
      // no byte is lost or added: the lines and their breaks make up the stream
      const breakBytes = (bytes.toString('latin1').match(/\r\n|\r|\n/g) ?? []).join('').length;
      expect(Buffer.concat(asBytes).length).toBe(bytes.length - breakBytes);
    }
  });

  it.each([
    ['', true],
    [' \t\r\v\f', true],
    ['\u00A0', true],
    ['\u2003\u3000 ', true],
    ['\uFEFF', true],
    ['\u00A0x', false],
    ['ä', false],
    [' {}', false],
    ['\u200B', false], // a zero-width space is no whitespace to trim()
  ])('lines: %j is blank: %s (as trim() says)', (text, blank) => {
    expect(isBlankLine(Buffer.from(text))).toBe(blank);
    expect(text.trim() === '').toBe(blank);
  });

  it('lines: isBlankLine agrees with trim() on random lines of spaces, Unicode spaces and bad bytes', () => {
    const pieces = [' ', '\t', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u0085', '\u1680', 'x', 'é'].map((p) => Buffer.from(p));
    pieces.push(Buffer.from([0xc2]), Buffer.from([0xa0]), Buffer.from([0xff]));
    const random = randomFrom(5);
    for (let round = 0; round < 500; round++) {
      const line = Buffer.concat(Array.from({ length: random(5) }, () => pieces[random(pieces.length)]!));
      expect(isBlankLine(line)).toBe(line.toString('utf8').trim() === '');
    }
  });

  it.each([
    ['\uFEFF{"id":1}', '{"id":1}'],
    ['\uFEFF\uFEFF{}', '\uFEFF{}'],
    ['{}\uFEFF', '{}\uFEFF'],
    ['\uFEFF', ''],
    ['', ''],
  ])('lines: withoutBom(%j) is %j, as replace(/^\\uFEFF/) gives', (text, want) => {
    expect(withoutBom(Buffer.from(text)).toString('utf8')).toBe(want);
    expect(text.replace(/^\uFEFF/, '')).toBe(want);
  });

  it('lines: a cut BOM (two of its bytes) stays: it is not a BOM', () => {
    const cut = Buffer.from([0xef, 0xbb, 0x7b]);
    expect(withoutBom(cut)).toEqual(cut);
  });
});

