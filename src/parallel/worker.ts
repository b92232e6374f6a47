/**
 * parallel: one pool worker. Builds the matchers once (the lexicon cache lives per thread),
 * then answers each batch of inputs (their bytes in one buffer, wire.ts) with their document
 * objects as UTF-8 JSON in one buffer, which it transfers back (moved, not cloned) with the
 * batch's input buffer, for the pool to fill again. Before each
 * input it notes `[batch, index]` in the shared progress cell, so that if the input kills the
 * thread the pool knows which one it was. Options (language, types, explain, gazetteer
 * entries) arrive once, via workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractInput, type Input } from '../index.js';
import type { DocumentObject } from '../doc.js';
import type { BatchMessage, ResultMessage, WorkerSetup } from './pool.js';
import { packResults, unpackInputs } from './wire.js';

const { options, progress } = workerData as WorkerSetup;

parentPort?.on('message', ({ seq, batch }: BatchMessage) => {
  const results = packResults(extractEach(seq, unpackInputs(batch)));
  // the input bytes go back too, for a batch to come: the inputs made of them are done with
  const answer: ResultMessage = { seq, results, spent: batch.bytes };
  parentPort?.postMessage(answer, [answer.results.json.buffer as ArrayBuffer, batch.bytes.buffer as ArrayBuffer]);
});

/** The documents of a batch, extracted one at a time, as packResults takes them. */
function* extractEach(seq: number, inputs: readonly Input[]): Generator<DocumentObject> {
  for (let i = 0; i < inputs.length; i++) {
    // the index first: while the two disagree, the cell names a batch that is not running
    Atomics.store(progress, 1, i);
    Atomics.store(progress, 0, seq);
    yield extractInput(inputs[i]!, options);
  }
}
