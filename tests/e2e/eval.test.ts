/** `extract eval` end to end: JSON shape on the dev set, bad gold files skipped with a message. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED, run } from '../helpers/exec.js';

const DEV = join(SHARED, 'eval', 'dev');

describe('e2e/eval', () => {
  it('--json has the documented shape on the dev set', () => {
    const r = run(['eval', '--gold', DEV, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.documents).toBeGreaterThanOrEqual(11);
    for (const t of ['country', 'person', 'organization', 'agreement', 'entities', 'relation']) {
      expect(Object.keys(report.byType[t]).sort()).toEqual(['f1', 'fn', 'fp', 'precision', 'recall', 'tp']);
      expect(report.byLanguage.de[t]).toBeDefined();
      expect(report.byLanguage.en[t]).toBeDefined();
    }
    expect(Object.keys(report.attributes).sort()).toEqual(['role', 'status']);
  });

  it('bad gold files are named on stderr and skipped; the others are scored; exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-eval-'));
    copyFileSync(join(DEV, '000_9912798c27e5045e.json'), join(dir, 'good.json'));
    copyFileSync(join(DEV, '000_9912798c27e5045e.txt'), join(dir, '000_9912798c27e5045e.txt'));
    writeFileSync(join(dir, 'broken.json'), '{"doc": ');
    writeFileSync(join(dir, 'orphan.json'), '{"doc":"missing.txt","language":"en"}');
    const r = run(['eval', '--gold', dir, '--json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).documents).toBe(1);
    expect(r.stderr).toMatch(/^extract: .*broken\.json: invalid JSON/m);
    expect(r.stderr).toMatch(/^extract: .*orphan\.json: article .*missing\.txt: No such file or directory/m);
  });

  it('--verbose lists false negatives per document', () => {
    const r = run(['eval', '--gold', DEV, '--verbose']);
    expect(r.stdout).toMatch(/all \(\d+ documents\)/);
    expect(r.stdout).toMatch(/FN|FP/);
  });

  it('a missing --gold folder is a usage error', () => {
    const r = run(['eval', '--gold', '/no/such/dir']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/No such file or directory\nTry 'extract --help'/);
  });
});
