/**
 * parallel: how inputs and document objects cross between the main thread and a worker.
 * Both directions carry bytes, in one transferred buffer per batch (moved, not copied):
 *
 * - pool → worker: the bytes of a batch's byte inputs (JSONL lines, text files) one after
 *   another, each input naming its span. The main thread never decodes a record; the worker
 *   does. The pool keeps its own views of the bytes, so a batch can run again after a crash.
 * - worker → pool: each document's JSON text as UTF-8, one after another. The fields the CLI
 *   reads for every document (`source`, `error`, `warnings`) travel beside them as plain data;
 *   the rest is decoded and parsed only if something reads it (the table and the summary do;
 *   `json` and `jsonl` write the bytes as they came, see `serializeForWriting` in doc.ts).
 *
 * Strings would be copied by the structured clone at every crossing, and the main thread would
 * decode each record and encode each result again: that was most of its work in a pooled run.
 */
import { SERIALIZED, utf8Text, type DocumentObject } from '../doc.js';
import type { Input } from '../index.js';

/** An input the pool can send: errors never leave the main thread. */
export type SendableInput = Exclude<Input, { error: string }>;

/** An input whose bytes are at `[at, end)` of its batch's buffer: a JSONL line when it has `file`, else a file's bytes. */
export interface ByteSpanInput {
  source: string;
  at: number;
  end: number;
  file?: string;
  line?: number;
}

/** An input as it travels: text as it is, bytes as a span of the batch's buffer. */
export type WireInput = Exclude<SendableInput, { bytes: Uint8Array } | { record: Uint8Array }> | ByteSpanInput;

/** pool → worker: one batch of inputs. */
export interface InputBatch {
  inputs: WireInput[];
  /** The byte inputs' bytes, one after another (its buffer is transferred). */
  bytes: Uint8Array;
}

/** The fields of a document the CLI reads for each one, sent beside its JSON bytes. */
export interface DocumentHead {
  source: string;
  error?: string;
  warnings?: string[];
}

/** worker → pool: the results of one batch. */
export interface ResultBatch {
  heads: DocumentHead[];
  /** The documents' JSON texts as UTF-8, one after another (its buffer is transferred). */
  json: Uint8Array;
  /** Where each document's JSON ends in `json` (it starts where the one before ends). */
  ends: number[];
}

/**
 * Buffers for the bytes of batches to come: a worker hands each batch's buffer back with its
 * results. A fresh buffer per batch would be freed only by a full garbage collection (V8 counts
 * it as external memory, which a thread that makes little garbage rarely collects): over 50 MB
 * of records the dead ones raised peak RSS by tens of MB.
 */
export class BufferStock {
  private readonly spare: ArrayBuffer[] = [];

  constructor(
    /** Buffers kept at most (more come back only after a worker was replaced). */
    private readonly keep: number,
    /** Size of a new buffer, at least: one that fits a usual batch can be used again. */
    private readonly minSize: number,
  ) {}

  /** A view of `size` bytes at the start of a kept buffer that is large enough, else of a new one. */
  take(size: number): Uint8Array {
    const at = this.spare.findIndex((buffer) => buffer.byteLength >= size);
    const buffer = at >= 0 ? this.spare.splice(at, 1)[0]! : new ArrayBuffer(Math.max(size, this.minSize));
    return new Uint8Array(buffer, 0, size);
  }

  /** Keep a buffer for later, unless enough are kept or it is far larger than a usual batch (a big text file's). */
  give(buffer: ArrayBuffer): void {
    const usual = buffer.byteLength > 0 && buffer.byteLength <= 4 * this.minSize;
    if (usual && this.spare.length < this.keep) this.spare.push(buffer);
  }

  get kept(): number {
    return this.spare.length;
  }
}

/** A copy of the inputs' bytes in one buffer (from `stock`, or a fresh one), and the inputs as spans of it. */
export function packInputs(inputs: readonly SendableInput[], stock?: BufferStock): InputBatch {
  let size = 0;
  for (const input of inputs) size += byteInput(input)?.byteLength ?? 0;
  const bytes = stock ? stock.take(size) : new Uint8Array(size);
  let at = 0;
  const wire = inputs.map((input): WireInput => {
    const own = byteInput(input);
    if (!own) return input as WireInput;
    bytes.set(own, at);
    const span: ByteSpanInput = { source: input.source, at, end: (at += own.byteLength) };
    if ('record' in input) Object.assign(span, { file: input.file, line: input.line });
    return span;
  });
  return { inputs: wire, bytes };
}

/** The inputs of a batch as the extractor takes them, viewing the batch's bytes. */
export function unpackInputs({ inputs, bytes }: InputBatch): SendableInput[] {
  return inputs.map((input) => {
    if (!('at' in input)) return input;
    const own = bytes.subarray(input.at, input.end);
    const { source, file, line } = input;
    return file !== undefined && line !== undefined ? { source, file, line, record: own } : { source, bytes: own };
  });
}

function byteInput(input: SendableInput): Uint8Array | undefined {
  if ('bytes' in input) return input.bytes;
  return 'record' in input && typeof input.record !== 'string' ? input.record : undefined;
}

/**
 * The documents' JSON texts encoded into one fresh buffer. Each document is turned into text
 * before the next is taken: a worker passes a generator that extracts them one by one, so no
 * document object outlives its own extraction (a batch of them kept alive to the end was
 * promoted to the old generation and grew each worker's heap by ~15 MB, measured).
 */
export function packResults(docs: Iterable<DocumentObject>): ResultBatch {
  const texts: string[] = [];
  const heads: DocumentHead[] = [];
  for (const doc of docs) {
    texts.push(JSON.stringify(doc));
    heads.push(headOf(doc));
  }
  const ends: number[] = [];
  let size = 0;
  for (const text of texts) ends.push((size += Buffer.byteLength(text)));
  // allocUnsafeSlow: a buffer of its own (a small Buffer shares a pool, which cannot be transferred)
  const json = Buffer.allocUnsafeSlow(size);
  texts.forEach((text, i) => json.write(text, i === 0 ? 0 : ends[i - 1]!));
  return { heads, json, ends };
}

function headOf(doc: DocumentObject): DocumentHead {
  const head: DocumentHead = { source: doc.source };
  if (doc.error !== undefined) head.error = doc.error;
  if (doc.warnings !== undefined) head.warnings = doc.warnings;
  return head;
}

/** The document objects of a result batch, each keeping its JSON bytes (a view, no copy). */
export function unpackResults({ heads, json, ends }: ResultBatch): DocumentObject[] {
  return heads.map((head, i) => lazyDocument(head, json.subarray(i === 0 ? 0 : ends[i - 1], ends[i])));
}

const BODY_KEYS = ['language', 'entities', 'relations'] as const;

/** Where a lazy document keeps its JSON bytes and, once read, the parsed body. */
const BODY = Symbol('body');

interface LazyDocument extends DocumentObject {
  [BODY]: { json: Uint8Array; parsed?: DocumentObject };
  [SERIALIZED]?: Uint8Array;
}

/**
 * The body's accessors, made once and shared by every lazy document (a getter and a setter
 * made per document were most of what a pooled run's main thread allocated per document).
 */
const BODY_ACCESSORS: PropertyDescriptorMap = Object.fromEntries(
  BODY_KEYS.map((key) => [
    key,
    {
      enumerable: true,
      configurable: true,
      get(this: LazyDocument): unknown {
        const body = this[BODY];
        body.parsed ??= JSON.parse(utf8Text(body.json)) as DocumentObject;
        return body.parsed[key];
      },
      set(this: LazyDocument, value: unknown): void {
        // a changed document no longer matches its JSON text
        delete this[SERIALIZED];
        Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
      },
    },
  ]),
);

/**
 * A document object whose body is decoded and parsed on first read. Its keys come in the
 * order of a document made in this thread, so `JSON.stringify` of it gives the same text.
 */
function lazyDocument(head: DocumentHead, json: Uint8Array): DocumentObject {
  const doc = { source: head.source } as DocumentObject;
  Object.defineProperties(doc, BODY_ACCESSORS);
  if (head.error !== undefined) doc.error = head.error;
  if (head.warnings !== undefined) doc.warnings = head.warnings;
  Object.defineProperty(doc, BODY, { value: { json }, enumerable: false });
  Object.defineProperty(doc, SERIALIZED, { value: json, enumerable: false, configurable: true });
  return doc;
}
