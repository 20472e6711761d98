// The Phoenix Countries dictionary mixes UTF-8 lines ("ERDOĞAN") with a few Latin-1 bytes; decoding
// line by line keeps both readable instead of turning either into replacement characters.
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** `bytes` as text: each line as UTF-8 when it is valid UTF-8, else as Latin-1. */
export function decodeMixed(bytes: Uint8Array): string {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const line = bytes.subarray(start, i);
      try {
        out.push(utf8.decode(line));
      } catch {
        out.push(latin1.decode(line)); // not UTF-8: the dictionary's older Latin-1 lines
      }
      start = i + 1;
    }
  }
  return out.join('\n');
}

/** A file's text (mixed UTF-8/Latin-1 allowed), or an InputError naming the file. */
export function readText(file: string): string {
  try {
    return decodeMixed(readFileSync(file));
  } catch (cause) {
    throw new InputError(file, 'cannot be read', { cause });
  }
}
