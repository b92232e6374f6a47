#!/usr/bin/env node
/**
 * Person mentions against GermEval 2014 (../shared/eval/germeval2014/README.md): each sentence
 * is one document (tokens joined by single spaces, `--lang de`); every predicted person mention
 * is compared with the gold outer PER spans by exact character offsets.
 * Uses the built library (dist/): run `npm run build` first.
 *
 *   node scripts/germeval.mjs [dev|test|FILE] [--errors N] [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';

const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--')) ?? 'dev';
const errorsShown = Number(args[args.indexOf('--errors') + 1]) || 0;
const asJson = args.includes('--json');
const folder = new URL('../../shared/eval/germeval2014/', import.meta.url).pathname;
const file = split === 'dev' || split === 'test' ? join(folder, `NER-de-${split}.tsv`) : split;

/** Sentences of a GermEval file: their text and gold PER spans (outer tags). */
function readSentences(path) {
  const sentences = [];
  let tokens = [];
  const flush = () => {
    if (tokens.length === 0) return;
    let text = '';
    const spans = [];
    let open;
    for (const [token, tag] of tokens) {
      if (text !== '') text += ' ';
      const start = text.length;
      text += token;
      if (tag === 'B-PER' || (tag === 'I-PER' && open === undefined)) {
        if (open) spans.push(open);
        open = { start, end: text.length };
      } else if (tag === 'I-PER') open.end = text.length;
      else if (open) {
        spans.push(open);
        open = undefined;
      }
    }
    if (open) spans.push(open);
    sentences.push({ text, spans });
    tokens = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const [, token, outer] = line.split('\t');
    tokens.push([token, outer]);
  }
  flush();
  return sentences;
}

const sentences = readSentences(file);
let tp = 0;
let fp = 0;
let fn = 0;
const falsePositives = [];
const falseNegatives = [];
const started = Date.now();
for (const s of sentences) {
  const doc = extract(s.text, { language: 'de', types: ['person', 'country', 'organization'] });
  const predicted = new Set();
  for (const e of doc.entities) if (e.type === 'person') for (const m of e.mentions) predicted.add(`${m.start}:${m.end}`);
  const gold = new Set(s.spans.map((g) => `${g.start}:${g.end}`));
  for (const p of predicted) {
    if (gold.has(p)) tp++;
    else {
      fp++;
      falsePositives.push(excerpt(s.text, p));
    }
  }
  for (const g of gold) {
    if (!predicted.has(g)) {
      fn++;
      falseNegatives.push(excerpt(s.text, g));
    }
  }
}

function excerpt(text, key) {
  const [start, end] = key.split(':').map(Number);
  return `${text.slice(Math.max(0, start - 40), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 40)}`;
}

const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const result = { file, sentences: sentences.length, tp, fp, fn, precision, recall, f1, seconds: (Date.now() - started) / 1000 };
if (asJson) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  process.stdout.write(
    `GermEval 2014 ${split}: ${sentences.length} sentences, person mentions P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n`,
  );
  if (errorsShown > 0) {
    process.stdout.write(`\nfalse positives:\n${falsePositives.slice(0, errorsShown).join('\n')}\n`);
    process.stdout.write(`\nfalse negatives:\n${falseNegatives.slice(0, errorsShown).join('\n')}\n`);
  }
}
