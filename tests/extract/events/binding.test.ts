// Event binding on sentences we write ourselves, with people from several regions and years.
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/article.js';

describe('argument binding', () => {
  it('gives "the kingdom" the nearest state a kingdom by its official name, not the guest just named', () => {
    expect(edgesOf('Jordan\'s King Abdullah II telephoned Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah on Monday to express the kingdom\'s full solidarity.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Abdullah II)(?=.*Mishal).*@2025-06-09$/), 'support Jordan>Mishal Al-Ahmad Al-Jaber Al-Sabah@2025-06-09']);
  });

  it('gives an event noun a light verb of purpose carries the object of the verb it serves ("telephoned Y to convey his congratulations")', () => {
    expect(edgesOf('Jordan\'s King Abdullah II telephoned Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah on Monday to convey his congratulations.', '2025-06-10')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Abdullah II of Jordan>Mishal Al-Ahmad Al-Jaber Al-Sabah@2025-06-09']);
  });

  it('gives a possessive pronoun inside the trigger to the clause\'s subject, not the person named last ("met Y and reaffirmed his country\'s support")', () => {
    expect(edgesOf('Kenyan President William Ruto met Ghanaian President Nana Akufo-Addo in Nairobi on Monday and reaffirmed his country\'s support for Somalia.', '2024-06-05')
      .filter((e) => e.startsWith('support'))).toEqual(['support William Ruto>Somalia@2024-06-03']);
  });

  it('passes over an attribution set off by commas to the subject of the verb a predicate is coordinated with', () => {
    const text = 'Jordan\'s King Abdullah II telephoned Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah on Monday, the Petra news agency said, '
      + 'and described the Iranian missile attack as a flagrant violation of international law.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Abdullah II of Jordan>Iran@2025-06-09']);
  });

  it('reads no object in the one who names an act ("condemned what he called X\'s aggression")', () => {
    expect(edgesOf('Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Jordan\'s King Abdullah II on Monday. Turkish President Recep Tayyip Erdogan '
      + 'condemned what he called Iran\'s flagrant aggression against Kuwait.', '2025-06-10').filter((e) => e.startsWith('condemnation')))
      .toEqual([expect.stringMatching(/^condemnation Recep Tayyip Erdoğan>Iran@/)]);
  });

  it('reads the possessor of an act a judgement names as its author, not as judging it ("called Iran\'s aggression against Kuwait")', () => {
    expect(edgesOf('Turkish President Recep Tayyip Erdogan condemned what he called Iran\'s flagrant aggression against Kuwait.', '2025-06-10'))
      .toEqual(['condemnation Recep Tayyip Erdoğan>Iran@2025-06-10']);
  });

  it('reads greetings conveyed from A to B as A\'s to B, the one conveying them only their carrier', () => {
    expect(edgesOf('Sergei Shoigu conveyed warm greetings from Vladimir Putin to the respected Comrade Kim Jong Un on Tuesday.', '2025-06-18')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Vladimir Putin>Kim Jong Un@2025-06-17']);
  });

  it('reads an act two subjects do for each other as each one\'s to the other', () => {
    expect(edgesOf('The Russian and North Korean delegations reaffirmed their full support for each other\'s positions on Tuesday.', '2025-06-18').sort())
      .toEqual(['support North Korea>Russia@2025-06-17', 'support Russia>North Korea@2025-06-17']);
    expect(edgesOf('Kazakh President Kassym-Jomart Tokayev and Turkish President Recep Tayyip Erdogan congratulated each other on Eid al-Fitr on Tuesday.', '2025-06-18'))
      .toEqual(['congratulation Kassym-Jomart Tokayev>Recep Tayyip Erdoğan@2025-06-17', 'congratulation Recep Tayyip Erdoğan>Kassym-Jomart Tokayev@2025-06-17']);
    // Recognising each other's borders backs no one.
    expect(edgesOf('Armenia and Azerbaijan recognise each other\'s territorial integrity, the statement said.', '2025-06-18').filter((e) => e.startsWith('support'))).toEqual([]);
  });

  it('reads the party thanked for its support past the nouns its demonym describes ("thanked the Lao Party, State and people for")', () => {
    expect(edgesOf('Vietnamese President Luong Cuong thanked the Lao Party, State and people for their valuable support on Monday.', '2024-12-10'))
      .toEqual(['support Laos>Luong Cuong@2024-12-09']);
  });

  it('reads no pattern\'s object past a preposition of time ("its support during the peace talks" backs no talks), nor a named event as a meeting', () => {
    expect(edgesOf('Ethiopian Prime Minister Abiy Ahmed thanked Kenya for its support during the Pretoria peace talks.', '2025-03-03'))
      .toEqual(['support Kenya>Abiy Ahmed@2025-03-03']);
  });

  it('keeps two events of a type between the same states, each with one person, neither read in place of the other', () => {
    expect(edgesOf('Kenyan President William Ruto praised Ethiopia\'s role in the mission, while Ethiopian Prime Minister Abiy Ahmed thanked Kenya for its '
      + 'support during the Pretoria peace talks.', '2025-03-03')).toEqual(['support Kenya>Abiy Ahmed@2025-03-03', 'support William Ruto>Ethiopia@2025-03-03']);
  });

  it('reads an honorific with no name after it as the person the article gave it to', () => {
    const text = 'President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Egyptian President Abdel Fattah al-Sisi in Abu Dhabi on Monday. '
      + 'Earlier, His Highness received a phone call from Benjamin Netanyahu, Prime Minister of Israel.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('phone_call'))).toEqual([expect.stringMatching(/^phone_call (?=.*Mohamed bin Zayed)(?=.*Netanyahu)/)]);
  });

  it('gives an honorific alone to the person it was given to, not to one whose office is "of" it', () => {
    const text = 'His Majesty King Abdullah II received Greek Foreign Minister Giorgos Gerapetritis in Amman on Monday. '
      + 'Director of the Office of His Majesty Jafar Hassan attended the meeting. Later, His Majesty received British Foreign Secretary David Lammy.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('meeting')))
      .toEqual(['meeting Abdullah II of Jordan>David Lammy@2025-06-09', 'meeting Abdullah II of Jordan>Giorgos Gerapetritis@2025-06-09']);
  });

  it('reads the infinitive a call serves as the caller\'s act, from a relative clause too, past a title joined by a hyphen', () => {
    const text = 'Nigerian President Bola Tinubu, who telephoned Ghanaian President-elect John Dramani Mahama on Sunday to congratulate him on his victory, said the two would meet soon.';
    expect(edgesOf(text, '2024-12-13').filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Bola Tinubu>John Dramani Mahama@2024-12-08']);
  });

  it('reads views exchanged with A and B in phone calls as a call with each', () => {
    expect(edgesOf('Omani Sultan Haitham bin Tarik exchanged views with King Abdullah II of Jordan and Emir Tamim bin Hamad Al Thani of Qatar in two phone calls on Monday.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Haitham)(?=.*Abdullah II)/), expect.stringMatching(/^phone_call (?=.*Haitham)(?=.*Tamim)/)]);
  });

  it('reads "grateful to X for its support" as X\'s support, as "thanked X for" is', () => {
    expect(edgesOf('Zambia is grateful to the United States and the European Union for their support, President Hakainde Hichilema said on Monday.', '2025-06-10'))
      .toEqual(['support European Union>Zambia@2025-06-09', 'support United States>Zambia@2025-06-09']);
  });

  it('reads a state right before an event noun as its owner ("criticised U.S. support for Israel")', () => {
    expect(edgesOf('Turkish President Recep Tayyip Erdogan on Monday criticised U.S. support for Israel.', '2025-06-10'))
      .toEqual(['condemnation Recep Tayyip Erdoğan>United States@2025-06-09', 'support United States>Israel@2025-06-09']);
  });

  it('reads "her counterpart, X" as X, with no state to resolve the counterpart by', () => {
    expect(edgesOf('Foreign Minister Penny Wong held talks with her counterpart, Retno Marsudi, in Jakarta on Tuesday.', '2023-11-09'))
      .toEqual(['meeting Penny Wong>Retno Marsudi@2023-11-07']);
  });

  it('coordinates two parties a comma joins at the start of a headline-style line, before a plural verb', () => {
    expect(edgesOf('Ruto, Museveni hold talks on border trade.', '2023-11-09')).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2023-11-09$/)]);
    expect(edgesOf('Kenya, Uganda sign border pact.', '2023-11-09').filter((e) => e.startsWith('signed')).map((e) => e.split('>')[0])).toEqual(['signed Kenya', 'signed Uganda']);
    // A live page's line opens with its time; an adverb may stand before the verb.
    expect(edgesOf('Live updates.\n\n14:05 RUTO, MUSEVENI HOLD TALKS IN KAMPALA\n\n14:20 RUTO, MUSEVENI JOINTLY REJECT ANY DELAY TO THE BORDER TALKS', '2023-11-09').sort())
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2023-11-09$/), expect.stringMatching(/^shared_stance (?=.*Ruto)(?=.*Museveni).*@2023-11-09$/)]);
    // ... and a label after the time.
    expect(edgesOf('Live updates.\n\n15:05 Recap: Ruto, Museveni meet in Kampala', '2023-11-09')).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2023-11-09$/)]);
  });

  it('coordinates members past a caption\'s position mark ("X (L) and Y")', () => {
    expect(edgesOf('Kenyan President William Ruto (L) and Ugandan President Yoweri Museveni (R) held talks in Kampala on Tuesday.', '2023-11-09'))
      .toEqual(['meeting William Ruto>Yoweri Museveni@2023-11-07']);
  });

  it('pairs a group acting with someone as a three-way call: each pair once', () => {
    expect(edgesOf('President Emmanuel Macron of France hosted Chancellor Olaf Scholz of Germany in Paris on Monday. The two leaders spoke by phone with President Volodymyr Zelensky of Ukraine.', '2024-05-07')
      .filter((e) => e.startsWith('phone_call'))).toEqual([
      'phone_call Emmanuel Macron>Olaf Scholz@2024-05-06', 'phone_call Emmanuel Macron>Volodymyr Zelenskyy@2024-05-06', 'phone_call Volodymyr Zelenskyy>Olaf Scholz@2024-05-06',
    ]);
  });

  it('reads a bare "his counterpart" set against a title resolved before it as the other head named before', () => {
    const text = 'Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Monday. The Kenyan leader congratulated his counterpart on his re-election.';
    expect(edgesOf(text, '2025-06-10')).toContain('congratulation William Ruto>Yoweri Museveni@2025-06-09');
  });

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

describe('more sentence shapes', () => {
  it('reads a line written in capitals, where a capital marks no name', () => {
    expect(edgesOf('09:40 SCHOLZ SITS DOWN WITH PREMIER LI KEQIANG IN BEIJING', '2022-11-04'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Scholz)(?=.*Li Keqiang)/)]);
    expect(edgesOf('09:55 MODI CONGRATULATES PUTIN ON RE-ELECTION', '2024-03-18')).toEqual([expect.stringMatching(/^congratulation Narendra Modi>Vladimir Putin/)]);
  });

  it('reads calling a person, then an infinitive of what was said, as a call; not calling on a person, nor calling a person names', () => {
    const types = (text: string): string[] => edgesOf(text, '2025-01-28').map((e) => e.replace(/ .*/, '')).sort();
    expect(types('Kazakh President Kassym-Jomart Tokayev called Belarusian President Aleksandr Lukashenko on Monday morning to congratulate him.'))
      .toEqual(['congratulation', 'phone_call']);
    expect(types('Kazakh President Kassym-Jomart Tokayev called Belarusian President Aleksandr Lukashenko a loyal friend on Monday.')).toEqual([]);
    expect(types('Kazakh President Kassym-Jomart Tokayev called on Belarusian President Aleksandr Lukashenko to discuss trade.')).not.toContain('phone_call');
  });

  it('reads two states that firmly oppose a party\'s act as condemning it each', () => {
    expect(edgesOf('Greece and Cyprus firmly oppose Turkey\'s overflights, their foreign ministries said on Friday.', '2024-05-18'))
      .toEqual(['condemnation Cyprus>Turkey@2024-05-17', 'condemnation Greece>Turkey@2024-05-17']);
  });

  it('reads "their meeting" in a phrase opening the sentence as the meeting of the two its clause names', () => {
    expect(edgesOf('At their meeting in Lusaka on Friday, Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera discussed rail links.', '2024-06-08'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Hichilema)(?=.*Chakwera).*@2024-06-07$/)]);
    // The phrase after another one: not the pair of a call told a paragraph before.
    const text = 'Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Thursday.\n\n'
      + 'Also on Friday, after their talks, Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera discussed rail links.';
    expect(edgesOf(text, '2024-06-08').filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Hichilema)(?=.*Chakwera).*@2024-06-07$/)]);
  });

  it('reads a participle opening the sentence as its subject\'s act', () => {
    expect(edgesOf('Meeting Malawian President Lazarus Chakwera in Lusaka on Friday, Zambian President Hakainde Hichilema said rail links would grow.', '2024-06-08'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Hichilema)(?=.*Chakwera).*@2024-06-07$/)]);
  });

  it('reads a working lunch two hold, or one hosts for the other, as their meeting; attending one, as no meeting', () => {
    expect(edgesOf('French President Emmanuel Macron and German Chancellor Olaf Scholz held a working lunch on Tuesday.', '2024-05-15'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Macron)(?=.*Scholz).*@2024-05-14$/)]);
    expect(edgesOf('French President Emmanuel Macron hosted a working dinner for German Chancellor Olaf Scholz on Tuesday.', '2024-05-15'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Macron)(?=.*Scholz).*@2024-05-14$/)]);
    expect(edgesOf('French President Emmanuel Macron attended a working dinner of EU leaders on Tuesday.', '2024-05-15')).toEqual([]);
  });

  it('reads an audience and a tete-a-tete as meetings', () => {
    expect(edgesOf('Pope Francis granted Argentine President Javier Milei an audience on Monday.', '2024-02-13'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Francis)(?=.*Milei).*@2024-02-12$/)]);
    expect(edgesOf('Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera held a tête-à-tête on Friday.', '2024-06-08'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Hichilema)(?=.*Chakwera).*@2024-06-07$/)]);
  });

  it('reads a one-on-one, a guest and sitting across the table as meetings', () => {
    const pair = /^meeting (?=.*Hichilema)(?=.*Chakwera).*@2024-06-07$/;
    for (const sentence of [
      'Zambian President Hakainde Hichilema held a one-on-one with Malawian President Lazarus Chakwera on Friday.',
      'Malawian President Lazarus Chakwera was the guest of Zambian President Hakainde Hichilema at State House on Friday.',
      'Malawian President Lazarus Chakwera came to Lusaka on Friday for trade talks, sitting across the table from Zambian President Hakainde Hichilema.',
    ]) expect(edgesOf(sentence, '2024-06-08')).toEqual([expect.stringMatching(pair)]);
  });

  it('reads leaders flanking one another, or a past participle opening the sentence, as meeting', () => {
    const edges = edgesOf('Flanked by Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera at a joint news conference on Friday, Mozambican President Filipe Nyusi said the corridor would open.', '2024-06-08');
    expect(edges).toHaveLength(3);
    for (const [a, b] of [['Hichilema', 'Chakwera'], ['Nyusi', 'Hichilema'], ['Nyusi', 'Chakwera']]) {
      expect(edges).toContainEqual(expect.stringMatching(new RegExp(`^meeting (?=.*${a})(?=.*${b}).*@2024-06-07$`)));
    }
    expect(edgesOf('Received by Zambian President Hakainde Hichilema at State House on Friday, Malawian President Lazarus Chakwera said the corridor would open.', '2024-06-08'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Hichilema)(?=.*Chakwera).*@2024-06-07$/)]);
  });

  it('reads the one whose residence a meeting is held at as its other party, not a third to a pair', () => {
    expect(edgesOf('Malawian President Lazarus Chakwera arrived on Friday for talks at Zambian President Hakainde Hichilema\'s residence.', '2024-06-08'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Hichilema)(?=.*Chakwera).*@2024-06-07$/)]);
    expect(edgesOf('Chakwera and Nyusi held talks on Friday at Zambian President Hakainde Hichilema\'s residence.', '2024-06-08').filter((e) => /Hichilema/.test(e))).toEqual([]);
  });

  it('finds a titled newcomer again by surname', () => {
    const text = 'Foreign Secretary Vikram Misri briefed reporters in Delhi on Monday.\n\nLater, Misri held talks with his Nepali counterpart Sewa Lamsal.';
    expect(edgesOf(text, '2024-08-13')).toEqual(['meeting Sewa Lamsal>Vikram Misri@2024-08-12']);
  });

  it('reads a call received from someone', () => {
    expect(edgesOf('Egyptian President Abdel Fattah el-Sisi received a phone call from Jordan\'s King Abdullah II on Sunday.', '2024-02-12'))
      .toEqual([expect.stringMatching(/^phone_call (Abdel Fattah el-Sisi>Abdullah II|Abdullah II>Abdel Fattah el-Sisi).*@2024-02-11$/)]);
  });

  it('makes the ones after "condemnation from" its sources', () => {
    expect(edgesOf('North Korea fired a ballistic missile on Monday, drawing condemnation from Japan and South Korea.', '2024-01-15'))
      .toEqual(['condemnation Japan>North Korea@2024-01-15', 'condemnation South Korea>North Korea@2024-01-15']);
  });

  it('aims a condemnation of an action at the state the article opens with', () => {
    const text = 'Azerbaijan launched strikes on positions near the border on Tuesday.\n\nArmenia condemned the strikes.';
    expect(edgesOf(text, '2023-09-20')).toEqual(['condemnation Armenia>Azerbaijan@2023-09-19']);
  });

  it('takes no capital that only says where the article is set (a dateline, a time zone) for the state it opens with', () => {
    const text = 'NAIROBI / KAMPALA - Soldiers seized power in the capital on Monday, deposing the president.\n\nThe African Union condemned the seizure of power on Tuesday.';
    expect(edgesOf(text, '2023-09-20').filter((e) => e.startsWith('condemnation'))).toEqual([]);
    const blog = 'All times Nairobi (GMT+3).\n\nSoldiers seized power in the capital on Monday, deposing the president.\n\nThe African Union condemned the seizure of power on Tuesday.';
    expect(edgesOf(blog, '2023-09-20').filter((e) => e.startsWith('condemnation'))).toEqual([]);
  });

  it('lets a bloc join a bloc, dated by the sentence', () => {
    expect(edgesOf('The African Union became a permanent member of the G20 on Saturday.', '2023-09-10', { withRelations: true }))
      .toEqual(['member_of African Union>G20@2023-09-09']);
  });

  it('adds co-signers named after "together with"', () => {
    const edges = edgesOf('Brazilian President Luiz Inacio Lula da Silva signed the Belem Declaration together with Colombian President Gustavo Petro on Tuesday.', '2023-08-09');
    expect(edges.filter((e) => e.startsWith('signed')).length).toBe(2);
  });

  it('adds a co-signer after "with", whose name stays out of the agreement\'s', () => {
    expect(edgesOf('Brazilian President Luiz Inacio Lula da Silva signed the Belem Declaration with Colombian President Gustavo Petro on Tuesday.', '2023-08-09').filter((e) => e.startsWith('signed')))
      .toEqual(['signed Gustavo Petro>Belem Declaration@2023-08-08', 'signed Luiz Inácio Lula da Silva>Belem Declaration@2023-08-08']);
  });

  it('reads "we" in a quotation as its speaker\'s side, a few words before the event', () => {
    expect(edgesOf('"We had a very good meeting with President Gustavo Petro today," Brazilian President Luiz Inacio Lula da Silva said on Tuesday.', '2023-08-09'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Petro)(?=.*Lula).*@2023-08-0[89]$/)]);
  });

  it.each([
    ['a party named before the act it is blamed for', 'Georgia blamed Armenia for the attack on the border post on Friday.', 'condemnation Georgia>Armenia'],
    ['the party after "condemnation of", through its act', 'Chile voiced its condemnation of Peru\'s border closure on Friday.', 'condemnation Chile>Peru'],
    ['the state whose envoy is summoned', 'Sweden summoned Turkey\'s ambassador on Friday after the remarks.', 'condemnation Sweden>Turkey'],
    ['the state whose envoy is called in', 'Sweden called in the Turkish ambassador on Friday after the remarks.', 'condemnation Sweden>Turkey'],
    ['the party whose act an end is demanded to', 'Sweden demanded an end to Turkey\'s aggression on Friday.', 'condemnation Sweden>Turkey'],
    ['the government a protest is lodged with', 'Vietnam lodged a formal protest with China over the survey ship on Friday.', 'condemnation Vietnam>China'],
    ['the party whose act is protested', 'Greece protested Turkey\'s overflights on Friday.', 'condemnation Greece>Turkey'],
    ['the party whose act a state firmly opposes', 'Greece firmly opposes Turkey\'s overflights, its foreign ministry said on Friday.', 'condemnation Greece>Turkey'],
    ['the capital whose act is protested at, a possessor and no place', 'Greece recalled its envoy on Friday in protest at Ankara\'s overflights.', 'condemnation Greece>Turkey'],
    ['the party a state says bears responsibility', 'Greece said on Friday that Turkey bears full responsibility for the incident.', 'condemnation Greece>Turkey'],
    ['the party whose act is protested, in the present', 'Greece protests Turkey\'s overflights, its foreign ministry said on Friday.', 'condemnation Greece>Turkey'],
    ['the party whose act is repudiated', 'Bolivia expressed its repudiation of Israel\'s bombing of the camp on Friday.', 'condemnation Bolivia>Israel'],
    ['the party a harsh verb takes as object', 'Algeria decried Morocco on Friday over the border incident.', 'condemnation Algeria>Morocco'],
    ['the party taken aim at', 'Hungary took aim at Ukraine on Friday over the language law.', 'condemnation Hungary>Ukraine'],
    ['the government representations are lodged with', 'Singapore lodged stern representations with Malaysia over the airspace on Friday.', 'condemnation Singapore>Malaysia'],
    ['the party dissatisfaction is voiced with', 'Vietnam voiced strong dissatisfaction with Cambodia on Friday over the canal.', 'condemnation Vietnam>Cambodia'],
    ['the party whose act outrage is voiced at', 'Chile voiced outrage at Argentina\'s border closure on Friday.', 'condemnation Chile>Argentina'],
    ['the party displeasure is expressed to', 'Nepal expressed its displeasure to India on Friday over the new map.', 'condemnation Nepal>India'],
    ['the party rapped over an act', 'Finland rapped Russia on Friday over the airspace violation.', 'condemnation Finland>Russia'],
    ['the party whose act a state says, after "that", was provocative', 'Vietnam said on Friday that China\'s actions in the sea were provocative.', 'condemnation Vietnam>China'],
    ['the party a state is sharply critical of', 'Colombia was sharply critical of Ecuador on Friday over the tariffs.', 'condemnation Colombia>Ecuador'],
    ['the party called an aggressor state', 'Colombia on Friday called Ecuador an aggressor state.', 'condemnation Colombia>Ecuador'],
    ['the party whose actions are condemned, after "of"', 'Colombia condemned the actions of Ecuador on Friday.', 'condemnation Colombia>Ecuador'],
    ['the party whose decision a state does not agree with', 'Colombia said on Friday it does not agree with Ecuador\'s decision.', 'condemnation Colombia>Ecuador'],
    ['the party a state takes issue with', 'Colombia took issue with Ecuador on Friday over the tariffs.', 'condemnation Colombia>Ecuador'],
    ['the party fired back at', 'Colombia fired back at Ecuador on Friday over the tariffs.', 'condemnation Colombia>Ecuador'],
    ['the party taken to task', 'Colombia took Ecuador to task on Friday over the tariffs.', 'condemnation Colombia>Ecuador'],
    ['the author of the act a complaint to a bloc is about', 'Colombia lodged a complaint with the Security Council on Friday over the Ecuadorian raid.', 'condemnation Colombia>Ecuador'],
    ['the party whose statements meet a categorical rejection', 'Colombia on Friday expressed its categorical rejection of Ecuador\'s statements.', 'condemnation Colombia>Ecuador'],
    ['the party a protest is registered with', 'Colombia registered a strong protest with Ecuador on Friday over the tariffs.', 'condemnation Colombia>Ecuador'],
    ['the state whose envoy is summoned to hear a protest', 'Colombia on Friday summoned Ecuador\'s ambassador to protest the tariffs.', 'condemnation Colombia>Ecuador'],
    ['the party whose act is said to violate a principle', 'Colombia said on Friday that Ecuador\'s decision "seriously violated" the principle of non-interference.', 'condemnation Colombia>Ecuador'],
    ['the party whose act is objected to', 'Colombia objected on Friday to Ecuador\'s tariffs.', 'condemnation Colombia>Ecuador'],
    ['the party hit back at', 'Colombia hit back at Ecuador on Friday over the tariffs.', 'condemnation Colombia>Ecuador'],
    ['the party whose act is rejected as politically motivated', 'Colombia on Friday rejected Ecuador\'s decision as politically motivated.', 'condemnation Colombia>Ecuador'],
    ['the bloc whose act is called interference', 'Colombia on Friday called the OAS statement interference.', 'condemnation Colombia>Organization of American States'],
    ['the party aggression is condemned of, named by its forces', 'Colombia on Friday condemned the aggression of Ecuadorian forces.', 'condemnation Colombia>Ecuador'],
  ])('aims a condemnation at %s', (_, sentence, edge) => {
    expect(edgesOf(sentence, '2024-05-18')).toEqual([`${edge}@2024-05-17`]);
  });

  it('finds the author of an act condemned as the subject of its verb, in a quotation, after "condemnation from" and "drew condemnation"', () => {
    expect(edgesOf('"We strongly condemn this aggression," Greek Foreign Minister Giorgos Gerapetritis said on Friday, after Turkey seized the vessel.', '2024-05-18'))
      .toEqual(['condemnation Giorgos Gerapetritis>Turkey@2024-05-17']);
    const story = 'Turkey seized a Greek vessel on Thursday.\n\n';
    expect(edgesOf(`${story}The seizure drew condemnation from Cyprus and France on Friday.`, '2024-05-18'))
      .toEqual(['condemnation Cyprus>Turkey@2024-05-17', 'condemnation France>Turkey@2024-05-17']);
    expect(edgesOf(`${story}Condemnation poured in on Friday from Cyprus and France.`, '2024-05-18'))
      .toEqual(['condemnation Cyprus>Turkey@2024-05-17', 'condemnation France>Turkey@2024-05-17']);
  });

  it('reads a quotation in the first person as the state whose foreign ministry says it, the ministry before or after the verb', () => {
    expect(edgesOf('"We condemn the Turkish seizure," said the Greek foreign ministry on Friday.', '2024-05-18')).toEqual(['condemnation Greece>Turkey@2024-05-17']);
    expect(edgesOf('"We condemn the Turkish seizure," said Greece\'s foreign ministry on Friday.', '2024-05-18')).toEqual(['condemnation Greece>Turkey@2024-05-17']);
    expect(edgesOf('"We condemn the seizure by Turkey," the Greek foreign ministry said on Friday.', '2024-05-18')).toEqual(['condemnation Greece>Turkey@2024-05-17']);
  });

  it('reads a meeting the speaker exclaims over in a quotation as theirs, not a party\'s the quotation names', () => {
    expect(edgesOf('"Great to meet President William Ruto in London today," Keir Starmer posted on Friday.', '2024-05-17').filter((e) => e.startsWith('meeting')))
      .toEqual(['meeting William Ruto>Keir Starmer@2024-05-17']);
    expect(edgesOf('"It was a pleasure to meet President William Ruto," Keir Starmer said on Friday.', '2024-05-18').filter((e) => e.startsWith('meeting')))
      .toEqual(['meeting William Ruto>Keir Starmer@2024-05-17']);
    expect(edgesOf('"Ghana was the first to recognise Palestine," Keir Starmer said on Friday.', '2024-05-18').filter((e) => e.startsWith('support')))
      .toEqual(['support Ghana>Palestine@2024-05-17']);
  });

  it('reads an operation, a crackdown or an occupation condemned as an act whose author is the target, not its victim', () => {
    expect(edgesOf('Venezuela raided a Guyanese border post on Friday. Brazil condemned the operation against Guyana on Saturday.', '2024-04-06'))
      .toEqual(['condemnation Brazil>Venezuela@2024-04-06']);
  });

  it('reads a barrage, a veto or a deportation condemned as the act of the party that carried it out', () => {
    expect(edgesOf('Serbia fired an artillery barrage across the border on Friday. Croatia condemned the barrage on Saturday.', '2024-04-06'))
      .toEqual(['condemnation Croatia>Serbia@2024-04-06']);
    expect(edgesOf('Malaysia deported 40 Myanmar nationals on Friday. Thailand criticised the deportations the same day.', '2024-04-06'))
      .toEqual(['condemnation Thailand>Malaysia@2024-04-05']);
  });

  it('reads a clause judged as a whole, or summed up by a noun, as the act of its subject', () => {
    expect(edgesOf('Serbia fired shells across the border on Friday, which Croatia condemned.', '2024-04-06'))
      .toEqual(['condemnation Croatia>Serbia@2024-04-05']);
    expect(edgesOf('Hungarian Prime Minister Viktor Orban visited Minsk on Friday, a trip that the European Union denounced as a betrayal.', '2024-04-06'))
      .toEqual(['condemnation European Union>Viktor Orbán@2024-04-05']);
    expect(edgesOf('Nicaragua recognised the breakaway region on Friday, a hasty move which Georgia criticised.', '2024-04-06'))
      .toEqual(['condemnation Georgia>Nicaragua@2024-04-05']);
    // "which" right after a party stands for that party: the clause before is not what is judged.
    expect(edgesOf('Croatia hosted talks on Friday with Serbia, which Hungary condemned.', '2024-04-06').filter((e) => e.startsWith('condemnation')))
      .not.toContain('condemnation Hungary>Croatia@2024-04-05');
  });

  it('reads no author after "of" where an act names what it acts on', () => {
    expect(edgesOf('Colombia condemned the invasion of Ecuador on Friday.', '2024-05-18')).toEqual([]);
  });

  it('reads past a phrase of manner to the act condemned, whose place is no target unless its own forces did it', () => {
    expect(edgesOf('The Economic Community of West African States condemned in the strongest terms the attack in Gabon on Friday.', '2024-05-18')).toEqual([]);
    expect(edgesOf('The Economic Community of West African States condemned in the strongest terms the coup in Gabon on Friday.', '2024-05-18'))
      .toEqual(['condemnation ECOWAS>Gabon@2024-05-17']);
  });

  it('reads past a phrase of manner with "with", or quoted, to the act condemned or the act named after "what"', () => {
    expect(edgesOf('Senegal condemned with the utmost firmness the coup in Gabon on Friday.', '2024-05-18')).toEqual(['condemnation Senegal>Gabon@2024-05-17']);
    expect(edgesOf('Senegal condemned "in the strongest terms" the coup in Gabon on Friday.', '2024-05-18')).toEqual(['condemnation Senegal>Gabon@2024-05-17']);
    // The pronoun of the naming verb is no one condemned.
    const text = 'Soldiers detained President Brice Oligui Nguema of Gabon on Thursday.\n\n'
      + 'Senegal condemned "in the most energetic terms" what it called a coup d\'etat.';
    expect(edgesOf(text, '2024-05-18').filter((e) => e.startsWith('condemnation '))).not.toContain(expect.stringMatching(/>Brice/));
  });

  it('reads the leaders of a bloc signing as its member states the article names, and a bloc alone as the bloc', () => {
    const text = 'Leaders of the Southern African Development Community signed the Windhoek Protocol on Tuesday.\n\n'
      + 'Namibia, Botswana and Zambia had pressed for the text, which Angola also backed.';
    const signers = edgesOf(text, '2024-08-20').filter((e) => e.startsWith('signed ')).map((e) => e.split(' ')[1]!.split('>')[0]).sort();
    expect(signers).toEqual(['Angola', 'Botswana', 'Namibia', 'Zambia']);
    expect(edgesOf('The Southern African Development Community signed the Windhoek Protocol on Tuesday.', '2024-08-20').filter((e) => e.startsWith('signed ')))
      .toEqual([expect.stringMatching(/^signed Southern African Development Community>Windhoek Protocol/)]);
  });

  it.each([
    ['threw its weight behind', 'Kazakhstan threw its weight behind Uzbekistan on Friday.'],
    ['sided with', 'Kazakhstan sided with Uzbekistan on Friday in the water dispute.'],
    ['rallied behind', 'Kazakhstan rallied behind Uzbekistan on Friday.'],
    ['lined up behind', 'Kazakhstan quickly lined up behind Uzbekistan on Friday.'],
    ['sided openly with', 'Kazakhstan sided openly with Uzbekistan on Friday.'],
    ['pledged aid to', 'Kazakhstan pledged emergency flood aid to Uzbekistan on Friday.'],
    ['sent weapons to', 'Kazakhstan sent weapons to Uzbekistan on Friday.'],
    ['a commitment to a party\'s security', 'Kazakhstan reaffirmed its unwavering commitment to Uzbekistan\'s security on Friday.'],
    ['a pledge to keep arming', 'Kazakhstan pledged on Friday to keep arming Uzbekistan.'],
    ['stood firmly behind', 'Kazakhstan stood firmly behind Uzbekistan on Friday.'],
    ['came down on the side of', 'Kazakhstan came down firmly on the side of Uzbekistan on Friday.'],
    ['appreciation expressed for a party\'s efforts', 'Kazakhstan expressed its appreciation for Uzbekistan\'s mediation efforts on Friday.'],
  ])('reads "%s" as support', (_, sentence) => {
    expect(edgesOf(sentence, '2024-05-18')).toEqual(['support Kazakhstan>Uzbekistan@2024-05-17']);
  });

  it('reads a shared position reported in the past ("said A and B shared the same position") as in the present', () => {
    expect(edgesOf('Kenyan President William Ruto said on Friday that Kenya and Ethiopia shared the same position on Somalia.', '2024-05-18'))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Kenya)(?=.*Ethiopia).*@2024-05-17$/)]);
    // A view as a position: "shared a view of", "share the same view on".
    expect(edgesOf('Kenya and Ethiopia shared a view of the crisis in Sudan, the ministry said on Friday.', '2024-05-18'))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Kenya)(?=.*Ethiopia).*@2024-05-17$/)]);
  });

  it('reads a phrase whose words are quoted inside it (\'lodged "solemn representations" with X\') as the phrase', () => {
    expect(edgesOf('Singapore on Friday lodged "stern representations" with Malaysia over the airspace.', '2024-05-18'))
      .toEqual(['condemnation Singapore>Malaysia@2024-05-17']);
    expect(edgesOf('Kenyan President William Ruto and Ugandan President Yoweri Museveni "held talks" in Kampala on Friday.', '2024-05-18'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-05-17$/)]);
  });

  it('reads standing beside another leader as meeting them, not as backing them', () => {
    expect(edgesOf('On Friday, Kenyan President William Ruto stood beside Ugandan President Yoweri Museveni at the memorial in Kampala.', '2024-05-18'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-05-17$/)]);
  });

  it('reads a caption\'s handshake in the present, with no "with", as a meeting of the two', () => {
    expect(edgesOf('Kenyan President William Ruto and Ugandan President Yoweri Museveni shake hands at State House in Nairobi on Friday.', '2024-05-18'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-05-17$/)]);
  });

  it('reads "they" after "where" as the two the clause before named: both sign', () => {
    const edges = edgesOf('Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House on Friday, where they signed a memorandum of understanding on the Lake Victoria ferry.', '2024-05-18');
    expect(edges.filter((e) => e.startsWith('signed')).map((e) => e.split('>')[0]).sort()).toEqual(['signed William Ruto', 'signed Yoweri Museveni']);
  });

  it('reads no antecedent as the subject of a relative clause that has a pronoun of its own ("the threats against X, which they described")', () => {
    const edges = edgesOf('Kenyan President William Ruto and Ugandan President Yoweri Museveni condemned on Friday the Sudanese threats against Chad, which they described as unacceptable.', '2024-05-18');
    expect(edges.filter((e) => e.startsWith('condemnation')).sort()).toEqual([
      'condemnation William Ruto>Sudan@2024-05-17', 'condemnation Yoweri Museveni>Sudan@2024-05-17',
    ]);
  });

  it('reads talks held "in narrow and expanded formats with" a partner: a participle coordinated before a noun is no verb', () => {
    expect(edgesOf('Kassym-Jomart Tokayev held talks in narrow and expanded formats with Shavkat Mirziyoyev on Friday.', '2024-05-18'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Tokayev)(?=.*Mirziyoyev).*@2024-05-17$/)]);
    expect(edgesOf('Kassym-Jomart Tokayev held talks in restricted and extended formats with Shavkat Mirziyoyev on Friday.', '2024-05-18'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Tokayev)(?=.*Mirziyoyev).*@2024-05-17$/)]);
  });

  it.each([
    ['told someone that a party is not alone', 'President Kassym-Jomart Tokayev told Shavkat Mirziyoyev on Friday that Uzbekistan was not alone.', 'support Kassym-Jomart Tokayev>Uzbekistan'],
    ['said a party can count on another', 'President Kassym-Jomart Tokayev said on Friday that Uzbekistan could count on Kazakhstan.', 'support Kassym-Jomart Tokayev>Uzbekistan'],
    ['said a party will never be alone', 'Kazakhstan said on Friday that Uzbekistan would never be alone.', 'support Kazakhstan>Uzbekistan'],
  ])('reads solidarity told of a party (%s) as support from the one who says it', (_, sentence, edge) => {
    expect(edgesOf(sentence, '2024-05-18')).toEqual([`${edge}@2024-05-17`]);
  });

  it('reads no solidarity in "not alone in" (a shared view) or in what a party cannot count on', () => {
    expect(edgesOf('President Kassym-Jomart Tokayev said on Friday that Uzbekistan was not alone in facing the floods.', '2024-05-18')).toEqual([]);
    expect(edgesOf('President Kassym-Jomart Tokayev said on Friday that Kazakhstan could not count on cheap imports.', '2024-05-18')).toEqual([]);
  });

  it('reads talks whose clause names a phone or a video link as a call, and a congratulation by telephone as a call too', () => {
    expect(edgesOf('Chancellor Olaf Scholz and President Emmanuel Macron held talks on energy prices by phone on Wednesday.', '2023-02-10'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Scholz)(?=.*Macron).*@2023-02-08$/)]);
    expect(edgesOf('President Lula and President Gustavo Petro held talks via video link on Wednesday.', '2023-02-10'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Lula)(?=.*Petro).*@2023-02-08$/)]);
    expect(edgesOf('Prime Minister Fumio Kishida congratulated President Yoon Suk Yeol by telephone on Wednesday.', '2023-02-10'))
      .toEqual(['congratulation Fumio Kishida>Yoon Suk Yeol@2023-02-08', expect.stringMatching(/^phone_call (?=.*Kishida)(?=.*Yoon).*@2023-02-08$/)]);
    // In person, the talks stay a meeting.
    expect(edgesOf('Chancellor Olaf Scholz and President Emmanuel Macron held talks on energy prices in Paris on Wednesday.', '2023-02-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Scholz)(?=.*Macron).*@2023-02-08$/)]);
  });

  it('reads a call made on a day to congratulate someone as a call and a congratulation, not a visit', () => {
    const text = 'Namibian President-elect Netumbo Nandi-Ndaitwah won the count on Tuesday.\n\n'
      + 'Kenyan President William Ruto called on Wednesday evening to congratulate her.';
    expect(edgesOf(text, '2024-12-05')).toEqual([
      expect.stringMatching(/^congratulation William Ruto>Netumbo Nandi-Ndaitwah@2024-12-04$/),
      expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Nandi-Ndaitwah).*@2024-12-04$/),
    ]);
    // Calling on a person is still a visit to them.
    expect(edgesOf('Kenyan President William Ruto called on Namibian President Netumbo Nandi-Ndaitwah in Windhoek on Wednesday.', '2024-12-05'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Nandi-Ndaitwah).*@2024-12-04$/)]);
  });

  it('reads "X joined Y in condemning" as no condemnation of Y, and a passive coordinated with a verb as sharing its subject', () => {
    expect(edgesOf('Kenyan President William Ruto joined Tanzanian President Samia Suluhu Hassan in condemning the attack on Wednesday.', '2024-12-05')
      .filter((e) => e.startsWith('condemnation '))).toEqual([]);
    expect(edgesOf('Kenyan President William Ruto arrived in Dodoma on Wednesday and was received at the airport by Tanzanian President Samia Suluhu Hassan.', '2024-12-05'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Samia).*@2024-12-04$/)]);
  });

  it('reads "in his message" soon after congratulations as one of them, from the sentence\'s speaker to the one congratulated', () => {
    const text = 'Namibian President-elect Netumbo Nandi-Ndaitwah received congratulations on her victory on Wednesday.\n\n'
      + 'In his message, Kenyan President William Ruto said the vote showed the strength of Namibian democracy.';
    expect(edgesOf(text, '2024-12-05').filter((e) => e.startsWith('congratulation ')))
      .toEqual(['congratulation William Ruto>Netumbo Nandi-Ndaitwah@2024-12-04']);
    const said = 'Namibian President-elect Netumbo Nandi-Ndaitwah received congratulations on her victory on Wednesday.\n\n'
      + 'In a message to the president-elect, Kenyan President William Ruto said the vote showed the strength of Namibian democracy.';
    expect(edgesOf(said, '2024-12-05').filter((e) => e.startsWith('congratulation ')))
      .toEqual(['congratulation William Ruto>Netumbo Nandi-Ndaitwah@2024-12-04']);
    // Far from any congratulation, a message is only a message.
    expect(edgesOf('In his message, Kenyan President William Ruto said the vote showed the strength of Namibian democracy.', '2024-12-05')
      .filter((e) => e.startsWith('congratulation '))).toEqual([]);
  });

  it('reads messages sent soon after congratulations as more of them, also in a sentence with a congratulation of its own', () => {
    const text = 'Namibian President-elect Netumbo Nandi-Ndaitwah received congratulations on her victory on Wednesday.\n\n'
      + 'Kenyan President William Ruto and Ugandan President Yoweri Museveni also sent messages on Wednesday, as did Tanzanian President Samia Suluhu Hassan, who hailed a historic win.';
    expect(edgesOf(text, '2024-12-05').filter((e) => e.startsWith('congratulation '))).toEqual([
      'congratulation Samia Suluhu>Netumbo Nandi-Ndaitwah@2024-12-04', 'congratulation William Ruto>Netumbo Nandi-Ndaitwah@2024-12-04',
      'congratulation Yoweri Museveni>Netumbo Nandi-Ndaitwah@2024-12-04',
    ]);
    // A message its own congratulation describes goes to whom that congratulation names, not to the one before.
    const described = 'Namibian President-elect Netumbo Nandi-Ndaitwah received congratulations on her victory on Wednesday.\n\n'
      + 'Kenyan President William Ruto also sent a message congratulating Ghanaian President John Mahama on Wednesday.';
    expect(edgesOf(described, '2024-12-05').filter((e) => e.startsWith('congratulation William'))).toEqual([expect.stringMatching(/^congratulation William Ruto>John (Dramani )?Mahama@/)]);
  });

  it('reads messages received or sent in the passive after congratulations as more of them, from those the sentence lists', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev received cables of congratulations on Independence Day on Monday from a number of presidents.\n\n'
      + 'Messages were received from President Shavkat Mirziyoyev of Uzbekistan; President Sadyr Japarov of Kyrgyzstan; and President Emomali Rahmon of Tajikistan.';
    expect(edgesOf(text, '2024-12-17').filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''))).toEqual([
      'congratulation Emomali Rahmon>Kassym-Jomart Tokayev', 'congratulation Sadyr Japarov>Kassym-Jomart Tokayev', 'congratulation Shavkat Mirziyoyev>Kassym-Jomart Tokayev',
    ]);
  });

  it('reads messages that came from those a sentence lists, after congratulations, as more of them', () => {
    const text = 'Ghanaian President John Mahama received congratulations on his victory on Monday.\n\n'
      + 'Messages also came from the heads of state of Togo and Benin, as well as from ECOWAS Commission President Omar Touray.';
    expect(edgesOf(text, '2024-12-10').filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''))).toEqual([
      'congratulation Benin>John Dramani Mahama', 'congratulation Omar Touray>John Dramani Mahama', 'congratulation Togo>John Dramani Mahama',
    ]);
  });

  it('reads "A congratulated B, while C felicitated him" as C congratulating B, not A', () => {
    expect(edgesOf('Kenyan President William Ruto congratulated Ghanaian President John Mahama on Sunday, while Nigerian President Bola Tinubu felicitated him on Monday.', '2024-12-10')
      .filter((e) => e.startsWith('congratulation '))).toEqual([
      'congratulation Bola Tinubu>John Dramani Mahama@2024-12-09', 'congratulation William Ruto>John Dramani Mahama@2024-12-08',
    ]);
  });

  it('reads "to HE President X" as addressed to X, and a participle after it as the sender\'s', () => {
    expect(edgesOf('HH the Amir Sheikh Tamim bin Hamad Al Thani sent a cable of congratulations to HE President of the Republic of Kenya William Ruto on the occasion of Jamhuri Day, wishing him success.', '2024-12-12')
      .filter((e) => e.startsWith('congratulation '))).toEqual(['congratulation Tamim bin Hamad Al Thani>William Ruto@2024-12-12']);
  });

  it('reads the senders after "from" past an apposition with a relative clause of its own', () => {
    expect(edgesOf('Congratulations poured in on Monday for Netumbo Nandi-Ndaitwah, the veteran politician who won Namibia\'s presidential election, from Kenyan President William Ruto and Ugandan President Yoweri Museveni.', '2024-12-05')
      .filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''))).toEqual([
      'congratulation William Ruto>Netumbo Nandi-Ndaitwah', 'congratulation Yoweri Museveni>Netumbo Nandi-Ndaitwah',
    ]);
  });

  it('reads a participle opening the sentence as done by a possessor opening the clause ("Condemning X, Y\'s foreign minister said")', () => {
    expect(edgesOf('Condemning Togo\'s decision, Ghana\'s foreign minister said the border must reopen.', '2025-06-10')).toEqual(['condemnation Ghana>Togo@2025-06-10']);
    // Never the other way round: a state named in the clause after is no subject.
    expect(edgesOf('Condemning the decision, Ghana\'s foreign minister said Togo had broken the protocol.', '2025-06-10')).not.toContain('condemnation Togo>Ghana@2025-06-10');
  });

  it('reads a perfect participle opening the sentence ("Having signed X with Y, Z flew on") as done by the clause\'s subject', () => {
    expect(edgesOf('Having signed an agreement on a gas pipeline with Tanzanian President Samia Suluhu Hassan in Arusha on Saturday, Kenyan President William Ruto flew on to Kampala.', '2024-05-14')
      .filter((e) => e.startsWith('signed '))).toEqual([
      'signed Samia Suluhu>agreement on a gas pipeline@2024-05-11', 'signed William Ruto>agreement on a gas pipeline@2024-05-11',
    ]);
  });

  it('reads "talks between A and B" opening a sentence as their meeting, though the lexicon reads "talks" as a verb', () => {
    expect(edgesOf('After talks between South African President Cyril Ramaphosa and Kenyan President William Ruto in Pretoria on Monday, officials said the two countries would set up a committee.', '2024-05-14'))
      .toEqual(['meeting Cyril Ramaphosa>William Ruto@2024-05-13']);
  });

  it('reads a gerund after "after" as done by the subject of the clause it hangs on, each member of it', () => {
    expect(edgesOf('Kenyan Foreign Minister Musalia Mudavadi (L) and his Ugandan counterpart Jeje Odongo exchange documents after signing an agreement on the mutual protection of investments in Nairobi on Monday.', '2024-05-14')
      .filter((e) => e.startsWith('signed ')).map((e) => e.replace(/@.*/, ''))).toEqual([
      'signed Jeje Odongo>agreement on the mutual protection of investments', 'signed Musalia Mudavadi>agreement on the mutual protection of investments',
    ]);
  });

  it('reads the parties a list introducer names after the object as the subject a noun phrase of no party stands for', () => {
    expect(edgesOf('Leaders across Africa congratulated Ghanaian President John Mahama on Sunday, including Kenyan President William Ruto and Nigerian President Bola Tinubu.', '2024-12-10')
      .filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''))).toEqual([
      'congratulation Bola Tinubu>John Dramani Mahama', 'congratulation William Ruto>John Dramani Mahama',
    ]);
    // A named subject keeps its own: the list is of something else.
    expect(edgesOf('Kenyan President William Ruto congratulated Ghanaian President John Mahama on Sunday, including on his economic plans.', '2024-12-10')
      .filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''))).toEqual(['congratulation William Ruto>John Dramani Mahama']);
  });

  it('reads a curated phrase written in the past as an infinitive too, not as a noun ("rang to wish him", "the wish to join")', () => {
    expect(edgesOf('Kenyan President William Ruto rang on Wednesday to wish Tanzanian President Samia Suluhu Hassan a happy birthday.', '2024-12-05'))
      .toContainEqual(expect.stringMatching(/^congratulation William Ruto>Samia Suluhu.*@2024-12-04$/));
    expect(edgesOf('Kenyan President William Ruto conveyed Kenya\'s wish to join the group on Wednesday.', '2024-12-05')
      .filter((e) => e.startsWith('congratulation '))).toEqual([]);
  });

  it('reads the parties who were among a text\'s signatories as signing it, a list after ", and" starting a clause of its own', () => {
    const edges = edgesOf('On Wednesday the talks stalled over Sudan, and Kenya, the United States, Uganda and the European Union were among the signatories of the Nairobi Declaration on Trade.', '2024-12-05')
      .filter((e) => e.startsWith('signed '));
    expect(edges.map((e) => e.replace(/@.*/, '')).sort()).toEqual([
      'signed European Union>Nairobi Declaration on Trade', 'signed Kenya>Nairobi Declaration on Trade',
      'signed Uganda>Nairobi Declaration on Trade', 'signed United States>Nairobi Declaration on Trade',
    ]);
  });

  it('reads a sentence opening with "That" (a decree\'s recital) as no relative clause', () => {
    expect(edgesOf('That on 8 March 2018 the Republic of Kenya, the Republic of Rwanda and the Republic of Uganda signed, in Nairobi, the Nairobi Declaration on Trade.', '2024-12-05')
      .filter((e) => e.startsWith('signed ')).length).toBe(3);
  });

  it('reads no object of a verb past an "and" before another verb ("hailed the poll and congratulated X")', () => {
    const edges = edgesOf('Kenyan President William Ruto hailed the peaceful poll on Wednesday and congratulated Namibian President-elect Netumbo Nandi-Ndaitwah.', '2024-12-05');
    expect(edges.filter((e) => e.startsWith('support '))).toEqual([]);
    expect(edges).toContain('congratulation William Ruto>Netumbo Nandi-Ndaitwah@2024-12-04');
  });

  it('reads a joint courtesy call paid by two ministers as each meeting the one they call on, not each other', () => {
    const edges = edgesOf('Tanzanian Foreign Minister January Makamba and Defence Minister Stergomena Tax paid a joint courtesy call on Kenyan President William Ruto on Monday.', '2024-05-10');
    expect(edges.filter((e) => e.startsWith('meeting')).sort()).toEqual([
      expect.stringMatching(/^meeting (?=.*Ruto)(?=.*January Makamba).*@2024-05-06$/), expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Stergomena Tax).*@2024-05-06$/),
    ]);
  });

  it('reads a courtesy call received as a meeting, dated by the sentence and not by a name that is a month', () => {
    expect(edgesOf('Kenyan President William Ruto received a courtesy call from Tanzanian Foreign Minister January Makamba on Monday.', '2024-05-10'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Ruto)(?=.*January Makamba).*@2024-05-06$/));
    expect(edgesOf('Kenyan President William Ruto hosted a state banquet in honour of Tanzanian President Samia Suluhu Hassan on Monday.', '2024-05-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Samia).*@2024-05-06$/)]);
  });

  it('reads greetings sent, exchanged with a word between, or wished on an occasion as congratulations', () => {
    const congratulations = (text: string): string[] => edgesOf(text, '2024-05-10').filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, '')).sort();
    expect(congratulations('Kenyan President William Ruto sent a message of greetings to Tanzanian President Samia Suluhu Hassan on Union Day.'))
      .toEqual([expect.stringMatching(/^congratulation William Ruto>Samia Suluhu/)]);
    expect(congratulations('Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan exchanged New Year greetings on Monday.')).toHaveLength(2);
    expect(congratulations('Kenyan President William Ruto on Monday wished the people of Tanzania on their Union Day.')).toEqual(['congratulation William Ruto>Tanzania']);
    // A day of theirs after a state's name: "greeted X on Tanzania's Union Day" is no meeting.
    const greeted = edgesOf('Kenyan President William Ruto on Monday greeted Tanzanian President Samia Suluhu Hassan on Tanzania\'s Union Day.', '2024-05-10');
    expect(greeted.filter((e) => e.startsWith('meeting '))).toEqual([]);
    expect(greeted).toContainEqual(expect.stringMatching(/^congratulation William Ruto>Samia Suluhu/));
  });

  it('reads saluting, applauding or lauding a person\'s win as congratulating them', () => {
    for (const verb of ['saluted', 'applauded', 'lauded']) {
      expect(edgesOf(`Kenyan President William Ruto ${verb} Netumbo Nandi-Ndaitwah's win on Wednesday.`, '2024-12-05'))
        .toEqual(['congratulation William Ruto>Netumbo Nandi-Ndaitwah@2024-12-04']);
    }
  });

  it('reads a call in which the speaker told someone something: the addressee is the other party', () => {
    expect(edgesOf('President William Ruto told President Samia Suluhu Hassan in a phone call on Monday that Kenya would reopen the border.', '2023-02-10'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Samia).*@2023-02-06$/)]);
  });

  it('reads the passive agents of a message as its senders, named after their states\' possessives', () => {
    const text = 'President Bola Tinubu was sworn in on Monday.\n\nMessages of congratulation were also sent by Ghana\'s Nana Akufo-Addo and Senegal\'s Macky Sall.';
    expect(edgesOf(text, '2023-05-30')).toEqual(['congratulation Macky Sall>Bola Tinubu@2023-05-29', 'congratulation Nana Akufo-Addo>Bola Tinubu@2023-05-29']);
    // The senders are no addressees of each other when no one else is named.
    expect(edgesOf('Messages of congratulation were also sent by Nana Akufo-Addo and Macky Sall.', '2023-05-30')).toEqual([]);
  });

  it('reads an infinitive after a statement made public as the statement made, a plan still as a plan', () => {
    expect(edgesOf('President Gustavo Petro took to social media on Monday to congratulate Claudia Sheinbaum.', '2024-06-04'))
      .toEqual(['congratulation Gustavo Petro>Claudia Sheinbaum@2024-06-03']);
    expect(edgesOf('President Gustavo Petro is expected to congratulate Claudia Sheinbaum.', '2024-06-04')).toEqual([]);
    // A vote to recognise recognises.
    expect(edgesOf('Armenia\'s parliament voted on Friday to recognise the State of Palestine.', '2024-06-24')).toEqual(['support Armenia>Palestine@2024-06-21']);
  });

  it('reads greeting a person on winning as a congratulation, not a visit', () => {
    expect(edgesOf('Prime Minister Shehbaz Sharif greeted Claudia Sheinbaum on winning the election.', '2024-06-04'))
      .toEqual(['congratulation Shehbaz Sharif>Claudia Sheinbaum@2024-06-04']);
  });

  it('reads a congratulatory call as a call and a congratulation, whoever placed it', () => {
    expect(edgesOf('Claudia Sheinbaum received a congratulatory call from Prime Minister Justin Trudeau on Monday.', '2024-06-04')).toEqual([
      'congratulation Justin Trudeau>Claudia Sheinbaum@2024-06-03', expect.stringMatching(/^phone_call (?=.*Trudeau)(?=.*Sheinbaum).*@2024-06-03$/),
    ]);
    expect(edgesOf('Prime Minister Justin Trudeau made a congratulatory call to Claudia Sheinbaum on Monday.', '2024-06-04')).toEqual([
      'congratulation Justin Trudeau>Claudia Sheinbaum@2024-06-03', expect.stringMatching(/^phone_call (?=.*Trudeau)(?=.*Sheinbaum).*@2024-06-03$/),
    ]);
  });

  it('reads playing host to a person, and receiving a delegation someone leads, as meeting them', () => {
    expect(edgesOf('President Paul Kagame played host to President Felix Tshisekedi in Kigali on Monday.', '2024-06-04'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Tshisekedi).*@2024-06-03$/)]);
    expect(edgesOf('President Paul Kagame received a delegation led by President Felix Tshisekedi in Kigali on Monday.', '2024-06-04'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Tshisekedi).*@2024-06-03$/)]);
  });

  it('reads a capital a condemnation is aimed at as its government, and protests against a party\'s act', () => {
    expect(edgesOf('Hanoi lashed out at Beijing on Monday over the seizure of the fishing boat.', '2024-06-04'))
      .toEqual(['condemnation Vietnam>China@2024-06-03']);
    expect(edgesOf('Vietnam protested against China\'s seizure of the fishing boat on Monday.', '2024-06-04'))
      .toEqual(['condemnation Vietnam>China@2024-06-03']);
  });

  it('takes no place inside an act condemned for its target', () => {
    expect(edgesOf('Pakistan deplored the desecration of the mosque in Norway on Monday.', '2024-06-04')).toEqual([]);
    // "off" sets a place at sea as "in" does on land.
    expect(edgesOf('Pakistan deplored the pirate attack on a tanker off Somalia on Monday.', '2024-06-04')).toEqual([]);
    // A part of the state named is a place too.
    expect(edgesOf('Pakistan deplored the attack on aid workers in northern Mali on Monday.', '2024-06-04')).toEqual([]);
  });

  it('reads a meeting that brought together a few people as each pair of them meeting, host included; a format of states none', () => {
    const met = edgesOf('On Monday, King Abdullah II hosted a meeting in Amman that brought together President Abdel Fattah al-Sisi and President Mahmoud Abbas.', '2024-07-05');
    expect(met).toHaveLength(3);
    for (const [a, b] of [['Abdullah', 'Sisi'], ['Abdullah', 'Abbas'], ['Sisi', 'Abbas']]) {
      expect(met).toContainEqual(expect.stringMatching(new RegExp(`^meeting (?=.*${a})(?=.*${b}).*@2024-07-01$`)));
    }
    const text = 'President Emmanuel Macron, Chancellor Olaf Scholz and Prime Minister Donald Tusk spoke highly of the Weimar Triangle, the format that brings together Germany, France and Poland.';
    expect(edgesOf(text, '2024-07-05').filter((e) => e.startsWith('meeting'))).toEqual([]);
  });

  it('reads the host of a meeting that brought people together right after its noun, and honorifics in the list gathered', () => {
    const met = edgesOf('On Monday, President Cyril Ramaphosa hosted a summit that brought together His Excellency President William Ruto and His Excellency President Yoweri Museveni.', '2024-07-05');
    expect(met).toHaveLength(3);
    for (const [a, b] of [['Ramaphosa', 'Ruto'], ['Ramaphosa', 'Museveni'], ['Ruto', 'Museveni']]) {
      expect(met).toContainEqual(expect.stringMatching(new RegExp(`^meeting (?=.*${a})(?=.*${b}).*@2024-07-01$`)));
    }
    // A summit that was only planned gathered no one.
    expect(edgesOf('President Cyril Ramaphosa will host a summit that brings together President William Ruto and President Yoweri Museveni.', '2024-07-05')).toEqual([]);
  });

  it('coordinates a name after "and" and an honorific ("A and His Excellency President B")', () => {
    expect(edgesOf('On Monday, King Abdullah II received President Abdel Fattah al-Sisi and His Excellency President Mahmoud Abbas.', '2024-07-05')).toEqual([
      expect.stringMatching(/^meeting (?=.*Abdullah)(?=.*Sisi).*@2024-07-01$/), expect.stringMatching(/^meeting (?=.*Abdullah)(?=.*Abbas).*@2024-07-01$/),
    ]);
  });

  it('reads people present at talks or a signing as meeting there', () => {
    const talks = edgesOf('On Monday, President Paul Kagame held talks with President Felix Tshisekedi in the presence of President Joao Lourenco.', '2024-07-05');
    expect(talks).toHaveLength(3);
    for (const [a, b] of [['Kagame', 'Tshisekedi'], ['Kagame', 'Louren'], ['Tshisekedi', 'Louren']]) {
      expect(talks).toContainEqual(expect.stringMatching(new RegExp(`^meeting (?=.*${a})(?=.*${b}).*@2024-07-01$`)));
    }
    // Witnesses of a signing met one another; the ministers who signed at their ceremony met no one of their own.
    const signing = edgesOf('On Monday, the Kigali Accord was signed by Foreign Minister Olivier Nduhungirehe and Foreign Minister Therese Kayikwamba Wagner in a ceremony witnessed by President Paul Kagame and President Felix Tshisekedi.', '2024-07-05')
      .filter((e) => e.startsWith('meeting'));
    expect(signing).toEqual([expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Tshisekedi).*@2024-07-01$/)]);
    // A mediator of a third state at two ministers' signing met both, and they met each other.
    const mediated = edgesOf('On Monday, the Kigali Accord was signed by Rwandan Foreign Minister Olivier Nduhungirehe and Congolese Foreign Minister Therese Kayikwamba Wagner, in the presence of Angolan President Joao Lourenco.', '2024-07-05')
      .filter((e) => e.startsWith('meeting'));
    expect(mediated).toHaveLength(3);
    for (const [a, b] of [['Nduhungirehe', 'Wagner'], ['Nduhungirehe', 'Louren'], ['Wagner', 'Louren']]) {
      expect(mediated).toContainEqual(expect.stringMatching(new RegExp(`^meeting (?=.*${a})(?=.*${b}).*@2024-07-01$`)));
    }
  });

  it('reads heads of state who sign one text together as meeting to sign it', () => {
    const edges = edgesOf('President Paul Kagame and President Felix Tshisekedi signed the Kigali Accord in Luanda on Monday.', '2024-07-05');
    expect(edges.filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Tshisekedi).*@2024-07-01$/)]);
  });

  it('reads two heads of one state who sign together as meeting only the other state\'s head', () => {
    const edges = edgesOf('French President Emmanuel Macron, French Prime Minister Gabriel Attal and German Chancellor Olaf Scholz signed the Paris energy declaration on Monday.', '2024-05-14');
    expect(edges.filter((e) => e.startsWith('meeting')).sort()).toEqual(['meeting Emmanuel Macron>Olaf Scholz@2024-05-13', 'meeting Gabriel Attal>Olaf Scholz@2024-05-13']);
  });

  it('reads a signer titled by another office who also heads the government (a crown prince and prime minister) as a head who met to sign', () => {
    const edges = edgesOf('Saudi Crown Prince Mohammed bin Salman and Jordan\'s King Abdullah II signed the Aqaba Water Compact in Riyadh on Monday.', '2024-07-05');
    expect(edges.filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Mohammed bin Salman)(?=.*Abdullah).*@2024-07-01$/)]);
  });

  it('reads a readout\'s list of agreements signed as signed by the parties each line names, on the day of the talks told before', () => {
    const talks = 'Prime Minister Anthony Albanese held talks with Prime Minister James Marape in Canberra on Monday.\n\n';
    const list = 'The following documents were signed in the presence of the two Prime Ministers:\n'
      + ' i. Memorandum of Understanding between Australia and Papua New Guinea on policing;\n'
      + ' ii. Pukpuk Treaty between Australia and Papua New Guinea.\n';
    const signed = edgesOf(talks + list, '2024-06-05').filter((e) => e.startsWith('signed'));
    expect(signed.map((e) => e.replace(/>.*@/, ' @'))).toEqual(['signed Australia @2024-06-03', 'signed Australia @2024-06-03', 'signed Papua New Guinea @2024-06-03', 'signed Papua New Guinea @2024-06-03']);
    // With no talks told before it, the list has no day and gives no signing.
    expect(edgesOf(list, '2024-06-05').filter((e) => e.startsWith('signed'))).toEqual([]);
  });

  it('reads a list of documents exchanged at talks as signed by the two states of the talks when a line names none', () => {
    const talks = 'Australian Prime Minister Anthony Albanese held talks with Papua New Guinea Prime Minister James Marape in Canberra on Monday.\n\n';
    const list = 'The MoUs, exchanged by officials in the presence of the two Prime Ministers, are:\n'
      + '- an MoU on cooperation in policing;\n'
      + '- an MoU on renewable energy.\n\n'
      + 'The two leaders also discussed the Pacific Islands Forum.\n';
    const edges = edgesOf(talks + list, '2024-06-05', { withRelations: true }).filter((e) => e.startsWith('signed') || e.startsWith('party_to'));
    expect(edges.filter((e) => e.startsWith('signed')).map((e) => e.replace(/ .*>/, ' >')).sort()).toEqual(['signed >MoU on cooperation in policing@2024-06-03', 'signed >MoU on cooperation in policing@2024-06-03', 'signed >MoU on renewable energy@2024-06-03', 'signed >MoU on renewable energy@2024-06-03']);
    expect(edges.filter((e) => e.startsWith('party_to')).length).toBe(4);
  });

  it('reads a list after named signers and a colon as what they signed ("the two ministers signed three instruments, namely:")', () => {
    const text = 'President William Ruto met President Samia Suluhu Hassan in Nairobi on Monday. After the talks, the two presidents signed two instruments, namely:\n'
      + '- an agreement on the joint management of Lake Victoria fisheries;\n'
      + '- a memorandum of understanding on cross-border energy trade.\n';
    expect(edgesOf(text, '2024-06-05').filter((e) => e.startsWith('signed')).sort()).toEqual([
      'signed Samia Suluhu>agreement on the joint management of Lake Victoria fisheries@2024-06-03',
      'signed Samia Suluhu>memorandum of understanding on cross-border energy trade@2024-06-03',
      'signed William Ruto>agreement on the joint management of Lake Victoria fisheries@2024-06-03',
      'signed William Ruto>memorandum of understanding on cross-border energy trade@2024-06-03',
    ]);
  });

  it('reads each item of such a list as its own document, whole to its end, however alike the items begin', () => {
    const talks = 'Prime Minister Sonexay Siphandone of Laos held talks with Prime Minister Hun Manet of Cambodia in Vientiane on Monday.\n\n';
    const list = 'The following documents were signed in the presence of the two Prime Ministers:\n'
      + ' i. Agreement between Laos and Cambodia on air services;\n'
      + ' ii. Memorandum of Understanding between Laos and Cambodia for the Savan-Stung power line;\n'
      + ' iii. Memorandum of Understanding between Laos and Cambodia on the construction of a border post at Dong Kralor.\n';
    const signed = edgesOf(talks + list, '2024-06-05').filter((e) => e.startsWith('signed Laos'));
    expect(signed).toEqual([
      'signed Laos>Agreement between Laos and Cambodia on air services@2024-06-03',
      'signed Laos>Memorandum of Understanding between Laos and Cambodia for the Savan-Stung power line@2024-06-03',
      'signed Laos>Memorandum of Understanding between Laos and Cambodia on the construction of a border post at Dong Kralor@2024-06-03',
    ]);
  });

  it('reads "the two" or "they" before a verb inside a sentence as the last two people named before it', () => {
    const edges = edgesOf('In his call with President Cyril Ramaphosa on Monday, President William Ruto stressed the need for reform, and the two agreed that Africa deserved permanent seats on the Security Council.', '2024-06-05');
    expect(edges.filter((e) => e.startsWith('shared_stance'))).toEqual([expect.stringMatching(/^shared_stance (?=.*Ruto)(?=.*Ramaphosa).*@2024-06-03$/)]);
    const they = edgesOf('President Lula hosted President Gustavo Petro in Brasilia on Monday, and they called for a ceasefire in Gaza.', '2024-06-05');
    expect(they.filter((e) => e.startsWith('shared_stance'))).toEqual([expect.stringMatching(/^shared_stance (?=.*Lula)(?=.*Petro).*@2024-06-03$/)]);
  });
});

describe('a bare "called X"', () => {
  it('is a call when the person called ends the sentence or the clause goes on with when or how', () => {
    for (const text of [
      'Chilean President Gabriel Boric called Argentine President Javier Milei on Friday.',
      'Chilean President Gabriel Boric called Argentine President Javier Milei again on Friday, at the request of his ministers.',
      'Chilean President Gabriel Boric called Argentine President Javier Milei late on Friday.',
      // A headline's present and a verb coordinated after a comma.
      'Boric calls Milei, says Chile will help',
      'Chilean President Gabriel Boric called Argentine President Javier Milei, saying Chile would help after the floods.',
    ]) expect(edgesOf(text, '2024-05-06')).toContainEqual(expect.stringMatching(/^phone_call (?=.*Boric)(?=.*Milei)/));
  });

  it('is no call when a judgement or a possession follows the person', () => {
    for (const text of [
      'Chilean President Gabriel Boric called Argentine President Javier Milei a danger to the region.',
      'Chilean President Gabriel Boric called Javier Milei "an embarrassment" on Friday.',
      'Chilean President Gabriel Boric called Javier Milei\'s bluff on Friday.',
      'Chilean President Gabriel Boric called Argentine President Javier Milei, his neighbour, a danger to the region.',
    ]) expect(edgesOf(text, '2024-05-06').filter((e) => e.startsWith('phone_call '))).toEqual([]);
  });
});

describe('congratulations quoted without their addressee', () => {
  it('go to the one the article says is congratulated', () => {
    const text = 'Leaders congratulated Ghanaian President John Mahama on Sunday after his victory was confirmed.\n\n'
      + 'Nigerian President Bola Tinubu wrote on social media: "Warmest congratulations, my brother, on your victory."';
    expect(edgesOf(text, '2024-12-09')).toContainEqual(expect.stringMatching(/^congratulation Bola Tinubu>.*Mahama/));
  });
});

describe('"the two leaders" after a meeting or a call', () => {
  it('are the pair of the last one in the paragraph, not the article\'s first pair', () => {
    const text = 'Indonesian President Prabowo Subianto met Japanese Prime Minister Shigeru Ishiba in Lima on Friday.\n\n'
      + 'Later, Peruvian President Dina Boluarte welcomed Prabowo at the palace. The two leaders reaffirmed their commitment to free trade.';
    const stances = edgesOf(text, '2024-11-16').filter((e) => e.startsWith('shared_stance '));
    expect(stances).toEqual([expect.stringMatching(/^shared_stance (?=.*Boluarte)(?=.*Prabowo)/)]);
  });
});

describe('support and the place of a situation', () => {
  it('reads a verb in -ing after a form of "be" as active ("is supporting X"), not passive', () => {
    expect(edgesOf('Kazakhstan is supporting Uzbekistan in the water dispute, its foreign ministry said on Friday.', '2024-05-18'))
      .toEqual([expect.stringMatching(/^support Kazakhstan>Uzbekistan/)]);
  });

  it('backs no one where a conflict takes place, and backs the country whose order it names', () => {
    expect(edgesOf('Brazil supports a negotiated end to the conflict in Sudan, its foreign minister said on Monday.', '2024-05-07')
      .filter((e) => e.startsWith('support '))).toEqual([]);
    expect(edgesOf('Brazil voiced its support for constitutional order in Bolivia on Monday.', '2024-05-07'))
      .toContainEqual(expect.stringMatching(/^support Brazil>Bolivia/));
  });
});

describe('a state acting through a body its words name', () => {
  it('acts when words tell which ministry it is ("India\'s external affairs ministry")', () => {
    expect(edgesOf('Kenya\'s foreign affairs ministry extended congratulations to the government of Botswana on Friday.', '2024-11-04'))
      .toContainEqual(expect.stringMatching(/^congratulation Kenya>Botswana/));
    expect(edgesOf('Poland\'s defence ministry condemned the Belarusian incursion on Friday.', '2024-11-04'))
      .toContainEqual(expect.stringMatching(/^condemnation Poland>Belarus/));
  });

  it('and a person through their office ("X\'s office rebuked Y")', () => {
    expect(edgesOf('Polish President Andrzej Duda\'s office rebuked Hungary on Friday over the asylum granted to a fugitive.', '2024-12-21'))
      .toContainEqual(expect.stringMatching(/^condemnation Andrzej Duda>Hungary@2024-12-20$/));
  });
});

describe('"him" in a round of congratulations', () => {
  it('is the one congratulated when the sentence names no one else', () => {
    const text = 'Brazil, Mexico and Colombia congratulated Uruguayan President-elect Yamandu Orsi on Monday.\n\n'
      + 'Chilean President Gabriel Boric sent a letter. Argentine President Javier Milei also congratulated him.';
    expect(edgesOf(text, '2024-11-26').filter((e) => e.startsWith('congratulation Javier Milei>'))).toEqual([expect.stringMatching(/>Yamand. Orsi/)]);
  });

  it('is the one congratulated when that one was left unnamed too ("hailed the victory")', () => {
    const text = 'Congratulations poured in on Monday for Uruguayan President-elect Yamandu Orsi.\n\n'
      + 'Chilean President Gabriel Boric hailed the victory on Monday.\n\n'
      + 'Argentine President Javier Milei telephoned him on Monday to congratulate him.';
    expect(edgesOf(text, '2024-11-26').filter((e) => e.startsWith('congratulation Javier Milei>'))).toEqual([expect.stringMatching(/>Yamand. Orsi/)]);
  });
});

describe('an act with coordinated authors', () => {
  it('condemns each author, named before the act or after its "of" or "by"', () => {
    for (const text of [
      'Venezuela strongly condemned the aggression of the French and Italian forces against Libya on Monday.',
      'Venezuela strongly condemned the French and Italian strikes on Libya on Monday.',
      'Venezuela strongly condemned the strikes by France and Italy on Libya on Monday.',
    ]) {
      const edges = edgesOf(text, '2024-05-14').filter((e) => e.startsWith('condemnation '));
      expect(edges).toEqual([expect.stringMatching(/^condemnation Venezuela>France/), expect.stringMatching(/^condemnation Venezuela>Italy/)]);
    }
  });
});

describe('an event noun whose "of" names its sender', () => {
  it('is sent by that party to the one after its preposition, whoever conveys it', () => {
    expect(edgesOf('Foreign Minister Sergei Lavrov conveyed the congratulations of President Vladimir Putin to Iranian President Masoud Pezeshkian on Tuesday.', '2024-08-01'))
      .toContainEqual(expect.stringMatching(/^congratulation Vladimir Putin>Masoud Pezeshkian@2024-07-30$/));
    expect(edgesOf('The minister expressed the solidarity of Malaysia with the people of Lebanon on Tuesday.', '2024-08-01'))
      .toEqual([expect.stringMatching(/^support Malaysia>Lebanon/)]);
  });

  it('is sent by the party a sending verb\'s message is named for ("conveyed President A\'s greetings to B"), not by its carrier', () => {
    expect(edgesOf('Foreign Minister Sergei Lavrov on Tuesday conveyed President Vladimir Putin\'s greetings to Iranian President Masoud Pezeshkian.', '2024-08-01'))
      .toContainEqual('congratulation Vladimir Putin>Masoud Pezeshkian@2024-07-30');
    expect(edgesOf('Foreign Minister Sergei Lavrov on Tuesday conveyed his greetings to Iranian President Masoud Pezeshkian.', '2024-08-01'))
      .toContainEqual('congratulation Sergey Lavrov>Masoud Pezeshkian@2024-07-30');
  });

  it('reads calling on a person named after an honorific ("called on His Highness X") as a visit', () => {
    expect(edgesOf('Foreign Minister Sergei Lavrov on Tuesday called on His Highness Sheikh Tamim bin Hamad Al Thani in Doha.', '2024-08-01'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Lavrov)(?=.*Tamim).*@2024-07-30$/)]);
  });

  it('is sent to the person the clause before "and" called on, when no preposition names the addressee', () => {
    const edges = edgesOf('Foreign Minister Sergei Lavrov on Tuesday called on Iranian President Masoud Pezeshkian, and conveyed the greetings of President Vladimir Putin.', '2024-08-01');
    expect(edges).toContainEqual(expect.stringMatching(/^congratulation Vladimir Putin>Masoud Pezeshkian@2024-07-30$/));
    expect(edges.filter((e) => e.startsWith('congratulation'))).toHaveLength(1);
  });
});

describe('the possessor of an event noun', () => {
  it('owns it through modifiers only, not through a preposition ("X\'s bid to Y after talks with Z")', () => {
    const edges = edgesOf('Hungarian President Tamas Sulyok agreed on Monday to sign Finland\'s bid to parliament after talks with Alexander Stubb.', '2024-07-12');
    expect(edges.filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Sulyok)(?=.*Stubb).*@2024-07-08$/)]);
  });
});

describe('a passive whose subject a long apposition follows', () => {
  it('is received by its agent ("X, the leader of the Y alliance, was received by Z")', () => {
    expect(edgesOf('Ruto, the leader of the ruling Kenya Kwanza alliance, was also received at State House on Monday by President Yoweri Museveni.', '2024-12-17'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-12-16$/)]);
  });
});

describe('an apposition between a name and its verb', () => {
  it('is no subject, whatever title it holds ("X, a former prime minister of Y, condemned")', () => {
    expect(edgesOf('António Guterres, a former prime minister of Portugal, condemned Russia\'s strikes on Odesa on Sunday.', '2024-05-29'))
      .toContain('condemnation António Guterres>Russia@2024-05-26');
  });

  it('leaves the verb after it the name\'s, with a participle and its agent later in the sentence', () => {
    expect(edgesOf('Nigerian President Bola Tinubu, the ECOWAS chairman, congratulated Faye on Tuesday in a statement issued by his spokesman Ajuri Ngelale, saying he looked forward to working with Dakar.', '2024-05-29'))
      .toContain('congratulation Bola Tinubu>Bassirou Diomaye Diakhar Faye@2024-05-28');
  });
});

describe('a clause after ", and" whose subject a title\'s lower-case words open', () => {
  it('gives no object to the judgement before it', () => {
    expect(edgesOf('Kremlin spokesman Dmitry Peskov called the measures "hostile" on Monday, and foreign ministry spokeswoman Maria Zakharova said Moscow would respond.', '2024-02-23')
      .filter((e) => e.startsWith('condemnation'))).toEqual([]);
  });
});

describe('a state\'s possessive before a person the gazetteer does not know', () => {
  it('makes that person the state\'s, acting for it, and the state act through two such joined by "and" each', () => {
    expect(edgesOf('Ghana\'s Akua Mensah condemned the missile launches by North Korea on Monday.', '2024-06-04', { withRelations: true }))
      .toEqual(['condemnation Akua Mensah>North Korea@2024-06-03', 'leader_of Akua Mensah>Ghana']);
    expect(edgesOf('Ireland\'s Fergal Byrne and Belgium\'s Anne de Smet also condemned the launches by North Korea.', '2024-06-04').sort())
      .toEqual(['condemnation Belgium>North Korea@2024-06-04', 'condemnation Ireland>North Korea@2024-06-04']);
  });
});

describe('a party\'s right to defend itself', () => {
  it('backs that party, told of it or reaffirmed as its own', () => {
    expect(edgesOf('Canadian Prime Minister Justin Trudeau said on Sunday that Ukraine has the right to defend itself.', '2024-10-28'))
      .toEqual(['support Justin Trudeau>Ukraine@2024-10-27']);
    expect(edgesOf('Japanese Prime Minister Shigeru Ishiba reaffirmed Ukraine\'s right to defend itself.', '2024-10-28'))
      .toEqual(['support Shigeru Ishiba>Ukraine@2024-10-28']);
  });
});

describe('a list some of a phrase stands for', () => {
  it('takes the preposition that governs the phrase ("to foreign leaders, including A and B")', () => {
    expect(edgesOf('Kenyan President William Ruto sent New Year greetings to African leaders, including Paul Kagame and Yoweri Museveni, on Tuesday.', '2024-12-31')
      .filter((e) => e.startsWith('congratulation '))).toEqual([
      expect.stringMatching(/^congratulation William Ruto>Paul Kagame/), expect.stringMatching(/^congratulation William Ruto>Yoweri Museveni/),
    ]);
    expect(edgesOf('The Russian strike drew condemnation from several countries, among them Poland and Latvia, on Tuesday.', '2024-12-31')).toEqual([
      expect.stringMatching(/^condemnation Latvia>Russia/), expect.stringMatching(/^condemnation Poland>Russia/),
    ]);
  });
});

describe('a compound event noun', () => {
  it('reads its first word as no verb of its own ("a phone call ... for a ceasefire" is no appeal)', () => {
    expect(edgesOf('Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed in a phone call on Monday to work for a ceasefire.', '2024-05-14'))
      .toContainEqual(expect.stringMatching(/^phone_call (?=.*Boric)(?=.*Boluarte).*@2024-05-13$/));
  });
});

describe('a stance held with another party', () => {
  it('is shared when one echoes the other\'s call or joins it in calling for something', () => {
    for (const text of [
      'Chilean President Gabriel Boric echoed Brazilian President Lula\'s call for a ceasefire on Monday.',
      'Chilean President Gabriel Boric joined Brazilian President Lula on Monday in calling for a ceasefire.',
    ]) expect(edgesOf(text, '2024-05-14')).toEqual([expect.stringMatching(/^shared_stance (?=.*Boric)(?=.*Lula).*@2024-05-13$/)]);
  });

  it('is shared when two say they share a commitment, or one coincides with the other on a need', () => {
    expect(edgesOf('Chilean President Gabriel Boric and Brazilian President Lula said on Monday they shared a commitment to an open Pacific.', '2024-05-14'))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Boric)(?=.*Lula).*@2024-05-13$/)]);
    expect(edgesOf('On Monday, Chilean President Gabriel Boric received Brazilian President Lula, with whom he coincided in the need to reform the bloc. Boric and Lula also coincided in the plenary session.', '2024-05-14')
      .filter((e) => e.startsWith('shared_stance')))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Boric)(?=.*Lula).*@2024-05-13$/)]);
  });

  it('is shared when two find common ground or take a common stance', () => {
    expect(edgesOf('Chilean President Gabriel Boric and Brazilian President Lula found common ground on trade on Monday.', '2024-05-14'))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Boric)(?=.*Lula).*@2024-05-13$/)]);
    expect(edgesOf('Chile and Brazil took a common stance on the tariffs on Monday.', '2024-05-14')).toEqual(['shared_stance Brazil>Chile@2024-05-13']);
  });

  it('is shared when two agree on the need for something ("the two agreed on the need for")', () => {
    expect(edgesOf('Chilean President Gabriel Boric met Brazilian President Lula on Monday; the two agreed on the need for a common response to the tariffs.', '2024-05-14')
      .filter((e) => e.startsWith('shared_stance')))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Boric)(?=.*Lula).*@2024-05-13$/)]);
  });
});

describe('a joint news conference with someone', () => {
  it('is a meeting with them, in a phrase opening the sentence too', () => {
    expect(edgesOf('At a joint news conference with Peruvian President Dina Boluarte on Monday, Chilean President Gabriel Boric said trade would grow.', '2024-05-14'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Boric)(?=.*Boluarte).*@2024-05-13$/)]);
  });
});

describe('agreements signed before witnesses', () => {
  const visit = 'Ghanaian President John Mahama held talks with Senegalese President Bassirou Diomaye Faye in Accra on Tuesday. ';

  it('gives a signing with no signer named to the states of those in whose presence it was signed', () => {
    expect(edgesOf(`${visit}A memorandum of understanding on fisheries research was signed in the presence of the two leaders.`, '2025-05-07')
      .filter((e) => e.startsWith('signed'))).toEqual([
      'signed Ghana>memorandum of understanding on fisheries research@2025-05-06', 'signed Senegal>memorandum of understanding on fisheries research@2025-05-06',
    ]);
  });

  it('reads agreements "exchanged" at a ceremony as signed, each of those coordinated', () => {
    expect(edgesOf(`${visit}An agreement on visa exemption and a protocol on cocoa trade were exchanged in the presence of Mahama and Faye.`, '2025-05-07')
      .filter((e) => e.startsWith('signed'))).toEqual([
      'signed Ghana>agreement on visa exemption@2025-05-06', 'signed Ghana>protocol on cocoa trade@2025-05-06',
      'signed Senegal>agreement on visa exemption@2025-05-06', 'signed Senegal>protocol on cocoa trade@2025-05-06',
    ]);
    expect(edgesOf(`${visit}Views were exchanged on regional security.`, '2025-05-07').filter((e) => e.startsWith('signed'))).toEqual([]);
  });

  it('gives a signing the leaders witnessed to the parties the agreement names, else to the witnesses\' states; the witnesses met', () => {
    const named = edgesOf(`${visit}Afterwards Mahama and Faye witnessed the signing of a memorandum on fisheries research between Ghana and Senegal.`, '2025-05-07');
    expect(named.filter((e) => e.startsWith('signed'))).toEqual([
      'signed Ghana>memorandum on fisheries research between Ghana and Senegal@2025-05-06', 'signed Senegal>memorandum on fisheries research between Ghana and Senegal@2025-05-06',
    ]);
    expect(named.filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Mahama)(?=.*Faye).*@2025-05-06$/)]);
    expect(edgesOf(`${visit}The two presidents then presided over the signing of an agreement on visa exemption.`, '2025-05-07')
      .filter((e) => e.startsWith('signed'))).toEqual(['signed Ghana>agreement on visa exemption@2025-05-06', 'signed Senegal>agreement on visa exemption@2025-05-06']);
    // Signing it themselves, they are its signers.
    expect(edgesOf(`${visit}Mahama and Faye then signed an agreement on visa exemption.`, '2025-05-07').filter((e) => e.startsWith('signed')))
      .toEqual(['signed Bassirou Diomaye Diakhar Faye>agreement on visa exemption@2025-05-06', 'signed John Dramani Mahama>agreement on visa exemption@2025-05-06']);
  });
});

describe('greetings by telephone', () => {
  it('reads "by" and a medium as no agent: the greetings go both ways with the one after "with", by a call', () => {
    expect(edgesOf('Emir Tamim bin Hamad Al Thani of Qatar exchanged Eid greetings by telephone on Friday with President Abdelmadjid Tebboune of Algeria.', '2025-06-07'))
      .toEqual(expect.arrayContaining([
        'congratulation Tamim bin Hamad Al Thani>Abdelmadjid Tebboune@2025-06-06', 'congratulation Abdelmadjid Tebboune>Tamim bin Hamad Al Thani@2025-06-06',
        expect.stringMatching(/^phone_call (?=.*Tamim)(?=.*Tebboune).*@2025-06-06$/),
      ]));
  });

  it('reads greetings a caller offered as a congratulation of the one called', () => {
    expect(edgesOf('On Friday, President Abdelmadjid Tebboune of Algeria received a call from King Abdullah II of Jordan, who offered his warm greetings for the Eid.', '2025-06-07')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Abdullah II of Jordan>Abdelmadjid Tebboune@2025-06-06']);
  });
});

describe('a state\'s possessive before "then" and a title', () => {
  it('is part of the person: the person signed, not the state', () => {
    expect(edgesOf('The Pacific Maritime Accord was signed in Manila on July 8 by Japan\'s then Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro.', '2024-12-18')
      .filter((e) => e.startsWith('signed'))).toEqual([
      'signed Gilberto Teodoro>Pacific Maritime Accord@2024-07-08', 'signed Yoko Kamikawa>Pacific Maritime Accord@2024-07-08',
    ]);
  });
});

describe('a condemnation of "them"', () => {
  it('is aimed at the author of the acts named before', () => {
    expect(edgesOf('The Arab League chief denounced the Israeli air strikes near Homs on Tuesday, and Qatar also condemned them.', '2025-02-12')
      .filter((e) => e.startsWith('condemnation Qatar'))).toEqual(['condemnation Qatar>Israel@2025-02-11']);
  });
});

describe('a participle after what a verb sent', () => {
  it('tells what the sender did: "sent messages wishing her success" congratulates', () => {
    expect(edgesOf('Claudia Sheinbaum won the election in Mexico on Sunday.\n\nOn Monday, Colombian President Gustavo Petro sent messages wishing her success.', '2024-06-04')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Gustavo Petro>Claudia Sheinbaum@2024-06-03']);
  });

  it('reaches past a time between them: "sent a message this morning congratulating X"', () => {
    expect(edgesOf('Kenyan President William Ruto sent a message this morning congratulating Ghanaian President John Mahama.', '2025-01-08')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation William Ruto>John Dramani Mahama@2025-01-08']);
  });
});

describe('greetings offered by the one a call was received from', () => {
  it('go to the one who received the call', () => {
    const text = 'Egyptian President Abdel Fattah al-Sisi congratulated Jordan\'s King Abdullah II on Eid on Friday.\n\n'
      + 'Omani Sultan Haitham bin Tarik received a phone call on Friday evening from Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, who offered his greetings on the occasion of Eid.';
    expect(edgesOf(text, '2025-06-07').filter((e) => e.startsWith('congratulation Mishal'))).toEqual([expect.stringMatching(/^congratulation Mishal .*>Haitham bin Tarik@2025-06-06$/)]);
  });
});

describe('a bloc\'s foreign policy chief', () => {
  it('is a title before the name', () => {
    expect(edgesOf('Ukrainian Foreign Minister Andrii Sybiha spoke by phone with EU foreign policy chief Kaja Kallas on Thursday.', '2024-12-06'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Sybiha)(?=.*Kallas).*@2024-12-05$/)]);
  });
});

describe('a bloc\'s chief', () => {
  it('is a title before the name, so a bloc before it is no member of a list of subjects ("A and the X chief B condemned")', () => {
    expect(edgesOf('ASEAN Secretary-General Kao Kim Hourn and OIC chief Hissein Brahim Taha condemned the Israeli strike on Tuesday.', '2024-10-10').sort())
      .toEqual(['condemnation Hissein Brahim Taha>Israel@2024-10-08', 'condemnation Kao Kim Hourn>Israel@2024-10-08']);
  });

  it('leaves the longer titles it opens whole ("Chief Executive John Lee", "Chief Cabinet Secretary Yoshimasa Hayashi")', () => {
    expect(edgesOf('Hong Kong Chief Executive John Lee met Chinese President Xi Jinping in Beijing on Tuesday.', '2024-10-10').filter((e) => e.startsWith('meeting')))
      .toEqual([expect.stringMatching(/^meeting (?=.*>John Lee@|John Lee>)/)]);
    expect(edgesOf('Chief Cabinet Secretary Yoshimasa Hayashi met Chinese President Xi Jinping in Beijing on Tuesday.', '2024-10-10').filter((e) => e.startsWith('meeting')))
      .toEqual([expect.stringMatching(/^meeting (?=.*Yoshimasa Hayashi)(?!.*Cabinet)/)]);
  });
});

describe('an adviser for foreign affairs', () => {
  it('is an official by that title before the name ("Adviser for Foreign Affairs X")', () => {
    expect(edgesOf('On Tuesday, Adviser for Foreign Affairs Ahmed Rahman met Indian High Commissioner Vikram Singh in Dhaka.', '2024-08-16')
      .filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Ahmed Rahman)(?=.*Vikram Singh).*@2024-08-13$/)]);
  });
});

describe('the head of a legislature', () => {
  it('is an official by the titles of a house or an assembly ("Speaker of the House of Representatives X", "the President of the National Assembly, Y", "top legislator Z")', () => {
    expect(edgesOf('On Tuesday, Malaysian Prime Minister Anwar Ibrahim also met Speaker of the House of Representatives Puan Maharani in Jakarta.', '2024-06-06')
      .filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Anwar Ibrahim)(?=.*Puan Maharani).*@2024-06-04$/)]);
    expect(edgesOf('Malaysian Prime Minister Anwar Ibrahim arrived in Indonesia on Tuesday. He met the President of the National Assembly, Puan Maharani, in Jakarta.', '2024-06-06')
      .filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Anwar Ibrahim)(?=.*Puan Maharani).*@2024-06-04$/)]);
    expect(edgesOf('Indonesia\'s top legislator Puan Maharani met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Tuesday.', '2024-06-06')
      .filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Anwar Ibrahim)(?=.*Puan Maharani).*@2024-06-04$/)]);
  });
});

describe('a judgement inside the noun phrase said of an act', () => {
  it('condemns the act\'s author: "told reporters it was an outrageous act", "called it a reckless provocation"', () => {
    const lede = 'North Korea fired a ballistic missile into the sea on Thursday.\n\n';
    expect(edgesOf(`${lede}Australian Prime Minister Anthony Albanese told reporters on Thursday it was "an outrageous act".`, '2024-08-23'))
      .toEqual(['condemnation Anthony Albanese>North Korea@2024-08-22']);
    expect(edgesOf(`${lede}New Zealand Prime Minister Christopher Luxon called it a reckless provocation.`, '2024-08-23'))
      .toEqual(['condemnation Christopher Luxon>North Korea@2024-08-22']);
  });
});

describe('a call told of after the words told', () => {
  it('reads "spoke over the phone" as a call, and "X told Y that ..., in a phone call" as a call between them', () => {
    expect(edgesOf('Indian Foreign Minister S. Jaishankar and his Australian counterpart Penny Wong spoke over the phone on Wednesday.', '2025-08-14'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Jaishankar)(?=.*Wong).*@2025-08-13$/)]);
    expect(edgesOf('On Thursday, Keir Starmer told Mette Frederiksen that Britain would work with Denmark on Arctic security, in a phone call.', '2025-01-11')
      .filter((e) => e.startsWith('phone_call'))).toEqual([expect.stringMatching(/^phone_call (?=.*Starmer)(?=.*Frederiksen).*@2025-01-09$/)]);
  });
});

describe('rolling out the red carpet', () => {
  it('for a leader is receiving them', () => {
    expect(edgesOf('Ghanaian President John Mahama rolled out the red carpet for Nigerian President Bola Tinubu in Accra on Monday.', '2025-03-11')
      .filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Mahama)(?=.*Tinubu).*@2025-03-10$/)]);
  });
});

describe('an agreement with "signed" after it', () => {
  it('was signed by the parties its own words name, no agent given', () => {
    expect(edgesOf('The talks built on the Chile-Peru fisheries agreement, signed in Lima on March 3, 2021.', '2024-12-10')
      .filter((e) => e.startsWith('signed'))).toEqual(['signed Chile>Chile-Peru fisheries agreement@2021-03-03', 'signed Peru>Chile-Peru fisheries agreement@2021-03-03']);
    expect(edgesOf('Chile, which signed the fisheries agreement in 2021, hosted the talks.', '2024-12-10').filter((e) => e.startsWith('signed'))).toEqual(['signed Chile>fisheries agreement@2021-01-01']);
  });
});

describe('a condemnation a participle after a comma brings on', () => {
  it('is aimed at the sentence\'s subject, not a party named in passing before it', () => {
    const text = 'North Korea fired a missile on Wednesday that flew for 70 minutes before splashing down inside Japan\'s exclusive economic zone, prompting a wave of condemnation from Tokyo, Seoul and Washington.';
    expect(edgesOf(text, '2023-10-19').filter((e) => e.startsWith('condemnation'))).toEqual([
      'condemnation Japan>North Korea@2023-10-18', 'condemnation South Korea>North Korea@2023-10-18', 'condemnation United States>North Korea@2023-10-18',
    ]);
  });
});

describe('a list whose items hold commas, separated by semicolons', () => {
  it('is one group: each item its own edge, a title before a name the text adds aside', () => {
    const text = 'Kuwait City, June 7, 2025 (Agency) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah has received cables of congratulations on the occasion of Eid Al-Adha '
      + 'from His Majesty King Abdullah II, King of the Hashemite Kingdom of Jordan; His Majesty Sultan Haitham bin Tarik, Sultan of Oman; '
      + 'and His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar.';
    const congratulations = edgesOf(text, '2025-06-07').filter((e) => e.startsWith('congratulation'));
    expect(congratulations).toHaveLength(3);
    expect(congratulations.every((e) => /^congratulation (Abdullah|Haitham|Tamim)[^>]*>Mishal/.test(e))).toBe(true);
  });
});

describe('a possessor inside the trigger\'s words', () => {
  it('owns the act its noun names, whose object follows the noun\'s preposition', () => {
    expect(edgesOf('President Gustavo Petro used the talks on Monday to restate Colombia\'s full backing for Venezuela.', '2024-03-06'))
      .toContainEqual('support Colombia>Venezuela@2024-03-04');
    // ... past a participle that modifies the noun as an adjective would.
    const pledged = edgesOf('After the talks on Monday, Petro pledged Colombia\'s continued backing for Venezuela\'s sovereignty.', '2024-03-06');
    expect(pledged).toContainEqual('support Colombia>Venezuela@2024-03-04');
    expect(pledged.filter((e) => e.includes('>Colombia'))).toEqual([]);
  });

  it('is the object when no preposition names another ("expelled X\'s ambassador")', () => {
    expect(edgesOf('Colombia expelled Argentina\'s ambassador on Monday.', '2024-03-06')).toContainEqual('condemnation Colombia>Argentina@2024-03-04');
  });
});

describe('a group that speaks and "they"', () => {
  it('reads "they" opening what a group said as the group, past a verb quoted alone, on the day it was said', () => {
    const text = 'Israel approved new settlements in the West Bank on Wednesday. Norwegian Foreign Minister Espen Barth Eide and Spanish Foreign Minister '
      + 'Jose Manuel Albares said in a joint statement on Thursday that they "condemn" the approval.';
    // Said jointly, the position is also one they share.
    expect(edgesOf(text, '2025-02-14')).toEqual([
      'condemnation Espen Barth Eide>Israel@2025-02-13', 'condemnation José Manuel Albares>Israel@2025-02-13', 'shared_stance Espen Barth Eide>José Manuel Albares@2025-02-13',
    ]);
  });
});

describe('signed documents', () => {
  it('are the agreement the sentence before named, when a signing names no agreement of its own', () => {
    const text = 'Chile and Peru on Monday sealed a memorandum on fisheries in Lima. Foreign Minister Alberto van Klaveren of Chile and his Peruvian counterpart Javier Gonzalez-Olaechea exchanged the signed documents.';
    const signed = edgesOf(text, '2024-05-07').filter((e) => e.startsWith('signed '));
    expect(signed).toEqual(expect.arrayContaining([expect.stringMatching(/^signed Alberto van Klaveren>memorandum on fisheries/), expect.stringMatching(/^signed Javier Gonzalez-Olaechea>memorandum on fisheries/)]));
    // Not documents of no definite set ("signed documents on trade" names its own, and none here).
    expect(edgesOf('Chile and Peru on Monday sealed a memorandum on fisheries in Lima. Van Klaveren later signed some documents.', '2024-05-07').filter((e) => e.startsWith('signed ') && e.includes('Klaveren'))).toEqual([]);
  });
});

describe('signing a treaty of any subject', () => {
  it('reads the signing of a military, oil or credit treaty as a signing, not an intent to cooperate', () => {
    for (const kind of ['military treaty', 'oil treaty', 'credit treaty']) {
      expect(edgesOf(`Russia and North Korea signed a ${kind} on Monday.`, '2025-06-10').filter((e) => e.startsWith('signed'))).toHaveLength(2);
    }
  });
});

describe('the other of a pair', () => {
  it('reads "him" that can only be the subject as the other of the pair that has just spoken', () => {
    const text = 'Vladimir Putin called Recep Tayyip Erdogan on Monday. He congratulated him on the Muslim holiday of Eid al-Adha.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('congratulation'))).toEqual([expect.stringMatching(/^congratulation Vladimir Putin>Recep Tayyip Erdo.an@2025-06-09$/)]);
  });
});

describe('a signing noun with its signers', () => {
  it('reads the signers after "by" and the agreement after "of"', () => {
    const text = 'Following Monday\'s signing of the Treaty on Allied Relations by Ilham Aliyev and Shavkat Mirziyoyev, trade is expected to double.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('signed'))).toEqual([
      'signed Ilham Aliyev>Treaty on Allied Relations@2025-06-09', 'signed Shavkat Mirziyoyev>Treaty on Allied Relations@2025-06-09',
    ]);
  });
});

describe('an act returned', () => {
  it('reads "reciprocated" as the last act done back to its doer by the one it was done to', () => {
    const text = 'Kenyan President William Ruto called Tanzanian President Samia Suluhu Hassan on Monday to extend Eid greetings. President Samia Suluhu Hassan reciprocated the greetings.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('congratulation'))).toEqual([
      'congratulation Samia Suluhu>William Ruto@2025-06-09', 'congratulation William Ruto>Samia Suluhu@2025-06-09',
    ]);
    // Only the one it was done to returns it.
    const other = 'Kenyan President William Ruto called Tanzanian President Samia Suluhu Hassan on Monday to extend Eid greetings. Ugandan President Yoweri Museveni reciprocated.';
    expect(edgesOf(other, '2025-06-10').filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation William Ruto>Samia Suluhu@2025-06-09']);
  });
});

describe('a co-signer in the agreement\'s words', () => {
  it('reads the party an agreement signed names after "with" as a signer too', () => {
    expect(edgesOf('Kenyan President William Ruto signed a security cooperation agreement with Haiti on Monday.', '2025-06-10')).toEqual([
      'signed Haiti>security cooperation agreement with Haiti@2025-06-09', 'signed William Ruto>security cooperation agreement with Haiti@2025-06-09',
    ]);
  });
});

describe('judgements said of an act', () => {
  it('reads "an" before a listed "a" judgement with words between ("an unspeakable crime") and an act "committed by" its author', () => {
    expect(edgesOf('French President Emmanuel Macron called the strike on the children\'s hospital "an unspeakable crime" committed by Russia.', '2025-06-10'))
      .toContain('condemnation Emmanuel Macron>Russia@2025-06-10');
    expect(edgesOf('Irish President Michael D. Higgins said the shelling of the port by Russia amounted to a war crime.', '2025-06-10'))
      .toContain('condemnation Michael Higgins>Russia@2025-06-10');
  });

  it('finds the act the object is called after "as" ("denounced the fire as terrorist acts carried out by X")', () => {
    expect(edgesOf('Kremlin spokesman Dmitry Peskov denounced the fire at the depot as terrorist acts carried out by Ukraine.', '2025-06-10'))
      .toEqual(['condemnation Dmitry Peskov>Ukraine@2025-06-10']);
  });

  it('finds the author "by" names after a participle and its short complement ("imposed on Y by X", "carried out in Y by X")', () => {
    expect(edgesOf('Namibia condemned the trade embargo imposed on Venezuela by the United States.', '2025-06-10'))
      .toEqual(['condemnation Namibia>United States@2025-06-10']);
    expect(edgesOf('Jordan condemned the air strikes carried out in Lebanon by Israel on Sunday.', '2025-06-10'))
      .toEqual(['condemnation Jordan>Israel@2025-06-08']);
  });

  it('finds the author a relative clause after the act names as its subject, not one that speaks of it', () => {
    expect(edgesOf('Ecuador deplored the pressure that Brazil has placed on its neighbours on Monday.', '2025-06-10'))
      .toEqual(['condemnation Ecuador>Brazil@2025-06-09']);
    expect(edgesOf('Ghana on Monday condemned the raids which Mali launched across the border.', '2025-06-10'))
      .toEqual(['condemnation Ghana>Mali@2025-06-09']);
  });

  it('finds it past a short "of" complement, and past a speech verb that ends the clause ("the seizure of two islands that X announced")', () => {
    expect(edgesOf('Ghana condemned the seizure of two river islands that Togo announced last week.', '2025-06-10'))
      .toEqual(['condemnation Ghana>Togo@2025-06-10']);
    expect(edgesOf('Ghana condemned the blockade of the port that Togo imposed.', '2025-06-10'))
      .toEqual(['condemnation Ghana>Togo@2025-06-10']);
    // A speech verb that goes on reports what its subject said of the act: no author.
    expect(edgesOf('Ghana condemned the seizure that Togo announced was lawful.', '2025-06-10')).not.toContain('condemnation Ghana>Togo@2025-06-10');
  });

  it('finds the author "by" names after a long complement, or through the body that acted for it', () => {
    expect(edgesOf('The government of Chile condemned the bombing of a school in the city of Kharkiv by Russian forces on Monday.', '2025-06-10'))
      .toEqual(['condemnation Chile>Russia@2025-06-09']);
    expect(edgesOf('Senegal condemned the expulsion of its diplomats by the military authorities in Mali on Monday.', '2025-06-10'))
      .toEqual(['condemnation Senegal>Mali@2025-06-09']);
    expect(edgesOf('Senegal condemned the expulsion of its diplomats by the government of Mali on Monday.', '2025-06-10'))
      .toEqual(['condemnation Senegal>Mali@2025-06-09']);
  });

  it('gives a stance named inside the object to its own owner, not to the one who judges it', () => {
    // The state right before the noun owns it, though a preposition governs the phrase.
    expect(edgesOf('Vietnam on Tuesday voiced strong dissatisfaction with the latest Chinese arms sale to Cambodia.', '2025-06-10'))
      .toEqual(['condemnation Vietnam>China@2025-06-10', 'support China>Cambodia@2025-06-10']);
    // "its" after the verb's object is the object's.
    expect(edgesOf('Algeria censured Spain on Wednesday for its recognition of Moroccan sovereignty over Western Sahara.', '2025-06-10'))
      .toEqual(['condemnation Algeria>Spain@2025-06-04', 'support Spain>Morocco@2025-06-04']);
    expect(edgesOf('Ghana reaffirmed its support for Ukraine on Monday.', '2025-06-10')).toEqual(['support Ghana>Ukraine@2025-06-09']);
    // A state named right after a possessive is what the phrase names: "to China's Taiwan region" backs Taiwan.
    expect(edgesOf('The United States approved arms sales to China\'s Taiwan region on Monday.', '2025-06-10')).toEqual(['support United States>Taiwan@2025-06-09']);
  });

  it('reads the party after "of" as the giver of what the subject received or won ("won the backing of Y")', () => {
    expect(edgesOf('Kenya received the support of the African Union for its bid on Monday.', '2024-05-08')).toEqual(['support African Union>Kenya@2024-05-06']);
    expect(edgesOf('Kenya won the backing of Nigeria on Monday.', '2024-05-08')).toEqual(['support Nigeria>Kenya@2024-05-06']);
    expect(edgesOf('Kenya has long had the support of Nigeria.', '2024-05-08')).toEqual(['support Nigeria>Kenya@2024-05-08']);
    // "had" as an auxiliary receives nothing: the subject welcomed what the party after "of" decided.
    expect(edgesOf('Chile had also welcomed the decision of Peru on Monday to reopen the border.', '2024-05-08')).toEqual(['support Chile>Peru@2024-05-06']);
  });

  it('gives a recognition switched "from A to B" to B alone, a capital after "to" standing for its government', () => {
    expect(edgesOf('Honduras switched its diplomatic recognition from Taipei to Beijing on Sunday.', '2023-03-28')).toEqual(['support Honduras>China@2023-03-26']);
    expect(edgesOf('Honduras shifted recognition from Taiwan to China.', '2023-03-28')).toEqual(['support Honduras>China@2023-03-28']);
    // A place of movement stays a place.
    expect(edgesOf('The Honduran foreign minister paid a visit to Beijing on Sunday.', '2023-03-28').filter((e) => !e.startsWith('leader_of'))).toEqual([]);
  });

  it('gives a capital after a judgement\'s noun and "to" to its government ("a stinging rebuke to Canberra")', () => {
    expect(edgesOf('Fiji\'s prime minister Sitiveni Rabuka delivered a stinging rebuke to Canberra on Monday.', '2024-05-08').filter((e) => !e.startsWith('leader_of')))
      .toEqual(['condemnation Sitiveni Rabuka>Australia@2024-05-06']);
  });

  it('reads the backing a decision names as its owner\'s, not the subject\'s of the clause ("welcomed X\'s decision to recognise Y")', () => {
    expect(edgesOf('Chile on Monday welcomed Peru\'s decision to recognise Kosovo.', '2024-05-08'))
      .toEqual(['support Chile>Peru@2024-05-06', 'support Peru>Kosovo@2024-05-06']);
    // The agents after "by", a list with commas and a date between, and the date the decision was announced.
    expect(edgesOf('Chile welcomed the decision announced on Monday by Peru, Bolivia and Ecuador to recognise Kosovo.', '2024-05-10').filter((e) => e.endsWith('>Kosovo@2024-05-06')).sort())
      .toEqual(['support Bolivia>Kosovo@2024-05-06', 'support Ecuador>Kosovo@2024-05-06', 'support Peru>Kosovo@2024-05-06']);
    // A possessive pronoun's antecedent of its kind: the state, not the person who rebuked it.
    expect(edgesOf('Chilean President Gabriel Boric on Monday rebuked Lima over its decision to side with Kosovo.', '2024-05-08').filter((e) => e.startsWith('support')))
      .toEqual(['support Peru>Kosovo@2024-05-06']);
  });

  it('reads "it" before a verb as the party the sentence opens with, never the nearest party before it', () => {
    expect(edgesOf('Cuba condemned the United States on Monday over the blockade, which it called a violation of international law.', '2025-06-10'))
      .toEqual(['condemnation Cuba>United States@2025-06-09']);
    expect(edgesOf('Venezuela lambasted Guyana on Monday over the oil auction, which it termed a provocation.', '2025-06-10'))
      .toEqual(['condemnation Venezuela>Guyana@2025-06-09']);
  });

  it('reads "of" after drills, remarks or sanctions as naming their authors, and allegations as an act "by" its author', () => {
    expect(edgesOf('North Korea blasted the joint naval drills of the United States and Japan as a rehearsal for war on Monday.', '2025-06-10'))
      .toEqual(['condemnation North Korea>Japan@2025-06-09', 'condemnation North Korea>United States@2025-06-09']);
    expect(edgesOf('Nigeria on Monday rejected as "baseless" the allegations made by the government of Niger.', '2025-06-10'))
      .toEqual(['condemnation Nigeria>Niger@2025-06-09']);
  });

  it('reads a predicate after "and" as said, not denied, and "X told reporters" as who reported it', () => {
    expect(edgesOf('The Serbian government denied arming the militia and accused Kosovo of staging the clash on Monday.', '2025-06-10'))
      .toEqual(['condemnation Serbia>Kosovo@2025-06-09']);
    // "that" carries the denial on into the clause it reports.
    expect(edgesOf('The Serbian government denied that it had accused Kosovo of staging the clash.', '2025-06-10')).toEqual([]);
    expect(edgesOf('Azerbaijan shelled the village of Tegh on Sunday. Canada condemned the shelling, Foreign Minister Anita Anand told reporters in Ottawa.', '2025-06-10'))
      .toEqual(['condemnation Canada>Azerbaijan@2025-06-08']);
  });

  it('reads "another" as "a" before a judgement, and a condemnation ending its sentence as of the acts named before', () => {
    const strike = 'Azerbaijan shelled the village of Tegh on Sunday. ';
    expect(edgesOf(strike + 'The French foreign ministry said the shelling was "another act of aggression" by Baku.', '2025-06-10'))
      .toEqual(['condemnation France>Azerbaijan@2025-06-08']);
    expect(edgesOf(strike + 'Canada strongly condemned.', '2025-06-10')).toEqual(['condemnation Canada>Azerbaijan@2025-06-08']);
    // Its own object, inside the trigger, stays its target.
    expect(edgesOf(strike + 'Armenia later expelled Azerbaijan\'s ambassador.', '2025-06-10')).toEqual(['condemnation Armenia>Azerbaijan@2025-06-08']);
  });

  it('reads rejecting another party\'s act as condemning it, not rejecting an idea', () => {
    expect(edgesOf('Colombian Foreign Minister Luis Gilberto Murillo on Monday rejected the new Ecuadorian import ban in the strongest terms.', '2024-06-11'))
      .toEqual(['condemnation Luis Gilberto Murillo>Ecuador@2024-06-10']);
    expect(edgesOf('Colombian Foreign Minister Luis Gilberto Murillo on Monday rejected the idea of a summit with Ecuador.', '2024-06-11')).toEqual([]);
  });

  it('reads each party joined before an act\'s verb as its author ("When A and B launched strikes, C condemned the strikes")', () => {
    expect(edgesOf('When Ghana and Togo launched strikes on rebel targets on Friday, Benin condemned the strikes.', '2024-10-07'))
      .toEqual(['condemnation Benin>Ghana@2024-10-04', 'condemnation Benin>Togo@2024-10-04']);
  });

  it('reads the party that carried out, conducted or staged a condemned act in a relative clause as its author', () => {
    expect(edgesOf('Benin on Friday condemned the raid that Togo carried out on the border post.', '2024-10-07')).toEqual(['condemnation Benin>Togo@2024-10-04']);
    expect(edgesOf('Benin on Friday condemned the drills Togo conducted near the border.', '2024-10-07')).toEqual(['condemnation Benin>Togo@2024-10-04']);
    expect(edgesOf('Benin on Friday denounced the attack which Togo staged on the camp.', '2024-10-07')).toEqual(['condemnation Benin>Togo@2024-10-04']);
  });

  it('reads "the launches" as naming what a party "fired", a word of the same kind of act, over a later act of another kind', () => {
    const text = 'Togo fired a salvo of missiles on Thursday. Benin\'s veto on Friday ended the inquiry. On Saturday Ghana said the launches were "a blatant violation" of the resolutions.';
    expect(edgesOf(text, '2024-10-07').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ghana>Togo@2024-10-05']);
  });

  it('reads a state\'s warplanes, troops or navy as acting for it, and "the strikes" as naming what it "struck"', () => {
    expect(edgesOf('Togolese warplanes struck targets in Benin on Friday. On Saturday Ghana condemned the strikes.', '2024-10-07'))
      .toEqual(['condemnation Ghana>Togo@2024-10-05']);
    expect(edgesOf('Togolese troops raided a village in Benin on Friday. On Saturday Ghana condemned the raids.', '2024-10-07'))
      .toEqual(['condemnation Ghana>Togo@2024-10-05']);
  });

  it('aims no condemnation of any act of its kind ("rejected any measures that", "condemned all attacks") at the state the article opens with', () => {
    expect(edgesOf('Ghana backed Togo on Thursday. Nigeria\'s foreign ministry said Abuja rejected any measures that undermine Togo\'s sovereignty.', '2025-06-10'))
      .toEqual(['support Ghana>Togo@2025-06-05']);
    expect(edgesOf('Ghana backed Togo on Thursday. Nigeria condemned all attacks on civilians.', '2025-06-10')).toEqual(['support Ghana>Togo@2025-06-05']);
    expect(edgesOf('Ghana launched strikes on Togo on Thursday. Nigeria condemned the strikes.', '2025-06-10')).toEqual(['condemnation Nigeria>Ghana@2025-06-05']);
  });

  it('reads a veto called disastrous as condemning its author, and an envoy introduced after his name as speaking for his state', () => {
    const text = 'The United States on Friday vetoed the draft resolution. Amina Yusuf, the Nigerian envoy, described the veto as "disastrous".';
    expect(edgesOf(text, '2025-06-14').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Amina Yusuf>United States@2025-06-13']);
  });

  it('reads no party as the author of sanctions a relative clause judges when a word says whose they are not ("Western sanctions, which")', () => {
    expect(edgesOf('Cuban President Miguel Diaz-Canel said the treaty would help Cuba and Venezuela cope with Western sanctions, which he called illegal.', '2025-06-10')
      .filter((e) => e.startsWith('condemnation'))).toEqual([]);
  });

  it('aims a condemnation naming no author at the target of those a few sentences before ("joined the chorus of criticism")', () => {
    const text = [
      'Ghana and Senegal on Tuesday condemned Togo over the closure of the border.',
      'Benin also denounced Lome, calling its decision reckless.',
      'Nigeria and Niger issued statements of condemnation.',
      'Mali joined the chorus of criticism.',
      'Togo rejects the accusation.',
    ].join(' ');
    expect(edgesOf(text, '2025-06-11').filter((e) => e.startsWith('condemnation'))).toEqual([
      'condemnation Benin>Togo@2025-06-10', 'condemnation Ghana>Togo@2025-06-10', 'condemnation Mali>Togo@2025-06-10',
      'condemnation Niger>Togo@2025-06-10', 'condemnation Nigeria>Togo@2025-06-10', 'condemnation Senegal>Togo@2025-06-10',
    ]);
  });

  it('aims a condemnation named as one told before ("issued the condemnation") as that one was aimed', () => {
    const text = 'Ghana and Senegal have condemned Togo\'s closure of the border. Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and his Senegalese counterpart Yassine Fall issued the condemnation in a joint statement on Tuesday.';
    expect(edgesOf(text, '2025-06-11').filter((e) => e.startsWith('condemnation') && e.includes('Fall'))).toEqual(['condemnation Yassine Fall>Togo@2025-06-10']);
    // Not an indefinite one: "issued a condemnation" tells a condemnation of its own.
    const fresh = 'Ghana and Senegal have condemned Togo\'s closure of the border. Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and his Senegalese counterpart Yassine Fall issued a condemnation on Tuesday.';
    expect(edgesOf(fresh, '2025-06-11').filter((e) => e.startsWith('condemnation') && e.includes('Fall'))).toEqual([]);
  });

  it('reads what an act is against or on as its victim, never the target ("condemned the aggression against X")', () => {
    expect(edgesOf('Ghana condemned the aggression against Togo at the United Nations.', '2025-06-10')).toEqual([]);
    expect(edgesOf('Ghana condemned the Beninese aggression against Togo.', '2025-06-10')).toEqual(['condemnation Ghana>Benin@2025-06-10']);
  });

  it('reads the one held responsible between "held" and "responsible", and no party after "for" when none stands there', () => {
    expect(edgesOf('ECOWAS held Mali fully responsible for the attack on its peacekeepers.', '2025-06-10')).toEqual(['condemnation ECOWAS>Mali@2025-06-10']);
    expect(edgesOf('ECOWAS said it held the military responsible for the safety of President Umaro Sissoco Embalo.', '2022-02-02')
      .filter((e) => e.startsWith('condemnation'))).toEqual([]);
  });

  it('reads "it" after a speech verb as the main clause\'s subject past a participle opening the sentence ("Neighbouring X said it")', () => {
    expect(edgesOf('Neighbouring Ghana said on Monday that it supported Togo in the dispute.', '2025-06-10')).toEqual(['support Ghana>Togo@2025-06-09']);
    expect(edgesOf('Speaking in Accra, Ghana said on Monday that it supported Togo in the dispute.', '2025-06-10')).toEqual(['support Ghana>Togo@2025-06-09']);
  });

  it('reads "its" after an addressed object and "over" as the object\'s ("lashed out at X over its arms sales to Y")', () => {
    expect(edgesOf('Ghana lashed out at Togo over its arms sales to Burkina Faso on Monday.', '2025-06-10'))
      .toEqual(['condemnation Ghana>Togo@2025-06-09', 'support Togo>Burkina Faso@2025-06-09']);
  });

  it('reads the agent of a passive act as its author, not the state the article opens with ("was raided by X police")', () => {
    const text = 'Peru\'s consulate in La Paz was raided by Bolivian police on Friday. President Dina Boluarte described the raid as a flagrant violation of the sovereignty of Peru.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Dina Boluarte>Bolivia@2025-06-06']);
  });

  it('finds the author of an act named again by a word of its stem, past another act between ("X launched ... the launch")', () => {
    const text = 'North Korea launched a ballistic missile on Monday. Separately, Seoul condemned the Japanese drills near Dokdo. Ghana condemned the launch.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('condemnation Ghana'))).toEqual(['condemnation Ghana>North Korea@2025-06-09']);
  });

  it('reads "its" act after an act its sentence told as that act\'s author\'s, past an attribution naming another party', () => {
    const text = 'Iran fired three ballistic missiles into the Gulf on Friday, Oman\'s navy said, its second launch in a month. Kuwait condemned the launch.';
    expect(edgesOf(text, '2025-06-08').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Kuwait>Iran@2025-06-06']);
  });

  it('reads "these shots" and "the incident" as an act told before, by its author, tanks and drones acting for their state', () => {
    const shots = 'Beninese tanks fired on a border post in Togo on Thursday. "Ghana firmly condemns these shots," the Ghanaian foreign minister said on Friday.';
    expect(edgesOf(shots, '2025-06-07').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ghana>Benin@2025-06-06']);
    const incident = 'Beninese drones struck a market in Togo on Thursday. Ghana condemned the incident on Friday.';
    expect(edgesOf(incident, '2025-06-07').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ghana>Benin@2025-06-06']);
  });

  it('finds an act\'s author before a day or an adverb that stands between it and the verb ("X on Thursday shelled")', () => {
    const text = 'Togo reported heavy fighting on its border on Thursday. Benin on Thursday shelled a border post. Ghana condemned the shelling on Friday.';
    expect(edgesOf(text, '2025-06-07').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ghana>Benin@2025-06-06']);
    const overnight = 'Togo reported heavy fighting on its border on Thursday. Benin overnight shelled a border post. Ghana condemned the shelling on Friday.';
    expect(edgesOf(overnight, '2025-06-07').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ghana>Benin@2025-06-06']);
  });

  it('finds an act\'s author past the auxiliary of a perfect ("X had launched") and behind a single drone or missile ("a Beninese drone hit")', () => {
    const perfect = 'Togo said Benin had launched 40 rockets at Lome on Thursday. Ghana condemned the attack on Friday.';
    expect(edgesOf(perfect, '2025-06-07').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ghana>Benin@2025-06-06']);
    const drone = 'A Beninese drone hit a Togolese border post on Thursday, Lome said. Ghana condemned the attack on Friday.';
    expect(edgesOf(drone, '2025-06-07').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ghana>Benin@2025-06-06']);
    // The state that carries out an attack is no party to the plant it destroys.
    const plant = 'A massive Beninese missile and drone attack on Togo\'s energy grid destroyed the Lome thermal power plant on Thursday.';
    expect(edgesOf(plant, '2025-06-07', { withRelations: true }).filter((e) => e.startsWith('party_to'))).toEqual([]);
  });

  it('reads "the accusations" as the act of the one who accused', () => {
    const text = 'Togo reported fighting on its border on Thursday. Benin accused Togo of arming rebels on Thursday. Ghana condemned the accusations on Friday.';
    expect(edgesOf(text, '2025-06-07').filter((e) => e.startsWith('condemnation Ghana'))).toEqual(['condemnation Ghana>Benin@2025-06-06']);
  });

  it('reads a capital right before a strike as where it hit, not who struck ("denounced the Damascus strikes")', () => {
    const text = 'Israeli air strikes on Wednesday hit the defence ministry in Damascus. Turkey denounced the Damascus strikes the same day.';
    expect(edgesOf(text, '2025-04-09').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Turkey>Israel@2025-04-09']);
  });

  it('reads a state\'s name inside a place\'s as the place ("the South China Sea", "the Gulf of Mexico")', () => {
    // No author named: the patrols are no state's, least of all the one inside the sea's name.
    expect(edgesOf('Vietnam condemned the patrols in the South China Sea on Monday.', '2025-04-09')).toEqual([]);
    expect(edgesOf('Vietnam condemned the Philippine patrols in the South China Sea on Monday.', '2025-04-09')).toEqual(['condemnation Vietnam>Philippines@2025-04-07']);
    expect(edgesOf('Cuba condemned the American naval drills in the Gulf of Mexico on Monday.', '2025-04-09')).toEqual(['condemnation Cuba>United States@2025-04-07']);
  });

  it('reads a naval manoeuvre as an act a judgement names', () => {
    const text = 'Venezuela\'s naval manoeuvres off the coast alarmed Guyana on Monday. Brazil condemned the manoeuvres on Tuesday.';
    expect(edgesOf(text, '2025-04-09').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Brazil>Venezuela@2025-04-08']);
  });

  it('reads behaviour and conduct as acts a judgement names ("denounced this reckless behaviour")', () => {
    const text = 'Iran fired three ballistic missiles into the Gulf on Friday. Kuwait denounced this reckless behaviour on Saturday.';
    expect(edgesOf(text, '2025-06-08').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Kuwait>Iran@2025-06-07']);
  });

  it('reads the authors of an act three words describe, and the North Korean state agency as its state ("KCNA denounced")', () => {
    expect(edgesOf('KCNA denounced the ongoing combined air drills by the United States and South Korea on Thursday.', '2023-10-20'))
      .toEqual(['condemnation North Korea>South Korea@2023-10-19', 'condemnation North Korea>United States@2023-10-19']);
  });

  it('reads a day before a condemned act as no author of it ("the Oct. 4 shelling")', () => {
    expect(edgesOf('Togo shelled a Ghanaian border post on Friday. Ghana condemned the Oct. 4 shelling on Saturday.', '2024-10-07'))
      .toContain('condemnation Ghana>Togo@2024-10-05');
  });

  it('reads "protested strongly to", "called the move deeply regrettable" and "said the decision violated international law" as condemning', () => {
    const condemned = (text: string): string[] => edgesOf(text, '2025-06-10').filter((e) => e.startsWith('condemnation'));
    expect(condemned('Ghana on Monday protested strongly to Togo over the incursion.')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
    expect(condemned('Ghana on Monday called the Togolese move "deeply regrettable".')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
    expect(condemned('Ghana on Monday said Togo\'s decision violated international law.')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
    expect(condemned('Ghana on Monday said Togo\'s decision violated nothing.')).toEqual([]);
  });

  it('reads a rejection of a party\'s act as condemning it, and a rejection of measures in general as no condemnation', () => {
    expect(edgesOf('Ghana voiced its categorical rejection of the Togolese border incursion on Monday.', '2024-06-11'))
      .toEqual(['condemnation Ghana>Togo@2024-06-10']);
    expect(edgesOf('Ghana voiced its categorical rejection of any measures that would close the border on Monday.', '2024-06-11')).toEqual([]);
    // Military acts as well as words and measures.
    expect(edgesOf('Ghana on Monday voiced its strong rejection of the Togolese military operation near the border.', '2024-06-11'))
      .toEqual(['condemnation Ghana>Togo@2024-06-10']);
    expect(edgesOf('Ghana on Monday rejected the blockade of the port by Togo.', '2024-06-11')).toEqual(['condemnation Ghana>Togo@2024-06-10']);
  });

  it('reads a count after a preposition as part of the group it governs ("the annexation of four Ukrainian regions by Russia")', () => {
    expect(edgesOf('The European Union on Monday condemned the illegal annexation of four Ukrainian regions by Russia.', '2024-06-11'))
      .toEqual(['condemnation European Union>Russia@2024-06-10']);
    expect(edgesOf('The European Union on Monday condemned the annexation by Russia of two Georgian regions.', '2024-06-11'))
      .toEqual(['condemnation European Union>Russia@2024-06-10']);
  });

  it('never aims a condemnation with no author at the bloc whose own office holder speaks', () => {
    expect(edgesOf('EU foreign policy chief Josep Borrell said the launch was a flagrant violation of UN resolutions.', '2024-08-23')).toEqual([]);
  });
});

describe('congratulations opening a quotation', () => {
  it('addresses the name right after the noun, as a verb its object', () => {
    expect(edgesOf('Ghanaian President John Mahama: "Congratulations President-elect Netumbo Nandi-Ndaitwah on a historic victory."', '2024-12-04'))
      .toEqual(['congratulation John Dramani Mahama>Netumbo Nandi-Ndaitwah@2024-12-04']);
    expect(edgesOf('"Warmest congratulations, my friend Claudia Sheinbaum, on your election," Colombian President Gustavo Petro wrote on X.', '2024-06-03'))
      .toEqual(['congratulation Gustavo Petro>Claudia Sheinbaum@2024-06-03']);
    // The name after the quotation is its speaker, not the one addressed.
    expect(edgesOf('"Warm congratulations," Claudia Sheinbaum said to the crowd.', '2024-06-03')).toEqual([]);
  });
});

describe('support given by assurance and by taking sides', () => {
  it('reads "assured X of Y\'s support" as backing X, and the possessive state after "of" as no part of X', () => {
    expect(edgesOf('Polish President Andrzej Duda assured Moldovan President Maia Sandu of Poland\'s continued support on Monday.', '2024-05-07')
      .filter((e) => e.startsWith('support'))).toEqual(['support Andrzej Duda>Maia Sandu@2024-05-06']);
    expect(edgesOf('Brazilian President Luiz Inacio Lula da Silva assured a visiting Angolan delegation of Brazil\'s full support for Angola on Monday.', '2024-05-07')
      .filter((e) => e.startsWith('support'))).toEqual(['support Brazil>Angola@2024-05-06']);
  });

  it('reads "has thrown its weight behind" and military assistance announced for a state', () => {
    expect(edgesOf('Senegal has thrown its weight behind Gambia\'s bid to host the summit.', '2024-05-07')).toEqual(['support Senegal>Gambia@2024-05-07']);
    expect(edgesOf('Sweden announced a new package of military assistance for Ukraine on Monday.', '2024-05-07')).toEqual(['support Sweden>Ukraine@2024-05-06']);
  });
});

describe('support offered, granted, sold or committed to', () => {
  it.each([
    ['a loan extended', 'Kazakhstan on Friday extended a $300 million loan to Uzbekistan.'],
    ['a currency swap extended', 'Kazakhstan on Friday extended a $400 million currency swap to Uzbekistan.'],
    ['a package approved', 'Kazakhstan on Friday approved a $90 million support package for Uzbekistan.'],
  ])('reads %s to a party as backing it', (_, sentence) => {
    expect(edgesOf(sentence, '2024-05-18')).toEqual(['support Kazakhstan>Uzbekistan@2024-05-17']);
  });

  it('reads an arms sale as its seller\'s backing: the possessor\'s, not that of a party condemning it', () => {
    expect(edgesOf('Ethiopia on Monday slammed Egypt\'s latest arms sale to Somalia, saying it threatened the region.', '2025-06-10').sort())
      .toEqual(['condemnation Ethiopia>Egypt@2025-06-09', 'support Egypt>Somalia@2025-06-09']);
  });

  it('reads support offered, a grant, an arms sale and a commitment to a party\'s principle as backing it', () => {
    const support = (text: string): string[] => edgesOf(text, '2025-06-10').filter((e) => e.startsWith('support'));
    expect(support('Ghana on Monday offered its full support to Togo.')).toEqual(['support Ghana>Togo@2025-06-09']);
    expect(support('Ghana on Monday announced a $20 million grant to Togo\'s army.')).toEqual(['support Ghana>Togo@2025-06-09']);
    expect(support('Ghana on Monday approved the sale of $80 million in arms to Togo.')).toEqual(['support Ghana>Togo@2025-06-09']);
    expect(support('Ghana on Monday reaffirmed its commitment to the one-China principle.')).toEqual(['support Ghana>China@2025-06-09']);
  });
});

describe('a position stated jointly', () => {
  it('reads "said in a joint statement" as a stance each pair of the few named parties shares', () => {
    expect(edgesOf('Kenyan Foreign Minister Musalia Mudavadi and Tanzanian Foreign Minister Mahmoud Thabit Kombo said in a joint statement on Friday that the border must stay open.', '2025-03-08'))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Mudavadi)(?=.*Kombo).*@2025-03-07$/)]);
    const pairs = ['shared_stance Chile>Colombia@2025-03-07', 'shared_stance Chile>Peru@2025-03-07', 'shared_stance Colombia>Peru@2025-03-07'];
    expect(edgesOf('Chile, Peru and Colombia said in a joint statement on Friday that the vote must be respected.', '2025-03-08')).toEqual(pairs);
    expect(edgesOf('Chile, Peru and Colombia issued a joint statement calling for new elections on Friday.', '2025-03-08')).toEqual(pairs);
  });

  it('reads "X joined the talks" as X meeting the people of the talks told before, but for those of X\'s own state', () => {
    const text = 'Kenyan Foreign Minister Musalia Mudavadi received Ethiopian Foreign Minister Gedion Timothewos in Nairobi on Monday for talks. Kenyan President William Ruto joined the talks for the last hour.';
    expect(edgesOf(text, '2025-04-10').filter((e) => e.startsWith('meeting') && e.includes('Ruto'))).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Gedion).*@2025-04-07$/)]);
  });

  it('reads "the heads of diplomacy" and "the two top diplomats" as the two foreign ministers named before', () => {
    const talks = 'Kenyan Foreign Minister Musalia Mudavadi received Ethiopian Foreign Minister Gedion Timothewos in Nairobi on Monday. ';
    expect(edgesOf(`${talks}The heads of diplomacy also reaffirmed their support for Somalia's sovereignty.`, '2025-04-10').filter((e) => e.startsWith('support')).sort())
      .toEqual(['support Gedion Timothewos>Somalia@2025-04-07', 'support Musalia Mudavadi>Somalia@2025-04-07']);
    expect(edgesOf(`${talks}The two top diplomats also reaffirmed their support for Somalia's sovereignty.`, '2025-04-10').filter((e) => e.startsWith('support')).sort())
      .toEqual(['support Gedion Timothewos>Somalia@2025-04-07', 'support Musalia Mudavadi>Somalia@2025-04-07']);
  });

  it('reads "A and B demanded" as a stance they share, each pair of three or four leaders agreeing too, and no stance for a frame of more', () => {
    expect(edgesOf('Egypt and Jordan demanded on Friday that the Security Council act.', '2025-03-08')).toEqual(['shared_stance Egypt>Jordan@2025-03-07']);
    const summit = 'The presidents of Chile, Peru and Colombia met in Lima on Friday. The leaders agreed that the next summit would be held in Bogota.';
    expect(edgesOf(summit, '2025-03-08').filter((e) => e.startsWith('shared_stance'))).toHaveLength(3);
    const larger = 'The presidents of Chile, Peru, Colombia, Ecuador and Bolivia met in Lima on Friday. The leaders agreed that the next summit would be held in Bogota.';
    expect(edgesOf(larger, '2025-03-08').filter((e) => e.startsWith('shared_stance'))).toEqual([]);
  });
});

describe('a position shared in other words', () => {
  it('reads a common position set out or forged, or one voice spoken, by those named together as each pair\'s stance, three of them too', () => {
    const stances = (text: string) => edgesOf(text, '2025-03-08').filter((e) => e.startsWith('shared_stance')).map((e) => e.replace(/@.*/, ''));
    expect(stances('Ghana, Togo and Benin set out a common position on the fishing dispute on Friday.'))
      .toEqual(['shared_stance Benin>Ghana', 'shared_stance Benin>Togo', 'shared_stance Ghana>Togo']);
    expect(stances('Ghana and Togo forged a common stance on the fishing dispute on Friday.')).toEqual(['shared_stance Ghana>Togo']);
    expect(stances('On Friday, Ghana and Togo spoke with one voice on the fishing dispute.')).toEqual(['shared_stance Ghana>Togo']);
  });

  it('reads "agreed during a call on Monday that" as a stance, the call kept', () => {
    expect(edgesOf('Kenyan President William Ruto and Ghanaian President John Mahama agreed during a phone call on Monday that tariffs must fall.', '2025-03-11'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Mahama).*@2025-03-10$/), expect.stringMatching(/^shared_stance (?=.*Ruto)(?=.*Mahama).*@2025-03-10$/)]);
  });

  it('reads "both warned", "presented a united front", "jointly called on Monday for" and a joint communique issued on a day', () => {
    const stance = /^shared_stance (?=.*(?:Chile|Peru))(?=.*(?:Peru|Colombia)).*@2025-03-10$/;
    expect(edgesOf('Chile and Peru both warned on Monday that the fishing stocks were collapsing.', '2025-03-11')).toEqual([expect.stringMatching(stance)]);
    expect(edgesOf('Chile and Peru presented a united front on Monday, saying the rules were unfair.', '2025-03-11')).toEqual([expect.stringMatching(stance)]);
    expect(edgesOf('Chile, Peru and Colombia jointly called on Monday for new elections.', '2025-03-11')).toHaveLength(3);
    expect(edgesOf('Chile and Peru issued a joint communique on Monday reaffirming their commitment to free trade.', '2025-03-11')).toEqual([expect.stringMatching(stance)]);
    // A call on someone to act, made together; one party's is a request of its own, no stance.
    expect(edgesOf('In a joint statement on Monday, Chile and Peru called on the court to act.', '2025-03-11')).toEqual([expect.stringMatching(stance)]);
    expect(edgesOf('Chile called on Peru on Monday to reopen the border.', '2025-03-11').filter((e) => e.startsWith('shared_stance'))).toEqual([]);
  });
});

describe('more words of judgement', () => {
  it('reads "called the attack horrific" and "said the shelling was shocking" as condemning the act\'s author', () => {
    expect(edgesOf('Irish Foreign Minister Simon Harris called the Russian attack on the port horrific.', '2025-03-08')).toEqual(['condemnation Simon Harris>Russia@2025-03-08']);
    expect(edgesOf('Irish Foreign Minister Simon Harris said the Russian shelling of the port was shocking.', '2025-03-08')).toEqual(['condemnation Simon Harris>Russia@2025-03-08']);
  });
});

describe('a meeting told by a gesture', () => {
  it('reads embracing or hugging a person as meeting them, not embracing a proposal', () => {
    expect(edgesOf('Indian Prime Minister Narendra Modi embraced Sri Lankan President Anura Kumara Dissanayake upon his arrival in New Delhi on Monday.', '2024-12-17'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Modi)(?=.*Dissanayak).*@2024-12-16$/)]);
    expect(edgesOf('Indian Prime Minister Narendra Modi embraced the Sri Lankan proposal on Monday.', '2024-12-17')).toEqual([]);
  });
});

describe('a call or talks among three', () => {
  it('pairs everyone a three-way call or trilateral talks name, and only the subject with each when nothing says so', () => {
    expect(edgesOf('Foreign Minister Cho Tae-yul held a three-way telephone call with U.S. Secretary of State Antony Blinken and Japan\'s Foreign Minister Yoko Kamikawa on Monday.', '2024-06-05'))
      .toEqual(['phone_call Antony Blinken>Cho Tae-yul@2024-06-03', 'phone_call Antony Blinken>Yoko Kamikawa@2024-06-03', 'phone_call Cho Tae-yul>Yoko Kamikawa@2024-06-03']);
    const talks = (how: string) => edgesOf(`Indian Prime Minister Narendra Modi held ${how} with Sri Lankan President Anura Kumara Dissanayake and Maldives President Mohamed Muizzu in Colombo on Monday.`, '2025-06-10');
    expect(talks('trilateral talks')).toHaveLength(3);
    expect(talks('talks')).toHaveLength(2);
    // A joint call is one among everyone it names.
    expect(edgesOf('Foreign Minister Cho Tae-yul held a joint telephone call with U.S. Secretary of State Antony Blinken and Japan\'s Foreign Minister Yoko Kamikawa on Monday.', '2024-06-05'))
      .toHaveLength(3);
  });

  it('reads the subject of a three-way call past a relative clause naming someone else ("three-way" is no subject noun)', () => {
    expect(edgesOf('Foreign Minister Cho Tae-yul, who received Australian Foreign Minister Penny Wong in the morning, later held a three-way telephone call with '
      + 'U.S. Secretary of State Antony Blinken and Japan\'s Foreign Minister Yoko Kamikawa on Monday.', '2024-06-05').filter((e) => e.startsWith('phone_call')))
      .toEqual(['phone_call Antony Blinken>Cho Tae-yul@2024-06-03', 'phone_call Antony Blinken>Yoko Kamikawa@2024-06-03', 'phone_call Cho Tae-yul>Yoko Kamikawa@2024-06-03']);
  });

  it('reads the one joined for a summit, and those who held it, as taking part; a virtual one as a call', () => {
    expect(edgesOf('In June, Lula and Ramaphosa joined Indian Prime Minister Narendra Modi in New Delhi on June 3 for the first-ever trilateral leaders\' summit.', '2025-07-08'))
      .toEqual(['meeting Cyril Ramaphosa>Luiz Inácio Lula da Silva@2025-06-03', 'meeting Narendra Modi>Cyril Ramaphosa@2025-06-03', 'meeting Narendra Modi>Luiz Inácio Lula da Silva@2025-06-03']);
    expect(edgesOf('The ministers welcomed the outcome of the trilateral summit, held by Lula, Ramaphosa and Prime Minister Narendra Modi of India in New Delhi on June 3.', '2025-07-08'))
      .toHaveLength(3);
    expect(edgesOf('French President Emmanuel Macron and German Chancellor Olaf Scholz brought Lula and Ramaphosa to the Elysee for a summit on 9 December 2024.', '2025-07-08'))
      .toHaveLength(6);
    expect(edgesOf('It was their first meeting since the virtual bilateral summit held by Lula and Ramaphosa on 26 September 2024.', '2025-07-08'))
      .toEqual(['phone_call Cyril Ramaphosa>Luiz Inácio Lula da Silva@2024-09-26']);
  });
});

describe('a counterpart named by an abbreviation, and a day between "spoke" and "with"', () => {
  it('reads "his DRC counterpart, X" as a person of that office and a day in apposition as no bar to "with"', () => {
    const text = 'South African Foreign Minister Ronald Lamola spoke on Sunday, 26 January 2025, with his DRC counterpart, Therese Kayikwamba Wagner, by telephone.';
    expect(edgesOf(text, '2025-01-27')).toEqual(['phone_call Ronald Lamola>Therese Kayikwamba Wagner@2025-01-26']);
    expect(edgesOf('Kenyan Foreign Minister Musalia Mudavadi met on Friday with his DRC counterpart, Therese Kayikwamba Wagner.', '2025-01-27'))
      .toEqual(['meeting Musalia Mudavadi>Therese Kayikwamba Wagner@2025-01-24']);
  });
});

describe('a passive agent described, then named after a comma', () => {
  it('takes the person named in apposition to the words after "by"', () => {
    expect(edgesOf('Kenyan President William Ruto was received at State House Entebbe by his old friend, Yoweri Museveni, on Tuesday.', '2024-04-03'))
      .toEqual(['meeting William Ruto>Yoweri Museveni@2024-04-02']);
  });
});

describe('an act named by "discharge" or "dumping"', () => {
  it('gives its possessor as the author a condemnation of "it" reaches', () => {
    const text = 'Vietnam\'s foreign ministry spokesperson answered questions on Monday.\n\nCambodia\'s discharge of waste water into the Mekong is irresponsible, and Vietnam strongly deplores it.';
    expect(edgesOf(text, '2025-03-12')).toEqual(['condemnation Vietnam>Cambodia@2025-03-12']);
  });
});

describe('urging a party to stop what the words call its provocation', () => {
  it('reads it as accusing that party, and urging an end to nothing named as a wrong as nothing', () => {
    expect(edgesOf('Vietnam on Monday urged Cambodia to immediately stop its provocations along the border.', '2025-03-12'))
      .toEqual(['condemnation Vietnam>Cambodia@2025-03-10']);
    expect(edgesOf('Kenya called on Uganda to end its occupation of the island on Monday.', '2025-03-12')).toEqual(['condemnation Kenya>Uganda@2025-03-10']);
    expect(edgesOf('Vietnam on Monday urged Cambodia to stop the construction of the canal.', '2025-03-12')).toEqual([]);
  });

  it('reads urging a party to stop arming a third or "stirring up trouble" as accusing it', () => {
    expect(edgesOf('Vietnam on Monday urged Cambodia to stop arming the rebels in Laos.', '2025-03-12')).toEqual(['condemnation Vietnam>Cambodia@2025-03-10']);
    expect(edgesOf('Vietnam on Monday urged Cambodia to stop "stirring up trouble" on the river.', '2025-03-12')).toEqual(['condemnation Vietnam>Cambodia@2025-03-10']);
  });
});

describe('handing documents to someone', () => {
  it('is a meeting face to face with the one who receives them', () => {
    expect(edgesOf('Foreign Minister Pekka Haavisto handed the accession documents to U.S. Secretary of State Antony Blinken in Brussels on Tuesday.', '2023-04-06'))
      .toEqual(['meeting Antony Blinken>Pekka Haavisto@2023-04-04']);
    expect(edgesOf('Foreign Minister Pekka Haavisto handed the keys to the new embassy on Tuesday.', '2023-04-06')).toEqual([]);
  });
});

describe('a host named by the state', () => {
  it('reads "his Lao host" as a counterpart: the holder of the title of the one it is set against', () => {
    const signed = edgesOf('Vietnamese Prime Minister Pham Minh Chinh and his Lao host signed a power trade agreement in Vientiane on Tuesday.', '2025-03-12')
      .filter((e) => e.startsWith('signed'));
    expect(signed).toEqual(['signed Pham Minh Chinh>power trade agreement@2025-03-11', 'signed Sonexay Siphandone>power trade agreement@2025-03-11']);
  });
});

describe('a capital after an event noun and "from"', () => {
  it('is the government heard from ("a sharp rebuke from X"), and stays a place after other words ("returned from X")', () => {
    const text = 'Canberra approved the sale of patrol boats to Manila on Monday. The move drew a sharp rebuke from Beijing on Tuesday.';
    expect(edgesOf(text, '2025-06-11')).toContainEqual('condemnation China>Australia@2025-06-10');
    expect(edgesOf('Philippine President Ferdinand Marcos Jr. returned from Beijing on Tuesday.', '2025-06-11')).toEqual([]);
  });

  it('is each government an event noun comes from past its verb ("condemnation came swiftly from A, B and C")', () => {
    const text = 'Canberra approved the sale of patrol boats to Manila on Monday. Condemnation came swiftly from Beijing, Hanoi and Jakarta.';
    expect(edgesOf(text, '2025-06-11').filter((e) => e.startsWith('condemnation')).sort())
      .toEqual(['condemnation China>Australia@2025-06-09', 'condemnation Indonesia>Australia@2025-06-09', 'condemnation Vietnam>Australia@2025-06-09']);
    expect(edgesOf('The delegation came from Beijing on Tuesday to sign the deal with Canberra.', '2025-06-11').filter((e) => e.startsWith('condemnation'))).toEqual([]);
  });

  it('is each government a noun comes from with its own object before the verb ("Support for X came from A and B")', () => {
    expect(edgesOf('Support for Hanoi came on Thursday from Canberra and Wellington.', '2025-06-13'))
      .toEqual(['support Australia>Vietnam@2025-06-12', 'support New Zealand>Vietnam@2025-06-12']);
    expect(edgesOf('Praise for Oman\'s mediation came from Doha and Amman.', '2025-06-13')).toEqual(['support Jordan>Oman@2025-06-13', 'support Qatar>Oman@2025-06-13']);
    // Without an event's noun, the verb of arrival names places.
    expect(edgesOf('Trade with Hanoi came from Canberra and Wellington.', '2025-06-13')).toEqual([]);
  });
});

describe('a verb joined by "and" to one whose subject is "it"', () => {
  it('shares that subject, not the place named in the first verb\'s object ("said it condemns the coup in X and stands with Y")', () => {
    expect(edgesOf('Ghana\'s foreign ministry said it condemns the coup in Guinea and stands with the African Union.', '2025-06-11'))
      .toEqual(['condemnation Ghana>Guinea@2025-06-11', 'support Ghana>African Union@2025-06-11']);
  });
});

describe('an act told with its author\'s forces or government', () => {
  it('is the possessor\'s ("Mali\'s junta expelled X"), and a retort ("hit back") is no act', () => {
    expect(edgesOf('Niger\'s junta expelled the French ambassador on Monday. Paris denounced the decision on Tuesday.', '2025-06-11'))
      .toEqual(['condemnation France>Niger@2025-06-10', 'condemnation Niger>France@2025-06-09']);
    // "hit back" answers in words: the rejection after it is aimed at the state the article is about, not at the speaker.
    expect(edgesOf('Australia and China have had a rocky decade. Foreign Minister Penny Wong said on Monday she was appalled by the sentence. China\'s foreign ministry hit back the next day, rejecting what it called interference.', '2025-06-11'))
      .toEqual(['condemnation China>Australia@2025-06-10']);
  });
});

describe('a call received from someone', () => {
  it('has the caller act in its infinitive of purpose and in a relative clause past a time phrase', () => {
    const pair = ['congratulation Nana Akufo-Addo>Bola Tinubu@2023-06-05', 'phone_call Bola Tinubu>Nana Akufo-Addo@2023-06-05'];
    expect(edgesOf('Tinubu received a phone call from Ghanaian President Nana Akufo-Addo on Monday to congratulate him on his inauguration.', '2023-06-06')).toEqual(pair);
    expect(edgesOf('Tinubu received a phone call from Ghanaian President Nana Akufo-Addo on Monday, who congratulated him on his inauguration.', '2023-06-06')).toEqual(pair);
  });
});

describe('a condemnation whose act names no author', () => {
  it('is never aimed at the state one of its condemners speaks for, though the article opens with it', () => {
    expect(edgesOf('Ghana\'s Foreign Minister Samuel Okudzeto Ablakwa held talks with his Togolese counterpart Robert Dussey in Lome on Monday; the two ministers condemned the attacks.', '2025-06-11')
      .filter((e) => e.startsWith('condemnation'))).toEqual([]);
  });
});

describe('an agreement condemned', () => {
  it('is aimed at the states that signed it, never at the agreement; one no one is told to have signed aims at no one', () => {
    expect(edgesOf('Vietnam and Laos signed a border pact on Monday. Cambodia criticised the pact on Tuesday.', '2025-06-11').filter((e) => e.startsWith('condemnation')))
      .toEqual(['condemnation Cambodia>Laos@2025-06-10', 'condemnation Cambodia>Vietnam@2025-06-10']);
    expect(edgesOf('Cambodia criticised the Mekong Water Pact on Tuesday.', '2025-06-11')).toEqual([]);
  });
});

describe('backing a party\'s call', () => {
  it('is support for the party whose call it is; a call no party makes backs no one', () => {
    expect(edgesOf('Beijing on Tuesday backed Moscow\'s call for peace talks.', '2024-06-12')).toEqual(['support China>Russia@2024-06-11']);
    expect(edgesOf('China backed calls for a ceasefire on Tuesday.', '2024-06-12')).toEqual([]);
  });
});

describe('a quotation told to someone', () => {
  it('is addressed to the one its speaker told or wrote to, and a call the telling took place in is with them', () => {
    expect(edgesOf('"Congratulations on your victory," Ghanaian President John Mahama told Senegalese President Bassirou Diomaye Faye in a phone call on Tuesday.', '2024-12-11'))
      .toEqual(['congratulation John Dramani Mahama>Bassirou Diomaye Diakhar Faye@2024-12-10', expect.stringMatching(/^phone_call (?=.*Mahama)(?=.*Faye).*@2024-12-10$/)]);
    expect(edgesOf('"Congratulations on your re-election," Ghanaian President John Mahama wrote to Senegalese President Bassirou Diomaye Faye on Tuesday.', '2024-12-11'))
      .toEqual(['congratulation John Dramani Mahama>Bassirou Diomaye Diakhar Faye@2024-12-10']);
  });
});

describe('a possessor after a verb and a person after a comma', () => {
  it('backs the possessor of what is backed, not the speaker the attribution names', () => {
    expect(edgesOf('Japan supports Ukraine\'s sovereignty, Prime Minister Fumio Kishida said on Tuesday.', '2025-04-10')
      .filter((e) => e.startsWith('support'))).toEqual(['support Japan>Ukraine@2025-04-08']);
  });
});

describe('a call opening the sentence, and a letter of congratulations', () => {
  it('reads "In a telephone call, X told Y" as their call, and a letter or message "of congratulations" as congratulating', () => {
    expect(edgesOf('In a telephone call on Monday, Turkish President Recep Tayyip Erdogan told Vladimir Putin that Ankara was ready to host talks.', '2024-06-12'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Erdo)(?=.*Putin).*@2024-06-10$/)]);
    expect(edgesOf('Turkish President Recep Tayyip Erdogan sent a letter of congratulations to Vladimir Putin on Monday.', '2024-06-12'))
      .toEqual(['congratulation Recep Tayyip Erdoğan>Vladimir Putin@2024-06-10']);
  });

  it('reads "In a call, X congratulated Y" or "thanked Y" as their call too, the preposition inside the trigger or not', () => {
    expect(edgesOf('In a call on Monday, Kenyan President William Ruto congratulated Ugandan President Yoweri Museveni on his re-election.', '2024-06-05'))
      .toEqual(['congratulation William Ruto>Yoweri Museveni@2024-06-03', 'phone_call William Ruto>Yoweri Museveni@2024-06-03']);
    expect(edgesOf('In a call on Monday, Kenyan President William Ruto told Ugandan President Yoweri Museveni that Kenya backs the bid.', '2024-06-05'))
      .toEqual(['phone_call William Ruto>Yoweri Museveni@2024-06-03']);
    expect(edgesOf('In a call on Monday, Kenyan President William Ruto condemned the Ugandan strikes.', '2024-06-05'))
      .toEqual(['condemnation William Ruto>Uganda@2024-06-03']);
  });
});

describe('a state visited', () => {
  it('stands for its head named elsewhere in the article, not for a minister named later', () => {
    const text = 'Indian Prime Minister Narendra Modi visited Tokyo on Friday. The rail agreement was signed by Japanese Vice Minister Masataka Okano on Saturday.';
    expect(edgesOf(text, '2016-11-14').filter((e) => e.startsWith('meeting'))).toEqual([]);
    const headed = 'Indian Prime Minister Narendra Modi visited Japan on Friday. Japanese Prime Minister Shinzo Abe said on Saturday that ties were strong.';
    expect(edgesOf(headed, '2016-11-14').filter((e) => e.startsWith('meeting'))).toEqual(['meeting Narendra Modi>Shinzo Abe@2016-11-11']);
  });
});

describe('who else condemns', () => {
  it('reads a spokesperson for a ministry as its state, and those joined "in condemning" as condemning too', () => {
    expect(edgesOf('Iran fired missiles at Israel on Monday. A spokesman for the French foreign ministry condemned the attack on Tuesday.', '2025-04-10')
      .filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation France>Iran@2025-04-08']);
    expect(edgesOf('Iran fired missiles at Israel on Monday. France joined Britain and Germany in condemning the attack on Tuesday.', '2025-04-10')
      .filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation France>Iran@2025-04-08', 'condemnation Germany>Iran@2025-04-08', 'condemnation United Kingdom>Iran@2025-04-08']);
  });
});

describe('a message from someone, and a participle after it', () => {
  it('reads the sender as the one the participle tells of ("a letter from X congratulating Y")', () => {
    expect(edgesOf('On Monday, Ruto received a message from Chinese President Xi Jinping congratulating him on his victory.', '2022-09-14'))
      .toEqual(['congratulation Xi Jinping>William Ruto@2022-09-12']);
    expect(edgesOf('Ambassador Meg Whitman handed over a letter from President Joe Biden congratulating Ruto on Monday.', '2022-09-14')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Joe Biden>William Ruto@2022-09-12']);
  });
});

describe('condolences', () => {
  it('to a party stand with it; to families or victims, with no party', () => {
    expect(edgesOf('President Xi Jinping sent a message of condolence to Thai Prime Minister Paetongtarn Shinawatra on Saturday.', '2025-03-31'))
      .toEqual(['support Xi Jinping>Paetongtarn Shinawatra@2025-03-29']);
    expect(edgesOf('Japanese Prime Minister Shigeru Ishiba telephoned Thai Prime Minister Paetongtarn Shinawatra on Saturday to express his condolences.', '2025-03-31')
      .filter((e) => e.startsWith('support'))).toEqual(['support Shigeru Ishiba>Paetongtarn Shinawatra@2025-03-29']);
    expect(edgesOf('Japanese Prime Minister Shigeru Ishiba expressed deep condolences to the families of the dead on Saturday.', '2025-03-31')).toEqual([]);
  });
});

describe('a relative clause after a preposition, set off by commas', () => {
  it('is an aside: the subject is the bloc before it ("CARICOM, of which Guyana is a member, voiced solidarity with")', () => {
    expect(edgesOf('The Caribbean Community, of which Guyana is a founding member, voiced solidarity with Georgetown on Tuesday.', '2025-04-09')
      .filter((e) => e.startsWith('support'))).toEqual(['support CARICOM>Guyana@2025-04-08']);
  });
});

describe('an agreement renamed by an apposition before "that"', () => {
  it('is what the relative clause\'s subject signed ("the Accord, the pledge not to fight that A and B signed")', () => {
    expect(edgesOf('Brazil urged both sides to honour the Argyle Declaration, the pledge not to use force that Irfaan Ali and Nicolas Maduro signed on December 14, 2023.', '2025-04-09')
      .filter((e) => e.startsWith('signed'))).toEqual(['signed Irfaan Ali>Argyle Declaration@2023-12-14', 'signed Nicolás Maduro>Argyle Declaration@2023-12-14']);
  });
});

describe('an agreement a relative clause without its pronoun follows', () => {
  it('is what the clause\'s subject signed ("the agreement A and B signed in 2019"), never one after a comma', () => {
    expect(edgesOf('The border security agreement Ghana and Togo signed on 4 March 2019 came into force on Monday.', '2025-03-11')
      .filter((e) => e.startsWith('signed'))).toEqual(['signed Ghana>border security agreement@2019-03-04', 'signed Togo>border security agreement@2019-03-04']);
    expect(edgesOf('Under the Accra Border Accord, Ghana and Togo signed a new fisheries protocol on Monday.', '2025-03-11')
      .filter((e) => e.startsWith('signed') && e.includes('Accord'))).toEqual([]);
  });
});

describe('a call the clause\'s act took place in', () => {
  it('is with the person the clause names, not the place a verb after them goes to', () => {
    expect(edgesOf('President Cyril Ramaphosa has invited Brazilian President Lula to visit Pretoria, during a telephone conversation on Tuesday that both offices described as warm.', '2024-05-15')
      .filter((e) => e.startsWith('phone_call'))).toEqual([expect.stringMatching(/^phone_call (?=.*Ramaphosa)(?=.*Lula).*@2024-05-14$/)]);
  });
});

describe('a verb coordinated after a phrase opened by "as"', () => {
  it('shares the subject of the verb before: "as" with only a noun phrase opens no clause', () => {
    expect(edgesOf('President Cyril Ramaphosa congratulated Brazilian President Lula on his re-election as president on Monday and wished him success.', '2024-05-15'))
      .toEqual(['congratulation Cyril Ramaphosa>Luiz Inácio Lula da Silva@2024-05-13']);
  });
});

describe('an act whose doer is no party', () => {
  it('leaves the condemnation of it aimed at no one, not at the state the article opens with', () => {
    const text = 'Kenya expressed solidarity with Somalia on Sunday after gunmen stormed a hotel in Mogadishu. Ghana also condemned the assault on Sunday.';
    expect(edgesOf(text, '2024-10-21').filter((e) => e.startsWith('condemnation'))).toEqual([]);
    const byState = 'Kenya expressed solidarity with Somalia on Sunday after Ethiopian forces stormed a border post. Ghana also condemned the assault on Sunday.';
    expect(edgesOf(byState, '2024-10-21').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Ghana>Ethiopia@2024-10-20']);
  });
});

describe('a judgement in a participle after a clause with an object', () => {
  it('aims the judgement at the author of what it judges, not at that object ("voiced solidarity with A, saying that interference by B was a threat")', () => {
    const text = 'Spanish Foreign Minister Jose Manuel Albares voiced solidarity with Portugal on Friday, saying that interference by the Venezuelan government was a threat.';
    expect(edgesOf(text, '2025-05-24').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation José Manuel Albares>Venezuela@2025-05-23']);
    expect(edgesOf(text, '2025-05-24').filter((e) => e.startsWith('support'))).toEqual(['support José Manuel Albares>Portugal@2025-05-23']);
  });

  it('still reads a pronoun the participle takes as the object before it ("lambasted A, accusing it of ...")', () => {
    expect(edgesOf('Spanish Foreign Minister Jose Manuel Albares lambasted the Venezuelan government on Friday, accusing it of staging provocations.', '2025-05-24')
      .filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation José Manuel Albares>Venezuela@2025-05-23']);
  });
});

describe('a commissioner', () => {
  it('is an official of the state that names the office, and the one "he" stands for after his own verb of speech', () => {
    const edges = edgesOf('Ukraine\'s human rights commissioner Dmytro Lubinets said on Monday he had met his Russian counterpart Tatyana Moskalkova on the border.', '2024-11-13', { withRelations: true });
    expect(edges).toContainEqual('leader_of Dmytro Lubinets>Ukraine');
    expect(edges.filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Lubinets)(?=.*Moskalkova).*@2024-11-11$/)]);
  });
});

describe('standing behind a party, an adverb between', () => {
  it('reads "stands fully behind X" and "stood solidly with X" as support, as "stands firmly behind X" is', () => {
    expect(edgesOf('The Arab League stands fully behind Somalia, its secretary-general said on Monday.', '2025-01-15'))
      .toEqual(['support Arab League>Somalia@2025-01-13']);
    expect(edgesOf('Egypt stood solidly with Somalia on Monday.', '2025-01-15')).toEqual(['support Egypt>Somalia@2025-01-13']);
  });
});

describe('congratulations given to a named recipient', () => {
  it('sends congratulations to the person a giving verb names before the message, when no other reading gives an addressee', () => {
    expect(edgesOf('Chilean President Gabriel Boric sent Argentine President Javier Milei a congratulatory message on Sunday.', '2024-05-06'))
      .toEqual(['congratulation Gabriel Boric>Javier Milei@2024-05-05']);
    expect(edgesOf('Gabriel Boric sent Javier Milei a message of congratulations on Sunday.', '2024-05-06'))
      .toEqual(['congratulation Gabriel Boric>Javier Milei@2024-05-05']);
  });

  it('reads greetings swapped as greetings exchanged, one each way', () => {
    expect(edgesOf('Gabriel Boric and Javier Milei swapped greetings on Sunday.', '2024-05-06'))
      .toEqual(['congratulation Gabriel Boric>Javier Milei@2024-05-05', 'congratulation Javier Milei>Gabriel Boric@2024-05-05']);
  });
});

describe('more ways of meeting, backing and condemning', () => {
  it('reads a leader\'s encounter with another as their meeting, and no meeting of ships', () => {
    expect(edgesOf('On Monday, Gabriel Boric had his first face-to-face encounter with Javier Milei.', '2024-05-08'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Boric)(?=.*Milei).*@2024-05-06$/)]);
    expect(edgesOf('The Chilean navy reported a tense encounter with Argentine vessels on Monday.', '2024-05-08')).toEqual([]);
  });

  it('reads standing four-square behind a party as backing it', () => {
    expect(edgesOf('Chile stands four-square behind Argentina, the foreign minister said on Monday.', '2024-05-08'))
      .toEqual(['support Chile>Argentina@2024-05-06']);
  });

  it('reads a participle after the noun of an act ("in a move condemned by X") as condemning the act\'s author', () => {
    expect(edgesOf('Argentina seized a Chilean fishing boat on Monday, in a move condemned by Chile and Peru.', '2024-05-08'))
      .toEqual(['condemnation Chile>Argentina@2024-05-06', 'condemnation Peru>Argentina@2024-05-06']);
  });
});

describe('a clause that ", and" opens after a single party', () => {
  it('reads the parties after ", and" as the subject of the verb after them, not more objects of the verb before', () => {
    const text = 'Lula met Peruvian President Dina Boluarte on Monday. Later in the afternoon he met Gabriel Boric, and the Chilean president and Mr Lula agreed that the corridor deserved to be revived.';
    expect(edgesOf(text, '2024-03-20').filter((e) => !e.startsWith('meeting Dina'))).toEqual([
      'meeting Gabriel Boric>Luiz Inácio Lula da Silva@2024-03-18',
      'shared_stance Gabriel Boric>Luiz Inácio Lula da Silva@2024-03-18',
    ]);
  });

  it('reads "both" after ", and" before an event\'s verb as the pair before it', () => {
    expect(edgesOf('Lula and Boric agreed on Monday that the bloc should admit Bolivia, and both restated their backing for Bolivia\'s bid.', '2024-03-20'))
      .toEqual(['shared_stance Gabriel Boric>Luiz Inácio Lula da Silva@2024-03-18', 'support Gabriel Boric>Bolivia@2024-03-18', 'support Luiz Inácio Lula da Silva>Bolivia@2024-03-18']);
  });
});

describe('an infinitive of purpose after standing or waiting', () => {
  it('reads welcoming a guest one stood somewhere to welcome as their meeting, and a plan to welcome as none', () => {
    expect(edgesOf('When King Felipe VI stood in the palace courtyard on Monday to welcome Gabriel Boric, it began to rain.', '2024-03-20'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Boric)(?=.*Felipe).*@2024-03-18$/)]);
    expect(edgesOf('King Felipe VI plans to welcome Gabriel Boric at the palace on Monday.', '2024-03-20')).toEqual([]);
  });
});

describe('a pair of states a frame names among more', () => {
  it('reads "both governments" as the only two states listed together before it, in its sentence or the one before', () => {
    expect(edgesOf('Peru fired on a Chilean boat on Thursday, Bolivian and Argentine officials said, drawing condemnation from both governments.', '2024-08-22'))
      .toEqual(['condemnation Argentina>Peru@2024-08-22', 'condemnation Bolivia>Peru@2024-08-22']);
    expect(edgesOf('Bolivia and Argentina said Peru fired on a Chilean boat on Thursday. Both governments condemned the shooting.', '2024-08-22'))
      .toEqual(['condemnation Argentina>Peru@2024-08-22', 'condemnation Bolivia>Peru@2024-08-22']);
  });
});

describe('backing its possessor holds through a noun of measure', () => {
  it('reads "announced X\'s latest package of military assistance to Y" as X backing Y', () => {
    expect(edgesOf('Ecuador\'s foreign minister Gabriela Sommerfeld was in Lima on Tuesday, where her Peruvian counterpart Elmer Schialer announced Peru\'s latest package of military assistance to Quito.', '2024-04-17')
      .filter((e) => e.startsWith('support'))).toEqual(['support Peru>Ecuador@2024-04-16']);
  });
});

describe('what holds between two parties', () => {
  it('backs neither party when praising the relations between them, and condemns both when condemning their cooperation', () => {
    expect(edgesOf('Lula praised the friendly relations between Brazil and Chile on Sunday.', '2025-08-20')).toEqual([]);
    expect(edgesOf('Argentina condemned the military cooperation between Chile and Peru on Sunday.', '2025-08-20'))
      .toEqual(['condemnation Argentina>Chile@2025-08-17', 'condemnation Argentina>Peru@2025-08-17']);
  });
});

describe('a teleconference and the recognition of a state by several', () => {
  it('reads a video teleconference as a call, whose two ministers then act together', () => {
    const text = 'On June 14, Ms. Diana Mondino, Minister of Foreign Affairs of Argentina, held a video teleconference with Alberto van Klaveren, Minister of Foreign Affairs of Chile. '
      + 'The two Ministers condemned Venezuela\'s detention of opposition leaders.';
    expect(edgesOf(text, '2024-06-14')).toEqual([
      'condemnation Alberto van Klaveren>Venezuela@2024-06-14',
      'condemnation Diana Mondino>Venezuela@2024-06-14',
      expect.stringMatching(/^phone_call (?=.*Mondino)(?=.*Klaveren).*@2024-06-14$/),
    ]);
  });

  it('reads "the recognition of X by A, B and C" as each of them backing X, on the day the possessive gives it', () => {
    expect(edgesOf('The decision follows Tuesday\'s coordinated recognition of Palestine by Spain, Ireland and Norway.', '2024-05-30'))
      .toEqual(['support Ireland>Palestine@2024-05-28', 'support Norway>Palestine@2024-05-28', 'support Spain>Palestine@2024-05-28']);
  });
});

describe('more meetings in person', () => {
  it('reads two who sat down together or for a while, and a bilateral with a leader, as meetings; one who sat down for a meal alone as none', () => {
    expect(edgesOf('Before the session opened, Lula and Petro sat down for about 40 minutes in a side room.', '2023-08-08'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Lula)(?=.*Petro).*@2023-08-08$/)]);
    expect(edgesOf('Lula has just wrapped up a bilateral with Peruvian President Dina Boluarte on the sidelines of the summit.', '2023-08-08'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Lula)(?=.*Boluarte).*@2023-08-08$/)]);
    expect(edgesOf('Lula sat down for breakfast on Monday.', '2023-08-08')).toEqual([]);
  });
});

describe('an official named by office alone', () => {
  it('reads "the representative of X" as an office of X, and "his Government" or "his country" after it as X', () => {
    const text = 'Peruvian President Dina Boluarte opened the debate. The representative of Chile said his Government continued to back permanent seats for Brazil and Mexico.';
    expect(edgesOf(text, '2024-11-12')).toEqual(['support Chile>Brazil@2024-11-12', 'support Chile>Mexico@2024-11-12']);
    expect(edgesOf('Argentina\'s representative said his country stood in full solidarity with Lima.', '2024-11-12')).toEqual(['support Argentina>Peru@2024-11-12']);
  });
});

describe('acts told at length, calls told late in their clause, perfects', () => {
  it('finds the act a passive condemnation judges past its author and a place ("a raid by X\'s navy on a port was condemned by A and B")', () => {
    expect(edgesOf('A raid by Eritrea\'s navy on a fishing port was condemned on Monday by Kenya and Uganda.', '2025-05-08'))
      .toEqual(['condemnation Kenya>Eritrea@2025-05-05', 'condemnation Uganda>Eritrea@2025-05-05']);
  });

  it('reads a medium late in a clause of talks as making them a call, but not one that describes the next event', () => {
    expect(edgesOf('President William Ruto discussed the drought in Somalia with his Ugandan counterpart Yoweri Museveni by telephone on Monday.', '2025-05-08'))
      .toEqual(['phone_call William Ruto>Yoweri Museveni@2025-05-05']);
    // Without a medium, whatever they discussed, they met.
    expect(edgesOf('President William Ruto discussed trade with President Yoweri Museveni on Monday.', '2025-05-08')).toEqual(['meeting William Ruto>Yoweri Museveni@2025-05-05']);
    const text = 'President William Ruto held talks with President Yoweri Museveni on Monday for the first time since the virtual summit of 2021.';
    expect(edgesOf(text, '2025-05-08')).toContain('meeting William Ruto>Yoweri Museveni@2025-05-05');
  });

  it('reads a curated phrase in the perfect ("had spoken separately by phone with A and B")', () => {
    expect(edgesOf('Secretary of State Antony Blinken had spoken separately by phone on Monday with President William Ruto and President Yoweri Museveni.', '2023-07-13'))
      .toEqual(['phone_call William Ruto>Antony Blinken@2023-07-10', 'phone_call Yoweri Museveni>Antony Blinken@2023-07-10']);
  });
});

describe('stretches of time, places between people met, and whose title a possessive names', () => {
  it('reads "a call was held that day between A and B": "that" before a time word opens no clause', () => {
    const text = 'President William Ruto flew to Kampala on Monday. A call was held that day between Ruto and President Yoweri Museveni.';
    expect(edgesOf(text, '2025-05-22').filter((e) => e.startsWith('phone_call'))).toEqual(['phone_call William Ruto>Yoweri Museveni@2025-05-19']);
  });

  it('reads "over the next few hours" before a verb in the past as a stretch after the story\'s moment, not a future', () => {
    expect(edgesOf('Over the next few hours President William Ruto took congratulatory phone calls from President Yoweri Museveni and President Paul Kagame.', '2025-05-22'))
      .toEqual([
        'congratulation Paul Kagame>William Ruto@2025-05-22', 'congratulation Yoweri Museveni>William Ruto@2025-05-22',
        'phone_call Paul Kagame>William Ruto@2025-05-22', 'phone_call William Ruto>Yoweri Museveni@2025-05-22',
      ]);
    expect(edgesOf('Over the next few days President William Ruto will meet President Yoweri Museveni.', '2025-05-22')).toEqual([]);
  });

  it('reads each person met with a place after them ("meeting A in Kampala and B in Kigali")', () => {
    expect(edgesOf('President William Ruto toured the region on Monday, meeting President Yoweri Museveni in Kampala and President Paul Kagame in Kigali.', '2025-05-22'))
      .toEqual(['meeting Paul Kagame>William Ruto@2025-05-19', 'meeting William Ruto>Yoweri Museveni@2025-05-19']);
  });

  it('takes no person whose possessive a title follows as the one who acts ("X\'s senior adviser, Y, met Z")', () => {
    expect(edgesOf('Nomvula Dlamini, Ruto\'s senior adviser for trade, toured the region on Monday, meeting President Yoweri Museveni in Kampala.', '2025-05-22')).toEqual([]);
  });

  it('reads a message addressed to a leader as no meeting with them', () => {
    expect(edgesOf('President William Ruto, in a message addressed to President Yoweri Museveni, congratulated the Ugandan people on Monday.', '2025-05-22'))
      .toEqual(['congratulation William Ruto>Uganda@2025-05-19']);
  });

  it('reads a list of dignitaries joined by semicolons as one list, a member of two titles and "HM" inside it', () => {
    const text = 'Amir Sheikh Tamim bin Hamad Al Thani received cables of congratulations on Monday.\n\n'
      + 'The cables were sent by King Salman bin Abdulaziz Al Saud; HRH Crown Prince and Prime Minister Prince Mohammed bin Salman; UAE President HH Sheikh Mohamed bin Zayed Al Nahyan; and HM King Hamad bin Isa Al Khalifa.';
    expect(edgesOf(text, '2024-12-19').filter((e) => e.startsWith('congratulation')).length).toBe(4);
  });

  it('reads "X has Y\'s full support" as Y backing X', () => {
    expect(edgesOf('Kenya has Uganda\'s full support, President Yoweri Museveni said on Monday.', '2025-05-22')).toEqual(['support Uganda>Kenya@2025-05-19']);
  });
});
