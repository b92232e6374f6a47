/** Spawn the built `extract` binary (knip's exec helper): exact bytes of stdout/stderr and the status. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/extract.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export interface ExecResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function run(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): ExecResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
