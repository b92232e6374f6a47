/**
 * parallel: one pool worker. Builds the matchers once (the lexicon cache lives per thread),
 * then answers each batch of inputs (their bytes in one buffer, wire.ts) with their document
 * objects as UTF-8 JSON in one buffer, which it transfers back (moved, not cloned). Before each
 * input it notes `[batch, index]` in the shared progress cell, so that if the input kills the
 * thread the pool knows which one it was. Options (language, types, explain, gazetteer
 * entries) arrive once, via workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractInput } from '../index.js';
import type { DocumentObject } from '../doc.js';
import type { BatchMessage, ResultMessage, WorkerSetup } from './pool.js';
import { packResults, unpackInputs } from './wire.js';

const { options, progress } = workerData as WorkerSetup;

parentPort?.on('message', ({ seq, batch }: BatchMessage) => {
  const inputs = unpackInputs(batch);
  const docs: DocumentObject[] = [];
  for (let i = 0; i < inputs.length; i++) {
    // the index first: while the two disagree, the cell names a batch that is not running
    Atomics.store(progress, 1, i);
    Atomics.store(progress, 0, seq);
    docs.push(extractInput(inputs[i]!, options));
  }
  const answer: ResultMessage = { seq, results: packResults(docs) };
  parentPort?.postMessage(answer, [answer.results.json.buffer as ArrayBuffer]);
});
