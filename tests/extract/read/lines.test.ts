import { describe, expect, it } from 'vitest';
import { splitLines, words } from '../../../src/extract/read/lines.js';

describe('splitLines', () => {
  it('splits on \\n, \\r\\n and \\r, keeping offsets into the text', () => {
    const text = 'a\r\nbb\rccc\n\nd';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['a', 'bb', 'ccc', '', 'd']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
});

describe('words', () => {
  it('counts hyphenated names, abbreviations and non-Latin words as one each', () => {
    expect(words('Kassym-Jomart Tokayev met U.N. envoys in Нур-Султан, 2022.')).toEqual(['Kassym-Jomart', 'Tokayev', 'met', 'U.N.', 'envoys', 'in', 'Нур-Султан', '2022.']);
  });
});
