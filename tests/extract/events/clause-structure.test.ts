// The clause reader on sentences we write ourselves: groups, subjects, objects and passives read from
// structure, not from word windows.
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/article.js';
import { extract } from '../../../src/extract/pipeline.js';
import { parseArticle } from '../../../src/extract/read/index.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';

const has = (edges: readonly string[], pattern: RegExp): boolean => edges.some((e) => pattern.test(e));

describe('clause structure', () => {
  it('takes the subject of a relative clause from its antecedent, past a prepositional phrase', () => {
    const edges = edgesOf('The summit was prepared during a trip to Rome by Spanish Foreign Minister José Manuel Albares, who held talks with Italian Foreign Minister Antonio Tajani on Friday.', '2024-05-11');
    expect(has(edges, /^meeting (?=.*Albares)(?=.*Tajani)/)).toBe(true);
  });

  it('reads an agent after a passive participle, past places and times', () => {
    const edges = edgesOf('Kenyan President William Ruto, who was received earlier at State House by Tanzanian President Samia Suluhu Hassan, said trade would grow.', '2024-05-11');
    expect(has(edges, /^meeting (?=.*Ruto)(?=.*Samia)/)).toBe(true);
  });

  it('pairs a host\'s guests too when they came for talks, not when they were only received', () => {
    const talks = edgesOf('Brazilian President Luiz Inacio Lula da Silva hosted Colombian President Gustavo Petro and Chilean President Gabriel Boric in Brasilia for three-way talks on Tuesday.', '2023-05-31');
    expect(talks.filter((e) => e.startsWith('meeting ')).length).toBe(3);
    expect(talks).toContainEqual(expect.stringMatching(/^meeting (?=.*Petro)(?=.*Boric)/));
    const received = edgesOf('Brazilian President Luiz Inacio Lula da Silva received Colombian President Gustavo Petro and Chilean President Gabriel Boric in Brasilia on Tuesday.', '2023-05-31');
    expect(received.filter((e) => e.startsWith('meeting ')).length).toBe(2);
  });

  it('gives each member of a coordinated object its own edge', () => {
    const edges = edgesOf('Brazilian President Luiz Inácio Lula da Silva received Colombian President Gustavo Petro and Chilean President Gabriel Boric in Brasília on Tuesday.', '2023-05-31');
    expect(edges.filter((e) => e.startsWith('meeting ')).sort()).toEqual([
      expect.stringMatching(/^meeting (?=.*Lula)(?=.*Boric)/),
      expect.stringMatching(/^meeting (?=.*Lula)(?=.*Petro)/),
    ].sort(() => 0));
  });

  it('reads "President X of Y and President Z of W" as two people, the states after "of" part of each', () => {
    const edges = edgesOf('President Gabriel Boric of Chile and President Luis Arce of Bolivia held talks in Santiago on Tuesday.', '2024-05-14');
    expect(edges.filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Boric)(?=.*Arce)/)]);
  });

  it('reads a participle after a comma as a verb sharing the clause\'s subject ("..., meeting X")', () => {
    const edges = edgesOf('Kenyan President William Ruto flew to Dodoma on Monday, meeting Tanzanian President Samia Suluhu Hassan at State House.', '2024-05-14');
    expect(edges.filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Samia)/)]);
  });

  it('reads "whom" as the object of its clause, whose own subject acts ("Y, whom X met", "Y, with whom he held talks")', () => {
    for (const sentence of [
      'Kenyan President William Ruto spoke warmly of German Chancellor Olaf Scholz, whom he met in Berlin on Monday.',
      'Kenyan President William Ruto praised German Chancellor Olaf Scholz, with whom he held talks in Berlin on Monday.',
    ]) {
      expect(edgesOf(sentence, '2024-05-14').filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Scholz)/)]);
    }
  });

  it('reads the possessor of a noun before "to" as the subject of the verb after it ("X\'s commitment to supporting Y")', () => {
    const edges = edgesOf('Norwegian Prime Minister Jonas Gahr Store underlined Norway\'s commitment to supporting Moldova on Tuesday.', '2024-05-14');
    expect(edges.filter((e) => e.startsWith('support '))).toEqual(['support Norway>Moldova@2024-05-14']);
  });

  it('reads "by then-President X" as the agent of a passive signing', () => {
    const edges = edgesOf('The Treaty of Asuncion was signed in Asuncion on 26 March 1991 by then-President Carlos Menem.', '2024-05-14');
    expect(edges).toContainEqual(expect.stringMatching(/^signed Carlos (Saúl )?Menem>Treaty of Asuncion@1991-03-26/));
  });

  it('reads a list of three or more states joined by commas as one group of signers', () => {
    const edges = edgesOf('On Monday Ghana, Togo, Benin and the other coastal states signed the Accra Initiative Protocol.', '2024-05-13');
    for (const state of ['Ghana', 'Togo', 'Benin']) expect(has(edges, new RegExp(`^signed ${state}>`))).toBe(true);
  });

  it('reads the parties an agreement signed in the passive names as its signers when no agent does', () => {
    const signers = (text: string): string[] => edgesOf(text, '2024-05-14').filter((e) => e.startsWith('signed ')).map((e) => e.split(' ')[1]!.split('>')[0]!).sort();
    expect(signers('A fisheries agreement was signed between Chile and Peru on Monday.')).toEqual(['Chile', 'Peru']);
    expect(signers('A fisheries agreement between Chile and Peru was signed on Monday.')).toEqual(['Chile', 'Peru']);
    expect(signers('The Chile-Peru fisheries agreement was signed on Monday.')).toEqual(['Chile', 'Peru']);
    expect(signers('The fisheries agreement was signed on Monday.')).toEqual([]);
    expect(signers('Chile and Peru clinched a fisheries deal on Monday.')).toEqual(['Chile', 'Peru']);
    expect(signers('Chile and Peru put pen to paper on a fisheries agreement on Monday.')).toEqual(['Chile', 'Peru']);
  });

  it('keeps the signers of an agreement named before a relative pronoun', () => {
    const edges = edgesOf('The pact replaces the 2011 memorandum on fisheries, which Norwegian Prime Minister Jens Stoltenberg and Russian President Dmitry Medvedev signed in Murmansk on September 15, 2010.', '2024-01-10');
    expect(has(edges, /^signed Jens Stoltenberg>/)).toBe(true);
    expect(has(edges, /^signed Dmitry Medvedev>/)).toBe(true);
  });

  it('reads the agreement after the verb when the relative pronoun stands for the signer, or "that" opens reported speech', () => {
    expect(edgesOf('Chad was represented by Foreign Minister Abderaman Koulamallah, who signed the Lome Declaration on Chad\'s behalf.', '2024-05-14')
      .filter((e) => e.startsWith('signed '))).toEqual([expect.stringMatching(/^signed Abderaman Koulamallah>Lome Declaration@/)]);
    expect(edgesOf('Kenya said that Uganda signed the Lake Victoria Basin Accord on Monday.', '2024-05-14'))
      .toEqual(['signed Uganda>Lake Victoria Basin Accord@2024-05-13']);
  });

  it('reads "the two men" as the last two people named before', () => {
    const text = 'Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in Sydney on Wednesday.\n\n'
      + 'Philippine President Ferdinand Marcos Jr. was welcomed by Japanese Prime Minister Fumio Kishida at the Kantei on Friday, where the two men held talks.';
    const meetings = edgesOf(text, '2023-03-24').filter((e) => e.startsWith('meeting '));
    expect(meetings).toEqual(expect.arrayContaining([expect.stringMatching(/^meeting (?=.*Marcos)(?=.*Kishida).*@2023-03-24$/)]));
    expect(meetings.some((e) => /Kishida/.test(e) && /Modi|Albanese/.test(e))).toBe(false);
  });

  it('makes a meeting with a state a meeting with its one leader the article names', () => {
    const edges = edgesOf('Malaysian Prime Minister Anwar Ibrahim met Indonesian President Joko Widodo in Bogor in January.\n\nAnwar had visited Indonesia once before, in 2023.', '2024-02-01');
    expect(edges.every((e) => !/^meeting .*>Indonesia\b/.test(e))).toBe(true);
  });

  it('reads a bloc before a frame of many words as the subject ("SADC heads of government commended")', () => {
    expect(edgesOf('SADC heads of government commended Mozambique on Monday for hosting the summit.', '2024-05-08'))
      .toEqual([expect.stringMatching(/^support Southern African Development Community>Mozambique@2024-05-06$/)]);
  });

  it('reads a word right before an event noun as its modifier, not its subject ("exchanged cordial talks")', () => {
    const edges = edgesOf('Kuwaiti Emir Sheikh Mishal Al-Ahmad exchanged cordial talks over the phone on Monday with King Hamad bin Isa Al Khalifa of Bahrain.', '2024-02-27');
    expect(has(edges, /^phone_call (?=.*Mishal)(?=.*Hamad bin Isa)/)).toBe(true);
  });

  it('never takes a pronoun that points back at the subject as its object', () => {
    const edges = edgesOf('Bahraini King Hamad bin Isa Al Khalifa sent a cable to Kuwaiti Emir Mishal Al-Ahmad congratulating him on the national day.', '2024-02-25');
    expect(has(edges, /^congratulation Hamad bin Isa Al Khalifa>Mishal Al-Ahmad/)).toBe(true);
    expect(has(edges, /^congratulation Hamad bin Isa Al Khalifa>Hamad/)).toBe(false);
  });
});

describe('a bare "spoke with"', () => {
  it('is a phone call in an article that speaks of calls, the headline included', () => {
    const text = 'Readout of the Prime Minister\'s Call with President Ruto\n\nBritish Prime Minister Keir Starmer spoke today with Kenyan President William Ruto about trade and security.';
    expect(edgesOf(text, '2024-10-02')).toEqual([expect.stringMatching(/^phone_call (?=.*Starmer)(?=.*Ruto).*@2024-10-02$/)]);
  });

  it('reads past a time between the verb and its preposition ("spoke overnight with")', () => {
    const text = 'Calls after the strikes\n\nBritish Foreign Secretary David Lammy said he had spoken overnight with his Jordanian counterpart, Ayman Safadi.';
    expect(edgesOf(text, '2024-10-02')).toContainEqual(expect.stringMatching(/^phone_call (?=.*Lammy)(?=.*Safadi)/));
  });

  it('is a meeting in an article that does not', () => {
    const text = 'Starmer in Nairobi\n\nBritish Prime Minister Keir Starmer spoke with Kenyan President William Ruto at State House on Wednesday.';
    expect(edgesOf(text, '2024-10-03')).toEqual([expect.stringMatching(/^meeting (?=.*Starmer)(?=.*Ruto).*@2024-10-02$/)]);
  });

  it('is had by two who "spoke" with only a time after it, not by one', () => {
    const text = 'Calls across the region\n\nKenyan President William Ruto and Ugandan President Yoweri Museveni spoke on Thursday and agreed that the border must stay open.';
    expect(edgesOf(text, '2024-10-04').filter((e) => e.startsWith('phone_call'))).toEqual([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Museveni).*@2024-10-03$/)]);
    expect(edgesOf('Calls across the region\n\nKenyan President William Ruto spoke on Thursday.', '2024-10-04')).toEqual([]);
  });
});

describe('lists are many events', () => {
  it('gives a call with each caller, and each one\'s congratulation, for "received calls from both A and B, who congratulated him"', () => {
    const edges = edgesOf('Kenyan President William Ruto received calls on Tuesday from both Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo, who congratulated him on his re-election.', '2022-09-14');
    expect(edges.filter((e) => e.startsWith('phone_call '))).toHaveLength(2);
    expect(edges).toEqual(expect.arrayContaining([
      'congratulation Bola Tinubu>William Ruto@2022-09-13',
      'congratulation Nana Akufo-Addo>William Ruto@2022-09-13',
    ]));
  });

  it('gives the host of talks a meeting with each party the talks had', () => {
    const edges = edgesOf('Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks hosted by European Council President Charles Michel in Brussels on Sunday.', '2023-05-15');
    const meetings = edges.filter((e) => e.startsWith('meeting '));
    expect(meetings.some((e) => /Michel/.test(e) && /Pashinyan/.test(e))).toBe(true);
    expect(meetings.some((e) => /Michel/.test(e) && /Aliyev/.test(e))).toBe(true);
  });
});

describe('event nouns', () => {
  it('gives an event noun in a phrase opening the sentence to the subject after its comma', () => {
    const edges = edgesOf('At the meeting with Chinese President Xi Jinping, Vietnamese Prime Minister Pham Minh Chinh proposed faster customs clearance.', '2023-06-27');
    expect(edges).toEqual([expect.stringMatching(/^meeting (?=.*Xi Jinping)(?=.*Chinh)/)]);
  });
});

describe('recognition and clause bounds', () => {
  it('reads recognising a state as support for it', () => {
    expect(edgesOf('Barbados recognised the State of Palestine on Friday.', '2024-04-20')).toEqual(['support Barbados>Palestine@2024-04-19']);
  });

  it('reads a state an article and adjectives describe as governed by the preposition before them ("for a stable, sovereign X")', () => {
    expect(edgesOf('Canada voiced its backing for a strong, sovereign and democratic Moldova on Monday.', '2025-06-10')).toEqual(['support Canada>Moldova@2025-06-09']);
    expect(edgesOf('The minister said Canada had conveyed its support for a democratic, stable, peaceful and inclusive Armenia.', '2025-06-10')).toEqual(['support Canada>Armenia@2025-06-10']);
  });

  it('reads "thanked X for standing with it" and "for congratulating her" as X acting toward the one who thanks', () => {
    expect(edgesOf('Moldova welcomed the decision and thanked Romania for standing with it.', '2025-06-10')).toEqual(['support Romania>Moldova@2025-06-10']);
    expect(edgesOf('President Samia Suluhu Hassan thanked Kenyan President William Ruto for congratulating her.', '2025-06-10')
      .filter((e) => !e.startsWith('leader_of'))).toEqual(['congratulation William Ruto>Samia Suluhu@2025-06-10']);
  });

  it('gives support pledged in a relative clause to the one who spoke with its antecedent, inside a group the clause interrupts', () => {
    const text = 'Moldovan President Maia Sandu spoke by phone with Romanian President Klaus Iohannis, who pledged further support, and with Polish President Andrzej Duda.';
    expect(edgesOf(text, '2024-03-10').filter((e) => e.startsWith('support'))).toEqual(['support Klaus Iohannis>Maia Sandu@2024-03-10']);
    expect(edgesOf('Moldovan President Maia Sandu held talks on Friday with Romanian President Klaus Iohannis, who voiced support.', '2024-03-10')
      .filter((e) => e.startsWith('support'))).toEqual(['support Klaus Iohannis>Maia Sandu@2024-03-08']);
  });

  it('reads a party past "about" as part of what the act is about ("spoke to reporters about relations with X")', () => {
    expect(edgesOf('Kenyan President William Ruto spoke to our correspondent about relations with Uganda. Ugandan President Yoweri Museveni was not available for comment.', '2025-06-10')
      .filter((e) => !e.startsWith('leader_of'))).toEqual([]);
    expect(edgesOf('Kenyan President William Ruto spoke with Ugandan President Yoweri Museveni about trade on Monday.', '2025-06-10')
      .filter((e) => !e.startsWith('leader_of'))).toEqual(['meeting William Ruto>Yoweri Museveni@2025-06-09']);
  });

  it('takes no object from a later clause for a verb whose object is its relative pronoun', () => {
    const edges = edgesOf('The entities, which Russia recognised in February shortly before sending its troops into Ukraine, are not states.', '2022-06-17');
    expect(edges.some((e) => /^support Russia>Ukraine/.test(e))).toBe(false);
  });
});

describe('pairs named before', () => {
  it('reads "the two leaders" as the two people the sentence before names, when the article has no pair yet', () => {
    const text = 'Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese were in Perth on Saturday.\n\n'
      + 'After lunch, the two leaders signed the Joint Declaration on Security Cooperation.';
    const edges = edgesOf(text, '2022-10-22').filter((e) => e.startsWith('signed '));
    expect(edges.some((e) => e.startsWith('signed Fumio Kishida>'))).toBe(true);
    expect(edges.some((e) => e.startsWith('signed Anthony Albanese>'))).toBe(true);
  });
});

describe('pairs named by their office', () => {
  it('reads "the two Foreign Ministers" as the two the article titles so, not a pair of other offices, and "she" after "At the invitation of X, Y" as Y', () => {
    const text = 'At the invitation of Kenyan Foreign Minister Musalia Mudavadi, Ugandan Foreign Minister Jeje Odongo paid an official visit to Kenya. During the visit, he called on President William Ruto. The two Foreign Ministers held talks on 13 May 2024.';
    const edges = edgesOf(text, '2024-05-14').filter((e) => e.startsWith('meeting'));
    expect(edges).toContain('meeting Jeje Odongo>Musalia Mudavadi@2024-05-13');
    expect(edges.some((e) => e.includes('Musalia Mudavadi>William Ruto') || e.includes('William Ruto>Musalia Mudavadi'))).toBe(false);
  });

  it('reads "the two ministers" as the last two ministers of any portfolio, not a minister and the president one of them called on', () => {
    const text = 'Foreign Minister Musalia Mudavadi received Defence Minister Jacob Oulanyah of Uganda in Nairobi on Monday. '
      + 'Earlier, Oulanyah paid a courtesy call on President William Ruto. The two ministers condemned the shelling of the border by Sudan.';
    const edges = edgesOf(text, '2025-06-10').filter((e) => e.startsWith('condemnation')).map((e) => e.replace(/@.*/, ''));
    expect(edges.sort()).toEqual(['condemnation Jacob Oulanyah>Sudan', 'condemnation Musalia Mudavadi>Sudan']);
  });

  it('reads "the Togolese minister" as the one minister of Togo titled before, whom the gazetteer lacks', () => {
    const text = 'President John Mahama received Minister of Foreign Affairs of Togo Kodjo Amegah on Monday.\n\nEarlier in the day, the Togolese minister held talks with Minister of Foreign Affairs of Ghana Yaw Boateng.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('meeting'))).toContain('meeting Kodjo Amegah>Yaw Boateng@2025-06-09');
  });
});

describe('callers one by one', () => {
  it('gives "A and B both telephoned him to express their solidarity" a call and support from each, and no call between A and B', () => {
    const text = 'Gunmen attacked the palace in Bissau on Tuesday. Guinea-Bissau President Umaro Sissoco Embalo said the situation was under control. Senegalese President Macky Sall and Ghanaian President Nana Akufo-Addo both telephoned him to express their solidarity.';
    const edges = edgesOf(text, '2022-02-02').filter((e) => e.startsWith('phone_call') || e.startsWith('support'));
    expect(edges).toEqual([
      'phone_call Umaro Sissoco Embaló>Macky Sall@2022-02-01', 'phone_call Umaro Sissoco Embaló>Nana Akufo-Addo@2022-02-01',
      'support Macky Sall>Umaro Sissoco Embaló@2022-02-01', 'support Nana Akufo-Addo>Umaro Sissoco Embaló@2022-02-01',
    ]);
  });
});

describe('a quoted predicate', () => {
  it('joined on by "and" shares the clause\'s subject, not the speaker named after it', () => {
    const text = 'Ghanaian President John Mahama and Togolese President Faure Gnassingbe spoke by phone on Saturday and "reaffirmed their will to deepen ties", the Togolese presidency said.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('shared_stance'))).toEqual(['shared_stance Faure Gnassingbé>John Dramani Mahama@2025-06-07']);
  });
});

describe('clauses joined by ", and"', () => {
  it('ends a preposition\'s object where a member with its own verb opens the next clause ("talks with B, and C met D")', () => {
    const text = 'Ahead of the summit, Ghanaian President John Mahama held a bilateral meeting with Togolese President Faure Gnassingbe, and Nigerian President Bola Tinubu met Beninese President Patrice Talon.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('meeting'))).toEqual([
      'meeting Faure Gnassingbé>John Dramani Mahama@2025-06-10', 'meeting Patrice Talon>Bola Tinubu@2025-06-10',
    ]);
  });

  it('ends a list "and" closed at the next comma ("In the presence of A and B, C and D signed": C and D sign)', () => {
    const text = 'In the presence of Kenyan President William Ruto and Ugandan President Yoweri Museveni, Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo signed a trade pact on Monday.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('signed')).sort()).toEqual([
      'signed Jeje Odongo>trade pact@2025-06-09', 'signed Musalia Mudavadi>trade pact@2025-06-09',
    ]);
  });

  it('ends a list "and" closed at a semicolon, unless its preposition goes on after it', () => {
    const headlines = 'In the headlines: greetings from Cairo, Nouakchott and Tripoli; Ghana and Togo speak with one voice on fishing.';
    expect(edgesOf(headlines, '2025-06-10')).toEqual([expect.stringMatching(/^shared_stance (Ghana>Togo|Togo>Ghana)@/)]);
    const repeated = 'Ghana received messages of support on Monday from Togo and Benin; from Niger; and from Nigeria.';
    expect(edgesOf(repeated, '2025-06-10').filter((e) => e.startsWith('support')).map((e) => e.replace(/>.*/, '')).sort())
      .toEqual(['support Benin', 'support Niger', 'support Nigeria', 'support Togo']);
  });

  it('ends a preposition\'s object at ", and that", which opens another reported clause, not a member', () => {
    const text = 'Ghanaian President John Mahama said homes had been flooded. He said that he had spoken by phone on Tuesday with Togo\'s Faure Gnassingbe, and that a Togolese ship had docked.';
    expect(edgesOf(text, '2025-06-12').filter((e) => e.startsWith('phone_call'))).toEqual(['phone_call Faure Gnassingbé>John Dramani Mahama@2025-06-10']);
  });
});

describe('acting nouns', () => {
  it('reads "the Government of X and the Government of Y signed" as X and Y signing', () => {
    const edges = edgesOf('The Government of Kazakhstan and the Government of Uzbekistan signed the agreement on the Kambarata hydropower plant on Friday.', '2024-06-08');
    expect(edges.some((e) => e.startsWith('signed Kazakhstan>'))).toBe(true);
    expect(edges.some((e) => e.startsWith('signed Uzbekistan>'))).toBe(true);
  });

  it('reads "which the governments of X and Y signed" after an agreement on a project in a place as X and Y signing it', () => {
    const edges = edgesOf('The presidents reviewed the agreement on the development of a wind power plant in Chile, which the governments of Chile and Peru signed in Lima on 17 January.', '2024-07-08');
    expect(edges.filter((e) => e.startsWith('signed ')).map((e) => e.split('>')[0]).sort()).toEqual(['signed Chile', 'signed Peru']);
  });

  it('reads "which X and Y signed" after an agreement whose name runs on to a region as X and Y signing it ("..., which A and B signed")', () => {
    expect(edgesOf('Officials reviewed the Memorandum of Understanding on Piracy Prevention and Maritime Patrols in the Gulf of Guinea, which Ghana and Togo signed in Accra on 3 March 2024.', '2025-04-09')).toEqual([
      'signed Ghana>Memorandum of Understanding on Piracy Prevention and Maritime Patrols in the Gulf of Guinea@2024-03-03',
      'signed Togo>Memorandum of Understanding on Piracy Prevention and Maritime Patrols in the Gulf of Guinea@2024-03-03',
    ]);
  });

  it('reads ministries, named by their field, and officials of X and Y as X and Y', () => {
    for (const text of [
      'The environment ministries of Chile and Peru signed a memorandum on the protection of the Humboldt Current on Monday.',
      'The foreign ministries of Chile and Peru signed a memorandum on consular cooperation on Monday.',
      'Officials of Chile and Peru signed a memorandum on consular cooperation on Monday.',
    ]) {
      const edges = edgesOf(text, '2024-05-02');
      expect(edges.filter((e) => e.startsWith('signed ')).map((e) => e.split('>')[0]).sort(), text).toEqual(['signed Chile', 'signed Peru']);
    }
  });
});

describe('congratulations as news tells them', () => {
  it('dates a congratulation told by a participle after a call by the call, not by the inauguration "two days earlier"', () => {
    const edges = edgesOf('Kenyan President William Ruto spoke by phone on Friday with Tanzanian President Samia Suluhu Hassan, congratulating her on her inauguration two days earlier.', '2025-06-10');
    expect(edges.filter((e) => e.startsWith('congratulation '))).toEqual([expect.stringMatching(/^congratulation William Ruto>Samia Suluhu.*@2025-06-06$/)]);
  });

  it('gives each addressee of "cables of congratulation to A and B" its own edge', () => {
    const edges = edgesOf('Qatari Emir Sheikh Tamim bin Hamad Al Thani sent cables of congratulation to Kuwaiti Emir Sheikh Mishal Al-Ahmad and Omani Sultan Haitham bin Tarik on Sunday.', '2024-10-21');
    expect(edges.filter((e) => e.startsWith('congratulation '))).toHaveLength(2);
  });

  it('reads the senders after "poured in from" and the addressee from the article', () => {
    const text = 'Masoud Pezeshkian won Iran\'s presidential run-off on Friday.\n\nCongratulations poured in from Kenyan President William Ruto and Nigerian President Bola Tinubu.';
    const edges = edgesOf(text, '2024-07-06');
    expect(edges).toEqual(expect.arrayContaining([
      expect.stringMatching(/^congratulation William Ruto>Masoud Pezeshkian/),
      expect.stringMatching(/^congratulation Bola Tinubu>Masoud Pezeshkian/),
    ]));
  });

  it('keeps an infinitive that says who acted first, and one that is the purpose of a call', () => {
    expect(edgesOf('Indian Prime Minister Narendra Modi was among the first leaders to congratulate Sri Lankan President Anura Kumara Dissanayake.', '2024-09-23'))
      .toEqual([expect.stringMatching(/^congratulation Narendra Modi>Anura Kumara Dissanayak[ae]/)]);
    const edges = edgesOf('Russian President Vladimir Putin telephoned Iranian President Masoud Pezeshkian on Saturday to congratulate him on his victory.', '2024-07-06');
    expect(edges).toContain('congratulation Vladimir Putin>Masoud Pezeshkian@2024-07-06');
    expect(edgesOf('Ghana on Monday became the latest country to sign the border security agreement.', '2025-03-11').filter((e) => e.startsWith('signed')))
      .toEqual(['signed Ghana>border security agreement@2025-03-10']);
    // A numbered place in the sequence says so too, in words or in digits.
    expect(edgesOf('Ghana on Monday became the 30th country to sign the border security agreement.', '2025-03-11').filter((e) => e.startsWith('signed')))
      .toEqual(['signed Ghana>border security agreement@2025-03-10']);
    expect(edgesOf('Ghana on Monday became the third country to sign the border security agreement.', '2025-03-11').filter((e) => e.startsWith('signed')))
      .toEqual(['signed Ghana>border security agreement@2025-03-10']);
  });

  it('reads a state wished a happy national day as greeted, not one wished well', () => {
    expect(edgesOf('Ghanaian President John Mahama on Monday wished Togo a happy independence day.', '2025-03-11'))
      .toEqual([expect.stringMatching(/^congratulation John (Dramani )?Mahama>Togo@2025-03-10$/)]);
    expect(edgesOf('Ghana on Monday wished Togo well.', '2025-03-11')).toEqual([]);
  });

  it('reads congratulations offered with words of warmth between', () => {
    expect(edgesOf('Ghanaian President John Mahama on Monday offered his warmest congratulations to Togolese President Faure Gnassingbe.', '2025-03-11'))
      .toEqual([expect.stringMatching(/^congratulation John (Dramani )?Mahama>Faure Gnassingb[eé]@2025-03-10$/)]);
  });

  it('sends congratulations without an addressee to the one the article congratulates', () => {
    const text = 'Kenyan President William Ruto telephoned Ghanaian President John Mahama on Tuesday to congratulate him.\n\n'
      + 'Nigerian President Bola Tinubu and Ivorian President Alassane Ouattara also sent messages of congratulation on Tuesday. '
      + 'Senegalese President Bassirou Diomaye Faye and Togolese President Faure Gnassingbe were among the leaders who sent congratulatory messages the same day. '
      + 'Liberian President Joseph Boakai followed the next day with a letter of felicitation.';
    const edges = edgesOf(text, '2025-01-08').filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/John (Dramani )?Mahama/, 'Mahama'));
    expect(edges).toEqual(expect.arrayContaining([
      'congratulation Bola Tinubu>Mahama@2025-01-07', 'congratulation Alassane Ouattara>Mahama@2025-01-07',
      expect.stringMatching(/^congratulation Bassirou Diomaye (Diakhar )?Faye>Mahama@2025-01-07$/), expect.stringMatching(/^congratulation Faure Gnassingb[eé]>Mahama@2025-01-07$/),
      'congratulation Joseph Boakai>Mahama@2025-01-08',
    ]));
  });

  it('reads greetings that came from A and B as theirs, to the one the article congratulates', () => {
    const text = 'Ghanaian President John Mahama received a message of congratulations from Kenyan President William Ruto on Tuesday. '
      + 'Greetings also came from Nigerian President Bola Tinubu and Ivorian President Alassane Ouattara.';
    const edges = edgesOf(text, '2025-01-08').map((e) => e.replace(/John (Dramani )?Mahama/, 'Mahama'));
    expect(edges).toEqual(expect.arrayContaining(['congratulation Bola Tinubu>Mahama@2025-01-07', 'congratulation Alassane Ouattara>Mahama@2025-01-07']));
  });

  it('reads a participle after a comma as acting on the object of the clause before it', () => {
    const edges = edgesOf('Kenyan President William Ruto spoke to Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo on Tuesday, conveying his greetings on the holiday.', '2023-06-29')
      .filter((e) => e.startsWith('congratulation '));
    expect(edges).toEqual(['congratulation William Ruto>Bola Tinubu@2023-06-27', 'congratulation William Ruto>Nana Akufo-Addo@2023-06-27']);
  });

  it('reads an infinitive of purpose past a clause between as the call\'s, to the call\'s other party', () => {
    const edges = edgesOf('Kenyan President William Ruto phoned Ghanaian President John Mahama late on Sunday, shortly after the first results were released, to wish his neighbour success.', '2024-12-10')
      .map((e) => e.replace(/John (Dramani )?Mahama/, 'Mahama'));
    expect(edges).toContain('congratulation William Ruto>Mahama@2024-12-08');
  });

  it('reads an infinitive of purpose whose clause subject is the sentence\'s as the call\'s, to the one called', () => {
    expect(edgesOf('Kenyan President William Ruto called Tanzanian President Samia Suluhu Hassan on Monday to offer his congratulations.', '2025-11-05'))
      .toEqual(expect.arrayContaining(['congratulation William Ruto>Samia Suluhu@2025-11-03']));
  });

  it('reads a verb of writing followed by two objects as taking no reported clause: its first object is no subject', () => {
    const edges = edgesOf('Kenyan President William Ruto wrote Tanzanian President Samia Suluhu Hassan a long letter of congratulations on Monday.', '2025-11-05');
    expect(edges.filter((e) => e.startsWith('congratulation Samia'))).toEqual([]);
  });

  it('reads the subject past an aside and a message the act was made in', () => {
    expect(edgesOf('Kenyan President William Ruto, chairman of the East African Community, in his message extended warm congratulations to Ghanaian President John Mahama on Tuesday.', '2025-01-08'))
      .toEqual([expect.stringMatching(/^congratulation William Ruto>John (Dramani )?Mahama@2025-01-07$/)]);
  });

  it('pairs a call the act took place in with the act\'s object', () => {
    const edges = edgesOf('Egyptian President Abdel Fattah al-Sisi congratulated Kenyan President William Ruto in a telephone call on Tuesday.', '2024-07-06');
    expect(edges).toEqual(expect.arrayContaining([expect.stringMatching(/^phone_call (?=.*Sisi)(?=.*Ruto)/)]));
  });
});

describe('meetings as news tells them', () => {
  it('reads a person named by an honorific and a name inside it as one member of a list ("with X, Ratu Y Z, and with W")', () => {
    const edges = edgesOf('Indian President Droupadi Murmu held talks on Monday with her Fijian counterpart, Ratu Wiliame Katonivere, and with Prime Minister Sitiveni Rabuka.', '2024-08-07');
    expect(edges.filter((e) => e.startsWith('meeting ')).map((e) => e.replace(/@.*/, '')).sort()).toEqual([
      expect.stringMatching(/^meeting (?=.*Murmu)(?=.*Rabuka)/), expect.stringMatching(/^meeting (?=.*Murmu)(?=.*Katonivere)/),
    ]);
  });

  it('reads the subjects of "at which" after a meeting as its parties, each pair, four at most', () => {
    const meetings = (text: string): string[] => edgesOf(text, '2024-06-05').filter((e) => e.startsWith('meeting '));
    expect(meetings('It followed a three-way meeting in Nairobi on 2 May at which Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan agreed to build the railway.'))
      .toHaveLength(3);
    expect(meetings('It followed a meeting in Nairobi on 2 May at which the railway was discussed.')).toEqual([]);
  });

  it('reads the subjects of a relative clause that "held" a meeting as its parties, with "that" or without, not those who attended it', () => {
    const meetings = (text: string): string[] => edgesOf(text, '2024-06-05').filter((e) => e.startsWith('meeting '));
    expect(meetings('The railway builds on the three-way summit that Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan held in Nairobi on 2 May.'))
      .toHaveLength(3);
    expect(meetings('The railway builds on the talks Kenyan President William Ruto and Ugandan President Yoweri Museveni held in Nairobi on 2 May.'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-05-02$/)]);
    expect(meetings('The railway builds on the summit that Kenyan President William Ruto and Ugandan President Yoweri Museveni attended in Nairobi on 2 May.')).toEqual([]);
  });

  it('reads one holder of such a clause with the one its verb\'s "with" or "to" names, and a day in the clause after a comma as the meeting\'s', () => {
    const ruto = 'Kenyan President William Ruto';
    const museveni = 'Ugandan President Yoweri Museveni';
    const pair = (type: string): unknown[] => [expect.stringMatching(new RegExp(`^${type} (?=.*Ruto)(?=.*Museveni).*@2024-05-02$`))];
    const events = (text: string): string[] => edgesOf(text, '2024-06-05').filter((e) => !e.startsWith('leader_of'));
    expect(events(`The railway builds on the talks ${ruto} held with ${museveni} in Nairobi on 2 May.`)).toEqual(pair('meeting'));
    expect(events(`The railway builds on the meeting ${ruto} had with ${museveni} on 2 May.`)).toEqual(pair('meeting'));
    expect(events(`The railway came out of the phone call ${ruto} made to ${museveni} on 2 May.`)).toEqual(pair('phone_call'));
    expect(events(`The meeting, which ${ruto} and ${museveni} held in Nairobi on 2 May, produced the railway deal.`)).toEqual(pair('meeting'));
  });

  it('reads "sat down with" and a coordinated pair that "talked" as meetings', () => {
    expect(edgesOf('Spanish Prime Minister Pedro Sánchez sat down with Moroccan King Mohammed VI in Rabat on Wednesday.', '2024-02-22'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Sánchez)(?=.*Mohammed VI).*@2024-02-21$/)]);
    expect(edgesOf('Portuguese Prime Minister Luís Montenegro and Spanish Prime Minister Pedro Sánchez talked for two hours in Lisbon on Monday.', '2024-06-18'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Montenegro)(?=.*Sánchez).*@2024-06-17$/)]);
  });

  it('reads "met at" a place, "met with" and "met for talks" as meetings held, and a summit where they agreed to meet as none', () => {
    expect(edgesOf('Emmanuel Macron, Keir Starmer and Friedrich Merz met at the Elysee on Monday to coordinate their response.', '2025-06-10')).toHaveLength(3);
    expect(edgesOf('Emmanuel Macron met for talks with Keir Starmer on Monday.', '2025-06-10')).toEqual([expect.stringMatching(/^meeting (?=.*Macron)(?=.*Starmer).*@2025-06-09$/)]);
    const planned = 'Mark Carney spoke with Volodymyr Zelensky by phone on Monday. They agreed to stay in touch and to meet at the G7 leaders\' summit in Alberta in June.';
    expect(edgesOf(planned, '2025-04-30').filter((e) => e.startsWith('meeting'))).toEqual([]);
  });

  it('reads talks a person hosted between two others as the host\'s too, and meetings under a third party\'s auspices as held', () => {
    const hosted = edgesOf('Qatar\'s Emir Tamim bin Hamad Al Thani hosted talks between Paul Kagame and Felix Tshisekedi in Doha on Monday.', '2025-06-10');
    expect(hosted.filter((e) => e.startsWith('meeting'))).toHaveLength(3);
    expect(edgesOf('Ilham Aliyev and Nikol Pashinyan met under the auspices of the European Union on Monday.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Aliyev)(?=.*Pashinyan).*@2025-06-09$/)]);
    expect(edgesOf('Xi Jinping hosted a summit with Nicolas Maduro on Monday.', '2025-06-10')).toEqual([expect.stringMatching(/^meeting (?=.*Xi)(?=.*Maduro).*@2025-06-09$/)]);
  });

  it('reads talks opening a sentence, a day before "between", as held by the two after it, and a meal two shared as a meeting', () => {
    expect(edgesOf('Talks on Monday between Ghanaian President John Mahama and Nigerian President Bola Tinubu focused on trade.', '2025-03-11'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Mahama)(?=.*Tinubu).*@2025-03-10$/)]);
    expect(edgesOf('Ghanaian President John Mahama and Nigerian President Bola Tinubu had lunch in Accra on Monday.', '2025-03-11'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Mahama)(?=.*Tinubu).*@2025-03-10$/)]);
    expect(edgesOf('Ghanaian President John Mahama had lunch in Accra on Monday.', '2025-03-11')).toEqual([]);
  });

  it('reads "their meeting" opening a sentence as the meeting of the clause\'s subject and the next person it names', () => {
    expect(edgesOf('During their meeting in Nicosia on Monday, Cypriot President Nikos Christodoulides presented Indian Prime Minister Narendra Modi with an award.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Modi)(?=.*Christodoulides).*@2025-06-09$/)]);
  });

  it('reads a passive\'s subject past an apposition set off by commas', () => {
    expect(edgesOf('Kenyan President William Ruto, the chairman of the regional bloc who took office in November, was later received at State House by Tanzanian President Samia Suluhu Hassan on Monday.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Samia)(?=.*Ruto).*@2025-06-09$/)]);
  });

  it('reads welcoming or greeting a person as hosting them, and welcoming a decision as nothing', () => {
    expect(edgesOf('Ghanaian President Nana Akufo-Addo welcomed Ivorian President Alassane Ouattara to Jubilee House on Thursday.', '2023-11-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Akufo-Addo)(?=.*Ouattara).*@2023-11-09$/)]);
    expect(edgesOf('Ghanaian President Nana Akufo-Addo greeted Ivorian President Alassane Ouattara at the airport in Accra on Thursday.', '2023-11-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Akufo-Addo)(?=.*Ouattara)/)]);
    expect(edgesOf('Ghanaian President Nana Akufo-Addo welcomed the decision by Ivorian President Alassane Ouattara on Thursday.', '2023-11-10')
      .filter((e) => e.startsWith('meeting '))).toEqual([]);
  });

  it('continues an object past a place: "met A in X and B in Y", but not into the subject of a new clause', () => {
    const meetings = edgesOf('Indian External Affairs Minister Subrahmanyam Jaishankar met Gabonese President Brice Oligui Nguema in Libreville and Senegalese President Bassirou Diomaye Faye in Dakar last week.', '2024-06-20')
      .filter((e) => e.startsWith('meeting '));
    expect(meetings).toHaveLength(2);
    const clause = edgesOf('Ghanaian President Nana Akufo-Addo met Ivorian President Alassane Ouattara in Abidjan and Nigerian President Bola Tinubu said trade would grow.', '2023-11-10')
      .filter((e) => e.startsWith('meeting '));
    expect(clause).toEqual([expect.stringMatching(/^meeting (?=.*Akufo-Addo)(?=.*Ouattara)/)]);
  });

  it('reads "the three leaders" as the three people named before them in the sentence, who open a clause of their own', () => {
    const edges = edgesOf('In Nairobi, Kenyan President William Ruto hosted Ghanaian President Nana Akufo-Addo and Nigerian President Bola Tinubu on Monday, and the three leaders signed the Nairobi Declaration.', '2023-06-27');
    expect(edges.filter((e) => e.startsWith('signed '))).toEqual([
      'signed Bola Tinubu>Nairobi Declaration@2023-06-26', 'signed Nana Akufo-Addo>Nairobi Declaration@2023-06-26', 'signed William Ruto>Nairobi Declaration@2023-06-26',
    ]);
  });

  it('reads "the three leaders" as three people named together a few sentences before, past sentences naming others', () => {
    const text = 'Kenyan President William Ruto hosted Ghanaian President John Mahama and Nigerian President Bola Tinubu in Nairobi on Monday.\n\n'
      + 'A trade protocol was signed on the margins by Kenyan Trade Minister Lee Kinyanjui and Ghanaian Trade Minister Elizabeth Ofosu-Adjare.\n\n'
      + 'In a joint statement issued after the talks, the three leaders condemned Mali\'s withdrawal from ECOWAS.\n';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('condemnation')).sort()).toEqual([
      'condemnation Bola Tinubu>Mali@2025-06-09', 'condemnation John Dramani Mahama>Mali@2025-06-09', 'condemnation William Ruto>Mali@2025-06-09',
    ]);
  });

  it('does not read "the two ministers" as the pair of heads of government the article is about', () => {
    const text = 'Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.\n\n'
      + 'Separately, Indian External Affairs Minister S. Jaishankar received a telephone call from Japanese Foreign Minister Yoko Kamikawa on Tuesday.\n\n'
      + 'The two ministers discussed the situation in the region on Wednesday.';
    const edges = edgesOf(text, '2024-05-15');
    expect(edges.filter((e) => /Modi|Kishida/.test(e))).toEqual([expect.stringMatching(/^meeting (?=.*Modi)(?=.*Kishida).*@2024-05-13$/)]);
  });

  it('reads the two guests of a host as the pair the article is about', () => {
    const text = 'Kenyan President William Ruto hosted Ghanaian President Nana Akufo-Addo and Nigerian President Bola Tinubu in Nairobi on Monday.\n\n'
      + 'Ghana\'s foreign minister Shirley Ayorkor Botchwey met Nigeria\'s foreign minister Yusuf Tuggar on Sunday.\n\n'
      + 'Senegalese President Macky Sall phoned both leaders on Tuesday.';
    const calls = edgesOf(text, '2023-06-28').filter((e) => e.startsWith('phone_call '));
    expect(calls).toEqual(expect.arrayContaining([expect.stringMatching(/^phone_call (?=.*Sall)(?=.*Akufo-Addo)/), expect.stringMatching(/^phone_call (?=.*Sall)(?=.*Tinubu)/)]));
  });

  it('reads a preposition repeated after "and" as another party of the same event', () => {
    const calls = edgesOf('Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama, and then with Nigerian President Bola Tinubu on Monday.', '2025-01-08')
      .filter((e) => e.startsWith('phone_call '));
    expect(calls).toHaveLength(2);
    expect(calls).toEqual(expect.arrayContaining([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Mahama)/), expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Tinubu)/)]));
  });

  it('reads a state\'s possessive before a title\'s modifiers as part of the person, not a party of its own', () => {
    const meetings = edgesOf('Ghanaian President Nana Akufo-Addo and Togo\'s Acting Prime Minister Victoire Tomegah Dogbé sat down with Nigerian President Bola Tinubu on Monday.', '2023-06-27')
      .filter((e) => e.startsWith('meeting '));
    expect(meetings).toHaveLength(3);
    // ... a time prefix hyphenated onto the title too, the name in apposition after it.
    const hosted = edgesOf('Ruto welcomed Ghana\'s then-president, Nana Akufo-Addo, and Togo\'s then-prime minister, Victoire Tomegah Dogbé, to State House on Monday.', '2023-06-27')
      .filter((e) => e.startsWith('meeting '));
    expect(hosted).toEqual(expect.arrayContaining([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Akufo-Addo)/), expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Dogbé)/)]));
  });

  it('gives a participle after a comma with no subject of its own the subject of the clause before the comma', () => {
    const text = 'Ghana\'s John Mahama won the election on Saturday. Kenyan President William Ruto was the first leader to reach Mahama after the count, telephoning the Ghanaian president-elect on Sunday evening.';
    expect(edgesOf(text, '2024-12-10').filter((e) => e.startsWith('phone_call '))).toEqual([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Mahama)/)]);
    // Not the subject of a participle that modifies a noun ("a soldier detained in Y").
    const detained = 'Ghana\'s foreign minister demanded the release of Kofi Owusu, a soldier detained in Togo since May, accusing the Togolese authorities of bad faith.';
    expect(edgesOf(detained, '2024-12-10').filter((e) => e.startsWith('condemnation '))).toEqual([expect.stringMatching(/^condemnation .*>Togo/)]);
  });

  it('reads two guests received to take part in a three-way summit as meeting each other too', () => {
    const meetings = (text: string): string[] => edgesOf(text, '2024-02-22').filter((e) => e.startsWith('meeting '));
    expect(meetings('On Thursday Ruto received Museveni and Tanzania\'s Samia Suluhu Hassan to take part in the tripartite summit in Nairobi.')).toHaveLength(3);
    // Not guests received to discuss something, nor "to" a place.
    expect(meetings('On Thursday Ruto received Museveni and Tanzania\'s Samia Suluhu Hassan to discuss the border in Nairobi.')).toHaveLength(2);
    expect(meetings('On Thursday Ruto welcomed Museveni and Tanzania\'s Samia Suluhu Hassan to the palace, and the summit opened on Friday.')).toHaveLength(2);
  });

  it('reads the guests at one table as meeting one another ("had breakfast with A and B"), four at most, not guests met one by one', () => {
    const meetings = (text: string): string[] => edgesOf(text, '2024-02-22').filter((e) => e.startsWith('meeting '));
    expect(meetings('On Thursday Ruto had breakfast with Museveni and Tanzania\'s Samia Suluhu Hassan in Arusha.')).toHaveLength(3);
    expect(meetings('On Thursday Ruto hosted a working dinner for Museveni and Tanzania\'s Samia Suluhu Hassan in Nairobi.')).toHaveLength(3);
    // Talks with two guests are two meetings, unless told as joint.
    expect(meetings('On Thursday Ruto held talks with Museveni and Tanzania\'s Samia Suluhu Hassan in Nairobi.')).toHaveLength(2);
  });

  it('reads a list set off by spaced dashes as an aside: the name before it is the subject ("the E3 - A, B and C - condemned")', () => {
    const edges = edgesOf('The E3 - France, Germany and the United Kingdom - on Monday condemned Iran\'s expansion of enrichment.', '2024-06-05');
    expect(edges.filter((e) => e.startsWith('condemnation '))).toEqual(['condemnation E3>Iran@2024-06-03']);
    // A single spaced dash still breaks the clause: "Talks resumed - Kenya welcomed the step" has no aside.
    expect(edgesOf('Talks resumed in Nairobi on Monday - Kenya praised Uganda for the step.', '2024-06-05').filter((e) => e.startsWith('support '))).toEqual(['support Kenya>Uganda@2024-06-03']);
  });

  it('reads people in apposition to a plural title, each after a state\'s possessive, as the title\'s holders and the agents of its "by"', () => {
    const signers = edgesOf('The pact was a trilateral accord signed in Accra on Monday by the three trade ministers, Ghana\'s Kofi Asante Mensah, Togo\'s Yawa Kodjo and Benin\'s Romuald Houngbo.', '2024-06-05', { withRelations: true });
    expect(signers.filter((e) => e.startsWith('signed '))).toHaveLength(3);
    expect(signers).toEqual(expect.arrayContaining(['leader_of Kofi Asante Mensah>Ghana', 'leader_of Yawa Kodjo>Togo', 'leader_of Romuald Houngbo>Benin']));
    // A date before the title is no part of the phrase: "On 3 May the two ministers, A's X and B's Y, met" are its subject.
    const met = edgesOf('Ghana and Togo restored ties. On 3 May 2024 the two trade ministers, Ghana\'s Kofi Asante Mensah and Togo\'s Yawa Kodjo, met in Lome.', '2024-06-05');
    expect(met.filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Mensah)(?=.*Kodjo)/)]);
  });

  it('keeps a plural title out of the person named after a known one it also covers ("Foreign ministers A and B met")', () => {
    for (const text of ['Foreign ministers Sergey Lavrov and Kwame Boateng Asare met in Moscow on Monday.', 'The foreign ministers, Sergey Lavrov and Kwame Boateng Asare, met in Moscow on Monday.']) {
      expect(edgesOf(text, '2023-06-14')).toEqual([expect.stringMatching(/^meeting (?=.*Lavrov)(?=.*Asare).*@2023-06-12$/)]);
    }
  });

  it('reads a plural title after coordinated states as one holder in each', () => {
    const calls = edgesOf('On Saturday, Kenyan President William Ruto held separate telephone conversations with the Ghanaian and Nigerian presidents.', '2023-06-27')
      .filter((e) => e.startsWith('phone_call '));
    expect(calls).toEqual(expect.arrayContaining([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Akufo-Addo)/), expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Tinubu)/)]));
  });

  it('pairs no two guests received "in separate meetings", and reads a demonym\'s "colleague" as a counterpart', () => {
    const text = 'On Monday, I hosted my Ghanaian colleague Kwame Boateng Asare and my Nigerian colleague Ibrahim Musa Danjuma in separate meetings in Nairobi.';
    const page = `TRANSCRIPT: Press conference of Kenyan President William Ruto\n\nNairobi, Tuesday 14 May 2024\n\nPRESIDENT RUTO: ${text}\n`;
    const { article: a } = parseArticle(page, { id: 'page', file: 'page.txt' });
    const { fragment } = extract(a!, loadKnowledge());
    const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
    expect(fragment!.edges.filter((e) => e.type === 'meeting').map((e) => [label.get(e.source), label.get(e.target)].sort().join(' + ')).sort())
      .toEqual(['Ibrahim Musa Danjuma + William Ruto', 'Kwame Boateng Asare + William Ruto']);
  });

  it('reads a state and title words the lexicon lacks before a person\'s known title as that person\'s', () => {
    expect(edgesOf('Ghanaian President Nana Akufo-Addo on Friday called on Chinese State Councillor and Foreign Minister Wang Yi in Beijing.', '2021-06-12'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Akufo-Addo)(?=.*Wang Yi).*@2021-06-11$/)]);
  });
});

describe('institutions act for their states', () => {
  it('reads a ministry, a government or "the two sides" through the state that holds them', () => {
    expect(edgesOf('Egypt\'s foreign ministry condemned Israel on Friday.', '2024-05-11')).toEqual(['condemnation Egypt>Israel@2024-05-10']);
    expect(edgesOf('The Foreign Ministry of Jordan condemned Israel on Friday.', '2024-05-11')).toEqual(['condemnation Jordan>Israel@2024-05-10']);
    expect(edgesOf('The Egyptian government and the Qatari government condemned Israel on Friday.', '2024-05-11').sort())
      .toEqual(['condemnation Egypt>Israel@2024-05-10', 'condemnation Qatar>Israel@2024-05-10']);
    const signed = edgesOf('The Moroccan and Israeli sides signed the Rabat Water Memorandum on Friday.', '2024-05-11').filter((e) => e.startsWith('signed '));
    expect(signed.sort()).toEqual([expect.stringMatching(/^signed Israel>/), expect.stringMatching(/^signed Morocco>/)]);
  });

  it('reads an official the gazetteer does not name as their state acting ("Ghana\'s foreign minister condemned")', () => {
    expect(edgesOf('Ghana\'s foreign minister condemned Togo\'s decision on Monday.', '2025-06-10')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
    expect(edgesOf('The Ghanaian trade minister said on Monday that Togo\'s decision was illegal.', '2025-06-10')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
  });

  it('reads a claim that a party violated or breached a norm as condemning it, the norm a few words on', () => {
    expect(edgesOf('Ghana said on Monday that Togo had violated the ECOWAS protocol on free movement.', '2025-06-10')).toContain('condemnation Ghana>Togo@2025-06-09');
    expect(edgesOf('Ghana said on Monday that Togo had breached its obligations.', '2025-06-10')).toContain('condemnation Ghana>Togo@2025-06-09');
    expect(edgesOf('Ghana said on Monday that Togo had violated nothing.', '2025-06-10')).toEqual([]);
  });

  it('reads a government seated in a capital as its state ("the juntas in Bamako and Ouagadougou"), and talks in a capital as a place', () => {
    expect(edgesOf('On July 31, the juntas in Bamako and Ouagadougou issued a joint statement declaring that an intervention in Niger would be war.', '2023-08-11')
      .filter((e) => !e.startsWith('party_to'))).toEqual(['shared_stance Burkina Faso>Mali@2023-07-31']);
    expect(edgesOf('The authorities in Kabul condemned Pakistan on Friday.', '2024-05-11')).toEqual(['condemnation Afghanistan>Pakistan@2024-05-10']);
    expect(edgesOf('The foreign ministry in Accra issued a statement on Monday condemning Togo\'s move.', '2025-06-10')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
    expect(edgesOf('Officials in Nairobi welcomed Somalia\'s decision on Monday.', '2025-06-10')).toEqual(['support Kenya>Somalia@2025-06-09']);
    expect(edgesOf('Ghana condemned Togo during talks in Bamako on Friday.', '2024-05-11')).toEqual(['condemnation Ghana>Togo@2024-05-10']);
  });

  it('reads the State Department as its state', () => {
    expect(edgesOf('The State Department criticised Venezuela on Friday.', '2024-05-11')).toEqual([expect.stringMatching(/^condemnation United States>Venezuela@2024-05-10$/)]);
  });
});

describe('people a state names without a title', () => {
  it('reads "X\'s Given Surname" and "Given Surname of X" before a verb as a person speaking for X', () => {
    const edges = edgesOf('Ghana\'s Akua Mensah-Boateng denounced the veto on Friday. Kwabena Owusu of Senegal said he regretted the failure.', '2024-10-05', { withRelations: true });
    expect(edges.filter((e) => e.startsWith('leader_of')).sort()).toEqual(['leader_of Akua Mensah-Boateng>Ghana', 'leader_of Kwabena Owusu>Senegal']);
    // Two such joined by "and": each a person of their own state.
    const signers = edgesOf('The health ministers, Akua Mensah of Ghana and Kwabena Owusu of Togo, put their names to a cross-border epidemic surveillance agreement on Tuesday.', '2024-10-05');
    expect(signers.filter((e) => e.startsWith('signed ')).map((e) => e.replace(/>.*/, '')).sort()).toEqual(['signed Akua Mensah', 'signed Kwabena Owusu']);
    // Titles of envoys at the UN and of diplomats name people too.
    const envoys = edgesOf('Ghana\'s UN ambassador Akua Mensah spoke first. Togolese diplomat Kwabena Owusu said he regretted the failure.', '2024-10-05', { withRelations: true });
    expect(envoys.filter((e) => e.startsWith('leader_of')).sort()).toEqual(['leader_of Akua Mensah>Ghana', 'leader_of Kwabena Owusu>Togo']);
    // A body's name and a title are no person's.
    const bodies = edgesOf('Ghana\'s Royal Navy said it had sent a ship. Ghana\'s Foreign Minister said nothing.', '2024-10-05', { withRelations: true });
    expect(bodies.filter((e) => e.startsWith('leader_of'))).not.toContain(expect.stringMatching(/^leader_of (?:Royal Navy|Foreign Minister)>/));
  });
});

describe('who speaks', () => {
  it('gives an event told in the first person inside a quotation to its speaker', () => {
    expect(edgesOf('"I congratulate President Bassirou Diomaye Faye on his victory," Gambian President Adama Barrow said on Monday.', '2024-03-26'))
      .toEqual([expect.stringMatching(/^congratulation Adama Barrow>Bassirou Diomaye (Diakhar )?Faye@/)]);
    expect(edgesOf('Gambian President Adama Barrow said: "We warmly congratulate President Bassirou Diomaye Faye."', '2024-03-26'))
      .toEqual([expect.stringMatching(/^congratulation Adama Barrow>Bassirou Diomaye (Diakhar )?Faye@/)]);
  });

  it('reads "us" or "me" as the speaker and a party before the verb in a quotation as its subject ("X has stood with us," Y said)', () => {
    expect(edgesOf('"Senegal has stood with us," Gambian President Adama Barrow said on Monday.', '2024-03-26'))
      .toEqual(['support Senegal>Adama Barrow@2024-03-25']);
    expect(edgesOf('"Senegal congratulated me warmly," Gambian President Adama Barrow said.', '2024-03-26'))
      .toEqual(['congratulation Senegal>Adama Barrow@2024-03-26']);
  });

  it('never reads the speaker as the object of a verb inside the quotation ("X condemns these shots," Y said)', () => {
    const text = 'Mauritanian troops fired on a Senegalese border post on Sunday. "Gambia firmly condemns these shots," Gambian President Adama Barrow said on Monday.';
    expect(edgesOf(text, '2024-03-26').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Gambia>Mauritania@2024-03-25']);
  });

  it('gives a participle opening the sentence the subject after its comma', () => {
    expect(edgesOf('Congratulating Senegalese President Bassirou Diomaye Faye, Gambian President Adama Barrow said the neighbours would grow closer.', '2024-03-26'))
      .toEqual([expect.stringMatching(/^congratulation Adama Barrow>Bassirou Diomaye (Diakhar )?Faye@/)]);
  });
});

describe('plural addressees', () => {
  it('reads "the Togolese and Sierra Leonean presidents ... congratulating them" as both presidents', () => {
    const edges = edgesOf('Kuwaiti Emir Sheikh Mishal Al-Ahmad sent cables to the Togolese and Sierra Leonean presidents congratulating them on their independence anniversaries.', '2024-04-27');
    expect(edges.filter((e) => e.startsWith('congratulation ')).sort())
      .toEqual([expect.stringMatching(/^congratulation Mishal Al-Ahmad[^>]*>Faure Gnassingb/), expect.stringMatching(/^congratulation Mishal Al-Ahmad[^>]*>Julius Maada Bio/)]);
  });

  it('reads "sent similar cables to the two presidents" as congratulations to the pair named before', () => {
    const text = 'Emirati President Mohamed bin Zayed sent cables to Togolese President Faure Gnassingbe and Sierra Leonean President Julius Maada Bio on Saturday.\n\n'
      + 'Emirati Vice President Mohammed bin Rashid sent similar cables to the two presidents.';
    const edges = edgesOf(text, '2024-04-27').filter((e) => e.startsWith('congratulation Mohammed bin Rashid'));
    expect(edges).toHaveLength(2);
  });
});

describe('an absolute phrase', () => {
  it('reads the group after "with" as the subject of the participle that follows it', () => {
    expect(edgesOf('Clashes erupted on Thursday, with Ghana condemning Togo\'s use of drones as reckless.', '2024-05-17'))
      .toContain('condemnation Ghana>Togo@2024-05-16');
  });
});

describe('condemning an act', () => {
  it('aims the condemnation of an announcement or remarks at their author', () => {
    expect(edgesOf('Ghana strongly condemned and rejected the Nigerian announcement on Monday.', '2024-05-14')).toContain('condemnation Ghana>Nigeria@2024-05-13');
  });

  it('aims a condemnation of an act at the party named as its author, in its sentence or before', () => {
    const text = 'Lithuanian President Gitanas Nauseda said a Belarusian drone incursion had hit a farm near Vilnius on Sunday.\n\n'
      + 'Latvian President Edgars Rinkevics condemned the "reckless" incursion on Monday.\n\n'
      + 'The Iranian missile attack on the port, which Estonia and Finland condemned the same day, was the second this year.';
    const edges = edgesOf(text, '2024-05-14').filter((e) => e.startsWith('condemnation '));
    expect(edges).toEqual(expect.arrayContaining([
      expect.stringMatching(/^condemnation Edgars Rink.vi.s>Belarus/),
      expect.stringMatching(/^condemnation Estonia>Iran/),
      expect.stringMatching(/^condemnation Finland>Iran/),
    ]));
  });

  it('reads imposing or adopting sanctions on a party as condemning it, and lifting them or keeping them in place as not', () => {
    const condemnations = (text: string): string[] => edgesOf(text, '2024-05-14').filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));
    expect(condemnations('ECOWAS on Sunday imposed sweeping sanctions on Guinea after the junta delayed the vote.')).toEqual(['condemnation ECOWAS>Guinea']);
    expect(condemnations('The European Union on Monday adopted a fifth package of sanctions against Belarus.')).toEqual([expect.stringMatching(/^condemnation European Union>Belarus$/)]);
    expect(condemnations('The Security Council lifted its sanctions on Eritrea on Monday.')).toEqual([]);
    expect(condemnations('Sanctions on Belarus would stay in place, Poland said on Monday.')).toEqual([]);
  });

  it('aims the condemnation of a coup in a state at that state, whose own forces carried it out, and not an attack in it at it', () => {
    const condemnations = (text: string): string[] => edgesOf(text, '2023-08-31').filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));
    expect(condemnations('ECOWAS leaders on Sunday condemned the coup in Niger.')).toEqual(['condemnation ECOWAS>Niger']);
    expect(condemnations('ECOWAS leaders on Sunday condemned the attack by militants in Niger.')).toEqual([]);
  });

  it('aims "the attack" at the act told, not one it answered in passing ("retaliation for X\'s attack")', () => {
    const text = 'Ethiopian warplanes struck targets in Eritrea on Saturday in what Ethiopia said was retaliation for Eritrea\'s drone attack on Oct. 1.\n\n'
      + 'Kenya on Saturday condemned the attack.';
    expect(edgesOf(text, '2024-10-27').filter((e) => e.startsWith('condemnation '))).toEqual(['condemnation Kenya>Ethiopia@2024-10-26']);
  });

  it('takes no author across a verb: "Poland condemned the strike" does not make Poland the striker', () => {
    const text = 'Poland condemned the strike on Monday.\n\nLatvian President Edgars Rinkevics also condemned the strike.';
    expect(edgesOf(text, '2024-05-14').some((e) => /^condemnation Edgars Rinkevics>Poland/.test(e))).toBe(false);
  });
});

describe('words of condemnation', () => {
  it('reads calling an act barbaric, describing it as a crime, being appalled by it and condemning "it" as condemning its author', () => {
    const text = 'A Belarusian drone strike hit a hospital near Vilnius on Sunday.\n\n'
      + 'Latvian President Edgars Rinkevics called the strike "barbaric".\n\n'
      + 'Estonian Prime Minister Kristen Michal described the attack as a war crime.\n\n'
      + 'Finnish President Alexander Stubb said he was appalled by the attack.\n\n'
      + 'Poland\'s foreign ministry condemned it, with its spokesman saying Minsk would answer for it.';
    const edges = edgesOf(text, '2025-05-14').filter((e) => e.startsWith('condemnation '));
    expect(edges.map((e) => e.replace(/@.*/, '')).sort()).toEqual([
      expect.stringMatching(/^condemnation Alexander Stubb>Belarus$/),
      expect.stringMatching(/^condemnation Edgars Rink.vi.s>Belarus$/),
      expect.stringMatching(/^condemnation Kristen Michal>Belarus$/),
      'condemnation Poland>Belarus',
    ]);
  });

  it('reads weapons a demonym owns as the state acting ("Russian missiles hit X"), and no act of a later clause as the one condemned', () => {
    const condemned = (text: string): string[] => edgesOf(text, '2024-12-05').filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));
    // Forces a party owns after "of" carry out the act: "the deployment of Eritrean troops".
    expect(condemned('Djibouti condemned the deployment of Eritrean troops to the border on Thursday.')).toEqual(['condemnation Djibouti>Eritrea']);
    // A few words into the verb's subject: "a wave of Russian missiles and attack drones hit X".
    // An act of another kind told since is not the attack condemned.
    expect(condemned('A wave of Russian missiles and attack drones hit Kyiv before dawn. The EU imposed new sanctions on Iran. '
      + 'Moldova condemned the attack.')).toContain('condemnation Moldova>Russia');
    // "The attack" is the act told as one, not later strikes told in the plural; a passive's "by" that names no party
    // tells an act with no author to condemn.
    expect(condemned('A tanker was hit by a missile in the Red Sea on Tuesday. The American and British air strikes on Yemen went on. '
      + 'Egypt condemned the attack.')).toEqual([]);
    expect(condemned('Russian rockets pounded Kharkiv overnight. Estonia condemned the attack on Thursday.')).toEqual(['condemnation Estonia>Russia']);
    expect(condemned('Russian missiles hit Kyiv on Wednesday, killing nine people. '
      + 'Latvia denounced the strike as a war crime and called on the EU to adopt its next sanctions package.')).toEqual(['condemnation Latvia>Russia']);
  });

  it('reads a condemnation verb followed only by when, where or through what channel as condemning the act named before', () => {
    const text = 'Azerbaijani forces shelled a border village on Tuesday.\n\n'
      + 'Yerevan protested through its embassy in Tbilisi on Wednesday, the ministry said.\n\n'
      + 'Kazakhstan strongly condemned on Thursday, saying nothing justified it.';
    const edges = edgesOf(text, '2025-05-16').filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));
    expect(edges.sort()).toEqual(['condemnation Armenia>Azerbaijan', 'condemnation Kazakhstan>Azerbaijan']);
    // A party after the preposition is the object, not a place: "protested to X" is left to X.
    expect(edgesOf('Azerbaijani forces shelled a border village on Tuesday. Armenia protested on Wednesday with Georgia.', '2025-05-16')
      .filter((e) => e.startsWith('condemnation '))).not.toContain(expect.stringMatching(/^condemnation Armenia>Azerbaijan/));
  });

  it('gives a day after a party\'s act and its place to the act when the verb condemning it speaks in the present', () => {
    const article = (verb: string): string => 'Council fails to adopt text on river shipping\n\nGENEVA, 6 March 2025\n\n'
      + 'Kazakhstan on Thursday blocked a draft declaration on the safety of river shipping.\n\n'
      + `Georgia's envoy, Nino Beridze, said her country ${verb} Kazakhstan's strike on the port of Atyrau on Monday.`;
    const condemned = (verb: string): string[] => edgesOf(article(verb), '2025-03-06').filter((e) => e.startsWith('condemnation '));
    // "deplores ... on Monday": Monday is the strike's; the condemnation is the day the article tells.
    expect(condemned('deplores')).toEqual(['condemnation Georgia>Kazakhstan@2025-03-06']);
    // "condemned ... on Monday" may be Monday's condemnation.
    expect(condemned('condemned')).toEqual(['condemnation Georgia>Kazakhstan@2025-03-03']);
  });

  it('reads a party\'s own condemnation, a possessor or an adjective before the noun, as condemning the act named before', () => {
    const condemned = (second: string): string[] => edgesOf(`Azerbaijani forces shelled a border village on Tuesday.\n\n${second}`, '2025-05-16')
      .filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));
    expect(condemned("Georgia's condemnation of the shelling was swift.")).toEqual(['condemnation Georgia>Azerbaijan']);
    expect(condemned("Kazakhstan's sharp condemnation of the shelling surprised Baku.")).toEqual(['condemnation Kazakhstan>Azerbaijan']);
    // A noun followed only by when it came says no more than a verb would.
    expect(condemned('Moldova joined the chorus of condemnation on Wednesday.')).toEqual(['condemnation Moldova>Azerbaijan']);
    // A condemnation the possessor received is no condemnation of its own.
    expect(condemned("Georgia's mediation drew condemnation from Iran.")).not.toContain('condemnation Georgia>Azerbaijan');
  });
});

describe('a state named through its people or government', () => {
  it('reads "the people of X" and "the government and people of X" as X', () => {
    const congratulations = (text: string): string[] => edgesOf(text, '2025-03-21').filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''));
    expect(congratulations('Kenyan President William Ruto extended felicitations to the people of Namibia on Friday.')).toEqual(['congratulation William Ruto>Namibia']);
    expect(congratulations('Kenyan President William Ruto extended felicitations to the government and people of Namibia on Friday.')).toEqual(['congratulation William Ruto>Namibia']);
  });
});

describe('judgements with more words, and acts named by their judge', () => {
  const condemnations = (text: string): string[] => edgesOf(text, '2025-02-03').filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));
  const opening = 'Armenian forces shelled a village near the border on Sunday.\n\n';

  it('reads a judgement with adjectives between its article and its noun ("a heinous crime", "a blatant and flagrant violation")', () => {
    expect(condemnations(`${opening}Georgia described the shelling as a heinous crime.`)).toEqual(['condemnation Georgia>Armenia']);
    expect(condemnations(`${opening}Iran called the shelling a blatant and flagrant violation of the ceasefire.`)).toEqual(['condemnation Iran>Armenia']);
    // Words that judge nothing do not make a condemnation of any act.
    expect(condemnations(`${opening}Georgia described the shelling as a routine exercise.`)).toEqual([]);
  });

  it('reads the author an act is blamed on or attributed to after it, past a relative pronoun and its subject', () => {
    expect(condemnations('Georgia on Monday condemned the attack, which it blamed on Armenia.')).toEqual(['condemnation Georgia>Armenia']);
    // Past the party the act was aimed at; "it" is the subject, not the party before "which".
    expect(condemnations('Georgia on Monday condemned the strike against Turkey, which it blamed on Armenia.')).toEqual(['condemnation Georgia>Armenia']);
    expect(condemnations('Georgia on Monday condemned the bombing, widely attributed to Armenia.')).toEqual(['condemnation Georgia>Armenia']);
    // Not past another clause's words.
    expect(condemnations('Georgia on Monday condemned the bombing, and its president flew to Baku, where he blamed delays on Armenia.')).not.toContain('condemnation Georgia>Armenia');
  });

  it('reads the party an accusation charges with an act ("accused X\'s army of attacking") as the author of that act', () => {
    const article = (second: string): string => 'A drone strike on a market in the Malian border town of Kidal killed nine people on Sunday. '
      + `${second}\n\nSenegal condemned the strike on Monday.`;
    expect(condemnations(article("Mali accused Burkina Faso's army of attacking its territory."))).toEqual(['condemnation Mali>Burkina Faso', 'condemnation Senegal>Burkina Faso']);
    expect(condemnations(article('Mali blamed the Nigerien military for shelling the town.'))).toContain('condemnation Senegal>Niger');
    // What an act caused ("prompting X to accuse Y") happened; an accusation of something else names no author.
    expect(condemnations('A drone strike killed nine people in Kidal on Sunday, prompting Mali to accuse Burkina Faso of attacking its territory.'))
      .toEqual(['condemnation Mali>Burkina Faso']);
    expect(condemnations(article('Mali accused Burkina Faso of hosting rebels.'))).not.toContain('condemnation Senegal>Burkina Faso');
  });

  it('reads "what it called a massacre" as the act judged, condemning its author', () => {
    expect(condemnations(`${opening}Turkey denounced what it called a massacre.`)).toEqual(['condemnation Turkey>Armenia']);
    expect(condemnations(`${opening}Turkey denounced what the ministry described as an act of aggression.`)).toEqual(['condemnation Turkey>Armenia']);
  });

  it('reads an act condemned in the passive ("The shelling by X was condemned by A and B") as condemning its author', () => {
    expect(condemnations('The shelling by Armenia was strongly condemned on Sunday by Georgia, Iran and the European Union.').sort())
      .toEqual(['condemnation European Union>Armenia', 'condemnation Georgia>Armenia', 'condemnation Iran>Armenia']);
  });

  it('reads the agent of a passive judgement as the judge, not the author of the act judged told before', () => {
    expect(condemnations(`${opening}The shelling was condemned by Georgia.`)).toEqual(['condemnation Georgia>Armenia']);
    expect(condemnations(`${opening}The attack was strongly criticised on Monday by Iran and Turkey.`).sort())
      .toEqual(['condemnation Iran>Armenia', 'condemnation Turkey>Armenia']);
  });

  it('does not take the judge for the author when a tagger reads its verb as an adjective ("Jordan branded the attack")', () => {
    expect(condemnations(`${opening}Georgia branded the attack a massacre.`)).toEqual(['condemnation Georgia>Armenia']);
  });
});

describe('judgements of a party\'s act', () => {
  const condemnations = (text: string): string[] => edgesOf(text, '2024-05-15').filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));

  it('reads calling, terming or saying a party\'s act is a word of condemnation as condemning the party, quoted or not', () => {
    expect(condemnations('Australian Prime Minister Anthony Albanese called North Korea\'s missile launch reckless.')).toEqual(['condemnation Anthony Albanese>North Korea']);
    expect(condemnations('Kenyan President William Ruto termed Uganda\'s border closure "a provocation" on Monday.')).toEqual(['condemnation William Ruto>Uganda']);
    expect(condemnations('Brazil\'s foreign ministry said Venezuela\'s decision was unacceptable.')).toEqual(['condemnation Brazil>Venezuela']);
  });

  it('reads a judgement that names its party inside a quotation as its speaker\'s ("\\"X bears full responsibility,\\" Y said")', () => {
    expect(condemnations('"Venezuela bears full responsibility for the crisis," Brazil\'s foreign minister Mauro Vieira said on Monday.')).toEqual(['condemnation Mauro Vieira>Venezuela']);
    expect(condemnations('Brazil\'s foreign minister Mauro Vieira said on Monday: "Venezuela bears full responsibility for the crisis."')).toEqual(['condemnation Mauro Vieira>Venezuela']);
  });

  it('reads a quoted copula\'s judgement as its speaker\'s, of the party its subject names or of the act it names ("\\"X\'s strike was barbaric,\\" Y said")', () => {
    expect(condemnations('"The Venezuelan incursion was a flagrant violation of international law," Brazil\'s foreign minister Mauro Vieira said on Monday.'))
      .toEqual(['condemnation Mauro Vieira>Venezuela']);
    expect(condemnations('Venezuela shelled a border post in Guyana on Sunday. "This attack is barbaric," Brazil\'s foreign minister Mauro Vieira said on Monday.'))
      .toEqual(['condemnation Mauro Vieira>Venezuela']);
    expect(condemnations('"Venezuela must be held accountable," Brazil\'s foreign minister Mauro Vieira said on Monday.')).toEqual(['condemnation Mauro Vieira>Venezuela']);
    // Not what the judgement's complement names, nor a party further back in the quotation.
    expect(condemnations('"The repeated firing of missiles is a clear violation of Security Council resolutions," Brazil\'s foreign minister Mauro Vieira said on Monday.')).toEqual([]);
    expect(condemnations('"This is not a Guyanese crisis, it is a regional crisis," Brazil\'s foreign minister Mauro Vieira said on Monday.')).toEqual([]);
  });

  it('reads "this" or "it" opening a quoted judgement as the act told before ("\"This is a barbaric act,\" said Y")', () => {
    const opening = 'Venezuela shelled a border post in Guyana on Sunday. ';
    expect(condemnations(`${opening}"This is a barbaric act," said Brazil's foreign minister Mauro Vieira on Monday.`)).toEqual(['condemnation Mauro Vieira>Venezuela']);
    expect(condemnations(`${opening}"It is totally unacceptable," Brazil's foreign minister Mauro Vieira said on Monday.`)).toEqual(['condemnation Mauro Vieira>Venezuela']);
    // Not a judgement of nothing.
    expect(condemnations(`${opening}"It is a good day for the region," Brazil's foreign minister Mauro Vieira said on Monday.`)).toEqual([]);
  });

  it('reads the party whose act is judged, not the one it was aimed at ("X\'s strike on Y was ..."), and a judgement a closing attribution reports as if quoted', () => {
    expect(condemnations('"Venezuela\'s raid on Guyana was a flagrant violation of international law," Brazil\'s foreign minister Mauro Vieira said on Monday.'))
      .toEqual(['condemnation Mauro Vieira>Venezuela']);
    expect(condemnations('Venezuela\'s raid against Guyana was a flagrant violation of international law, Brazil\'s foreign ministry said on Monday.'))
      .toEqual(['condemnation Brazil>Venezuela']);
    // Not when the sentence before the comma reports speech of its own, nor with no attribution at all.
    expect(condemnations('Maduro said the raid was lawful, and the seizure was a flagrant violation of nothing, Brazil\'s foreign ministry said on Monday.')).toEqual([]);
    expect(condemnations('Venezuela\'s raid against Guyana was a flagrant violation of international law.')).toEqual([]);
  });

  it('reads a judgement a colon opens in a quotation as one of what was told before ("said on Monday: \\"This is unacceptable.\\"")', () => {
    expect(condemnations('Venezuela closed its border with Guyana on Monday. Brazil\'s foreign minister Mauro Vieira said on Monday: "This is unacceptable."')).toEqual(['condemnation Mauro Vieira>Venezuela']);
  });

  it('reads a word of judgement an adverb grades, inside the quotation or before it ("was \\"absolutely unacceptable\\"")', () => {
    expect(condemnations('Brazil\'s foreign ministry said Venezuela\'s decision was "absolutely unacceptable".')).toEqual(['condemnation Brazil>Venezuela']);
    expect(condemnations('Brazil\'s foreign ministry said Venezuela\'s decision was utterly "unacceptable".')).toEqual(['condemnation Brazil>Venezuela']);
  });

  it('reads more words of judgement, a responsibility borne, and a foreign office acting for its state', () => {
    const text = (sentence: string) => `Mali shelled the border town of Gao on Monday.\n\n${sentence}`;
    expect(condemnations(text('Ghanaian President John Mahama described the shelling as depraved.'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations(text('Ghanaian President John Mahama called the shelling an atrocity.'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations(text('Ghanaian President John Mahama said Mali bore responsibility for the deaths.'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations(text('The Ghanaian Foreign Office described the shelling as barbaric.'))).toEqual(['condemnation Ghana>Mali']);
    expect(condemnations(text('Ghanaian President John Mahama wrote on X that the shelling was a war crime.'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations(text('Ghanaian President John Mahama said the shelling showed Mali\'s brutality.'))).toEqual(['condemnation John Dramani Mahama>Mali']);
  });

  it('reads "terror" and "undermining" as words of condemnation and saying a party must be held accountable as blaming it', () => {
    const text = (sentence: string) => `Mali shelled the border town of Gao on Monday.\n\n${sentence}`;
    expect(condemnations(text('Ghanaian President John Mahama called the shelling "deliberate terror".'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations(text('Ghanaian President John Mahama said Bamako must be held accountable.'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations(text('Ghanaian President John Mahama said the shelling was undermining regional stability.'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations(text('Ghanaian President John Mahama condemned the step as "a unilateral and deliberate provocation".'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations(text('Ghanaian President John Mahama said Mali should be held fully responsible for the deaths.'))).toEqual(['condemnation John Dramani Mahama>Mali']);
    // A duty that blames no one is no condemnation.
    expect(condemnations('Ghanaian President John Mahama said Mali should pay for the new road.')).toEqual([]);
  });

  it('reads a judgement of an act whose author comes after it ("the crimes of X", "the atrocities committed by X")', () => {
    expect(condemnations('Ghanaian President John Mahama said the crimes of the Malian government had to end.')).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations('Ghanaian President John Mahama told reporters the world must stop the atrocities committed by Mali in the north.')).toEqual(['condemnation John Dramani Mahama>Mali']);
    // The party a judged act is done to is no author.
    expect(condemnations('Ghanaian President John Mahama said the atrocities committed in Mali had to end.')).toEqual([]);
    // "by" right after the judging word: "an act of barbarism by X's regime".
    expect(condemnations('Ghanaian President John Mahama described the raid as "an act of barbarism by Mali\'s junta".')).toEqual(['condemnation John Dramani Mahama>Mali']);
  });

  it('reads a judgement named with a definite determiner as the speaker\'s whatever the mood of its verb, a bare one not', () => {
    expect(condemnations('Ghanaian President John Mahama said the region should unite to halt the crimes of the Malian government.')).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations('Ghanaian President John Mahama said neighbours would answer Mali\'s aggression together.')).toEqual(['condemnation John Dramani Mahama>Mali']);
    expect(condemnations('Ghanaian President John Mahama said the shelling by Mali could amount to genocide.')).toEqual([]);
  });

  it('reads a closing ", X\'s foreign ministry said" as who reported the condemnation, not what was condemned', () => {
    const fired = 'Azerbaijan fired artillery at Armenian villages on Tuesday.\n\n';
    expect(condemnations(`${fired}Georgian Foreign Minister Ilia Darchiashvili strongly condemned the shelling, Georgia's foreign ministry said.`))
      .toEqual(['condemnation Ilia Darchiashvili>Azerbaijan']);
    expect(condemnations(`${fired}Kazakhstan condemned the shelling, the Kremlin said in a statement.`)).toEqual(['condemnation Kazakhstan>Azerbaijan']);
  });

  it('reads a verb coordinated after a reported clause as the speaker\'s, not its object\'s ("said it \\"condemns\\" the Azerbaijani shelling and reaffirmed")', () => {
    expect(edgesOf('Georgia\'s foreign ministry said the country "strongly condemns" the Azerbaijani shelling and reaffirmed its support for Armenia\'s territorial integrity.', '2024-05-15')
      .map((e) => e.replace(/@.*/, ''))).toEqual(['condemnation Georgia>Azerbaijan', 'support Georgia>Armenia']);
  });

  it('reads support for "the democratically elected government of X" as support for X', () => {
    expect(edgesOf('Kenyan President William Ruto condemned the attempt and reaffirmed Kenya\'s unwavering support for the democratically elected government of Somalia.', '2024-05-15')
      .filter((e) => e.startsWith('support '))).toEqual(['support Kenya>Somalia@2024-05-15']);
  });

  it('reads summoning a state\'s diplomat as condemning it, and a drill staged by a list of states as the act of each', () => {
    expect(condemnations('Manila summoned a senior Chinese diplomat on Monday to protest against the use of water cannon.')).toEqual(['condemnation Philippines>China']);
    expect(condemnations('Pyongyang on Sunday slammed a trilateral air drill staged by the United States, Japan and South Korea.'))
      .toEqual(['condemnation North Korea>Japan', 'condemnation North Korea>South Korea', 'condemnation North Korea>United States']);
  });

  it('reads support for efforts "led by" parties as support for each of them', () => {
    expect(edgesOf('On Friday, Kenya reaffirmed its support for the mediation efforts led by Qatar, Egypt and the United States.', '2024-05-15')
      .filter((e) => e.startsWith('support ')).map((e) => e.replace(/@.*/, ''))).toEqual(['support Kenya>Egypt', 'support Kenya>Qatar', 'support Kenya>United States']);
  });

  it('reads rejecting a party\'s claims as baseless, protesting to a party, expelling its envoy or recalling one\'s own from it as condemning it', () => {
    expect(condemnations('Ghana rejected Togo\'s claims as baseless.')).toEqual(['condemnation Ghana>Togo']);
    // A party's policy, claims, threats or ultimatum rejected, with no "as".
    expect(condemnations('Ghana on Monday rejected what it called Togo\'s "border policy".')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana on Monday rejected Togo\'s claims over the islands.')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana on Monday rejected the ultimatum issued by Togo.')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana protested to Togo over the arrests.')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana expelled Togo\'s ambassador.')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana recalled its ambassador from Togo.')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana gave Togo\'s ambassador 48 hours to leave the country.')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana ordered the Togolese ambassador to leave.')).toEqual(['condemnation Ghana>Togo']);
  });

  it('reads anger voiced at a party\'s act, or a reaction "angrily" to it, as condemning the party', () => {
    expect(condemnations('Ghana on Monday voiced anger over Togo\'s decision to close the border.')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana on Monday reacted angrily to Togo\'s decision.')).toEqual(['condemnation Ghana>Togo']);
  });

  it('ends a direct object before a member after "and" that a verb follows: that member opens a clause of its own', () => {
    expect(condemnations('Ghana on Friday condemned Togo and Benin called for calm.')).toEqual(['condemnation Ghana>Togo']);
    // Not a participle telling of the whole list, nor a list a preposition governs.
    expect(edgesOf('Ghana on Friday sent cables to the Togolese and Beninese presidents congratulating them on their independence days.', '2025-02-03').filter((e) => e.startsWith('congratulation')))
      .toHaveLength(2);
    expect(edgesOf('A meeting between Ghanaian President John Mahama and Togolese President Faure Gnassingbe ended in a row on Friday.', '2025-02-03').filter((e) => e.startsWith('meeting')))
      .toHaveLength(1);
  });

  it('aims an accusation at no party when the one accused is a name no party stands for ("accused Hezbollah of attacking X")', () => {
    expect(condemnations('Israel on Friday accused Hezbollah of attacking Lebanon.')).toEqual([]);
    expect(condemnations('Ghana on Friday blamed Al-Shabaab for the attack on Togo.')).toEqual([]);
    // A name whose "of" holds a party is that party's: "the Embassy of X".
    expect(condemnations('Ghana on Friday handed a note of protest to the Embassy of the Republic of Togo.')).toEqual(['condemnation Ghana>Togo']);
    expect(condemnations('Ghana on Friday accused Togo of attacking Benin.')).toEqual(['condemnation Ghana>Togo']);
  });

  it('reads "States" in "the United States" as no verb of speech that ends the clause', () => {
    expect(edgesOf('Qatar on Saturday praised the mediation of the United States, Turkey and Jordan.', '2025-02-03').map((e) => e.replace(/@.*/, '')).sort())
      .toEqual(['support Qatar>Jordan', 'support Qatar>Turkey', 'support Qatar>United States']);
  });

  it('reads "it" right before a verb as its subject, so a party further back is none ("..., and last August it gave")', () => {
    expect(condemnations('The junta expelled French ambassador Jean Dupont in 2022, and last August it gave Sweden\'s ambassador 72 hours to leave.')).toEqual([]);
  });

  it('reads a judgement after a longer subject, a dangerous escalation and an assault as condemning the act\'s author', () => {
    const text = 'Sudan carried out an air strike on a market in Juba on Tuesday.\n\n'
      + 'Ethiopia\'s foreign ministry said Sudan\'s policy of widening the war was unacceptable.\n\n'
      + 'Kenyan President William Ruto said the strike was a dangerous escalation.\n\n'
      + 'The African Union and IGAD both denounced the assault.';
    expect(edgesOf(text, '2024-05-15').filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, '')).sort()).toEqual([
      'condemnation African Union>Sudan', 'condemnation Ethiopia>Sudan', expect.stringMatching(/^condemnation (IGAD|Intergovernmental Authority on Development)>Sudan$/), 'condemnation William Ruto>Sudan',
    ]);
  });

  it('reads no judgement in calling or saying with a word that judges nothing', () => {
    expect(condemnations('Brazil\'s foreign ministry said Venezuela\'s decision was expected.')).toEqual([]);
    expect(condemnations('Australian Prime Minister Anthony Albanese called North Korea\'s missile launch a test.')).toEqual([]);
  });

  it('reads the act a relative "which" stands for as its author\'s, by possessor or by agent', () => {
    expect(condemnations('The talks touched on North Korea\'s missile program, which Mr Albanese described at the press conference as reckless. Australian Prime Minister Anthony Albanese spoke first.'))
      .toEqual(['condemnation Anthony Albanese>North Korea']);
    expect(condemnations('The talks covered the air strikes by Israel, which French President Emmanuel Macron condemned on Monday.')).toEqual(['condemnation Emmanuel Macron>Israel']);
  });
});

describe('backing a party\'s act', () => {
  it('reads a passive backing of what a party owns, its appeal named as a noun, as support for that party', () => {
    expect(edgesOf('Kenyan President William Ruto\'s call for an immediate ceasefire was backed on Monday by Tanzanian President Samia Suluhu Hassan.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^support Samia Suluhu>William Ruto@2025-06-09$/)]);
  });

  const supports = (text: string): string[] => edgesOf(text, '2024-05-15').filter((e) => e.startsWith('support ')).map((e) => e.replace(/@.*/, ''));

  it('reads those a condemner was joined by as condemning too, and a pronoun object as the act named before, not a party after it', () => {
    const condemned = (text: string): string[] => edgesOf(text, '2025-03-11').filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));
    expect(condemned('Ghana was joined by Nigeria and Senegal in condemning Togo\'s decision on Monday.'))
      .toEqual(['condemnation Ghana>Togo', 'condemnation Nigeria>Togo', 'condemnation Senegal>Togo']);
    expect(condemned('Togo closed the border on Monday. Ghana called it "unacceptable", the foreign ministry of Nigeria said.')).toEqual(['condemnation Ghana>Togo']);
    // Condemnation that came after an act is aimed at the act's doer.
    expect(condemned('Condemnation poured in on Monday from Ghana and Nigeria after Togo closed the border.'))
      .toEqual(['condemnation Ghana>Togo', 'condemnation Nigeria>Togo']);
    expect(condemned('Condemnation poured in on Monday from Ghana and Nigeria after the border was closed.')).toEqual([]);
  });

  it('reads readiness to back a party, a bid championed and a motion voted for as support; not what a resolution is about', () => {
    expect(supports('Ghana on Monday expressed its readiness to support Togo.')).toEqual(['support Ghana>Togo']);
    expect(supports('Ghana on Monday championed Togo\'s bid for membership.')).toEqual(['support Ghana>Togo']);
    expect(supports('Ghana on Monday voted in favour of Togo\'s resolution.')).toEqual(['support Ghana>Togo']);
    expect(supports('Ghana on Monday supported the resolution on Togo.')).toEqual([]);
    expect(supports('Ghana on Monday voted in favour of the resolution on Togo.')).toEqual([]);
  });

  it('reads backing a clause opposes as its own author\'s, never the opposing subject\'s, and aims the judgement at that author', () => {
    const events = (text: string): string[] => edgesOf(text, '2025-03-11').filter((e) => e.startsWith('support ') || e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''));
    expect(events('Russia on Monday condemned US support for Ukraine.')).toEqual(['condemnation Russia>United States', 'support United States>Ukraine']);
    expect(events('Russia on Monday warned against further support for Ukraine.')).toEqual([]);
    expect(events('China on Monday opposed arms sales to Taiwan.')).toEqual([]);
    expect(events('Ghana on Monday condemned the sale of arms to Togo by Benin.')).toEqual(['condemnation Ghana>Benin', 'support Benin>Togo']);
    expect(events('Ghana on Monday deplored the arms transfers to Togo by Benin.')).toEqual(['condemnation Ghana>Benin']);
    // Who receives the backing is not its author: nothing is aimed at it.
    expect(events('Russia on Monday criticised Western military aid to Ukraine.')).toEqual([]);
    // A name before an inflected form is its subject.
    expect(events('Ghana said on Monday that the US supports Togo.')).toEqual(['support United States>Togo']);
  });

  it('reads a party that has, enjoys or retains the backing of another as backed by it, and "would back X" as support', () => {
    expect(supports('Senegal has the full backing of the African Union, Senegalese President Bassirou Diomaye Faye said on Monday.')).toEqual(['support African Union>Senegal']);
    expect(supports('On Monday Ghana enjoyed the support of Nigeria in the talks.')).toEqual(['support Nigeria>Ghana']);
    expect(supports('Ghana would back Togo in the talks, Ghanaian President John Mahama said on Monday.')).toEqual(['support Ghana>Togo']);
    expect(supports('Ghanaian President John Mahama said on Monday that Ghana would also back Togo.')).toEqual([expect.stringMatching(/^support (Ghana|John (Dramani )?Mahama)>Togo$/)]);
    // "back" elsewhere is no verb, and "has" an auxiliary, not the holder of what follows.
    expect(supports('Ghanaian President John Mahama said on Monday that he would be back in Togo soon.')).toEqual([]);
    expect(supports('Ghana has sent a delegation to Togo, the foreign ministry of Ghana said on Monday.')).toEqual([]);
  });

  it('reads helping or assisting a party named right after the verb as backing it, never help to do something or a noun', () => {
    expect(supports('Ghanaian President John Mahama said on Monday that Ghana stood ready to help Togo.')).toEqual(['support Ghana>Togo']);
    expect(supports('Nigeria helped Benin on Monday to rebuild its power grid.')).toEqual(['support Nigeria>Benin']);
    expect(supports('Ghana said on Monday that it was ready to assist the Togolese people.')).toEqual(['support Ghana>Togo']);
    // What is helped is an act, not the party after it; "its help" is thanked, not given in the sentence.
    expect(supports('Ghana agreed on Monday to help smooth the way for Togolese exports.')).toEqual([]);
    expect(supports('Togo thanked Ghana on Monday for its help.')).toEqual([]);
  });

  it('reads each party of a list whose last member follows "and the" as backed ("the efforts of Egypt and the United States")', () => {
    expect(supports('Ghana voiced support on Monday for the efforts of Nigeria and the United States.')).toEqual(['support Ghana>Nigeria', 'support Ghana>United States']);
  });

  it('reads arms or relief sent, given or provided to a party, before or after it, as backing it', () => {
    expect(supports('Nigeria sent Ghana two more Patriot batteries on Monday.')).toEqual(['support Nigeria>Ghana']);
    expect(supports('Nigeria gave Togo five patrol boats on Monday.')).toEqual(['support Nigeria>Togo']);
    expect(supports('Nigeria provided helicopters to Benin on Monday.')).toEqual(['support Nigeria>Benin']);
    // What is given must be arms or relief: a gift of anything else backs no one.
    expect(supports('Nigeria gave Togo a warm welcome on Monday.')).toEqual([]);
  });

  it('reads welcoming or hailing a party\'s decision or efforts as backing the party, its author after "by" too', () => {
    expect(supports('Ghana welcomed Nigeria\'s initiative on Monday.')).toEqual(['support Ghana>Nigeria']);
    expect(supports('Ghana welcomed the decision by Nigeria on Monday.')).toEqual(['support Ghana>Nigeria']);
    expect(supports('Ghanaian President John Mahama hailed Qatar\'s mediation on Monday.')).toEqual([expect.stringMatching(/^support John (Dramani )?Mahama>Qatar$/)]);
    expect(supports('Ghana commended Nigeria\'s mediation on Monday.')).toEqual(['support Ghana>Nigeria']);
    expect(supports('Ghana appreciated the efforts of Nigeria on Monday.')).toEqual(['support Ghana>Nigeria']);
    // Parties praised for what they did are each backed.
    expect(supports('Ghana praised Nigeria and Senegal for their mediation on Monday.')).toEqual(['support Ghana>Nigeria', 'support Ghana>Senegal']);
  });

  it('reads a demonym before a support noun as its owner, not its object: "dialled X, pledging British support" backs X', () => {
    expect(supports('Kenyan President William Ruto dialled Tanzanian President Samia Suluhu Hassan late on Monday, pledging Kenyan support for the flood relief.'))
      .toEqual([expect.stringMatching(/^support William Ruto>Samia Suluhu/)]);
  });

  it('reads welcoming or praising a party\'s support, aid or contribution as backing that party', () => {
    expect(supports('Ghana welcomed Nigeria\'s support for the electoral commission on Monday.')).toEqual(['support Ghana>Nigeria']);
    expect(supports('Ghana praised Nigeria\'s humanitarian aid to the flood victims on Monday.')).toEqual(['support Ghana>Nigeria']);
    expect(supports('Ghana hailed the contribution of Nigeria to the fund on Monday.')).toEqual(['support Ghana>Nigeria']);
  });

  it('reads a possessor a few words before a support noun as its author, and a possessive pronoun after a verb as the verb\'s subject\'s', () => {
    expect(supports('Cuban President Miguel Diaz-Canel said on Monday that Cuba\'s full and unconditional support for Venezuela would not waver.')).toEqual(['support Cuba>Venezuela']);
    expect(supports('Norway announced its recognition of Palestine on Tuesday.')).toEqual(['support Norway>Palestine']);
  });
});

describe('meetings of a few parties, and an emphatic verb', () => {
  const meetings = (text: string): string[] => edgesOf(text, '2024-09-06').filter((e) => e.startsWith('meeting '));

  it('reads "a meeting of" two to four parties as a meeting among them, not a meeting of a body', () => {
    expect(meetings('A meeting of Kenyan President William Ruto and Ghanaian President John Mahama on Tuesday ran past its scheduled hour.'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Mahama).*@2024-09-03$/)]);
    expect(meetings('Kenyan President William Ruto and Ghanaian President John Mahama signed the memorandum on Tuesday, following a meeting of the two presidents.'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Mahama).*@2024-09-03$/)]);
    expect(meetings('Kenyan President William Ruto attended a meeting of the African Union on Tuesday.')).toEqual([]);
  });

  it('reads a bare verb after an emphatic "did" as the verb, an aside between commas too', () => {
    expect(meetings('Kenyan President William Ruto did receive Ghanaian President John Mahama at his hotel on Thursday.'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Mahama).*@2024-09-05$/)]);
    expect(meetings('Kenyan President William Ruto did, however, receive Ghanaian President John Mahama on Thursday.'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Mahama).*@2024-09-05$/)]);
    expect(meetings('Kenyan President William Ruto did not receive Ghanaian President John Mahama on Thursday.')).toEqual([]);
  });
});

describe('congratulations in reaction pieces', () => {
  const congratulations = (text: string): string[] => edgesOf(text, '2024-06-12').filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, '')).sort();

  it('reads a quotation opening with words before its congratulations as its speaker\'s', () => {
    expect(congratulations('"My warmest congratulations to Kenyan President William Ruto," Ugandan President Yoweri Museveni said on Monday.'))
      .toEqual(['congratulation Yoweri Museveni>William Ruto']);
  });

  it('reads the subject after "among those who congratulated X were"', () => {
    expect(congratulations('Among those who congratulated Kenyan President William Ruto on Monday were Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan.'))
      .toEqual([expect.stringMatching(/^congratulation Samia Suluhu( Hassan)?>William Ruto$/), 'congratulation Yoweri Museveni>William Ruto']);
  });

  it('reads the subject after "among the first to congratulate him was", past the possessive of the person\'s state', () => {
    expect(congratulations('Kenyan President William Ruto won a second term on Saturday. Among the first to congratulate him was Uganda\'s Yoweri Museveni.'))
      .toEqual(['congratulation Yoweri Museveni>William Ruto']);
  });

  it('reads a possessor\'s congratulatory message to a person as congratulating that person', () => {
    expect(congratulations('Ugandan President Yoweri Museveni\'s congratulatory message to Kenyan President William Ruto was published on Monday.'))
      .toEqual(['congratulation Yoweri Museveni>William Ruto']);
  });

  it('reads "was quick to congratulate" as done', () => {
    expect(congratulations('Ugandan President Yoweri Museveni was quick to congratulate Kenyan President William Ruto on Monday.'))
      .toEqual(['congratulation Yoweri Museveni>William Ruto']);
  });
});

describe('good wishes', () => {
  it('reads wishing a person well as a congratulation, and wishing a country well as nothing', () => {
    expect(edgesOf('Kenyan President William Ruto wished Ghanaian President John Mahama a successful tenure on Tuesday.', '2024-12-11'))
      .toEqual([expect.stringMatching(/^congratulation William Ruto>John (Dramani )?Mahama@2024-12-10$/)]);
    expect(edgesOf('Kenyan President William Ruto wished Ghana well on Tuesday.', '2024-12-11').filter((e) => e.startsWith('congratulation '))).toEqual([]);
  });

  it('reads "the first to call X" as a call, a word the lexicon knows as a noun used as a verb', () => {
    expect(edgesOf('Nigerian President Bola Tinubu was among the first to call Ghanaian President John Mahama on Tuesday.', '2024-12-11'))
      .toEqual([expect.stringMatching(/^phone_call (?=.*Tinubu)(?=.*Mahama).*@2024-12-10$/)]);
  });
});

describe('shared stances', () => {
  it('reads two parties agreeing that something is so as a shared stance, and agreeing to do something as none', () => {
    expect(edgesOf('Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed that the ceasefire in Sudan must hold.', '2024-05-11'))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Ruto)(?=.*Samia)/)]);
    expect(edgesOf('Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed to build a new railway.', '2024-05-11')
      .filter((e) => e.startsWith('shared_stance '))).toEqual([]);
  });

  it('reads two parties saying the same thing together as a shared stance, one party alone as none', () => {
    const stances = (text: string): string[] => edgesOf(text, '2024-05-11').filter((e) => e.startsWith('shared_stance '));
    expect(stances('Kenya and Tanzania reaffirmed on Friday their opposition to any foreign interference in Sudan.'))
      .toEqual(['shared_stance Kenya>Tanzania@2024-05-10']);
    expect(stances('Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan on Friday. The two leaders stressed that the ceasefire in Sudan must hold.'))
      .toEqual([expect.stringMatching(/^shared_stance (?=.*Ruto)(?=.*Samia).*@2024-05-10$/)]);
    expect(stances('Kenyan President William Ruto reaffirmed on Friday his opposition to any foreign interference in Sudan.')).toEqual([]);
  });

  it('reads two parties calling together for what CAMEO reads as an appeal as a shared stance, one party as none', () => {
    const stances = (text: string): string[] => edgesOf(text, '2024-05-11').filter((e) => e.startsWith('shared_stance '));
    expect(stances('Kenya and Tanzania called for an immediate ceasefire in Sudan on Friday.')).toEqual(['shared_stance Kenya>Tanzania@2024-05-10']);
    expect(stances('Kenya called for an immediate ceasefire in Sudan on Friday.')).toEqual([]);
  });

  it('takes no stand-in for the pair: a plural possessor inside an object is no subject', () => {
    expect(edgesOf('Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan on Friday. Ruto said the railway would strengthen the two countries\' hand in trade, and stressed that it threatens no one.', '2024-05-11')
      .filter((e) => e.startsWith('shared_stance '))).toEqual([]);
  });
});

describe('a participle with its agent between commas', () => {
  it('is an aside: its agents are not the subject of the clause\'s verbs', () => {
    expect(edgesOf('The final communique, adopted by the leaders of the eight-member IGAD and the 55-member African Union, condemned the attack on the border post, rejected calling it self-defence, and demanded an inquiry on Friday.', '2024-05-11')
      .filter((e) => e.startsWith('shared_stance '))).toEqual([]);
  });
});

describe('a passive participle after a comma', () => {
  it('takes the subject of the clause it joins as the one acted on', () => {
    expect(edgesOf('Kenyan President William Ruto arrived in Accra on Friday, greeted at the airport by Ghanaian President John Mahama.', '2025-05-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Mahama).*@2025-05-09$/)]);
  });
});

describe('a joint appearance', () => {
  it('reads speaking or standing alongside a person before the press as meeting them, not standing with a state', () => {
    const meetings = (text: string): string[] => edgesOf(text, '2025-02-06').filter((e) => e.startsWith('meeting ')).map((e) => e.replace(/@.*/, ''));
    expect(meetings('Speaking alongside Kenyan Foreign Minister Musalia Mudavadi on Wednesday, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa praised the deal.'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Mudavadi)(?=.*Okudzeto Ablakwa)/)]);
    expect(meetings('Standing next to Kenyan Foreign Minister Musalia Mudavadi at a press conference, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa condemned the strike.'))
      .toHaveLength(1);
    expect(meetings('Ghana stood alongside Kenya throughout the crisis.')).toEqual([]);
  });
});

describe('what is no meeting', () => {
  it('splits "A met B, and C sat down with D" into two meetings, keeping "X, the custodian, and Y sent" one subject', () => {
    const meetings = edgesOf('On Friday, Foreign Secretary James Cleverly met French Foreign Minister Catherine Colonna in London, and Home Secretary Suella Braverman sat down with Interior Minister Gérald Darmanin.', '2023-03-11')
      .filter((e) => e.startsWith('meeting ')).map((e) => e.replace(/@.*/, ''));
    expect(meetings).toHaveLength(2);
    expect(meetings.some((e) => /Cleverly/.test(e) && /Colonna/.test(e))).toBe(true);
    expect(meetings.some((e) => /Braverman/.test(e) && /Darmanin/.test(e))).toBe(true);
  });

  it('reads attending the same summit, a planned summit and an invitation to visit as no meeting', () => {
    expect(edgesOf('Brazilian President Luiz Inácio Lula da Silva and Uruguayan President Luis Lacalle Pou also attended the summit on Monday.', '2024-07-09')
      .filter((e) => e.startsWith('meeting '))).toEqual([]);
    expect(edgesOf('Russian President Vladimir Putin agreed in principle to a summit with US President Joe Biden.', '2022-02-21')
      .filter((e) => e.startsWith('meeting '))).toEqual([]);
    expect(edgesOf('British Prime Minister Keir Starmer thanked US President Joe Biden for the invitation to visit the White House.', '2024-07-07')
      .filter((e) => e.startsWith('meeting '))).toEqual([]);
  });
});

describe('support as news tells it', () => {
  it('reads standing by a party and pledging it support as support', () => {
    expect(edgesOf('Turkey stands by Azerbaijan, Turkish President Recep Tayyip Erdogan said on Monday.', '2024-05-14')).toEqual(expect.arrayContaining([expect.stringMatching(/^support Turkey>Azerbaijan@/)]));
    expect(edgesOf('Germany pledged continued support to Ukraine on Monday.', '2024-05-14')).toEqual(['support Germany>Ukraine@2024-05-13']);
  });

  it('reads backing for "the candidacy of X to Y" as backing X, not the body X would join', () => {
    expect(edgesOf('Ghana on Monday supported the candidacy of Kenya to the UN Human Rights Council.', '2025-02-12').filter((e) => e.startsWith('support ')))
      .toEqual(['support Ghana>Kenya@2025-02-10']);
  });

  it('reads backing for "the bid" or "the candidacy" as backing the party whose bid or candidacy was named before', () => {
    const opening = 'Kenya\'s campaign for a seat on the Human Rights Council gained ground this week, as governments lined up behind the Kenyan candidacy.\n\n';
    const support = (text: string): string[] => edgesOf(text, '2025-02-12').filter((e) => e.startsWith('support ')).map((e) => e.replace(/@.*/, ''));
    expect(support(`${opening}Uganda threw its weight behind the bid on Monday.`)).toEqual(['support Uganda>Kenya']);
    expect(support(`${opening}Rwanda endorsed the candidacy a day later.`)).toEqual(['support Rwanda>Kenya']);
    // A thing of another kind, or one whose owner the article never named, backs no one.
    expect(support(`${opening}Rwanda endorsed the proposal a day later.`)).toEqual([]);
    expect(support('Rwanda endorsed the candidacy on Tuesday.')).toEqual([]);
    // A verb between a party and the thing is no owner: "Tanzania said the bid".
    expect(support('Tanzania said the bid was strong. Rwanda endorsed the bid on Tuesday.')).toEqual([]);
  });

  it('reads a vote promised for a party and being fully behind it as support, a month of the vote to come no day of it', () => {
    const support = (text: string): string[] => edgesOf(text, '2025-02-12').filter((e) => e.startsWith('support '));
    expect(support('Tanzania pledged on Monday to vote for Kenya.')).toEqual(['support Tanzania>Kenya@2025-02-10']);
    expect(support('Ghana is fully behind Kenya\'s bid, its foreign minister said on Monday.')).toEqual(['support Ghana>Kenya@2025-02-10']);
    expect(support('Pakistan will vote for Bahrain when the General Assembly holds the election in June, its foreign minister said on Wednesday.'))
      .toEqual(['support Pakistan>Bahrain@2025-02-12']);
    // A text voted for is no party.
    expect(support('Ghana voted for the resolution on Monday.')).toEqual([]);
  });

  it('reads backing for a state its describing adjectives precede, quoted or not', () => {
    expect(edgesOf('Kenya reiterated its support for a democratic and peaceful Somalia on Monday.', '2024-05-14')).toEqual(['support Kenya>Somalia@2024-05-13']);
    expect(edgesOf('Kenya reiterated its support for a "democratic, stable and peaceful Somalia" on Monday.', '2024-05-14')).toEqual(['support Kenya>Somalia@2024-05-13']);
  });

  it('reads "thanked X for its support" as X supporting the subject', () => {
    expect(edgesOf('Kenyan President William Ruto thanked Qatar for its continued support on Monday.', '2024-05-14'))
      .toEqual([expect.stringMatching(/^support Qatar>William Ruto@2024-05-13$/)]);
  });

  it('reads "thanked X for its support of Y\'s position" as X supporting the subject, whatever the support is of', () => {
    expect(edgesOf('Kenyan President William Ruto thanked Qatar on Monday for its support of Kenya\'s bid for a seat on the council.', '2024-05-14'))
      .toEqual([expect.stringMatching(/^support Qatar>William Ruto@2024-05-13$/)]);
  });

  it('reads "thanked X for Y\'s support of ..." as X backing the one who thanks, not the possessor', () => {
    expect(edgesOf('Kenyan President William Ruto thanked Tanzanian President Samia Suluhu Hassan on Monday for Tanzania\'s support of Kenya\'s bid for the council seat.', '2024-05-14'))
      .toEqual(['support Samia Suluhu>William Ruto@2024-05-13']);
  });

  it('reads the people "with" whom an absolute clause is "among those" doing something as its subjects', () => {
    const edges = edgesOf('Leaders condemned the attack on Monday, with Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan among those expressing solidarity with Rwanda.', '2024-05-14');
    expect(edges.filter((e) => e.startsWith('support')).sort()).toEqual([
      'support Samia Suluhu>Rwanda@2024-05-13', 'support William Ruto>Rwanda@2024-05-13', 'support Yoweri Museveni>Rwanda@2024-05-13',
    ]);
  });

  it('reads a demonym\'s "Party, State and people" as its state, as state media name a party greeted', () => {
    expect(edgesOf('Kenyan President William Ruto on Monday congratulated the Tanzanian Party, State and people on their achievements.', '2024-05-14'))
      .toEqual(['congratulation William Ruto>Tanzania@2024-05-13']);
  });
});

describe('signing as news words it', () => {
  it('reads no event in the words of an agreement\'s name ("a memorandum on political consultations")', () => {
    const edges = edgesOf('Liberian Foreign Minister Sara Beysolow Nyanti and her Sierra Leonean counterpart Timothy Musa Kabba signed a memorandum of '
      + 'understanding on political consultations on Tuesday.', '2024-11-20');
    expect(edges.filter((e) => e.startsWith('signed ')).length).toBe(2);
    expect(edges.filter((e) => e.startsWith('meeting '))).toEqual([]);
  });

  it('reads signatures put "on Tuesday to" a text, and a deal sealed, as signing', () => {
    const put = edgesOf('Kuwaiti Emir Nawaf Al-Ahmad Al-Jaber Al-Sabah put his signature on Tuesday to the AlUla Declaration at the summit of Gulf leaders.', '2021-01-05');
    expect(put.filter((e) => e.startsWith('signed '))).toEqual([expect.stringMatching(/^signed Nawaf.*>AlUla Declaration@2021-01-05/)]);
    const sealed = edgesOf('Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese sealed a migration and mobility arrangement in Sydney on Wednesday.', '2023-05-24');
    expect(sealed.filter((e) => e.startsWith('signed '))).toHaveLength(2);
  });
});

describe('talks held in a call', () => {
  it('reads "called X and conveyed" as a call to X, and "During his call with X, Y and X exchanged" as a call between them', () => {
    const called = edgesOf('Kenyan President William Ruto called President of Uganda Yoweri Museveni and conveyed his greetings.', '2025-06-10');
    expect(called.filter((e) => e.startsWith('phone_call '))).toEqual([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Museveni)/)]);
    const during = edgesOf('During his phone call with President of Uganda Yoweri Museveni, President William Ruto and President Museveni exchanged greetings for Eid al-Fitr.', '2025-03-31');
    expect(during.filter((e) => e.startsWith('phone_call '))).toEqual([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Museveni)/)]);
    // A title and its holder's name set off by a comma are one member: "received the President of X, Y and the King of Z".
    const received = edgesOf('Kenyan President William Ruto received, on Sunday, the President of Uganda, Yoweri Museveni and the President of Tanzania, Samia Suluhu Hassan.', '2025-03-31');
    expect(received.filter((e) => e.startsWith('meeting ')).length).toBeGreaterThanOrEqual(2);
  });

  it('reads "In a call, A and B agreed" as a call, and talks in a phone call as that call, not a meeting', () => {
    const agreed = edgesOf('In a call on Tuesday, Brazilian President Luiz Inácio Lula da Silva and U.S. President Joe Biden agreed that the electoral authorities must publish the records.', '2024-07-31');
    expect(agreed.filter((e) => e.startsWith('phone_call '))).toHaveLength(1);
    const discussed = edgesOf('In a phone call on Tuesday, Brazilian President Luiz Inácio Lula da Silva and U.S. President Joe Biden discussed the situation in Venezuela and the records.', '2024-07-31');
    expect(discussed.filter((e) => /^(meeting|phone_call) /.test(e))).toEqual([expect.stringMatching(/^phone_call /)]);
  });

  it('reads what the two discussed right after their call as the call, and a meeting they held as a meeting', () => {
    const call = 'Kenyan President William Ruto telephoned Ugandan President Yoweri Museveni on Monday. The two leaders discussed the security situation in South Sudan, State House said.';
    expect(edgesOf(call, '2025-06-10')).toEqual([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Museveni).*@2025-06-09$/)]);
    const met = 'Kenyan President William Ruto telephoned Ugandan President Yoweri Museveni on Monday. The two leaders met in Entebbe on Tuesday.';
    expect(edgesOf(met, '2025-06-11').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2025-06-10$/)]);
  });

  it('reads talks and a call a stretch of time apart in one sentence as two events', () => {
    const edges = edgesOf('Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Wednesday, a day after the two leaders spoke by phone.', '2025-06-12');
    expect(edges.filter((e) => /^(meeting|phone_call) /.test(e)).sort()).toEqual([
      expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2025-06-11$/), expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Museveni).*@2025-06-10$/),
    ]);
  });

  it('reads what a readout\'s next paragraphs say the two discussed as the call, unless they name a day of their own', () => {
    const readout = 'Kenyan President William Ruto had a telephone conversation with Ugandan President Yoweri Museveni on Monday.\n\n'
      + 'Ruto congratulated his Ugandan colleague on his birthday.\n\nThe leaders discussed the security situation in South Sudan.';
    expect(edgesOf(readout, '2025-06-10').filter((e) => /^(meeting|phone_call) /.test(e))).toEqual([expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Museveni).*@2025-06-09$/)]);
    const later = 'Kenyan President William Ruto had a telephone conversation with Ugandan President Yoweri Museveni on Monday.\n\n'
      + 'On Tuesday the two leaders discussed the security situation in South Sudan in Entebbe.';
    expect(edgesOf(later, '2025-06-11').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2025-06-10$/)]);
  });

  it('reads a readout that opens with a call: "held a telephone talk" is no meeting, nor what the two discussed paragraphs on', () => {
    const readout = 'On Monday, Kenyan Foreign Minister Musalia Mudavadi held a telephone talk with Ugandan Foreign Minister Jeje Odongo.\n\n'
      + '1. Minister Mudavadi stated that the two countries have deepened their trade ties.\n\n2. Minister Odongo noted the progress of the pipeline.\n\n'
      + '3. Minister Mudavadi welcomed the new border post.\n\n4. The two Ministers exchanged views on the situation in South Sudan.';
    expect(edgesOf(readout, '2025-06-10').filter((e) => /^(meeting|phone_call) /.test(e))).toEqual([expect.stringMatching(/^phone_call (?=.*Mudavadi)(?=.*Odongo).*@2025-06-09$/)]);
  });

  it('reads a call a passive congratulation took place in as between the one congratulated and the agent', () => {
    const edges = edgesOf('Lee Jae-myung was congratulated by Australian Prime Minister Anthony Albanese in a phone call on Monday, his office said.', '2025-06-10');
    expect(edges).toContainEqual(expect.stringMatching(/^phone_call (?=.*Lee)(?=.*Albanese).*@2025-06-09$/));
  });

  it('reads the parties of a call held "between" them further on in its clause', () => {
    const edges = edgesOf('A 30-minute telephone conversation was held on Sunday morning between Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden, officials said.', '2024-01-08');
    expect(edges).toEqual([expect.stringMatching(/^phone_call (?=.*Kishida)(?=.*Biden).*@2024-01-07/)]);
  });

  it('reads a call for talks as no call', () => {
    const edges = edgesOf('Brazilian President Luiz Inácio Lula da Silva made a call for peace talks with Russian President Vladimir Putin on Tuesday, in a speech to diplomats.', '2024-07-31');
    expect(edges.filter((e) => e.startsWith('phone_call '))).toEqual([]);
  });
});

describe('who acts for a group or after an aside', () => {
  it('reads the leader of a delegation as its subject, and a passive subject past a relative clause', () => {
    const led = edgesOf('A Malian ministerial delegation led by Foreign Minister Abdoulaye Diop met Ghanaian President Nana Akufo-Addo in Accra on Friday and handed him a calendar.', '2024-01-08');
    expect(led.filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Diop)(?=.*Akufo-Addo)/)]);
    const aside = edgesOf('Kenyan President William Ruto, who was sworn in on 13 September, was also received at State House by Tanzanian President Samia Suluhu Hassan on Monday.', '2022-10-11');
    expect(aside.filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Samia)/)]);
  });
});

describe('members coordinated past what describes them', () => {
  it('joins two parties each followed by a relative clause set off by commas', () => {
    expect(edgesOf('Chad, which borders the lake, and Niger, which hosts the refugees, condemned the Libyan strikes on Monday.', '2025-06-10'))
      .toEqual(['condemnation Chad>Libya@2025-06-09', 'condemnation Niger>Libya@2025-06-09']);
  });

  it('joins a person whose titles are listed after the name, a place ending the last, to the next person', () => {
    const text = 'Sheikh Mohammed bin Rashid Al Maktoum, Vice President, Prime Minister and Ruler of Dubai, and Sheikh Abdullah bin Zayed Al Nahyan, '
      + 'Deputy Prime Minister and Minister of Foreign Affairs, sent cables of congratulation to Kenyan President William Ruto on Monday.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('congratulation'))).toEqual([
      'congratulation Abdullah bin Zayed Al Nahyan>William Ruto@2025-06-09', 'congratulation Mohammed bin Rashid Al Maktoum>William Ruto@2025-06-09',
    ]);
  });

  it('joins the next person to one whose title names a body holding a state\'s name ("X, general secretary of the ... Party of Y, and Z")', () => {
    const text = 'Chinese President Xi Jinping on Thursday exchanged congratulatory messages with To Lam, general secretary of the Communist Party of Vietnam '
      + 'Central Committee, and Vietnamese President Luong Cuong.';
    expect(edgesOf(text, '2025-06-06').filter((e) => e.startsWith('congratulation')).sort()).toEqual([
      'congratulation Luong Cuong>Xi Jinping@2025-06-05', 'congratulation To Lam>Xi Jinping@2025-06-05',
      'congratulation Xi Jinping>Luong Cuong@2025-06-05', 'congratulation Xi Jinping>To Lam@2025-06-05',
    ]);
  });

  it('reads greetings exchanged by two subjects as theirs, not as sent to states named later in the clause', () => {
    const text = 'Xi Jinping and To Lam exchanged greetings to mark the anniversary of relations between China and Vietnam.';
    expect(edgesOf(text, '2025-06-06').filter((e) => e.startsWith('congratulation')).sort()).toEqual([
      'congratulation To Lam>Xi Jinping@2025-06-06', 'congratulation Xi Jinping>To Lam@2025-06-06',
    ]);
  });

  it('takes no second person from a title in apposition after a titled name ("Crown Prince X, the prime minister")', () => {
    const text = 'King Salman bin Abdulaziz and Crown Prince Mohammed bin Salman, the prime minister, sent cables of congratulation to Kenyan President William Ruto.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('congratulation'))).toEqual([
      'congratulation Mohammed bin Salman>William Ruto@2025-06-10', 'congratulation Salman bin Abdulaziz Al Saud>William Ruto@2025-06-10',
    ]);
  });
});

describe('a verb coordinated after a reported clause', () => {
  it('shares the subject of the verbs listed before it, not that of the "that" clause one of them reports', () => {
    expect(edgesOf('Mahama said Ghana firmly respects the ECOWAS protocol, recognizes that Togo is a sovereign state, and firmly supports the Beninese government\'s efforts to restore order.', '2025-06-10'))
      .toEqual(['support Ghana>Benin@2025-06-10']);
  });
});

describe('signers listed past an aside', () => {
  it('joins a signer described between commas ("the host"), "his counterparts" and "as well as" a list, and makes no meeting of five signers', () => {
    const text = 'The Accra Declaration was signed on Monday by Ghanaian President John Mahama, the host, and his counterparts Patrice Talon of Benin '
      + 'and Bola Tinubu of Nigeria, as well as Ivorian President Alassane Ouattara and Senegalese President Bassirou Diomaye Faye.';
    expect(edgesOf(text, '2025-06-10')).toEqual([
      'signed Alassane Ouattara>Accra Declaration@2025-06-09', 'signed Bassirou Diomaye Diakhar Faye>Accra Declaration@2025-06-09',
      'signed Bola Tinubu>Accra Declaration@2025-06-09', 'signed John Dramani Mahama>Accra Declaration@2025-06-09', 'signed Patrice Talon>Accra Declaration@2025-06-09',
    ]);
    expect(edgesOf('The Accra Declaration was signed on Monday by Ghanaian President John Mahama, the host, and his counterpart Patrice Talon of Benin.', '2025-06-10'))
      .toContain('meeting Patrice Talon>John Dramani Mahama@2025-06-09');
  });
});

describe('no subject from what describes an act or follows a gerund', () => {
  it('takes the speaker, not the demonym of "the Israeli attacks", for a verb coordinated after what was said', () => {
    const text = 'Qatar\'s foreign ministry said the state "condemns in the strongest terms" the Israeli attacks and reaffirmed its support for Lebanon\'s sovereignty.';
    expect(edgesOf(text, '2025-06-10')).toEqual(['condemnation Qatar>Israel@2025-06-10', 'support Qatar>Lebanon@2025-06-10']);
  });
});

describe('lists named after a noun phrase', () => {
  const congratulated = (text: string): string[] => edgesOf(text, '2024-06-11').filter((e) => e.startsWith('congratulation')).sort();
  const three = ['congratulation Gabriel Boric>Bolivia@2024-06-10', 'congratulation Gabriel Boric>Paraguay@2024-06-10', 'congratulation Gabriel Boric>Peru@2024-06-10'];

  it('reads the states after an acting noun the tagger calls a verb ("to the heads of state of A, B and C")', () => {
    expect(congratulated('Chilean President Gabriel Boric sent congratulatory messages to the heads of state of Peru, Bolivia and Paraguay on Monday.')).toEqual(three);
  });

  it('reads a list after "such as" or "namely" as the object the phrase before it is', () => {
    expect(congratulated('Chilean President Gabriel Boric sent congratulatory messages on Monday to friendly countries such as Peru, Bolivia and Paraguay.')).toEqual(three);
    expect(congratulated('Chilean President Gabriel Boric sent congratulatory messages on Monday to three neighbours, namely Peru, Bolivia and Paraguay.')).toEqual(three);
  });

  it('gives a list set off by a dash the preposition of the noun phrase it names, read back through its "of"s', () => {
    expect(congratulated('On Monday Chilean President Gabriel Boric sent messages of greetings to the heads and members of the Mercosur member states - Peru, Bolivia and Paraguay.'))
      .toEqual(three);
  });

  it('reaches an object its own preposition governs past a long adverbial', () => {
    expect(congratulated('Chilean President Gabriel Boric on Monday sent messages of greetings on the occasion of the 200th anniversary of the founding of the '
      + 'Organization of American States in Washington to Peru, Bolivia and Paraguay.')).toEqual(three);
  });

  it('keeps a list after an opening phrase the subject of the verb after it', () => {
    expect(edgesOf('In a statement on the anniversary of the war, Peru, Bolivia and Paraguay said they supported Chile.', '2024-06-11').sort()).toEqual([
      'support Bolivia>Chile@2024-06-11', 'support Paraguay>Chile@2024-06-11', 'support Peru>Chile@2024-06-11',
    ]);
  });

  it('reads "his counterparts in A and B" as A and B, and "his A and B counterparts" as each one\'s', () => {
    expect(congratulated('Chilean President Gabriel Boric addressed messages of congratulations to his counterparts in Peru and Bolivia on Monday.'))
      .toEqual(['congratulation Gabriel Boric>Bolivia@2024-06-10', 'congratulation Gabriel Boric>Peru@2024-06-10']);
    expect(congratulated('Chilean President Gabriel Boric congratulated his Peruvian and Bolivian counterparts on Monday.'))
      .toEqual(['congratulation Gabriel Boric>Dina Boluarte@2024-06-10', 'congratulation Gabriel Boric>Luis Arce@2024-06-10']);
  });

  it('reads "the two men said their governments shared the view" as a position the pair just named shares', () => {
    const text = 'Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian Foreign Minister Elmer Schialer in Lima on Monday. '
      + 'The two men said their governments shared the view that the Pacific should stay free of rivalry.';
    expect(edgesOf(text, '2024-06-11').filter((e) => e.startsWith('shared_stance'))).toEqual([expect.stringMatching(/^shared_stance (?=.*van Klaveren)(?=.*Schialer).*@2024-06-10$/)]);
  });

  it('reads "A and B said their countries rejected X" as a position their states share', () => {
    expect(edgesOf('Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer said their countries rejected the new tariffs.', '2024-06-11')
      .filter((e) => !e.startsWith('leader_of'))).toEqual(['shared_stance Chile>Peru@2024-06-11']);
  });
});

describe('the subject of an infinitive', () => {
  it('is not the object a state possesses ("telephoned Ghana\'s X to congratulate him")', () => {
    expect(edgesOf('Nigeria\'s President Bola Tinubu telephoned Ghana\'s John Mahama on Monday to congratulate him on the summit.', '2025-06-10')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Bola Tinubu>John Dramani Mahama@2025-06-09']);
  });

  it('is the one a predicate noun describes ("X was the only EU leader to congratulate Y")', () => {
    expect(edgesOf('Hungary\'s Viktor Orban was the only EU leader to congratulate Georgian Prime Minister Irakli Kobakhidze on Monday.', '2025-06-10')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Viktor Orbán>Irakli Kobakhidze@2025-06-09']);
  });
});

describe('a set of documents signed', () => {
  it('is signed in each of its members the next sentence lists ("The agreements include X and Y", "Among them were X")', () => {
    const include = 'Kenya and Ethiopia signed seven agreements on Tuesday. The agreements include a memorandum of understanding on livestock trade and an agreement on energy cooperation.';
    expect(edgesOf(include, '2025-06-11').filter((e) => e.startsWith('signed'))).toEqual([
      'signed Ethiopia>agreement on energy cooperation@2025-06-10', 'signed Ethiopia>memorandum of understanding on livestock trade@2025-06-10',
      'signed Kenya>agreement on energy cooperation@2025-06-10', 'signed Kenya>memorandum of understanding on livestock trade@2025-06-10',
    ]);
    const among = 'Kenya and Ethiopia signed several documents on Tuesday. Among them was a memorandum of understanding on livestock trade.';
    expect(edgesOf(among, '2025-06-11').filter((e) => e.startsWith('signed'))).toEqual([
      'signed Ethiopia>memorandum of understanding on livestock trade@2025-06-10', 'signed Kenya>memorandum of understanding on livestock trade@2025-06-10',
    ]);
    // A sentence that does not open on the set lists nothing signed.
    expect(edgesOf('Kenya and Ethiopia signed seven agreements on Tuesday. Officials also discussed a memorandum of understanding on livestock trade.', '2025-06-11')
      .filter((e) => e.startsWith('signed'))).toEqual([]);
  });
});

describe('a call and a meeting in one sentence', () => {
  it('keeps a meeting a verb tells in person beside a call on another day, and reads "the two" before a verb the tagger took for a noun', () => {
    const both = edgesOf('Ghanaian President John Mahama received Togolese President Faure Gnassingbe on Monday, and the two spoke again by phone on Friday.', '2025-06-14');
    expect(both).toEqual(['meeting Faure Gnassingbé>John Dramani Mahama@2025-06-09', 'phone_call Faure Gnassingbé>John Dramani Mahama@2025-06-13']);
    expect(edgesOf('Ghana recalled its ambassador from Lome in protest on Monday.', '2025-06-14')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
  });

  it('reads envoys recalled from two capitals as a rebuke of each state, the capitals no places there', () => {
    expect(edgesOf('Accra recalled its envoys from Lome and Ouagadougou on Monday.', '2025-06-14'))
      .toEqual(['condemnation Ghana>Burkina Faso@2025-06-09', 'condemnation Ghana>Togo@2025-06-09']);
    expect(edgesOf('Ghana recalled its ambassadors from Togo and Benin on Monday.', '2025-06-14'))
      .toEqual(['condemnation Ghana>Benin@2025-06-09', 'condemnation Ghana>Togo@2025-06-09']);
    // ... and an ambassador recalled from where they serve, named by its capital.
    expect(edgesOf('Accra recalled its ambassador to Lome for consultations on Monday.', '2025-06-14')).toEqual(['condemnation Ghana>Togo@2025-06-09']);
  });
});

describe('"the two leaders" before any pair is set', () => {
  it('are the one person named before them in the sentence and the one the sentences before are about', () => {
    const edges = edgesOf('Kenyan President William Ruto arrived in Kampala on Monday. After talks with President Yoweri Museveni at State House, the two leaders signed the Kampala Trade Accord.', '2025-09-03');
    expect(edges.filter((e) => e.startsWith('signed')).sort()).toEqual([
      'signed William Ruto>Kampala Trade Accord@2025-09-01', 'signed Yoweri Museveni>Kampala Trade Accord@2025-09-01',
    ]);
  });
});

describe('captions', () => {
  it('dates a stance told in the present by the caption\'s closing date, after a comma', () => {
    expect(edgesOf('Kenyan President William Ruto congratulates Ghanaian President John Mahama after his inauguration, Accra, January 7, 2025.', '2025-01-08'))
      .toEqual([expect.stringMatching(/^congratulation William Ruto>John (Dramani )?Mahama@2025-01-07$/)]);
  });

  it('reads "X (L) and Y talk before a bilateral meeting" as X and Y meeting, the position marker no break in the pair', () => {
    expect(edgesOf('Ghanaian President John Mahama (L) and Togolese President Faure Gnassingbe talk before a bilateral meeting in Lome on Thursday.', '2025-06-14')
      .filter((e) => e.startsWith('meeting'))).toEqual(['meeting Faure Gnassingbé>John Dramani Mahama@2025-06-12']);
  });
});

describe('a title of the time', () => {
  it('reads "and with the then premier, X" as one more object of the verb', () => {
    expect(edgesOf('Canadian Prime Minister Justin Trudeau held talks with Chinese President Xi Jinping and with the then premier, Li Keqiang, in Beijing.', '2024-04-16')
      .filter((e) => e.startsWith('meeting'))).toEqual(['meeting Li Keqiang>Justin Trudeau@2024-04-16', 'meeting Xi Jinping>Justin Trudeau@2024-04-16']);
  });
});

describe('possessors before titles set off by commas', () => {
  it('reads "with A\'s transitional president, X, and B\'s interim president, Y" as meeting X and Y, and "with X and B\'s president, Y" too', () => {
    const meetings = edgesOf('Chilean President Gabriel Boric held talks with Peru\'s transitional president, Dina Boluarte, and Bolivia\'s interim president, Luis Arce, on Thursday.', '2024-05-31')
      .filter((e) => e.startsWith('meeting'));
    expect(meetings).toHaveLength(2);
    expect(meetings).toContainEqual(expect.stringMatching(/^meeting (?=.*Boric)(?=.*Boluarte)/));
    expect(meetings).toContainEqual(expect.stringMatching(/^meeting (?=.*Boric)(?=.*Arce)/));
    const listed = edgesOf('Chilean President Gabriel Boric held talks with Peru\'s interim president, Dina Boluarte, and Bolivia\'s outgoing president, Luis Arce, on Thursday.', '2024-05-31')
      .filter((e) => e.startsWith('meeting'));
    expect(listed).toHaveLength(2);
  });
});

describe('a participle after a message', () => {
  it('reads "sent Y a letter supporting Z" as the sender supporting Z, not the letter or no one', () => {
    expect(edgesOf('Chilean President Gabriel Boric sent Peruvian President Dina Boluarte a letter supporting Peru\'s bid to join the OECD.', '2022-01-14')
      .filter((e) => e.startsWith('support '))).toEqual([expect.stringMatching(/^support Gabriel Boric>Peru@/)]);
  });
});

describe('objects told one after another', () => {
  it('reads ", and then with Y" after a time as one more object of the verb', () => {
    for (const text of [
      'Canadian Prime Minister Justin Trudeau held talks with Chinese President Xi Jinping this afternoon, and then with Chilean President Gabriel Boric.',
      'Canadian Prime Minister Justin Trudeau held talks with Chinese President Xi Jinping on Monday, and then with Chilean President Gabriel Boric.',
    ]) {
      const meetings = edgesOf(text, '2024-11-19').filter((e) => e.startsWith('meeting'));
      expect(meetings, text).toHaveLength(2);
      expect(meetings).toContainEqual(expect.stringMatching(/^meeting (?=.*Trudeau)(?=.*Boric)/));
    }
  });
});

describe('a speech verb read as a noun', () => {
  it('opens no clause: "X rejected Y\'s claims and condemned its raids" keeps X the subject of the second verb, and "its" owning the act is Y', () => {
    const edges = edgesOf('Norway on Tuesday rejected Iceland\'s claims and condemned its "reckless" raids.', '2025-06-10');
    expect(edges.filter((e) => e.startsWith('condemnation '))).toEqual([expect.stringMatching(/^condemnation Norway>Iceland@2025-06-10$/)]);
  });
});

describe('objects after a time and "and"', () => {
  it('reads the purpose of a journey told by a participle as done, not when a form of "be" makes it a plan', () => {
    expect(edgesOf('Togolese President Faure Gnassingbe went a step further, flying to Accra on Tuesday to congratulate Ghanaian President-elect John Mahama in person.', '2024-12-11')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Faure Gnassingbé>John Dramani Mahama@2024-12-10']);
    expect(edgesOf('Togolese President Faure Gnassingbe is flying to Accra on Tuesday to congratulate Ghanaian President-elect John Mahama in person.', '2024-12-09')
      .filter((e) => e.startsWith('congratulation'))).toEqual([]);
  });

  it('reads no later day as another object\'s when the party after the day is the subject after an opening phrase', () => {
    expect(edgesOf('In a congratulatory message to Ghanaian President John Mahama on Sunday, Kenyan President William Ruto said the ties forged in 1957 would guide relations.', '2025-03-10')
      .filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation William Ruto>John Dramani Mahama@2025-03-09']);
  });

  it('reads "met X on June 12 and Y the following day" as two meetings, each on its own day', () => {
    expect(edgesOf('Japanese Prime Minister Shinzo Abe met Iranian President Hassan Rouhani on June 12 and Supreme Leader Ayatollah Ali Khamenei the following day.', '2019-06-14'))
      .toEqual(['meeting Shinzo Abe>Ali Khamenei@2019-06-13', 'meeting Shinzo Abe>Hassan Rouhani@2019-06-12']);
  });

  it('reads "spoke with X on Friday and with Y on Monday" as two events, the preposition repeated after the adjunct', () => {
    expect(edgesOf('Kenyan President William Ruto spoke by phone with U.S. President Joe Biden on Friday night and with British Prime Minister Rishi Sunak on Monday.', '2024-05-15'))
      .toEqual(['phone_call William Ruto>Joe Biden@2024-05-10', 'phone_call William Ruto>Rishi Sunak@2024-05-13']);
    expect(edgesOf('Kenyan President William Ruto held talks with Joe Biden in Washington on Friday and with Rishi Sunak in London on Monday.', '2024-05-15'))
      .toEqual(['meeting William Ruto>Joe Biden@2024-05-10', 'meeting William Ruto>Rishi Sunak@2024-05-13']);
    // Another preposition after the adjunct opens no second party.
    expect(edgesOf('Kenyan President William Ruto held talks with Joe Biden on Friday and for Rishi Sunak on Monday.', '2024-05-15'))
      .toEqual(['meeting William Ruto>Joe Biden@2024-05-10']);
  });

  it('reads the first of a giving verb\'s two objects as the one a stance goes to, and never as the subject of the noun', () => {
    expect(edgesOf('Kenya on Tuesday sent Uganda a message of solidarity.', '2024-05-15')).toEqual(['support Kenya>Uganda@2024-05-14']);
    expect(edgesOf('Kenyan President William Ruto on Tuesday sent Ugandan President Yoweri Museveni a message of support.', '2024-05-15'))
      .toEqual(['support William Ruto>Yoweri Museveni@2024-05-14']);
    // The message carried for another: "on behalf of" names its sender, as "from" does.
    expect(edgesOf('Kenyan Foreign Minister Musalia Mudavadi on Tuesday handed Ugandan President Yoweri Museveni a message of support on behalf of President William Ruto.', '2024-05-15'))
      .toEqual(['support William Ruto>Yoweri Museveni@2024-05-14']);
    expect(edgesOf('Kenyan Foreign Minister Musalia Mudavadi on Tuesday handed Ugandan President Yoweri Museveni a message of congratulations from President William Ruto.', '2024-05-15'))
      .toEqual(['congratulation William Ruto>Yoweri Museveni@2024-05-14']);
    // A subject that names no party leaves the message unsent, not sent by the one who got it.
    expect(edgesOf('The spokesman said on Tuesday that the minister had sent Ruto a message of congratulations.', '2024-05-15')
      .filter((e) => !e.startsWith('leader_of'))).toEqual([]);
  });

  it('reads "called X on Monday and Y on Tuesday" as two calls, and keeps the day of a party named before it', () => {
    expect(edgesOf('Biden called French President Emmanuel Macron on Monday and German Chancellor Olaf Scholz on Tuesday.', '2024-06-12'))
      .toEqual(['phone_call Emmanuel Macron>Joe Biden@2024-06-10', 'phone_call Olaf Scholz>Joe Biden@2024-06-11']);
    expect(edgesOf('Rwanda and Burundi signed a peace agreement on Friday, committing the two governments to end hostility in the border region, where Rwandan-backed rebels seized two towns earlier this year.', '2024-06-15'))
      .toEqual(['signed Burundi>peace agreement@2024-06-14', 'signed Rwanda>peace agreement@2024-06-14']);
  });
});

describe('a phrase that opens with a preposition', () => {
  it('takes the clause\'s subject past the noun it follows ("reiterated its position in support of X")', () => {
    expect(edgesOf('Belarus reiterated on Tuesday its principled position in support of Serbia\'s territorial integrity.', '2024-06-12'))
      .toEqual(['support Belarus>Serbia@2024-06-11']);
  });
});

describe('words between a subject and its verb', () => {
  it('a time is no subject of its own ("X this morning condemned Y")', () => {
    expect(edgesOf('Jordan this morning condemned Syria\'s shelling of the border post.', '2024-12-11')).toEqual(['condemnation Jordan>Syria@2024-12-11']);
  });

  it('a rumour in a phrase set off by commas leaves the verb real ("X, after months of speculation, met Y")', () => {
    expect(edgesOf('Kenyan President William Ruto, after months of speculation, met Ugandan President Yoweri Museveni in Kampala on Tuesday.', '2024-12-11'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-12-10$/)]);
    expect(edgesOf('Amid speculation that Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala, officials said nothing.', '2024-12-11')).toEqual([]);
  });
});

describe('a state\'s possessive after a person in a list', () => {
  it('is the state\'s alone: "hosted his counterpart X and Y\'s Z" hosted X, whoever Z is', () => {
    expect(edgesOf('Kenyan Foreign Minister Musalia Mudavadi hosted his Ugandan counterpart Jeje Odongo and Tanzania\'s Bernard Membe in Nairobi on Monday.', '2024-07-02'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Mudavadi)(?=.*Odongo).*@2024-07-01$/));
  });
});

describe('a day between a subject and its verb', () => {
  it('is no subject: "X had the same day voiced ..."', () => {
    expect(edgesOf('Jordan on Monday condemned the raid. Egypt had the same day condemned Israel\'s raid on the camp.', '2024-12-11'))
      .toContainEqual('condemnation Egypt>Israel@2024-12-09');
  });
});

describe('a participle after what a sending verb sent', () => {
  it('is the senders\' act, though the tagger reads the verb as an adjective ("A, B and C each sent messages wishing her success")', () => {
    const text = 'Sheinbaum won the election on Sunday. On Tuesday, Bolivian President Luis Arce, Uruguayan President Luis Lacalle Pou and Paraguayan President Santiago Pena each sent letters wishing her success.';
    expect(edgesOf(text, '2024-06-05').filter((e) => e.startsWith('congratulation ')).length).toBe(3);
  });
});

describe('a title of another state after a titled name and a comma', () => {
  it('opens a clause of its own, no apposition ("In a call with Spain\'s X, the Brazilian leader sought ...")', () => {
    const text = 'Brazil hosted the summit on Monday. In a call with Portuguese Prime Minister Luis Montenegro, the Brazilian leader sought backing for the trade deal.';
    expect(edgesOf(text, '2024-12-10').filter((e) => e.startsWith('phone_call '))).toEqual([expect.stringMatching(/^phone_call (?=.*Lula)(?=.*Montenegro)/)]);
  });
});

describe('a title after a known person and a comma', () => {
  it('is no apposition when the person never held an office of that state ("met Xi Jinping, the Australian prime minister\'s third meeting with ...")', () => {
    expect(edgesOf('Christopher Luxon has also met Xi Jinping, the New Zealand prime minister\'s first meeting with the Chinese president, on Monday.', '2024-11-19'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Luxon)(?=.*Xi Jinping).*@2024-11-18$/));
  });
});

describe('readouts of calls between heads of state', () => {
  it('does not take a generation\'s suffix for a surname ("Marcos Jr.", "Biden, Jr.")', () => {
    const edges = edgesOf('President Joseph R. Biden, Jr. held talks on Monday with President Ferdinand R. Marcos Jr. in Washington.', '2024-08-05');
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Marcos)(?=.*Biden)/));
  });

  it('finds the author of an act whose modifiers "and" joins ("X\'s dangerous and escalatory actions")', () => {
    const edges = edgesOf('President Joe Biden spoke with Philippine President Ferdinand Marcos Jr. on Monday. The leaders discussed China\'s dangerous and escalatory actions in the South China Sea. President Biden condemned these actions.', '2024-08-05');
    expect(edges.filter((e) => e.startsWith('condemnation ')).map((e) => e.replace(/@.*/, ''))).toEqual(['condemnation Joe Biden>China']);
  });

  it('reads a signing the speakers welcomed as one by the parties the agreement names, at which the speakers were not', () => {
    const edges = edgesOf('President Joe Biden held a phone call with President Lee Jae-myung on Monday. The leaders welcomed the signing on August 1 in Hanoi of the Defence Cooperation Agreement between Vietnam and Australia.', '2025-08-04');
    expect(edges.filter((e) => e.startsWith('signed ')).sort()).toEqual([
      expect.stringMatching(/^signed Australia>Defence Cooperation Agreement.*@2025-08-01$/),
      expect.stringMatching(/^signed Vietnam>Defence Cooperation Agreement.*@2025-08-01$/),
    ]);
    expect(edges.filter((e) => e.startsWith('meeting '))).toEqual([]);
  });

  it('gives a titled person the gazetteer lacks the state named right after them ("Prime Minister X of Japan")', () => {
    const edges = edgesOf('President Ferdinand Marcos Jr. hosted Prime Minister Tanaka Kenji of Japan in Manila on Monday.', '2025-08-04', { withRelations: true });
    expect(edges).toContainEqual('leader_of Tanaka Kenji>Japan');
  });

  it('keeps a list whose last member has an adjective before it ("and neighbouring Y")', () => {
    const edges = edgesOf('Portugal, Italy and neighbouring Spain formally recognised Kosovo on Friday.', '2024-05-11');
    expect(edges.filter((e) => e.startsWith('support ')).sort()).toEqual(['support Italy>Kosovo@2024-05-10', 'support Portugal>Kosovo@2024-05-10', 'support Spain>Kosovo@2024-05-10']);
  });

  it('takes the parties after "by" in a subject noun phrase as the act\'s subject ("Statements by A and B reaffirmed ...")', () => {
    const edges = edgesOf('Statements by Norway and Iceland on Friday reaffirmed their support for Ukraine.', '2024-05-11');
    expect(edges.filter((e) => e.startsWith('support ')).sort()).toEqual(['support Iceland>Ukraine@2024-05-10', 'support Norway>Ukraine@2024-05-10']);
  });

  it('takes the parties after "by" of a participle in a subject noun phrase as the act\'s subject ("Statements issued by A and B reaffirmed ...")', () => {
    const edges = edgesOf('Statements issued by Norway, Iceland and Denmark on Friday reaffirmed their support for Ukraine.', '2024-05-11');
    expect(edges.filter((e) => e.startsWith('support ')).sort()).toEqual(['support Denmark>Ukraine@2024-05-10', 'support Iceland>Ukraine@2024-05-10', 'support Norway>Ukraine@2024-05-10']);
  });

  it('pairs the guests a host received for joint talks, their names set off after a title ("hosted his counterparts, A and B, for the first summit")', () => {
    const edges = edgesOf('On Monday Kenyan President William Ruto hosted his Ugandan and Tanzanian counterparts, Yoweri Museveni and Samia Suluhu Hassan, for the first summit in this format.', '2024-05-11');
    expect(edges.filter((e) => e.startsWith('meeting ')).length).toBe(3);
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Museveni)(?=.*Samia)/));
  });

  it('pairs all three of a trilateral meeting a host held with two guests ("hosted a trilateral meeting with A and B")', () => {
    const edges = edgesOf('Kenyan President William Ruto hosted a trilateral meeting with Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan in Nairobi on Friday.', '2024-05-11');
    expect(edges.filter((e) => e.startsWith('meeting ')).length).toBe(3);
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Museveni)(?=.*Samia)/));
  });

  it('reads the guest of a meal hosted "for" them past a time opened by "that" ("hosted a working dinner that evening for X")', () => {
    const edges = edgesOf('Indian External Affairs Minister Subrahmanyam Jaishankar hosted a working dinner that evening for Japanese Foreign Minister Yoko Kamikawa in New Delhi.', '2024-05-11');
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Jaishankar)(?=.*Kamikawa)/));
  });

  it('reads a party past a list of nouns that "and" closes ("support for the security, unity and stability of X")', () => {
    const edges = edgesOf('Kenyan Foreign Minister Musalia Mudavadi reiterated Nairobi\'s full support for the security, unity and stability of Somalia on Sunday.', '2024-10-20');
    expect(edges.filter((e) => e.startsWith('support '))).toEqual(['support Musalia Mudavadi>Somalia@2024-10-20']);
  });

  it('pairs the one talks were held under the auspices of with both parties, named after their title and a comma', () => {
    const edges = edgesOf('Foreign Minister Hugh Todd and Foreign Minister Yvan Gil met in Brasilia on Monday under the auspices of Brazil\'s foreign minister, Mauro Vieira.', '2024-01-30');
    expect(edges.filter((e) => e.startsWith('meeting ')).length).toBe(3);
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Vieira)(?=.*Gil)/));
  });

  it('pairs the mediator of talks with both parties ("met Y for talks mediated by Z")', () => {
    const edges = edgesOf('Secretary of State Antony Blinken met Foreign Minister Wang Yi in Geneva on Monday for talks mediated by Swiss Foreign Minister Ignazio Cassis.', '2024-10-20');
    expect(edges.filter((e) => e.startsWith('meeting ')).length).toBe(3);
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Cassis)(?=.*Wang Yi)/));
  });

  it('keeps a list of people each after their state\'s possessive ("A\'s X, B\'s Y and C\'s Z"), but not a frame\'s apposition', () => {
    const edges = edgesOf('Brazil\'s Luiz Inacio Lula da Silva, Chile\'s Gabriel Boric and Colombia\'s Gustavo Petro expressed solidarity with Bolivia on Wednesday.', '2025-04-10');
    expect(edges.filter((e) => e.startsWith('support ')).length).toBe(3);
    expect(edges).toContainEqual(expect.stringMatching(/^support Luiz Inácio Lula da Silva>Bolivia/));
    const apposed = edgesOf('President Ilham Aliyev called Prime Minister Nikol Pashinyan on Monday. The foreign ministers, Armenia\'s Ararat Mirzoyan and Azerbaijan\'s Jeyhun Bayramov, met in Washington on Thursday.', '2025-08-14');
    expect(apposed.filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Mirzoyan)(?=.*Bayramov)/)]);
  });

  it('takes no subject from a clause a contrast ends ("X was at the ceremony, while Y sent a message of congratulations")', () => {
    const edges = edgesOf('Cuban President Miguel Díaz-Canel was among the guests at the ceremony, while Russia sent an envoy, who read out a message of congratulations from President Vladimir Putin.', '2025-01-11');
    expect(edges.filter((e) => e.startsWith('congratulation '))).toEqual([]);
  });

  it('gives a verb after "and" in a reported clause whose subject is no party the speaker ("said that the drone was Russian-made and accused X")', () => {
    const text = 'Ukrainian Foreign Minister Andrii Sybiha said on Friday that the drone was Russian-made and accused Belarus of helping to launch it.';
    expect(edgesOf(text, '2025-03-08').filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Andrii Sybiha>Belarus@2025-03-07']);
    // A party the reported clause opens with keeps the verb.
    const own = 'Ukrainian Foreign Minister Andrii Sybiha said on Friday that Poland had been helpful and praised Moldova for its support.';
    expect(edgesOf(own, '2025-03-08').filter((e) => e.startsWith('support'))).toEqual(['support Poland>Moldova@2025-03-07']);
  });

  it('keeps a list whose last member a prefixed name modifies ("A, B and non-EU C"), but reads "the one-China policy" as China\'s', () => {
    const edges = edgesOf('Chile, Peru and non-EU Switzerland formally recognised the State of Palestine on Tuesday.', '2025-06-12');
    expect(edges.filter((e) => e.startsWith('support')).sort()).toEqual(['support Chile>Palestine@2025-06-10', 'support Peru>Palestine@2025-06-10', 'support Switzerland>Palestine@2025-06-10']);
    expect(edgesOf('Kenya on Tuesday reaffirmed its adherence to the one-China policy.', '2025-06-12')).toEqual(['support Kenya>China@2025-06-10']);
  });

  it('gives a participle right after a relative clause set off by commas that clause\'s subject ("Y, whom X received on Monday, assuring him of ...")', () => {
    const text = 'Fiji was represented by Prime Minister Sitiveni Rabuka, whom Australian Prime Minister Anthony Albanese received on Monday, assuring him of Australia\'s firm support.';
    expect(edgesOf(text, '2024-08-28').filter((e) => e.startsWith('support'))).toEqual(['support Anthony Albanese>Sitiveni Rabuka@2024-08-26']);
  });

  it('reads a relative clause an aside interrupts right after its pronoun ("X met Y, who, according to Z, assured him of ...")', () => {
    const text = 'Fijian Prime Minister Sitiveni Rabuka on Monday met Australian Prime Minister Anthony Albanese in Suva, who, according to the Fijian government, assured him of Canberra\'s full support.';
    expect(edgesOf(text, '2024-08-28').filter((e) => e.startsWith('support'))).toEqual(['support Anthony Albanese>Sitiveni Rabuka@2024-08-26']);
  });
});


describe('the forms of official releases', () => {
  const release = 'Chad and Senegal sign two accords\n\n'
    + 'N\'DJAMENA, 5 June 2025 - At the invitation of His Excellency Mahamat Idriss Deby, President of the Republic of Chad, His Excellency '
    + 'Bassirou Diomaye Faye, President of the Republic of Senegal, paid a state visit to Chad from 3 to 5 June 2025. President Faye was '
    + 'welcomed at the palace on 4 June 2025, after which the two Presidents held talks.\n\n'
    + 'The following instruments were signed in the presence of the two Presidents on 4 June 2025:\n'
    + '   i. Memorandum of Understanding on Cooperation in Livestock, signed by Hon. A. B. Abakar Manany, Minister of Foreign Affairs of Chad, '
    + 'and Hon. Yassine Fall, Minister of Foreign Affairs of Senegal;\n'
    + '   ii. Agreement on Air Services, signed by Hon. Abakar Manany and Hon. Yassine Fall;\n\n'
    + 'King Mohammed VI received Mr. Peter Vale, Senior Advisor to the President of Kenya, and Mr. Omar Diallo, National Security Adviser '
    + 'of Senegal, on Friday.\n';
  const edges = edgesOf(release, '2025-06-05', { withRelations: true });

  it('gives a title set off by commas between two people to the first ("A, President of X, B, President of Y, paid a visit")', () => {
    expect(edges).toContain('leader_of Bassirou Diomaye Diakhar Faye>Senegal');
    expect(edges).not.toContain('leader_of Bassirou Diomaye Diakhar Faye>Chad');
    expect(edges).toContain('meeting Bassirou Diomaye Diakhar Faye>Mahamat Idriss Déby@2025-06-04');
  });

  it('ends a listed instrument\'s name at ", signed by", reads its signatories past "Hon." and initials, and dates every item by the line that introduces the list', () => {
    expect(edges.filter((e) => e.startsWith('signed ')).sort()).toEqual([
      'signed Abakar Manany>Agreement on Air Services@2025-06-04',
      'signed Abakar Manany>Memorandum of Understanding on Cooperation in Livestock@2025-06-04',
      'signed Yassine Fall>Agreement on Air Services@2025-06-04',
      'signed Yassine Fall>Memorandum of Understanding on Cooperation in Livestock@2025-06-04',
    ]);
  });

  it('keeps the person a title\'s "to" names out of the list it stands in ("A, Senior Advisor to the President of X, and B")', () => {
    expect(edges.filter((e) => e.startsWith('meeting Mohammed VI')).map((e) => e.replace(/@.*/, '')).sort())
      .toEqual(['meeting Mohammed VI of Morocco>Omar Diallo', 'meeting Mohammed VI of Morocco>Peter Vale']);
  });
});

describe('groups a count names', () => {
  it('reads "the three of them" before a verb as the three people named before it', () => {
    const edges = edgesOf('In Dushanbe on Monday, President Kassym-Jomart Tokayev met Kyrgyzstan\'s President Sadyr Japarov and Tajikistan\'s '
      + 'President Emomali Rahmon, and the three of them signed the Treaty on Water Sharing in the Syr Darya Basin.', '2025-04-10');
    expect(edges.filter((e) => e.startsWith('signed ')).map((e) => e.replace(/>.*/, '')).sort())
      .toEqual(['signed Emomali Rahmon', 'signed Kassym-Jomart Tokayev', 'signed Sadyr Japarov']);
  });

  it('reads a position taken by a counted or uncounted group of three or four people as held by each pair', () => {
    const opening = 'ACCRA, March 8 -- President John Mahama hosted Burkina Faso\'s Ibrahim Traore and Togo\'s Faure Gnassingbe for talks on Friday.\n\n';
    const stances = (text: string): string[] => edgesOf(text, '2025-03-08').filter((e) => e.startsWith('shared_stance ')).map((e) => e.replace(/@.*/, '')).sort();
    expect(stances(`${opening}The three leaders agreed that the border should stay open.`)).toEqual([
      'shared_stance Faure Gnassingbé>John Dramani Mahama', 'shared_stance Ibrahim Traoré>Faure Gnassingbé', 'shared_stance Ibrahim Traoré>John Dramani Mahama',
    ]);
    // "The leaders" are no ministers the sentence before names.
    expect(stances(`${opening}The summit was attended by Ghana's Foreign Minister Samuel Okudzeto Ablakwa and Togo's Foreign Minister Robert Dussey.\n\n`
      + 'The leaders agreed that the border should stay open.')).not.toContain('shared_stance Samuel Okudzeto Ablakwa>Robert Dussey');
  });

  it('reads "Sayyid" as an honorific before an Omani name', () => {
    const edges = edgesOf('Oman\'s Foreign Minister Sayyid Badr Albusaidi received Tajik Foreign Minister Sirojiddin Muhriddin on Monday. '
      + 'Afterwards, Sayyid Badr and the Tajik minister signed a memorandum of understanding on consular cooperation.', '2025-04-10');
    expect(edges.filter((e) => e.startsWith('signed ')).map((e) => e.replace(/>.*/, '')).sort())
      .toEqual(['signed Badr Albusaidi', 'signed Sirojiddin Muhriddin']);
  });
});

describe('titles with portfolios, and talks retold', () => {
  it('reads "the Minister of the Interior of X, Name;" and a portfolio joined by "and" as titles of the names after them', () => {
    const text = 'Accords signed\n\nASUNCION, 18 June 2024 - The following instruments were signed on Tuesday:\n'
      + '- Memorandum of Understanding on Border Policing, signed by the Minister of the Interior of Paraguay, Enrique Riera, and the '
      + 'Minister of Foreign Affairs and Human Mobility of Ecuador, Gabriela Sommerfeld;\n- Agreement on Cultural Cooperation.\n';
    const edges = edgesOf(text, '2024-06-18', { withRelations: true });
    expect(edges).toEqual(expect.arrayContaining(['leader_of Enrique Riera>Paraguay', 'leader_of Gabriela Sommerfeld>Ecuador',
      'signed Enrique Riera>Memorandum of Understanding on Border Policing@2024-06-18',
      'signed Gabriela Sommerfeld>Memorandum of Understanding on Border Policing@2024-06-18']));
  });

  it('reads "the talks" opening a clause before their verb as the meeting just told, with no parties of their own', () => {
    const edges = edgesOf('On 20 June, in Geneva, Wang Yi met Penny Wong, Winston Peters and Melanie Joly, the Australian, New Zealand '
      + 'and Canadian foreign ministers, and the EU\'s foreign policy chief, Kaja Kallas; the talks ended without agreement.', '2025-07-14');
    expect(edges.filter((e) => e.startsWith('meeting ') && !e.includes('Wang Yi'))).toEqual([]);
  });

  it('reads "After the talks," opening a sentence as the meeting told before, not one of those who act after it', () => {
    const text = 'Ghanaian President John Mahama hosted Togolese President Faure Gnassingbe in Accra on Friday. After the talks, '
      + 'Ghana\'s Defence Minister Kwame Asante and Togo\'s Defence Minister Kossi Adjo signed a border security agreement.';
    expect(edgesOf(text, '2025-03-15').filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Mahama)(?=.*Gnassingb)/)]);
  });
});

describe('messages sent on behalf of others', () => {
  it('never takes whom a sender speaks for as the addressee ("sent a congratulatory message on behalf of the bloc")', () => {
    const text = 'Congratulations for Mahama\n\nGhana\'s president-elect John Mahama received congratulations from across the region on Tuesday.\n\n'
      + 'Senegal\'s President Bassirou Diomaye Faye, who chairs the Economic Community of West African States, sent a congratulatory message '
      + 'on behalf of the 15-member bloc on Wednesday.\n';
    const edges = edgesOf(text, '2024-12-12').filter((e) => e.startsWith('congratulation '));
    expect(edges).toEqual(['congratulation Bassirou Diomaye Diakhar Faye>John Dramani Mahama@2024-12-11']);
  });
});

describe('a guest named after a demonym', () => {
  it('reads "A and her Indonesian guest B" as A and B, the demonym no party of its own', () => {
    expect(edgesOf('After talks at the palace, President Dina Boluarte and her Indonesian guest Prabowo Subianto looked on as their '
      + 'ministers signed a memorandum of understanding on fisheries.', '2024-11-15').filter((e) => e.startsWith('meeting ')))
      .toEqual(['meeting Dina Boluarte>Prabowo Subianto@2024-11-15']);
  });
});
