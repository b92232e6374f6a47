#!/usr/bin/env node
/**
 * GermEval 2014 person benchmark: each sentence is one document (tokens joined by single
 * spaces, --lang de); predicted person mentions vs gold outer PER spans by exact offsets.
 * Usage: node scripts/germeval.mjs [path/to/NER-de-dev.tsv]   (needs `npm run build` first)
 */
import { readFileSync } from 'node:fs';
import { extract } from '../dist/index.js';

const file = process.argv[2] ?? '../shared/eval/germeval2014/NER-de-dev.tsv';

/** Sentences as { text, gold: Set<"start:end"> } from the GermEval TSV. */
function readSentences(path) {
  const sentences = [];
  let tokens = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push(toSentence(tokens));
    tokens = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const [, token, outer] = line.split('\t');
    tokens.push({ token, outer });
  }
  flush();
  return sentences;
}

/** Tokens joined by single spaces; gold outer PER spans as "start:end". */
function toSentence(tokens) {
  let text = '';
  const gold = new Set();
  let open = -1;
  let end = 0;
  const close = () => {
    if (open >= 0) gold.add(`${open}:${end}`);
    open = -1;
  };
  for (const { token, outer } of tokens) {
    if (text.length > 0) text += ' ';
    const start = text.length;
    text += token;
    if (outer === 'B-PER') {
      close();
      open = start;
    } else if (outer !== 'I-PER') close();
    if (open >= 0) end = text.length;
  }
  close();
  return { text, gold };
}

let tp = 0;
let fp = 0;
let fn = 0;
for (const { text, gold } of readSentences(file)) {
  const doc = extract(text, { language: 'de', types: ['person'] });
  const predicted = new Set(doc.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
  for (const span of predicted) gold.has(span) ? tp++ : fp++;
  for (const span of gold) if (!predicted.has(span)) fn++;
}
const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
const f1 = (2 * p * r) / (p + r || 1);
console.log(`${file}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
