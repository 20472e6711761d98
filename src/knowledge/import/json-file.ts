// Deterministic, atomic JSON output: the same input gives byte-identical files, and a crash mid-write never
// leaves a half-written gazetteer behind (write a sibling temp file, then rename over the target).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../../errors.js';

/** 2-space JSON with a trailing newline. Key order is the order the builder created keys in. */
export function formatJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function writeJsonAtomic(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, formatJson(data), 'utf8');
  renameSync(tmp, file);
}

/** Parsed JSON, or an InputError naming the file. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new InputError(file, 'cannot be read', { cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new InputError(file, `is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

/** Sorts by a string key with a plain code-unit comparison, which does not depend on the machine's locale. */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
