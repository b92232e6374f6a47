/**
 * Loads the CLI bundle (dist/bundle/*.cjs, made by rolldown) with V8's code cache.
 *
 * Start-up spent about a third of its own instructions parsing and compiling our code: the
 * bundle's ~350 KB of JavaScript, and each function again to bytecode when first called (measured
 * with callgrind: 116 M of 367 M instructions on top of Node's own start-up). Node 20 keeps no
 * code cache for ES modules or `require`, so the bundle is CommonJS and this loader compiles each
 * chunk with `vm.Script` and the cache the build wrote beside it (`<chunk>.cache`): V8 then reads
 * the bytecode of every function the build's sample run compiled instead of compiling it again.
 *
 * A cache V8 does not accept (another Node version, other V8 flags, an edited chunk, a damaged
 * file) is only slower: V8 compiles the chunk as usual. `NODE_DEBUG=extract-bundle` prints each chunk loaded
 * and what became of its cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

// V8 checks only a cache's header unless told to check its checksum too: a damaged cache file
// crashed the process (seen in a test); checked, it is rejected and the chunk compiled as usual.
// V8 accepts a cache only under the flags it was made with, and this loader both writes and reads
// them, so the flag is set here, before any cache is read or made.
setFlagsFromString('--verify-snapshot-checksum');

const debug = debuglog('extract-bundle');

/** What became of a chunk's cache when it was compiled. */
export type CacheUse = 'accepted' | 'rejected' | 'none';

interface Chunk {
  script: vm.Script;
  module: { exports: unknown };
  cache: CacheUse;
}

export class BundleLoader {
  private readonly chunks = new Map<string, Chunk>();
  /** `require` for what is not a chunk: Node's built-ins and packages, found from the bundle's folder. */
  private readonly outside: NodeJS.Require;

  constructor(private readonly dir: string) {
    this.outside = createRequire(join(dir, 'main.cjs'));
  }

  /** The exports of the chunk `name` (e.g. `main.cjs`), loaded once, with the chunks it requires. */
  load(name: string): unknown {
    const loaded = this.chunks.get(name);
    if (loaded !== undefined) return loaded.module.exports;
    const filename = join(this.dir, name);
    const cachedData = readCache(filename);
    // the wrapper Node puts around a CommonJS module, on the first line so that line numbers hold
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`, {
      filename,
      cachedData,
    });
    const cache: CacheUse = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
    debug('load %s (code cache %s)', name, cache);
    const module = { exports: {} as unknown };
    // registered before it runs: chunks that require each other get the exports as they stand
    this.chunks.set(name, { script, module, cache });
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, this.requireFor(), module, filename, this.dir);
    return module.exports;
  }

  /** What became of each loaded chunk's cache, by chunk name. */
  cacheUse(): Map<string, CacheUse> {
    return new Map([...this.chunks].map(([name, chunk]) => [name, chunk.cache]));
  }

  /**
   * Write a cache for every chunk loaded so far, holding the bytecode of every function run so
   * far: called at the end of the build's sample run (see scripts/code-cache.mjs).
   */
  writeCodeCache(): void {
    for (const [name, chunk] of this.chunks) writeFileSync(cacheFile(join(this.dir, name)), chunk.script.createCachedData());
  }

  private requireFor(): (id: string) => unknown {
    return (id: string) => (id.startsWith('./') ? this.load(id.slice(2)) : this.outside(id));
  }
}

function cacheFile(chunkFile: string): string {
  return `${chunkFile}.cache`;
}

function readCache(chunkFile: string): Buffer | undefined {
  try {
    return readFileSync(cacheFile(chunkFile));
  } catch {
    return undefined;
  }
}
