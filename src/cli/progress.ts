/**
 * A progress line on stderr for long runs: documents done, MB/s, and an ETA when the total
 * size is known. Only for a person watching: never when stderr is a pipe or a file, never
 * with --quiet, and not at all for runs shorter than a second. Redraws at most 10 times a
 * second and leaves no trace: the line is cleared before any message and at the end.
 */
import type { Writable } from 'node:stream';
import type { Input } from '../index.js';

export interface ProgressContext {
  isTTY: boolean | undefined;
  quiet: boolean;
  env: NodeJS.ProcessEnv;
}

/** A progress line helps only a person at a terminal who asked for messages. */
export function shouldShowProgress(ctx: ProgressContext): boolean {
  if (ctx.isTTY !== true || ctx.quiet) return false;
  if (ctx.env.TERM === 'dumb' || ctx.env.CI) return false;
  return true;
}

const FIRST_DRAW_MS = 1000;
const REDRAW_MS = 100;

export class Progress {
  private bytes = 0;
  private docs = 0;
  private readonly started: number;
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly stream: Writable,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Count the bytes of each input as it is read. */
  async *count(inputs: AsyncIterable<Input>): AsyncGenerator<Input> {
    for await (const input of inputs) {
      if ('bytes' in input) this.bytes += input.bytes.byteLength;
      else if ('text' in input) this.bytes += input.text.length;
      else if ('record' in input) this.bytes += input.record.length;
      yield input;
    }
  }

  /** One more document written; redraw if it is time. */
  done(): void {
    this.docs++;
    const t = this.now();
    if (t - this.started < FIRST_DRAW_MS || t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.shown = true;
    this.stream.write(`\r${this.line(t)}\x1b[K`);
  }

  /** Remove the line (before a message, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.stream.write('\r\x1b[K');
  }

  line(t: number): string {
    const seconds = Math.max(0.001, (t - this.started) / 1000);
    const rate = this.bytes / 1e6 / seconds;
    let text = `extract: ${this.docs} documents, ${(this.bytes / 1e6).toFixed(1)} MB, ${rate.toFixed(1)} MB/s`;
    if (this.totalBytes && rate > 0) {
      const left = Math.max(0, this.totalBytes - this.bytes) / 1e6 / rate;
      const pct = Math.min(100, (100 * this.bytes) / this.totalBytes);
      text += `, ${pct.toFixed(0)}%, ETA ${formatDuration(left)}`;
    }
    return text;
  }
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
