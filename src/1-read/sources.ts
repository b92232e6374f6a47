/**
 * Read stage: turns the paths a user gave into a stream of inputs, one document at a time.
 * A path is a file, a directory (walked for text files, sorted), a glob, or `-` (stdin).
 * With `jsonl` input every line of a file is a record `{"id", "text"}`, handed on as its bytes
 * (the main thread of a pooled run never decodes one; see src/parallel/pool.ts). Unreadable inputs
 * become `{source, error}` items so the batch keeps its place and goes on.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Input } from '../index.js';
import { describeError } from '../errors.js';
import { expandGlob, hasGlobChars } from './glob.js';
import { isBlankLine, splitLineBytes, withoutBom } from './lines.js';

export type InputFormat = 'text' | 'jsonl';

export interface ReadOptions {
  input?: InputFormat;
  /** Where `-` reads from (tests pass their own stream). */
  stdin?: Readable;
  /** Files larger than this are refused (bytes). */
  maxFileSize?: number;
}

/** Node cannot hold a string longer than ~512 M characters; stay well below it. */
export const DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;

const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;
const JSONL_EXTENSIONS = /\.(jsonl|ndjson|json)$/i;

export async function* readSources(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<Input> {
  const format = options.input ?? 'text';
  for (const path of paths) {
    if (path === '-') {
      yield* readStream(options.stdin ?? process.stdin, '-', format, sizeLimit(options));
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      if (hasGlobChars(path)) {
        const matches = expandGlob(path);
        if (matches.length > 0) {
          yield* readSources(matches, options);
          continue;
        }
        yield { source: path, error: 'no files match this pattern' };
        continue;
      }
      yield { source: path, error: describeError(err) };
      continue;
    }
    if (info.isDirectory()) {
      for await (const entry of walk(path, format)) {
        if (typeof entry === 'string') yield* readFileInput(entry, format, options);
        else yield entry;
      }
    } else if (!info.isFile()) {
      // a FIFO would block until a writer appears; devices and sockets are not documents
      yield { source: path, error: `${fileKind(info)}, not a regular file (use - for stdin)` };
    } else {
      yield* readFileInput(path, format, options);
    }
  }
}

async function* readFileInput(path: string, format: InputFormat, options: ReadOptions): AsyncGenerator<Input> {
  if (format === 'jsonl') {
    yield* readStream(createReadStream(path), path, format, sizeLimit(options));
    return;
  }
  try {
    const info = await stat(path);
    const limit = sizeLimit(options);
    if (info.size > limit) {
      yield { source: path, error: tooLarge(info.size, limit) };
      return;
    }
    yield { source: path, bytes: await readFile(path) };
  } catch (err) {
    yield { source: path, error: describeError(err) };
  }
}

/**
 * Files under a directory, depth first, sorted by name; hidden entries are skipped. A
 * symlink to a file is read (ripgrep follows none while walking, but a link named `*.txt`
 * is meant to be read); symlinked directories are not entered, so a loop cannot trap the walk.
 * A directory that cannot be listed becomes an error item and the walk goes on.
 */
async function* walk(dir: string, format: InputFormat): AsyncGenerator<string | Input> {
  const wanted = format === 'jsonl' ? JSONL_EXTENSIONS : TEXT_EXTENSIONS;
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (err) {
    yield { source: dir, error: describeError(err) };
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path, format);
    else if (wanted.test(e.name) && (e.isFile() || (e.isSymbolicLink() && (await isFileBehindLink(path))))) yield path;
  }
}

async function isFileBehindLink(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true; // a dangling link: reading it reports the problem under its name
  }
}

function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

function sizeLimit(options: ReadOptions): number {
  return options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

function tooLarge(size: number, limit: number): string {
  return `file too large (${size} bytes, limit ${limit})`;
}

/** stdin or a JSONL file: the whole stream as one text document, or one record per line. */
async function* readStream(stream: Readable, source: string, format: InputFormat, limit: number): AsyncGenerator<Input> {
  try {
    if (format === 'text') {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream) {
        size += (chunk as Buffer).length;
        // stop holding bytes past the limit, but drain the stream so the writer is not blocked
        if (size <= limit) chunks.push(chunk as Buffer);
      }
      yield size > limit ? { source, error: tooLarge(size, limit) } : { source, bytes: Buffer.concat(chunks) };
      return;
    }
    let lineNo = 0;
    for await (const raw of splitLineBytes(stream)) {
      lineNo++;
      const line = lineNo === 1 ? withoutBom(raw) : raw;
      if (isBlankLine(line)) continue;
      // kept as bytes: decoded and parsed where the document is extracted (a worker, when there are workers)
      yield { source: `${source}:${lineNo}`, file: source, line: lineNo, record: line };
    }
  } catch (err) {
    yield { source, error: describeError(err) };
  }
}
