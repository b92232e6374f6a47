/**
 * e2e: `--jobs N` gives the same bytes as one in-process run, and the JSONL mapper contract
 * holds under GNU parallel (one output line per record, source = id, nothing else on stdout).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, SHARED, run } from '../helpers/exec.js';

const CORPORA = join(SHARED, 'corpora');

/** A slice of every shared corpus: the first `per` records of each file. */
function corpusSlice(per: number): string {
  const files = readdirSync(CORPORA).filter((f) => f.endsWith('.jsonl'));
  return files.map((f) => readFileSync(join(CORPORA, f), 'utf8').split('\n').filter(Boolean).slice(0, per).join('\n') + '\n').join('');
}

const ids = (jsonl: string): string[] =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
const sources = (jsonl: string): string[] =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { source: string }).source);

describe.skipIf(!existsSync(CORPORA))('e2e: parallel', () => {
  const slice = corpusSlice(40);

  it.each([2, 3])('parallel: --jobs %i output equals --jobs 1 output, byte for byte', (jobs) => {
    const one = run(['--input', 'jsonl', '--format', 'jsonl', '--jobs', '1', '-'], { input: slice });
    const many = run(['--input', 'jsonl', '--format', 'jsonl', '--jobs', String(jobs), '-'], { input: slice });
    expect(one.status).toBe(0);
    expect(many.status).toBe(0);
    expect(sources(many.stdout)).toEqual(ids(slice));
    expect(many.stdout).toBe(one.stdout);
  });

  it('parallel: text files with --jobs 2 come out in argument order with the same table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-par-'));
    const names = ['b.txt', 'a.txt', 'c.txt'];
    const texts = ['Kanada und Japan verhandeln.', 'Angela Merkel traf Emmanuel Macron in Paris.', 'The NATO summit in Brussels.'];
    names.forEach((n, i) => writeFileSync(join(dir, n), texts[i]!));
    const paths = names.map((n) => join(dir, n));
    const one = run(['--format', 'json', '--jobs', '1', ...paths]);
    const two = run(['--format', 'json', '--jobs', '2', ...paths]);
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(two.stdout) as { source: string }[]).map((d) => d.source)).toEqual(paths);
  });

  it('parallel: a bad record keeps its line in place and is named with its line number on stderr', () => {
    const input = '{"id":"a","text":"Kanada"}\nnot json\n{"id":"b","text":"Japan"}\n';
    const r = run(['--input', 'jsonl', '--format', 'jsonl', '--jobs', '2', '-'], { input });
    expect(sources(r.stdout)).toEqual(['a', '-:2', 'b']);
    expect(r.stderr).toMatch(/^extract: -:2: line 2: invalid JSON$/m);
    expect(r.status).toBe(2);
  });

  it.each(['jsonl', 'json', 'table'])('parallel: awkward JSONL bytes give the same %s, messages and status with --jobs 2 as with --jobs 1', (format) => {
    // a BOM, CRLF and a lone CR, blank lines of ASCII and Unicode spaces, bad UTF-8, a record without id, a broken line
    const input = Buffer.concat([
      Buffer.from('\uFEFF{"id":"a","text":"Kanada und Japan."}\r\n \t\r\n\u00A0\u3000\n'),
      Buffer.from('{"id":"b","text":"Gr'),
      Buffer.from([0xfc, 0xdf]),
      Buffer.from('e an Frankreich."}\r{"text":"Angela Merkel traf Emmanuel Macron."}\n{"id":"c", broken\n\n{"id":7,"text":"NATO"}'),
    ]);
    const one = run(['--input', 'jsonl', '--format', format, '--jobs', '1', '-'], { input });
    const two = run(['--input', 'jsonl', '--format', format, '--jobs', '2', '-'], { input });
    expect(two).toEqual(one);
    expect(one.stderr).toMatch(/^extract: -:6: line 6: invalid JSON$/m);
    expect(one.status).toBe(2);
    if (format === 'jsonl') expect(sources(one.stdout)).toEqual(['a', 'b', '-:5', '-:6', '7']);
  });

  it.each([['1'], ['2']])('parallel: empty stdin gives no output and exit 0 (--jobs %s)', (jobs) => {
    const r = run(['--input', 'jsonl', '--format', 'jsonl', '--jobs', jobs, '-'], { input: '' });
    expect([r.stdout, r.stderr, r.status]).toEqual(['', '', 0]);
  });

  it.skipIf(!existsSync('/usr/bin/parallel'))('parallel: under GNU parallel --pipe every record id comes back exactly once', () => {
    const big = corpusSlice(80);
    const r = spawnSync(
      'parallel',
      ['--will-cite', '--pipe', '--block', '200k', '-j', '2', process.execPath, BIN, '--input', 'jsonl', '--format', 'jsonl', '--jobs', '1', '-'],
      { input: big, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
    );
    expect(r.status).toBe(0);
    const want = ids(big);
    expect(want.length).toBeGreaterThan(250);
    const got = sources(r.stdout);
    expect([...got].sort()).toEqual([...want].sort());
    expect(new Set(got).size).toBe(got.length);
  });
});

describe('e2e: --summary', () => {
  const input = '{"id":"a","text":"Kanada und Japan verhandeln."}\n{"id":"b","text":"Canada and France meet."}\n';
  it.each([['1'], ['2']])('summary: jsonl ends with one {"summary"} line after the documents (--jobs %s)', (jobs) => {
    const r = run(['--input', 'jsonl', '--format', 'jsonl', '--summary', '--jobs', jobs, '-'], { input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.source ?? 'summary')).toEqual(['a', 'b', 'summary']);
    const s = lines[2]!.summary as { documents: number; top: { country: { id: string; documents: number }[] } };
    expect(s.documents).toBe(2);
    expect(s.top.country[0]).toMatchObject({ id: 'country:CA', documents: 2 });
  });

  it('summary: with --format json the output is only the summary object', () => {
    const r = run(['--input', 'jsonl', '--format', 'json', '--summary', '-'], { input });
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(['summary']);
  });

  it('summary: without --summary jsonl has no summary line', () => {
    const r = run(['--input', 'jsonl', '--format', 'jsonl', '-'], { input });
    expect(r.stdout).not.toMatch(/"summary"/);
  });
});
