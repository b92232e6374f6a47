/** cli/progress: shown only to a person at a terminal, only after a second, then cleared. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress, shouldShowProgress } from '../../src/cli/progress.js';

describe('cli/progress', () => {
  it.each([
    [{ isTTY: true, quiet: false, env: {} }, true],
    [{ isTTY: false, quiet: false, env: {} }, false],
    [{ isTTY: undefined, quiet: false, env: {} }, false],
    [{ isTTY: true, quiet: true, env: {} }, false],
    [{ isTTY: true, quiet: false, env: { TERM: 'dumb' } }, false],
    [{ isTTY: true, quiet: false, env: { CI: 'true' } }, false],
  ])('progress: %j → shown %s', (ctx, want) => {
    expect(shouldShowProgress(ctx)).toBe(want);
  });

  function sink() {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        chunks.push(String(chunk));
        cb();
      },
    });
    return { stream, chunks };
  }

  it('progress: nothing is drawn in the first second, and clear() then writes nothing', () => {
    let t = Date.now();
    const { stream, chunks } = sink();
    const p = new Progress(stream, undefined, () => t);
    p.done();
    t += 500;
    p.done();
    p.clear();
    expect(chunks).toEqual([]);
  });

  it('progress: after a second it draws documents, MB/s and ETA, throttled, and clears the line', async () => {
    let t = Date.now();
    const { stream, chunks } = sink();
    const p = new Progress(stream, 4_000_000, () => t);
    const inputs = (async function* () {
      yield { source: 'a', text: 'x'.repeat(1_000_000) };
    })();
    for await (const _ of p.count(inputs));
    t += 2000;
    p.done();
    p.done(); // same instant: throttled
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/1 documents, 1\.0 MB, 0\.5 MB\/s, 25%, ETA 6s/);
    p.clear();
    expect(chunks.at(-1)).toBe('\r\x1b[K');
  });
});
