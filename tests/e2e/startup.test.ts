/**
 * e2e: start-up stays small. A run loads only what it uses: the terminal table's libraries
 * (chalk, cli-table3), the legacy-encoding decoder (iconv-lite) and the worker pool are
 * imported only by runs that need them (each costs 10–20 ms of a 150 ms start-up budget), the
 * bundled commander never loads child_process (6 ms), and the bin runs the bundle of dist/bundle/
 * (module resolution and linking cost ~25 ms more).
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

/** The modules a run of the bin loaded: ESM (and CJS imported from ESM) through the hook, `require`d CJS through NODE_DEBUG. */
function loaded(args: string[]): string[] {
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', NODE_DEBUG: 'module' };
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], { encoding: 'utf8', env });
  expect(r.status).toBe(0);
  return r.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED ') || l.startsWith('MODULE '))
    .map((l) => l.replace(/^LOADED /, ''));
}

const has = (urls: string[], part: string): boolean => urls.some((u) => u.includes(part));

describe('e2e: start-up', () => {
  it('startup: a json run of one UTF-8 file loads no table, colour, legacy decoder or pool', () => {
    const urls = loaded(['--format', 'json', utf8]);
    expect(has(urls, '/dist/bundle/main.js')).toBe(true);
    for (const lazy of ['/chalk/', '/cli-table3/', '/iconv-lite/', '/bundle/pool.js', '/bundle/table.js', 'node:worker_threads', 'child_process']) {
      expect([lazy, has(urls, lazy)]).toEqual([lazy, false]);
    }
  });

  it('startup: the table format loads its libraries, a legacy file its decoder, --jobs 2 the pool', () => {
    expect(has(loaded([utf8]), '/cli-table3/')).toBe(true);
    expect(has(loaded(['--format', 'json', latin1]), '/iconv-lite/')).toBe(true);
    expect(has(loaded(['--format', 'json', '--jobs', '2', utf8, utf8]), '/bundle/pool.js')).toBe(true);
  });

  it('startup: the bin runs the bundle, not the ~50 separate modules tsc writes', () => {
    // files, not load events: each `require` of a built-in by the bundled commander is a debug line naming main.js
    const files = loaded(['--format', 'json', utf8]).map((u) => /\/dist\/\S*?\.js/.exec(u)?.[0]);
    const ours = [...new Set(files.filter((f) => f !== undefined))];
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((u) => !u.includes('/dist/bundle/'))).toEqual([]);
    // a handful of chunks, not one file per source module
    expect(ours.length).toBeLessThan(12);
  });
});
