import { describe, expect, it } from 'vitest';
import { monthEnd, monthLabel, monthStart, toMonth } from '../../../viewer/src/data/dates.js';
import { fromDocument } from '../../../viewer/src/data/graph.js';
import { datedPerMonth } from '../../../viewer/src/data/histogram.js';
import { EDGE_TYPES, fixtureDocument } from '../fixture.js';

describe('dated relations per month', () => {
  it('counts each month from the first to the last dated relation, gaps included, by type', () => {
    const counts = datedPerMonth(fromDocument(fixtureDocument(), 'fixture.json'), EDGE_TYPES)!;
    expect(monthLabel(counts.first)).toBe('2022-10');
    expect(counts.months).toHaveLength(17); // 2022-10 .. 2024-02
    const at = (label: string) => counts.months[toMonth(`${label}-01`) - counts.first]!;
    expect([...at('2022-10')]).toEqual([['congratulation', 1]]);
    expect([...at('2023-08')]).toEqual([['phone_call', 1], ['meeting', 1]]);
    expect(at('2023-09').size).toBe(0);
    expect([...at('2024-02')]).toEqual([['meeting', 1]]);
  });

  it('is null for a graph without dated relations', () => {
    const doc = fixtureDocument();
    doc.edges = doc.edges.filter((e) => !e.date);
    expect(datedPerMonth(fromDocument(doc, 'undated.json'), EDGE_TYPES)).toBeNull();
  });
});

describe('months', () => {
  it('start on the first and end on the last day, leap years included', () => {
    expect(monthStart(toMonth('2024-02-17'))).toBe('2024-02-01');
    expect(monthEnd(toMonth('2024-02-17'))).toBe('2024-02-29');
    expect(monthEnd(toMonth('2023-02-01'))).toBe('2023-02-28');
    expect(monthEnd(toMonth('2023-12-05'))).toBe('2023-12-31');
    expect(toMonth('2024-01-01') - toMonth('2023-12-31')).toBe(1);
  });
});
