/**
 * `extract eval --gold DIR`: precision, recall and F1 against gold annotations.
 * Exit 0 when every gold file was scored, 2 when some were skipped or DIR is unusable.
 */
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { ExtractError } from '../errors.js';
import type { Language } from '../doc.js';
import { decideColor } from './color.js';
import { Messages, Output } from './io.js';
import type { CliIo } from './main.js';

interface EvalFlags {
  gold?: string;
  json?: boolean;
  verbose?: boolean;
  lang: string;
  color: boolean;
}

export function addEvalCommand(program: Command, io: CliIo): void {
  program
    .command('eval')
    .description('score the extractor against gold annotations (precision, recall, F1 per type and language)')
    .requiredOption('-g, --gold <dir>', 'folder of gold *.json files, each beside its article')
    .option('--json', 'print the figures as one JSON object')
    .option('-v, --verbose', 'list each false positive and false negative per document')
    .option('-l, --lang <lang>', "language: the gold file's (default), or force de/en", 'auto')
    .option('--no-color', 'no colour')
    .action(async (flags: EvalFlags) => runEval(flags, io));
}

async function runEval(flags: EvalFlags, io: CliIo): Promise<void> {
  const dir = flags.gold!;
  if (!['auto', 'de', 'en'].includes(flags.lang)) throw new ExtractError('E_USAGE', `unknown language '${flags.lang}' (choose auto, de, en)`);
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw new ExtractError('E_USAGE', `--gold ${dir}: ${(err as Error).message.includes('ENOENT') ? 'No such file or directory' : (err as Error).message}`);
  }
  const messages = new Messages(io.stderr, false);
  const [{ evaluateFolder }, { renderReport }] = await Promise.all([import('../eval/evaluate.js'), import('../eval/report.js')]);
  const evaluation = await evaluateFolder(dir, {
    language: flags.lang as Language | 'auto',
    onError: (file, problem) => messages.error(file, problem),
  });
  const out = new Output(io.stdout);
  if (flags.json) {
    const { scores: _scores, skipped: _skipped, ...report } = evaluation;
    await out.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const chalk = await decideColor(io.stdout as { isTTY?: boolean }, io.env, { color: flags.color });
    await out.write(renderReport(evaluation, chalk, flags.verbose === true));
  }
  await out.flush();
  if (evaluation.skipped > 0 || out.failure) io.setExitCode(2);
  if (out.failure) messages.line(`extract: ${out.failure}`);
}
