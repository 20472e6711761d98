// People in articles with and without a date, on text we write ourselves: an undated article keeps its people
// and its edges, undated, instead of dropping every name that needs a day to be resolved.
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../src/document/types.gen.js';
import { extract } from '../../../src/extract/pipeline.js';
import { parseArticle } from '../../../src/extract/read/article.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { article, edgesOf } from '../../helpers/article.js';

const knowledge = loadKnowledge();

function fragmentOf(text: string, published: string | null): GraphDocument {
  const { fragment } = extract(article(text, published), knowledge);
  return fragment!;
}

const leaders = (f: GraphDocument): string[] => f.nodes.filter((n) => n.type === 'leader').map((n) => n.label).sort();

describe('short names without a date', () => {
  it('mean the one person the gazetteer knows by that name', () => {
    const text = 'Modi telephoned the president of Kenya on Tuesday to discuss maritime security.';
    expect(leaders(fragmentOf(text, null))).toEqual(['Narendra Modi']);
  });

  it('mean the one who served a state the article names when several share the name', () => {
    // Ricardo Maduro led Honduras, Nicolás Maduro Venezuela.
    const text = 'Maduro said Venezuela would not attend the summit, and the foreign ministry in Caracas confirmed it.';
    expect(leaders(fragmentOf(text, null))).toEqual(['Nicolás Maduro']);
    expect(leaders(fragmentOf('Maduro said the talks would resume in the spring.', null))).toEqual([]);
  });

  it('still mean the holder on the day when the article is dated', () => {
    expect(leaders(fragmentOf('Maduro said Venezuela would not attend the summit.', '2024-05-14'))).toEqual(['Nicolás Maduro']);
  });
});

describe('titles without a date', () => {
  it('mean the person the article names who held that office', () => {
    const text = 'Brazilian President Luiz Inácio Lula da Silva arrived in Nairobi. The Brazilian president condemned Israel over the strikes.';
    const f = fragmentOf(text, null);
    const lula = f.nodes.find((n) => n.label.startsWith('Luiz Inácio Lula'))!;
    expect(f.edges.find((e) => e.type === 'condemnation')).toMatchObject({ source: lula.id, target: 'state/ISR', datePrecision: 'none' });
  });
});

describe('an article with its dates removed', () => {
  const dated = [
    'Tuesday 14 May 2024',
    '',
    'Ruto and Lula agree to deepen trade ties',
    '',
    'NAIROBI, May 14 (East Africa Wire) - Kenyan President William Ruto held talks with Brazilian President Luiz Inácio Lula da Silva in Nairobi on Tuesday, and the two leaders signed a memorandum of understanding on agricultural research.',
    '',
    'Lula later spoke by telephone with South African President Cyril Ramaphosa, his office said. Modi sent a message of congratulations to Ruto.',
    '',
    'The Brazilian president also condemned Israel over the strikes on Rafah.',
    '',
  ].join('\n');
  const undated = dated.replace('Tuesday 14 May 2024\n\n', '').replace(', May 14 (', ' (').replace(' on Tuesday', '');

  const read = (text: string) => parseArticle(text, { id: 'talks', file: 'talks.txt', format: 'txt' });
  const edges = (f: GraphDocument) => f.edges.map((e) => `${e.type} ${e.source} ${e.target}`).sort();

  it('yields the same edges and the same people, every edge undated, with a warning', () => {
    const a = read(dated);
    const b = read(undated);
    expect(a.article?.published).toBe('2024-05-14');
    expect(b.article?.published).toBeNull();
    expect(b.warnings.map((w) => w.code)).toEqual(['no_date']);
    const withDates = extract(a.article!, knowledge).fragment!;
    const without = extract(b.article!, knowledge).fragment!;
    expect(edges(without)).toEqual(edges(withDates));
    expect(edges(without)).toEqual(expect.arrayContaining([
      'congratulation leader/Q1058 leader/Q195725', 'meeting leader/Q195725 leader/Q37181', 'phone_call leader/Q1148669 leader/Q37181',
    ]));
    expect(leaders(without)).toEqual(leaders(withDates));
    expect(leaders(without)).toHaveLength(4);
    expect(without.edges.every((e) => (e.date ?? null) === null && e.datePrecision === 'none')).toBe(true);
    expect(withDates.edges.filter((e) => e.type === 'meeting').map((e) => e.date)).toEqual(['2024-05-14']);
  });
});

describe("a name's first word standing alone", () => {
  it('means the person named in full before when no one else the article names shares it (family name first)', () => {
    const text = 'Chinese Premier Li Qiang arrived in Berlin on Monday.\n\nOn Tuesday, Li met German Chancellor Olaf Scholz at the chancellery.';
    expect(edgesOf(text, '2023-06-20').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Li Qiang)(?=.*Olaf Scholz)/)]);
  });

  it('is read after the honorifics the full name opens with ("Prince Faisal bin Farhan ... Prince Faisal")', () => {
    const text = 'Saudi Foreign Minister Prince Faisal bin Farhan arrived in Cairo on Sunday.\n\nOn Monday, Prince Faisal met Egyptian President Abdel Fattah al-Sisi.';
    expect(edgesOf(text, '2024-05-14').filter((e) => e.startsWith('meeting'))).toEqual([expect.stringMatching(/^meeting (?=.*Faisal)(?=.*Sisi).*@2024-05-13$/)]);
  });

  it('means no one when two people the article names share it', () => {
    const text = 'North Korean leader Kim Jong Un met his sister Kim Yo Jong in Pyongyang on Thursday.\n\nOn Friday, Kim met Chinese President Xi Jinping.';
    expect(edgesOf(text, '2023-03-17').filter((e) => e.includes('Xi Jinping'))).toEqual([]);
  });
});

describe("a name's last word standing alone", () => {
  it('means the person named in full when the gazetteer holds the surname for several people', () => {
    const text = 'Argentine President Alberto Fernández arrived in Brasília on Sunday.\n\nOn Monday, Fernández met Brazilian President Lula.';
    expect(edgesOf(text, '2023-05-03')).toEqual([expect.stringMatching(/^meeting (?=.*Alberto Fernández)(?=.*Lula).*@2023-05-01$/)]);
  });

  it("is no one's after a particle: a family's or a father's name many share", () => {
    const text = 'Bahraini King Hamad bin Isa Al Khalifa arrived in Cairo on Sunday.\n\nOn Monday, Khalifa met Egyptian President Abdel Fattah al-Sisi.';
    expect(edgesOf(text, '2023-05-03')).toEqual([]);
  });
});

describe('a long name written without a middle name', () => {
  it('is the person the gazetteer knows by the whole name', () => {
    expect(leaders(fragmentOf('Bassirou Diomaye Faye met reporters in Dakar on Monday after the vote.', '2024-04-03'))).toEqual(['Bassirou Diomaye Diakhar Faye']);
  });
});

describe('a state whose name begins with "Saint"', () => {
  it('is read when the text abbreviates it', () => {
    const { fragment } = extract(article('St Vincent and the Grenadines and St. Lucia signed the agreement on Monday.', '2024-04-03'), knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'state').map((n) => n.label).sort()).toEqual(['Saint Lucia', 'Saint Vincent and the Grenadines']);
  });
});

describe('the first word of a full name, later', () => {
  it('names the person named in full, but not inside a longer name', () => {
    const text = 'Chinese Foreign Minister Wang Yi flew to Moscow on Monday.\n\nOn Tuesday, Wang met Russian Foreign Minister Sergei Lavrov.';
    expect(edgesOf(text, '2024-05-15')).toEqual([expect.stringMatching(/^meeting (?=.*Wang Yi)(?=.*Lavrov).*@2024-05-14$/)]);
    const other = 'Chinese Foreign Minister Wang Yi flew to Moscow on Monday.\n\nOn Tuesday, Wang Wenbin met Russian Foreign Minister Sergei Lavrov.';
    expect(edgesOf(other, '2024-05-15')).toEqual([]);
  });
});

describe('a short name of someone elected, not yet in office', () => {
  it('names the person about to take office', () => {
    expect(edgesOf('Colombian President Gustavo Petro congratulated Sheinbaum on Monday.', '2024-06-05'))
      .toEqual([expect.stringMatching(/^congratulation Gustavo Petro>Claudia Sheinbaum@2024-06-03$/)]);
  });
});

describe('a known surname after an unknown first name', () => {
  it('is another person, also when the first name opens the sentence', () => {
    expect(edgesOf('Mpho Putin received congratulations from Kenyan President William Ruto on Monday.', '2024-05-15')).toEqual([]);
    expect(edgesOf('Congratulating Putin, Kenyan President William Ruto said on Monday that ties were strong.', '2024-05-15'))
      .toEqual([expect.stringMatching(/^congratulation William Ruto>Vladimir Putin@/)]);
  });
});

describe('a titled name spelt a letter apart from the gazetteer, its title naming no state', () => {
  it('is the holder of that title in a state the article names, by the same first name, and so is its surname later', () => {
    const text = 'President Shavkat Mirziyoev received Kazakh President Kassym-Jomart Tokayev in Tashkent on Monday. '
      + 'Mirziyoev said Uzbekistan valued the partnership.';
    const f = fragmentOf(text, '2024-06-12');
    expect(leaders(f)).toEqual(['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']);
    expect(f.nodes.find((n) => n.label === 'Shavkat Mirziyoyev')!.aliases).toEqual(expect.arrayContaining(['Shavkat Mirziyoev', 'Mirziyoev']));
    expect(edgesOf(text, '2024-06-12')).toEqual([expect.stringMatching(/^meeting (?=.*Tokayev)(?=.*Mirziyoyev).*@2024-06-10$/)]);
  });
});

describe('one name word after a title', () => {
  it('is the holder of that title, in a state the article names, by that first name', () => {
    const text = 'President Samia received Kenyan President William Ruto in Dar es Salaam on Monday. Tanzania and Kenya signed two agreements.';
    expect(edgesOf(text, '2024-05-14')).toContainEqual(expect.stringMatching(/^meeting (?=.*Samia Suluhu)(?=.*Ruto).*@2024-05-13$/));
    // No holder of the title goes by that first name in the states named: no one.
    expect(leaders(fragmentOf('President Amani received Kenyan President William Ruto in Dar es Salaam on Monday. Tanzania and Kenya signed two agreements.', '2024-05-14')))
      .toEqual(['William Ruto']);
  });
});

describe('a bloc\'s council named in full', () => {
  it('is the bloc, not another body whose name ends the same ("African Union Peace and Security Council" is no UN Security Council)', () => {
    const text = 'The African Union Peace and Security Council on Monday expressed its solidarity with the people of Chad.';
    expect(fragmentOf(text, '2025-06-10').nodes.filter((n) => n.type === 'bloc').map((n) => n.label)).toEqual(['African Union']);
    expect(edgesOf(text, '2025-06-10')).toEqual(['support African Union>Chad@2025-06-09']);
  });
});

describe('a bloc\'s name followed by "of" and a state', () => {
  it('is that state\'s organ, not the bloc, and its office holder serves the state', () => {
    const text = 'Kim Jong Un received Sergei Shoigu, secretary of the Security Council of the Russian Federation, in Pyongyang on Tuesday.';
    const fragment = fragmentOf(text, '2025-06-18');
    expect(fragment.nodes.filter((n) => n.type === 'bloc')).toEqual([]);
    expect(edgesOf(text, '2025-06-18', { withRelations: true })).toContain('leader_of Sergei Shoigu>Russia');
  });
});

describe('a full name written with a middle initial', () => {
  it('is the person the gazetteer knows by the name without it, with no title before it', () => {
    const text = 'Prime Minister Fumio Kishida paid a courtesy call on Ferdinand R. Marcos Jr., President of the Philippines, on Monday.';
    expect(leaders(fragmentOf(text, '2024-07-08'))).toEqual(['Ferdinand Marcos Jr.', 'Fumio Kishida']);
    expect(edgesOf(text, '2024-07-08')).toEqual(['meeting Fumio Kishida>Ferdinand Marcos Jr.@2024-07-08']);
  });
});

describe('names hyphenated onto another word', () => {
  it('are part of a given name when a capitalised word follows ("Yunus-Bek X"), and two people in "the Putin-Xi summit"', () => {
    const visit = fragmentOf('Deputy Defence Minister Yunus-Bek Yevkurov of Russia flew to Bamako for talks with Goita on Thursday.', '2025-05-21');
    expect(leaders(visit)).not.toContain('Muhammad Yunus');
    expect(leaders(visit)).toContain('Yunus-Bek Yevkurov');
    expect(leaders(fragmentOf('Officials prepared the Putin-Xi summit in Kazan.', '2024-10-20'))).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });

  it('are the end of another name after a particle and a word no name, title or given name of theirs holds ("Al-Quds Al-Sharif")', () => {
    expect(leaders(fragmentOf('The ministers backed a Palestinian state with Al-Quds Al-Sharif as its capital.', '2024-10-20'))).toEqual([]);
    expect(leaders(fragmentOf('The ministers met Ahmed Al-Sharif, a scholar, in Amman.', '2024-10-20'))).toEqual([]);
    // A title before the particle keeps the short name the person's ("President al-Sisi").
    expect(leaders(fragmentOf('Egypt\'s President al-Sisi received the ministers in Cairo.', '2024-10-20'))).toEqual(['Abdel Fattah el-Sisi']);
  });
});

describe('a region named with a state\'s word', () => {
  it('names no state ("Latin American" is not American), while a longer name starting with it still names its body', () => {
    const states = (text: string): string[] => fragmentOf(text, '2024-06-12').nodes.filter((n) => n.type === 'state').map((n) => n.label).sort();
    expect(states('Venezuela expelled diplomats from seven Latin American countries on Monday.')).toEqual(['Venezuela']);
    expect(states('Brazil is the largest economy in South America.')).toEqual(['Brazil']);
    expect(edgesOf('Venezuela expelled diplomats from seven Latin American countries on Monday.', '2024-06-12')).toEqual([]);
    expect(fragmentOf('Cuba chairs the Community of Latin American and Caribbean States.', '2024-06-12').nodes.map((n) => n.label)).toContain('Community of Latin American and Caribbean States');
  });
});
