#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { guardProcess } from '../dist/cli/io.js';

// Memory (measured with `npm run bench`): by default V8 lets each thread's heap fill with
// promoted per-document garbage up to ~150 MB before a full collection, so main + 2 workers
// reached ~340 MB on a 200 MB corpus. A smaller heap growing factor and 8 MB semi-spaces keep
// the same run near 230 MB at the same speed. Set before any worker thread starts.
setFlagsFromString('--heap-growing-percent=50');
setFlagsFromString('--max-semi-space-size=8');

guardProcess();
const { main } = await import('../dist/cli/main.js');
await main(process.argv);
