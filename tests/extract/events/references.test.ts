// Parties named by reference rather than by name: a capital or a state standing for its leader in a
// meeting, and pronouns whose nearest antecedent is the clause's own subject. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/pipeline.js';
import { parseArticle } from '../../../src/extract/read/index.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { edgesOf, pageEdgesOf } from '../../helpers/article.js';

const meetings = (edges: readonly string[]) => edges.filter((e) => e.startsWith('meeting '));

describe('a state standing for its leader in a meeting', () => {
  it('reads a capital that welcomes a visitor as the leader of its state named in the sentence', () => {
    const edges = edgesOf('Ankara welcomed Hungarian Prime Minister Viktor Orbán on Tuesday, and Turkish President Recep Tayyip Erdoğan told him ties were strong.\n\n'
      + 'Turkish Foreign Minister Hakan Fidan joined the talks later.', '2024-07-10');
    expect(meetings(edges)).toEqual([expect.stringMatching(/^meeting (?=.*Orbán)(?=.*Erdoğan)/)]);
  });

  it('reads a visit to a state as meeting that state\'s leader named in the same sentence', () => {
    const edges = edgesOf('Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed to build a pipeline as the Kenyan leader made his first visit to Tanzania on Monday.\n\n'
      + 'Tanzanian Foreign Minister January Makamba said talks went well.', '2024-05-14');
    expect(meetings(edges)).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Samia)/)]);
  });

  it('drops the meeting when the sentence names two leaders of the visited state and the article more', () => {
    const edges = edgesOf('Turkish President Recep Tayyip Erdoğan and Turkish Foreign Minister Hakan Fidan were in Ankara when Hungarian Prime Minister Viktor Orbán visited Turkey on Tuesday.', '2024-07-10');
    expect(meetings(edges)).toEqual([]);
  });

  it('keeps a city where an event took place out of it', () => {
    const edges = edgesOf('Hungarian Prime Minister Viktor Orbán met Turkish President Recep Tayyip Erdoğan in Ankara on Tuesday.', '2024-07-10');
    expect(meetings(edges)).toEqual([expect.stringMatching(/^meeting (?=.*Orbán)(?=.*Erdoğan)/)]);
  });
});

describe('a word for a state', () => {
  it('reads "the Pacific nation" after the subject\'s own state as the state named before it', () => {
    const edges = edgesOf('Chilean President Gabriel Boric told visiting Fijian Prime Minister Sitiveni Rabuka on Wednesday that Santiago "firmly supports" the Pacific nation in its climate diplomacy.', '2024-07-08');
    expect(edges.filter((e) => e.startsWith('support '))).toEqual([expect.stringMatching(/^support Chile>Fiji@/)]);
  });
});

describe('a possessive before an acting noun', () => {
  it('reads "supports his government" as the state of the one "his" stands for, and no list of names after the noun', () => {
    const edges = edgesOf('Chilean President Gabriel Boric telephoned Peruvian President Dina Boluarte on Friday and said Chile firmly supports her government.', '2024-07-08');
    expect(edges.filter((e) => e.startsWith('support '))).toEqual([expect.stringMatching(/^support Chile>Peru@/)]);
  });
});

describe('a capital after a noun of what a government says', () => {
  it('reads "the claims from Washington" as the government that made them', () => {
    expect(edgesOf('Beijing on Wednesday dismissed the claims from Washington as groundless.', '2025-03-13').filter((e) => e.startsWith('condemnation ')))
      .toEqual(['condemnation China>United States@2025-03-12']);
  });
});

describe('a capital after a noun of backing', () => {
  it('reads "aid to Kyiv" and "arms to Taipei" as the government gaining them, not a place', () => {
    expect(edgesOf('Czech Prime Minister Petr Fiala reiterated his support for continued military aid to Kyiv on Thursday.', '2025-04-11').filter((e) => e.startsWith('support ')))
      .toEqual(['support Petr Fiala>Ukraine@2025-04-10']);
    // A capital after "to" with no such noun before it is where someone goes.
    expect(edgesOf('Czech Prime Minister Petr Fiala reiterated his support on Thursday before flying to Kyiv.', '2025-04-11').filter((e) => e.startsWith('support '))).toEqual([]);
  });
});

describe('capitals joined to a place', () => {
  it('reads a capital after "and" or a comma that follows a place as a place too, not a government acting', () => {
    const edges = edgesOf('On May 30, Chile\'s newly elected president, Gabriel Boric, travelled to Lima and Quito for talks with Ecuador\'s president, Guillermo Lasso.', '2024-06-10');
    expect(meetings(edges)).toEqual([expect.stringMatching(/^meeting (?=.*Boric)(?=.*Lasso)/)]);
  });
});

describe('pronouns', () => {
  it('reads "him" after a subject as the person named before that subject', () => {
    const edges = edgesOf('Indian Prime Minister Narendra Modi flew to Port Moresby, where Papua New Guinea Prime Minister James Marape greeted him on the tarmac on Sunday.', '2024-05-22');
    expect(meetings(edges)).toEqual([expect.stringMatching(/^meeting (?=.*Modi)(?=.*Marape)/)]);
  });

  it('keeps "him" as the nearest person when that person is not the subject', () => {
    const edges = edgesOf('French President Emmanuel Macron called Kenyan President William Ruto on Monday and congratulated him on the summit.', '2024-05-22');
    expect(edges.filter((e) => e.startsWith('congratulation '))).toEqual([expect.stringMatching(/^congratulation Emmanuel Macron>William Ruto/)]);
  });

  it('reads an acting noun "its" owns after a preposition as the state named last before it, and no other "its" so', () => {
    expect(edgesOf('Qatar welcomed the lifting of sanctions on Syria on Monday and voiced support for its new government.', '2025-06-10')).toEqual(['support Qatar>Syria@2025-06-09']);
    expect(edgesOf('Chile condemned the strike on Lebanon on Monday and expressed solidarity with its people.', '2025-06-10').filter((e) => e.startsWith('support '))).toEqual(['support Chile>Lebanon@2025-06-09']);
    expect(edgesOf('Qatar welcomed the talks with Syria on Monday and said its government backed the plan.', '2025-06-10').filter((e) => e.startsWith('support '))).toEqual([]);
  });

  it('reads "her" before an adverb or a pronoun as an object, and before an adverb of an attribute as a possessive; hosts meet their guest, not each other', () => {
    const there = edgesOf('Chilean President Michelle Bachelet arrived in Lima on Friday. Peruvian President Ollanta Humala and Foreign Minister Gonzalo Gutierrez received her there.', '2014-06-20');
    // Hosts receive their guest, not each other.
    expect(meetings(there)).toHaveLength(2);
    expect(meetings(there)).toContainEqual(expect.stringMatching(/^meeting (?=.*Bachelet)(?=.*Humala)/));
    expect(meetings(there)).toContainEqual(expect.stringMatching(/^meeting (?=.*Bachelet)(?=.*Gutierrez)/));
    const told = edgesOf('Chilean President Michelle Bachelet arrived in Lima on Friday. Peruvian President Ollanta Humala received her and told her he backed the bid.', '2014-06-20');
    expect(meetings(told)).toEqual([expect.stringMatching(/^meeting (?=.*Bachelet)(?=.*Humala)/)]);
    const envoy = edgesOf('Chilean President Michelle Bachelet arrived in Lima on Friday. Peruvian President Ollanta Humala received her newly appointed envoy, Foreign Minister Heraldo Munoz.', '2014-06-20');
    expect(meetings(envoy)).toEqual([expect.stringMatching(/^meeting (?=.*Humala)(?=.*Munoz)/)]);
  });
});

describe('pronouns of a gender the article tells', () => {
  const congratulations = (edges: readonly string[]) => edges.filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''));

  it('reads "her" as the last woman named, not the man nearer it, once the article says she is one', () => {
    const text = 'Namibian President-elect Netumbo Nandi-Ndaitwah said she would form a lean cabinet, a day after the count ended on Tuesday.\n\n'
      + 'Zambian President Hakainde Hichilema and Angolan President Joao Lourenco praised the vote.\n\n'
      + 'Botswana\'s President Duma Boko said he had spoken with the president-elect and congratulated her.';
    expect(congratulations(edgesOf(text, '2024-12-05'))).toEqual(['congratulation Duma Boko>Netumbo Nandi-Ndaitwah']);
  });

  it('reads a person right after "said" as the reported clause\'s subject, not the object of the verb before it', () => {
    const edges = edgesOf('Kenyan President William Ruto said he had called Namibian President-elect Netumbo Nandi-Ndaitwah to congratulate her on Wednesday.', '2024-12-05');
    expect(congratulations(edges)).toEqual(['congratulation William Ruto>Netumbo Nandi-Ndaitwah']);
  });
});

describe('titles in the manner of Gulf state agencies', () => {
  const congratulations = (edges: readonly string[]) => edges.filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''));

  it('reads "HE" as His Excellency, two titles joined by "and" as one person\'s, and a name spelt a letter apart as the office holder', () => {
    const text = 'HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani sent a cable of congratulations to HE President of the Democratic Socialist Republic of Sri Lanka Anura Kumara Disanayake.';
    // The gazetteer spells him "Dissanayake" and the minister "Al Thani"; "Prime Minister" is no one else's title.
    expect(congratulations(edgesOf(text, '2024-09-24'))).toEqual(['congratulation Mohammed bin Abdulrahman Al Thani>Anura Kumara Dissanayake']);
  });

  it('keeps "the Prime Minister and Premier X" two people, and two states\' titles two people\'s', () => {
    const text = 'Pakistani Prime Minister Shehbaz Sharif arrived in Beijing on Tuesday.\n\nOn Wednesday, the Prime Minister and Premier Li Keqiang held talks at the Great Hall of the People.';
    expect(edgesOf(text, '2022-11-02').filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Shehbaz Sharif)(?=.*Li Keqiang).*@2022-11-02$/)]);
  });
});

describe('a title with "-elect"', () => {
  it('is the person about to take the office, not its holder that day, with or without a state', () => {
    const text = 'Namibia\'s Netumbo Nandi-Ndaitwah won the presidential election on Tuesday.\n\n'
      + 'Kenyan President William Ruto congratulated the Namibian president-elect on Wednesday.\n\n'
      + 'Tanzanian President Samia Suluhu Hassan called on the president-elect in Windhoek on Thursday.';
    const edges = edgesOf(text, '2024-12-06');
    expect(edges).toContainEqual('congratulation William Ruto>Netumbo Nandi-Ndaitwah@2024-12-04');
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Samia)(?=.*Nandi-Ndaitwah).*@2024-12-05$/));
  });

  it('is the newcomer as "leader-elect" too, also when its sentence names the newcomer', () => {
    const text = 'Namibia\'s Netumbo Nandi-Ndaitwah won the presidential election on Tuesday.\n\n'
      + 'Kenyan President William Ruto praised Nandi-Ndaitwah on Wednesday, while Tanzanian President Samia Suluhu Hassan said she had telephoned the Namibian leader-elect.';
    expect(edgesOf(text, '2024-12-06')).toContainEqual(expect.stringMatching(/^phone_call (?=.*Samia)(?=.*Nandi-Ndaitwah).*@2024-12-04$/));
  });
});

describe('pronouns after a clause of their own', () => {
  it('reads a subject "he" as the last person named outside a preposition\'s object, not the agent just named', () => {
    const edges = edgesOf('Chancellor Friedrich Merz flew to Paris on Wednesday, where he was received by President Emmanuel Macron at the Elysee Palace; in the afternoon he held talks in Warsaw with Prime Minister Donald Tusk.', '2025-05-07');
    expect(meetings(edges).sort()).toEqual([
      expect.stringMatching(/^meeting (?=.*Merz)(?=.*Macron)/),
      expect.stringMatching(/^meeting (?=.*Merz)(?=.*Tusk)/),
    ].sort(() => 0));
  });

  it('reads a subject "he" after ", then" or ", where" as the subject\'s, not the object of the verb before', () => {
    const edges = edgesOf('Kenyan President William Ruto met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday, then flew to Kampala, where he met Ugandan President Yoweri Museveni on Tuesday.', '2024-04-10');
    expect(meetings(edges).sort()).toEqual(['meeting William Ruto>Abdel Fattah el-Sisi@2024-04-08', 'meeting William Ruto>Yoweri Museveni@2024-04-09'].sort());
  });

  it('prefers the first person of the sentence to the one named between', () => {
    const edges = edgesOf('When German Chancellor Olaf Scholz telephoned Russian President Vladimir Putin on Friday for the first time in two years, Ukrainian President Volodymyr Zelensky accused him of weakness and said that it was a mistake.', '2024-11-16');
    expect(edges.filter((e) => e.startsWith('condemnation '))).toEqual([expect.stringMatching(/^condemnation Volodymyr Zelenskyy?>Olaf Scholz@/)]);
  });
});

describe('a pronoun\'s word inside a name', () => {
  it('reads "He" in "Vice Premier He Lifeng" as part of the name, not a pronoun subject', () => {
    expect(edgesOf('US Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng began talks in London on Monday.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*He Lifeng)(?=.*Bessent).*@2025-06-09$/)]);
  });
});

describe('a pronoun subject that would meet itself', () => {
  it('reads "he" as the article\'s most named person when its object names the person the sentence before named', () => {
    const edges = edgesOf('Former Finnish President Sauli Niinistö spoke often of his ties to Russia. Sauli Niinistö was elected in 2012.\n\n'
      + 'Few bonds mattered more to him than the one with Russian President Vladimir Putin.\n\n'
      + 'He hosted the Russian president at a lakeside residence on August 22, 2019.', '2024-03-01');
    expect(meetings(edges)).toEqual([expect.stringMatching(/^meeting (?=.*Niinistö)(?=.*Putin).*@2019-08-22$/)]);
  });

  it('reads "he" as the last other person named before when its object names the article\'s most named person', () => {
    const edges = edgesOf('Vladimir Putin has been to France twice. Putin first flew to Paris in May 2017, and Emmanuel Macron received Putin at Versailles. '
      + 'In August 2019 he hosted Putin at his summer retreat.', '2025-07-01');
    expect(meetings(edges)).toEqual([expect.stringMatching(/^meeting (?=.*Macron)(?=.*Putin).*@2017-05-01$/), expect.stringMatching(/^meeting (?=.*Macron)(?=.*Putin).*@2019-08-01$/)]);
  });

  it('reads "whom he met" after the only person of its sentence as the person the sentence before named', () => {
    const edges = edgesOf('Former Finnish President Sauli Niinistö has died.\n\n'
      + 'No tie shaped his last years more than the one with German Chancellor Olaf Scholz, whom he met in Helsinki on March 3, 2023.', '2024-03-01');
    expect(meetings(edges)).toEqual([expect.stringMatching(/^meeting (?=.*Niinistö)(?=.*Scholz).*@2023-03-03$/)]);
  });
});

describe('a sentence-opening "he" after a sentence that names only someone else', () => {
  it('is the article\'s most named person when the naming sentence before names them', () => {
    const text = 'Brazilian President Luiz Inácio Lula da Silva arrived in Santiago on Monday. Lula spoke to the press.\n\n'
      + 'Lula visited a school.\n\nOn Monday Chilean President Gabriel Boric received him at La Moneda.\n\n'
      + 'On Tuesday he met Peruvian President Dina Boluarte on the sidelines.';
    const found = meetings(edgesOf(text, '2023-06-07'));
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^meeting (?=.*Boric)(?=.*Lula).*@2023-06-05$/),
      expect.stringMatching(/^meeting (?=.*Boluarte)(?=.*Lula).*@2023-06-06$/),
    ]));
  });
});

describe('a clause with a subject of its own', () => {
  it('reads a noun right before the verb as its subject, not the parties of the clause before: officials sign for their states', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev on Monday.\n\n'
      + 'The two leaders discussed water sharing, and officials signed an agreement on the Syr Darya basin.';
    expect(edgesOf(text, '2024-06-12').filter((e) => e.startsWith('signed ')).sort()).toEqual([
      'signed Kazakhstan>agreement on the Syr Darya basin@2024-06-10', 'signed Uzbekistan>agreement on the Syr Darya basin@2024-06-10',
    ]);
  });

  it('reads no subject into a noun a preposition governs ("X in a telegram congratulated Y")', () => {
    expect(edgesOf('Kazakh President Kassym-Jomart Tokayev in a telegram congratulated Uzbek President Shavkat Mirziyoyev on Monday.', '2024-06-12'))
      .toEqual([expect.stringMatching(/^congratulation Kassym-Jomart Tokayev>Shavkat Mirziyoyev@2024-06-10$/)]);
  });

  it('reads "the two top leaders" as the two', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev on Monday.\n\n'
      + 'The two top leaders reaffirmed that the Syr Darya basin must be shared fairly.';
    expect(edgesOf(text, '2024-06-12').filter((e) => e.startsWith('shared_stance '))).toEqual([expect.stringMatching(/^shared_stance (?=.*Tokayev)(?=.*Mirziyoyev)/)]);
  });

  it('reads talking behind closed doors as a meeting, in an article that speaks of calls too', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev called Uzbek President Shavkat Mirziyoyev on Friday.\n\n'
      + 'On Monday the two presidents met in Tashkent, and Tokayev and Mirziyoyev then talked behind closed doors for an hour.';
    expect(edgesOf(text, '2024-06-12').filter((e) => e.startsWith('phone_call ') && e.endsWith('@2024-06-10'))).toEqual([]);
  });
});

describe('an interview', () => {
  it('reads "I" outside quotations as the person interviewed, the first the lede names', () => {
    const text = 'Foreign Minister Ali Sabry sat down with us in Colombo on Tuesday.\n\n'
      + 'Q: Have you met the new Maldivian foreign minister?\n\nA: Yes. I met Maldivian Foreign Minister Moosa Zameer in Male on 25 June.';
    expect(edgesOf(text, '2024-07-10')).toEqual([expect.stringMatching(/^meeting (?=.*Sabry)(?=.*Zameer).*@2024-06-25$/)]);
  });

  it('reads "you" on the interviewer\'s line as the one interviewed, the one whose name opens the answers', () => {
    const text = 'Australia\'s foreign minister sat down with us in Canberra. Prime Minister Anthony Albanese had spoken on Monday.\n\n'
      + 'HR: You met Indonesian Foreign Minister Retno Marsudi in Jakarta on 25 June. What came of it?\n\nPenny Wong: Trust, above all.';
    expect(edgesOf(text, '2024-07-10').filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Wong)(?=.*Retno).*@2024-06-25$/)]);
  });

  it('reads no event into a question', () => {
    const text = 'Foreign Minister Ali Sabry sat down with us in Colombo on Tuesday.\n\n'
      + 'Q: Has President Ranil Wickremesinghe met Maldivian President Mohamed Muizzu in Male since Monday?\n\nA: Not yet.';
    expect(edgesOf(text, '2024-07-10').filter((e) => e.startsWith('meeting '))).toEqual([]);
  });

  it('finds the one interviewed in the headline by a name, not by a title ending in a state the headline names', () => {
    const text = '"We will not be lectured": Ghana\'s foreign minister on cocoa, Mali and Togo\n\nAccra, 20 May 2025\n\n'
      + 'Ghana\'s Foreign Minister Samuel Okudzeto Ablakwa spoke to us about the region. The interview has been edited for length.\n\n'
      + 'Q: Will you meet the President of Mali soon?\n\nA: We condemn the expulsion of our traders by Mali in the strongest terms.\n';
    const { fragment } = extract(parseArticle(text, { id: 'interview', file: 'interview.txt', format: 'txt' }).article!, loadKnowledge());
    const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
    expect(fragment!.edges.filter((e) => e.type === 'condemnation').map((e) => `${label.get(e.source)}>${label.get(e.target)}@${e.date}`)).toEqual(['Ghana>Mali@2025-05-20']);
  });

  it('dates a stance told in the present on the day the interview was given, not on publication', () => {
    const text = '"We will not be lectured": Ghana\'s foreign minister on cocoa and Mali\n\nAccra, 22 May 2025\n\n'
      + 'Ghana\'s Foreign Minister Samuel Okudzeto Ablakwa spoke to us about the region. This interview was conducted in Accra on May 19, 2025.\n\n'
      + 'Q: What of the border?\n\nA: We condemn the expulsion of our traders by Mali in the strongest terms.\n';
    const { fragment } = extract(parseArticle(text, { id: 'interview', file: 'interview.txt', format: 'txt' }).article!, loadKnowledge());
    const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
    expect(fragment!.edges.filter((e) => e.type === 'condemnation').map((e) => `${label.get(e.source)}>${label.get(e.target)}@${e.date}`)).toEqual(['Ghana>Mali@2025-05-19']);
  });

  it('counts "this morning" and "yesterday" from the day the interview was given', () => {
    const text = '"We will not be lectured": Ghana\'s foreign minister on cocoa and Mali\n\nAccra, 22 May 2025\n\n'
      + 'Ghana\'s Foreign Minister Samuel Okudzeto Ablakwa spoke to us about the region. This interview was conducted in Accra on May 19, 2025.\n\n'
      + 'Q: Have you spoken to Washington?\n\nA: I spoke by phone with Secretary of State Marco Rubio this morning, and I met the Togolese foreign minister, Robert Dussey, yesterday.\n';
    const { fragment } = extract(parseArticle(text, { id: 'interview', file: 'interview.txt', format: 'txt' }).article!, loadKnowledge());
    expect(fragment!.edges.filter((e) => e.type === 'phone_call' || e.type === 'meeting').map((e) => `${e.type}@${e.date}`).sort()).toEqual(['meeting@2025-05-18', 'phone_call@2025-05-19']);
  });

  it('takes the interview\'s day from the lede that says when the one interviewed received "us"', () => {
    const text = '"We will not be lectured": Ghana\'s foreign minister on cocoa and Mali\n\nAccra, 22 May 2025\n\n'
      + 'Ghana\'s Foreign Minister Samuel Okudzeto Ablakwa received us at his office in Accra on Monday. The interview has been edited for length.\n\n'
      + 'Q: What of the border?\n\nA: We condemn the expulsion of our traders by Mali in the strongest terms.\n';
    const { fragment } = extract(parseArticle(text, { id: 'interview', file: 'interview.txt', format: 'txt' }).article!, loadKnowledge());
    const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
    expect(fragment!.edges.filter((e) => e.type === 'condemnation').map((e) => `${label.get(e.source)}>${label.get(e.target)}@${e.date}`)).toEqual(['Ghana>Mali@2025-05-19']);
  });

  it('reads no one into "I" in an article that is not an interview', () => {
    const text = 'Foreign Minister Ali Sabry flew to Colombo on Tuesday.\n\nA columnist wrote: I met Maldivian Foreign Minister Moosa Zameer in Male on 25 June.';
    expect(edgesOf(text, '2024-07-10')).toEqual([]);
  });
});

describe('a transcript', () => {
  it('reads "I" as the one whose line it is and "you" as the other speaker; "I would like to congratulate you" congratulates', () => {
    const text = 'Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Tuesday.\n\n'
      + 'William Ruto: Mr President, dear brother, welcome to Nairobi. I thank you for coming.\n\n'
      + 'Yoweri Museveni (retranslated): Thank you. I would like to congratulate you on the success of the investment summit.';
    expect(edgesOf(text, '2024-07-10')).toContainEqual('congratulation Yoweri Museveni>William Ruto@2024-07-09');
  });

  it('reads "we had a meeting" on a speaker\'s line as the two speakers\' meeting, and a welcome said as a pleasure as given', () => {
    const met = 'Remarks to the press, Nairobi, 10 July 2024\n\nPresident William Ruto: Good afternoon. We have just had a very good meeting on trade and security.\n\n'
      + 'President Yoweri Museveni: Thank you, my brother.';
    expect(edgesOf(met, '2024-07-10')).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-07-10$/)]);
    const welcomed = 'Remarks to the press, Nairobi, 10 July 2024\n\nPresident William Ruto: It is a great pleasure to welcome my brother, President Yoweri Museveni, to State House.';
    expect(edgesOf(welcomed, '2024-07-10')).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-07-10$/)]);
  });

  it('reads "him" on a speaker\'s line as the last other person named, never the speaker', () => {
    const text = 'PRIME MINISTER OF AUSTRALIA\n\nTRANSCRIPT, 12 JULY 2024\n\n'
      + 'PRIME MINISTER: I met President Joko Widodo in Jakarta on Wednesday. I congratulated him on the election, and we had a long lunch.';
    expect(pageEdgesOf(text).filter((e) => e.startsWith('congratulation'))).toEqual(['congratulation Anthony Albanese>Joko Widodo@2024-07-10']);
  });

  it('carries a speaker\'s turn over the paragraphs after the line until the next label, and reads "we" there as the speaker', () => {
    const text = 'Joint press remarks, Nairobi, Wednesday 10 July 2024\n\n'
      + 'President William Ruto: Welcome, my brother. We had a good meeting this morning.\n\n'
      + 'On the region, let me be clear. We condemn the shelling of Goma by Rwanda on Sunday.\n\n'
      + 'QUESTION (Daily Nation): Mr President, what about Ethiopia?\n\n'
      + 'We are told that Ethiopia supports Somalia.\n\n'
      + 'President Yoweri Museveni: Thank you, my brother.';
    const edges = edgesOf(text, '2024-07-10');
    // Said in the present in the speaker's own voice: the day of the remarks, not the day of the shelling.
    expect(edges.filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation William Ruto>Rwanda@2024-07-10']);
    // A question's paragraphs are nobody's turn: "we" there is no speaker.
    expect(edges.filter((e) => e.startsWith('support') && !e.includes('>Somalia'))).toEqual([]);
  });

  it('keeps a single labelled line a quotation: the paragraphs after it are the reporter\'s', () => {
    const text = 'Kenyan President William Ruto spoke to reporters in Nairobi on Wednesday.\n\n'
      + 'William Ruto: Welcome to Nairobi.\n\n'
      + 'We condemn the shelling of Goma by Rwanda, the editors of this paper wrote on Sunday.';
    expect(edgesOf(text, '2024-07-10').filter((e) => e.startsWith('condemnation') && e.includes('Ruto'))).toEqual([]);
  });

  it('makes the spokesperson the header titles and the lines\' labels name a person of the state their lines name most', () => {
    const text = 'Foreign Ministry Spokesperson Kwame Mensah\'s Regular Press Conference on May 14, 2025\n\n'
      + 'Kwame Mensah: Ghana will host the regional summit next month. Ghana welcomes all delegations.\n\n'
      + 'Reuters: Togo has closed its border. What is your comment?\n\n'
      + 'Kwame Mensah: Ghana firmly opposes the closure. We urge Togo to stop its provocations.';
    // Read as a file is, its first line the headline.
    const { fragment } = extract(parseArticle(text, { id: 'page', file: 'page.txt', published: '2025-05-14' }).article!, loadKnowledge());
    const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
    const edges = fragment!.edges.map((e) => `${e.type} ${label.get(e.source)}>${label.get(e.target)}${e.date ? `@${e.date}` : ''}`);
    expect(edges).toContain('leader_of Kwame Mensah>Ghana');
    expect(edges.filter((e) => e.startsWith('condemnation'))).toEqual(['condemnation Kwame Mensah>Togo@2025-05-14']);
    // A state the header names before the title is the spokesperson's, however often the lines name another.
    const named = 'Ghanaian Foreign Ministry Spokesperson Kwame Mensah\'s Regular Press Conference\n\nKwame Mensah: Togo has closed its border with Togo\'s army, and Ghana regrets it.\n\nAFP: Any comment?\n\nKwame Mensah: No.';
    const { fragment: other } = extract(parseArticle(named, { id: 'page', file: 'page.txt', published: '2025-05-14' }).article!, loadKnowledge());
    const labels = new Map(other!.nodes.map((n) => [n.id, n.label]));
    expect(other!.edges.filter((e) => e.type === 'leader_of').map((e) => `${labels.get(e.source)}>${labels.get(e.target)}`)).toEqual(['Kwame Mensah>Ghana']);
  });

  it('reads no one into "I" on a line no speaker\'s name opens', () => {
    const text = 'Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Tuesday.\n\n'
      + 'A columnist wrote: I would like to congratulate you on the success of the investment summit.';
    expect(edgesOf(text, '2024-07-10').filter((e) => e.startsWith('congratulation'))).toEqual([]);
  });
});

describe('a group named by its members', () => {
  it('reads "the group" as the states its sentence lists before it when it names no bloc, and as the last bloc otherwise', () => {
    const listed = 'Ghana\'s envoy, speaking on behalf of Ghana, Togo and Benin, said the group reaffirmed its full support for Niger on Monday.';
    expect(edgesOf(listed, '2025-06-10')).toEqual(['support Benin>Niger@2025-06-09', 'support Ghana>Niger@2025-06-09', 'support Togo>Niger@2025-06-09']);
    const bloc = 'ECOWAS met in Abuja on Monday. Ghana and Togo attended, and the group reaffirmed its full support for Niger.';
    expect(edgesOf(bloc, '2025-06-10').filter((e) => e.startsWith('support'))).toEqual(['support ECOWAS>Niger@2025-06-09']);
  });
});

describe('"the two presidents" after talks the same sentence tells', () => {
  it('are that pair, not the pair the article opened with', () => {
    const text = 'Brazil\'s Lula and Argentina\'s Alberto Fernandez spoke by phone on Monday.\n\n'
      + 'Chile\'s Gabriel Boric was received by Luis Lacalle Pou in Montevideo on Tuesday. After their talks, the two presidents signed a consular cooperation agreement.';
    expect(edgesOf(text, '2023-03-19').filter((e) => e.startsWith('signed')))
      .toEqual(['signed Gabriel Boric>consular cooperation agreement@2023-03-14', 'signed Luis Alberto Lacalle Pou>consular cooperation agreement@2023-03-14']);
  });
});

describe('the people of a bloc\'s gathering', () => {
  it('are the bloc: "the leaders" and "they" after "Leaders of the Group of Seven" or "foreign ministers from ASEAN" met', () => {
    expect(edgesOf('Leaders of the Group of Seven met in Hiroshima on Saturday. The leaders condemned Russia\'s war against Ukraine.', '2023-05-21'))
      .toEqual(['condemnation G7>Russia@2023-05-20']);
    expect(edgesOf('Foreign ministers from ASEAN wrapped up two days of talks in Jakarta on Wednesday. The meeting was the last of the year. '
      + 'They also deplored North Korea\'s missile launches.', '2023-07-13')).toEqual(['condemnation ASEAN>North Korea@2023-07-12']);
    // The lede's gathering holds through the article.
    expect(edgesOf('Foreign ministers from ASEAN met in Jakarta on Wednesday. The talks ran late. Rain fell. The hall was full. A dinner followed. '
      + 'On Myanmar, the ministers backed Thailand\'s call for talks.', '2023-07-13')).toEqual(['support ASEAN>Thailand@2023-07-12']);
    // A bloc that ends its sentence gathers no one; one that ends a line with no stop is read without reading past it.
    expect(edgesOf('Timor-Leste is set to join ASEAN. They deplored North Korea\'s missile launches.', '2023-07-13')).toEqual([]);
    expect(edgesOf('Ministers of the G7\n\nThey deplored North Korea\'s missile launches.', '2023-07-13')).toEqual(['condemnation G7>North Korea@2023-07-13']);
  });
});

describe('"him" after a sentence naming its subject and an agent', () => {
  it('is the one the article is most about, not the agent named last', () => {
    const text = 'Kenyan President William Ruto arrived in Kampala on Monday for a state visit. Ruto was received at State House by President Yoweri Museveni.\n\n'
      + 'Vice President Jessica Alupo called on him at his hotel in the afternoon.';
    const edges = meetings(edgesOf(text, '2024-06-11'));
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Alupo)(?=.*Ruto)/));
    expect(edges.filter((e) => e.includes('Alupo') && e.includes('Museveni'))).toEqual([]);
  });
});

describe('an op-ed', () => {
  /** A page's events, the page read as a file. */
  const page = (raw: string): string[] => {
    const { article: a } = parseArticle(raw, { id: 'page', file: 'page.txt' });
    const { fragment } = extract(a!, loadKnowledge());
    const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
    return fragment!.edges.filter((e) => e.type === 'meeting' || e.type === 'phone_call').map((e) => `${e.type} ${label.get(e.source)}>${label.get(e.target)}@${e.date}`).sort();
  };

  it('reads "I" as the leader a byline names with a middle initial the gazetteer\'s names lack', () => {
    const byline = 'OPINION\n\nWhy our alliances matter\n\nBy Ferdinand R. Marcos Jr., President of the Philippines\n\nMay 10, 2024\n\n'
      + 'On Tuesday I held talks with President Samia Suluhu Hassan in Manila. Trade was our first subject.\n';
    expect(page(byline)).toEqual([expect.stringMatching(/^meeting (?=.*Marcos)(?=.*Samia).*@2024-05-07$/)]);
  });

  it('reads "I" as the leader its byline or its closing line names', () => {
    const byline = 'OPINION\n\nWhy our region must trade more\n\nBy Paul Kagame\n\nMay 10, 2024\n\n'
      + 'On Tuesday I held talks with President Samia Suluhu Hassan in Dar es Salaam. Trade was our first subject.\n\n'
      + 'Paul Kagame is the President of Rwanda.\n';
    expect(page(byline)).toEqual([expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Samia).*@2024-05-07$/)]);
    const trailer = 'OPINION\n\nWhy our region must trade more\n\nMay 10, 2024\n\n'
      + 'On Tuesday I held talks with President Samia Suluhu Hassan in Dar es Salaam. Trade was our first subject.\n\n'
      + 'The writer is President Paul Kagame of Rwanda.\n';
    expect(page(trailer)).toEqual([expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Samia).*@2024-05-07$/)]);
  });

  it('reads "I" as the byline\'s leader even when the lede "sat down with" another, as an interview\'s would', () => {
    const raw = 'OPINION\n\nWhy our region must trade more\n\nBy Paul Kagame, President of Rwanda\n\nMay 10, 2024\n\n'
      + 'On Tuesday I sat down with President Samia Suluhu Hassan in Dar es Salaam. Trade was our first subject.\n\n'
      + 'When I spoke to President William Ruto by telephone on Wednesday, we agreed to meet in June.\n';
    expect(page(raw)).toEqual([
      expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Samia).*@2024-05-07$/),
      expect.stringMatching(/^phone_call (?=.*Kagame)(?=.*Ruto).*@2024-05-08$/),
    ]);
  });

  it('reads "we" outside quotations as the author\'s state', () => {
    const raw = 'OPINION\n\nWhy our region must trade more\n\nMay 10, 2024\n\n'
      + 'On Tuesday we signed the Kigali Accord on Border Trade with Tanzania.\n\n'
      + 'The writer is President Paul Kagame of Rwanda.\n';
    const { article: a } = parseArticle(raw, { id: 'page', file: 'page.txt' });
    const { fragment } = extract(a!, loadKnowledge());
    const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
    expect(fragment!.edges.filter((e) => e.type === 'signed').map((e) => `${label.get(e.source)}>${label.get(e.target)}@${e.date}`))
      .toContainEqual(expect.stringMatching(/^Rwanda>Kigali Accord on Border Trade.*@2024-05-07$/));
  });

  it('reads "my government" and "our country" outside quotations as the author\'s state', () => {
    const raw = 'OPINION\n\nWhy our region must trade more\n\nBy Paul Kagame\n\nMay 10, 2024\n\n'
      + 'Rwanda has been at peace for thirty years. My government welcomes Kenya\'s mediation in the east of the Congo, and our country supports Tanzania.\n';
    const { article: a } = parseArticle(raw, { id: 'page', file: 'page.txt' });
    const { fragment } = extract(a!, loadKnowledge());
    const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
    expect(fragment!.edges.filter((e) => e.type === 'support').map((e) => `${label.get(e.source)}>${label.get(e.target)}`).sort())
      .toEqual(['Rwanda>Kenya', 'Rwanda>Tanzania']);
  });

  it('makes the byline\'s leader a node of the page when the body never names them, and reads "I spoke to X"', () => {
    const raw = 'OPINION\n\nWhy our region must trade more\n\nBy Paul Kagame\n\nMay 10, 2024\n\n'
      + 'On Tuesday I held talks with President Samia Suluhu Hassan in Dar es Salaam. When I spoke to President William Ruto on Wednesday, trade was our first subject.\n';
    const { article: a } = parseArticle(raw, { id: 'page', file: 'page.txt' });
    const { fragment } = extract(a!, loadKnowledge());
    const author = fragment!.nodes.find((n) => n.label.includes('Kagame'))!;
    // Its provenance is the name in the byline.
    expect(author.provenance.map((p) => p.quote)).toEqual(['Paul Kagame']);
    expect(page(raw)).toEqual([
      expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Samia).*@2024-05-07$/), expect.stringMatching(/^meeting (?=.*Kagame)(?=.*Ruto).*@2024-05-08$/),
    ]);
  });

  it('reads no one into "I" when its byline names a writer who holds no office', () => {
    const raw = 'OPINION\n\nWhy our region must trade more\n\nBy Amani Mwakyusa\n\nMay 10, 2024\n\n'
      + 'On Tuesday I held talks with President Samia Suluhu Hassan in Dar es Salaam. Trade was our first subject.\n';
    expect(page(raw)).toEqual([]);
  });
});

describe('a sentence-opening "he" after a question that names someone', () => {
  it('is the one the question names, not the article\'s most named person', () => {
    const text = 'Philippine President Ferdinand Marcos Jr. flew to Tokyo on Monday. Marcos met reporters.\n\n'
      + 'Marcos also spoke of China.\n\nQ: Chinese Foreign Minister Qin Gang came to Manila in April.\n\n'
      + 'He met Philippine Foreign Secretary Enrique Manalo on April 22.';
    expect(edgesOf(text, '2023-05-05').filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Qin Gang)(?=.*Manalo).*@2023-04-22$/)]);
  });
});

describe('a guest or a host named by a demonym', () => {
  it('is the person of that state the article has named most', () => {
    const text = 'Kenyan President William Ruto arrived in Kampala on Tuesday. Ruto was met at the airport.\n\n'
      + 'On Wednesday, the Kenyan guest held talks with Ugandan President Yoweri Museveni.';
    expect(edgesOf(text, '2024-06-13').filter((e) => e.startsWith('meeting '))).toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Museveni).*@2024-06-12$/)]);
  });
});

describe('counted references', () => {
  it('reads "the three" before a verb as the three people the sentence before names, and "the same two ministers" as the two', () => {
    const three = edgesOf('Kazakh President Kassym-Jomart Tokayev hosted his Kyrgyz and Uzbek counterparts, Sadyr Japarov and Shavkat Mirziyoyev, on Monday.\n\n'
      + 'After lunch, the three signed the Astana Water Accord.', '2024-06-12');
    expect(three.filter((e) => e.startsWith('signed ')).map((e) => e.replace(/@.*/, '')).sort())
      .toEqual(['signed Kassym-Jomart Tokayev>Astana Water Accord', 'signed Sadyr Japarov>Astana Water Accord', 'signed Shavkat Mirziyoyev>Astana Water Accord']);
    const two = edgesOf('Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo on Friday.\n\n'
      + 'The deal builds on a memorandum of understanding on fisheries that the same two ministers signed in Kampala on April 25, 2024.', '2024-06-12');
    expect(two.filter((e) => e.startsWith('signed ')).map((e) => e.replace(/@.*/, '')).sort())
      .toEqual([expect.stringMatching(/^signed Jeje Odongo>/), expect.stringMatching(/^signed Musalia Mudavadi>/)]);
  });
});

describe('names inside a longer name', () => {
  it('reads a state modifying a place after a preposition as no subject of the next verb', () => {
    const edges = edgesOf('In a joint statement issued on Friday, the European Union voiced serious concern over the situation in the East and South China Seas, and condemned North Korea\'s continued launches of ballistic missiles.', '2024-09-21');
    expect(edges.filter((e) => e.startsWith('condemnation '))).toEqual([expect.stringMatching(/^condemnation European Union>North Korea@/)]);
  });
});

describe('a bloc named again by a common noun', () => {
  it('reads "the regional body" and "the 27-member bloc" as the last bloc named', () => {
    const edges = edgesOf('Leaders of the Economic Community of West African States met in Abuja on Sunday to discuss the crisis in the region.\n\n'
      + 'In a communique read at the end of the meeting, the regional body condemned the military junta in Mali for delaying the elections.', '2024-01-08');
    expect(edges.filter((e) => e.startsWith('condemnation '))).toEqual([expect.stringMatching(/^condemnation (ECOWAS|Economic Community of West African States)>Mali@/)]);
    const backed = edgesOf('The European Union held a summit in Brussels on Thursday, and the 27-member bloc backed Moldova in its dispute with Russia over gas supplies.', '2024-01-08');
    expect(backed.filter((e) => e.startsWith('support '))).toEqual([expect.stringMatching(/^support European Union>Moldova@/)]);
  });

  it('reads "the terrorist group" or "the armed group" as no bloc', () => {
    const text = 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed at the African Union on Monday. Both leaders condemned the terrorist group.';
    expect(edgesOf(text, '2025-04-08').filter((e) => e.startsWith('condemnation '))).toEqual([]);
    expect(edgesOf(text.replace('the terrorist group', 'the regional group'), '2025-04-08').filter((e) => e.startsWith('condemnation '))).toHaveLength(2);
  });

  it('reads "the Council" as the bloc whose name holds the word, the one the article names most, and no other bloc so', () => {
    const text = 'Foreign ministers of the Gulf Cooperation Council met in Doha on Tuesday. The GCC ministers also heard a briefing on the work of the UN Security Council.\n\n'
      + 'In its final statement, the Council reaffirmed its support for Jordan and condemned the attacks by Iran on shipping.';
    expect(edgesOf(text, '2024-03-06').filter((e) => /^(support|condemnation) /.test(e))).toEqual([
      expect.stringMatching(/^condemnation (GCC|Gulf Cooperation Council)>Iran@2024-03-05$/),
      expect.stringMatching(/^support (GCC|Gulf Cooperation Council)>Jordan@2024-03-05$/),
    ]);
    // A council of a state's own is no bloc, though a bloc was named before it.
    const own = 'The United Nations sent envoys to Port-au-Prince on Tuesday. The Interim Governing Council welcomed the support of Kenya.';
    expect(edgesOf(own, '2024-03-06').filter((e) => e.startsWith('support '))).toEqual([]);
  });

  it('reads "accused the group of ..." as the bloc named before, the parties after "of" no targets', () => {
    const text = 'Brazil left the Community of Latin American and Caribbean States in 2020.\n\n'
      + 'Brazilian President Jair Bolsonaro had suspended Brazil\'s participation in January 2020, accusing the group of giving a platform to Cuba, Venezuela and Nicaragua.';
    const edges = edgesOf(text, '2023-01-24').filter((e) => e.startsWith('condemnation '));
    expect(edges.map((e) => e.replace(/@.*/, ''))).toEqual(['condemnation Jair Bolsonaro>Community of Latin American and Caribbean States']);
  });

  it('reads no bloc where none was named, and lends no party to a verb whose subject is a noun of its own', () => {
    const edges = edgesOf('The group condemned Israel on Friday. Egypt hosted the talks in Cairo on Friday, where the panel of experts later criticised Russia for its conduct in the war.', '2024-01-08');
    expect(edges.filter((e) => e.startsWith('condemnation '))).toEqual([]);
  });
});

describe('a state named again by a common noun', () => {
  it('reads "the former colonial power" as the state named just before it', () => {
    const edges = edgesOf('Rwanda broke off diplomatic relations with Belgium on Monday, accusing the former colonial power of lies and manipulation in the conflict.', '2025-03-18');
    expect(edges.filter((e) => e.startsWith('condemnation '))).toEqual(['condemnation Rwanda>Belgium@2025-03-17']);
  });

  it('reads "the kingdom" as the state of the person who speaks of it', () => {
    const edges = edgesOf('The Saudi crown prince, who hosted the gathering in Riyadh on Saturday, said the kingdom held Israel responsible for the crimes committed in Gaza.', '2023-11-11');
    expect(edges.filter((e) => e.startsWith('condemnation '))).toEqual([expect.stringMatching(/^condemnation Saudi Arabia>Israel@/)]);
  });

  it('reads a word for a state opening a sentence as the state that opened the one before, when its form fits', () => {
    const condemned = (text: string) => edgesOf(text, '2024-08-21').filter((e) => e.startsWith('condemnation '));
    expect(condemned('Morocco answered within the hour. The kingdom condemned the Algerian decision to close the border.')).toEqual([expect.stringMatching(/^condemnation Morocco>Algeria@/)]);
    expect(condemned('Ghana answered within the hour. The country condemned the Togolese decision to close the border.')).toEqual([expect.stringMatching(/^condemnation Ghana>Togo@/)]);
    // A republic is no kingdom; a person opening the sentence before is its subject, not the state.
    expect(condemned('Ghana answered within the hour. The kingdom condemned the Togolese decision to close the border.')).toEqual([]);
    expect(condemned("Ghana's president John Mahama answered within the hour. The country condemned the Togolese decision to close the border.")).toEqual([]);
  });
});

describe('"It" opening a sentence', () => {
  const condemned = (text: string) => edgesOf(text, '2024-08-21').filter((e) => e.startsWith('condemnation '));

  it('is the state or bloc that opened the sentence before, through the same pronoun opening the sentences between', () => {
    expect(condemned("Chile's foreign ministry published a note on Tuesday. It condemned the Venezuelan decision to expel its diplomats.")).toEqual([expect.stringMatching(/^condemnation Chile>Venezuela@2024-08-20/)]);
    expect(condemned('The African Union met in emergency session on Tuesday. It said the talks had failed. It condemned the Sudanese army for the shelling.')).toEqual([expect.stringMatching(/^condemnation African Union>Sudan@/)]);
  });

  it('is followed by "The ministry" or "The government" opening a sentence too, through the sentences between', () => {
    expect(condemned("Chile's foreign ministry published a note on Tuesday. The ministry condemned the Venezuelan decision to expel its diplomats.")).toEqual([expect.stringMatching(/^condemnation Chile>Venezuela@2024-08-20/)]);
    expect(condemned("Chile's foreign ministry published a note on Tuesday. The ministry said talks had failed. It condemned the Venezuelan decision to expel its diplomats.")).toEqual([expect.stringMatching(/^condemnation Chile>Venezuela@/)]);
  });

  it('is followed by "The statement" opening a sentence, the statement the party issued', () => {
    expect(condemned("Chile's foreign ministry issued a statement on Tuesday. The statement condemned the Venezuelan decision to expel its diplomats.")).toEqual([expect.stringMatching(/^condemnation Chile>Venezuela@2024-08-20/)]);
  });

  it('is no one when a person opened the sentence before', () => {
    expect(condemned("Chile's foreign minister Alberto van Klaveren published a note on Tuesday. It condemned the Venezuelan decision to expel its diplomats.")).toEqual([]);
    expect(condemned("Chile's foreign minister Alberto van Klaveren published a note on Tuesday. The government condemned the Venezuelan decision to expel its diplomats.")).toEqual([]);
  });
});

describe('"him" after people joined as a subject', () => {
  it('is the person named before the sentence, not one of them', () => {
    const text = 'Nigerian President Bola Tinubu flew home on Monday.\n\nGhana\'s electoral commission said John Mahama had won the run-off. Togo\'s President Faure Gnassingbe and Benin\'s President Patrice Talon were among the first to congratulate him.';
    expect(edgesOf(text, '2024-12-10').filter((e) => e.startsWith('congratulation')).sort()).toEqual([
      'congratulation Faure Gnassingbé>John Dramani Mahama@2024-12-09', 'congratulation Patrice Talon>John Dramani Mahama@2024-12-09',
    ]);
  });
});

describe('a pronoun opening a sentence', () => {
  it('continues the subject of the sentence before rather than the last person it named', () => {
    const edges = edgesOf('Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Beijing on Monday.\n\n'
      + 'On Tuesday he hosted Russian Foreign Minister Sergei Lavrov for talks on the war in Ukraine.', '2024-04-10');
    expect(meetings(edges)).toEqual([
      expect.stringMatching(/^meeting (?=.*Wang Yi)(?=.*Blinken)/),
      expect.stringMatching(/^meeting (?=.*Wang Yi)(?=.*Lavrov)/),
    ]);
  });
});

describe('congratulations as news reports them', () => {
  const congratulations = (text: string) => edgesOf(text, '2024-03-19').filter((e) => e.startsWith('congratulation ')).map((e) => e.replace(/@.*/, ''));

  it('reads an addressee named apart from the senders, and a receiver of congratulations', () => {
    expect(congratulations('Congratulations poured in on Monday from Chinese President Xi Jinping and Indian Prime Minister Narendra Modi after Russian President Vladimir Putin won the vote.'))
      .toEqual(['congratulation Narendra Modi>Vladimir Putin', 'congratulation Xi Jinping>Vladimir Putin']);
    expect(congratulations('Russian President Vladimir Putin received congratulations on Monday from Chinese President Xi Jinping on his re-election as president.'))
      .toEqual(['congratulation Xi Jinping>Vladimir Putin']);
  });

  it('reads greeting a person on an occasion as congratulating, greeting at the airport as meeting', () => {
    expect(congratulations('Indian Prime Minister Narendra Modi on Monday greeted Russian President Vladimir Putin on his re-election as president, his office said in a statement.'))
      .toEqual(['congratulation Narendra Modi>Vladimir Putin']);
    const airport = edgesOf('Chinese President Xi Jinping greeted Kenyan President William Ruto at the airport on Monday before their talks.', '2024-03-19');
    expect(airport.map((e) => e.split(' ')[0])).toEqual(['meeting']);
  });

  it('reads thanks for congratulations as congratulations received', () => {
    expect(congratulations('Russian President Vladimir Putin thanked Indian Prime Minister Narendra Modi on Monday for his congratulations on the election result and invited him to Moscow.'))
      .toEqual(['congratulation Narendra Modi>Vladimir Putin']);
  });

  it('reads an exchange of greetings or congratulatory messages as one edge each way', () => {
    expect(congratulations('Chinese President Xi Jinping and Russian President Vladimir Putin exchanged congratulatory messages on Monday to mark the 75th anniversary of diplomatic ties.'))
      .toEqual(['congratulation Vladimir Putin>Xi Jinping', 'congratulation Xi Jinping>Vladimir Putin']);
  });

  it('reads greetings exchanged with someone as one edge each way, and a president-elect named after a possessor', () => {
    expect(congratulations('Iraqi Prime Minister Mohammed Shia al-Sudani exchanged greetings with Iranian President Ebrahim Raisi on Tuesday on the occasion of Eid al-Fitr.'))
      .toEqual(['congratulation Ebrahim Raisi>Mohammed Shia al-Sudani', 'congratulation Mohammed Shia al-Sudani>Ebrahim Raisi']);
    expect(edgesOf('U.S. President Joe Biden on Monday congratulated Mexico\'s president-elect Claudia Sheinbaum on her historic victory in the election.', '2024-06-04')
      .filter((e) => e.startsWith('congratulation '))).toEqual(['congratulation Joe Biden>Claudia Sheinbaum@2024-06-03']);
  });

  it('reads a quotation addressed to "my friend X" and a call made to congratulate', () => {
    expect(congratulations('"Congratulations to my friend Vladimir Putin on his re-election," Indian Prime Minister Narendra Modi wrote on social media on Monday.'))
      .toEqual(['congratulation Narendra Modi>Vladimir Putin']);
    expect(congratulations('Kazakh President Kassym-Jomart Tokayev called Russian President Vladimir Putin on Monday morning to congratulate him personally on his victory in the election.'))
      .toEqual(['congratulation Kassym-Jomart Tokayev>Vladimir Putin']);
  });
});

describe('a verb phrase standing for the last event', () => {
  it('gives "followed suit" and a bare "followed" the last event again, dated by their own clause', () => {
    const edges = edgesOf('Spain, Ireland and Norway formally recognised a Palestinian state on May 28, and Slovenia followed on June 4, officials said.', '2024-06-21');
    expect(edges.filter((e) => e.startsWith('support ')).filter((e) => e.includes('Slovenia'))).toEqual(['support Slovenia>Palestine@2024-06-04']);
    const named = edgesOf('Indonesia condemned Israel on Monday, and Malaysia followed suit hours later in a statement of its own.', '2024-06-21');
    expect(named.filter((e) => e.startsWith('condemnation '))).toEqual([expect.stringMatching(/^condemnation Indonesia>Israel@/), expect.stringMatching(/^condemnation Malaysia>Israel@/)]);
    // "did so": the same, its subjects a list.
    const done = edgesOf('Armenia recognised the State of Palestine on June 21, after Barbados, Jamaica and Trinidad and Tobago did so in May.', '2024-06-24');
    expect(done.filter((e) => e.startsWith('support ')).sort()).toEqual([
      'support Armenia>Palestine@2024-06-21', 'support Barbados>Palestine@2024-05-01', 'support Jamaica>Palestine@2024-05-01', 'support Trinidad and Tobago>Palestine@2024-05-01',
    ]);
  });

  it('gives "as did" the person named after an honorific and a title, not the one the honorific was given to before', () => {
    expect(edgesOf('His Excellency President William Ruto sent a cable of congratulations to Ghanaian President John Mahama on Monday, as did His Excellency the Deputy President Kithure Kindiki.', '2025-01-08'))
      .toEqual(['congratulation Kithure Kindiki>John Dramani Mahama@2025-01-06', 'congratulation William Ruto>John Dramani Mahama@2025-01-06']);
  });

  it('gives "as did X" every act the subject did in the sentence before it ("called to congratulate him, as did X")', () => {
    const text = 'Ghanaian President John Mahama won the election on Saturday. Kenyan President William Ruto called on Sunday to congratulate him, as did Nigeria\'s Bola Tinubu.';
    expect(edgesOf(text, '2024-12-10').filter((e) => e.includes('Tinubu'))).toEqual(['congratulation Bola Tinubu>John Dramani Mahama@2024-12-08', 'phone_call Bola Tinubu>John Dramani Mahama@2024-12-08']);
  });

  it('gives "as did X" the last event again, its subject after it', () => {
    expect(edgesOf('Kenyan President William Ruto sent his congratulations to Ghanaian President John Mahama on Monday, as did Nigeria\'s Bola Tinubu.', '2024-12-10'))
      .toEqual(['congratulation Bola Tinubu>John Dramani Mahama@2024-12-09', 'congratulation William Ruto>John Dramani Mahama@2024-12-09']);
  });

  it('reads greetings exchanged "with each of them" as one edge each way with each of the group named before', () => {
    expect(edgesOf('Kenyan President William Ruto held separate calls on Monday with Ghanaian President John Mahama and Nigerian President Bola Tinubu, exchanging greetings with each of them on the occasion of Eid.', '2025-03-31')
      .filter((e) => e.startsWith('congratulation '))).toEqual([
      'congratulation Bola Tinubu>William Ruto@2025-03-31', 'congratulation John Dramani Mahama>William Ruto@2025-03-31',
      'congratulation William Ruto>Bola Tinubu@2025-03-31', 'congratulation William Ruto>John Dramani Mahama@2025-03-31',
    ]);
  });

  it('reads nothing into "followed" with an object of its own', () => {
    const edges = edgesOf('Spain recognised a Palestinian state on May 28, and Slovenia followed the debate closely in the weeks after.', '2024-06-21');
    expect(edges.filter((e) => e.includes('Slovenia'))).toEqual([]);
  });
});

describe('a pronoun in a profile', () => {
  it('continues the person the article has named most among those named last', () => {
    const edges = edgesOf('Chinese Foreign Minister Wang Yi returned to his post in July 2023 after a short absence from the ministry.\n\n'
      + 'US Secretary of State Antony Blinken held talks with Wang Yi in Beijing on Monday about trade and security.\n\n'
      + 'On Tuesday he hosted Russian Foreign Minister Sergei Lavrov for talks on the war in Ukraine.', '2024-04-10');
    expect(meetings(edges)).toEqual([
      expect.stringMatching(/^meeting (?=.*Wang Yi)(?=.*Blinken)/),
      expect.stringMatching(/^meeting (?=.*Wang Yi)(?=.*Lavrov)/),
    ]);
  });
});

describe('capitals and seats of government', () => {
  it('act as their state as subject or object, and stay places after "in", "at" and "to"', () => {
    const acting = edgesOf('The Kremlin condemned the strike on Monday and Downing Street welcomed the decision, while the White House criticised Russia.', '2024-03-19');
    expect(acting).toEqual(['condemnation United States>Russia@2024-03-18']);
    const beijing = edgesOf('The Kremlin said on Monday that Russian President Vladimir Putin had spoken to Chinese President Xi Jinping by telephone, and Beijing backed Moscow on Ukraine.', '2024-03-19');
    expect(beijing.filter((e) => e.startsWith('support '))).toEqual(['support China>Russia@2024-03-18']);
    const places = edgesOf('The talks in Beijing ended on Monday, and Ukrainian President Volodymyr Zelensky flew to Washington, where he met U.S. President Joe Biden at the White House.', '2024-03-19');
    expect(places).toEqual([expect.stringMatching(/^meeting (?=.*Zelensk)(?=.*Biden)/)]);
  });

  it('reads a foreign ministry or palace written for its government ("Wisma Putra", "Malacañang"), a place after "at"', () => {
    expect(edgesOf('Wisma Putra strongly condemned the Israeli strikes on Gaza on Monday.', '2025-06-10')).toEqual(['condemnation Malaysia>Israel@2025-06-09']);
    expect(edgesOf('Malacañang welcomed the decision of Japan to lift the restrictions on Monday.', '2025-06-10')).toEqual(['support Philippines>Japan@2025-06-09']);
    expect(edgesOf('Venezuelan President Nicolas Maduro received Colombian President Gustavo Petro at Miraflores on Monday.', '2025-06-10'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Maduro)(?=.*Petro).*@2025-06-09$/)]);
  });
});

describe('a bare title', () => {
  const edges2 = (text: string): string[] => edgesOf(text, '2018-05-08');
  it('keeps naming the person it named before, though another holder of the title was named since', () => {
    const edges = edgesOf('President Cyril Ramaphosa of South Africa came home from Washington on Monday. When the President met President Joe Biden on Monday, it was their first meeting. Last month the President was in China, where he met President Xi Jinping.', '2024-05-07');
    expect(meetings(edges).map((e) => e.replace(/@.*/, ''))).toEqual(['meeting Cyril Ramaphosa>Joe Biden', 'meeting Cyril Ramaphosa>Xi Jinping']);
  });

  it('reads "the minister" as the minister of a portfolio named before, and an honorific "Smt." as no sentence end', () => {
    expect(meetings(edges2('Foreign Minister Penny Wong of Australia arrived in Jakarta on Monday for the forum. Later, the minister held talks with President Joko Widodo.')))
      .toEqual([expect.stringMatching(/^meeting (?=.*Penny Wong)(?=.*Joko Widodo)/)]);
    expect(meetings(edges2('President Joko Widodo was received by External Affairs Minister Smt. Sushma Swaraj in New Delhi on Monday.')))
      .toEqual([expect.stringMatching(/^meeting (?=.*Sushma Swaraj)(?=.*Joko Widodo)/)]);
  });
});

describe('a sentence opening with "They" or "The two"', () => {
  it('reads the two people the sentence before names, else the pair the article is about', () => {
    expect(edgesOf('Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Friday. They condemned Somalia\'s border closure. The two agreed that the ceasefire must hold.', '2024-05-11')
      .filter((e) => !e.startsWith('meeting ')).map((e) => e.replace(/@.*/, ''))).toEqual([
      'condemnation Samia Suluhu>Somalia', 'condemnation William Ruto>Somalia', expect.stringMatching(/^shared_stance (?=.*Ruto)(?=.*Samia)/),
    ]);
  });
});

describe('an uncounted plural of people ("the heads of state")', () => {
  it('reads the people the sentence before names, and the officials of states named after "of" as those states', () => {
    const signers = (text: string): string[] => edgesOf(text, '2024-05-11').filter((e) => e.startsWith('signed ')).map((e) => e.slice('signed '.length).split('>')[0]!).sort();
    expect(signers('Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan met in Arusha on Friday. The heads of state then signed the Arusha Declaration on Lake Victoria.'))
      .toEqual(['Samia Suluhu', 'William Ruto', 'Yoweri Museveni']);
    expect(signers('The foreign ministers of Kenya and Ethiopia signed a border security agreement in Nairobi on Friday.')).toEqual(['Ethiopia', 'Kenya']);
  });

  it('shares a stance among the three or four heads a sentence of talks listed a few sentences back, the sentences between naming one of them', () => {
    const text = 'Chilean President Gabriel Boric hosted Peruvian President Dina Boluarte, Colombian President Gustavo Petro and Ecuadorian President Daniel Noboa for talks in Santiago on Friday. '
      + 'At the end of the talks, the four presidents posed for photographs. "We have found a common path," Boric told reporters. "The region needs it." '
      + 'The leaders agreed that a regional fire brigade should be set up.';
    const stances = edgesOf(text, '2024-05-11').filter((e) => e.startsWith('shared_stance ')).map((e) => e.replace(/@.*/, ''));
    expect(stances).toHaveLength(6);
    expect(stances.every((e) => /^shared_stance (Gabriel Boric|Dina Boluarte|Gustavo Petro|Daniel Noboa)>(Gabriel Boric|Dina Boluarte|Gustavo Petro|Daniel Noboa)$/.test(e))).toBe(true);
    // Three heads a sentence names one by one, with no talks among them, are no such gathering.
    const apart = 'Gabriel Boric spoke in Santiago, Dina Boluarte in Lima and Gustavo Petro in Bogota on Friday. "We have found a common path," Boric told reporters. "The region needs it." '
      + 'The leaders agreed that a regional fire brigade should be set up.';
    expect(edgesOf(apart, '2024-05-11').filter((e) => e.startsWith('shared_stance '))).toEqual([]);
  });

  it('shares a stance among each pair of three named before, and leaves a declaration the heads of state adopt to the bloc', () => {
    const edges = edgesOf('Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan met at the East African Community summit in Arusha on Friday. The leaders agreed that the next summit will be held in Kampala. The heads of state adopted the Arusha Declaration.', '2024-05-11', { withRelations: true });
    expect(edges.filter((e) => e.startsWith('shared_stance ')).map((e) => e.replace(/@.*/, ''))).toEqual([
      'shared_stance Samia Suluhu>William Ruto', 'shared_stance Samia Suluhu>Yoweri Museveni', 'shared_stance William Ruto>Yoweri Museveni',
    ]);
    expect(edges.filter((e) => e.startsWith('party_to '))).toEqual(['party_to East African Community>Arusha Declaration']);
  });
});

describe('state agencies\' own state', () => {
  it('reads "the Kingdom" with no state before it in its sentence as the state of the article\'s first person', () => {
    const text = 'MANAMA, June 9, 2025 -- His Majesty King Hamad bin Isa Al Khalifa received cables of congratulations on Monday from the leaders of Qatar and Oman.\n\n'
      + 'In a separate statement on Monday, the Ministry of Foreign Affairs expressed the Kingdom\'s condemnation of the strikes carried out by the Israeli forces.';
    expect(edgesOf(text, '2025-06-10').filter((e) => e.startsWith('condemnation '))).toEqual(['condemnation Bahrain>Israel@2025-06-09']);
    // So does "the Ministry of Foreign Affairs" as a subject.
    const ministry = text.replace("the Ministry of Foreign Affairs expressed the Kingdom's condemnation of", 'the Ministry of Foreign Affairs condemned');
    expect(edgesOf(ministry, '2025-06-10').filter((e) => e.startsWith('condemnation '))).toEqual(['condemnation Bahrain>Israel@2025-06-09']);
    // Lower case, with no state before it, it stays unread.
    expect(edgesOf(text.replace("the Ministry of Foreign Affairs expressed the Kingdom's", "officials expressed the kingdom's"), '2025-06-10').filter((e) => e.startsWith('condemnation '))).toEqual([]);
  });
});

