/**
 * End-to-end: spawn the built binary and check stdout, stderr and the exit code.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentObject } from '../../src/doc.js';
import { expectContract } from '../helpers/contract.js';
import { run } from '../helpers/exec.js';

const SEED = 'seeds/000_9912798c27e5045e.txt';

describe('e2e/cli', () => {
  it('prints a table for the seed and exits 0', () => {
    const r = run([SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(SEED);
    expect(r.stdout).toContain('Melanie Joly');
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR and not a TTY
  });

  it('json and jsonl carry the same objects, and both keep the contract', () => {
    const json = run(['--format', 'json', SEED]);
    const jsonl = run(['--format', 'jsonl', SEED]);
    expect(json.status).toBe(0);
    const docs = JSON.parse(json.stdout) as DocumentObject[];
    const lines = jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentObject);
    expect(lines).toEqual(docs);
    expectContract(docs[0]);
  });

  it('a missing file: message on stderr, error object, the others still processed, exit 2', () => {
    const r = run(['--format', 'jsonl', 'no-such-file.txt', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('extract: no-such-file.txt: No such file or directory\n');
    const [missing, seed] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentObject);
    expect(missing).toEqual({ source: 'no-such-file.txt', language: null, entities: [], relations: [], error: 'No such file or directory' });
    expect(seed.entities.length).toBeGreaterThan(5);
  });

  it('json stays one valid array when an input fails', () => {
    const r = run(['--format', 'json', 'missing.txt', SEED]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it.each([
    [['--format', 'yaml', SEED], /unknown format 'yaml'/],
    [['--lang', 'fr', SEED], /unknown language 'fr'/],
    [['--types', 'city', SEED], /unknown entity type 'city'/],
    [['--jobs', 'zero', SEED], /--jobs needs a positive whole number/],
    [['--no-such-flag', SEED], /unknown option '--no-such-flag'/],
  ])('usage error %j: one line, a hint, exit 2, nothing on stdout', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^extract: .*\nTry 'extract --help'\n$/);
  });

  it('--help shows examples and exits 0; --version prints the version', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('reads stdin with -', () => {
    const r = run(['--format', 'jsonl', '-'], { input: 'Kanada und Japan verhandeln über ein Abkommen.' });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as DocumentObject;
    expect(doc.source).toBe('-');
    expect(doc.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:CA', 'country:JP']));
  });

  it('walks a directory and expands a quoted glob', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'a.txt'), 'Frankreich grenzt an Spanien.');
    writeFileSync(join(dir, 'b.txt'), 'Canada borders the United States.');
    const walked = run(['--format', 'jsonl', dir]).stdout.trimEnd().split('\n');
    expect(walked).toHaveLength(2);
    const globbed = run(['--format', 'jsonl', join(dir, '*.txt')]).stdout.trimEnd().split('\n');
    expect(globbed.map((l) => JSON.parse(l).source)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
  });

  it('--types filters entities and the relations that need them', () => {
    const r = run(['--format', 'json', '--types', 'country', SEED]);
    const [doc] = JSON.parse(r.stdout) as DocumentObject[];
    expect(new Set(doc.entities.map((e) => e.type))).toEqual(new Set(['country']));
    for (const rel of doc.relations) expect(rel.type).toBe('conflict_with');
  });

  it('JSONL input: one output line per record, source = record id', () => {
    const input = ['{"id":"a","text":"Kanada und Japan."}', 'not json', '{"id":"c","text":"Russia invaded Ukraine."}'].join('\n');
    const r = run(['--input', 'jsonl', '--format', 'jsonl', '-'], { input });
    expect(r.status).toBe(2);
    const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentObject);
    expect(docs.map((d) => d.source)).toEqual(['a', '-:2', 'c']);
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
  });
});
