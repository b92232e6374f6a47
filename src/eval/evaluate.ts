/**
 * `extract eval`'s library half: reads every gold file of a folder with its article, runs
 * the extractor and scores it. Bad gold files are reported through `onError` and skipped.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decode } from '../2-decode/decode.js';
import { describeError } from '../errors.js';
import { extract, type ExtractAllOptions } from '../index.js';
import { parseGold } from './gold.js';
import { aggregate, scoreDocument, type DocumentScore, type EvalReport } from './score.js';

export interface EvaluateOptions extends ExtractAllOptions {
  /** Called for each gold file that cannot be scored. */
  onError?: (file: string, problem: string) => void;
}

export interface Evaluation extends EvalReport {
  scores: DocumentScore[];
  skipped: number;
}

export async function evaluateFolder(dir: string, options: EvaluateOptions = {}): Promise<Evaluation> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const scores: DocumentScore[] = [];
  let skipped = 0;
  for (const file of files) {
    const path = join(dir, file);
    try {
      const gold = parseGold(await readFile(path, 'utf8'));
      const articlePath = join(dir, basename(gold.doc));
      let bytes: Buffer;
      try {
        bytes = await readFile(articlePath);
      } catch (err) {
        throw new Error(`article ${articlePath}: ${describeError(err)}`);
      }
      const language = options.language && options.language !== 'auto' ? options.language : gold.language;
      const predicted = extract(decode(bytes).text, { ...options, language, source: gold.doc, explain: true });
      scores.push(scoreDocument(gold, predicted));
    } catch (err) {
      skipped++;
      options.onError?.(path, describeError(err));
    }
  }
  return { ...aggregate(scores), scores, skipped };
}
