/**
 * The CLI's one way to write data: respects backpressure, turns a closed pipe (`| head`)
 * into a quiet stop, and turns any other write error (a full disk) into a message and
 * exit code 2. Never `console.log` data (it hides write errors), never `process.exit()`
 * after writing (it truncates piped output).
 *
 * Small chunks written in one turn of the event loop go out as one write (a system call per
 * news article cost ~3 % of a run); whatever is held goes out as soon as the loop turns, so a
 * reader still gets each document as soon as it and the ones before it are done.
 *
 * Chunks are strings or UTF-8 bytes (json and jsonl of a pooled run hand on the bytes a worker
 * made): held strings alone go out as one string, as before; held chunks with bytes among them
 * are copied into one buffer (reused once the stream is done with it), so bytes are never made
 * into a string and encoded again.
 */
import type { Writable } from 'node:stream';

/** Text to write: a string, or UTF-8 bytes. */
export type OutputChunk = string | Uint8Array;

/** Held chunks go out at once past this many characters (or bytes). */
const BATCH_CHARS = 64 * 1024;

export class Output {
  /** The reader went away (EPIPE): stop working, exit quietly. */
  closed = false;
  /** A write failed for another reason; the message to print. */
  failure: string | undefined;
  private pending: Array<() => void> = [];
  private held: OutputChunk[] = [];
  /** Characters and bytes held. */
  private heldSize = 0;
  /** Whether any held chunk is bytes (then all go out as one buffer). */
  private heldBytes = false;
  /**
   * The buffer of the last byte write, once the stream is done with it: the next one reuses it.
   * A fresh buffer per write would be freed only by a garbage collection, which a main thread
   * that makes little garbage seldom runs (V8 counts buffers as external memory): tens of MB.
   */
  private spare: ArrayBuffer | undefined;
  private scheduled = false;
  /** Set while the stream is over its high-water mark: writers wait for it. */
  private draining: Promise<void> | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.failure ??= `write error: ${describeWriteError(err)}`;
      this.release();
    });
  }

  get stopped(): boolean {
    return this.closed || this.failure !== undefined;
  }

  /** Write a chunk, or chunks in order; resolves when the stream can take more. */
  async write(chunk: OutputChunk | readonly OutputChunk[]): Promise<void> {
    if (this.stopped) return;
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) this.hold(chunk);
    else for (const piece of chunk) this.hold(piece);
    if (this.heldSize === 0) return;
    if (this.heldSize >= BATCH_CHARS) return this.pass();
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        void this.pass();
      });
    }
    return this.draining;
  }

  private hold(chunk: OutputChunk): void {
    if (chunk.length === 0) return;
    this.held.push(chunk);
    this.heldSize += chunk.length;
    if (typeof chunk !== 'string') this.heldBytes = true;
  }

  /** Hand what is held to the stream; resolves when the stream can take more. */
  private pass(): Promise<void> | undefined {
    if (this.stopped || this.heldSize === 0) return this.draining;
    const data = this.heldBytes ? this.joinAsBytes() : this.held.join('');
    this.held = [];
    this.heldSize = 0;
    this.heldBytes = false;
    if (this.writeOut(data) || this.draining) return this.draining;
    this.draining = new Promise<void>((resolve) => {
      this.pending.push(() => {
        this.draining = undefined;
        resolve();
      });
      this.stream.once('drain', () => this.release());
    });
    return this.draining;
  }

  /** Resolves when everything written so far has been handed to the OS (or failed). */
  async flush(): Promise<void> {
    await this.pass();
    if (this.stopped) return;
    await new Promise<void>((resolve) => {
      this.pending.push(resolve);
      this.stream.write('', () => this.release());
    });
  }

  /** Write to the stream; a buffer becomes the spare once the stream is done with it. False: over the high-water mark. */
  private writeOut(data: string | Buffer): boolean {
    if (typeof data === 'string') return this.stream.write(data);
    const buffer = data.buffer as ArrayBuffer;
    return this.stream.write(data, () => (this.spare = buffer));
  }

  /** The held chunks as one UTF-8 buffer: bytes copied as they are, strings encoded. */
  private joinAsBytes(): Buffer {
    let size = 0;
    for (const chunk of this.held) size += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    const spare = this.spare;
    this.spare = undefined;
    const buffer = spare && spare.byteLength >= size ? spare : new ArrayBuffer(Math.max(size, 2 * BATCH_CHARS));
    const joined = Buffer.from(buffer, 0, size);
    let at = 0;
    for (const chunk of this.held) {
      if (typeof chunk === 'string') at += joined.write(chunk, at);
      else {
        joined.set(chunk, at);
        at += chunk.byteLength;
      }
    }
    return joined;
  }

  private release(): void {
    const waiting = this.pending;
    this.pending = [];
    for (const resolve of waiting) resolve();
  }
}

function describeWriteError(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOSPC') return 'No space left on device';
  return err.message;
}

/** Messages for a person: one line each, prefixed with the program name, on stderr. */
export class Messages {
  constructor(
    private readonly stream: Writable,
    private readonly quiet: boolean,
  ) {}

  /** A problem with one input: always shown (the exit code says it too). */
  error(source: string, problem: string): void {
    this.line(`extract: ${source}: ${problem}`);
  }

  /** A note that does not change the result (decoding fallbacks); hidden by --quiet. */
  warn(source: string, note: string): void {
    if (!this.quiet) this.line(`extract: ${source}: warning: ${note}`);
  }

  line(text: string): void {
    try {
      this.stream.write(`${text}\n`);
    } catch {
      // stderr gone: nothing left to tell anyone
    }
  }
}

/** The parts of `process` the crash guard needs (tests pass a fake). */
export interface GuardedProcess {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (err: unknown) => void): unknown;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  exit(code: number): void;
}

/**
 * The one top-level handler (installed by bin/extract.js before anything else loads): an
 * uncaught exception or unhandled rejection prints `extract: internal error: <msg>` and
 * exits 2 (Node's default is a stack trace and 1); the stack only with EXTRACT_DEBUG set.
 * A closed pipe that surfaced outside the Output (help text into `| head -0`) ends quietly.
 * A failing stderr must never crash the run: the error is dropped.
 */
export function guardProcess(proc: GuardedProcess = process): void {
  proc.stderr.on('error', () => {});
  const crash = (err: unknown): void => {
    if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') {
      proc.exit(0);
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    try {
      proc.stderr.write(`extract: internal error: ${message}\n`);
      if (proc.env.EXTRACT_DEBUG && err instanceof Error && err.stack) proc.stderr.write(`${err.stack}\n`);
    } catch {
      // stderr gone too
    }
    proc.exit(2);
  };
  proc.on('uncaughtException', crash);
  proc.on('unhandledRejection', crash);
}
