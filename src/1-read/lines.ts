/**
 * Read stage: the lines of a byte stream (a JSONL file or stdin), split where readline with
 * `crlfDelay: Infinity` splits them (`\n`, `\r\n`, a lone `\r`), found by a byte search and
 * decoded as UTF-8 one line at a time. readline decodes every chunk with a string decoder,
 * joins the strings and splits them again with a regular expression: over 50 MB of records
 * that cost the main thread about a third more than this (measured, `--jobs 1` and `--jobs 2`).
 * A line break is never part of a multi-byte UTF-8 sequence, so no character is cut in two.
 */

const LF = 10;
const CR = 13;

export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
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
function* linesOf(bytes: Buffer, end: number): Generator<string> {
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
      yield bytes.toString('utf8', at, cr);
      // `\r\n` is one break
      at = cr + 1 === lf ? lf + 1 : cr + 1;
      continue;
    }
    yield bytes.toString('utf8', at, lf);
    at = lf + 1;
  }
}
