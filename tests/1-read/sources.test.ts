/**
 * 1-read: every path a user can give turns into inputs or error items, and one bad path
 * never ends the batch. Permission errors are injected (tests run as root, where chmod 000
 * does not give EACCES); the real-uid case is in tests/e2e/robustness.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Input } from '../../src/index.js';

const denied = new Set<string>();
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const guard = <A extends unknown[], R>(fn: (path: string, ...rest: A) => Promise<R>) =>
    (path: string, ...rest: A): Promise<R> => {
      if (denied.has(String(path))) {
        const err = Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
        return Promise.reject(err);
      }
      return fn(path, ...rest);
    };
  return { ...real, readFile: guard(real.readFile as never), readdir: guard(real.readdir as never) };
});

const { readSources } = await import('../../src/1-read/sources.js');
const { parseRecordInput } = await import('../../src/1-read/records.js');

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-read-'));
  writeFileSync(join(dir, 'a.txt'), 'Kanada.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
  writeFileSync(join(dir, 'skip.bin'), 'not a text extension');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'b.txt'), 'Japan.');
  mkdirSync(join(dir, 'locked'));
  writeFileSync(join(dir, 'locked', 'c.txt'), 'Chile.');
  mkdirSync(join(dir, 'links'));
  symlinkSync(join(dir, 'a.txt'), join(dir, 'links', 'link.txt'));
  symlinkSync(dir, join(dir, 'links', 'loop')); // a loop back to the top: must not be entered
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  writeFileSync(join(dir, 'records.jsonl'), ['{"id":"r1","text":"Kanada."}', '{"id":"r2", broken', '', '[1]', '{"id":"r5"}', '{"id":"r6","text":"Japan."}'].join('\n'));
  denied.add(join(dir, 'locked'));
  denied.add(join(dir, 'secret.txt'));
  writeFileSync(join(dir, 'secret.txt'), 'Peru.');
});

async function collect(paths: string[], options = {}): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  for await (const input of readSources(paths, options)) out.push(summary(input));
  return out;
}

/** What an input reads as; a JSONL record line is parsed as the extractor will parse it. */
function summary(raw: Input): Record<string, unknown> {
  const input = 'record' in raw ? parseRecordInput(raw) : raw;
  if ('error' in input) return { source: input.source, error: input.error };
  if ('bytes' in input) return { source: input.source, bytes: Buffer.from(input.bytes).toString('utf8') };
  return { source: input.source, text: input.text };
}

describe('1-read: paths', () => {
  it('read: a missing file is an error item and the next path is still read', async () => {
    expect(await collect([join(dir, 'nope.txt'), join(dir, 'a.txt')])).toEqual([
      { source: join(dir, 'nope.txt'), error: 'No such file or directory' },
      { source: join(dir, 'a.txt'), bytes: 'Kanada.' },
    ]);
  });

  it('read: an unreadable file (EACCES) is an error item naming it, the others are read', async () => {
    expect(await collect([join(dir, 'secret.txt'), join(dir, 'a.txt')])).toEqual([
      { source: join(dir, 'secret.txt'), error: 'Permission denied' },
      { source: join(dir, 'a.txt'), bytes: 'Kanada.' },
    ]);
  });

  it('read: a directory is walked in name order; an unlistable subdirectory is an error item, the walk goes on', async () => {
    const items = await collect([dir]);
    expect(items.map((i) => i.source)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'big.txt'),
      join(dir, 'empty.txt'),
      join(dir, 'links', 'link.txt'),
      join(dir, 'locked'),
      join(dir, 'secret.txt'),
      join(dir, 'sub', 'b.txt'),
    ]);
    expect(items[4]).toEqual({ source: join(dir, 'locked'), error: 'Permission denied' });
    expect(items[3]).toEqual({ source: join(dir, 'links', 'link.txt'), bytes: 'Kanada.' });
  });

  it('read: an empty file is an input with no bytes, not an error', async () => {
    expect(await collect([join(dir, 'empty.txt')])).toEqual([{ source: join(dir, 'empty.txt'), bytes: '' }]);
  });

  it('read: a FIFO is refused without blocking', async () => {
    expect(await collect([join(dir, 'fifo')])).toEqual([
      { source: join(dir, 'fifo'), error: 'a FIFO, not a regular file (use - for stdin)' },
    ]);
  });

  it('read: a file above the size limit is refused with its size and the limit', async () => {
    expect(await collect([join(dir, 'big.txt'), join(dir, 'a.txt')], { maxFileSize: 1000 })).toEqual([
      { source: join(dir, 'big.txt'), error: 'file too large (2000 bytes, limit 1000)' },
      { source: join(dir, 'a.txt'), bytes: 'Kanada.' },
    ]);
  });

  it('read: stdin above the size limit is refused too (and drained)', async () => {
    const stdin = Readable.from([Buffer.alloc(600, 97), Buffer.alloc(600, 97)]);
    expect(await collect(['-'], { stdin, maxFileSize: 1000 })).toEqual([{ source: '-', error: 'file too large (1200 bytes, limit 1000)' }]);
  });
});

describe('1-read: JSON Lines', () => {
  it('read: JSONL lines are handed on unparsed, named file:line, for the extractor (a worker) to parse', async () => {
    const file = join(dir, 'records.jsonl');
    const inputs: Input[] = [];
    for await (const input of readSources([file], { input: 'jsonl' })) inputs.push(input);
    const first = inputs[0] as { record: unknown };
    // as bytes: the main thread of a pooled run never decodes a record
    expect(first.record).toBeInstanceOf(Uint8Array);
    expect({ ...first, record: Buffer.from(first.record as Uint8Array).toString('utf8') }).toEqual({
      source: `${file}:1`,
      file,
      line: 1,
      record: '{"id":"r1","text":"Kanada."}',
    });
    expect(inputs.map((i) => i.source)).toEqual([1, 2, 4, 5, 6].map((n) => `${file}:${n}`));
  });

  it('read: a malformed line is an error naming its line number; the other records are still read', async () => {
    const file = join(dir, 'records.jsonl');
    expect(await collect([file], { input: 'jsonl' })).toEqual([
      { source: 'r1', text: 'Kanada.' },
      { source: `${file}:2`, error: 'line 2: invalid JSON' },
      { source: `${file}:4`, error: 'line 4: a record must be a JSON object with "id" and "text"' },
      { source: 'r5', error: 'line 5: record has no string "text"' },
      { source: 'r6', text: 'Japan.' },
    ]);
  });

  it.each([
    ['ASCII whitespace', ' \t\v\f'],
    ['a no-break space', '\u00A0'],
    ['an ideographic space and an em space', '\u3000 \u2003'],
    ['a byte order mark', '\uFEFF'],
  ])('read: a JSONL line of %s is blank and skipped, as trim() sees it; line numbers go on', async (_name, blank) => {
    const stdin = Readable.from([Buffer.from(`{"id":"a","text":"x"}\n${blank}\n{"id":"b","text":"y"}\n`)]);
    const sources: string[] = [];
    for await (const input of readSources(['-'], { input: 'jsonl', stdin })) sources.push(input.source);
    expect(sources).toEqual(['-:1', '-:3']);
  });

  it.each([
    ['a non-breaking space before the record', Buffer.from('\u00A0{"id":"a","text":"x"}')],
    ['invalid UTF-8 bytes', Buffer.from([0xff, 0xfe, 0x20])],
    ['a lone continuation byte', Buffer.from([0x80])],
    ['a BOM after line 1', Buffer.from('\uFEFF{"id":"a","text":"x"}')],
  ])('read: a JSONL line with %s is a record, decoded as buffer.toString() decodes it', async (_name, line) => {
    const stdin = Readable.from([Buffer.concat([Buffer.from('\n'), line, Buffer.from('\n')])]);
    const inputs: Input[] = [];
    for await (const input of readSources(['-'], { input: 'jsonl', stdin })) inputs.push(input);
    expect(inputs).toHaveLength(1);
    const record = (inputs[0] as { record: Uint8Array }).record;
    expect(Buffer.from(record).toString('utf8')).toBe(line.toString('utf8'));
    expect(summary(inputs[0]!)).toEqual(summary({ source: '-:2', file: '-', line: 2, record: line.toString('utf8') }));
  });

  it('read: CRLF and a BOM in JSONL stdin are not part of the records', async () => {
    const stdin = Readable.from([Buffer.from('\uFEFF{"id":"a","text":"x"}\r\n{"id":"b","text":"y"}\r\n')]);
    expect(await collect(['-'], { input: 'jsonl', stdin })).toEqual([
      { source: 'a', text: 'x' },
      { source: 'b', text: 'y' },
    ]);
  });
});
