// The trigger stage reads the event lexicon: any inflection of a CAMEO verb, its block's patterns, event nouns,
// the curated phrases, and the words that report no event. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/article.js';

describe('trigger-event', () => {
  it('fires on any form of a CAMEO verb, not only the forms a list spells out', () => {
    expect(edgesOf('Colombian President Gustavo Petro castigated Ecuadorian President Daniel Noboa on Friday.', '2024-04-08'))
      .toEqual(['condemnation Gustavo Petro>Daniel Noboa@2024-04-05']);
    expect(edgesOf('Chilean President Gabriel Boric felicitates Peruvian President Dina Boluarte.', '2023-07-28'))
      .toEqual(['congratulation Gabriel Boric>Dina Boluarte@2023-07-28']);
  });

  it('reads a curated phrase written in the past in the present and as a participle', () => {
    expect(edgesOf('Pakistan slams India\'s missile test as a provocation.', '2024-04-08')).toEqual(['condemnation Pakistan>India@2024-04-08']);
    expect(edgesOf('Chilean President Gabriel Boric offers his congratulations to Peruvian President Dina Boluarte.', '2023-07-28'))
      .toEqual(['congratulation Gabriel Boric>Dina Boluarte@2023-07-28']);
    expect(edgesOf('Pakistan issued a statement on Friday, slamming India\'s missile test.', '2024-04-08')).toEqual(['condemnation Pakistan>India@2024-04-05']);
  });

  it('reads a pattern around the verb with its preposition', () => {
    expect(edgesOf('Indonesian President Joko Widodo held lengthy bilateral talks with Australian Prime Minister Anthony Albanese on Tuesday.', '2022-06-08'))
      .toEqual(['meeting Joko Widodo>Anthony Albanese@2022-06-07']);
  });

  it('turns the party after "from" into the one who acts', () => {
    expect(edgesOf('Kenyan President William Ruto received congratulations from Tanzanian President Samia Suluhu Hassan on Tuesday.', '2022-09-14'))
      .toEqual(['congratulation Samia Suluhu>William Ruto@2022-09-13']);
  });

  it.each([
    ['"rang" with a person as object', 'Austrian Chancellor Karl Nehammer rang Turkish President Recep Tayyip Erdogan on Monday.', 'phone_call'],
    ['talks held by telephone', 'Austrian Chancellor Karl Nehammer held telephone talks with Turkish President Recep Tayyip Erdogan on Monday.', 'phone_call'],
    ['a telephonic conversation', 'Austrian Chancellor Karl Nehammer had a telephonic conversation with Turkish President Recep Tayyip Erdogan on Monday.', 'phone_call'],
    ['a summit held by video', 'Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi held a virtual summit on Monday.', 'phone_call'],
    ['a video conference named as a noun, its parties after "between"', 'A video conference between Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi lasted an hour on Monday.', 'phone_call'],
    ['a summit named as a noun, its parties after "between"', 'The summit between Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi ended on Monday.', 'meeting'],
    ['hours spent with someone', 'Japanese Prime Minister Fumio Kishida spent two hours with Indian Prime Minister Narendra Modi in Tokyo on Monday.', 'meeting'],
    ['a courtesy call paid', 'Indian Foreign Minister Subrahmanyam Jaishankar paid a courtesy call on Japanese Prime Minister Fumio Kishida in Tokyo on Monday.', 'meeting'],
    ['a person called on', 'Indian Foreign Minister Subrahmanyam Jaishankar called on Japanese Prime Minister Fumio Kishida at his office in Tokyo on Monday.', 'meeting'],
    ['a meal hosted for a guest', 'Japanese Prime Minister Fumio Kishida hosted a state dinner for Indian Prime Minister Narendra Modi in Tokyo on Monday.', 'meeting'],
    ['a welcome accorded', 'Japanese Prime Minister Fumio Kishida accorded a warm welcome to Indian Prime Minister Narendra Modi in Tokyo on Monday.', 'meeting'],
    ['support pledged with words between', 'Japanese Prime Minister Fumio Kishida pledged his country\'s full and lasting support for Indian Prime Minister Narendra Modi on Monday.', 'support'],
    ['coming out in favour of a party', 'Japanese Prime Minister Fumio Kishida came out in favour of Indian Prime Minister Narendra Modi on Monday.', 'support'],
    ['a person\'s election victory hailed', 'Japanese Prime Minister Fumio Kishida hailed Narendra Modi\'s election victory on Monday.', 'congratulation'],
    ['the election of a person welcomed', 'Japanese Prime Minister Fumio Kishida welcomed the re-election of Indian Prime Minister Narendra Modi on Monday.', 'congratulation'],
    ['greetings extended to a people', 'Japanese Prime Minister Fumio Kishida extended his warm greetings to the people of India on their Independence Day on Monday.', 'congratulation'],
    ['wishes sent to a person', 'Japanese Prime Minister Fumio Kishida sent his best wishes to Indian Prime Minister Narendra Modi on Monday.', 'congratulation'],
    ['wishes conveyed to a person', 'Japanese Prime Minister Fumio Kishida conveyed his wishes to Indian Prime Minister Narendra Modi on Monday.', 'congratulation'],
    ['a working session held with someone', 'Japanese Prime Minister Fumio Kishida held a working session with Indian Prime Minister Narendra Modi in Tokyo on Monday.', 'meeting'],
    ['a body\'s weight thrown behind a party', 'Japanese Prime Minister Fumio Kishida threw his government\'s weight behind Indian Prime Minister Narendra Modi on Monday.', 'support'],
    ['a call received with a word before "from"', 'Japanese Prime Minister Fumio Kishida received a phone call today from Indian Prime Minister Narendra Modi.', 'phone_call'],
    ['a call received from a person with an honorific', 'Qatari Emir Sheikh Tamim bin Hamad Al Thani received a phone call on Monday from His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE.', 'phone_call'],
    ['sitting down first with someone', 'Japanese Prime Minister Fumio Kishida sat down first with Indian Prime Minister Narendra Modi in Tokyo on Monday.', 'meeting'],
    ['a virtual meeting held', 'Japanese Prime Minister Fumio Kishida held a virtual bilateral meeting with Indian Prime Minister Narendra Modi on Monday.', 'phone_call'],
    ['phone talks held', 'Japanese Prime Minister Fumio Kishida held separate phone talks with Indian Prime Minister Narendra Modi on Monday.', 'phone_call'],
    ['a person described as a dictator', 'Japanese Prime Minister Fumio Kishida described Indian Prime Minister Narendra Modi in an interview on Monday as "a dictator who rigged the vote".', 'condemnation'],
    ['a person called a tyrant', 'Japanese Prime Minister Fumio Kishida called Indian Prime Minister Narendra Modi a "tyrant" on Monday.', 'condemnation'],
    ['a person\'s words dismissed as what a few words end on', 'Japanese Prime Minister Fumio Kishida dismissed Indian Prime Minister Narendra Modi\'s remarks on Monday as "the same old lies".', 'condemnation'],
    ['two witnessing a signing together', 'Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi witnessed the signing of six agreements in Tokyo on Monday.', 'meeting'],
    ['two presiding over a signing', 'Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi presided over the signing of six agreements in Tokyo on Monday.', 'meeting'],
    ['a party\'s claims rejected as ludicrous', 'Japanese Prime Minister Fumio Kishida rejected Indian Prime Minister Narendra Modi\'s claims on Monday as "ludicrous".', 'condemnation'],
    ['a flight with someone to a place', 'Japanese Prime Minister Fumio Kishida flew to Hiroshima on Monday with Indian Prime Minister Narendra Modi.', 'meeting'],
    ['a tour alongside someone', 'Japanese Prime Minister Fumio Kishida toured the shipyard on Monday alongside Indian Prime Minister Narendra Modi.', 'meeting'],
    ['a note of protest handed over', 'Japanese Prime Minister Fumio Kishida\'s government handed a note of protest to India on Monday.', 'condemnation'],
    ['an ambassador withdrawn from a state', 'Japan withdrew its ambassador from India on Monday.', 'condemnation'],
    ['two sitting down together', 'Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi also sat down together in Tokyo on Monday.', 'meeting'],
    ['a meal had together', 'Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi had dinner together in Tokyo on Monday.', 'meeting'],
    ['a press conference given together', 'Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi gave a joint press conference in Tokyo on Monday.', 'meeting'],
    ['hands being shaken', 'Japanese Prime Minister Fumio Kishida was seen shaking hands with Indian Prime Minister Narendra Modi in Tokyo on Monday.', 'meeting'],
    ['an objection voiced to a party\'s decision', 'Japan on Monday voiced its strong objection to India\'s decision to raise tariffs.', 'condemnation'],
    ['condemnation voiced over a party\'s act', 'Japan on Monday voiced condemnation over India\'s military exercises near the border.', 'condemnation'],
    ['a party\'s claim rejected', 'Japan on Monday rejected India\'s claim to the island.', 'condemnation'],
    ['a measure rejected in the first person of a quotation', '"We reject India\'s unilateral measure," Japanese Prime Minister Fumio Kishida said on Monday.', 'condemnation'],
    ['a condemnation in the first person, an adverb between', '"We strongly condemn India\'s decision," Japanese Prime Minister Fumio Kishida said on Monday.', 'condemnation'],
    ['a recognition decided', 'Japan decided on Monday to recognise Palestine.', 'support'],
  ])('reads %s', (_, sentence, type) => {
    expect(edgesOf(sentence, '2024-05-14').filter((e) => !e.startsWith('leader_of')).map((e) => e.split(' ')[0])).toEqual([type]);
  });

  it('reads a declaration of persona non grata and an expulsion of diplomats "from" a state as condemnations of that state', () => {
    expect(edgesOf('Japan declared two Indian diplomats persona non grata on Monday.', '2024-05-14')).toEqual(['condemnation Japan>India@2024-05-13']);
    expect(edgesOf('Japanese Prime Minister Fumio Kishida declared Narendra Modi persona non grata on Monday.', '2024-05-14').filter((e) => !e.startsWith('leader_of')))
      .toEqual(['condemnation Fumio Kishida>Narendra Modi@2024-05-13']);
    expect(edgesOf('Japan expelled three diplomats from India on Monday.', '2024-05-14')).toEqual(['condemnation Japan>India@2024-05-13']);
    expect(edgesOf('Japan ordered the expulsion of several diplomats from the Indian embassy on Monday.', '2024-05-14')).toEqual(['condemnation Japan>India@2024-05-13']);
  });

  it('reads a summoned or expelled envoy named by title as the state that sent them', () => {
    expect(edgesOf('Japan summoned Indian Ambassador Sibi George on Monday.', '2024-05-14').filter((e) => !e.startsWith('leader_of'))).toEqual(['condemnation Japan>India@2024-05-13']);
    expect(edgesOf('Japan summoned the Indian ambassador, Sibi George, on Monday.', '2024-05-14').filter((e) => !e.startsWith('leader_of'))).toEqual(['condemnation Japan>India@2024-05-13']);
    expect(edgesOf('Japan declared Indian Ambassador Sibi George persona non grata on Monday.', '2024-05-14').filter((e) => !e.startsWith('leader_of'))).toEqual(['condemnation Japan>India@2024-05-13']);
  });

  it('reads a high commissioner summoned, an envoy summoned by an agent, and a complaint filed against a state as condemnations', () => {
    expect(edgesOf('India summoned the Bangladeshi high commissioner on Monday.', '2024-05-14')).toEqual(['condemnation India>Bangladesh@2024-05-13']);
    expect(edgesOf('The Turkish ambassador was summoned by Iraq on Monday.', '2024-05-14')).toEqual(['condemnation Iraq>Turkey@2024-05-13']);
    expect(edgesOf('Lebanon filed a complaint against Israel with the Security Council on Monday.', '2024-05-14')).toEqual(['condemnation Lebanon>Israel@2024-05-13']);
    expect(edgesOf('Vietnam filed a diplomatic protest against China on Monday.', '2024-05-14')).toEqual(['condemnation Vietnam>China@2024-05-13']);
    // No agent, no author.
    expect(edgesOf('The Turkish ambassador was summoned to the ministry on Monday.', '2024-05-14')).toEqual([]);
  });

  it('reads dismissing a party\'s accusations, claims or remarks as a rebuke of that party, and not dismissing a minister', () => {
    expect(edgesOf('China dismissed Japan\'s accusations on Monday.', '2024-05-14')).toEqual(['condemnation China>Japan@2024-05-13']);
    expect(edgesOf('Russia dismissed the claims by Romania on Monday.', '2024-05-14')).toEqual(['condemnation Russia>Romania@2024-05-13']);
    expect(edgesOf('Kenya\'s president dismissed the interior minister on Monday.', '2024-05-14').filter((e) => !e.startsWith('leader_of'))).toEqual([]);
  });

  it('reads no curated phrase of a speech verb across a clause of its own ("told reporters on Sunday he had spoken by phone")', () => {
    expect(edgesOf('Japanese Prime Minister Fumio Kishida told reporters on Sunday he had spoken by phone on Saturday with Indian Prime Minister Narendra Modi.', '2024-05-14')
      .filter((e) => !e.startsWith('leader_of'))).toEqual([expect.stringMatching(/^phone_call (?=.*Kishida)(?=.*Modi).*@2024-05-11$/)]);
  });

  it('reads support pledged in the base form, after a call\'s "to ... and" ("called Y to congratulate him and pledge X\'s full support")', () => {
    expect(edgesOf('Japanese Prime Minister Fumio Kishida called Indian Prime Minister Narendra Modi on Monday to congratulate him and pledge Japan\'s full support for India.', '2024-05-14'))
      .toContain('support Japan>India@2024-05-13');
  });

  it('reads a decision to meet as a plan, not a meeting', () => {
    expect(edgesOf('Japanese Prime Minister Fumio Kishida decided on Monday to meet Indian Prime Minister Narendra Modi.', '2024-05-14')
      .filter((e) => !e.startsWith('leader_of'))).toEqual([]);
  });

  it('reads "called on X to <verb>" as a request, not a visit', () => {
    expect(edgesOf('Japanese Prime Minister Fumio Kishida called on Indian Prime Minister Narendra Modi to lift the export ban on Monday.', '2024-05-14')
      .filter((e) => !e.startsWith('leader_of'))).toEqual([]);
    // A day after "on" is when a call was made, not whom it visited.
    expect(edgesOf('Japanese Prime Minister Fumio Kishida called on Monday for talks with Indian Prime Minister Narendra Modi.', '2024-05-14')
      .filter((e) => e.startsWith('meeting'))).toEqual([]);
    // A purpose after the time is still a visit.
    expect(edgesOf('Japanese Prime Minister Fumio Kishida called on Indian Prime Minister Narendra Modi on Monday to discuss the export ban.', '2024-05-14')
      .filter((e) => !e.startsWith('leader_of'))).toEqual(['meeting Narendra Modi>Fumio Kishida@2024-05-13']);
  });

  it('reads "told X by phone" as a call with the addressee, not past a "that" that opens what was told', () => {
    expect(edgesOf('Japanese Prime Minister Fumio Kishida told Indian Prime Minister Narendra Modi by phone on Monday that Japan would help.', '2024-05-14')
      .filter((e) => !e.startsWith('leader_of'))).toEqual([expect.stringMatching(/^phone_call (?=.*Kishida)(?=.*Modi).*@2024-05-13$/)]);
    expect(edgesOf('Japanese Prime Minister Fumio Kishida told reporters that he had spoken by phone on Monday with Indian Prime Minister Narendra Modi.', '2024-05-14')
      .filter((e) => !e.startsWith('leader_of'))).toEqual([expect.stringMatching(/^phone_call (?=.*Kishida)(?=.*Modi).*@2024-05-13$/)]);
    // Briefing, assuring or thanking someone by phone too; a briefing that reports a call is not one.
    expect(edgesOf('Japanese Prime Minister Fumio Kishida briefed Indian Prime Minister Narendra Modi by telephone on Monday.', '2024-05-14')
      .filter((e) => !e.startsWith('leader_of'))).toEqual([expect.stringMatching(/^phone_call (?=.*Kishida)(?=.*Modi).*@2024-05-13$/)]);
    expect(edgesOf('Australian Prime Minister Anthony Albanese told a briefing in Canberra that Japanese Prime Minister Fumio Kishida had spoken by phone on Monday with Indian Prime Minister Narendra Modi.', '2024-05-14')
      .filter((e) => e.startsWith('phone_call'))).toEqual([expect.stringMatching(/^phone_call (?=.*Kishida)(?=.*Modi).*@2024-05-13$/)]);
  });

  it('reads "called on X to stop Y" as condemning X, not when the "to" before the stop opens another request', () => {
    expect(edgesOf('Ecuador on Monday called on Colombia to immediately halt its shelling.', '2024-05-14'))
      .toEqual(['condemnation Ecuador>Colombia@2024-05-13']);
    expect(edgesOf('Ecuador on Monday called on the United Nations Security Council to shoulder its responsibilities to halt the shelling.', '2024-05-14'))
      .toEqual([]);
  });

  it('reads the verb of a reported clause on its own, past an adverb ("said China also supports X")', () => {
    expect(edgesOf('A ministry spokesperson said Japan also supports Vietnam and Malaysia in the talks.', '2024-05-14').sort())
      .toEqual(['support Japan>Malaysia@2024-05-14', 'support Japan>Vietnam@2024-05-14']);
  });

  it('reads a signature added to a text as signing it', () => {
    expect(edgesOf('Japanese Prime Minister Fumio Kishida added his signature to the Hiroshima Accord on Monday.', '2024-05-14'))
      .toContain('signed Fumio Kishida>Hiroshima Accord@2024-05-13');
  });

  it('takes the party of a phrase that addresses it through its own preposition ("lashed out at X")', () => {
    expect(edgesOf('Iranian Foreign Minister Abbas Araghchi lashed out at the United States over the new sanctions.', '2025-06-10')
      .filter((e) => !e.startsWith('leader_of'))).toEqual(['condemnation Abbas Araghchi>United States@2025-06-10']);
  });

  it('leaves the act after a coordinated verb to that verb ("rejected and condemned X\'s strikes")', () => {
    expect(edgesOf('Bangladesh\'s foreign ministry rejected and condemned Myanmar\'s air strikes near the border.', '2025-06-10'))
      .toEqual(['condemnation Bangladesh>Myanmar@2025-06-10']);
  });

  it('reads a welcome given to a guest in the passive as a meeting with the one after "by"', () => {
    expect(edgesOf('Laotian President Thongloun Sisoulith was accorded a red-carpet welcome by Chinese President Xi Jinping in Beijing on Monday.', '2025-06-10')
      .filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Thongloun)(?=.*Xi Jinping).*@2025-06-09$/)]);
    expect(edgesOf('Chinese President Xi Jinping was given a briefing on the economy by his aides.', '2025-06-10').filter((e) => e.startsWith('meeting'))).toEqual([]);
  });

  it('reads holding to a "one-X principle" as backing X', () => {
    expect(edgesOf('Nepal remains committed to the one-China policy, Foreign Minister Arzu Rana Deuba said on Monday.', '2025-06-10')
      .filter((e) => e.startsWith('support'))).toEqual([expect.stringMatching(/^support (Nepal|Arzu Rana Deuba)>China@2025-06-09$/)]);
  });

  it('reads "spoke in favour of" by two as a shared position, and by one as backing the party whose bid it is', () => {
    expect(edgesOf('Russian President Vladimir Putin and Iranian President Masoud Pezeshkian spoke in favour of a diplomatic settlement on Monday.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Putin)(?=.*Pezeshkian).*@2025-06-09$/)]);
    expect(edgesOf('Kenyan President William Ruto spoke in favour of Ethiopia\'s bid on Monday.', '2025-06-10')).toEqual(['support William Ruto>Ethiopia@2025-06-09']);
  });

  it.each([
    ['an appeal', 'Turkish President Recep Tayyip Erdogan called for talks between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky.'],
    ['an intention with its event noun', 'Vietnamese President Vo Van Thuong planned a meeting with Philippine President Ferdinand Marcos Jr.'],
    ['an event called off', 'Moroccan King Mohammed VI cancelled the visit of Algerian President Abdelmadjid Tebboune.'],
  ])('proposes no event for %s', (_, sentence) => {
    expect(edgesOf(sentence, '2024-05-15')).toEqual([]);
  });
});

describe('a verb or a noun by the word after it', () => {
  it('reads a word that is both as a verb when a name follows it, and as a noun after a determiner', () => {
    expect(edgesOf('The government of Rwanda said that the country supports Tanzania.', '2025-03-12')).toEqual(['support Rwanda>Tanzania@2025-03-12']);
    expect(edgesOf('Russia rejected the ceasefire talks Ukraine proposed on Monday.', '2025-03-12')).toEqual([]);
  });
});

describe('a bilateral held', () => {
  it('is a meeting: "held a bilateral with X"', () => {
    expect(edgesOf('Spanish Prime Minister Pedro Sanchez held a bilateral with Brazilian President Lula on Tuesday.', '2024-06-12'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Lula)(?=.*Sánchez).*@2024-06-11$/)]);
  });
});

describe('a welcoming ceremony attended', () => {
  it('is a meeting of the two who attend it, in a caption\'s present and in the past', () => {
    expect(edgesOf('U.S. President Joe Biden and Indian Prime Minister Narendra Modi attend a welcoming ceremony at the White House in Washington, June 22, 2023.', '2023-06-23'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Biden)(?=.*Modi).*@2023-06-22$/)]);
    expect(edgesOf('Biden and Modi attended an official arrival ceremony on the South Lawn on Thursday.', '2023-06-23'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Biden)(?=.*Modi).*@2023-06-22$/)]);
  });
});
