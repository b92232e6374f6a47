/**
 * parallel: the pool keeps input order, maps a worker crash to the input it was running,
 * and never reads further ahead than its window.
 */
import { describe, expect, it } from 'vitest';
import { extractParallel } from '../../src/parallel/pool.js';
import { decideJobs } from '../../src/parallel/index.js';
import type { Input } from '../../src/index.js';

const ECHO = new URL('./fixtures/echo-worker.mjs', import.meta.url);

async function collect(inputs: Iterable<Input> | AsyncIterable<Input>, jobs = 2, window?: number) {
  const out = [];
  for await (const doc of extractParallel(inputs, {}, { jobs, window, workerUrl: ECHO })) out.push(doc);
  return out;
}

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
    expect(docs.map((d) => [d.source, d.error ?? (d as unknown as { text: string }).text])).toEqual([
      ['a', 'alpha'],
      ['b', 'No such file'],
      ['c', 'gamma'],
    ]);
  });

  it.each(['throw', 'exit'])('parallel: a worker that dies (%s) costs only its own input', async (how) => {
    const inputs = texts(20);
    inputs[7] = { source: `doc-7-${how}`, text: 'x' };
    inputs[15] = { source: `doc-15-${how}`, text: 'y' };
    const docs = await collect(inputs, 2);
    expect(docs.map((d) => d.source)).toEqual(inputs.map((i) => i.source));
    const failed = docs.filter((d) => d.error).map((d) => d.source);
    expect(failed).toEqual([`doc-7-${how}`, `doc-15-${how}`]);
    expect(docs[7]!.error).toMatch(/worker crashed/);
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

describe('parallel: decideJobs', () => {
  it.each([
    [{ jobs: 3, paths: ['a'], input: 'text' as const }, 3],
    [{ jobs: undefined, paths: ['a'], input: 'text' as const }, 1],
    [{ jobs: undefined, paths: ['a', 'b'], input: 'text' as const }, 4],
    [{ jobs: undefined, paths: ['-'], input: 'jsonl' as const }, 4],
    [{ jobs: 1, paths: ['a', 'b'], input: 'jsonl' as const }, 1],
  ])('parallel: %j → %i workers on 4 CPUs', (shape, want) => {
    expect(decideJobs(shape, 4)).toBe(want);
  });
});
