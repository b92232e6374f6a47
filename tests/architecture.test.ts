/**
 * The pipeline's inner stages are pure: no file system, no process, no terminal, no CLI.
 * Only the edges (1-read, 2-decode, 8-format, cli, lexicon loading) may do I/O.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const PURE = ['3-language', '4-segment', '5-recognise', '6-resolve', '7-relate', 'match'];
const FORBIDDEN = /from ['"](node:)?(fs|fs\/promises|child_process|readline|worker_threads)['"]|from ['"](chalk|cli-table3|commander)['"]|\bprocess\.(stdout|stderr|exit|argv|env)\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('architecture', () => {
  const pureFiles = PURE.flatMap((d) => files(join(SRC, d)));

  it('has pure stage files to check', () => expect(pureFiles.length).toBeGreaterThan(10));

  it.each(pureFiles.map((f) => [f.slice(SRC.length), f]))('%s does no I/O and knows no terminal', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(FORBIDDEN);
  });
});
