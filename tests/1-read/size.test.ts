/** 1-read/size: the bytes a run will read, when every path is a regular file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOnDisk } from '../../src/1-read/size.js';

describe('1-read: size', () => {
  it('read: bytesOnDisk counts regular files only, and stops counting once the run is big', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-jobs-'));
    writeFileSync(join(dir, 'a.txt'), 'x'.repeat(100));
    writeFileSync(join(dir, 'b.txt'), 'x'.repeat(50));
    expect(bytesOnDisk([join(dir, 'a.txt'), join(dir, 'b.txt')])).toBe(150);
    // past `enough` after a.txt: the missing file behind it is never looked at
    expect(bytesOnDisk([join(dir, 'a.txt'), join(dir, 'missing.txt')], 80)).toBe(100);
    expect(bytesOnDisk([dir])).toBeUndefined();
    expect(bytesOnDisk(['-'])).toBeUndefined();
    expect(bytesOnDisk([join(dir, 'missing.txt')])).toBeUndefined();
  });
});
