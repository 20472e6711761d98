// Which states and blocs an agreement binds, read from its name and its sentence.
import { describe, expect, it } from 'vitest';
import { article, edgesOf } from '../../helpers/article.js';
import { extract } from '../../../src/extract/pipeline.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';

const parties = (text: string): string[] => edgesOf(text, '2024-05-06', { withRelations: true }).filter((e) => e.startsWith('party_to'));

describe('party-to', () => {
  it('reads a head after a known agreement\'s whole name as that agreement, and ministers from states as those states', () => {
    expect(parties('Ghana ratified the African Continental Free Trade Area agreement in 2018.'))
      .toEqual(['party_to Ghana>African Continental Free Trade Area']);
    const signed = edgesOf('Ministers from Ghana and Togo inked the Lome Declaration on Border Trade on Monday.', '2024-05-06', { withRelations: true });
    expect(signed.filter((e) => e.startsWith('signed '))).toEqual([
      'signed Ghana>Lome Declaration on Border Trade@2024-05-06', 'signed Togo>Lome Declaration on Border Trade@2024-05-06',
    ]);
  });

  it('takes the states its name holds as parties', () => {
    expect(parties('The Kenya-Uganda trade agreement was signed in 2001.'))
      .toEqual(['party_to Kenya>Kenya-Uganda trade agreement', 'party_to Uganda>Kenya-Uganda trade agreement']);
  });

  it('takes the states a known agreement\'s name spells with hyphens as its parties, without outside knowledge', () => {
    expect(parties('Under the US-Japan Security Treaty, Washington must defend Tokyo.').sort())
      .toEqual(['party_to Japan>US-Japan Security Treaty', 'party_to United States>US-Japan Security Treaty']);
    expect(parties('The Paris Agreement entered into force in 2016.')).toEqual([]);
  });

  it('takes the parties a relative clause right after it lists, and one state that is a signatory to it', () => {
    expect(parties('The Volta Basin Water Charter, to which both Niger and Chad are parties, took effect on Monday.'))
      .toEqual(['party_to Chad>Volta Basin Water Charter', 'party_to Niger>Volta Basin Water Charter']);
    expect(parties('Niger is a signatory to the Volta Basin Water Charter.')).toEqual(['party_to Niger>Volta Basin Water Charter']);
    expect(parties('Niger is not a party to the Volta Basin Water Charter.')).toEqual([]);
  });

  it('takes the parties a relative clause makes ratify or join it, and the owner of an agreement "with" another party', () => {
    expect(parties('The Volta Basin Water Charter, which Niger formally ratified in 2016, took effect on Monday.')).toEqual(['party_to Niger>Volta Basin Water Charter']);
    expect(parties('Ghana\'s agreement with Togo on electricity supply runs until 2030.'))
      .toEqual(['party_to Ghana>agreement with Togo on electricity supply', 'party_to Togo>agreement with Togo on electricity supply']);
  });

  it('takes the parties "which counts A and B among its members" lists, and none without its members', () => {
    expect(parties('The Volta Basin Water Charter (VBWC), which counts Ghana, Togo and Benin among its members, took effect on Monday.'))
      .toEqual(['party_to Benin>Volta Basin Water Charter', 'party_to Ghana>Volta Basin Water Charter', 'party_to Togo>Volta Basin Water Charter']);
    expect(parties('The Volta Basin Water Charter, which counts Ghana among its critics, took effect on Monday.')).toEqual([]);
  });

  it('reads "to which both countries are parties" as the two the words stand for, past a short name in brackets', () => {
    const talks = 'Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday.\n\n';
    expect(parties(`${talks}The two leaders backed frameworks such as the Nigeria-Egypt-Kenya-Ghana Quartet and the Volta Basin Water Charter (VBWC), to which both countries are parties.`))
      .toEqual(['party_to Ghana>Volta Basin Water Charter', 'party_to Kenya>Volta Basin Water Charter']);
    // Two states named before it in the sentence, not the two the article is about.
    expect(parties(`${talks}Togo argued that Benin's closure of the border breaches the Volta Basin Water Charter, to which both countries are party.`))
      .toEqual(['party_to Benin>Volta Basin Water Charter', 'party_to Togo>Volta Basin Water Charter']);
  });

  it('does not take the states where a situation the sentence discusses is as parties', () => {
    expect(parties('Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Accra on Monday. The two leaders discussed the situation in '
      + 'Mali and Burkina Faso, and agreed to implement the Volta Basin Water Charter.'))
      .toEqual(['party_to Ghana>Volta Basin Water Charter', 'party_to Togo>Volta Basin Water Charter']);
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

describe('states standing in for people', () => {
  it('reads "the two countries" as the states of the two people named just before, and an unknown counterpart as their state', () => {
    expect(parties('In the presence of President William Ruto of Kenya and Prime Minister Abiy Ahmed of Ethiopia, the two countries signed a border security agreement on Monday.'))
      .toEqual([expect.stringMatching(/^party_to Ethiopia>border security agreement/), expect.stringMatching(/^party_to Kenya>border security agreement/)]);
    expect(edgesOf('Kenya\'s Foreign Minister Amina Wanjiru Otieno and her Ethiopian counterpart signed a border security agreement on Monday.', '2024-05-06').filter((e) => e.startsWith('signed')))
      .toEqual([expect.stringMatching(/^signed Amina Wanjiru Otieno>/), expect.stringMatching(/^signed Ethiopia>/)]);
  });
});

describe('a party joining an agreement', () => {
  it('is one state that ratifies, accedes to or joins it', () => {
    expect(parties('Armenia ratified the Rome Statute on Tuesday.')).toEqual(['party_to Armenia>Rome Statute']);
    expect(parties('The United States rejoined the Paris Agreement on Tuesday.')).toEqual(['party_to United States>Paris Agreement']);
    expect(parties('Brazil acceded to the Charter of Cooperation on Tuesday.')).toEqual(['party_to Brazil>Charter of Cooperation']);
    expect(parties('Armenia criticised the Rome Statute on Tuesday.')).toEqual([]);
  });
});

describe('the state of a person who heads two', () => {
  it('is the one the article names: a French president is also a co-prince of Andorra', () => {
    const edges = edgesOf('President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany signed a declaration on defence cooperation in Paris on Monday.', '2024-05-07', { withRelations: true });
    expect(edges.filter((e) => /^(party_to|leader_of) /.test(e))).toEqual([
      'leader_of Emmanuel Macron>France', 'leader_of Olaf Scholz>Germany',
      expect.stringMatching(/^party_to France>declaration on defence cooperation/), expect.stringMatching(/^party_to Germany>declaration on defence cooperation/),
    ]);
  });

  it('is the one whose office the text\'s title names when the article names neither', () => {
    const trace = extract(article('President Emmanuel Macron signed the Paris Declaration on Tuesday.', '2024-06-05'), loadKnowledge(), { trace: true }).traces;
    expect(trace.filter((t) => t.stage === 'party-to').map((t) => t.message)).toEqual([expect.stringMatching(/^party_to state\/FRA /)]);
  });
});

describe('an agreement named inside another\'s name', () => {
  it('is what the other is about, not an agreement signed or bound to', () => {
    const found = parties('Azerbaijan, Turkey and Georgia signed a joint declaration on the Middle Corridor on Friday.');
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((e) => !e.includes('joint declaration'))).toEqual([]);
  });
});

describe('delegates who sign', () => {
  const signed = (text: string): string[] => edgesOf(text, '2024-05-06').filter((e) => e.startsWith('signed ')).sort();

  it('sign for the two states the sentence before names, opening a sentence or a clause', () => {
    expect(signed('Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on Monday. Officials signed an agreement on cross-border trade.'))
      .toEqual(['signed Kenya>agreement on cross-border trade@2024-05-06', 'signed Tanzania>agreement on cross-border trade@2024-05-06']);
    expect(signed('Ruto held talks with Tanzanian President Samia Suluhu Hassan in Kenya on Monday, and ministers signed an agreement on cross-border trade and another on energy cooperation.'))
      .toEqual([
        'signed Kenya>agreement on cross-border trade@2024-05-06', 'signed Kenya>agreement on energy cooperation@2024-05-06',
        'signed Tanzania>agreement on cross-border trade@2024-05-06', 'signed Tanzania>agreement on energy cooperation@2024-05-06',
      ]);
  });

  it('are no one in an act other than signing', () => {
    const edges = edgesOf('Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on Monday. Officials praised the Ugandan mediation.', '2024-05-06');
    expect(edges.filter((e) => e.startsWith('support '))).toEqual([]);
  });
});

describe('an agreement reached with a party', () => {
  it('binds the parties after "with" and the state acting before it', () => {
    expect(parties('Ghana said the fisheries deal struck with Togo would be reviewed next year.').sort())
      .toEqual(['party_to Ghana>fisheries deal', 'party_to Togo>fisheries deal']);
    // Without the participle, one state before it binds no one.
    expect(parties('Ghana said the fisheries deal would be reviewed next year.')).toEqual([]);
  });
});

describe('a named agreement in an article about two states', () => {
  const pair = 'Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.\n\n';
  const parties = (text: string): string[] => edgesOf(pair + text, '2024-06-11', { withRelations: true }).filter((e) => e.startsWith('party_to'));

  it('binds the pair when its sentence names one of them and no other state', () => {
    expect(parties('Boric said Chile would buy more electricity under the Andean Grid Accord.')).toEqual(['party_to Chile>Andean Grid Accord', 'party_to Peru>Andean Grid Accord']);
  });

  it('binds no one when the sentence names another state, or the agreement has no name of its own', () => {
    expect(parties('Bolivia will buy more electricity under the Andean Grid Accord, Boric said.')).toEqual([]);
    expect(parties('Boric said Chile would buy more electricity under the grid accord.')).toEqual([]);
  });
});
