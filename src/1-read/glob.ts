/**
 * A small glob expander for shells that pass patterns through unexpanded (Windows cmd,
 * quoted arguments): `*`, `?`, `[…]` within a path segment and `**` across segments.
 * Results are sorted, so runs are deterministic.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function hasGlobChars(path: string): boolean {
  return /[*?[]/.test(path);
}

export function expandGlob(pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  const base = absolute ? '/' : '.';
  const results: string[] = [];
  walk(absolute ? base : '', parts[0] === '' ? parts.slice(1) : parts, results);
  return [...new Set(results)].sort();
}

function walk(dir: string, parts: string[], out: string[]): void {
  if (parts.length === 0) {
    if (dir !== '') out.push(dir);
    return;
  }
  const [head, ...rest] = parts;
  if (head === '**') {
    walk(dir, rest, out);
    for (const entry of list(dir)) {
      if (entry.startsWith('.')) continue;
      const path = dir === '' ? entry : join(dir, entry);
      if (isDir(path)) walk(path, parts, out);
    }
    return;
  }
  if (!hasGlobChars(head)) {
    const path = dir === '' ? head : join(dir, head);
    if (rest.length === 0 ? exists(path) : isDir(path)) walk(path, rest, out);
    return;
  }
  const re = segmentRegex(head);
  for (const entry of list(dir)) {
    if (entry.startsWith('.') && !head.startsWith('.')) continue;
    if (!re.test(entry)) continue;
    const path = dir === '' ? entry : join(dir, entry);
    if (rest.length === 0 || isDir(path)) walk(path, rest, out);
  }
}

function segmentRegex(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir === '' ? '.' : dir).sort();
  } catch {
    return [];
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
