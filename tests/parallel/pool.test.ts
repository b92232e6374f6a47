/**
 * parallel: the pool keeps input order, maps a worker crash to the input it was running,
 * and never reads further ahead than its window.
 */
import { describe, expect, it } from 'vitest';
import { extractParallel } from '../../src/parallel/pool.js';
import { decideJobs, SMALL_RUN_BYTES } from '../../src/parallel/index.js';
import type { Input } from '../../src/index.js';
import { serialize, type DocumentObject } from '../../src/doc.js';

const ECHO = new URL('./fixtures/echo-worker.mjs', import.meta.url);
const BROKEN = new URL('./fixtures/broken-worker.mjs', import.meta.url);

async function collect(inputs: Iterable<Input> | AsyncIterable<Input>, jobs = 2, window?: number, batchItems?: number) {
  const out = [];
  for await (const doc of extractParallel(inputs, {}, { jobs, window, batchItems, workerUrl: ECHO })) out.push(doc);
  return out;
}

/** The text the echo worker put into the document's JSON. */
const echoed = (doc: DocumentObject): string => (JSON.parse(serialize(doc)) as { text: string }).text;

const texts = (n: number): Input[] => Array.from({ length: n }, (_, i) => ({ source: `doc-${i}`, text: `t${i}` }));

describe('parallel pool', () => {
  it.each([1, 2, 3])('parallel: keeps input order with %i workers', async (jobs) => {
    const docs = await collect(texts(60), jobs);
    expect(docs.map((d) => d.source)).toEqual(texts(60).map((t) => t.source));
  });

  it('parallel: bytes reach the worker (transferred) and read errors pass through in place', async () => {
    const inputs: Input[] = [
      { source: 'a', bytes: new TextEncoder().encode('alpha') },
      { source: 'b', error: 'No such file' },
      { source: 'c', text: 'gamma' },
    ];
    const docs = await collect(inputs);
    expect(docs.map((d) => [d.source, d.error ?? echoed(d)])).toEqual([
      ['a', 'alpha'],
      ['b', 'No such file'],
      ['c', 'gamma'],
    ]);
  });

  it.each([
    ['throw', 32],
    ['exit', 32],
    ['throw', 1],
    ['exit', 5],
  ])('parallel: a worker that dies (%s, batches of %i) costs only its own input', async (how, batchItems) => {
    const inputs = texts(40);
    inputs[7] = { source: `doc-7-${how}`, text: 'x' };
    inputs[15] = { source: `doc-15-${how}`, text: 'y' };
    const docs = await collect(inputs, 2, undefined, batchItems);
    expect(docs.map((d) => d.source)).toEqual(inputs.map((i) => i.source));
    const failed = docs.filter((d) => d.error).map((d) => d.source);
    expect(failed).toEqual([`doc-7-${how}`, `doc-15-${how}`]);
    expect(docs[7]!.error).toMatch(/worker crashed/);
    // the inputs that shared a batch with the culprit still have their own result
    expect(docs.filter((d) => !d.error).map(echoed)).toEqual(inputs.filter((_, i) => i !== 7 && i !== 15).map((i) => (i as { text: string }).text));
  });

  it.each([
    ['throw', 32],
    ['exit', 3],
  ])('parallel: after a worker dies (%s, batches of %i), the rest of its batch runs again with its bytes whole', async (how, batchItems) => {
    const inputs: Input[] = Array.from({ length: 12 }, (_, i) =>
      i % 2 === 0
        ? { source: `r:${i}`, file: 'r', line: i, record: Buffer.from(`Grüße ${i} 🙂`) }
        : { source: `f${i}`, bytes: new TextEncoder().encode(`Äpfel ${i}`) },
    );
    inputs[5] = { source: `f5-${how}`, bytes: new TextEncoder().encode('x') };
    const docs = await collect(inputs, 2, undefined, batchItems);
    expect(docs.map((d) => d.source)).toEqual(inputs.map((i) => i.source));
    expect(docs[5]!.error).toMatch(/worker crashed/);
    const textOf = (input: Input): string => Buffer.from((input as { record?: Uint8Array }).record ?? (input as { bytes: Uint8Array }).bytes).toString('utf8');
    expect(docs.filter((d) => !d.error).map(echoed)).toEqual(inputs.filter((_, i) => i !== 5).map(textOf));
  });

  it('parallel: many inputs travel in batches, not one message each', async () => {
    const docs = await collect(texts(200), 2, undefined, 32);
    expect(docs).toHaveLength(200);
    // the echo worker reports nothing about batches in the documents; count the messages instead
    const messages = await countMessages(texts(200), 32);
    expect(messages).toBeLessThan(30);
  });

  it('parallel: a worker that cannot start fails the run with one clear error, not a respawn loop', async () => {
    const run = async () => {
      for await (const _doc of extractParallel(texts(5), {}, { jobs: 2, workerUrl: BROKEN })) void _doc;
    };
    await expect(run()).rejects.toThrow(/cannot start worker threads: cannot load lexicons/);
  });

  it('parallel: reads at most the window ahead of what it has yielded', async () => {
    let read = 0;
    let maxAhead = 0;
    let yielded = 0;
    async function* source(): AsyncGenerator<Input> {
      for (const t of texts(100)) {
        read++;
        maxAhead = Math.max(maxAhead, read - yielded);
        yield t;
      }
    }
    for await (const _doc of extractParallel(source(), {}, { jobs: 2, window: 8, workerUrl: ECHO })) yielded++;
    expect(yielded).toBe(100);
    expect(maxAhead).toBeLessThanOrEqual(9);
  });

  it('parallel: stopping early (a closed pipe) ends the workers and the input', async () => {
    let read = 0;
    async function* source(): AsyncGenerator<Input> {
      for (const t of texts(1000)) {
        read++;
        yield t;
      }
    }
    const got: string[] = [];
    for await (const doc of extractParallel(source(), {}, { jobs: 2, window: 8, workerUrl: ECHO })) {
      got.push(doc.source);
      if (got.length === 3) break;
    }
    expect(got).toEqual(['doc-0', 'doc-1', 'doc-2']);
    expect(read).toBeLessThan(20);
  });
});

/** Messages sent to workers for `inputs` (the pool posts one per batch). */
async function countMessages(inputs: Input[], batchItems: number): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const post = Worker.prototype.postMessage;
  let count = 0;
  Worker.prototype.postMessage = function (this: InstanceType<typeof Worker>, ...args: Parameters<typeof post>) {
    count++;
    return post.apply(this, args);
  };
  try {
    for await (const _doc of extractParallel(inputs, {}, { jobs: 2, batchItems, workerUrl: ECHO })) void _doc;
  } finally {
    Worker.prototype.postMessage = post;
  }
  return count;
}

describe('parallel: decideJobs', () => {
  it.each([
    [{ jobs: 3, paths: ['a'], input: 'text' as const }, 3],
    [{ jobs: undefined, paths: ['a'], input: 'text' as const }, 1],
    [{ jobs: undefined, paths: ['a', 'b'], input: 'text' as const }, 4],
    [{ jobs: undefined, paths: ['-'], input: 'jsonl' as const }, 4],
    [{ jobs: 1, paths: ['a', 'b'], input: 'jsonl' as const }, 1],
    [{ jobs: undefined, paths: ['a', 'b'], input: 'text' as const, bytes: 20_000 }, 1],
    [{ jobs: undefined, paths: ['a.jsonl'], input: 'jsonl' as const, bytes: 100_000 }, 1],
    [{ jobs: undefined, paths: ['a', 'b'], input: 'text' as const, bytes: SMALL_RUN_BYTES }, 4],
    [{ jobs: 2, paths: ['a', 'b'], input: 'text' as const, bytes: 20 }, 2],
  ])('parallel: %j → %i workers on 4 CPUs', (shape, want) => {
    expect(decideJobs(shape, 4)).toBe(want);
  });
});
