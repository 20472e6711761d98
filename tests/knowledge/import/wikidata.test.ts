import { describe, expect, it } from 'vitest';
import { cleanTerms, parseWikidataCsv, type WikidataRow } from '../../../src/knowledge/import/wikidata.js';
import { readText } from '../../../src/knowledge/import/text-file.js';
import { csvFile, haveShared } from './shared.js';

const HEADER = 'iso3,country,role,person,person_qid,start,end,party,end_cause\n';
const row = (iso3: string, role: string, label: string, qid: string, start: string, end = ''): string =>
  `${iso3},x,${role},${label},${qid},${start ? `${start}T00:00:00Z` : ''},${end ? `${end}T00:00:00Z` : ''},,\n`;

function terms(rows: WikidataRow[], qid: string) {
  return cleanTerms(rows).filter((t) => t.qid === qid).map(({ role, from, to }) => ({ role, from, to }));
}

describe('parseWikidataCsv', () => {
  it('drops rows without a start (fictional holders) and unknown-value dates', () => {
    const text = HEADER + row('USA', 'head_of_state', 'Thor', 'Q4003185', '')
      + 'BFA,x,head_of_state,Q27146606,Q27146606,2015-12-19T00:00:00Z,http://www.wikidata.org/.well-known/genid/703f,,\n';
    const parsed = parseWikidataCsv(text);
    expect(parsed.rows).toEqual([{ iso3: 'BFA', role: 'head_of_state', label: 'Q27146606', qid: 'Q27146606', from: '2015-12-19', to: null, line: 3 }]);
    expect(parsed.dropped).toBe(1);
  });
});

describe('cleanTerms', () => {
  it('prefers precise dates over year-only duplicates', () => {
    const { rows } = parseWikidataCsv(HEADER
      + row('KAZ', 'head_of_state', 'Nursultan Nazarbayev', 'Q57394', '1991-01-01', '2019-01-01')
      + row('KAZ', 'head_of_state', 'Nursultan Nazarbayev', 'Q57394', '1991-12-16', '2019-03-20'));
    expect(terms(rows, 'Q57394')).toEqual([{ role: 'head_of_state', from: '1991-12-16', to: '2019-03-20' }]);
  });

  it('takes the known end of a duplicated term and keeps a later open run separate', () => {
    const { rows } = parseWikidataCsv(HEADER
      + row('SAU', 'head_of_government', 'Salman', 'Q367825', '2015-01-23')
      + row('SAU', 'head_of_government', 'Salman', 'Q367825', '2015-01-23', '2022-09-27')
      + row('GRC', 'head_of_government', 'Mitsotakis', 'Q552751', '2019-07-08')
      + row('GRC', 'head_of_government', 'Mitsotakis', 'Q552751', '2019-07-08', '2023-05-25')
      + row('GRC', 'head_of_government', 'Mitsotakis', 'Q552751', '2023-06-26')
      + row('GRC', 'head_of_government', 'Sarmas', 'Q118402778', '2023-05-25', '2023-06-26'));
    expect(terms(rows, 'Q367825')).toEqual([{ role: 'head_of_government', from: '2015-01-23', to: '2022-09-27' }]);
    expect(terms(rows, 'Q552751')).toEqual([
      { role: 'head_of_government', from: '2019-07-08', to: '2023-05-25' },
      { role: 'head_of_government', from: '2023-06-26', to: null },
    ]);
  });

  it('joins touching runs and closes an open term when a successor starts', () => {
    const { rows } = parseWikidataCsv(HEADER
      + row('ARM', 'head_of_government', 'Pashinyan', 'Q7035479', '2018-05-08', '2021-04-25')
      + row('ARM', 'head_of_government', 'Pashinyan', 'Q7035479', '2021-04-25', '2021-06-20')
      + row('ARM', 'head_of_government', 'Pashinyan', 'Q7035479', '2021-06-20')
      + row('KAZ', 'head_of_government', 'Smaiylov', 'Q56825894', '2022-01-05')
      + row('KAZ', 'head_of_government', 'Bektenov', 'Q124436646', '2024-02-06'));
    expect(terms(rows, 'Q7035479')).toEqual([{ role: 'head_of_government', from: '2018-05-08', to: null }]);
    expect(terms(rows, 'Q56825894')).toEqual([{ role: 'head_of_government', from: '2022-01-05', to: '2024-02-06' }]);
  });

  it('settles a successor\'s start on the duplicate that fits the predecessor\'s end', () => {
    const { rows } = parseWikidataCsv(HEADER
      + row('IRQ', 'head_of_government', 'al-Kadhimi', 'Q85317569', '2020-05-07', '2022-10-27')
      + row('IRQ', 'head_of_government', 'al-Sudani', 'Q3700793', '2022-10-14')
      + row('IRQ', 'head_of_government', 'al-Sudani', 'Q3700793', '2022-10-27'));
    expect(terms(rows, 'Q3700793')).toEqual([{ role: 'head_of_government', from: '2022-10-27', to: null }]);
  });

  it('leaves co-holders open in states with a collective head of state', () => {
    const { rows } = parseWikidataCsv(HEADER
      + row('BIH', 'head_of_state', 'Komšić', 'Q297825', '2018-10-07')
      + row('BIH', 'head_of_state', 'Bećirović', 'Q13081568', '2022-01-01'));
    const open = cleanTerms(rows, { coHolderStates: new Set(['BIH']) }).filter((t) => t.to === null);
    expect(open.map((t) => t.qid).sort()).toEqual(['Q13081568', 'Q297825']);
  });
});

describe.skipIf(!haveShared)('the real Wikidata export', () => {
  const { rows } = parseWikidataCsv(readText(csvFile));

  it('gives Putin his four terms', () => {
    expect(terms(rows, 'Q7747')).toEqual([
      { role: 'head_of_government', from: '1999-08-09', to: '2000-05-07' },
      { role: 'head_of_government', from: '2008-05-08', to: '2012-05-07' },
      { role: 'head_of_state', from: '2000-05-07', to: '2008-05-07' },
      { role: 'head_of_state', from: '2012-05-07', to: null },
    ]);
  });

  it('has Raisi as Iran\'s head of government until his death and Khamenei as head of state', () => {
    expect(terms(rows, 'Q5947347')).toEqual([{ role: 'head_of_government', from: '2021-08-03', to: '2024-05-19' }]);
    expect(terms(rows, 'Q57336')).toContainEqual({ role: 'head_of_state', from: '1989-06-04', to: null });
  });
});
