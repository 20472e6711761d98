// Role resolution on short sentences we write ourselves, with people from several regions and years.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/pipeline.js';
import { parseArticle } from '../../../src/extract/read/index.js';
import type { SourceArticle } from '../../../src/extract/read/types.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { edgesOf } from '../../helpers/article.js';

const knowledge = loadKnowledge();

function article(text: string, published: string): SourceArticle {
  return {
    id: 't', file: 't.txt', title: null, published, publishedBasis: 'override', text,
    body: { start: 0, end: text.length }, sha256: createHash('sha256').update(text).digest('hex'),
  };
}

/** The label of the leader whose evidence quotes the phrase. */
function leader(text: string, published: string, phrase: string): string | undefined {
  const { fragment } = extract(article(text, published), knowledge);
  return fragment!.nodes.find((n) => n.type === 'leader' && n.provenance.some((p) => p.quote.includes(phrase)))?.label;
}

describe('role resolution by date', () => {
  it('names the holder of a title on the article date', () => {
    expect(leader('The Russian president spoke to reporters.', '2024-03-19', 'Russian president')).toBe('Vladimir Putin');
    expect(leader('The Russian president spoke to reporters.', '2009-03-19', 'Russian president')).toBe('Dmitry Medvedev');
  });

  it('names the holder on the day its sentence states with a year, not on the article date', () => {
    expect(leader('On March 5, 2010, the Russian president opened a bridge.', '2024-03-19', 'Russian president')).toBe('Dmitry Medvedev');
    // A year alone dates no title: "since 2010" says nothing of who holds it.
    expect(leader('The Russian president has opposed the plan since 2010.', '2024-03-19', 'Russian president')).toBe('Vladimir Putin');
  });

  it('uses the state\'s own titles: Iran\'s president heads the government', () => {
    expect(leader('The Iranian president arrived on Monday.', '2024-03-19', 'Iranian president')).toBe('Ebrahim Raisi');
    expect(leader('The Iranian president arrived on Monday.', '2025-03-19', 'Iranian president')).toBe('Masoud Pezeshkian');
  });

  it('reads titles after the state: "the President of Brazil", "the Emir of Qatar"', () => {
    expect(leader('She met the President of Brazil in Brasilia.', '2024-05-02', 'President of Brazil')).toMatch(/Lula/);
    expect(leader('A cable went to the Emir of Qatar.', '2023-12-18', 'Emir of Qatar')).toMatch(/^Tamim bin Hamad Al/i);
  });

  it('reads a lower-case title of two portfolios "and" joins as one title, and no title from "and"', () => {
    const text = 'In Lima on Tuesday, Ana Cecilia Gervasi, Peru\'s trade and tourism minister, and Alberto van Klaveren, Chile\'s foreign minister, signed a memorandum of understanding on fisheries.';
    expect(edgesOf(text, '2024-04-26', { withRelations: true }).filter((e) => e.startsWith('leader_of') || e.startsWith('signed')).sort()).toEqual([
      'leader_of Alberto van Klaveren>Chile',
      'leader_of Ana Cecilia Gervasi>Peru',
      'signed Alberto van Klaveren>memorandum of understanding on fisheries@2024-04-23',
      'signed Ana Cecilia Gervasi>memorandum of understanding on fisheries@2024-04-23',
    ]);
  });

  it('resolves a counterpart of a minister named again by the title the text gave them, not to the other state\'s head', () => {
    const text = 'Chile\'s mining minister Aurora Williams and Peru\'s foreign minister Elmer Schialer signed the text in Lima, '
      + 'where Williams had hosted her Peruvian counterpart for talks on Monday.';
    expect(leader(text, '2025-06-18', 'Peruvian counterpart')).not.toBe('Dina Boluarte');
    expect(edgesOf(text, '2025-06-18').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Williams)(?=.*Schialer)/)]);
  });

  it('resolves a counterpart with no state to the holder of the same title the article has just named elsewhere', () => {
    const text = 'Egyptian Foreign Minister Badr Abdelatty arrived in Ankara on Monday. Turkish Foreign Minister Hakan Fidan received his counterpart at the ministry.';
    expect(leader(text, '2024-06-17', 'his counterpart')).toBe('Badr Abdelatty');
    // Without one named, it stays unresolved.
    expect(leader('Turkish Foreign Minister Hakan Fidan received his counterpart at the ministry.', '2024-06-17', 'his counterpart')).toBeUndefined();
  });

  it('resolves a head\'s counterpart in a state with no office of that title to its head of government, not its monarch', () => {
    expect(leader('Indonesian President Prabowo Subianto held talks with his Malaysian counterpart in Kuala Lumpur on Tuesday.', '2024-11-20', 'Malaysian counterpart')).toBe('Anwar Ibrahim');
    expect(leader('U.S. President Joe Biden met his Japanese counterpart in Washington on Tuesday.', '2024-04-10', 'Japanese counterpart')).toBe('Fumio Kishida');
    // The same title there: the monarch meets the monarch.
    expect(leader('King Abdullah II of Jordan received his Spanish counterpart in Amman on Tuesday.', '2024-04-10', 'Spanish counterpart')).toBe('Felipe VI');
  });

  it('sets "his counterpart" against the person of another state named just before when its own sentence names none', () => {
    const text = 'Kenyan President William Ruto arrived in Kampala on Monday. On Tuesday he held talks with his Ugandan counterpart.';
    expect(leader(text, '2024-05-15', 'Ugandan counterpart')).toBe('Yoweri Museveni');
    expect(edgesOf(text, '2024-05-15').filter((e) => e.startsWith('meeting'))).toEqual(['meeting William Ruto>Yoweri Museveni@2024-05-14']);
    const visit = 'Indonesian President Joko Widodo arrived in Kuala Lumpur on Wednesday. On Thursday he held talks with his Malaysian counterpart.';
    expect(leader(visit, '2023-06-09', 'Malaysian counterpart')).toBe('Anwar Ibrahim');
  });

  it('resolves a counterpart to the same office in the other state', () => {
    expect(leader('Japanese Prime Minister Fumio Kishida held talks with his Indian counterpart in Delhi.', '2023-03-20', 'Indian counterpart')).toBe('Narendra Modi');
    // A title with no name sets the office too: a foreign minister's counterpart is no head of state.
    expect(leader('The Japanese foreign minister held talks with his Indian counterpart in Delhi.', '2023-03-20', 'Indian counterpart')).toBe('S. Jaishankar');
    expect(leader('The Japanese prime minister held talks with his Indian counterpart in Delhi.', '2023-03-20', 'Indian counterpart')).toBe('Narendra Modi');
  });

  it('gives a title taken up ("on his election as") to the unknown name before it', () => {
    expect(edgesOf('Kenyan President William Ruto congratulated Mpho Dlamini on Monday on his election as president of Lesotho.', '2024-05-15'))
      .toEqual(['congratulation William Ruto>Mpho Dlamini@2024-05-13']);
    const { fragment } = extract(article('Ruto congratulated Mpho Dlamini on her re-election as president of Lesotho.', '2024-05-15'), knowledge);
    expect(fragment!.nodes.find((n) => n.label === 'Mpho Dlamini')?.state).toBe('state/LSO');
  });

  it('makes a leader of a titled name the gazetteer does not know, tied to the stated state', () => {
    const { fragment } = extract(article('Kenyan Trade Minister Wanjiru Odhiambo-Kamau signed the memorandum.', '2024-02-01'), knowledge);
    const person = fragment!.nodes.find((n) => n.label === 'Wanjiru Odhiambo-Kamau');
    expect(person?.type).toBe('leader');
    expect(person?.state).toBe('state/KEN');
  });

  it('keeps the dot of a generation\'s suffix in such a name, inside a sentence and at its end', () => {
    expect(leader('Kenyan Trade Minister Samuel K. Otieno Jr. signed the memorandum in Nairobi.', '2024-02-01', 'Otieno')).toBe('Samuel K. Otieno Jr.');
    expect(leader('The memorandum was signed by Kenyan Trade Minister Samuel K. Otieno Jr.', '2024-02-01', 'Otieno')).toBe('Samuel K. Otieno Jr.');
  });
});

describe('names with letters after them', () => {
  it('reads "the Hon. X MP, Prime Minister of Y" as the known person, not a new one', () => {
    const { fragment } = extract(article('Japanese Prime Minister Fumio Kishida held a summit meeting with the Hon. Anthony Albanese MP, Prime Minister of Australia, in Perth on Saturday.', '2022-10-22'), knowledge);
    const leaders = fragment!.nodes.filter((n) => n.type === 'leader').map((n) => n.label).sort();
    expect(leaders).toEqual(['Anthony Albanese', 'Fumio Kishida']);
    expect(fragment!.edges.filter((e) => e.type === 'meeting')).toHaveLength(1);
  });
});

describe('titles of spokespeople and other officials', () => {
  const edges = (text: string, published: string): string[] => {
    const { fragment } = extract(article(text, published), knowledge);
    const label = (id: string): string => fragment!.nodes.find((n) => n.id === id)!.label;
    return fragment!.edges.map((e) => `${e.type} ${label(e.source)}>${label(e.target)}`).sort();
  };

  it('makes a titled spokesperson a leader of the state whose ministry speaks, past the ministry\'s name', () => {
    expect(edges('Vietnamese Foreign Ministry spokesperson Pham Thu Hang said on Thursday that Hanoi welcomed the decision.', '2024-05-16'))
      .toContain('leader_of Pham Thu Hang>Vietnam');
  });

  it('reads a portfolio after "for" as part of a minister\'s title, and the words after it as the holder\'s name', () => {
    expect(edges('On Monday, Ghana\'s Minister for Trade and Industry Ama Owusu met Peruvian Foreign Minister Javier Gonzalez-Olaechea in Accra.', '2024-05-16'))
      .toEqual(expect.arrayContaining(['leader_of Ama Owusu>Ghana', expect.stringMatching(/^meeting (?=.*Ama Owusu)(?=.*Gonzalez-Olaechea)/)]));
    expect(edges('On Monday, Kenyan Cabinet Secretary for Foreign and Diaspora Affairs Jane Wanjiru met Peruvian Foreign Minister Javier Gonzalez-Olaechea.', '2024-05-16'))
      .toEqual(expect.arrayContaining(['leader_of Jane Wanjiru>Kenya']));
  });

  it('gives each state of a plural title listed before it the name in the same place in the list after its comma', () => {
    const text = 'Foreign Minister Ama Owusu hosted her Togolese and Beninese counterparts, Koffi Amouzou and Olushegun Bakari, in Accra on Monday.';
    expect(edges(text, '2024-05-16')).toEqual(expect.arrayContaining(['leader_of Koffi Amouzou>Togo', 'leader_of Olushegun Bakari>Benin']));
    // The three met; "the three ministers" are they.
    expect(edges(`${text} The three ministers reaffirmed their commitment to the free movement of people.`, '2024-05-16').filter((e) => e.startsWith('shared_stance')).length).toBe(3);
  });

  it('reads the portfolios joined on to a minister\'s title as part of it, and the name after them as the holder\'s', () => {
    expect(edges('Ghana\'s Minister of Foreign Affairs, Regional Integration and Tourism Ama Owusu met Peruvian Foreign Minister Javier Gonzalez-Olaechea on Monday.', '2024-05-16'))
      .toEqual(expect.arrayContaining(['leader_of Ama Owusu>Ghana', expect.stringMatching(/^meeting (?=.*Ama Owusu)(?=.*Gonzalez-Olaechea)/)]));
    expect(edges('The Kenyan Minister of Foreign Affairs and Diaspora Communities Jane Wanjiru arrived in Lima on Monday.', '2024-05-16'))
      .toContain('leader_of Jane Wanjiru>Kenya');
    // Not into the title of another office.
    expect(edges('Ghana\'s Minister of Foreign Affairs and Defence Minister Kofi Mensah-Bonsu arrived in Lima on Monday.', '2024-05-16'))
      .toContain('leader_of Kofi Mensah-Bonsu>Ghana');
    // A demonym before a portfolio word is part of the portfolio ("Ghanaians Abroad").
    expect(edges('Ghana\'s Minister of Foreign Affairs, Regional Integration and Ghanaians Abroad Ama Owusu arrived in Lima on Monday.', '2024-05-16'))
      .toContain('leader_of Ama Owusu>Ghana');
  });

  it('gives a titled person of no known state the state of a person listed with them, or the one state named before them', () => {
    expect(edges('The Ghanaian leader John Mahama met British Prime Minister Keir Starmer and Trade Secretary Imogen Brackley-Tate in London.', '2025-05-20'))
      .toContain('leader_of Imogen Brackley-Tate>United Kingdom');
    expect(edges('In Peru, Energy Minister Ramiro Quispe-Valdez said the refinery would reopen.', '2025-05-20'))
      .toContain('leader_of Ramiro Quispe-Valdez>Peru');
    // A bare title resolved to someone named before is a guess, not a state to give.
    expect(edges('Indian Foreign Minister S. Jaishankar flew to Accra on Monday.\n\nThe foreign minister and Trade Secretary Kwame Boateng toured the port.', '2025-05-20'))
      .not.toContain('leader_of Kwame Boateng>India');
    // Named after the person, a state is as often the one they speak of.
    expect(edges('Foreign Office spokesman Tariq Ul-Mulk said Nepal\'s decision was regrettable.', '2025-05-20'))
      .not.toContain('leader_of Tariq Ul-Mulk>Nepal');
    // "his" before the title: the state of the person it refers to, not one named later.
    const possessed = edges('Days after Mahama\'s inauguration, his trade minister, Kofi Asante-Boateng, met Togo\'s trade minister, Yawa Kouigan-Adjo, in Lomé.', '2025-01-20');
    expect(possessed).toContainEqual(expect.stringMatching(/^meeting (?=.*Asante-Boateng)(?=.*Kouigan-Adjo)/));
  });

  it('reads a governor-general and a chief adviser as titles', () => {
    expect(edges('Governor-General Sam Mostyn welcomed Indonesian President Prabowo Subianto to Canberra on Monday.', '2025-05-20'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Sam Mostyn)(?=.*Prabowo)/));
    expect(edges('Bangladesh\'s Chief Adviser Muhammad Yunus arrived in Bangkok on Thursday. On Friday the chief adviser met Indian Prime Minister Narendra Modi.', '2025-04-04'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Yunus)(?=.*Modi)/));
  });

  it('reads an undersecretary and a deputy secretary of state as titles, the longer title first', () => {
    expect(edges('On Monday, Undersecretary Maria Elena Cruz met Vice Foreign Minister Wang Jiancheng in Manila.', '2025-05-20'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Maria Elena Cruz)(?=.*Wang Jiancheng)/));
    expect(edges('On Monday, Deputy Secretary of State Robert Hale met Vice Foreign Minister Wang Jiancheng in Manila.', '2025-05-20'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Robert Hale)(?=.*Wang Jiancheng)/));
  });

  it('reads a title in apposition before a name closed by a comma, with a portfolio in lower case', () => {
    expect(edges('Kenya\'s finance minister, Njuguna Ndungu, met Tanzanian President Samia Suluhu Hassan on Monday.', '2023-03-10'))
      .toContain('leader_of Njuguna Ndungu>Kenya');
    // Not a title followed by the subject of the next clause.
    expect(edges('After meeting the foreign minister, Tanzanian President Samia Suluhu Hassan flew home on Monday.', '2023-03-10'))
      .toEqual([expect.stringMatching(/^leader_of Samia Suluhu.*>Tanzania$/)]);
  });

  it('knows the holder of a titled office by the last word of a name the gazetteer spells otherwise, and skips honorifics', () => {
    const text = 'The President of Uruguay, Luis Lacalle Pou, attended the summit.';
    expect(leader(text, '2023-03-10', 'Lacalle Pou')).toBe(leader('The President of Uruguay attended the summit.', '2023-03-10', 'President of Uruguay'));
    expect(edges('Vice President Shri Jagdeep Dhankhar received Nepali Prime Minister Pushpa Kamal Dahal on Monday.', '2023-06-01'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Pushpa Kamal Dahal)(?=.*>Jagdeep Dhankhar|Jagdeep Dhankhar>)/));
  });

  it('knows a leader by the short form news gives him ("Hassan Sheikh" for Hassan Sheikh Mohamud)', () => {
    expect(edges('Kenyan President William Ruto spoke by phone with Hassan Sheikh on Sunday.', '2024-01-09'))
      .toContainEqual(expect.stringMatching(/^phone_call (?=.*Ruto)(?=.*Hassan Sheikh Mohamud)/));
  });

  it('reads a deputy president as a vice president', () => {
    expect(edges('South African President Cyril Ramaphosa hosted Ghanaian President John Mahama. Mahama was later received by Deputy President Paul Mashatile.', '2025-04-11'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Mahama)(?=.*Mashatile)/));
  });

  it('reads high commissioners, advisers and executive secretaries as titles', () => {
    expect(edges('Kenyan High Commissioner Joseph Njoroge met Indian Foreign Secretary Vikram Misri on Monday.', '2024-03-10'))
      .toContain('leader_of Joseph Njoroge>Kenya');
    expect(edges('Bangladeshi Foreign Adviser Touhid Hossain met Indian Foreign Secretary Vikram Misri on Monday.', '2024-12-10'))
      .toContainEqual(expect.stringMatching(/^meeting (?=.*Touhid Hossain)(?=.*Misri)/));
  });

  it('reads a title before the family name of a person a title introduced as that person\'s, the family name put first', () => {
    const text = 'South Korean Trade Minister Ahn Duk-geun and Industry Minister Lee Chang-yang arrived in Hanoi on Monday.\n\n'
      + 'On Tuesday, Vietnamese Prime Minister Pham Minh Chinh received Minister Ahn at the government office.';
    expect(edges(text, '2025-03-13')).toContainEqual(expect.stringMatching(/^meeting (?=.*Ahn Duk-geun)(?=.*Pham Minh Chinh)/));
    // Without a title the word alone is no one: a family name put first is often shared.
    expect(edges(text.replace('received Minister Ahn at', 'received the mayor of Ahn county at'), '2025-03-13'))
      .not.toContainEqual(expect.stringMatching(/^meeting (?=.*Ahn Duk-geun)/));
  });

  it('makes no one of a place a phrase opens before an apposition ("In Erbil, the prime minister of ..., X")', () => {
    const text = 'In Erbil, the prime minister of the semi-autonomous Kurdistan Region, Masrour Barzani, condemned the strike on Monday.';
    const { fragment } = extract(article(text, '2024-11-19'), knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'leader').map((n) => n.label)).not.toContain('In Erbil');
  });

  it('reads an envoy\'s title past the state the envoy is sent to', () => {
    expect(edges('Chile\'s Ambassador to Argentina, Rosa Pinto Vidal, presented her credentials on Monday.', '2024-03-10'))
      .toContain('leader_of Rosa Pinto Vidal>Chile');
  });

  it('reads a list of names after a plural title, each with the state named in turn before it when the counts agree', () => {
    const text = 'Kenya, Uganda and Rwanda were represented by their foreign ministers, Amina Wanjiru Otieno, Joseph Kato Mugisha Jr. and Claudine Uwase.';
    expect(edges(text, '2024-03-10').filter((e) => e.startsWith('leader_of'))).toEqual([
      'leader_of Amina Wanjiru Otieno>Kenya', 'leader_of Claudine Uwase>Rwanda', 'leader_of Joseph Kato Mugisha Jr.>Uganda',
    ]);
    expect(edges('Kenya, Uganda and Rwanda sent the special envoys of the region, Amina Wanjiru Otieno and Claudine Uwase, to the talks.', '2024-03-10')
      .filter((e) => e.startsWith('leader_of'))).toEqual([]);
  });

  it('reads names right after a plural title, some the gazetteer knows, each with the state of the list before it', () => {
    // One known ("Sameh Shoukry"), one new, with no comma after the title, the place after "in" no state of the list.
    expect(edges('Egypt and Ghana signed the accord in Cairo, where foreign ministers Sameh Shoukry and Kwesi Boateng Mensah shook hands.', '2020-08-06')
      .filter((e) => e.startsWith('leader_of'))).toEqual(['leader_of Kwesi Boateng Mensah>Ghana', 'leader_of Sameh Shoukry>Egypt']);
    // The list right before the title, not a state named earlier in the sentence.
    expect(edges('The Chad Lake Platform was convened by Ghana, Togo and Benin, whose foreign ministers, Ama Serwaa Owusu, Kofi Mensah Agbeko and Rachida Adjovi, chaired it.', '2024-03-10')
      .filter((e) => e.startsWith('leader_of'))).toEqual(['leader_of Ama Serwaa Owusu>Ghana', 'leader_of Kofi Mensah Agbeko>Togo', 'leader_of Rachida Adjovi>Benin']);
  });

  it('reads a portfolio in lower case after a title in lower case, before a name set off by commas', () => {
    expect(edges('Kenya\'s minister of mines and energy, Amina Otieno, met the delegation on Friday.', '2024-03-10').filter((e) => e.startsWith('leader_of')))
      .toEqual(['leader_of Amina Otieno>Kenya']);
  });

  it('reads no prime minister in "Vice-Prime Minister"', () => {
    const text = 'Kinshasa, Tuesday 12 July 2022\n\nThe Democratic Republic of the Congo became a full member of the East African Community on Monday. '
      + 'The instrument was handed over to the Secretary General of the EAC by the Vice-Prime Minister, Minister of Foreign Affairs, Amina Otieno.\n';
    const { fragment } = extract(parseArticle(text, { id: 'v', file: 'v.txt' }).article!, knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'leader').map((n) => n.label)).toEqual(['Amina Otieno']);
  });

  it('reads "Vice-Chancellor" and "Vice-Prime Minister" as deputy heads\' titles, and "Climate Action" as a portfolio', () => {
    expect(edges('German Vice-Chancellor Anna Becker met the delegation on Friday.', '2024-03-10').filter((e) => e.startsWith('leader_of'))).toEqual(['leader_of Anna Becker>Germany']);
    expect(edges('Germany\'s Minister for Economic Affairs and Climate Action Anna Becker met the delegation on Friday.', '2024-03-10').filter((e) => e.startsWith('leader_of')))
      .toEqual(['leader_of Anna Becker>Germany']);
  });

  it('skips Malaysian honorifics written with their apostrophe before a titled name', () => {
    expect(edges('Malaysia\'s Minister of Higher Education Dato\' Seri Utama Aziz Rahman met the delegation on Friday.', '2024-03-10').filter((e) => e.startsWith('leader_of')))
      .toEqual(['leader_of Aziz Rahman>Malaysia']);
  });

  it('reads a portfolio after "for" between a title and a name the honorific before it opens', () => {
    expect(edges('Kenya\'s Minister of State for Trade and Industry Dr. Amina Wanjiru Otieno met the delegation on Friday.', '2024-03-10').filter((e) => e.startsWith('leader_of')))
      .toEqual(['leader_of Amina Wanjiru Otieno>Kenya']);
  });

  it('skips honorifics of other languages before a titled name, so the name without them is the same person', () => {
    const text = 'The Nepali delegation was led by Foreign Minister Lyonpo Dr Pema Wangchuk. Later, Lyonpo Pema Wangchuk held a meeting with Chinese Foreign Minister Wang Yi.';
    expect(edges(text, '2025-06-10').filter((e) => e.startsWith('meeting'))).toEqual(['meeting Pema Wangchuk>Wang Yi']);
  });

  it('reads a deputy or vice minister\'s title whole, so "by Vice Foreign Minister X" is a passive\'s agent', () => {
    const text = 'Kenyan President William Ruto arrived in Accra on Monday. He was greeted at the airport by Ghanaian Vice Foreign Minister Kwame Asante Owusu.';
    expect(edges(text, '2025-06-10').filter((e) => e.startsWith('meeting') || e.includes('Owusu'))).toEqual(['leader_of Kwame Asante Owusu>Ghana', 'meeting William Ruto>Kwame Asante Owusu']);
  });

  it('gives a title "at the time" to the name its comma sets off ("her counterpart at the time, X")', () => {
    const text = 'Kenyan Foreign Minister Musalia Mudavadi held talks with his counterpart at the time, Jeje Odongo, in Kampala on 14 April 2023.';
    expect(edges(text, '2025-06-10').filter((e) => e.startsWith('meeting'))).toEqual(['meeting Jeje Odongo>Musalia Mudavadi']);
  });

  it('reads the states after a plural title\'s "of" in turn, and the people listed after it as a group that acts', () => {
    const found = edges('The foreign ministers of Kenya and Rwanda, Amina Wanjiru Otieno and Claudine Uwase, met in Kigali on Friday.', '2024-03-10');
    expect(found.filter((e) => e.startsWith('leader_of'))).toEqual(['leader_of Amina Wanjiru Otieno>Kenya', 'leader_of Claudine Uwase>Rwanda']);
    expect(found.filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Otieno)(?=.*Uwase)/)]);
  });

  it('keeps a lower-case syllable after a hyphen inside a titled name, not a participle', () => {
    const found = edges('South Korean Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya on Monday.', '2025-01-13');
    expect(found).toContain('leader_of Cho Tae-yul>South Korea');
    expect(found).toContainEqual(expect.stringMatching(/^meeting (?=.*Cho Tae-yul)(?=.*Iwaya)/));
    expect(edges('Kenyan Trade Minister Lee Kinyanjui-led talks with Uganda ended on Monday.', '2024-03-10'))
      .toContain('leader_of Lee Kinyanjui>Kenya');
  });

  it('keeps an apostrophe inside a name, and binds a title to the known person whose name the text writes longer', () => {
    const found = edges('Kenya\'s finance minister, Njuguna Ndung\'u, met the President of Tanzania, Samia Suluhu Hassan, in Dodoma on Monday.', '2023-03-10');
    expect(found).toContain('leader_of Njuguna Ndung\'u>Kenya');
    expect(found.filter((e) => e.startsWith('leader_of') && e.endsWith('>Tanzania'))).toHaveLength(1);
  });

  it('reads the speakers and chairs of parliaments as officials of their state', () => {
    expect(edges('Laotian National Assembly Chairman Saysomphone Phomvihane met Chinese President Xi Jinping on Monday.', '2024-03-10'))
      .toContain('leader_of Saysomphone Phomvihane>Laos');
  });

  it('reads a state\'s organ with a possessive before the title as the state\'s', () => {
    expect(edges('Lina Haddad, the Jordanian foreign ministry\'s spokeswoman, denounced the Israeli raid on Tuesday.', '2024-03-10'))
      .toContain('leader_of Lina Haddad>Jordan');
  });
});

describe('the page\'s own office holder', () => {
  /** The leaders a page's bare titles resolve to, the page read as a file. */
  const page = (raw: string): string[] => {
    const { article: a } = parseArticle(raw, { id: 'page', file: 'page.txt' });
    const { fragment } = extract(a!, knowledge);
    return [...new Set(fragment!.nodes.filter((n) => n.type === 'leader' && n.provenance.some((p) => /^(?:the )?(?:Prime Minister|Head of State|Minister)$/i.test(p.quote))).map((n) => n.label))].sort();
  };

  it('is the person the header names who holds the title', () => {
    const raw = 'Press release\n\nPrime Minister meets President Ruto\n\nFrom: Office of the Prime Minister, Anthony Albanese\nPublished 12 March 2024\n\n'
      + 'The Prime Minister welcomed President William Ruto to Canberra today. The Prime Minister said the two countries would deepen trade.\n';
    expect(page(raw)).toEqual(['Anthony Albanese']);
  });

  it('is the head the dateline\'s state has in that office, among several people the headline names', () => {
    const raw = 'State news agency\n\nPutin, Xi call Tokayev on his birthday\n\nASTANA, May 17, 2023 (Agency) - Vladimir Putin and Xi Jinping telephoned the Head of State on Wednesday to wish him a happy birthday.\n';
    expect(page(raw)).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('gives a header state no minister: a bare "the Minister" stays unresolved', () => {
    const raw = 'Ministry news\n\nCANBERRA, March 12, 2024 (Agency) - The Minister met ambassadors from the Pacific on Tuesday.\n';
    expect(page(raw)).toEqual([]);
  });
});

describe('a newcomer to an office', () => {
  it('is "the new" holder of the title the article names, not one its sentence names', () => {
    const text = 'Keir Starmer took office on Friday after a landslide election win. '
      + 'Prime Minister Simon Harris of Ireland spoke to the new prime minister by phone on Saturday.';
    expect(leader(text, '2024-07-07', 'prime minister')).toBe('Keir Starmer');
    // Words of two tokens too ("newly elected").
    expect(leader(text.replace('the new prime minister', 'the newly elected prime minister'), '2024-07-07', 'prime minister')).toBe('Keir Starmer');
  });
});

describe('the visiting leader', () => {
  it('is the guest named before, not the host its sentence names', () => {
    const text = 'Tanzanian President Samia Suluhu Hassan arrived in Nairobi on Monday for a state visit. '
      + 'President William Ruto welcomed the visiting president at State House.';
    expect(leader(text, '2024-06-05', 'president')).toMatch(/^Samia Suluhu/);
  });
});

describe('a bare title two people were given', () => {
  it('is the one named in more sentences, else the first named, not the last', () => {
    const text = 'Prime Minister Shehbaz Sharif telephoned Saudi Crown Prince and Prime Minister Mohammed bin Salman on Wednesday. '
      + 'The prime minister also spoke to Turkish President Recep Tayyip Erdogan.';
    expect(edgesOf(text, '2024-04-11')).toEqual(expect.arrayContaining([expect.stringMatching(/^phone_call (?=.*Shehbaz Sharif)(?=.*Erdo)/)]));
  });
});

describe('a known name after a title', () => {
  it('takes one more capitalised word as more of the name, not a time or a second name', () => {
    const names = (text: string): string[] => {
      const { fragment } = extract(article(text, '2023-03-21'), knowledge);
      const node = fragment!.nodes.find((n) => n.type === 'leader' && /Samia/.test(n.label))!;
      return [node.label, ...node.aliases];
    };
    expect(names('Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi on Monday.')).toContain('Samia Suluhu Hassan');
    expect(names('Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Monday in Nairobi.')).not.toContain('Samia Suluhu Monday');
  });
});

describe('a title in apposition after another title', () => {
  it('makes no person of the first title\'s words: the fragment stays valid', () => {
    const text = 'Minister for Foreign Affairs of Kenya Musalia Mudavadi held talks today with the Minister of Foreign Affairs of Ghana Samuel Ablakwa '
      + 'and the Deputy Prime Minister, Minister of Foreign Affairs and Trade of the Republic of Rwanda Olivier Nduhungirehe.';
    const { fragment, warnings } = extract(article(text, '2025-02-04'), knowledge);
    expect(warnings.filter((w) => w.code === 'invalid_fragment')).toEqual([]);
    expect(fragment!.nodes.every((n) => n.label.trim() !== '')).toBe(true);
  });
});

describe('titles listed after a person\'s first title and its "of" complement', () => {
  it('are that person\'s too: no new person from the complement\'s words, no other holder of the bare title', () => {
    const text = 'Xi Jinping, general secretary of the Communist Party of China Central Committee, Chinese president and chairman of the '
      + 'Central Military Commission, met Cambodian Prime Minister Hun Manet in Beijing on Monday. Kim Jong Un, general secretary of the '
      + 'Workers\' Party of Korea and president of the State Affairs of the DPRK, received Sergei Lavrov in Pyongyang on Tuesday.';
    const { fragment } = extract(article(text, '2024-09-12'), knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'leader').map((n) => n.label).sort()).toEqual(['Hun Manet', 'Kim Jong Un', 'Sergey Lavrov', 'Xi Jinping']);
    expect(edgesOf(text, '2024-09-12').filter((e) => e.startsWith('meeting')).sort()).toEqual([
      expect.stringMatching(/^meeting (?=.*Hun Manet)(?=.*Xi Jinping).*@2024-09-09$/),
      expect.stringMatching(/^meeting (?=.*Kim Jong Un)(?=.*Lavrov).*@2024-09-10$/),
    ]);
  });
});

describe('India\'s abbreviation for its foreign minister', () => {
  it('reads "EAM" before a name as the title of the person named', () => {
    expect(edgesOf('EAM Jaishankar held talks with Foreign Minister Sergei Lavrov in Moscow on Monday.', '2024-11-12'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Jaishankar)(?=.*Lavrov).*@2024-11-11$/)]);
  });
});

describe('a chairperson, and "H.E." before a name', () => {
  it('gives the title to the person named after "H.E.", who speaks for the body: no new person, no condemnation of it', () => {
    const text = 'The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, strongly condemns the attack by armed groups on civilians in Goma. '
      + 'The Chairperson reiterates the AU\'s full support for the Democratic Republic of the Congo.';
    const { fragment } = extract(article(text, '2024-11-12'), knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'leader').map((n) => n.label)).toEqual(['Moussa Faki Mahamat']);
    const edges = edgesOf(text, '2024-11-12');
    expect(edges.filter((e) => e.startsWith('condemnation'))).toEqual([]);
    expect(edges).toContainEqual(expect.stringMatching(/^support (Moussa Faki Mahamat|African Union)>/));
  });
});

describe('a title of a bloc\'s body', () => {
  it('reaches over the body ("President of the ECOWAS Commission, X"): the name after it is the holder, who speaks for the bloc', () => {
    const text = 'Ghanaian President John Mahama on Monday received the President of the ECOWAS Commission, Dr Omar Alieu Touray, in Accra. '
      + 'The President of the ECOWAS Commission, Omar Alieu Touray, condemned "in the strongest terms" the attempt to seize power and reaffirmed the bloc\'s support for the government of Ghana.';
    expect(leader(text, '2025-03-04', 'Omar Alieu Touray')).toBe('Omar Alieu Touray');
    const edges = edgesOf(text, '2025-03-04');
    expect(edges).toContainEqual(expect.stringMatching(/^meeting (?=.*Mahama)(?=.*Touray).*@2025-03-03$/));
    expect(edges.filter((e) => e.startsWith('condemnation'))).toEqual([]);
  });
});

describe('a bare title after an honorific', () => {
  it('is the person named before with that honorific, not the one named most with the title', () => {
    const president = 'President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received a phone call from President Kassym-Jomart Tokayev of Kazakhstan. '
      + 'Tokayev praised the growing trade between the two countries. Tokayev also invited him to visit Astana. '
      + 'In a separate call, His Highness the President received greetings from President Shavkat Mirziyoyev of Uzbekistan.';
    expect(edgesOf(president, '2024-06-16')).toContainEqual(expect.stringMatching(/^congratulation Shavkat Mirziyoyev>Mohamed bin Zayed/));
  });
});

describe('a title after "as"', () => {
  it('says what the clause\'s subject is or becomes, and names no one else', () => {
    const text = 'Japanese Prime Minister Fumio Kishida met Kenyan President William Ruto on Monday. Yoshihide Suga served as prime minister before him.';
    expect(leader(text, '2024-03-19', 'prime minister')).toBeUndefined();
    // "such as" and "as well as" list people: there a title still names its holder.
    expect(leader('Several leaders, such as the Russian president, stayed away.', '2024-03-19', 'Russian president')).toBe('Vladimir Putin');
    expect(leader('Kishida as well as the Russian president stayed away.', '2024-03-19', 'Russian president')).toBe('Vladimir Putin');
    // "As" opening a clause: the title is its subject.
    expect(leader('Prices rose as the Russian president announced new tariffs.', '2024-03-19', 'Russian president')).toBe('Vladimir Putin');
  });
});

describe('titles naming a ruling party of a state', () => {
  it('ties "General Secretary of the X Party of Y Central Committee" to Y, and a second title after "and" to the same person', () => {
    const text = 'General Secretary of the Communist Party of Vietnam Central Committee To Lam met General Secretary of the Lao People\'s Revolutionary Party '
      + 'Central Committee and President of Laos Thongloun Sisoulith in Vientiane on Monday.';
    const edges = edgesOf(text, '2024-12-10', { withRelations: true });
    expect(edges).toContain('leader_of To Lam>Vietnam');
    expect(edges).toContain('leader_of Thongloun Sisoulith>Laos');
    expect(edges.filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*To Lam)(?=.*Thongloun).*@2024-12-09$/)]);
  });
});

describe('surnames of people the article named', () => {
  it('reads a surname as the person the article named, not another the gazetteer knows by it, and a particle hyphened to it as part of it', () => {
    const text = 'Talks in Baghdad\n\nAustralian Foreign Minister Penny Wong arrived in Baghdad on Monday.\n\n'
      + 'Wong met Iraqi Foreign Minister Fuad Hussein on Tuesday.\n\nKuwaiti Foreign Minister Abdullah Al-Yahya arrived on Monday.\n\n'
      + 'Al-Yahya met Hussein on Wednesday.\n';
    expect(edgesOf(text, '2025-04-17').filter((e) => e.startsWith('meeting ')).sort())
      .toEqual(['meeting Abdullah Al-Yahya>Fuad Hussein@2025-04-16', 'meeting Fuad Hussein>Penny Wong@2025-04-15']);
  });

  it('reads the words after a given name as a surname of two ("Therese Kayikwamba Wagner ... Kayikwamba Wagner")', () => {
    const text = 'Talks in New York\n\nDR Congo Foreign Minister Therese Kayikwamba Wagner arrived in New York on Monday.\n\n'
      + 'Kayikwamba Wagner held talks with US Ambassador Linda Thomas-Greenfield on Monday afternoon.\n';
    expect(edgesOf(text, '2024-11-26').filter((e) => e.startsWith('meeting '))).toEqual(['meeting Linda Thomas-Greenfield>Therese Kayikwamba Wagner@2024-11-25']);
  });
});

describe('the head of a legislature', () => {
  it('is a titled newcomer, set off after the name or before it, past "H E" (His Excellency)', () => {
    expect(edgesOf('President William Ruto met Daniyar Seitkali, chairman of the Mazhilis, in Nairobi on Monday.', '2024-06-12'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Daniyar Seitkali).*@2024-06-10$/)]);
    expect(edgesOf('President William Ruto also met Speaker of the Shura Council H E Khalid bin Saad Al Marri on Monday.', '2024-06-12'))
      .toEqual([expect.stringMatching(/^meeting (?=.*Ruto)(?=.*Khalid bin Saad Al Marri).*@2024-06-10$/)]);
  });
});
