/**
 * Bytes → text. Order matters: a BOM is sniffed before the NUL-byte binary test, because
 * UTF-16 text is full of NULs. Valid UTF-8 is decoded as such; anything else falls back to
 * Windows-1252 (a superset of Latin-1 for printable text) through iconv-lite, because
 * Node 20's TextDecoder maps its smart quotes and euro sign to control characters.
 */
import iconv from 'iconv-lite';
import { ExtractError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Set when the decoding had to guess, so the caller can warn. */
  warning?: string;
}

/** How many leading bytes the binary test inspects (ripgrep and git look at a prefix too). */
const SNIFF_BYTES = 64 * 1024;

export function decode(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return decodeUtf8(buf.subarray(3));
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(buf)) throw new ExtractError('E_BINARY', 'binary file (contains NUL bytes), skipped');
  return decodeUtf8(buf);
}

function decodeUtf8(buf: Buffer): Decoded {
  if (isValidUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  if (mostlyUtf8(buf)) {
    // A few stray bytes inside UTF-8 text: keep the UTF-8, replace the bad bytes with U+FFFD.
    return { text: buf.toString('utf8'), encoding: 'utf-8', warning: 'invalid UTF-8 bytes replaced with U+FFFD' };
  }
  return { text: iconv.decode(buf, 'windows-1252'), encoding: 'windows-1252', warning: 'not UTF-8, decoded as Windows-1252' };
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** true when well-formed multi-byte UTF-8 sequences outnumber stray high bytes. */
function mostlyUtf8(buf: Buffer): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len - 1;
    } else bad++;
  }
  return good > bad;
}

/** NUL bytes in the first 64 KiB, or mostly control characters, mean binary. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 32 && control / n > 0.1;
}
