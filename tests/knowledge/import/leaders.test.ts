import { describe, expect, it } from 'vitest';
import type { Leader, LeadersFile } from '../../../src/document/types.gen.js';
import { applyCorrections, holders, looksPortuguese, surnameShort, withArticleSpellings, withFamilyNameFirst, withShortenedNames } from '../../../src/knowledge/import/leaders.js';
import { gazetteerFile } from './shared.js';

describe('looksPortuguese', () => {
  const countries = new Set(['reino unido', 'arabia saudita', 'jordania', 'costa rica']);
  it('spots Portuguese royal labels', () => {
    expect(looksPortuguese('Carlos III do Reino Unido', countries)).toBe(true);
    expect(looksPortuguese('Fahd da Arábia Saudita', countries)).toBe(true);
    expect(looksPortuguese('Papa Francisco', countries)).toBe(true);
    expect(looksPortuguese('Naruhito, Príncipe Herdeiro do Japão', countries)).toBe(true);
  });
  it('leaves personal names with particles alone', () => {
    expect(looksPortuguese('Manuel Pinto da Costa', countries)).toBe(false);
    expect(looksPortuguese('Marcelo Rebelo de Sousa', countries)).toBe(false);
  });
});

describe('surnameShort', () => {
  it('offers the surname of western-order names', () => {
    expect(surnameShort('Keir Starmer', ['GBR'])).toBe('Starmer');
    expect(surnameShort('Bashar al-Assad', ['SYR'])).toBe('Assad');
    expect(surnameShort('Mohammed bin Salman', ['SAU'])).toBeUndefined();
    expect(surnameShort('Recep Tayyip Erdoğan', ['TUR'])).toBe('Erdoğan');
    // Four names: the last is the surname, unless the state writes two surnames.
    expect(surnameShort('Amadou Diallo Kane Sowane', ['SEN'])).toBe('Sowane');
    expect(surnameShort('José Luis Rodríguez Zapatero', ['ESP'])).toBeUndefined();
  });
  it('gives nothing for family-name-first cultures, two-surname names and weak surnames', () => {
    expect(surnameShort('Xi Jinping', ['CHN'])).toBeUndefined();
    expect(surnameShort('Rodrigo Chaves Robles', ['CRI'])).toBeUndefined();
    expect(surnameShort('Theresa May', ['GBR'])).toBeUndefined();
    expect(surnameShort('Imran Khan', ['PAK'])).toBeUndefined();
  });
  it('offers the given name where leaders go by it: first in Thai and Lao names, after the patronymic in Mongolian', () => {
    expect(surnameShort('Somsak Rattanakorn', ['THA'])).toBe('Somsak');
    expect(surnameShort('Bounkham Vongsavath', ['LAO'])).toBe('Bounkham');
    expect(surnameShort('Batbayaryn Ganzorig', ['MNG'])).toBe('Ganzorig');
    // A royal honorific is nobody's name.
    expect(surnameShort('Maha Chakrapong', ['THA'])).toBeUndefined();
  });
});

describe('applyCorrections', () => {
  const base = { iso3: 'TUR', role: 'head_of_government' as const, label: 'Erdoğan', qid: 'Q39259', line: 2 };
  it('sets dates on the matched row, drops rows and excluded people, and reports unused fixes', () => {
    const rows = [{ ...base, from: '2018-06-24', to: null }, { ...base, qid: 'Q1', from: '2000-01-01', to: null }];
    const out = applyCorrections(rows, {
      coHolderStates: new Set(), excluded: new Map([['Q1', 'fictional']]),
      fixes: [
        { qid: 'Q39259', iso3: 'TUR', role: 'head_of_government', from: '2018-06-24', drop: false, setFrom: '2018-07-09', source: 's' },
        { qid: 'Q2', iso3: 'TUR', role: 'head_of_government', from: '2000-01-01', drop: true, source: 's' },
      ],
    });
    expect(out.rows).toEqual([{ ...base, from: '2018-07-09', to: null }]);
    expect(out.unused.map((f) => f.qid)).toEqual(['Q2']);
  });
});

describe('leaders.json', () => {
  const { entries } = gazetteerFile<LeadersFile>('leaders');
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const holder = (office: Leader['terms'][number]['office'], state: string, on: string): string[] =>
    holders(entries, office, state, on).map((e) => e.label);

  it('answers who held an office on a day', () => {
    expect(holder('head_of_government', 'state/IRN', '2024-03-19')).toEqual(['Ebrahim Raisi']);
    expect(holder('head_of_state', 'state/IRN', '2024-03-19')).toEqual(['Ali Khamenei']);
    expect(holder('head_of_state', 'state/RUS', '2024-03-19')).toEqual(['Vladimir Putin']);
    expect(holder('head_of_state', 'state/TUR', '2023-06-24')).toEqual(['Recep Tayyip Erdoğan']);
    expect(holder('head_of_government', 'state/SAU', '2023-12-18')).toEqual(['Mohammed bin Salman']);
    expect(holder('head_of_state', 'state/KAZ', '2022-06-01')).toEqual(['Kassym-Jomart Tokayev']);
    expect(holder('head_of_government', 'state/IND', '2024-06-01')).toEqual(['Narendra Modi']);
    expect(holder('head_of_state', 'state/QAT', '2023-06-01')).toEqual(['Tamim bin Hamad Al Thani']);
    expect(holder('head_of_government', 'state/IRN', '2024-06-10')).toEqual(['Mohammad Mokhber']);
    expect(holder('foreign_minister', 'state/IRN', '2023-01-01')).toEqual(['Hossein Amir-Abdollahian']);
    expect(holder('foreign_minister', 'state/USA', '2025-03-01')).toEqual(['Marco Rubio']);
    expect(holder('head_of_state', 'state/GBR', '2023-01-01')).toEqual(['Charles III']);
  });

  it('keys Wikidata people by QID and curated people by slug', () => {
    expect(byKey.get('leader/Q7747')?.short).toContain('Putin');
    expect(byKey.get('leader/hossein-amir-abdollahian')?.terms[0]).toMatchObject({ office: 'foreign_minister', state: 'state/IRN' });
    for (const e of entries) {
      if (e.qid !== undefined) expect(e.key).toBe(`leader/${e.qid}`);
      else expect(e.key).toMatch(/^leader\/[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('gives news spellings as names and short forms', () => {
    const raisi = byKey.get('leader/Q5947347')!;
    expect(raisi.names).toContain('Ebrahim Raeisi');
    expect(raisi.short).toEqual(expect.arrayContaining(['Raisi', 'Raeisi']));
    expect(byKey.get('leader/Q6892571')?.short).toContain('MBS');
    expect(byKey.get('leader/Q15031')?.short).toEqual(['Xi']);
    expect(byKey.get('leader/Q43274')?.label).toBe('Charles III');
    // The spelling English-language news uses, beside the export's transliteration.
    const dissanayake = byKey.get('leader/Q4777855')!;
    expect(dissanayake.names).toEqual(expect.arrayContaining(['Anura Kumara Dissanayake', 'Anura Kumara Dissanayaka']));
    expect(dissanayake.short).toEqual(expect.arrayContaining(['Dissanayake', 'Dissanayaka']));
  });

  it('keeps titles out of names except royal styles used as names', () => {
    for (const e of entries) {
      for (const n of e.names) expect(n).not.toMatch(/\b(President|Prime Minister|Chancellor|Administration|Minister)\b/);
    }
  });

  it('leaves a term open only for people in office, and never ends one before it starts', () => {
    for (const e of entries) {
      for (const t of e.terms) {
        if (t.from !== null && t.to !== null) expect(t.to >= t.from, `${e.key} ${t.from}..${t.to}`).toBe(true);
        expect(t.state ?? t.bloc).toBeDefined();
      }
    }
    expect(byKey.get('leader/Q5947347')?.terms.every((t) => t.to !== null)).toBe(true);
    expect(byKey.get('leader/Q107054330')).toBeUndefined(); // fictional president
  });
});

describe('withShortenedNames', () => {
  const person = (key: string, ...names: string[]): Leader => ({ key, label: names[0]!, names, short: [], terms: [] });

  it('adds a long name with one middle name left out, unless another person would share it or the name is a chain', () => {
    const [faye, other, chain, two] = withShortenedNames([
      person('leader/a', 'Amadou Diallo Kane Sow'),
      person('leader/b', 'Amadou Kane Sow', 'Amadou Pierre Kane Sow'),
      person('leader/c', 'Salman bin Abdulaziz Al Saud'),
      person('leader/d', 'Ali Hassan Musa'),
    ]);
    // "Amadou Kane Sow" is b's own name, so a gives only "Amadou Diallo Sow"; b's shortened form is its own name already.
    expect(faye!.names).toEqual(['Amadou Diallo Kane Sow', 'Amadou Diallo Sow']);
    expect(other!.names).toEqual(['Amadou Kane Sow', 'Amadou Pierre Kane Sow', 'Amadou Pierre Sow']);
    expect(chain!.names).toEqual(['Salman bin Abdulaziz Al Saud']);
    expect(two!.names).toEqual(['Ali Hassan Musa']);
  });
});

describe('withArticleSpellings', () => {
  const person = (key: string, ...names: string[]): Leader => ({ key, label: names[0]!, names, short: [], terms: [] });

  it('writes an Arabic article before a name both hyphenated and apart, and leaves other short words alone', () => {
    const [spaced, hyphenated, other] = withArticleSpellings([
      person('leader/a', 'Khalid bin Hamad Al Thani'),
      person('leader/b', 'Mahmoud al-Masri'),
      person('leader/c', 'Ana De Souza', 'Li Na Wu'),
    ]);
    expect(spaced!.names).toEqual(['Khalid bin Hamad Al Thani', 'Khalid bin Hamad Al-Thani']);
    expect(hyphenated!.names).toEqual(['Mahmoud al-Masri', 'Mahmoud al Masri']);
    expect(other!.names).toEqual(['Ana De Souza', 'Li Na Wu']);
  });
});

describe('withFamilyNameFirst', () => {
  const term = (state: string) => ({ office: 'foreign_minister' as const, state, from: '2023-01-01' as const, to: null, source: 'test' });
  const person = (key: string, state: string, ...names: string[]): Leader => ({ key, label: names[0]!, names, short: [], terms: [term(state)] });

  it('writes a two-word name family name first for a state whose government does, and no title or other state\'s name', () => {
    const [japanese, titled, other] = withFamilyNameFirst([
      person('leader/a', 'state/JPN', 'Hana Sato'),
      person('leader/b', 'state/JPN', 'Emperor Taro', 'Taro Ito Kato'),
      person('leader/c', 'state/KEN', 'Ana Wanjiru'),
    ]);
    expect(japanese!.names).toEqual(['Hana Sato', 'Sato Hana']);
    expect(titled!.names).toEqual(['Emperor Taro', 'Taro Ito Kato']);
    expect(other!.names).toEqual(['Ana Wanjiru']);
  });
});
