/**
 * Errors the library throws. Each has a stable code, so a script (or a test) can tell
 * them apart without parsing the message. The CLI prints `extract: <source>: <message>`.
 */
export type ErrorCode =
  | 'E_READ' // the input could not be read (missing, permission, is a FIFO …)
  | 'E_BINARY' // the input is binary, not text
  | 'E_TOO_LARGE' // the input exceeds the size limit
  | 'E_JSONL' // a JSON Lines record is malformed
  | 'E_GAZETTEER' // a user gazetteer line is malformed
  | 'E_GOLD' // an evaluation gold file is malformed
  | 'E_USAGE'; // a bad option value

export class ExtractError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

/** A short, human message for any thrown value (no stack). */
export function describeError(err: unknown): string {
  if (err instanceof ExtractError) return err.message;
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'No such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied';
    case 'EISDIR':
      return 'Is a directory';
    case 'ENOTDIR':
      return 'Not a directory';
    case 'ELOOP':
      return 'Too many levels of symbolic links';
  }
  if (e instanceof Error) return e.message;
  return String(err);
}
