import { describe, expect, it } from 'vitest';
import type { StatesFile } from '../../../src/document/types.gen.js';
import { demonymPlural, englishAltSpellings, officeTitles, splitDemonyms } from '../../../src/knowledge/import/states.js';
import { gazetteerFile } from './shared.js';

describe('englishAltSpellings', () => {
  it('keeps English forms and drops native ones, inverted forms and codes', () => {
    expect(englishAltSpellings(['IR', 'Islamic Republic of Iran', 'Iran, Islamic Republic of', 'Jomhuri-ye Eslāmi-ye Irān'])).toEqual(['Islamic Republic of Iran']);
    expect(englishAltSpellings(['AR', 'Argentine Republic', 'República Argentina'])).toEqual(['Argentine Republic']);
    expect(englishAltSpellings(['BE', 'Koninkrijk België', 'Royaume de Belgique', 'Kingdom of Belgium'])).toEqual(['Kingdom of Belgium']);
  });
});

describe('demonyms', () => {
  it('splits joint demonyms and forms plurals that take -s', () => {
    expect(splitDemonyms('Antiguan, Barbudan')).toEqual(['Antiguan', 'Barbudan']);
    expect(splitDemonyms('Kittitian or Nevisian')).toEqual(['Kittitian', 'Nevisian']);
    expect(demonymPlural('Iranian')).toBe('Iranians');
    expect(demonymPlural('Saudi')).toBe('Saudis');
    expect(demonymPlural('Chinese')).toBeUndefined();
    expect(demonymPlural('Swiss')).toBeUndefined();
    expect(demonymPlural('British')).toBeUndefined();
    expect(demonymPlural('Dutchman')).toBe('Dutchmen');
  });
});

describe('officeTitles', () => {
  it('replaces a default office list wholesale and keeps the others', () => {
    const t = officeTitles({ titles: { head_of_state: ['supreme leader'], head_of_government: ['president'] }, source: 's' });
    expect(t.head_of_state).toEqual(['supreme leader']);
    expect(t.head_of_government).toEqual(['president']);
    expect(t.foreign_minister).toEqual(['foreign minister', 'minister of foreign affairs']);
  });
});

describe('states.json', () => {
  const { entries } = gazetteerFile<StatesFile>('states');
  const byIso = new Map(entries.map((s) => [s.iso3, s]));

  it('lists the 193 UN members, the two observers, Taiwan and Kosovo, and unrecognised entities apart', () => {
    expect(entries.filter((s) => s.status === 'un_member')).toHaveLength(193);
    expect(entries.filter((s) => s.status === 'un_observer').map((s) => s.key).sort()).toEqual(['state/PSE', 'state/VAT']);
    expect(entries.filter((s) => s.status === 'partially_recognised').map((s) => s.key).sort()).toEqual(['state/TWN', 'state/XKX']);
    const unrecognised = entries.filter((s) => s.status === 'unrecognised');
    expect(unrecognised.map((s) => s.label)).toEqual(expect.arrayContaining(['Somaliland', 'Northern Cyprus', 'Transnistria', 'Abkhazia', 'South Ossetia']));
    expect(unrecognised.every((s) => s.iso3 === undefined)).toBe(true);
  });

  it('uses news labels, English names, case-sensitive abbreviations and metonyms', () => {
    expect(byIso.get('TUR')).toMatchObject({ label: 'Turkey' });
    expect(byIso.get('TUR')?.names).toEqual(expect.arrayContaining(['Türkiye', 'Turkiye']));
    expect(byIso.get('IRN')?.names).toContain('Islamic Republic of Iran');
    expect(byIso.get('IRN')?.names).not.toContain('Jomhuri-ye Eslāmi-ye Irān');
    expect(byIso.get('USA')?.abbreviations).toEqual(expect.arrayContaining(['US', 'U.S.', 'USA']));
    expect(byIso.get('PRK')?.abbreviations).toContain('DPRK');
    expect(byIso.get('RUS')?.metonyms).toContain('Kremlin');
    expect(byIso.get('KAZ')?.capitals).toEqual(expect.arrayContaining(['Astana', 'Nur-Sultan']));
    expect(byIso.get('KAZ')?.demonyms).toContain('Kazakh');
    expect(byIso.get('SAU')?.demonyms).toContain('Saudi');
  });

  it('names each state\'s offices', () => {
    expect(byIso.get('IRN')?.titles).toMatchObject({ head_of_state: ['supreme leader', 'leader of the islamic revolution'], head_of_government: ['president'] });
    expect(byIso.get('DEU')?.titles.head_of_government).toContain('chancellor');
    expect(byIso.get('USA')?.titles).toMatchObject({ head_of_government: ['president'], foreign_minister: ['secretary of state'] });
    expect(byIso.get('SAU')?.titles.crown_prince).toEqual(['crown prince']);
    expect(byIso.get('FRA')?.titles.head_of_state).toEqual(['president']);
  });
});
