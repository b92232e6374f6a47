#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// Memory (measured with `npm run bench`): by default V8 lets each thread's heap fill with
// promoted per-document garbage up to ~150 MB before a full collection, so main + 2 workers
// reached ~340 MB on a 200 MB corpus. A smaller heap growing factor and 8 MB semi-spaces keep
// the same run near 230 MB at the same speed. Set before any worker thread starts.
setFlagsFromString('--heap-growing-percent=50');
setFlagsFromString('--max-semi-space-size=8');
// Compilation (measured per thread on 2 cores): V8's optimizing compiler spends ~1.3 s of CPU per
// thread on background threads, as much as a quarter of a 50 MB run, and with workers that
// competes with the extraction itself. One compile job at a time and a smaller inlining budget
// cut that work; in interleaved 50 MB runs both --jobs 1 and --jobs 2 came out 3-8 % faster.
setFlagsFromString('--concurrent-recompilation-queue-length=1');
setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');

// The CLI runs from its bundle (see rolldown.config.mjs): a few files start ~25 ms sooner than
// tsc's ~50 modules, and with V8's code cache they need not be compiled again (see
// src/cli/bundle-loader.ts). The library entry (dist/index.js) is not bundled.
let cli;
try {
  const { BundleLoader } = await import('../dist/cli/bundle-loader.js');
  const loader = new BundleLoader(fileURLToPath(new URL('../dist/bundle/', import.meta.url)));
  cli = loader.load('main.cjs');
  // the build's sample run (scripts/code-cache.mjs): keep what this run compiled for the next ones
  if (process.env.EXTRACT_WRITE_CODE_CACHE === '1') process.on('exit', () => loader.writeCodeCache());
} catch (err) {
  process.stderr.write(`extract: internal error: cannot load the program (${err?.message ?? err}); run \`npm run build\`\n`);
  process.exit(2);
}
cli.guardProcess();
await cli.main(process.argv);
