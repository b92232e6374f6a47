#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Memory (measured with `npm run bench`): by default V8 lets each thread's heap fill with
// promoted per-document garbage up to ~150 MB before a full collection, so main + 2 workers
// reached ~340 MB on a 200 MB corpus. A smaller heap growing factor and 8 MB semi-spaces keep
// the same run near 230 MB at the same speed. Set before any worker thread starts.
setFlagsFromString('--heap-growing-percent=50');
setFlagsFromString('--max-semi-space-size=8');

// The CLI runs from its bundle (see rolldown.config.mjs): one module graph of a few files
// starts ~25 ms sooner than tsc's ~50 modules. The library entry (dist/index.js) is not bundled.
let cli;
try {
  cli = await import('../dist/bundle/main.js');
} catch (err) {
  process.stderr.write(`extract: internal error: cannot load the program (${err?.message ?? err}); run \`npm run build\`\n`);
  process.exit(2);
}
cli.guardProcess();
await cli.main(process.argv);
