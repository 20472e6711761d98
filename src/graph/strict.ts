// `--strict`: the first warning of a run stops it, as an InputError at the warning's file and line, before anything
// is written, so a flawed corpus never replaces a good graph.
import type { Warning } from '../document/types.gen.js';
import { InputError } from '../errors.js';

export function strictError(w: Warning): InputError {
  return new InputError(w.file, `${w.message} (--strict: stopped at the first warning)`, {
    ...(w.line !== undefined ? { line: w.line } : {}), ...(w.pointer !== undefined ? { pointer: w.pointer } : {}),
  });
}
