import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../../src/knowledge/import/csv.js';

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'a,b,c\n"Roger-Bernard III, Count of Foix",x,"say ""hi"""\n"two\nlines",,\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['Roger-Bernard III, Count of Foix', 'x', 'say "hi"'],
      ['two\nlines', '', ''],
    ]);
  });

  it('accepts CRLF line ends and adds no empty row for the final newline', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header and strips a byte-order mark', () => {
    expect(parseCsvRecords('\uFEFFiso3,person\nIRN,Ebrahim Raisi\n')).toEqual([{ iso3: 'IRN', person: 'Ebrahim Raisi' }]);
  });
});
