import { describe, expect, it } from 'vitest';
import type { BlocsFile } from '../../../src/document/types.gen.js';
import { InputError } from '../../../src/errors.js';
import { buildBlocs, type CuratedBloc } from '../../../src/knowledge/import/blocs.js';
import { gazetteerFile } from './shared.js';

const bloc = (key: string, extra: Partial<CuratedBloc> = {}): CuratedBloc => ({
  key, label: key, names: [], abbreviations: [], metonyms: [], members: [], copy: [], source: 's', at: '/entries/0', ...extra,
});

describe('buildBlocs', () => {
  const states = new Map([['state/RUS', 'un_member'], ['state/SAU', 'un_member'], ['state/QAT', 'un_member'], ['state/VAT', 'un_observer']]);

  it('copies another bloc\'s members from a given day and skips those who left before', () => {
    const [, plus] = buildBlocs({
      states, file: 'blocs.json', blocs: [
        bloc('bloc/opec', { members: [
          { member: 'state/SAU', from: '1960-09-14', to: null, status: 'member', source: 's' },
          { member: 'state/QAT', from: '1961-01-01', to: '2016-01-01', status: 'member', source: 's' },
        ] }),
        bloc('bloc/opec-plus', { members: [{ member: 'state/RUS', from: '2016-12-10', to: null, status: 'member', source: 's' }],
          copy: [{ bloc: 'bloc/opec', notBefore: '2016-12-10', source: 's' }] }),
      ],
    });
    expect(plus!.members.map((m) => [m.member, m.from])).toEqual([['state/RUS', '2016-12-10'], ['state/SAU', '2016-12-10']]);
  });

  it('adds every state for allStates, observers as observers', () => {
    const [un] = buildBlocs({ states, file: 'blocs.json', blocs: [bloc('bloc/un', { allStates: { statuses: ['un_member', 'un_observer'], source: 's' } })] });
    expect(un!.members.find((m) => m.member === 'state/VAT')?.status).toBe('observer');
    expect(un!.members).toHaveLength(4);
  });

  it('rejects unknown members and copy cycles with an InputError', () => {
    expect(() => buildBlocs({ states, file: 'blocs.json', blocs: [bloc('bloc/x', { members: [{ member: 'state/ZZZ', from: null, to: null, status: 'member', source: 's' }] })] })).toThrow(InputError);
    expect(() => buildBlocs({ states, file: 'blocs.json', blocs: [
      bloc('bloc/a', { copy: [{ bloc: 'bloc/b', notBefore: null, source: 's' }] }),
      bloc('bloc/b', { copy: [{ bloc: 'bloc/a', notBefore: null, source: 's' }] }),
    ] })).toThrow(InputError);
  });
});

describe('blocs.json', () => {
  const { entries } = gazetteerFile<BlocsFile>('blocs');
  const byKey = new Map(entries.map((b) => [b.key, b]));
  const membersOn = (key: string, on: string): string[] => byKey.get(key)!.members
    .filter((m) => m.status === 'member' && (m.from === null || m.from <= on) && (m.to === null || m.to > on))
    .map((m) => m.member).sort();

  it('holds the blocs the matcher relies on', () => {
    for (const key of ['brics', 'sco', 'eu', 'nato', 'un', 'unsc', 'opec', 'opec-plus', 'gcc', 'arab-league', 'csto', 'eaeu', 'asean', 'au', 'g7', 'g20', 'osce-minsk-group']) {
      expect(byKey.has(`bloc/${key}`), key).toBe(true);
    }
    expect(byKey.get('bloc/osce-minsk-group')?.parent).toBe('bloc/osce');
    expect(byKey.get('bloc/sco')?.names).toEqual(expect.arrayContaining(['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization']));
    expect(byKey.get('bloc/opec-plus')?.abbreviations).toContain('OPEC+');
  });

  it('dates memberships', () => {
    expect(membersOn('bloc/brics', '2023-06-01')).toEqual(['state/BRA', 'state/CHN', 'state/IND', 'state/RUS', 'state/ZAF']);
    expect(membersOn('bloc/brics', '2024-06-01')).toEqual(expect.arrayContaining(['state/IRN', 'state/EGY', 'state/ETH', 'state/ARE']));
    expect(membersOn('bloc/sco', '2023-01-01')).not.toContain('state/IRN');
    expect(membersOn('bloc/sco', '2024-01-01')).toContain('state/IRN');
    expect(membersOn('bloc/eu', '2019-06-01')).toContain('state/GBR');
    expect(membersOn('bloc/eu', '2021-06-01')).not.toContain('state/GBR');
    expect(membersOn('bloc/nato', '2023-06-01')).toContain('state/FIN');
    expect(membersOn('bloc/nato', '2023-06-01')).not.toContain('state/SWE');
    expect(membersOn('bloc/opec', '2020-06-01')).not.toContain('state/QAT');
    expect(membersOn('bloc/opec-plus', '2020-06-01')).toEqual(expect.arrayContaining(['state/RUS', 'state/SAU', 'state/KAZ']));
    expect(membersOn('bloc/arab-league', '2015-01-01')).not.toContain('state/SYR');
    expect(membersOn('bloc/g20', '2024-01-01')).toEqual(expect.arrayContaining(['bloc/eu', 'bloc/au']));
    expect(membersOn('bloc/un', '2025-01-01')).toHaveLength(193);
  });
});
