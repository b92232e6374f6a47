#!/usr/bin/env node
/**
 * affiliated_with alone on a gold folder: precision, recall and F1 of the relation, role accuracy,
 * and person entity figures, per language, with the spec scorer (`extract eval` reports all
 * relation types together). Uses the built library (dist/): run `npm run build` first.
 *
 *   node scripts/eval-affiliations.mjs [../shared/eval/dev] [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decode } from '../dist/2-decode/decode.js';
import { parseGold } from '../dist/eval/gold.js';
import { figures, scoreDocument, sum } from '../dist/eval/score.js';
import { extract } from '../dist/index.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/eval/dev', import.meta.url).pathname;
const verbose = args.includes('--verbose');
const counts = { person: {}, relation: {} };
const role = { correct: 0, total: 0 };
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = parseGold(readFileSync(join(dir, file), 'utf8'));
  const text = decode(readFileSync(join(dir, basename(gold.doc)))).text;
  const predicted = extract(text, { language: gold.language, source: gold.doc, explain: true });
  gold.relations = gold.relations.filter((r) => r[0] === 'affiliated_with');
  predicted.relations = predicted.relations.filter((r) => r.type === 'affiliated_with');
  const score = scoreDocument(gold, predicted);
  for (const type of ['person', 'relation']) (counts[type][gold.language] ??= []).push(score.counts[type]);
  role.correct += score.attributes.role.correct;
  role.total += score.attributes.role.total;
  if (verbose) {
    const { falsePositives, falseNegatives, attributeErrors } = score.errors;
    const lines = [...falsePositives.map((e) => `FP ${e}`), ...falseNegatives.map((e) => `FN ${e}`), ...attributeErrors.map((e) => `ATTR ${e}`)];
    if (lines.length > 0) process.stdout.write(`${file}\n  ${lines.join('\n  ')}\n`);
  }
}
const line = (label, c) => {
  const f = figures(c);
  return `${label.padEnd(26)} P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})\n`;
};
for (const type of ['person', 'relation']) {
  const name = type === 'relation' ? 'affiliated_with' : 'person';
  for (const [lang, list] of Object.entries(counts[type]).sort()) process.stdout.write(line(`${name} ${lang}`, sum(list)));
  process.stdout.write(line(`${name} all`, sum(Object.values(counts[type]).flat())));
}
process.stdout.write(`role accuracy: ${role.total === 0 ? '-' : (role.correct / role.total).toFixed(3)} (${role.correct}/${role.total})\n`);
