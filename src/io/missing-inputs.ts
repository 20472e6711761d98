// Named inputs that do not exist: a mistyped path must stop a run, not become an empty corpus.
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

/**
 * The named paths that do not exist (`-` always does). A mistyped path must not quietly become an empty corpus:
 * throws an InputError naming the first missing one, unless `keepGoing` and some other named input exists.
 */
export async function missingInputs(paths: readonly string[], keepGoing = false): Promise<string[]> {
  const missing: string[] = [];
  for (const path of paths) {
    if (path === '-') continue;
    try {
      await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
      missing.push(path);
    }
  }
  if (missing.length > 0 && (!keepGoing || missing.length === paths.length)) {
    const others = missing.length > 1 ? ` (and ${missing.length - 1} more named input${missing.length > 2 ? 's' : ''})` : '';
    throw new InputError(missing[0]!, `no such file or folder${others}${keepGoing ? '' : '; nothing read (--keep-going to go on with the others)'}`);
  }
  return missing;
}
