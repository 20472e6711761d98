// Default reader options, in one place so the CLI's help and the reader agree.
import type { ReadOptions } from './types.js';

export const defaultReadOptions = {
  maxBytes: 5 * 1024 * 1024,
} as const satisfies ReadOptions;

/** The label warnings carry for standard input. */
export const stdinLabel = '<stdin>';
