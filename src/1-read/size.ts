/**
 * Read stage: how many bytes a run will read, when that can be known up front (the progress
 * line's ETA, and whether a run is too small to be worth worker threads).
 */
import { statSync } from 'node:fs';

/**
 * The size of the whole input when every path is a regular file (not stdin, a directory or a
 * glob); undefined otherwise. The count stops once it passes `enough`.
 */
export function bytesOnDisk(paths: readonly string[], enough = Infinity): number | undefined {
  if (paths.length === 0) return undefined;
  let total = 0;
  for (const path of paths) {
    if (path === '-') return undefined;
    try {
      const info = statSync(path);
      if (!info.isFile()) return undefined;
      total += info.size;
      if (total >= enough) return total;
    } catch {
      return undefined;
    }
  }
  return total;
}
