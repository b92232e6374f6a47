/**
 * The `extract` command: parses options with commander and hands them to the library.
 * Heavy modules (lexicons, formatters) are imported only once a run needs them, so
 * `--help` and `--version` start fast.
 *
 * Exit codes (grep, ripgrep, jq): 0 every input processed (also when nothing was found);
 * 2 any input could not be processed, a usage error, or a write error.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ExtractError, describeError } from '../errors.js';
import type { ExtraEntry } from '../lexicon/load.js';
import { Messages, Output } from './io.js';
import { FORMAT_NAMES, toRunOptions, type CliFlags, type RunOptions } from './options.js';
import { decideColor } from './color.js';
import { addEvalCommand } from './eval.js';

// the bin installs the process guard from the same bundle it runs main from
export { guardProcess } from './io.js';

export const EXIT_OK = 0;
export const EXIT_TROUBLE = 2;

const HELP_EXAMPLES = `
Examples:
  extract seeds/*.txt                          a table per article
  extract --format jsonl corpus/ | jq .        one JSON object per line, for scripts
  extract --format json --types country a.txt  only countries, as one JSON array
  cat docs.jsonl | extract --input jsonl --format jsonl -
                                               a mapper for GNU parallel, Hadoop, Spark
  extract eval --gold ../shared/eval/dev       precision and recall against gold files

Exit status: 0 every input processed (also when nothing was found);
2 some input could not be read, or a usage error.`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Build the commander program. `io` lets tests run it in-process. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('extract');
  program
    .description('Extract countries, people, agreements and international organisations, and their relations, from German and English news.')
    .version(version(), '-V, --version')
    .argument('[paths...]', "files, directories, globs, or '-' for stdin")
    .addOption(new Option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')}`).default('table'))
    .addOption(new Option('-l, --lang <lang>', 'document language: auto, de, en').default('auto'))
    .option('-t, --types <types>', 'entity types to report, comma-separated: country,person,agreement,organization')
    .addOption(new Option('-i, --input <input>', "input format: text (one document per file) or jsonl (one {\"id\",\"text\"} record per line)").default('text'))
    .option('-j, --jobs <n>', 'worker threads (default: number of CPUs when there is more than one document)')
    .option('--no-color', 'never colour the table output (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'print no warnings on stderr (errors are still printed)')
    .option('--explain', 'include the rule that made each mention and relation')
    .option('--gazetteer <file>', 'extra names for any entity type, JSONL or TSV (repeatable)', collect, [] as string[])
    .option('--summary', 'an overview of the whole run: table after the documents; json: only the summary object; jsonl: a last {"summary": ...} line')
    .option('--max-filesize <size>', 'skip inputs larger than this (500K, 10M, 1G; default 256M)')
    .addHelpText('after', HELP_EXAMPLES)
    .showHelpAfterError("Try 'extract --help'")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`extract: ${s.replace(/^error: /, '')}`),
    })
    .action(async (paths: string[], flags: CliFlags) => {
      await runExtract(paths, toRunOptions(flags), io);
    });
  // program options stop at the subcommand name, so `eval --lang de` is the subcommand's option
  program.enablePositionalOptions();
  addEvalCommand(program, io);
  return program;
}

export interface CliIo {
  stdout: NodeJS.WritableStream & import('node:stream').Writable;
  stderr: NodeJS.WritableStream & import('node:stream').Writable;
  stdin: NodeJS.ReadableStream & import('node:stream').Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  setExitCode(code: number): void;
}

async function runExtract(paths: string[], options: RunOptions, io: CliIo): Promise<void> {
  const messages = new Messages(io.stderr, options.quiet);
  if (paths.length === 0) {
    if (io.stdin.isTTY) throw new ExtractError('E_USAGE', 'no input given (name files, directories, or - for stdin)');
    paths = ['-'];
  }
  const [{ readSources }, { extractBatch, decideJobs, smallRunBytes }, { loadFormatter }] = await Promise.all([
    import('../1-read/sources.js'),
    import('../parallel/index.js'),
    import('../8-format/index.js'),
  ]);
  const gazetteer = await loadGazetteers(options.gazetteers);
  const out = new Output(io.stdout);
  // chalk is loaded only for the one format that colours
  const chalk = options.format === 'table' ? await decideColor(io.stdout as { isTTY?: boolean }, io.env, options) : undefined;
  const formatter = (await loadFormatter(options.format))({ chalk, columns: (io.stdout as { columns?: number }).columns });
  let count = 0;
  let failed = false;
  const summary = options.summary ? new (await import('../8-format/summary.js')).SummaryCollector() : undefined;
  // json is one array: with --summary it holds nothing but the summary object
  const perDocument = !(summary && options.format === 'json');
  if (perDocument) await out.write(formatter.begin?.() ?? '');
  const progress = await startProgress(paths, options, io);
  let inputs = readSources(paths, { input: options.input, stdin: io.stdin, maxFileSize: options.maxFileSize });
  if (progress) inputs = progress.count(inputs);
  const jobs = decideJobs({ jobs: options.jobs, paths, input: options.input, bytes: smallRunBytes(paths) });
  for await (const doc of extractBatch(inputs, { language: options.language, types: options.types, explain: options.explain, ...gazetteer }, jobs)) {
    if (progress && (doc.error || doc.warnings?.length)) progress.clear();
    if (doc.error) {
      failed = true;
      messages.error(doc.source, doc.error);
    }
    for (const w of doc.warnings ?? []) messages.warn(doc.source, w);
    summary?.add(doc);
    if (perDocument) await out.write(formatter.document(doc, count));
    count++;
    progress?.done();
    if (out.stopped) break;
  }
  progress?.clear();
  if (perDocument) await out.write(formatter.end?.(count) ?? '');
  if (summary) await out.write(await summaryOutput(summary.result(), options.format));
  await out.flush();
  if (out.failure) {
    messages.line(`extract: ${out.failure}`);
    failed = true;
  }
  if (failed && !out.closed) io.setExitCode(EXIT_TROUBLE);
}

async function summaryOutput(result: import('../8-format/summary.js').RunSummary, format: string): Promise<string> {
  if (format === 'jsonl') return `${JSON.stringify({ summary: result })}\n`;
  if (format === 'json') return `${JSON.stringify({ summary: result }, null, 2)}\n`;
  return (await import('../8-format/summary.js')).summaryText(result);
}

/** The stderr progress line, for a person at a terminal only (see src/cli/progress.ts). */
async function startProgress(paths: readonly string[], options: RunOptions, io: CliIo) {
  const { shouldShowProgress, Progress } = await import('./progress.js');
  const isTTY = (io.stderr as { isTTY?: boolean }).isTTY;
  if (!shouldShowProgress({ isTTY, quiet: options.quiet, env: io.env })) return undefined;
  const { bytesOnDisk } = await import('../1-read/size.js');
  return new Progress(io.stderr, bytesOnDisk(paths));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Read and check every `--gazetteer` file before any output: a bad line stops the run. */
async function loadGazetteers(files: readonly string[]): Promise<{ gazetteer?: ExtraEntry[]; gazetteerKey?: string }> {
  if (files.length === 0) return {};
  const { parseGazetteer, gazetteerKey } = await import('../lexicon/gazetteer.js');
  const gazetteer: ExtraEntry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ExtractError('E_GAZETTEER', `${file}: ${describeError(err)}`);
    }
    gazetteer.push(...parseGazetteer(text, file));
  }
  return { gazetteer, gazetteerKey: gazetteerKey(files) };
}

/** Entry point of bin/extract.js. Never calls process.exit(): it sets process.exitCode. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<void> {
  try {
    await buildProgram(io).parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with code 0; everything else commander rejects is a usage error
      io.setExitCode(err.exitCode === 0 ? EXIT_OK : EXIT_TROUBLE);
      return;
    }
    if (err instanceof ExtractError && err.code === 'E_GAZETTEER') {
      io.stderr.write(`extract: ${err.message}\n`);
      io.setExitCode(EXIT_TROUBLE);
      return;
    }
    if (err instanceof ExtractError && err.code === 'E_USAGE') {
      io.stderr.write(`extract: ${err.message}\nTry 'extract --help'\n`);
      io.setExitCode(EXIT_TROUBLE);
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`extract: internal error: ${message}\n`);
    if (io.env.EXTRACT_DEBUG) io.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    io.setExitCode(EXIT_TROUBLE);
  }
}

function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    setExitCode: (code) => {
      process.exitCode = code;
    },
  };
}
