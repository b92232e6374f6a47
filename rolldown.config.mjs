/**
 * The CLI bundle (dist/bundle/): tsc's ~50 modules joined into a few files, so a run spends
 * its start-up on work, not on resolving and linking modules (about 25 ms of a 150 ms budget,
 * measured). What a run may not need (formats, the worker pool, eval) stays in chunks loaded
 * on demand; dependencies (but commander) stay in node_modules. The library (`dist/index.js`) is not bundled.
 */
export default {
  input: {
    main: 'dist/cli/main.js',
    // the pool starts workers from `./worker.js` beside its own chunk
    worker: 'dist/parallel/worker.js',
  },
  platform: 'node',
  plugins: [lazyChildProcessForCommander()],
  // node: built-ins and packages are loaded from where they are, not copied in; but commander,
  // which every run loads: its six CommonJS files cost ~4 ms more to find and load than inside the bundle
  external: (id, importer) =>
    !isCommander(id) && !(id === 'node:child_process' && importer !== undefined && isCommander(importer)) &&
    !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  output: {
    dir: 'dist/bundle',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name].js',
  },
};

function isCommander(id) {
  return id === 'commander' || id.includes('/node_modules/commander/');
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
