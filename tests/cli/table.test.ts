// Terminal tables: widths from the widest cell, however many rows (a hub's neighbours in a large graph).
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/table.js';

describe('formatTable', () => {
  it('pads columns to their widest cell and right-aligns numbers', () => {
    const table = formatTable(['name', 'n'], [['Nairobi', '3'], ['Lima', '12']], { right: [1] });
    expect(table.split('\n')).toEqual(['name      n', '-------  --', 'Nairobi   3', 'Lima     12']);
  });

  it('lays out 200,000 rows without overflowing the stack', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`row ${i}`, String(i)]);
    const lines = formatTable(['name', 'n'], rows).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[1]).toBe(`${'-'.repeat('row 199999'.length)}  ------`);
  });
});
