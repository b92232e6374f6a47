/**
 * Colour is decided once per run and passed down as a chalk instance (cspell's way):
 * `--no-color` > `FORCE_COLOR` > `NO_COLOR` (non-empty) > `TERM=dumb` > stdout is a TTY.
 */
import type { ChalkInstance } from 'chalk';

export async function decideColor(
  stream: { isTTY?: boolean } | undefined,
  env: NodeJS.ProcessEnv,
  options: { color?: boolean },
): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: colorLevel(stream, env, options.color !== false) ? 1 : 0 });
}

export function colorLevel(stream: { isTTY?: boolean } | undefined, env: NodeJS.ProcessEnv, flag: boolean): boolean {
  if (!flag || stream === undefined) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '' && env.NO_COLOR !== 'false') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
