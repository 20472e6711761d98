// Event dates on articles we write ourselves: which stated date an event takes, and what it falls back on.
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/article.js';
import { parseArticle } from '../../../src/extract/read/index.js';

describe('event dates stated in the sentence', () => {
  it('keeps a relative clause\'s date to the relative clause', () => {
    expect(edgesOf('On Tuesday, Brazilian President Luiz Inácio Lula da Silva met Cuban President Miguel Díaz-Canel, who invited him to a summit in July.', '2023-01-25'))
      .toEqual(['meeting Miguel Díaz-Canel>Luiz Inácio Lula da Silva@2023-01-24']);
  });

  it('keeps a day in a phrase set off after a name ("fresh from a victory on Sunday") to that phrase, for the paragraph too', () => {
    const text = 'Leaders gathered in Lisbon on Friday for the summit.\n\n'
      + 'Portuguese Prime Minister Luis Montenegro, fresh from an election victory on Sunday, greeted them at the door. '
      + 'Spanish Prime Minister Pedro Sanchez congratulated him on his re-election.';
    expect(edgesOf(text, '2025-05-24').filter((e) => e.startsWith('congratulation'))).toEqual([expect.stringMatching(/@2025-05-23$/)]);
  });

  it('dates the main clause by a relative clause that only places its subject that day ("who was in X on Tuesday")', () => {
    const text = 'Brazil and Cuba signed a trade deal in Brasilia on Monday.\n\n'
      + 'Brazilian Foreign Minister Mauro Vieira, who was in Havana on Tuesday on a visit planned for months, held talks with Cuban President Miguel Diaz-Canel.';
    expect(edgesOf(text, '2024-10-18').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting .*@2024-10-15$/)]);
  });

  it('keeps the date of a relative clause "that" and a verb open to it, a participle after its comma being the main clause\'s', () => {
    const text = 'Lithuanian President Gitanas Nauseda on Thursday condemned the Belarusian balloons that crossed the border near Vilnius on Monday, calling them a hybrid attack.';
    expect(edgesOf(text, '2024-10-11')).toEqual(['condemnation Gitanas Nausėda>Belarus@2024-10-10']);
  });

  it('dates what a "when" clause after such a relative clause tells by its day, past the asides', () => {
    const text = 'The partnership builds on ties that deepened on March 3, 2023, when Indian Prime Minister Narendra Modi, on his first visit to Canberra, held talks with Australian Prime Minister Anthony Albanese.';
    expect(edgesOf(text, '2024-10-11').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting .*@2023-03-03$/)]);
  });

  it('dates what a clause of the place says was done there as the event the counted stretch dates', () => {
    const edges = edgesOf('The talks came two weeks after Ugandan President Yoweri Museveni hosted Tanzanian President Samia Suluhu Hassan in Entebbe, where the two signed the Lake Victoria Fisheries Protocol.', '2025-06-12');
    expect(edges.filter((e) => e.startsWith('signed')).map((e) => e.split('@')[1])).toEqual(['2025-05-29', '2025-05-29']);
  });

  it('reads "before midnight" or "just after 9 a.m." as an hour of the day a relative clause names, no other event', () => {
    expect(edgesOf('Among the first to call was Kenyan President William Ruto, who telephoned Tanzanian President Samia Suluhu Hassan shortly before midnight on Wednesday, State House said.', '2025-09-05'))
      .toEqual([expect.stringMatching(/^phone_call .*@2025-09-03$/)]);
    expect(edgesOf('Kenyan President William Ruto, who telephoned Tanzanian President Samia Suluhu Hassan just after 9 a.m. on Wednesday, said trade would grow.', '2025-09-05'))
      .toEqual([expect.stringMatching(/^phone_call .*@2025-09-03$/)]);
  });

  it('keeps the date of a participle set off after a name ("X, sworn in only yesterday, is") to that person, not the paragraph', () => {
    const text = 'West African leaders gathered in Abuja on Thursday for an ECOWAS summit.\n\n'
      + 'Ghanaian President John Mahama, sworn in only yesterday, is attending his first summit. He later held a bilateral meeting with Nigerian President Bola Tinubu.';
    expect(edgesOf(text, '2025-01-09')).toEqual([expect.stringMatching(/^meeting .*@2025-01-09$/)]);
    // Not a participle that is the sentence's verb, nor one telling of a noun before the name.
    expect(edgesOf('Kenyan President William Ruto recalled his meeting with Ugandan President Yoweri Museveni, held in Entebbe on March 3, 2024, on the sidelines of a summit.', '2025-01-09'))
      .toEqual([expect.stringMatching(/^meeting .*@2024-03-03$/)]);
  });

  it('reads a date after a noun and "of" as telling which one ("the elections of 12 August"), not the day of the clause', () => {
    const text = 'Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. The two leaders voiced concern over the situation in Malawi following the elections of 12 August. '
      + 'Later in the day, Museveni was received by Tanzanian President Samia Suluhu Hassan.';
    expect(edgesOf(text, '2025-09-03').filter((e) => e.startsWith('meeting')).map((e) => e.split('@')[1])).toEqual(['2025-09-01', '2025-09-01']);
    // Not a part of a day or the day of an occasion.
    expect(edgesOf('Kenyan President William Ruto spent part of Monday on the phone with Ugandan President Yoweri Museveni.', '2025-09-03').map((e) => e.split('@')[1])).toEqual(['2025-09-01']);
  });

  it('dates the event after "three days after" from the clause before it', () => {
    expect(edgesOf("Hungary's parliament voted on Feb. 26, three days after Swedish Prime Minister Ulf Kristersson held talks with Hungarian Prime Minister Viktor Orban in Budapest.", '2024-03-07'))
      .toEqual(['meeting Ulf Kristersson>Viktor Orbán@2024-02-23']);
  });

  it('does not date an event by the bound of a period or the date of another noun', () => {
    expect(edgesOf('Indian Prime Minister Narendra Modi held talks with Australian Prime Minister Anthony Albanese on Wednesday, the first such visit since 2014.', '2023-05-24'))
      .toEqual(['meeting Narendra Modi>Anthony Albanese@2023-05-24']);
    expect(edgesOf('Chinese President Xi Jinping congratulated South Korean President Lee Jae-myung on winning the June 3 election.', '2025-06-10'))
      .toEqual(['congratulation Xi Jinping>Lee Jae-myung@2025-06-10']);
    // Nor by the day an occasion congratulated on is kept on.
    expect(edgesOf('Emirati President Mohamed bin Zayed congratulated Indian Prime Minister Narendra Modi on India\'s Independence Day, celebrated on 15 August.', '2025-08-16'))
      .toEqual(['congratulation Mohamed bin Zayed Al Nahyan>Narendra Modi@2025-08-16']);
    // A demonym may stand between the date and its noun.
    expect(edgesOf('Ghana condemned the May 2 Togolese border raid.', '2024-05-10')).toEqual(['condemnation Ghana>Togo@2024-05-10']);
  });

  it('keeps the date of a relative clause with a named subject and a past verb to it ("the raid that X launched on Monday")', () => {
    expect(edgesOf('Ghana condemned the raid that Togo launched on Monday.', '2025-06-12')).toEqual(['condemnation Ghana>Togo@2025-06-12']);
    // The present perfect takes no day: the day is the judgement's.
    expect(edgesOf('Ghana deplored the pressure that Togo has placed on its neighbours on Monday.', '2025-06-12')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
  });

  it('gives a day between a possessed noun and the verb it takes to the noun ("X\'s decision on Monday to close")', () => {
    expect(edgesOf('Ghana condemned Togo\'s decision on Monday to close the border.', '2025-06-12')).toEqual(['condemnation Ghana>Togo@2025-06-12']);
    // A verb there is the clause's own: "X's parliament voted on Monday to recognise Y".
    expect(edgesOf('Ghana\'s parliament voted on Monday to recognise Kosovo.', '2025-06-12')).toEqual(['support Ghana>Kosovo@2025-06-09']);
  });

  it('reads a month without its year after a future\'s words ("will host", "to be held") as to come, no day of the clause, but not after "is to be recalled"', () => {
    expect(edgesOf('Ghana and Togo agreed on the need for fair trade and confirmed that they would work together at the summit Ghana will host in June.', '2025-04-30'))
      .toEqual(['shared_stance Ghana>Togo@2025-04-30']);
    expect(edgesOf('Ghana and Togo agreed on the need for fair trade ahead of the regional summit to be held in Accra in June.', '2025-04-30'))
      .toEqual(['shared_stance Ghana>Togo@2025-04-30']);
    expect(edgesOf('It is to be recalled that on 6 July, Ghana and Togo agreed on the need for fair trade.', '2025-04-30'))
      .toEqual(['shared_stance Ghana>Togo@2024-07-06']);
  });

  it('keeps the date of a purpose ("to" and a verb) to the purpose', () => {
    const text = 'Egyptian President Abdel Fattah al-Sisi arrived in Baghdad on Sunday.\n\n'
      + 'Sisi expressed his support to Iraq and to the efforts of its government to hold the elections on their set date in November.';
    expect(edgesOf(text, '2021-06-28')).toEqual([expect.stringMatching(/^support (Abdel Fattah el-Sisi|Egypt)>Iraq@2021-06-27$/)]);
  });

  it('gives the date to the nearest verb before it, and to a trigger that a phrase opens inside', () => {
    const text = 'Kenya will help Tanzania to rebuild its ports under an accord signed in Arusha last night.\n\n'
      + 'The accord was signed after Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan.';
    // The help promised under the accord is support, dated as the accord's signing.
    expect(edgesOf(text, '2024-05-09')).toEqual(['meeting Samia Suluhu>William Ruto@2024-05-08', 'support Kenya>Tanzania@2024-05-08']);
    expect(edgesOf('Kenyan President William Ruto and Chinese President Xi Jinping first came face to face in Bali on November 15, 2022.', '2024-05-09'))
      .toEqual(['meeting Xi Jinping>William Ruto@2022-11-15']);
  });

  it('dates a joining by what dates the joining word', () => {
    expect(edgesOf('Togo and Gabon were formally admitted to the Commonwealth on Saturday.', '2022-06-26', { withRelations: true }))
      .toEqual(['member_of Gabon>Commonwealth of Nations@2022-06-25', 'member_of Togo>Commonwealth of Nations@2022-06-25']);
  });
});

describe('event dates from the article around the sentence', () => {
  it('counts "the same day" from the last day stated', () => {
    const text = 'Kenyan President William Ruto arrived in Beijing on October 16.\n\nThe same day, he held talks with Chinese President Xi Jinping.';
    expect(edgesOf(text, '2023-10-30')).toEqual(['meeting Xi Jinping>William Ruto@2023-10-16']);
  });

  it('counts "that same day" from the day a relative clause named', () => {
    const text = 'Kenyan President William Ruto arrived in Beijing on Tuesday.\n\n'
      + 'Ruto recalled the trade pact, which Kenya had signed on October 3.\n\n'
      + 'On that same day, Ruto held talks with Chinese President Xi Jinping.';
    expect(edgesOf(text, '2023-10-18').filter((e) => e.startsWith('meeting '))).toEqual(['meeting Xi Jinping>William Ruto@2023-10-03']);
  });

  it('counts a sentence opening "On the same day" from the story\'s last day when a day named in passing is further back', () => {
    const text = 'On Monday, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.\n\n'
      + 'They reviewed the road pact, which Kenya had signed on October 3.\n\n'
      + '"We want more trade," Ruto said.\n\n'
      + 'On the same day, Ruto also held talks with Somali President Hassan Sheikh Mohamud.';
    expect(edgesOf(text, '2023-10-18').filter((e) => e.includes('Hassan'))).toEqual(['meeting William Ruto>Hassan Sheikh Mohamud@2023-10-16']);
  });

  it('keeps the year a paragraph has reached for a day without one', () => {
    const text = 'In June 2019 the prime minister travelled to Tehran. Japanese Prime Minister Shinzo Abe met Iranian President Hassan Rouhani on June 12.';
    expect(edgesOf(text, '2022-07-08')).toEqual(['meeting Shinzo Abe>Hassan Rouhani@2019-06-12']);
  });

  it('takes the main date from the lede, not from a date line of the page', () => {
    const text = '12.12.2024 - 00:41\n\nThe Turkish president announced late Wednesday that the talks had succeeded.\n\nSomali President Hassan Sheikh Mohamud said Somalia fully backed Turkey.';
    // The speaker or the state he speaks for: either backs Turkey on the lede's day.
    expect(edgesOf(text, '2024-12-12')).toEqual([expect.stringMatching(/^support (Hassan Sheikh Mohamud|Somalia)>Turkey@2024-12-11$/)]);
  });

  it('reads no line without a verb as one of the lede\'s sentences ("KAMPALA (Special envoy).")', () => {
    const text = 'Ruto met Museveni in Kampala and signed a pipeline pact\n\n'
      + 'KAMPALA (Special envoy). Kenyan President William Ruto returned home last night after a summit in Kampala, where he signed a pipeline pact.\n\n'
      + 'Ruto also held a brief meeting with Ugandan President Yoweri Museveni at the end of the session.\n';
    expect(edgesOf(text, '2025-06-07').filter((e) => e.startsWith('meeting'))).toEqual(['meeting William Ruto>Yoweri Museveni@2025-06-06']);
  });

  it('carries no dateline\'s day into its paragraph: an event with no day of its own takes the one told elsewhere', () => {
    const text = 'ACCRA, MARCH 7, WIRE. Ghana and Togo reaffirmed their ties in a statement issued after a meeting of Ghanaian President John Mahama and Togolese President Faure Gnassingbe.\n\n'
      + 'The two presidents met in Lome on Thursday.';
    expect(edgesOf(text, '2025-03-07').filter((e) => e.startsWith('meeting'))).toEqual(['meeting Faure Gnassingbé>John Dramani Mahama@2025-03-06']);
  });

  it('takes the lede\'s day from a sequence when the lede moves on to no other ("after taking his oath on Thursday, receiving X")', () => {
    const text = 'President William Ruto wasted no time after taking his oath at the stadium on Thursday, receiving envoys within hours.\n\n'
      + 'Chinese Vice President Wang Qishan conveyed the warm congratulations of Xi Jinping to Ruto.\n\n'
      + 'A day after taking office, Ruto flew to Kampala.';
    expect(edgesOf(text, '2022-09-16').filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Xi Jinping>William Ruto@2022-09-15']);
  });

  it('reads the lede on to the first sentence that reports an event', () => {
    const text = 'A new chapter for two old partners.\n\nThe region is watching.\n\nJapanese Prime Minister Fumio Kishida walks with Australian Prime Minister Anthony Albanese before their talks on Saturday.\n\nThe two prime ministers signed a security declaration.';
    expect(edgesOf(text, '2022-10-23').filter((e) => e.startsWith('meeting '))).toEqual(['meeting Anthony Albanese>Fumio Kishida@2022-10-22']);
  });

  it('dates a paragraph that opens "X has ..." after the lede, of other parties, by publication: another story of the day', () => {
    const text = 'Evening bulletin\n\nKenyan President William Ruto says trade will grow. He met Ugandan President Yoweri Museveni yesterday.\n\n'
      + 'Ghana has lodged a formal protest with Togo over the border closure.\n\n'
      + 'Ruto has also held talks with Museveni on the pipeline.';
    // Not so for the lede's own parties: their talks are the lede's.
    expect(new Set(edgesOf(text, '2025-03-12').filter((e) => !e.startsWith('leader_of')))).toEqual(new Set([
      'meeting William Ruto>Yoweri Museveni@2025-03-11',
      'condemnation Ghana>Togo@2025-03-12',
    ]));
    // In the past tense, the lede's day stands.
    expect(edgesOf(text.replace('has lodged', 'lodged'), '2025-03-12')).toContain('condemnation Ghana>Togo@2025-03-11');
  });
});

describe('a lede that names what its news is about by its day', () => {
  it('does not give that day to the reactions ("condemned Tuesday\'s raid ... on Tuesday"), but keeps "Tuesday\'s talks"', () => {
    const text = 'Ghana has condemned Tuesday\'s raid by Togolese troops on a border village.\n\n'
      + 'Soldiers crossed the river before dawn on Tuesday and burned several granaries.\n\n'
      + 'Nigeria also condemned the raid.';
    const edges = edgesOf(text, '2025-03-13');
    expect(edges).toContain('condemnation Ghana>Togo@2025-03-13');
    expect(edges).toContain('condemnation Nigeria>Togo@2025-03-13');
    const talks = 'Ghana and Togo agreed at Tuesday\'s talks to reopen the border.\n\n'
      + 'The two delegations met in Lomé on Tuesday for six hours.\n\n'
      + 'Ghanaian President John Mahama congratulated Togo on the outcome.';
    expect(edgesOf(talks, '2025-03-13')).toContain('congratulation John Dramani Mahama>Togo@2025-03-11');
  });
});

describe('a place\'s relative clause (", where")', () => {
  it('keeps its day to itself when it tells no event of ours, and moves the story on to it when it does', () => {
    const background = 'Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe in Accra this morning. '
      + 'The two leaders discussed the Sahel, where a truce took effect on Sunday. Mahama reaffirmed his support for Togo.';
    expect(edgesOf(background, '2025-01-21')).toEqual(['meeting Faure Gnassingbé>John Dramani Mahama@2025-01-21', 'support John Dramani Mahama>Togo@2025-01-21']);
    const news = 'Ghana\'s Foreign Minister Samuel Okudzeto Ablakwa is in Togo, where he held talks yesterday with Togolese President Faure Gnassingbe. '
      + 'Ablakwa told reporters after that meeting that Ghana fully supports Togo.';
    expect(edgesOf(news, '2025-01-21')).toEqual(['meeting Faure Gnassingbé>Samuel Okudzeto Ablakwa@2025-01-20', 'support Ghana>Togo@2025-01-20']);
  });
});

describe('a sentence opening on talks told before ("During the call, ...")', () => {
  it('goes on with the pair of those talks across a paragraph, one a bloc\'s head, and happened on their day', () => {
    const text = 'Ghanaian President John Mahama held a telephone conversation on Thursday evening with the Chairperson of the African Union Commission, Mahmoud Ali Youssouf.\n\n'
      + 'During the call, both leaders condemned the seizure of a border post by Mali on Wednesday.\n';
    expect(edgesOf(text, '2025-06-14').filter((e) => e.startsWith('condemnation')).sort()).toEqual([
      'condemnation John Dramani Mahama>Mali@2025-06-12', 'condemnation Mahmoud Ali Youssouf>Mali@2025-06-12',
    ]);
  });

  it('but not when its opening phrase tells talks of its own day', () => {
    const text = 'Ghanaian President John Mahama held a telephone conversation on Thursday evening with the Chairperson of the African Union Commission, Mahmoud Ali Youssouf.\n\n'
      + 'During the talks in Accra on Wednesday, Mahama and Togolese President Faure Gnassingbe signed the Lome Border Accord.\n';
    expect(edgesOf(text, '2025-06-14').filter((e) => e.startsWith('signed')).map((e) => e.replace(/^.*@/, ''))).toEqual(['2025-06-11', '2025-06-11']);
  });
});

describe('what a sentence tells at talks it names by their day', () => {
  it('happened that day ("a readout of Monday\'s talks", "at Tuesday\'s summit"), not around it ("ahead of")', () => {
    const said = (where: string): string[] => edgesOf(`"Kenya firmly supports Somalia in defending its sovereignty," Kenyan President William Ruto was quoted as saying ${where}.`, '2025-04-10')
      .filter((e) => e.startsWith('support')).map((e) => e.replace(/^.*@/, ''));
    expect(said('in a readout of Monday\'s talks')).toEqual(['2025-04-07']);
    expect(said('at Tuesday\'s summit')).toEqual(['2025-04-08']);
    expect(said('ahead of Friday\'s talks')).toEqual(['2025-04-10']);
  });
});

describe('an act of two people told after their talks', () => {
  const lede = 'Ghanaian President John Mahama congratulated Senegal on its national day on Friday.\n\n';
  const call = 'Kenyan Foreign Minister Musalia Mudavadi received on Thursday a phone call from his Ethiopian counterpart Taye Atske Selassie.\n\n';
  it('happened at those talks, not on the article\'s main date', () => {
    const edges = edgesOf(`${lede}${call}During the call, the two ministers discussed trade.\n\nThe two ministers condemned the attack by Sudan on the border town.`, '2025-04-05');
    expect(edges.filter((e) => e.startsWith('condemnation')).map((e) => e.replace(/^.*@/, ''))).toEqual(['2025-04-03', '2025-04-03']);
  });

  it('but not at talks recalled from months before, nor when only one of the two acts', () => {
    const recalled = 'Kenyan Foreign Minister Musalia Mudavadi spoke by phone with his Ethiopian counterpart Taye Atske Selassie on November 3, 2024.\n\n';
    expect(edgesOf(`${lede}${recalled}The two ministers condemned the attack by Sudan on the border town.`, '2025-04-05').filter((e) => e.startsWith('condemnation')).map((e) => e.replace(/^.*@/, '')))
      .toEqual(['2025-04-04', '2025-04-04']);
    expect(edgesOf(`${lede}${call}Mudavadi condemned the attack by Sudan on the border town.`, '2025-04-05').filter((e) => e.startsWith('condemnation')).map((e) => e.replace(/^.*@/, '')))
      .toEqual(['2025-04-04']);
  });
});

describe('an event the lede reports again', () => {
  it('takes the day the lede gives it in a phrase of its own', () => {
    const text = 'Flights between the two capitals resumed on Tuesday, a day after the leaders of Ethiopia and Eritrea signed a declaration ending their war.\n\n'
      + 'Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed the Joint Declaration of Peace and Friendship in Asmara.';
    // The gazetteer spells the president "Isaias Afewerki": the holder of the title, a letter apart.
    expect(edgesOf(text, '2018-07-10')).toEqual(expect.arrayContaining([
      'signed Abiy Ahmed>Joint Declaration of Peace and Friendship@2018-07-09',
      expect.stringMatching(/^signed Isaias Afe?werki>Joint Declaration of Peace and Friendship@2018-07-09$/),
    ]));
  });
});

describe('a clause counted from the day its phrase gives', () => {
  it('is that many days after it, not after publication ("met Y a day after arriving on Sunday")', () => {
    expect(edgesOf('Kenyan President William Ruto met Egyptian President Abdel Fattah al-Sisi a day after arriving in Cairo on Sunday.', '2025-03-12')
      .filter((e) => e.startsWith('meeting'))).toEqual(['meeting William Ruto>Abdel Fattah el-Sisi@2025-03-10']);
    expect(edgesOf('Kenyan President William Ruto met Egyptian President Abdel Fattah al-Sisi two days after Egypt signed the pact on Saturday.', '2025-03-12')
      .filter((e) => e.startsWith('meeting'))).toEqual(['meeting William Ruto>Abdel Fattah el-Sisi@2025-03-10']);
    // A day of its own stands.
    expect(edgesOf('Kenyan President William Ruto met Egyptian President Abdel Fattah al-Sisi on Tuesday, a day after arriving in Cairo.', '2025-03-12')
      .filter((e) => e.startsWith('meeting'))).toEqual(['meeting William Ruto>Abdel Fattah el-Sisi@2025-03-11']);
  });
});

describe('an event told again right after the sentence that gave its day', () => {
  it('takes that day, across a paragraph break, not the lede\'s', () => {
    const text = 'Chile sent its condolences to Peru on Saturday after floods in the north. Rescue teams are still searching for survivors.\n\n'
      + 'Meanwhile, Ecuador expressed on Monday its strong condemnation of the Colombian shelling of a border village.\n\n'
      + 'In a statement, the Ecuadorian foreign ministry described the Colombian shelling as a flagrant violation of international law.';
    expect(edgesOf(text, '2024-05-27').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ecuador>Colombia@2024-05-27']);
  });
});

describe('a sentence that points back at an event', () => {
  it('goes on from the last day stated, across a paragraph break', () => {
    const text = 'Kenyan President William Ruto returned to Nairobi today after a state visit to China.\n\n'
      + 'Ruto held talks with Chinese President Xi Jinping in Beijing yesterday.\n\n'
      + 'Following the talks, Kenya and China signed the Kenya-China Trade Framework Agreement.';
    expect(edgesOf(text, '2023-10-18')).toEqual(expect.arrayContaining([
      'signed China>Kenya-China Trade Framework Agreement@2023-10-17',
      'signed Kenya>Kenya-China Trade Framework Agreement@2023-10-17',
    ]));
  });

  it('goes on from it after an opening phrase that names a ceremony after the talks', () => {
    const text = 'Kenyan President William Ruto arrived in Beijing on Monday for a state visit.\n\n'
      + 'Chinese President Xi Jinping welcomed him to the Great Hall of the People on Tuesday.\n\n'
      + 'In a ceremony after the talks, Kenya and China signed the Kenya-China Trade Framework Agreement.';
    expect(edgesOf(text, '2023-10-21').filter((e) => e.startsWith('signed'))).toEqual([
      'signed China>Kenya-China Trade Framework Agreement@2023-10-17',
      'signed Kenya>Kenya-China Trade Framework Agreement@2023-10-17',
    ]);
  });
});

describe('the items of a list', () => {
  it('go on with the day the item before stated; a new paragraph does not', () => {
    const items = '- African leaders gathered in Addis Ababa on Thursday for the summit.\n'
      + '- On the margins, Kenyan President William Ruto sat down with Ghanaian President John Mahama.\n';
    const lede = 'Ghanaian President John Mahama met Nigerian President Bola Tinubu in Accra on Monday.\n\n';
    const meeting = (text: string): string | undefined => edgesOf(text, '2025-01-11').find((e) => e.startsWith('meeting ') && e.includes('Ruto'))?.replace(/.*@/, '');
    expect(meeting(`${lede}${items}`)).toBe('2025-01-09');
    expect(meeting(`${lede}${items.replace(/^- /gm, '').replace('\n', '\n\n')}`)).toBe('2025-01-06');
    // Items a blank line sets apart are stories of their own, as a newsletter's are.
    expect(meeting(`${lede}${items.replace('\n', '\n\n')}`)).toBe('2025-01-06');
  });
});

describe('an interview\'s answer', () => {
  it('goes on with the day of the question it answers; a paragraph after a statement does not', () => {
    const text = (question: string): string => 'Q: We spoke in Nairobi last week.\n\n'
      + `Q: On 14 December President Ruto met President Museveni in Entebbe${question}\n\n`
      + 'A: The two presidents sat down with Tanzanian President Samia Suluhu Hassan, and they agreed on a road map.';
    const meetings = (t: string): string[] => edgesOf(t, '2024-02-12').filter((e) => e.startsWith('meeting ') && e.includes('Samia')).map((e) => e.replace(/.*@/, ''));
    expect(meetings(text('. What came of it?'))).toEqual(['2023-12-14', '2023-12-14']);
    expect(meetings(text('.'))).toEqual(['2024-02-12', '2024-02-12']);
  });
});

describe('a month or year that only says the event is recent', () => {
  it('gives way to the day the article gives inside it', () => {
    const text = 'Chinese President Xi Jinping arrived in Hanoi on Tuesday for a state visit.\n\n'
      + 'Xi held talks with Vietnamese President Vo Van Thuong, saying this year marks the 15th anniversary of their partnership.';
    expect(edgesOf(text, '2023-12-14')).toEqual(['meeting Vo Van Thuong>Xi Jinping@2023-12-12']);
  });
});

describe('a stance told in the present', () => {
  it('is taken on publication, not on the lede\'s day nor on the day of what it is about', () => {
    const text = 'Foreign ministers met in Vienna on Monday.\n\nThe ministry spokesman answered questions.\n\nCanada supports Ukraine.';
    expect(edgesOf(text, '2024-03-08')).toEqual(['support Canada>Ukraine@2024-03-08']);
    expect(edgesOf('The Government of Chile condemns the shelling of the border town by Peru on Tuesday night.', '2024-03-08'))
      .toEqual(['condemnation Chile>Peru@2024-03-08']);
  });

  it('keeps the day when a verb before it reports it, and leaves acts told in the present alone', () => {
    const text = 'Kenyan President William Ruto arrived in Addis Ababa on Monday.\n\nRuto thanked his host, noting that Kenya supports Ethiopia.';
    expect(edgesOf(text, '2024-03-08').filter((e) => e.startsWith('support '))).toEqual(['support Kenya>Ethiopia@2024-03-04']);
    expect(edgesOf('Kenyan President William Ruto confers with Chinese President Xi Jinping during a break in the summit in Beijing on Tuesday.', '2024-03-08'))
      .toEqual(['meeting Xi Jinping>William Ruto@2024-03-05']);
  });

  it('is taken on publication in a clause joined after another, and past an adverb of its own', () => {
    const lede = 'Foreign ministers met in Vienna on Monday.\n\n';
    expect(edgesOf(lede + 'Peru\'s closure of the border is unjustified, and Chile strongly deplores it.', '2024-03-08'))
      .toEqual(['condemnation Chile>Peru@2024-03-08']);
    expect(edgesOf(lede + 'Chile firmly opposes Peru\'s closure of the border.', '2024-03-08')).toEqual(['condemnation Chile>Peru@2024-03-08']);
  });
});

describe('a day said of a stance, or ending a purpose', () => {
  it('takes the day a speaker said a present stance, quoted or not', () => {
    expect(edgesOf('Canada stands by Ukraine, Prime Minister Mark Carney said on Wednesday.', '2025-03-08').filter((e) => e.startsWith('support ')))
      .toEqual(['support Canada>Ukraine@2025-03-05']);
  });

  it('takes the day ending a purpose after the trigger when the main clause gives none', () => {
    expect(edgesOf('Chile welcomed Peru\'s decision to reopen the border on Wednesday.', '2025-03-08')).toEqual(['support Chile>Peru@2025-03-05']);
  });
});

describe('a phrase that tells the same kind of event with its own day', () => {
  it('dates an event its own clause leaves undated', () => {
    const text = 'Kenyan President William Ruto spoke to Ethiopian Prime Minister Abiy Ahmed by telephone several times; after a long call on March 4, the presidency said the two men had agreed to meet.';
    expect(edgesOf(text, '2024-03-12').filter((e) => e.startsWith('phone_call '))).toEqual(['phone_call William Ruto>Abiy Ahmed@2024-03-04']);
  });

  it('dates a joining by the phrase that reports it, not by the day it was said', () => {
    const text = 'Chile welcomes Peru on becoming a full member of Mercosur, a ministry spokesman said on Thursday, after Uruguay, which chairs the group, announced the accession on Wednesday.';
    expect(edgesOf(text, '2024-03-08', { withRelations: true }).filter((e) => e.startsWith('member_of Peru'))).toEqual(['member_of Peru>Mercosur@2024-03-06']);
  });

  it('gives way to a day stated between it and the trigger ("met X on Thursday, and on Friday flew to Y, where Z hosted talks")', () => {
    const text = 'The envoy of Ghana, Kwame Mensah, met Togolese President Faure Gnassingbe in Lomé on Thursday, and on Friday he flew on to Cotonou, where Beninese President Patrice Talon hosted him for talks.';
    expect(edgesOf(text, '2025-07-19')).toEqual(['meeting Faure Gnassingbé>Kwame Mensah@2025-07-17', 'meeting Patrice Talon>Kwame Mensah@2025-07-18']);
  });

  it('leaves an event in sequence in the same clause to its own day', () => {
    const text = 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi, two weeks after their meeting in Addis Ababa on March 4.';
    // The meeting in Addis Ababa is an edge of its own; the one in Nairobi does not take its day, but the day two weeks
    // after it.
    expect(edgesOf(text, '2024-03-22')).toEqual(['meeting William Ruto>Abiy Ahmed@2024-03-04', 'meeting William Ruto>Abiy Ahmed@2024-03-18']);
    // The talks of the phrase are an event of their own, on their own day.
    expect(edgesOf('Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Tuesday, after their talks in Addis Ababa on March 4.', '2024-03-22'))
      .toEqual(['meeting William Ruto>Abiy Ahmed@2024-03-04', 'meeting William Ruto>Abiy Ahmed@2024-03-19']);
  });
});

describe('an event at a meeting the article has dated', () => {
  const lede = 'Kenyan President William Ruto returned to Nairobi on Wednesday.\n\nOn Tuesday, Ruto took his seat at the summit of the African Union in Addis Ababa.\n\n';

  it('takes the meeting\'s day', () => {
    expect(edgesOf(`${lede}On the sidelines of the summit, Ruto held talks with Ethiopian Prime Minister Abiy Ahmed.`, '2024-02-15'))
      .toEqual(['meeting William Ruto>Abiy Ahmed@2024-02-13']);
    expect(edgesOf('Leaders gathered in Addis Ababa for Tuesday\'s summit of the African Union.\n\nKenyan President William Ruto returned to Nairobi on Wednesday.\n\n'
      + 'At the summit, Ruto held talks with Ethiopian Prime Minister Abiy Ahmed.', '2024-02-15')).toEqual(['meeting William Ruto>Abiy Ahmed@2024-02-13']);
  });

  it('takes the day before on the eve of the meeting, and none of the meeting\'s ahead of it', () => {
    expect(edgesOf(`${lede}On the eve of the summit, Ruto held talks with Ethiopian Prime Minister Abiy Ahmed.`, '2024-02-15'))
      .toEqual(['meeting William Ruto>Abiy Ahmed@2024-02-12']);
    expect(edgesOf(`${lede}Ahead of the summit, Ruto held talks with Ethiopian Prime Minister Abiy Ahmed.`, '2024-02-15'))
      .toEqual(['meeting William Ruto>Abiy Ahmed@2024-02-14']);
  });

  it('not for a meeting named anew, nor over a day its own paragraph gives', () => {
    expect(edgesOf(`${lede}At a summit in Nairobi, Ruto held talks with Ethiopian Prime Minister Abiy Ahmed.`, '2024-02-15'))
      .toEqual(['meeting William Ruto>Abiy Ahmed@2024-02-14']);
    expect(edgesOf(`${lede}Ruto flew home on Wednesday. On the sidelines of the summit, Ruto held talks with Ethiopian Prime Minister Abiy Ahmed.`, '2024-02-15'))
      .toEqual(['meeting William Ruto>Abiy Ahmed@2024-02-14']);
  });
});

describe('an event during a call the article has dated', () => {
  it('takes the call\'s day', () => {
    expect(edgesOf('Kenyan President William Ruto visited Kampala on Friday.\n\nOn Wednesday, Ruto received a phone call from Ghanaian President John Mahama.\n\n'
      + 'During the call, Ruto condemned the strikes by Sudan on Chad.', '2025-05-09').filter((e) => e.startsWith('condemnation')))
      .toEqual(['condemnation William Ruto>Sudan@2025-05-07']);
  });
});

describe('a quotation that tells what the speaker did', () => {
  it('is not dated by the day it was told when the paragraph has reached the day of the act', () => {
    const text = 'Kenyan President William Ruto spoke with Ethiopian Prime Minister Abiy Ahmed on Wednesday.\n\n'
      + 'In Kampala, Ugandan President Yoweri Museveni described the call he had made to Abiy the day before. "I congratulated him," Museveni told reporters on Wednesday.';
    expect(edgesOf(text, '2024-03-08').filter((e) => e.startsWith('congratulation '))).toEqual(['congratulation Yoweri Museveni>Abiy Ahmed@2024-03-05']);
  });

  it('dates "yesterday" from the day of the speech, and leaves a clause joined on after a comma its own date', () => {
    const text = 'Kenyan President William Ruto ended a two-day tour on Thursday night.\n\n'
      + '"Yesterday I met Prime Minister Abiy Ahmed in Addis Ababa, and today I have carried his message to Nairobi," Ruto said at a press conference in Mombasa.';
    expect(edgesOf(text, '2024-03-08')).toEqual(['meeting William Ruto>Abiy Ahmed@2024-03-06']);
  });
});

describe('a month the article gives one day in', () => {
  it('dates an event told by its month on that day', () => {
    const text = 'Kenyan President William Ruto held talks with Chinese President Xi Jinping in October 2023.\n\nThe trip, which began on 17 October 2023, was his first to China.';
    expect(edgesOf(text, '2024-04-16')).toEqual(['meeting Xi Jinping>William Ruto@2023-10-17']);
  });

  it('keeps the month when the article gives more than one day in it', () => {
    const text = 'Kenyan President William Ruto held talks with Chinese President Xi Jinping in October 2023.\n\nThe trip began on 17 October 2023 and ended on 20 October 2023.';
    expect(edgesOf(text, '2024-04-16')).toEqual(['meeting Xi Jinping>William Ruto@2023-10-01']);
  });
});

describe('a counted month the sentence gives a day of', () => {
  it('dates "two months after A and B signed a treaty, ... on June 19" on that day', () => {
    const text = 'The test comes two months after Ghanaian President John Mahama and Togolese President Faure Gnassingbe signed a border treaty, during a visit to Lome on June 19.';
    expect(edgesOf(text, '2025-08-23').filter((e) => e.startsWith('signed'))).toEqual([
      'signed Faure Gnassingbé>border treaty@2025-06-19', 'signed John Dramani Mahama>border treaty@2025-06-19',
    ]);
  });
});

describe('an earlier event recalled', () => {
  it('is no day "the same day" counts from', () => {
    const text = 'In his message sent on Sunday, Ghanaian President John Mahama congratulated Senegalese President Bassirou Diomaye Faye on the national day. '
      + 'Mahama recalled his talks with Faye in Accra on December 7, 2024. Nigerian President Bola Tinubu sent a congratulatory message to Faye on the same day.';
    expect(edgesOf(text, '2025-04-07').filter((e) => e.startsWith('congratulation'))).toEqual([
      'congratulation Bola Tinubu>Bassirou Diomaye Diakhar Faye@2025-04-06', 'congratulation John Dramani Mahama>Bassirou Diomaye Diakhar Faye@2025-04-06',
    ]);
  });

  it('dates what a clause right after its day tells ("during which", "at which", "where") by that day', () => {
    for (const clause of ['during which he held talks with', 'at which he met', 'where he met']) {
      expect(edgesOf(`Ghanaian President John Mahama on Tuesday recalled his visit to Abuja on 23 May, ${clause} Nigerian President Bola Tinubu.`, '2025-07-02')
        .filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting .*@2025-05-23$/)]);
    }
  });
});

describe('a digest\'s day headings', () => {
  it('date the paragraphs under each heading, up to a heading of another kind', () => {
    const text = 'The Week in Diplomacy\nSunday, September 8, 2024\n\nThe seven days that were\n\nMONDAY\n'
      + 'Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing.\n\nTuesday, Sept. 3\n'
      + 'Xi received Nigeria\'s President Bola Tinubu.\nSeparately, Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Lome.\n\n'
      + 'THE WEEK AHEAD\nThe Quad foreign ministers are due to meet in New York.\n';
    expect(edgesOf(text, '2024-09-08')).toEqual([
      'meeting Faure Gnassingbé>John Dramani Mahama@2024-09-03', 'meeting Xi Jinping>Bola Tinubu@2024-09-03', 'meeting Xi Jinping>William Ruto@2024-09-02',
    ]);
  });
});

describe('a paragraph\'s run-in day heading ("DAY 2 (Wednesday, Accra): ...")', () => {
  it('dates the paragraphs after it, up to the next heading', () => {
    const text = 'Kenyan President William Ruto returned to Nairobi on Friday after a tour of West Africa.\n\n'
      + 'DAY 1 (Tuesday, Abuja): Ruto held talks with Nigerian President Bola Tinubu.\n\n'
      + 'DAY 2 (Wednesday, Accra): Ruto arrived in Accra in the morning.\n\n'
      + 'In the afternoon he met Ghanaian President John Mahama.\n\n'
      + 'Background\n\nRuto also met Togolese President Faure Gnassingbe.';
    expect(edgesOf(text, '2025-03-14').filter((e) => e.startsWith('meeting')).sort()).toEqual([
      'meeting William Ruto>Bola Tinubu@2025-03-11', 'meeting William Ruto>Faure Gnassingbé@2025-03-14', 'meeting William Ruto>John Dramani Mahama@2025-03-12',
    ]);
  });

  it('is no heading when it holds a verb ("Ruto said on Monday: ...")', () => {
    const text = 'Kenyan President William Ruto returned to Nairobi on Friday.\n\nRuto said on Monday: trade will grow.\n\nRuto met Ghanaian President John Mahama.';
    expect(edgesOf(text, '2025-03-14').filter((e) => e.startsWith('meeting'))).toEqual(['meeting William Ruto>John Dramani Mahama@2025-03-14']);
  });
});

describe('a heading with no day over a section whose first sentence opens with one', () => {
  it('dates the section\'s later paragraphs by that day, up to the next heading', () => {
    const text = 'Kenyan President William Ruto ended a state visit to Ghana on Friday.\n\n'
      + 'FIRST DAY: ARRIVAL\n\nOn Wednesday, Ruto held talks with Ghanaian President John Mahama in Accra.\n\n'
      + 'Addressing reporters, Mahama said Ghana fully supports Kenya\'s bid to host the summit.\n\n'
      + 'CLOSING\n\nRuto thanked his hosts.';
    expect(edgesOf(text, '2025-03-14').filter((e) => e.startsWith('support'))).toEqual([expect.stringMatching(/@2025-03-12$/)]);
  });
});

describe('a digest\'s day headings with a headline', () => {
  it('date the paragraph under each, and the page\'s date with its year dates the digest', () => {
    const text = 'THE DIPLOMATIC WEEK\nOur round-up of the week\nSaturday 7 September 2024\n\nMONDAY 2 SEPT — Nairobi and Beijing talk trade\n'
      + 'Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing. Both leaders condemned North Korea\'s August test of a missile.\n\n'
      + 'TUESDAY 3 SEPT — Accra hosts Lome\nGhanaian President John Mahama received Togolese President Faure Gnassingbe in Accra.\n';
    const { article: read } = parseArticle(text, { id: 'digest', file: 'digest.txt' });
    expect(read?.published).toBe('2024-09-07');
    expect(edgesOf(text, '2024-09-07').filter((e) => e.startsWith('meeting'))).toEqual([
      'meeting Faure Gnassingbé>John Dramani Mahama@2024-09-03', 'meeting Xi Jinping>William Ruto@2024-09-02',
    ]);
    // "North Korea's August test": the month tells which test, not the day of the condemnation.
    expect(edgesOf(text, '2024-09-07').filter((e) => e.startsWith('condemnation')).map((e) => e.split('@')[1])).toEqual(['2024-09-02', '2024-09-02']);
  });
});

describe('the lede\'s day for an event of the same kind', () => {
  it('dates reactions by the lede\'s phrase that reports them, not by the day of the news they react to', () => {
    const text = 'Ghanaian President John Mahama won re-election on Sunday, and congratulations poured in on Monday.\n\n'
      + 'Nigerian President Bola Tinubu sent a congratulatory message to John Mahama, his office said.';
    expect(edgesOf(text, '2024-12-11').filter((e) => e.startsWith('congratulation '))).toEqual([expect.stringMatching(/^congratulation Bola Tinubu>John (Dramani )?Mahama@2024-12-09$/)]);
  });
});

describe('a date inside an agreement\'s name', () => {
  it('dates the document, not the event that names it', () => {
    const text = 'Kenya and Uganda reaffirmed their commitment to the Nairobi Declaration of 1991 on Thursday.';
    expect(edgesOf(text, '2024-06-14').filter((e) => e.startsWith('shared_stance '))).toEqual(['shared_stance Kenya>Uganda@2024-06-13']);
  });
});

describe('an idiom with "to" inside', () => {
  it('opens no purpose: "met face to face on February 7, 2022" is dated that day', () => {
    const text = 'Kenyan President William Ruto called Ugandan President Yoweri Museveni on Tuesday. They last met face to face in Kampala on February 7, 2022.';
    expect(edgesOf(text, '2024-06-12').filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2022-02-07$/)]);
  });
});

describe('a day counted from an event the sentence opens by naming', () => {
  it('dates the main clause from that event\'s day: "Three days before the call, X met Y"', () => {
    const text = 'Ghanaian President John Mahama and Ivorian President Alassane Ouattara spoke by phone on Monday. '
      + 'Three days before the call, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Ivorian Foreign Minister Kacou Houadja Léon Adom in Accra.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting .*@2025-06-06$/)]);
    // A count whose phrase holds its own verb dates that verb's event, as before: "two days after X met Y".
    const clause = 'Ghanaian President John Mahama called Ivorian President Alassane Ouattara on Monday, two days after Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Ivorian Foreign Minister Kacou Houadja Léon Adom in Accra.';
    expect(edgesOf(clause, '2025-06-10').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting .*@2025-06-07$/)]);
  });
});

describe('a caption numbered in its gallery', () => {
  it('reads "3/12" opening a line as the caption\'s number, not a day, and "on 3/10" in a sentence as a day', () => {
    const caption = '3/12 Indian Prime Minister Narendra Modi embraces Russian President Vladimir Putin before their talks in Kazan, Russia, October 22, 2024.';
    expect(edgesOf(caption, '2024-10-24')).toEqual([expect.stringMatching(/^meeting (?=.*Modi)(?=.*Putin).*@2024-10-22$/)]);
    expect(edgesOf('Indian Prime Minister Narendra Modi met Russian President Vladimir Putin on 3/10.', '2024-10-24')).toEqual([expect.stringMatching(/@2024-03-10$/)]);
  });
});

describe('an event told again on another day', () => {
  it('gives "received him on X, and again on Y" an edge on each day, and a second verb its own', () => {
    expect(edgesOf('Ghanaian President John Mahama received Togolese President Faure Gnassingbe on March 3, 2025, as trade grew, and again on May 9 in Accra.', '2025-06-10')
      .filter((e) => e.startsWith('meeting'))).toEqual(['meeting Faure Gnassingbé>John Dramani Mahama@2025-03-03', 'meeting Faure Gnassingbé>John Dramani Mahama@2025-05-09']);
    expect(edgesOf('Ghanaian President John Mahama received Togolese President Faure Gnassingbe on March 3, 2025, and flew to Lome on May 9.', '2025-06-10')
      .filter((e) => e.startsWith('meeting'))).toEqual(['meeting Faure Gnassingbé>John Dramani Mahama@2025-03-03']);
  });
});

describe('the signing of an agreement told again', () => {
  it('takes the day its signing was dated before, not the article\'s', () => {
    const text = 'NAIROBI, June 10, 2025 - Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. Kenya and Uganda signed a security agreement in March 2023 under which Kampala pledged to share intelligence. The deal was signed by Kenyan Interior Minister Amina Wanjiru Otieno and her Ugandan counterpart Joseph Okello.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('signed'))).toEqual([
      'signed Amina Wanjiru Otieno>security agreement@2023-03-01', 'signed Joseph Okello>security agreement@2023-03-01',
    ]);
  });
});

describe('an event told without a day and again with one', () => {
  const told = (day: string): string => 'Oslo accused Reykjavik of provocations over the fishing grounds.\n\n'
    + 'The row over the grounds has simmered for years, and fishermen from both countries say catches have fallen.\n\n'
    + `${day}, Norwegian Foreign Minister Espen Barth Eide accused Iceland of staging provocations near the line.`;

  it('is one event on the day told, read between the minister and the state (his state\'s reading dropped)', () => {
    expect(edgesOf(told('On Monday'), '2025-06-10')).toEqual(['condemnation Espen Barth Eide>Iceland@2025-06-09']);
  });

  it('stays two events when the day told is long before publication', () => {
    expect(edgesOf(told('On 3 March 2025'), '2025-06-10')).toEqual(['condemnation Espen Barth Eide>Iceland@2025-03-03', 'condemnation Norway>Iceland@2025-06-10']);
  });
});

describe('a state\'s event and its minister\'s on the same day', () => {
  it('is one event, read between the minister and the other state', () => {
    const text = 'Oslo accused Reykjavik of provocations over fishing grounds on Monday. On Monday, Norwegian Foreign Minister Espen Barth Eide accused Iceland of staging provocations.';
    expect(edgesOf(text, '2025-06-10')).toEqual(['condemnation Espen Barth Eide>Iceland@2025-06-09']);
  });

  it('stays two events when two people of the state act: the minister\'s is not the prime minister\'s', () => {
    const text = 'Norwegian Prime Minister Jonas Gahr Store on Monday accused Icelandic Prime Minister Kristrun Frostadottir of provocations over fishing grounds. On Monday, Norwegian Foreign Minister Espen Barth Eide accused Iceland of staging provocations.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('condemnation')).sort())
      .toEqual(['condemnation Espen Barth Eide>Iceland@2025-06-09', 'condemnation Jonas Gahr Støre>Kristrún Frostadóttir@2025-06-09']);
  });
});

describe('a date right before the verb', () => {
  it('dates the verb\'s event over a date the object\'s act is told with after it', () => {
    expect(edgesOf('Norway on Monday condemned the strikes carried out on Friday by Iceland.', '2025-06-10'))
      .toEqual(['condemnation Norway>Iceland@2025-06-09']);
    expect(edgesOf('Norway on Monday strongly condemned the Icelandic strikes on Friday.', '2025-06-10'))
      .toEqual(['condemnation Norway>Iceland@2025-06-09']);
    // With none before it, the date after the verb is still the event\'s.
    expect(edgesOf('Norway condemned the Icelandic strikes on Friday.', '2025-06-10'))
      .toEqual(['condemnation Norway>Iceland@2025-06-06']);
  });
});

describe('an event told as following another', () => {
  it('takes that other event\'s day when it has none of its own ("congratulated Y after she was sworn in on Friday")', () => {
    const text = 'Namibia held its election in November.\n\nPresident Cyril Ramaphosa was among the first foreign guests to congratulate Netumbo Nandi-Ndaitwah after she was sworn in as president in Windhoek on Friday, a day that coincided with the national holiday.';
    expect(edgesOf(text, '2025-03-24')).toEqual(['congratulation Cyril Ramaphosa>Netumbo Nandi-Ndaitwah@2025-03-21']);
  });

  it('takes the day of what a sentence opens by telling it followed, over the paragraph\'s day and a day of the clause joined after it', () => {
    const text = 'Relations soured in 2022.\n\nThe year went badly. After protesters stormed the Danish embassy in Baghdad on July 20, 2023, Denmark condemned Iraq for failing '
      + 'to protect it, and two days later Iraqi Prime Minister Mohammed Shia al-Sudani told Denmark that ties would suffer.';
    expect(edgesOf(text, '2024-03-12').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Denmark>Iraq@2023-07-20']);
  });
});


describe('a meeting held, not named again', () => {
  it('does not date "A, B and C held their trilateral meeting" by an earlier day given another meeting', () => {
    const text = 'LIVE: leaders in Lima\n\nFriday, 15 November 2024\n\nLeaders gathered in Lima on Friday for the second day of the APEC summit.\n\n'
      + 'The meeting between Joe Biden and Xi Jinping is pencilled in for Saturday afternoon.\n\n'
      + 'Biden, Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol held their trilateral meeting on the margins of the summit.\n';
    const meetings = edgesOf(text, '2024-11-15').filter((e) => e.startsWith('meeting ') && !e.includes('Xi'));
    expect(meetings).toHaveLength(3);
    expect(meetings.every((e) => e.endsWith('@2024-11-15'))).toBe(true);
  });

  it('keeps the paragraph\'s day over a month or a year told after the trigger ("... the systems agreed earlier this year")', () => {
    const text = 'Canadian Prime Minister Mark Carney spoke by phone with Polish Prime Minister Donald Tusk on Wednesday morning.\n\n'
      + 'Carney reaffirmed Canada\'s steadfast support for Ukraine and promised faster delivery of the air defence systems agreed earlier this year.';
    expect(edgesOf(text, '2025-09-10').filter((e) => e.startsWith('support'))).toEqual(['support Canada>Ukraine@2025-09-10']);
    // Before the trigger, the month is the event's.
    expect(edgesOf('Canadian Prime Minister Mark Carney spoke by phone with Polish Prime Minister Donald Tusk on Wednesday morning.\n\nIn May, Carney visited Warsaw.', '2025-09-10')
      .filter((e) => e.startsWith('meeting'))).toEqual(['meeting Mark Carney>Donald Tusk@2025-05-01']);
  });
});

describe('a stance quoted in the present with no day of its own', () => {
  it('takes the day the paragraph has reached when its speaker "told" or "said" it, publication when the speaker "says" it', () => {
    const told = 'In Lima on Friday, Peru\'s foreign minister Elmer Schialer said his government condemned the seizure. "We support Ecuador\'s sovereignty," Schialer told reporters.';
    expect(edgesOf(told, '2025-05-17').filter((e) => e.startsWith('support'))).toEqual(['support Elmer Schialer>Ecuador@2025-05-16']);
    const says = 'In Lima on Friday, Peru\'s foreign minister Elmer Schialer said his government condemned the seizure. "We support Ecuador\'s sovereignty," Schialer says.';
    expect(edgesOf(says, '2025-05-17').filter((e) => e.startsWith('support'))).toEqual(['support Elmer Schialer>Ecuador@2025-05-17']);
  });
});

describe('a count from the clause\'s day that would fall after publication', () => {
  it('is no day, and the article is read ("who flew in late on Friday, was welcomed in the morning")', () => {
    expect(edgesOf('Lula, who flew in late on Friday, was welcomed in the morning before holding talks with Boric.', '2025-04-05'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Boric)(?=.*Lula).*@2025-04-05$/)]);
  });
});
