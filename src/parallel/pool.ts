/**
 * parallel: a worker_threads pool behind the same contract as `extractAll` — documents come
 * out in input order, one at a time. The main thread reads bytes and hands {source, bytes|text}
 * to workers (ArrayBuffers transferred, not copied); workers return DocumentObjects.
 *
 * Memory stays flat with corpus size: at most `window` inputs are read but not yet yielded.
 * A worker that dies takes only the input it was working on with it: that input becomes an
 * error object, the worker is respawned, and the batch goes on.
 */
import { Worker } from 'node:worker_threads';
import { errorDocument, type DocumentObject } from '../doc.js';
import type { ExtractAllOptions, Input } from '../index.js';

export interface PoolOptions {
  jobs: number;
  /** Inputs read but not yet yielded, at most (default 4 × jobs). */
  window?: number;
  /** The worker script (tests swap it); default dist/parallel/worker.js. */
  workerUrl?: URL;
}

/** What a worker receives: one input to process. */
export interface Task {
  id: number;
  input: Exclude<Input, { error: string }>;
}

/** What a worker sends back: the DocumentObject, as JSON (or as an object: test workers). */
export type Done = { id: number; json: string } | { id: number; doc: DocumentObject };

/** Tasks a worker holds at once: one running and one waiting, so it never idles on a round trip. */
const PER_WORKER = 2;

interface Slot {
  worker: Worker;
  /** Task ids in the order the worker runs them; the first one is running. */
  holding: number[];
}

export async function* extractParallel(
  inputs: AsyncIterable<Input> | Iterable<Input>,
  options: ExtractAllOptions,
  pool: PoolOptions,
): AsyncGenerator<DocumentObject> {
  const jobs = Math.max(1, pool.jobs);
  const window = Math.max(jobs * PER_WORKER, pool.window ?? jobs * 4);
  const workerUrl = pool.workerUrl ?? new URL('./worker.js', import.meta.url);
  const tasks = new Map<number, Task>();
  const queue: number[] = [];
  const results = new Map<number, DocumentObject>();
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const finish = (id: number, doc: DocumentObject): void => {
    tasks.delete(id);
    results.set(id, doc);
    notify();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(workerUrl, { workerData: options }), holding: [] };
    slot.worker.on('message', (msg: Done) => {
      const at = slot.holding.indexOf(msg.id);
      if (at < 0) return;
      slot.holding.splice(at, 1);
      finish(msg.id, 'json' in msg ? (JSON.parse(msg.json) as DocumentObject) : msg.doc);
      dispatch();
    });
    // answers the worker sent before it died may still be queued: take them first, so only
    // the input it was running is blamed
    slot.worker.on('error', (err) => setImmediate(() => crashed(slot, err.message)));
    slot.worker.on('exit', (code) => {
      if (!stopping) setImmediate(() => crashed(slot, `worker exited with code ${code}`));
    });
    return slot;
  };

  const crashed = (slot: Slot, reason: string): void => {
    const index = slots.indexOf(slot);
    if (index < 0 || stopping) return; // already replaced ('error' is followed by 'exit')
    const [running, ...waiting] = slot.holding;
    if (running !== undefined) {
      const task = tasks.get(running);
      finish(running, errorDocument(task?.input.source ?? '-', `worker crashed: ${reason}`));
    }
    queue.unshift(...waiting);
    slot.holding = [];
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    slots[index] = spawn();
    dispatch();
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      while (slot.holding.length < PER_WORKER && queue.length > 0) {
        const id = queue.shift()!;
        const task = tasks.get(id)!;
        slot.holding.push(id);
        slot.worker.postMessage(task, transferList(task.input));
      }
    }
  };

  let stopping = false;
  const slots: Slot[] = [];
  for (let i = 0; i < jobs; i++) slots.push(spawn());
  const iterator = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()) as
    | AsyncIterator<Input>
    | Iterator<Input>;
  let read = 0;
  let next = 0;
  let exhausted = false;
  try {
    while (!exhausted || next < read) {
      while (!exhausted && read - next < window) {
        const step = await iterator.next();
        if (step.done) {
          exhausted = true;
          break;
        }
        const id = read++;
        const input = step.value;
        if ('error' in input) results.set(id, errorDocument(input.source, input.error));
        else {
          tasks.set(id, { id, input });
          queue.push(id);
          dispatch();
        }
      }
      const doc = results.get(next);
      if (doc) {
        results.delete(next++);
        yield doc;
        continue;
      }
      if (next < read) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stopping = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
    await (iterator as AsyncIterator<Input>).return?.();
  }
}

/** Move a buffer the input owns whole; a view into a shared pool is copied instead. */
function transferList(input: Task['input']): ArrayBuffer[] {
  if (!('bytes' in input)) return [];
  const { buffer, byteOffset, byteLength } = input.bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return [buffer];
  return [];
}
