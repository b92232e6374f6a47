/**
 * parallel: picks in-process or pooled extraction for a batch. The pool pays off only when
 * there is enough work: each worker builds the matchers and warms up once (~150 ms), about
 * what this thread needs for 0.5–1 MB of news.
 */
import { availableParallelism } from 'node:os';
import { bytesOnDisk } from '../1-read/size.js';
import { extractAll, type ExtractAllOptions, type Input } from '../index.js';
import type { DocumentObject } from '../doc.js';

export interface BatchShape {
  /** --jobs as given, or undefined. */
  jobs: number | undefined;
  paths: readonly string[];
  input: 'text' | 'jsonl';
  /** Bytes of the named files when all are regular files (see `bytesOnDisk`); undefined: unknown. */
  bytes?: number;
}

/** Below this many bytes of named files a run is over before a worker has warmed up: it stays in this thread. */
export const SMALL_RUN_BYTES = 512 * 1024;

/**
 * Worker count: --jobs wins; else all CPUs when the batch has many documents and is not known
 * to be small, else 1 (in-process).
 */
export function decideJobs(shape: BatchShape, cpus: number = availableParallelism()): number {
  if (shape.jobs !== undefined) return shape.jobs;
  const many = shape.paths.length > 1 || shape.input === 'jsonl';
  const small = shape.bytes !== undefined && shape.bytes < SMALL_RUN_BYTES;
  return many && !small ? Math.max(1, cpus) : 1;
}

/** The bytes of the named files, counted only as far as deciding needs (see SMALL_RUN_BYTES). */
export function smallRunBytes(paths: readonly string[]): number | undefined {
  return bytesOnDisk(paths, SMALL_RUN_BYTES);
}

export async function* extractBatch(
  inputs: AsyncIterable<Input>,
  options: ExtractAllOptions,
  jobs: number,
): AsyncGenerator<DocumentObject> {
  if (jobs <= 1) return yield* extractAll(inputs, options);
  // worker_threads and the pool only for runs that use them
  const { extractParallel } = await import('./pool.js');
  yield* extractParallel(inputs, options, { jobs });
}
