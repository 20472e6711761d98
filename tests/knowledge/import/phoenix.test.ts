import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayPhoenixName, isTitlePhrase } from '../../../src/knowledge/import/names.js';
import { parseActors, parseCode } from '../../../src/knowledge/import/phoenix.js';
import { fatherName, PhoenixIndex } from '../../../src/knowledge/import/phoenix-match.js';
import { decodeMixed, readText } from '../../../src/knowledge/import/text-file.js';
import { haveShared, phoenixFile } from './shared.js';

describe('parseCode', () => {
  it('reads closed, open-ended and until ranges in both date widths', () => {
    expect(parseCode('RUSGOV 991231-080507')).toEqual({ country: 'RUS', role: 'GOV', from: '1999-12-31', to: '2008-05-07' });
    expect(parseCode('CHNGOV >20121115')).toEqual({ country: 'CHN', role: 'GOV', from: '2012-11-15', to: null });
    expect(parseCode('USRARM <900823')).toEqual({ country: 'USR', role: 'ARM', from: null, to: '1990-08-23' });
  });

  it('tolerates stray spaces ("> 20140607") and undated codes', () => {
    expect(parseCode('UKRGOV > 20140607')).toEqual({ country: 'UKR', role: 'GOV', from: '2014-06-07', to: null });
    expect(parseCode('RUSELI')).toEqual({ country: 'RUS', role: 'ELI', from: null, to: null });
  });
});

describe('parseActors', () => {
  const sample = [
    '# header comment',
    'VLADIMIR_PUTIN_  # CountryInfo.txt',
    '+PUTIN_',
    '+PRESIDENT_VLADIMIR_PUTIN_',
    '\t[RUSGOV 990809-000507]',
    '\t[RUSGOV >080508]',
    'AFGHANISTAN_  [AFG]',
  ].join('\n');

  it('groups variants and codes under the actor line', () => {
    const [putin, afg] = parseActors(sample);
    expect(putin).toMatchObject({ name: 'VLADIMIR_PUTIN', variants: ['PUTIN', 'PRESIDENT_VLADIMIR_PUTIN'], line: 2 });
    expect(putin!.codes).toHaveLength(2);
    expect(afg).toMatchObject({ name: 'AFGHANISTAN', codes: [{ country: 'AFG', role: '', from: null, to: null }] });
  });
});

describe('parseActors quirks', () => {
  it('reads code-less lines that share the last word as variants of one actor', () => {
    const [yeltsin, next] = parseActors('BORIS_YELTSIN_\nYELTSIN\nPRESIDENT_YELTSIN\n\t[RUSGOV 910710-991231]\nALEKSANDR_RUTSKOY_\n\t[RUSGOV 930922-931004]');
    expect(yeltsin).toMatchObject({ name: 'BORIS_YELTSIN', variants: ['YELTSIN', 'PRESIDENT_YELTSIN'] });
    expect(yeltsin!.codes).toEqual([{ country: 'RUS', role: 'GOV', from: '1991-07-10', to: '1999-12-31' }]);
    expect(next!.name).toBe('ALEKSANDR_RUTSKOY');
  });
});

describe('Phoenix names', () => {
  it('turns dictionary names into display names', () => {
    expect(displayPhoenixName('VLADIMIR_V._PUTIN')).toBe('Vladimir V. Putin');
    expect(displayPhoenixName('BASHAR_AL-ASSAD')).toBe('Bashar al-Assad');
    expect(displayPhoenixName('LEVON_TER-PETROSYAN')).toBe('Levon Ter-Petrosyan');
    expect(displayPhoenixName('ABDULLAH_II')).toBe('Abdullah II');
  });

  it('recognises title phrases and nationality adjectives', () => {
    const demonyms = new Set(['russian', 'us']);
    expect(isTitlePhrase('PRESIDENT_PUTIN', demonyms)).toBe(true);
    expect(isTitlePhrase('RUSSIAN_PRIME_MINISTER_VLADIMIR_PUTIN', demonyms)).toBe(true);
    expect(isTitlePhrase('BUSH_ADMINISTRATION', demonyms)).toBe(true);
    expect(isTitlePhrase('VLADIMIR_VLADIMIROVICH_PUTIN', demonyms)).toBe(false);
  });

  it('reads the father\'s name of an Arabic name', () => {
    expect(fatherName('Abdullah bin Nasser bin Khalifa Al Thani')).toBe('nasser');
    expect(fatherName('ABDALLAH_BIN_KHALIFA_AL_THANI')).toBe('khalifa');
    expect(fatherName('Vladimir Putin')).toBeUndefined();
  });
});

describe('decodeMixed', () => {
  it('decodes UTF-8 lines as UTF-8 and other lines as Latin-1', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ERDOĞAN\n'), 0x4a, 0xfc, 0x72, 0x67]);
    expect(decodeMixed(bytes)).toBe('ERDOĞAN\nJürg');
  });
});

describe.skipIf(!haveShared)('the real Phoenix dictionary', () => {
  const actors = parseActors(readText(phoenixFile));
  const index = new PhoenixIndex(actors);

  it('holds Putin with his dated government codes and Erdoğan with his UTF-8 variants', () => {
    const putin = actors.find((a) => a.name === 'VLADIMIR_PUTIN');
    expect(putin?.codes).toContainEqual({ country: 'RUS', role: 'GOV', from: '2008-05-08', to: null });
    const erdogan = actors.find((a) => a.name === 'RECEP_TAYYIP_ERDOGAN');
    expect(erdogan?.variants).toContain('RECEP_TAYYIP_ERDOĞAN');
  });

  it('matches office holders by country, dates and name, never a relative', () => {
    const jongUn = index.match('Kim Jong-un', [{ iso3: 'PRK', from: '2011-12-17', to: null }]).map((a) => a.name);
    expect(jongUn.every((n) => n.includes('UN'))).toBe(true);
    const yeltsin = index.match('Boris Iéltsin', [{ iso3: 'RUS', from: '1991-07-10', to: '1999-12-31' }]).map((a) => a.name);
    expect(yeltsin).toContain('BORIS_YELTSIN');
    const son = index.match('George W. Bush', [{ iso3: 'USA', from: '2001-01-20', to: '2009-01-20' }]).map((a) => a.name);
    expect(son).not.toContain('GEORGE_BUSH');
    const lacallePou = index.match('Luis Alberto Lacalle Pou', [{ iso3: 'URY', from: '2020-03-01', to: '2025-03-01' }]);
    expect(lacallePou).toEqual([]);
  });
});
