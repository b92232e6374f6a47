#!/usr/bin/env node
/**
 * `npm run bench`: throughput, memory and start-up of the built bin, in one run, so that ratios
 * (1 vs all CPUs, ours vs compromise) are measured under the same machine load.
 *
 * Builds .bench/corpus.jsonl (>= BENCH_MB, default 50 MB; gitignored) by repeating and shuffling
 * the records of ../shared/corpora/*.jsonl with fresh ids, then times
 * `extract --input jsonl --format jsonl corpus > /dev/null` with --jobs 1 and --jobs <CPUs>, and
 * <CPUs> independent --jobs 1 processes on a share each (the ceiling the cores allow a pool).
 * Writes a table to stdout and everything to .bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/extract.js');
const OUT = join(ROOT, '.bench');
const CORPORA = process.env.BENCH_CORPORA ?? join(ROOT, '../shared/corpora');
const MB = 1e6;
const BENCH_MB = Number(process.env.BENCH_MB ?? 50);
const LARGE_MB = Number(process.env.BENCH_LARGE_MB ?? 200);
const CPUS = availableParallelism();
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function records() {
  const out = [];
  for (const f of readdirSync(CORPORA).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(CORPORA, f), 'utf8').split('\n')) {
      if (line.trim()) out.push(JSON.parse(line));
    }
  }
  return out;
}

/** A seeded shuffle, so two bench runs read the same corpus. */
function shuffled(items, seed) {
  const a = [...items];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

async function buildCorpus(file, mb, recs) {
  if (existsSync(file) && statSync(file).size >= mb * MB) return statSync(file).size;
  const ws = createWriteStream(file);
  let size = 0;
  let n = 0;
  for (let round = 0; size < mb * MB; round++) {
    for (const r of shuffled(recs, round + 1)) {
      const line = JSON.stringify({ id: `bench-${n++}`, text: r.text }) + '\n';
      size += Buffer.byteLength(line);
      if (!ws.write(line)) await new Promise((res) => ws.once('drain', res));
      if (size >= mb * MB) break;
    }
  }
  await new Promise((res) => ws.end(res));
  return size;
}

/** VmRSS of a process in MB (Linux), or undefined once it is gone. */
function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Run the bin on a file: wall seconds, CPU seconds (user + system, all threads), peak RSS (MB)
 * of the whole process (main + workers), and the peak RSS in each quarter of the run (sampled
 * every 50 ms from /proc), which shows whether memory keeps growing or levels off.
 */
function runBin(args) {
  return new Promise((resolve, reject) => {
    const cmd = TIME ? [TIME, ['-f', '%M %U %S', process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd[0], cmd[1], { stdio: ['ignore', 'ignore', 'pipe'] });
    const samples = [];
    const sampler = setInterval(() => {
      // /usr/bin/time's child is the node process
      const pid = TIME ? childPid(child.pid) : child.pid;
      const rss = pid && rssOf(pid);
      if (rss) samples.push([Number(process.hrtime.bigint() - t0) / 1e9, rss]);
    }, 50);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`extract ${args.join(' ')} exited ${code}: ${err.slice(-500)}`));
      const [kb, user, sys] = err.trim().split('\n').at(-1).split(' ').map(Number);
      const quarters = [0, 1, 2, 3].map((q) => {
        const inQ = samples.filter(([t]) => t >= (q * seconds) / 4 && t < ((q + 1) * seconds) / 4).map(([, r]) => r);
        return inQ.length ? Math.max(...inQ) : undefined;
      });
      resolve({ seconds, cpuSeconds: user + sys, rssMB: Number.isFinite(kb) ? kb / 1024 : undefined, rssByQuarterMB: quarters });
    });
  });
}

const childPids = new Map();
function childPid(pid) {
  if (!childPids.has(pid)) {
    try {
      const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
      if (kids) childPids.set(pid, Number(kids.split(' ')[0]));
    } catch {
      return undefined;
    }
  }
  return childPids.get(pid);
}

function countLines(file) {
  const buf = readFileSync(file);
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
  return n;
}

async function throughput(file, jobs) {
  const bytes = statSync(file).size;
  const docs = countLines(file);
  const r = await runBin(['--input', 'jsonl', '--format', 'jsonl', '--jobs', String(jobs), file]);
  return { jobs, MB: bytes / MB, docs, ...r, mbPerS: bytes / MB / r.seconds, docsPerS: docs / r.seconds };
}

/** The records of `file` dealt into `parts` files of consecutive lines (cached beside it). */
function splitCorpus(file, parts) {
  const names = Array.from({ length: parts }, (_, i) => file.replace(/\.jsonl$/, `.part${i + 1}of${parts}.jsonl`));
  if (names.every((n) => existsSync(n) && statSync(n).mtimeMs >= statSync(file).mtimeMs)) return names;
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const per = Math.ceil(lines.length / parts);
  names.forEach((n, i) => writeFileSync(n, lines.slice(i * per, (i + 1) * per).join('\n') + '\n'));
  return names;
}

/**
 * The machine's own ceiling for `jobs` workers: that many independent `--jobs 1` processes at
 * once, each on its share of the corpus (what GNU parallel --pipe does, with no pool at all).
 * Each process pays its own start-up and V8 warm-up, as each pool worker does, and shares the
 * cores with the others' background compiler and GC threads.
 */
async function independentProcesses(file, jobs) {
  const parts = splitCorpus(file, jobs);
  const t0 = process.hrtime.bigint();
  const runs = await Promise.all(parts.map((part) => runBin(['--input', 'jsonl', '--format', 'jsonl', '--jobs', '1', part])));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpuSeconds = runs.reduce((sum, r) => sum + r.cpuSeconds, 0);
  return { processes: jobs, seconds, cpuSeconds, mbPerS: statSync(file).size / MB / seconds };
}

/** Median ms of 10 runs of `node ...args` (the bin on one small file; or node alone, for scale). */
function startup(args) {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return (times[4] + times[5]) / 2;
}

/** The same ~`mb` MB of article texts for every in-process pass (a seeded shuffle). */
function sliceOf(recs, mb) {
  const texts = [];
  let size = 0;
  for (const r of shuffled(recs, 99)) {
    if (size >= mb * MB) break;
    texts.push(r.text);
    size += Buffer.byteLength(r.text);
  }
  return { texts, size };
}

/** compromise's people/places/organizations over ~2 MB of the same records, in this process (after a short warm-up). */
async function compromiseBaseline(recs, mb = 2) {
  const { default: nlp } = await import('compromise');
  const { texts, size } = sliceOf(recs, mb);
  const pass = (list) => {
    for (const t of list) {
      const doc = nlp(t);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  };
  pass(texts.slice(0, Math.ceil(texts.length / 10)));
  const t0 = process.hrtime.bigint();
  pass(texts);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { MB: size / MB, docs: texts.length, seconds, mbPerS: size / MB / seconds };
}

/**
 * Our library over the same 2 MB slice in this process, warm: V8 needs several passes over
 * 2 MB before its optimised code is in place (the first runs at a third of the speed), so
 * six passes run and the median of the last three counts.
 */
async function libraryPass(recs, mb = 2) {
  const { extract } = await import(join(ROOT, 'dist/index.js'));
  const { texts, size } = sliceOf(recs, mb);
  const passes = [];
  for (let p = 0; p < 6; p++) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) JSON.stringify(extract(t));
    passes.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const seconds = passes.slice(3).sort((a, b) => a - b)[1];
  return { MB: size / MB, docs: texts.length, seconds, mbPerS: size / MB / seconds, firstPassMbPerS: size / MB / passes[0] };
}

const uptime = () => spawnSync('uptime', { encoding: 'utf8' }).stdout.trim();

async function main() {
  mkdirSync(OUT, { recursive: true });
  const recs = records();
  const loadBefore = uptime();
  const corpus = join(OUT, `corpus-${BENCH_MB}mb.jsonl`);
  const small = join(OUT, 'corpus-10mb.jsonl');
  const large = join(OUT, `corpus-${LARGE_MB}mb.jsonl`);
  console.log(`bench corpora in .bench/ (gitignored): ${corpus}, ${small}, ${large}`);
  await buildCorpus(corpus, BENCH_MB, recs);
  await buildCorpus(small, 10, recs);
  await buildCorpus(large, LARGE_MB, recs);
  const one = await throughput(corpus, 1);
  const all = await throughput(corpus, CPUS);
  const rss10 = await throughput(small, CPUS);
  const rssLarge = await throughput(large, CPUS);
  // the same big input with one job: the speed-up once worker start-up and warm-up are amortised
  const largeOne = await throughput(large, 1);
  // what the cores allow at all: the pool's speed-up measured against this, in the same run
  const ceiling = await independentProcesses(corpus, CPUS);
  const ceilingLarge = await independentProcesses(large, CPUS);
  const startFile = join(OUT, 'startup.txt');
  writeFileSync(startFile, recs[0].text);
  const startMs = startup([BIN, '--format', 'jsonl', startFile]);
  // the machine's own share: this machine's node starts in 45-65 ms depending on its load
  const nodeMs = startup(['-e', '']);
  // ours first: compromise leaves a large heap behind that would slow whatever runs after it
  const library = await libraryPass(recs);
  const base = await compromiseBaseline(recs);
  const results = {
    cpus: CPUS,
    loadBefore,
    loadAfter: uptime(),
    loadavg: loadavg(),
    jobs1: one,
    jobsAll: all,
    speedup: one.seconds / all.seconds,
    speedupLarge: largeOne.seconds / rssLarge.seconds,
    jobs1Large: largeOne,
    independentProcesses: ceiling,
    independentProcessesLarge: ceilingLarge,
    ceilingSpeedup: one.seconds / ceiling.seconds,
    ceilingSpeedupLarge: largeOne.seconds / ceilingLarge.seconds,
    jobsAllLarge: rssLarge,
    startupMedianMs: startMs,
    nodeAloneStartupMs: nodeMs,
    compromise: base,
    oursPerCoreVsCompromise: one.mbPerS / base.mbPerS,
    library,
    libraryVsCompromise: library.mbPerS / base.mbPerS,
    rss: { at10MB: rss10.rssMB, [`at${LARGE_MB}MB`]: rssLarge.rssMB, jobs: CPUS },
  };
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const f = (x, d = 1) => (x === undefined ? '-' : x.toFixed(d));
  const rows = [
    ['measure', 'value', 'target'],
    [`MB/s, --jobs 1 (${f(one.MB, 0)} MB, ${one.docs} docs)`, f(one.mbPerS, 2), '>= 10'],
    ['docs/s, --jobs 1', f(one.docsPerS, 0), ''],
    [`MB/s, --jobs ${CPUS}`, f(all.mbPerS, 2), ''],
    [`docs/s, --jobs ${CPUS}`, f(all.docsPerS, 0), ''],
    [`speed-up ${CPUS} workers / 1`, f(results.speedup, 2), '>= 1.8'],
    [`speed-up ${CPUS} workers / 1 at ${LARGE_MB} MB (${f(largeOne.mbPerS, 2)} vs ${f(rssLarge.mbPerS, 2)} MB/s)`, f(results.speedupLarge, 2), '>= 1.8'],
    [`  machine ceiling: ${CPUS} independent --jobs 1 processes on 1/${CPUS} each`, `${f(results.ceilingSpeedup, 2)} / ${f(results.ceilingSpeedupLarge, 2)} at ${LARGE_MB} MB`, ''],
    [`  pool / ceiling (1.00 = no pool overhead)`, `${f(ceiling.seconds / all.seconds, 2)} / ${f(ceilingLarge.seconds / rssLarge.seconds, 2)} at ${LARGE_MB} MB`, ''],
    ['peak RSS MB, --jobs 1', f(one.rssMB, 0), '<= 300'],
    [`peak RSS MB, --jobs ${CPUS}`, f(all.rssMB, 0), '<= 300'],
    [`peak RSS MB, 10 MB vs ${LARGE_MB} MB (--jobs ${CPUS})`, `${f(rss10.rssMB, 0)} vs ${f(rssLarge.rssMB, 0)}`, 'flat'],
    [`  ${LARGE_MB} MB run, peak RSS by quarter`, rssLarge.rssByQuarterMB.map((x) => f(x, 0)).join(' / '), 'levels off'],
    [`CPU s (all threads) / wall s, --jobs 1`, `${f(one.cpuSeconds)} / ${f(one.seconds)}`, ''],
    [`CPU s (all threads) / wall s, --jobs ${CPUS}`, `${f(all.cpuSeconds)} / ${f(all.seconds)}`, ''],
    ['start-up ms, one small file (median of 10)', f(startMs, 0), '<= 150'],
    ['  of which node alone (node -e "")', f(nodeMs, 0), ''],
    [`compromise people/places/orgs MB/s (${f(base.MB)} MB)`, f(base.mbPerS, 3), ''],
    ['ours per core / compromise', f(results.oursPerCoreVsCompromise, 0), '>= 50'],
    [`  library in-process MB/s, same ${f(library.MB)} MB, warm / compromise`, `${f(library.mbPerS, 2)} / ${f(results.libraryVsCompromise, 0)}x`, ''],
    [`  library in-process MB/s, first (cold) pass over it`, f(library.firstPassMbPerS, 2), ''],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join('  '));
  console.log(`load before: ${loadBefore}\nload after:  ${results.loadAfter}`);
  console.log('results written to .bench/results.json');
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exitCode = 1;
});
