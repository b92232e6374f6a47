/**
 * parallel: one pool worker. Builds the matchers once (the lexicon cache lives per thread),
 * then runs each input it is sent through the pipeline and posts the DocumentObject back.
 * Options (language, types, explain, gazetteer entries) arrive once, via workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractInput, type ExtractAllOptions } from '../index.js';
import type { Done, Task } from './pool.js';

const options = workerData as ExtractAllOptions;

parentPort?.on('message', (task: Task) => {
  // a JSON string crosses the thread boundary as one copy; structured-cloning the object tree
  // cost the worker ~15% of its time (measured with --cpu-prof)
  const done: Done = { id: task.id, json: JSON.stringify(extractInput(task.input, options)) };
  parentPort?.postMessage(done);
});
