/**
 * The CLI bundle (dist/bundle/): tsc's ~50 modules joined into a few files, so a run spends
 * its start-up on work, not on resolving and linking modules (about 25 ms of a 150 ms budget,
 * measured). What a run may not need (formats, the worker pool, eval) stays in chunks loaded
 * on demand; dependencies (but commander) stay in node_modules. The library (`dist/index.js`) is not bundled.
 *
 * CommonJS, not ES modules: the bin loads the chunks through src/cli/bundle-loader.ts, which
 * compiles them with the V8 code cache that scripts/code-cache.mjs writes after the build (Node 20
 * keeps none for ES modules). A worker starts from `worker.js`, a small ES module this config
 * writes beside the chunks, which loads `worker.cjs` the same way.
 */
export default {
  input: {
    main: 'dist/cli/main.js',
    // the pool starts workers from `./worker.js` beside its own chunk
    worker: 'dist/parallel/worker.js',
  },
  platform: 'node',
  plugins: [lazyChildProcessForCommander(), workerThroughLoader()],
  // node: built-ins and packages are loaded from where they are, not copied in; but commander,
  // which every run loads: its six CommonJS files cost ~4 ms more to find and load than inside the bundle
  external: (id, importer) =>
    !isCommander(id) && !isChalk(id) && !(id === 'node:child_process' && importer !== undefined && isCommander(importer)) &&
    // chalk's own subpath imports (`#ansi-styles`) are parts of chalk
    !(id.startsWith('#') && importer !== undefined && isChalk(importer)) &&
    !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  output: {
    dir: 'dist/bundle',
    format: 'cjs',
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name].cjs',
    // chunks and caches of an earlier build must not linger beside the new ones
    cleanDir: true,
    // by its name (else `source.cjs`, after chalk's own file name)
    codeSplitting: { groups: [{ name: 'chalk', test: /node_modules[\\/]chalk[\\/]/ }] },
  },
};

function isCommander(id) {
  return id === 'commander' || id.includes('/node_modules/commander/');
}

/**
 * chalk is an ES module only, and a chunk compiled by the bundle loader cannot `import()` one
 * without an experimental Node feature; bundled, it is one more chunk that only colour runs load.
 */
function isChalk(id) {
  return id === 'chalk' || id.includes('/node_modules/chalk/');
}

/**
 * commander requires `node:child_process` when it loads, only to spawn executable subcommands,
 * which `extract` has none of; loading that built-in took ~6 ms of every start-up (measured with
 * --cpu-prof). Inside the bundle commander gets a stand-in that loads it on first use.
 */
function lazyChildProcessForCommander() {
  const STAND_IN = '\0lazy-child-process';
  return {
    name: 'lazy-child-process-for-commander',
    resolveId(id, importer) {
      if (id === 'node:child_process' && importer !== undefined && isCommander(importer)) return STAND_IN;
      return null;
    },
    load(id) {
      if (id !== STAND_IN) return null;
      return "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };";
    },
  };
}

/**
 * The pool starts each worker from `./worker.js` beside its chunk (`new URL('./worker.js',
 * import.meta.url)`, as in the unbundled library): here that file loads the worker chunk through
 * the bundle loader, so workers read the code cache too.
 */
function workerThroughLoader() {
  return {
    name: 'worker-through-loader',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'worker.js',
        source: [
          "import { fileURLToPath } from 'node:url';",
          "import { BundleLoader } from '../cli/bundle-loader.js';",
          "new BundleLoader(fileURLToPath(new URL('.', import.meta.url))).load('worker.cjs');",
          '',
        ].join('\n'),
      });
    },
  };
}
