// data/lexicon/calendar.json: what the generator reads from CLDR and the curated zones and spellings, and that the
// committed file is valid and holds what the reader relies on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarFile, StatesFile } from '../../../src/document/types.gen.js';
import { schemaProblems } from '../../../src/document/validate.js';
import { buildCalendar, loadCalendarSources, stateDateOrder } from '../../../src/knowledge/import/calendar.js';
import { dataDir } from '../../../src/paths.js';
import { gazetteerFile, paths } from './shared.js';

const committed = JSON.parse(readFileSync(join(dataDir, 'lexicon', 'calendar.json'), 'utf8')) as CalendarFile;

describe('calendar import', () => {
  const built = buildCalendar(loadCalendarSources(paths.sources), gazetteerFile<StatesFile>('states').entries);

  it('reads each state\'s order from CLDR: English as used there, else its likely language; year-first says nothing', () => {
    expect(stateDateOrder('US')).toBe('month-first');
    expect(stateDateOrder('PH')).toBe('month-first');
    expect(stateDateOrder('GB')).toBe('day-first');
    expect(stateDateOrder('SA')).toBe('day-first');
    expect(stateDateOrder('BR')).toBe('day-first');
    expect(stateDateOrder('CN')).toBeNull();
  });

  it('gives months and weekdays of other languages in their written and in-date forms, never English ones', () => {
    expect(built.months).toMatchObject({ diciembre: 12, februari: 2, 'märz': 3, marca: 3, 'décembre': 12 });
    expect(built.weekdays).toMatchObject({ fredag: 5, lunes: 1, samedi: 6 });
    expect(built.months['march']).toBeUndefined();
    // Croatian "listopad" is October, Polish and Czech "listopad" November: a name with two meanings is dropped.
    expect(built.months['listopad']).toBeUndefined();
  });

  it('maps state names and capitals, zones and spellings to an order', () => {
    expect(built.places).toMatchObject({ washington: 'month-first', manila: 'month-first', paris: 'day-first', nairobi: 'day-first' });
    expect(built.zones).toMatchObject({ EDT: 'month-first', BST: 'day-first' });
    expect(built.spelling).toMatchObject({ centre: 'day-first', center: 'month-first' });
  });

  it('is committed valid and with the same places, zones and spellings', () => {
    expect(schemaProblems('calendar', committed)).toEqual([]);
    expect(committed.places).toEqual(built.places);
    expect(committed.zones).toEqual(built.zones);
    expect(committed.spelling).toEqual(built.spelling);
  });
});
