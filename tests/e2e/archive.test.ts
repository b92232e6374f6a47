/**
 * The real-archive run (issue #8): every article of ../shared/corpora through ONE
 * `extract --input jsonl --format jsonl` call. No crash, exactly one result per article,
 * every id present once, every result keeps the output contract against its own text.
 * Skipped only where the corpora are not checked out next to the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentObject } from '../../src/doc.js';
import { expectContract } from '../helpers/contract.js';
import { BIN, ROOT, SHARED } from '../helpers/exec.js';

const CORPORA = join(SHARED, 'corpora');
const files = existsSync(CORPORA) ? readdirSync(CORPORA).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(CORPORA, f)) : [];

describe('e2e/archive', () => {
  it.skipIf(files.length === 0)('archive: every article of the corpora in one call: exit 0, one result per article, contract kept', () => {
    const texts = new Map<string, string>();
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const record = JSON.parse(line) as { id: string; text: string };
        texts.set(record.id, record.text);
      }
    }
    expect(texts.size).toBeGreaterThanOrEqual(4416);

    const r = spawnSync(process.execPath, [BIN, '--input', 'jsonl', '--format', 'jsonl', ...files], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);

    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(texts.size);
    const seen = new Set<string>();
    let entities = 0;
    for (const line of lines) {
      const doc = JSON.parse(line) as DocumentObject;
      expect(doc.error).toBeUndefined();
      expect(seen.has(doc.source)).toBe(false);
      seen.add(doc.source);
      const text = texts.get(doc.source);
      expect(text, `unknown source ${doc.source}`).toBeDefined();
      expectContract(doc, text);
      entities += doc.entities.length;
    }
    expect(entities).toBeGreaterThan(texts.size); // the run extracted, not just echoed
    expect([...seen].sort()).toEqual([...texts.keys()].sort());
  }, 600_000);
});
