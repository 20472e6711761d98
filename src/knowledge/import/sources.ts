// Loads the hand-curated inputs in data/sources/. Each loader checks the shape it relies on and throws an
// InputError with a JSON pointer, so a typo in a curated row names its file and row instead of surfacing
// later as a schema error in a generated file.
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { isIsoDate, type IsoDate } from './dates.js';
import { readJson } from './json-file.js';

type Json = Record<string, unknown>;

/** A reader for one curated file: typed getters that name the file and pointer on failure. */
export class SourceReader {
  constructor(readonly file: string) {}

  fail(pointer: string, message: string): never {
    throw new InputError(this.file, message, { pointer });
  }

  object(value: unknown, at: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(at, 'must be an object');
    return value as Json;
  }

  array(value: unknown, at: string): unknown[] {
    if (!Array.isArray(value)) this.fail(at, 'must be an array');
    return value;
  }

  string(o: Json, key: string, at: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(`${at}/${key}`, 'must be a non-empty string');
    return v;
  }

  optString(o: Json, key: string, at: string): string | undefined {
    return o[key] === undefined ? undefined : this.string(o, key, at);
  }

  strings(o: Json, key: string, at: string): string[] {
    if (o[key] === undefined) return [];
    return this.array(o[key], `${at}/${key}`).map((v, i) => {
      if (typeof v !== 'string' || v.trim() === '') this.fail(`${at}/${key}/${i}`, 'must be a non-empty string');
      return v;
    });
  }

  date(o: Json, key: string, at: string): IsoDate | null {
    const v = o[key];
    if (v === null) return null;
    if (typeof v !== 'string' || !isIsoDate(v)) this.fail(`${at}/${key}`, 'must be a date YYYY-MM-DD or null');
    return v;
  }

  optDate(o: Json, key: string, at: string): IsoDate | null | undefined {
    return key in o ? this.date(o, key, at) : undefined;
  }

  /** The top-level list of entries under `key` (default "entries"). */
  entries(data: unknown, key = 'entries'): { row: Json; at: string }[] {
    const root = this.object(data, '');
    return this.array(root[key], `/${key}`).map((row, i) => ({ row: this.object(row, `/${key}/${i}`), at: `/${key}/${i}` }));
  }
}

/** A curated file under data/sources/, parsed, with its reader. */
export function loadSource(sourcesDir: string, name: string): { data: unknown; reader: SourceReader } {
  const file = join(sourcesDir, name);
  return { data: readJson(file), reader: new SourceReader(file) };
}
