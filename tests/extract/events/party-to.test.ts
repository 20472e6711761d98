// Which states and blocs an agreement binds, read from its name and its sentence.
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/article.js';

const parties = (text: string): string[] => edgesOf(text, '2024-05-06', { withRelations: true }).filter((e) => e.startsWith('party_to'));

describe('party-to', () => {
  it('takes the states its name holds as parties', () => {
    expect(parties('The Kenya-Uganda trade agreement was signed in 2001.'))
      .toEqual(['party_to Kenya>Kenya-Uganda trade agreement', 'party_to Uganda>Kenya-Uganda trade agreement']);
  });

  it('does not take the state that brokered it as a party', () => {
    expect(parties('Sudan and Chad signed a U.S.-brokered ceasefire agreement on Monday.'))
      .toEqual(['party_to Chad>U.S.-brokered ceasefire agreement', 'party_to Sudan>U.S.-brokered ceasefire agreement']);
    expect(parties('The Qatar-mediated prisoner exchange agreement was signed in 2023.')).toEqual([]);
  });

  it('gives a hypothetical agreement no parties from the states acting in its sentence', () => {
    expect(parties('Armenia and Georgia may sign a transit pact next month.')).toEqual([]);
    expect(parties('Armenia and Georgia signed a transit pact on Monday.'))
      .toEqual(['party_to Armenia>transit pact', 'party_to Georgia>transit pact']);
  });
});
