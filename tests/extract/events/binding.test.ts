// Event binding on sentences we write ourselves, with people from several regions and years.
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/article.js';

describe('argument binding', () => {
  it('reads a phone call with a counterpart in apposition', () => {
    expect(edgesOf('Nigerian President Bola Tinubu held a phone call with his Ghanaian counterpart, Nana Akufo-Addo, on Tuesday.', '2023-11-09'))
      .toEqual(['phone_call Bola Tinubu>Nana Akufo-Addo@2023-11-07']);
  });

  it('pairs a coordinated subject for symmetric events', () => {
    const edges = edgesOf('Mexican President Andres Manuel Lopez Obrador and U.S. President Joe Biden held talks in Mexico City on Monday.', '2023-01-10');
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatch(/^meeting (?=.*Biden)(?=.*Obrador).*@2023-01-09$/);
  });

  it('directs a congratulation from the sender to the addressee', () => {
    expect(edgesOf('Chilean President Gabriel Boric congratulated Argentine President Javier Milei on his election victory.', '2023-11-20'))
      .toEqual(['congratulation Gabriel Boric>Javier Milei@2023-11-20']);
  });

  it('reads "the two presidents" as the pair the article is about', () => {
    const text = 'South African President Cyril Ramaphosa met Kenyan President William Ruto in Pretoria on Wednesday.\n\nThe two presidents share positions on reform of the UN Security Council.';
    expect(edgesOf(text, '2023-11-03')).toEqual([
      'meeting Cyril Ramaphosa>William Ruto@2023-11-01',
      'shared_stance Cyril Ramaphosa>William Ruto@2023-11-01',
    ]);
  });

  it('gives a signing and its parties, with a background date kept', () => {
    const edges = edgesOf('Kazakhstan and Uzbekistan signed the treaty on allied relations on December 22, 2022.', '2024-01-15', { withRelations: true });
    expect(edges).toEqual(expect.arrayContaining([
      'signed Kazakhstan>treaty on allied relations@2022-12-22',
      'signed Uzbekistan>treaty on allied relations@2022-12-22',
      'party_to Kazakhstan>treaty on allied relations',
      'party_to Uzbekistan>treaty on allied relations',
    ]));
  });

  it('names the condemned party of an evaluative noun', () => {
    expect(edgesOf('Colombian President Gustavo Petro said the Israeli aggression in Gaza amounted to genocide.', '2023-11-01'))
      .toEqual(['condemnation Gustavo Petro>Israel@2023-11-01']);
  });

  it('confirms membership against the gazetteer on the article date', () => {
    const edges = edgesOf('Finland and Sweden are both members of NATO.', '2024-06-01', { withRelations: true });
    expect(edges).toEqual(['member_of Finland>NATO', 'member_of Sweden>NATO']);
    expect(edgesOf('Finland and Sweden are both members of NATO.', '2022-06-01', { withRelations: true })).toEqual([]);
  });
});

describe('plural titles over a list of states', () => {
  it('names one holder in each state and pairs them', () => {
    expect(edgesOf('The foreign ministers of India and Pakistan met in Goa on Friday.', '2023-05-06'))
      .toEqual(['meeting Bilawal Bhutto Zardari>S. Jaishankar@2023-05-05']);
  });
});
