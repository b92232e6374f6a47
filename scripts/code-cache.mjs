#!/usr/bin/env node
/**
 * Build step after rolldown: writes the V8 code cache of the CLI bundle (dist/bundle/*.cjs.cache,
 * read by src/cli/bundle-loader.ts). Runs the bin over the sample articles in seeds/ so that the
 * cache holds the bytecode of every function such a run compiles: parsing, the whole pipeline,
 * JSON output. It runs with the bin's own V8 flags, which V8 checks before it accepts a cache.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => join(ROOT, 'seeds', name));
const run = spawnSync(process.execPath, [join(ROOT, 'bin/extract.js'), '--format', 'jsonl', '--jobs', '1', ...seeds], {
  env: { ...process.env, EXTRACT_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) {
  console.error(`code-cache: the sample run failed (exit ${run.status ?? run.signal})`);
  process.exit(1);
}
