// Event words looked up in sentences written for these tests: CAMEO verbs in any inflection, their block's
// patterns with the prepositions that open the party, negative knowledge, and the curated phrases.
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/document/validate.js';
import { EventLexicon, type EventMatch } from '../../src/knowledge/event-lexicon.js';
import { loadKnowledge, readData } from '../../src/knowledge/load.js';
import { tokenize } from '../../src/extract/text/tokens.js';

const { lexicon } = loadKnowledge();
const events = lexicon.events;

/** The preferred reading at the first token spelt `word` (case-folded), with the text it covers. */
function at(sentence: string, word: string): (EventMatch & { words: string; party?: string }) | undefined {
  const tokens = tokenize(sentence);
  const keys = tokens.map((t) => t.norm);
  const i = keys.indexOf(word);
  if (i < 0) throw new Error(`no "${word}" in "${sentence}"`);
  const m = events.matchesAt(tokens, keys, i)[0];
  if (!m) return undefined;
  const words = sentence.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end);
  return { ...m, words, ...(m.opener !== undefined ? { party: tokens[m.opener]!.text } : {}) };
}

describe('EventLexicon.matchesAt', () => {
  it('reads regular inflections of a lemma', () => {
    expect(at('The Ghanaian president denounces the coup in Niamey.', 'denounces')).toMatchObject({ type: 'condemnation', lemma: 'denounce', pos: 'verb', negative: false });
    expect(at('Chile criticised the vote.', 'criticised')).toMatchObject({ type: 'condemnation', lemma: 'criticise' });
    expect(at('Brazil was criticizing the tariffs.', 'criticizing')).toMatchObject({ type: 'condemnation', lemma: 'criticize' });
    expect(at('Lula congratulates Milei on his win.', 'congratulates')).toMatchObject({ type: 'congratulation' });
    expect(at('Ramaphosa telephoned Tinubu.', 'telephoned')).toMatchObject({ type: 'phone_call', voice: 'transitive' });
    expect(at('Norway hosted the envoys.', 'hosted')).toMatchObject({ type: 'meeting', voice: 'transitive' });
  });

  it('reads the irregular forms the dictionary lists', () => {
    expect(at('Ruto met Museveni in Entebbe.', 'met')).toMatchObject({ type: 'meeting', lemma: 'meet', words: 'met' });
    expect(at('Albanese spoke by telephone with Luxon.', 'spoke')).toMatchObject({ type: 'phone_call', lemma: 'speak', words: 'spoke by telephone' });
    expect(at('The premiers held talks in Wellington.', 'held')).toMatchObject({ type: 'meeting', lemma: 'hold', words: 'held talks' });
  });

  it('matches multiword patterns over determiners and adjectives, leaving out the preposition that opens the party', () => {
    expect(at('Widodo held lengthy bilateral talks with Albanese.', 'held')).toMatchObject({ type: 'meeting', words: 'held lengthy bilateral talks', party: 'with', prepositions: ['with'], reverse: false });
    expect(at('Tokayev held a meeting with Mirziyoyev.', 'held')).toMatchObject({ type: 'meeting', words: 'held a meeting', party: 'with' });
    expect(at('Peru expressed its firm support for Ecuador.', 'expressed')).toMatchObject({ type: 'support', words: 'expressed its firm support', party: 'for' });
    expect(at('Macron met with Carney on Monday.', 'met')).toMatchObject({ type: 'meeting', lemma: 'meet with', words: 'met', party: 'with' });
    expect(at('The envoys consulted with the mediators.', 'consulted')).toMatchObject({ type: 'meeting', party: 'with' });
  });

  it('reads no preposition in a capitalised word after the verb, which belongs to a name', () => {
    expect(at('Ruto welcomed Museveni to Nairobi.', 'welcomed')).toMatchObject({ type: 'meeting' });
    expect(at('Kagame congratulated To Van Minh on his election.', 'congratulated')).toMatchObject({ type: 'congratulation' });
    expect(at('RUTO WELCOMED MUSEVENI TO NAIROBI.', 'welcomed')).toMatchObject({ type: 'meeting' });
  });

  it('marks patterns whose party acts on the subject', () => {
    expect(at('Boric received a phone call from Petro.', 'received')).toMatchObject({ type: 'phone_call', words: 'received a phone call', party: 'from', reverse: true });
    expect(at('Armenia won backing from France.', 'won')).toMatchObject({ type: 'support', reverse: true, party: 'from' });
    // A time may stand before the party: "today", "late on Sunday".
    expect(at('Boric received a phone call today from Petro.', 'received')).toMatchObject({ type: 'phone_call', party: 'from', reverse: true });
    expect(at('Boric received a phone call late on Sunday from Petro.', 'received')).toMatchObject({ type: 'phone_call', party: 'from', reverse: true });
    expect(at('The congratulations from Seoul arrived late.', 'congratulations')).toMatchObject({ type: 'congratulation', pos: 'noun', reverse: true });
  });

  it('reads event nouns, and a word both verb and noun as the words before it suggest', () => {
    expect(at('The talks with Tehran resumed.', 'talks')).toMatchObject({ type: 'meeting', pos: 'noun', voice: 'noun', party: 'with' });
    expect(at('After the meeting, both sides spoke to reporters.', 'meeting')).toMatchObject({ type: 'meeting', pos: 'noun' });
    expect(at('Kenya strongly supports the plan.', 'supports')).toMatchObject({ type: 'support', pos: 'verb' });
    expect(at('The talks were a success.', 'talks')).toMatchObject({ type: 'meeting', pos: 'noun' });
    expect(at('The minister paid tribute to the victims.', 'paid')).toBeUndefined();
  });

  it('returns negative knowledge for intentions, appeals, refusals and events called off', () => {
    expect(at('Ankara called for talks between the factions.', 'called')).toMatchObject({ negative: true, cameo: '036', words: 'called for talks' });
    expect(at('It was a call for calm.', 'call')).toMatchObject({ negative: true, cameo: '020' });
    expect(at('Hanoi planned a meeting with Manila.', 'planned')).toMatchObject({ negative: true, lemma: 'plan' });
    expect(at('Rabat cancelled the visit of the delegation.', 'cancelled')).toMatchObject({ negative: true, words: 'cancelled the visit' });
    expect(at('Cairo rejected the condemnation.', 'rejected')).toMatchObject({ negative: true, words: 'rejected the condemnation' });
    expect(at('Oslo postponed the signing.', 'postponed')).toMatchObject({ negative: true, lemma: 'postpone' });
    // Every reading of the words is there: the negative one first, the event noun inside it after.
    const tokens = tokenize('Ankara called for talks.');
    const keys = tokens.map((t) => t.norm);
    expect(events.matchesAt(tokens, keys, 3).map((m) => [m.type, m.pos])).toContainEqual(['meeting', 'noun']);
  });

  it('reads the curated phrases CAMEO lacks, before CAMEO\'s reading of the same words', () => {
    expect(at('The two presidents shook hands in Baku.', 'shook')).toMatchObject({ type: 'meeting', origin: 'curated', words: 'shook hands' });
    expect(at('Modi and Sharif exchanged greetings on Eid.', 'exchanged')).toMatchObject({ type: 'congratulation', origin: 'curated' });
    expect(at('Berlin slammed the decision.', 'slammed')).toMatchObject({ type: 'condemnation', origin: 'curated' });
    expect(at('The two foreign ministers held a video conference on Friday.', 'held')).toMatchObject({ type: 'phone_call', origin: 'curated', words: 'held a video conference' });
    expect(at('Pretoria and Brasilia share similar positions on reform.', 'share')).toMatchObject({ type: 'shared_stance', origin: 'curated' });
    expect(at('Hungary spoke with Serbia by phone.', 'spoke')).toMatchObject({ type: 'phone_call', origin: 'curated', words: 'spoke with Serbia by phone' });
  });

  it('does not let a prepositional phrase reach across another verb or clause', () => {
    // The raid is what the condemnation is about: the pattern covers it, the words naming the event stop before it.
    expect(at('Spain condemned the raid and accused Morocco of crimes.', 'condemned')).toMatchObject({ type: 'condemnation', words: 'condemned', extent: 4 });
    expect(at('Spain condemned the raid and accused Morocco of crimes.', 'accused')).toMatchObject({ type: 'condemnation', words: 'accused' });
    expect(at('Ruto phoned Kagame on Monday.', 'phoned')).toMatchObject({ type: 'phone_call', words: 'phoned' });
  });
});

describe('data/lexicon/triggers-curated.json', () => {
  const curated = readData('curatedTriggers', 'lexicon/triggers-curated.json');
  const cameoOnly = new EventLexicon(readData('cameoVerbs', 'lexicon/cameo-verbs.json'), { description: '', entries: [], actionNouns: [], actionVerbs: [], actFamilies: [], domesticActs: [], answeringPhrases: [], blamingPhrases: [], accusingVerbs: [], accusedActs: [], ownedThings: [], authoredNouns: [], nonStateAuthors: [], gradingAdverbs: [] }, {
    ...lexicon.grammar, settingPrepositions: new Set(), subjects: new Set(), unreal: new Set(), personPronouns: new Set(), temporalWords: new Set(), infinitive: 'to',
  });

  it('is valid and gives a reason for every entry', () => {
    expect(schemaProblems('curatedTriggers', curated)).toEqual([]);
    for (const e of curated.entries) expect(e.reason.length, e.phrases[0]).toBeGreaterThan(20);
  });

  it('holds no phrase that CAMEO reads the same way over the same words', () => {
    for (const e of curated.entries) {
      for (const phrase of e.phrases.filter((p) => !p.includes('*'))) {
        const tokens = tokenize(phrase);
        const keys = tokens.map((t) => t.norm);
        const same = cameoOnly.matchesAt(tokens, keys, 0).find((m) => m.type === e.type && Math.max(m.end, (m.opener ?? -1) + 1) >= tokens.length
          && (m.pos === 'noun') === (e.voice === 'noun'));
        expect(same, `"${phrase}" is covered by CAMEO (${same?.origin})`).toBeUndefined();
      }
    }
  });
});
