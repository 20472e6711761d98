import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252, firstInvalidUtf8, looksBinary } from '../../../src/extract/read/decode.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('decodeBytes', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const r = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Erdoğan met Lula.\r\n')]), 'a.txt');
    expect(r).toEqual({ text: 'Erdoğan met Lula.\r\n', warnings: [] });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Modi met Ramaphosa.', 'utf16le')]);
    expect(decodeBytes(le, 'a.txt').text).toBe('Modi met Ramaphosa.');
  });

  it('skips an empty file', () => {
    expect(decodeBytes(new Uint8Array(), 'e.txt')).toEqual({ warnings: [expect.objectContaining({ code: 'empty_file', file: 'e.txt' })] });
    expect(decodeBytes(utf8(' \n\t\n'), 'w.txt').warnings.map((w) => w.code)).toEqual(['empty_file']);
  });

  it('skips a binary file', () => {
    const r = decodeBytes(png, 'image.txt');
    expect(r.text).toBeUndefined();
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'binary_file', file: 'image.txt' })]);
  });

  it('reads invalid UTF-8 as Windows-1252, warning with the line of the first bad byte', () => {
    const latin1 = Uint8Array.from([...utf8('Talks in Bras'), 0xed, ...utf8('lia\nwent well, said the Pr'), 0xe9, ...utf8('sident.')]);
    const r = decodeBytes(latin1, 'l.txt');
    expect(r.text).toBe('Talks in Brasília\nwent well, said the Président.');
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'bad_encoding', file: 'l.txt', line: 1 })]);
    expect(r.warnings[0]!.message).toMatch(/Windows-1252/);
  });

  it('skips input over maxBytes', () => {
    const r = decodeBytes(utf8('x'.repeat(100)), 'big.txt', { maxBytes: 10 });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'too_large', file: 'big.txt' })]);
  });
});

describe('helpers', () => {
  it('maps Windows-1252 punctuation', () => {
    expect(decodeWindows1252(Uint8Array.from([0x93, 0x41, 0x94, 0x96, 0x80]))).toBe('“A”–€');
  });
  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(utf8('ok ğ ok'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe2, 0x82]))).toBe(1);
  });
  it('tells text from binary by NUL and control bytes', () => {
    expect(looksBinary(utf8('plain text\n'))).toBe(false);
    expect(looksBinary(Uint8Array.from([1, 2, 3, 4, 0x41]))).toBe(true);
  });
});
