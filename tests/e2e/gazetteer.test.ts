/** `--gazetteer FILE` end to end: extra names reach the output; a bad line stops the run before any output. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/exec.js';

const dir = mkdtempSync(join(tmpdir(), 'extract-gazetteer-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('e2e: --gazetteer', () => {
  it('e2e: entries from JSONL and TSV files (repeatable) extend the lexicons', () => {
    const jsonl = file('orgs.jsonl', '{"type":"organization","name":"Fooland Union","aliases":["FU Council"],"code":"FOU"}\n');
    const tsv = file('people.tsv', 'type\tname\taliases\tlang\tcode\nperson\tJane Roe\t\ten\t\n');
    const r = run(['--gazetteer', jsonl, '--gazetteer', tsv, '--format', 'json', '--lang', 'en', '-'], {
      input: 'The FU Council met Jane Roe.',
    });
    expect(r.status).toBe(0);
    const ids = (JSON.parse(r.stdout) as { entities: { id: string }[] }[])[0].entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['organization:FOU', 'person:jane-roe']));
  });

  it('e2e: a bad line names file and line, exits 2, and prints nothing on stdout', () => {
    const bad = file('bad.jsonl', '{"type":"organization","name":"Quad"}\n{"type":"country","name":"Narnia"}\n');
    const r = run(['--gazetteer', bad, '--format', 'json', '-'], { input: 'Kanada und Japan.' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^extract: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: a country needs a 'code'`));
  });

  it('e2e: a missing gazetteer file is an error before any output', () => {
    const r = run(['--gazetteer', join(dir, 'missing.jsonl'), '-'], { input: 'Kanada.' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('missing.jsonl: No such file or directory');
  });
});
