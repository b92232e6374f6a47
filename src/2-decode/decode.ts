/**
 * Bytes → text. Order matters: a BOM is sniffed before the binary test, because UTF-16
 * text is full of NULs. Valid UTF-8 is decoded as such. Invalid UTF-8 is one of two things:
 * UTF-8 with a few stray bytes (well-formed multi-byte sequences are at least as common as
 * bad bytes: keep UTF-8, the bad bytes become U+FFFD, and the caller warns), or a legacy
 * 8-bit file, decoded as Windows-1252 (a superset of Latin-1 for printable text) through
 * iconv-lite, because Node 20's TextDecoder maps its smart quotes and euro sign to control
 * characters. Offsets downstream are into the decoded text, BOM removed.
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { ExtractError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Set when the decoding had to guess or replace bytes, so the caller can warn. */
  warning?: string;
}

/** How many leading bytes the binary test inspects (ripgrep and git look at a prefix too). */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes (other than tab, line ends, form feed, escape) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1;

export function decode(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  }
  const body = hasUtf8Bom(buf) ? buf.subarray(3) : buf;
  const binary = binaryReason(body);
  if (binary) throw new ExtractError('E_BINARY', `binary file (${binary}), skipped`);
  return decodeUtf8(body);
}

function hasUtf8Bom(buf: Buffer): boolean {
  return buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
}

function decodeUtf8(buf: Buffer): Decoded {
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  const { good, bad } = countUtf8Sequences(buf);
  if (good > 0 && good >= bad) {
    // `Kanada \xff und Österreich`: one stray byte in UTF-8 text
    const noun = bad === 1 ? 'byte' : 'bytes';
    return { text: buf.toString('utf8'), encoding: 'utf-8', warning: `${bad} invalid UTF-8 ${noun} replaced with U+FFFD` };
  }
  // `\xd6sterreich` (Latin-1 Ö): no UTF-8 multi-byte sequence at all
  return { text: iconv().decode(buf, 'windows-1252'), encoding: 'windows-1252', warning: 'not UTF-8, decoded as Windows-1252' };
}

/** Well-formed multi-byte UTF-8 sequences (`good`) and bytes that start none (`bad`). */
export function countUtf8Sequences(buf: Uint8Array): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len - 1;
    } else bad++;
  }
  return { good, bad };
}

/** Why the bytes look binary (a NUL byte, or many control bytes in the first 64 KiB), or undefined. */
export function binaryReason(buf: Uint8Array): string | undefined {
  const n = Math.min(buf.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return 'contains NUL bytes';
    if (b < 9 || (b > 13 && b < 32 && b !== 27) || b === 127) control++;
  }
  return n > 32 && control / n > MAX_CONTROL_SHARE ? 'mostly control characters' : undefined;
}

/** true when `binaryReason` finds a reason. */
export function looksBinary(buf: Uint8Array): boolean {
  return binaryReason(buf) !== undefined;
}

/** iconv-lite, loaded the first time a legacy file needs it: most runs never do (~13 ms of start-up). */
let iconvModule: typeof import('iconv-lite') | undefined;
function iconv(): typeof import('iconv-lite') {
  return (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'));
}
