/**
 * parallel: a worker_threads pool behind the same contract as `extractAll` — documents come
 * out in input order, each as soon as it and all before it are done.
 *
 * Inputs travel in batches (one message per batch, not per document: a message costs a
 * thread wake-up and a structured clone, and news articles are small and many). A worker
 * holds at most two batches, one running and one waiting, so it never idles on a round trip.
 * Both ways a batch travels as bytes in one transferred buffer (see wire.ts): JSONL lines go
 * out undecoded, results come back as UTF-8 JSON, which the main thread neither decodes nor
 * parses unless a formatter reads them (json and jsonl write the bytes as they are).
 * The pool keeps its own views of a batch's input bytes and sends a fresh copy, so a batch
 * can run again after a crash.
 *
 * Memory stays flat with corpus size: at most `window` inputs (and about `windowBytes`) are
 * read but not yet yielded.
 *
 * A worker that dies (out of memory, a fatal error) takes only the input it was running with
 * it: before each input the worker writes `[batch, index]` into a shared cell, so the pool
 * knows the culprit. That input becomes an error object, the rest of its batch and the
 * batches behind it run again on a fresh worker, and the run goes on.
 */
import { Worker } from 'node:worker_threads';
import { errorDocument, type DocumentObject } from '../doc.js';
import type { ExtractAllOptions, Input } from '../index.js';
import { BufferStock, packInputs, unpackResults, type InputBatch, type ResultBatch, type SendableInput } from './wire.js';

export interface PoolOptions {
  jobs: number;
  /** Inputs read but not yet yielded, at most (default: enough to keep every worker fed). */
  window?: number;
  /** Bytes of inputs read but not yet yielded, about (default 16 MiB). */
  windowBytes?: number;
  /** Inputs per message, at most (default 32). */
  batchItems?: number;
  /** Bytes per message, about (default 256 KiB). */
  batchBytes?: number;
  /** The worker script (tests swap it); default dist/parallel/worker.js. */
  workerUrl?: URL;
}

/** What the pool hands each worker once, as workerData. */
export interface WorkerSetup {
  options: ExtractAllOptions;
  /** `[batch seq, index in batch]` of the input the worker is on; -1 before the first. */
  progress: Int32Array;
}

/** pool → worker: a batch of inputs. */
export interface BatchMessage {
  seq: number;
  batch: InputBatch;
}

/** worker → pool: one result per input of the batch, in order. */
export interface ResultMessage {
  seq: number;
  results: ResultBatch;
  /** The batch's input bytes, handed back for a batch to come (see BufferStock). */
  spent: Uint8Array;
}

/** Batches a worker holds at once: one running and one waiting. */
const HELD_PER_WORKER = 2;
/** Workers that die this many times before any ever answered: the pool cannot start. */
const MAX_STARTUP_FAILURES = 3;

interface Batch {
  seq: number;
  ids: number[];
  inputs: SendableInput[];
  bytes: number;
  /** Times this batch was on a worker that died before beginning it. */
  idleDeaths: number;
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  /** Batches posted and not answered, in the order the worker runs them. */
  held: Batch[];
  error?: Error;
}

export async function* extractParallel(
  inputs: AsyncIterable<Input> | Iterable<Input>,
  options: ExtractAllOptions,
  pool: PoolOptions,
): AsyncGenerator<DocumentObject> {
  const jobs = Math.max(1, pool.jobs);
  const batchItems = Math.max(1, pool.batchItems ?? 32);
  const batchBytes = pool.batchBytes ?? 256 * 1024;
  const window = Math.max(jobs * HELD_PER_WORKER, pool.window ?? jobs * HELD_PER_WORKER * batchItems * 2);
  const windowBytes = pool.windowBytes ?? 16 * 1024 * 1024;
  const workerUrl = pool.workerUrl ?? new URL('./worker.js', import.meta.url);

  const results = new Map<number, DocumentObject>();
  // a buffer for every batch a worker holds, and one more each being answered
  const stock = new BufferStock(jobs * (HELD_PER_WORKER + 1), 2 * batchBytes);
  const sizes = new Map<number, number>();
  const queue: Batch[] = [];
  const slots: Slot[] = [];
  let nextSeq = 0;
  let answered = false;
  let startupFailures = 0;
  let fatal: Error | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const spawn = (slot?: Slot): Slot => {
    const progress = slot?.progress ?? new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    progress.fill(-1);
    const setup: WorkerSetup = { options, progress };
    const fresh: Slot = slot ?? { worker: undefined as unknown as Worker, progress, held: [] };
    fresh.worker = new Worker(workerUrl, { workerData: setup });
    fresh.error = undefined;
    const worker = fresh.worker;
    worker.on('message', (msg: ResultMessage) => {
      if (fresh.worker !== worker) return;
      const at = fresh.held.findIndex((b) => b.seq === msg.seq);
      if (at < 0) return;
      const [batch] = fresh.held.splice(at, 1);
      answered = true;
      stock.give(msg.spent.buffer as ArrayBuffer);
      const docs = unpackResults(msg.results);
      batch!.ids.forEach((id, i) => results.set(id, docs[i]!));
      dispatch();
      notify();
    });
    worker.on('error', (err) => {
      if (fresh.worker === worker) fresh.error = err;
    });
    // answers the worker sent before it died are delivered before 'exit'; setImmediate lets
    // them land first, so only the input it was running is blamed
    worker.on('exit', (code) => {
      if (!stopping) setImmediate(() => fresh.worker === worker && died(fresh, code));
    });
    return fresh;
  };

  const died = (slot: Slot, code: number): void => {
    const problem = slot.error ? slot.error.message : `worker exited with code ${code}`;
    const seq = Atomics.load(slot.progress, 0);
    const index = Atomics.load(slot.progress, 1);
    const held = slot.held.splice(0);
    const running = held.find((b) => b.seq === seq);
    if (!running && !answered && ++startupFailures >= MAX_STARTUP_FAILURES) {
      fatal = new Error(`cannot start worker threads: ${problem}`);
      notify();
      return;
    }
    const rerun: Batch[] = [];
    for (const batch of held) {
      if (batch !== running) rerun.push(batch);
      else blame(batch, index, problem, rerun);
    }
    // died before beginning anything twice in a row: blame its first input, so no loop can form
    const first = rerun[0];
    if (!running && first && ++first.idleDeaths >= 2) {
      rerun.shift();
      blame(first, 0, problem, rerun);
    }
    queue.unshift(...rerun);
    spawn(slot);
    dispatch();
    notify();
  };

  /** The input the worker was on gets an error object; the others of its batch run again. */
  const blame = (batch: Batch, index: number, problem: string, rerun: Batch[]): void => {
    const culprit = batch.ids[index]!;
    results.set(culprit, errorDocument(batch.inputs[index]!.source, `worker crashed: ${problem}`));
    const ids = batch.ids.filter((_, i) => i !== index);
    const inputs = batch.inputs.filter((_, i) => i !== index);
    if (ids.length > 0) rerun.unshift({ seq: nextSeq++, ids, inputs, bytes: batch.bytes, idleDeaths: 0 });
  };

  const dispatch = (): void => {
    // first one batch each, then a second each, so no worker idles while another holds two
    for (let level = 1; level <= HELD_PER_WORKER && queue.length > 0; level++) {
      for (const slot of slots) {
        if (queue.length === 0) break;
        if (slot.held.length >= level) continue;
        const batch = queue.shift()!;
        slot.held.push(batch);
        const message: BatchMessage = { seq: batch.seq, batch: packInputs(batch.inputs, stock) };
        slot.worker.postMessage(message, [message.batch.bytes.buffer as ArrayBuffer]);
      }
    }
  };

  const hungry = (): boolean => queue.length === 0 && slots.some((s) => s.held.length === 0);

  let partial: Batch = emptyBatch();
  function emptyBatch(): Batch {
    return { seq: -1, ids: [], inputs: [], bytes: 0, idleDeaths: 0 };
  }
  const flush = (): void => {
    if (partial.ids.length === 0) return;
    partial.seq = nextSeq++;
    queue.push(partial);
    partial = emptyBatch();
    dispatch();
  };

  for (let i = 0; i < jobs; i++) slots.push(spawn());
  const iterator = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()) as
    | AsyncIterator<Input>
    | Iterator<Input>;
  let reading = false;
  let step: IteratorResult<Input> | undefined;
  let readError: unknown;
  const startRead = (): void => {
    reading = true;
    Promise.resolve(iterator.next()).then(
      (s) => {
        reading = false;
        step = s;
        notify();
      },
      (err: unknown) => {
        reading = false;
        readError = err ?? new Error('input failed');
        notify();
      },
    );
  };

  let read = 0;
  let next = 0;
  let bytesAhead = 0;
  let exhausted = false;
  const accept = (input: Input): void => {
    const id = read++;
    if ('error' in input) {
      results.set(id, errorDocument(input.source, input.error));
      return;
    }
    const bytes = inputBytes(input);
    sizes.set(id, bytes);
    bytesAhead += bytes;
    partial.ids.push(id);
    partial.inputs.push(input);
    partial.bytes += bytes;
    if (partial.ids.length >= batchItems || partial.bytes >= batchBytes) flush();
  };

  try {
    for (;;) {
      if (fatal) throw fatal;
      if (readError !== undefined) throw readError;
      if (step) {
        const s = step;
        step = undefined;
        if (s.done) exhausted = true;
        else accept(s.value);
      }
      const doc = results.get(next);
      if (doc) {
        results.delete(next);
        bytesAhead -= sizes.get(next) ?? 0;
        sizes.delete(next++);
        yield doc;
        continue;
      }
      if (exhausted && next === read) break;
      if (!exhausted && !reading && read - next < window && bytesAhead < windowBytes) startRead();
      // a part-filled batch goes when no more input is coming soon or a worker has nothing to do
      if (exhausted || !reading || hungry()) flush();
      if (!step && !results.has(next)) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stopping = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    if (!exhausted) await (iterator as AsyncIterator<Input>).return?.();
  }
}

function inputBytes(input: SendableInput): number {
  if ('bytes' in input) return input.bytes.byteLength;
  return 'text' in input ? input.text.length : input.record.length;
}
