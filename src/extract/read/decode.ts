// Bytes → text, or a warning saying why not: too large, empty, binary. Invalid UTF-8 is read anyway as
// Windows-1252 (what stray single-byte files nearly always are) so one badly saved article is not lost.
import type { Warning } from './types.js';
import { defaultReadOptions } from './defaults.js';

export type Decoded =
  | { readonly text: string; readonly warnings: Warning[] }
  | { readonly text?: undefined; readonly warnings: Warning[] };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** How much of the start of a file the control-character check samples. */
const sniffBytes = 64 * 1024;
/** Share of control bytes (other than tab, newlines, form feed) above which a file is binary, not text. */
const maxControlShare = 0.1;

export function tooLargeWarning(size: number, maxBytes: number, file: string, line?: number): Warning {
  const w: Warning = {
    code: 'too_large',
    message: `input is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit; skipped (raise --max-bytes, the library's maxBytes, to read it)`,
    file,
  };
  if (line !== undefined) w.line = line;
  return w;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** True when the bytes look like a binary file: any NUL byte, or many control bytes near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, sniffBytes);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return n > 0 && control / n > maxControlShare;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node's TextDecoder('windows-1252') decodes those bytes as
// Latin-1 C1 controls, so the table is spelled out; the five undefined bytes keep their Latin-1 code point.
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    const end = Math.min(bytes.length, i + chunk);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j]!;
      codes[j - i] = b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Decodes one input file. `file` names it in warnings. A UTF-8 byte-order mark is dropped; UTF-16 files with a
 * byte-order mark are decoded as UTF-16. Returns no text when the input must be skipped.
 */
export function decodeBytes(bytes: Uint8Array, file: string, options: { maxBytes?: number } = {}): Decoded {
  const maxBytes = options.maxBytes ?? defaultReadOptions.maxBytes;
  if (bytes.length > maxBytes) return { warnings: [tooLargeWarning(bytes.length, maxBytes, file)] };
  if (bytes.length === 0) return { warnings: [{ code: 'empty_file', message: 'file is empty (0 bytes); skipped', file }] };

  let text: string;
  const warnings: Warning[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) {
      return { warnings: [{ code: 'binary_file', message: 'file is binary (NUL or control bytes), not text; skipped', file }] };
    }
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch (cause) {
      if (!(cause instanceof TypeError)) throw cause;
      const at = firstInvalidUtf8(body);
      const line = at >= 0 ? lineOf(body, at) : undefined;
      text = decodeWindows1252(body);
      const w: Warning = {
        code: 'bad_encoding',
        message: `not valid UTF-8${at >= 0 ? ` (byte 0x${body[at]!.toString(16).padStart(2, '0')} at offset ${at})` : ''}; read as Windows-1252 so the article is not lost, accented letters may be wrong`,
        file,
      };
      if (line !== undefined) w.line = line;
      warnings.push(w);
    }
  }
  if (text.trim() === '') {
    return { warnings: [...warnings, { code: 'empty_file', message: 'file holds only whitespace; skipped', file }] };
  }
  return { text, warnings };
}
