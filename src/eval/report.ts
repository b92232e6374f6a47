/**
 * Human output of `extract eval`: one table per language and one in total, then attribute
 * accuracy; with `verbose`, each document's false positives and negatives.
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { SCORED_TYPES, type Figures, type ScoredType } from './score.js';
import type { Evaluation } from './evaluate.js';

export function renderReport(evaluation: Evaluation, chalk: ChalkInstance, verbose: boolean): string {
  const parts: string[] = [];
  if (verbose) parts.push(renderErrors(evaluation, chalk));
  for (const [lang, byType] of Object.entries(evaluation.byLanguage)) {
    const n = evaluation.scores.filter((s) => s.language === lang).length;
    parts.push(chalk.bold(`${lang} (${n} documents)`), figureTable(byType, chalk));
  }
  parts.push(chalk.bold(`all (${evaluation.documents} documents)`), figureTable(evaluation.byType, chalk));
  const { role, status } = evaluation.attributes;
  parts.push(`role accuracy:   ${accuracy(role)}`, `status accuracy: ${accuracy(status)}`);
  if (evaluation.skipped > 0) parts.push(chalk.red(`${evaluation.skipped} gold file(s) skipped`));
  return parts.join('\n') + '\n';
}

function figureTable(byType: Record<ScoredType, Figures>, chalk: ChalkInstance): string {
  const table = new Table({
    head: ['type', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn'].map((h) => chalk.bold(h)),
    style: { head: [], border: [] },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  });
  for (const type of SCORED_TYPES) {
    const f = byType[type];
    const f1 = f.f1.toFixed(3);
    table.push([type, f.precision.toFixed(3), f.recall.toFixed(3), f.f1 >= 0.9 ? chalk.green(f1) : f.f1 < 0.7 ? chalk.red(f1) : f1, f.tp, f.fp, f.fn]);
  }
  return table.toString();
}

function accuracy(a: { correct: number; total: number }): string {
  return a.total === 0 ? 'n/a (0 attributes in gold)' : `${(a.correct / a.total).toFixed(3)} (${a.correct}/${a.total})`;
}

function renderErrors(evaluation: Evaluation, chalk: ChalkInstance): string {
  const lines: string[] = [];
  for (const s of evaluation.scores) {
    const { falsePositives, falseNegatives, attributeErrors } = s.errors;
    if (falsePositives.length + falseNegatives.length + attributeErrors.length === 0) continue;
    lines.push(chalk.bold(`${s.doc} (${s.language})`));
    for (const fp of falsePositives) lines.push(`  ${chalk.red('FP')} ${fp}`);
    for (const fn of falseNegatives) lines.push(`  ${chalk.yellow('FN')} ${fn}`);
    for (const a of attributeErrors) lines.push(`  ${chalk.cyan('ATTR')} ${a}`);
  }
  return lines.join('\n') + '\n';
}
