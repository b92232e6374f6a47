/**
 * Read stage: the lines of a byte stream (a JSONL file or stdin), split where readline with
 * `crlfDelay: Infinity` splits them (`\n`, `\r\n`, a lone `\r`), found by a byte search.
 * `splitLineBytes` gives each line as bytes (a view into the chunk it came in, or the chunks of
 * a line that spanned several, joined once): the pool ships lines to its workers as bytes, so
 * the main thread never decodes a record. `splitLines` decodes them as readline would.
 * readline decodes every chunk with a string decoder, joins the strings and splits them again
 * with a regular expression: over 50 MB of records that cost the main thread about a third
 * more than a byte search (measured, `--jobs 1` and `--jobs 2`).
 * A line break is never part of a multi-byte UTF-8 sequence, so no character is cut in two.
 */

const LF = 10;
const CR = 13;

/** The lines of a stream as UTF-8 text (invalid bytes become U+FFFD, as `buffer.toString()` makes them). */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  for await (const line of splitLineBytes(chunks)) yield line.toString('utf8');
}

/** The lines of a stream as bytes, without their line breaks. */
export async function* splitLineBytes(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  // the bytes after the last line break seen, in pieces: joined once, when their line ends
  let pending: Buffer[] = [];
  for await (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    const lastBreak = chunk.lastIndexOf(LF);
    if (lastBreak < 0) {
      pending.push(chunk);
      continue;
    }
    let bytes = chunk;
    let end = lastBreak + 1;
    if (pending.length > 0) {
      pending.push(chunk.subarray(0, end));
      bytes = Buffer.concat(pending);
      end = bytes.length;
      pending = [];
    }
    yield* linesOf(bytes, end);
    if (lastBreak + 1 < chunk.length) pending.push(chunk.subarray(lastBreak + 1));
  }
  if (pending.length > 0) {
    const rest = Buffer.concat(pending);
    yield* linesOf(rest, rest.length);
  }
}

/**
 * The lines of `bytes[0, end)`: a region that ends with `\n`, or the rest of the stream, whose
 * last line needs no break (and a final `\r` only ends its line).
 */
function* linesOf(bytes: Buffer, end: number): Generator<Buffer> {
  let at = 0;
  // the next `\r` at or after `at` (-1: none before `end`), searched again only once passed
  let cr = bytes.indexOf(CR);
  if (cr >= end) cr = -1;
  while (at < end) {
    let lf = bytes.indexOf(LF, at);
    if (lf < 0 || lf >= end) lf = end;
    if (cr >= 0 && cr < at) {
      cr = bytes.indexOf(CR, at);
      if (cr >= end) cr = -1;
    }
    if (cr >= 0 && cr < lf) {
      yield bytes.subarray(at, cr);
      // `\r\n` is one break
      at = cr + 1 === lf ? lf + 1 : cr + 1;
      continue;
    }
    yield bytes.subarray(at, lf);
    at = lf + 1;
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** The line without a leading UTF-8 byte order mark (what `text.replace(/^\uFEFF/, '')` does to its text). */
export function withoutBom(line: Buffer): Buffer {
  const bom = line.length >= 3 && line[0] === UTF8_BOM[0] && line[1] === UTF8_BOM[1] && line[2] === UTF8_BOM[2];
  return bom ? line.subarray(3) : line;
}

/**
 * Whether the line's text is blank as `text.trim() === ''` sees it, decoding only when the bytes
 * cannot tell: a printable ASCII byte means text; a line of ASCII whitespace is blank; a line of
 * whitespace and non-ASCII bytes may hold Unicode spaces (NBSP, U+2003, a BOM) and is decoded.
 */
export function isBlankLine(line: Buffer): boolean {
  let nonAscii = false;
  for (let i = 0; i < line.length; i++) {
    const byte = line[i]!;
    if (byte >= 0x80) nonAscii = true;
    else if (!isAsciiWhitespace(byte)) return false;
  }
  return !nonAscii || line.toString('utf8').trim() === '';
}

/** The ASCII characters `String.prototype.trim` removes: tab, LF, VT, FF, CR, space. */
function isAsciiWhitespace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}
