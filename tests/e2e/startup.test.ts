/**
 * e2e: start-up stays small. A run loads only what it uses: the terminal table's libraries
 * (chalk, cli-table3), the legacy-encoding decoder (iconv-lite) and the worker pool are
 * imported only by runs that need them (each costs 10–20 ms of a 150 ms start-up budget), the
 * bundled commander never loads child_process (6 ms), and the bin runs the bundle of dist/bundle/
 * (module resolution and linking cost ~25 ms more) with the V8 code cache the build wrote for it
 * (compiling the bundle again cost about a third of start-up's own instructions).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/exec.js';

const HOOK = fileURLToPath(new URL('./fixtures/record-loads.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'extract-startup-'));
const utf8 = join(dir, 'utf8.txt');
const latin1 = join(dir, 'latin1.txt');
writeFileSync(utf8, 'Kanada und Österreich verhandeln.');
writeFileSync(latin1, Buffer.from('Kanada und \xd6sterreich verhandeln.', 'latin1'));

/**
 * The modules a run of the bin loaded: ESM (and CJS imported from ESM) through the hook,
 * `require`d CJS through NODE_DEBUG=module, the bundle's chunks through NODE_DEBUG=extract-bundle
 * (as `/dist/bundle/<chunk> <what became of its code cache>`).
 */
function loaded(args: string[]): string[] {
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', NODE_DEBUG: 'module,extract-bundle' };
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], { encoding: 'utf8', env });
  expect(r.status).toBe(0);
  return r.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED ') || l.startsWith('MODULE ') || l.startsWith('EXTRACT-BUNDLE '))
    .map((l) => l.replace(/^LOADED /, '').replace(/^EXTRACT-BUNDLE \d+: load (\S+) \(code cache (\w+)\)$/, '/dist/bundle/$1 $2'));
}

const has = (urls: string[], part: string): boolean => urls.some((u) => u.includes(part));

describe('e2e: start-up', () => {
  it('startup: a json run of one UTF-8 file loads no table, colour, legacy decoder or pool', () => {
    const urls = loaded(['--format', 'json', utf8]);
    expect(has(urls, '/dist/bundle/main.cjs')).toBe(true);
    for (const lazy of ['/chalk', '/cli-table3/', '/iconv-lite/', '/bundle/pool.cjs', '/bundle/table.cjs', 'node:worker_threads', 'child_process']) {
      expect([lazy, has(urls, lazy)]).toEqual([lazy, false]);
    }
  });

  it('startup: the table format loads its libraries, a legacy file its decoder, --jobs 2 the pool', () => {
    const table = loaded([utf8]);
    expect(has(table, '/cli-table3/')).toBe(true);
    expect(has(table, '/bundle/chalk.cjs')).toBe(true);
    expect(has(loaded(['--format', 'json', latin1]), '/iconv-lite/')).toBe(true);
    expect(has(loaded(['--format', 'json', '--jobs', '2', utf8, utf8]), '/bundle/pool.cjs')).toBe(true);
  });

  it('startup: the bin runs the bundle, not the ~50 separate modules tsc writes', () => {
    // files, not load events: each `require` of a built-in by the bundled commander is a debug line naming main.cjs
    const files = loaded(['--format', 'json', utf8]).map((u) => /\/dist\/\S*?\.c?js\b/.exec(u)?.[0]);
    const ours = [...new Set(files.filter((f) => f !== undefined))];
    expect(ours.length).toBeGreaterThan(0);
    // the loader of the bundle, and chunks of the bundle
    expect(ours.filter((u) => !u.includes('/dist/bundle/') && !u.endsWith('/dist/cli/bundle-loader.js'))).toEqual([]);
    // a handful of chunks, not one file per source module
    expect(ours.length).toBeLessThan(14);
  });

  it('startup: the code cache the build wrote is accepted for the chunks every run loads', () => {
    const chunks = loaded(['--format', 'json', utf8]).filter((u) => u.startsWith('/dist/bundle/'));
    for (const chunk of ['main.cjs', 'dist.cjs']) expect(chunks).toContain(`/dist/bundle/${chunk} accepted`);
    expect(chunks.filter((c) => c.endsWith(' rejected'))).toEqual([]);
  });

  it('startup: pool workers load their chunks through the loader and its cache', () => {
    const chunks = loaded(['--format', 'json', '--jobs', '2', utf8, utf8]).filter((u) => u.startsWith('/dist/bundle/'));
    // main thread and two workers each load the library chunk
    expect(chunks.filter((c) => c === '/dist/bundle/dist.cjs accepted').length).toBe(3);
    expect(chunks.filter((c) => c.startsWith('/dist/bundle/worker.cjs')).length).toBe(2);
  });
});
