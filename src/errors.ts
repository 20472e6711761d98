// Errors that stop a run, and warnings that do not. Only the CLI catches a DiplographError.
import type { Warning as DocWarning } from './document/types.gen.js';

export type ErrorCode = 'input' | 'not_found' | 'ambiguous' | 'usage' | 'data';

export class DiplographError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiplographError';
    this.code = code;
  }
}

/** A file that cannot be used at all: names the file and, where known, the line or JSON pointer. */
export class InputError extends DiplographError {
  readonly file: string;
  readonly line?: number;
  readonly pointer?: string;
  constructor(file: string, message: string, where: { line?: number; pointer?: string; cause?: unknown } = {}) {
    const at = where.line !== undefined ? `:${where.line}` : where.pointer !== undefined ? `#${where.pointer}` : '';
    super('input', `${file}${at}: ${message}`, { cause: where.cause });
    this.name = 'InputError';
    this.file = file;
    if (where.line !== undefined) this.line = where.line;
    if (where.pointer !== undefined) this.pointer = where.pointer;
  }
}

export class NotFoundError extends DiplographError {
  readonly candidates: readonly string[];
  constructor(message: string, candidates: readonly string[] = []) {
    super('not_found', message);
    this.name = 'NotFoundError';
    this.candidates = candidates;
  }
}

export class AmbiguousNameError extends DiplographError {
  readonly candidates: readonly string[];
  constructor(message: string, candidates: readonly string[]) {
    super('ambiguous', message);
    this.name = 'AmbiguousNameError';
    this.candidates = candidates;
  }
}

export class UsageError extends DiplographError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

export type Warning = DocWarning;
export type WarningCode = Warning['code'];

/**
 * The warning for an exception one article raised while being read or extracted (a bug, isolated so that the other
 * articles still count): `extraction_failed` with the error on one line, and its stack when DIPLOGRAPH_DEBUG is set
 * (`--debug`). A DiplographError is not one article's problem and is thrown again.
 */
export function failureWarning(error: unknown, file: string, what: string, line?: number): Warning {
  if (error instanceof DiplographError) throw error;
  const e = error instanceof Error ? error : new Error(String(error));
  const stack = process.env['DIPLOGRAPH_DEBUG'] && e.stack ? `\n${e.stack}` : '';
  return {
    code: 'extraction_failed', message: `${what} failed: ${e.name}: ${e.message.split('\n')[0]}; skipped${stack}`, file,
    ...(line !== undefined ? { line } : {}),
  };
}

/** One line for a terminal: `file:line: message`. */
export function formatWarning(w: Warning): string {
  const at = w.line !== undefined ? `:${w.line}` : w.pointer !== undefined ? `#${w.pointer}` : '';
  return `warning: ${w.file}${at}: ${w.message}`;
}
