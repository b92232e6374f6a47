import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleLoader } from '../../src/cli/bundle-loader.js';

/** A folder of chunks as rolldown writes them: CommonJS, requiring each other as `./name.cjs`. */
function bundle(chunks: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-bundle-'));
  for (const [name, code] of Object.entries(chunks)) writeFileSync(join(dir, name), code);
  return dir;
}

const SAMPLE = {
  'main.cjs': [
    'const shared = require("./shared.cjs");',
    'const { basename } = require("node:path");',
    'exports.answer = () => shared.twice(21);',
    'exports.file = basename(__filename);',
    'exports.dir = __dirname;',
    'exports.sameShared = () => require("./shared.cjs") === shared;',
  ].join('\n'),
  'shared.cjs': 'exports.twice = (n) => n * 2;',
};

const LOADER = new URL('../../dist/cli/bundle-loader.js', import.meta.url).href;

/**
 * Load `main.cjs` of `dir` in a fresh process (within one process V8 reuses what it compiled
 * before and never reads a cache again): its answer and what became of each chunk's cache.
 */
function loadFresh(dir: string, write = false): { answer: number; cache: [string, string][] } {
  const script = [
    `import { BundleLoader } from ${JSON.stringify(LOADER)};`,
    `const loader = new BundleLoader(${JSON.stringify(dir)});`,
    `const answer = loader.load('main.cjs').answer();`,
    `console.log(JSON.stringify({ answer, cache: [...loader.cacheUse()] }));`,
    write ? 'loader.writeCodeCache();' : '',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { answer: number; cache: [string, string][] };
}

describe('cli/bundle-loader', () => {
  it('bundle-loader: runs a chunk with the chunks it requires, each once, and Node built-ins', () => {
    const dir = bundle(SAMPLE);
    const main = new BundleLoader(dir).load('main.cjs') as Record<string, () => unknown> & { file: string; dir: string };
    expect(main.answer()).toBe(42);
    expect(main.file).toBe('main.cjs');
    expect(main.dir).toBe(dir);
    expect(main.sameShared()).toBe(true);
  });

  it('bundle-loader: chunks that require each other get the exports as they stand', () => {
    const dir = bundle({
      'a.cjs': 'exports.early = 1;\nconst b = require("./b.cjs");\nexports.seenByB = b.sawA;',
      'b.cjs': 'exports.sawA = require("./a.cjs").early;',
    });
    expect((new BundleLoader(dir).load('a.cjs') as { seenByB: number }).seenByB).toBe(1);
  });

  it('bundle-loader: a chunk that is missing is an error naming it', () => {
    expect(() => new BundleLoader(bundle(SAMPLE)).load('gone.cjs')).toThrow(/gone\.cjs/);
  });

  it('bundle-loader: a cache written after a run is accepted by the next process, and the chunks run the same', () => {
    const dir = bundle(SAMPLE);
    expect(loadFresh(dir, true)).toEqual({ answer: 42, cache: [['main.cjs', 'none'], ['shared.cjs', 'none']] });
    expect(existsSync(join(dir, 'main.cjs.cache')) && existsSync(join(dir, 'shared.cjs.cache'))).toBe(true);
    expect(loadFresh(dir)).toEqual({ answer: 42, cache: [['main.cjs', 'accepted'], ['shared.cjs', 'accepted']] });
  });

  it.each([
    ['a cache of another text of the chunk', (dir: string) => writeFileSync(join(dir, 'main.cjs'), `${SAMPLE['main.cjs']}\n// edited`)],
    ['a cache cut short', (dir: string) => writeFileSync(join(dir, 'main.cjs.cache'), readFileSync(join(dir, 'main.cjs.cache')).subarray(0, 100))],
    // with its header intact, V8 would run such a cache unless asked to check its checksum
    ['a cache damaged in its body', (dir: string) => {
      const cache = readFileSync(join(dir, 'main.cjs.cache'));
      writeFileSync(join(dir, 'main.cjs.cache'), cache.fill(7, 64, cache.length - 8));
    }],
  ])('bundle-loader: %s is rejected, and the chunk is compiled and runs as usual', (_, spoil) => {
    const dir = bundle(SAMPLE);
    loadFresh(dir, true);
    spoil(dir);
    const { answer, cache } = loadFresh(dir);
    expect(answer).toBe(42);
    expect(cache).toContainEqual(['main.cjs', 'rejected']);
  });
});
