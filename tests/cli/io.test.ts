/**
 * cli/io: the Output's reaction to a closed pipe and to a full disk, and the process-wide
 * crash guard, with fake streams (the real pipes are in tests/e2e/robustness.test.ts).
 */
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { guardProcess, Output } from '../../src/cli/io.js';
import { parseSize } from '../../src/cli/options.js';

function failingStream(code: string): Writable {
  return new Writable({
    write(_chunk, _enc, callback) {
      callback(Object.assign(new Error(`${code}: failed`), { code }));
    },
  });
}

function collector(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, callback) {
      text += String(chunk);
      callback();
    },
  });
  return { stream, text: () => text };
}

describe('cli/io: Output', () => {
  it('io: EPIPE closes the output quietly: no failure message, later writes are dropped', async () => {
    const out = new Output(failingStream('EPIPE'));
    await out.write('first\n');
    await out.flush();
    expect(out.closed).toBe(true);
    expect(out.failure).toBeUndefined();
    expect(out.stopped).toBe(true);
    await out.write('second\n'); // must not throw or hang
  });

  it('io: ENOSPC is a write error with the system message', async () => {
    const out = new Output(failingStream('ENOSPC'));
    await out.write('x\n');
    await out.flush();
    expect(out.closed).toBe(false);
    expect(out.failure).toBe('write error: No space left on device');
  });

  it('io: data written to a working stream arrives complete and in order', async () => {
    const sink = collector();
    const out = new Output(sink.stream);
    for (let i = 0; i < 1000; i++) await out.write(`${i}\n`);
    await out.flush();
    expect(sink.text().split('\n').length).toBe(1001);
    expect(out.stopped).toBe(false);
  });

  it('io: chunks written in one turn of the event loop reach the stream as one write', async () => {
    const writes: string[] = [];
    const out = new Output(new Writable({ write: (chunk, _enc, cb) => (writes.push(String(chunk)), cb()) }));
    for (let i = 0; i < 50; i++) await out.write(`${i}\n`);
    await out.flush();
    expect(writes.filter((w) => w !== '')).toEqual([Array.from({ length: 50 }, (_, i) => `${i}\n`).join('')]);
  });

  it('io: string and byte chunks, alone or in lists, arrive in order as one write of bytes', async () => {
    const writes: unknown[] = [];
    const out = new Output(new Writable({ write: (chunk, _enc, cb) => (writes.push(chunk), cb()) }));
    const bytes = (s: string) => new TextEncoder().encode(s);
    await out.write('[');
    await out.write(['\n', bytes('{"a":"ä🙂"}')]);
    await out.write([',\n', bytes('{"b":"€"}'), '']);
    await out.write(bytes(''));
    await out.write('\n]\n');
    await out.flush();
    const data = writes.filter((w) => (w as { length: number }).length > 0);
    expect(data).toHaveLength(1);
    expect(Buffer.isBuffer(data[0])).toBe(true);
    expect(String(data[0])).toBe('[\n{"a":"ä🙂"},\n{"b":"€"}\n]\n');
  });

  it('io: many byte chunks go out in order, past the batch size too', async () => {
    const sink = collector();
    const out = new Output(sink.stream);
    const want: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const line = `{"n":${i},"t":"${'ß'.repeat(i % 50)}"}`;
      want.push(line);
      await out.write(i % 3 === 0 ? `${line}\n` : [new TextEncoder().encode(line), '\n']);
    }
    await out.flush();
    expect(sink.text()).toBe(`${want.join('\n')}\n`);
  });

  it('io: a write buffer is reused only after the stream is done with it (a slow reader gets every byte intact)', async () => {
    const kept: Array<{ chunk: Buffer; copy: string }> = [];
    // a high-water mark above all the data: the Output never waits, so writes overlap
    const slow = new Writable({
      highWaterMark: 16 * 1024 * 1024,
      // read the chunk only when done with it, as a pipe's write completes later
      write: (chunk: Buffer, _enc, cb) => {
        setTimeout(() => {
          kept.push({ chunk, copy: chunk.toString('utf8') });
          cb();
        }, 1);
      },
    });
    const out = new Output(slow);
    const want: string[] = [];
    for (let i = 0; i < 40; i++) {
      const line = `${i}:${'é'.repeat(30_000 + i)}`;
      want.push(line);
      await out.write([new TextEncoder().encode(line), '\n']);
    }
    await out.flush();
    // no later write overwrote a chunk before the stream was done with it
    expect(kept.map((k) => k.copy).join('')).toBe(`${want.join('\n')}\n`);
  });

  it('io: once the stream is done with a write buffer, the next byte write reuses it', async () => {
    const buffers: ArrayBufferLike[] = [];
    const out = new Output(new Writable({ write: (chunk: Buffer, _enc, cb) => (buffers.push(chunk.buffer), cb()) }));
    for (let i = 0; i < 30; i++) {
      await out.write([new TextEncoder().encode('x'.repeat(70 * 1024)), '\n']);
      // documents arrive over turns of the event loop, as from the pool
      await new Promise((resolve) => setImmediate(resolve));
    }
    await out.flush();
    expect(buffers.length).toBeGreaterThanOrEqual(30);
    expect(new Set(buffers).size).toBeLessThanOrEqual(3);
  });

  it('io: EPIPE while writing bytes closes the output quietly too', async () => {
    const out = new Output(failingStream('EPIPE'));
    await out.write([new TextEncoder().encode('{}'), '\n']);
    await out.flush();
    expect(out.closed).toBe(true);
    expect(out.failure).toBeUndefined();
  });

  it('io: a held chunk goes out when the loop turns, without a flush (a reader gets each document soon)', async () => {
    const sink = collector();
    const out = new Output(sink.stream);
    await out.write('first\n');
    expect(sink.text()).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sink.text()).toBe('first\n');
  });

  it('io: a writer waits while the stream is over its high-water mark, and goes on after drain', async () => {
    let release: (() => void) | undefined;
    const slow = new Writable({ highWaterMark: 16, write: (_chunk, _enc, cb) => (release = cb) });
    const out = new Output(slow);
    let resolved = false;
    void out.write('x'.repeat(70 * 1024)).then(() => (resolved = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(resolved).toBe(false);
    release!();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(resolved).toBe(true);
  });
});

describe('cli/io: guardProcess', () => {
  function fakeProcess(env: NodeJS.ProcessEnv = {}) {
    const emitter = new EventEmitter();
    const stderr = collector();
    const exits: number[] = [];
    const proc = Object.assign(emitter, { stderr: stderr.stream, env, exit: (code: number) => void exits.push(code) });
    guardProcess(proc);
    return { proc, stderr, exits };
  }

  it.each([
    ['unhandledRejection', new Error('boom')],
    ['uncaughtException', new TypeError('boom')],
    ['unhandledRejection', 'boom'],
  ])('io: %s prints one line without a stack and exits 2', async (event, err) => {
    const { proc, stderr, exits } = fakeProcess();
    proc.emit(event, err);
    await new Promise((r) => setImmediate(r));
    expect(stderr.text()).toBe('extract: internal error: boom\n');
    expect(exits).toEqual([2]);
  });

  it('io: with EXTRACT_DEBUG the stack follows the message', async () => {
    const { proc, stderr } = fakeProcess({ EXTRACT_DEBUG: '1' });
    proc.emit('uncaughtException', new Error('boom'));
    await new Promise((r) => setImmediate(r));
    expect(stderr.text()).toMatch(/^extract: internal error: boom\nError: boom\n\s+at /);
  });

  it('io: an EPIPE that escapes the Output ends the process quietly with 0', async () => {
    const { proc, stderr, exits } = fakeProcess();
    proc.emit('uncaughtException', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([0]);
    expect(stderr.text()).toBe('');
  });

  it('io: an error on stderr itself does not crash the process', () => {
    const { proc } = fakeProcess();
    expect(() => proc.stderr.emit('error', new Error('EPIPE'))).not.toThrow();
  });
});

describe('cli/options: --max-filesize', () => {
  it.each([
    ['1000', 1000],
    ['500K', 500 * 1024],
    ['10m', 10 * 1024 ** 2],
    ['1G', 1024 ** 3],
  ])('options: %s is %d bytes', (value, bytes) => {
    expect(parseSize(value)).toBe(bytes);
  });

  it.each(['', 'ten', '1.5M', '-3', '5T'])('options: %j is a usage error', (value) => {
    expect(() => parseSize(value)).toThrow(/--max-filesize needs a size/);
  });
});
