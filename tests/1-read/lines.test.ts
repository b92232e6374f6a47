/**
 * 1-read: splitLines gives the lines readline gives (crlfDelay: Infinity), wherever the
 * stream's chunks happen to end: line numbers in error messages depend on it.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/1-read/lines.js';

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
