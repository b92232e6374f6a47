/**
 * parallel: picks in-process or pooled extraction for a batch. The pool pays off only when
 * there are several documents: its workers each build the matchers once (~start-up cost).
 */
import { availableParallelism } from 'node:os';
import { extractAll, type ExtractAllOptions, type Input } from '../index.js';
import type { DocumentObject } from '../doc.js';

export interface BatchShape {
  /** --jobs as given, or undefined. */
  jobs: number | undefined;
  paths: readonly string[];
  input: 'text' | 'jsonl';
}

/** Worker count: --jobs wins; else all CPUs when the batch has many documents, else 1 (in-process). */
export function decideJobs(shape: BatchShape, cpus: number = availableParallelism()): number {
  if (shape.jobs !== undefined) return shape.jobs;
  const many = shape.paths.length > 1 || shape.input === 'jsonl';
  return many ? Math.max(1, cpus) : 1;
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
