import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quote } from '../../src/8-format/dot.js';
import { label } from '../../src/8-format/mermaid.js';
import { ROOT, run } from '../helpers/exec.js';

const SEED = 'seeds/000_9912798c27e5045e.txt';
const hasDot = spawnSync('dot', ['-V'], { encoding: 'utf8' }).error === undefined;
const work = mkdtempSync(join(tmpdir(), 'extract-dot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('format/dot', () => {
  const dot = run(['--format', 'dot', SEED]);

  it('format/dot: exits 0 and writes one digraph with one cluster per document', () => {
    expect(dot.status).toBe(0);
    expect(dot.stdout.startsWith('digraph extract {')).toBe(true);
    expect(dot.stdout.trimEnd().endsWith('}')).toBe(true);
    expect(dot.stdout.match(/subgraph cluster_/g)).toHaveLength(1);
  });

  it.each([
    ['country', /label="Canada \(CA\)", shape=ellipse/],
    ['person', /label="Melanie Joly", shape=box/],
    ['organization', /label="Five Eyes", shape=hexagon/],
    ['agreement', /label="Allgemeines Abkommen über die Sicherheit von Informationen", shape=note/],
  ])('format/dot: shapes a %s node by its type', (_type, pattern) => {
    expect(dot.stdout).toMatch(pattern);
  });

  it('format/dot: labels edges by relation type; symmetric ones have no arrow head', () => {
    expect(dot.stdout).toMatch(/-> \S+ \[label="meets", dir=none\]/);
    expect(dot.stdout).toMatch(/-> \S+ \[label="party_to: negotiating"\]/);
    expect(dot.stdout).toMatch(/-> \S+ \[label="member_of"\]/);
  });

  it.each([
    ['a "quoted" name', '"a \\"quoted\\" name"'],
    ['back\\slash', '"back\\\\slash"'],
    ['two\nlines', '"two\\nlines"'],
  ])('format/dot: quotes %j safely', (text, expected) => {
    expect(quote(text)).toBe(expected);
  });

  it.skipIf(!hasDot)('format/dot: Graphviz renders the output to PNG without error', () => {
    const many = run(['--format', 'dot', SEED, 'seeds']);
    const png = join(work, 'graph.png');
    const r = spawnSync('dot', ['-Tpng', '-o', png], { input: many.stdout, encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(statSync(png).size).toBeGreaterThan(1000);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it.runIf(!hasDot)('format/dot: SKIPPED rendering — Graphviz `dot` is not installed (apt-get install graphviz)', () => {
    expect(hasDot).toBe(false);
  });
});

describe('format/mermaid', () => {
  const mermaid = run(['--format', 'mermaid', SEED]);

  it('format/mermaid: writes one flowchart with a subgraph per document and class definitions', () => {
    expect(mermaid.status).toBe(0);
    expect(mermaid.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(mermaid.stdout.match(/^ {2}subgraph d\d+/gm)).toHaveLength(1);
    for (const t of ['country', 'person', 'agreement', 'organization']) expect(mermaid.stdout).toContain(`classDef ${t} `);
  });

  it('format/mermaid: shapes nodes by type and labels edges, symmetric without arrow', () => {
    expect(mermaid.stdout).toMatch(/\(\("Canada \(CA\)"\)\):::country/);
    expect(mermaid.stdout).toMatch(/\["Melanie Joly"\]:::person/);
    expect(mermaid.stdout).toMatch(/\{\{"Five Eyes"\}\}:::organization/);
    expect(mermaid.stdout).toMatch(/ ---\|"meets"\| /);
    expect(mermaid.stdout).toMatch(/ -->\|"member_of"\| /);
  });

  it.each([
    ['say "hi"', 'say #quot;hi#quot;'],
    ['a|b<c>', 'a#124;b#60;c#62;'],
  ])('format/mermaid: escapes %j in labels', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});
