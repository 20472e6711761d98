import { describe, expect, it } from 'vitest';
import { DiplographError } from '../../../src/errors.js';
import { parseArticle } from '../../../src/extract/read/article.js';
import { pathDates } from '../../../src/extract/read/dateline.js';
import type { ReadOptions } from '../../../src/extract/read/types.js';
import { devArticlePath, listDevArticles, loadGold, readDevArticle } from '../../helpers/corpus.js';

const lede = 'Brazil and Indonesia agreed on Friday to expand trade ties, officials in both capitals said in a statement.';
const more = 'The two governments also discussed cooperation on climate finance and fisheries in the Pacific region.';

function read(text: string, options: ReadOptions = {}, meta: { file?: string; url?: string } = {}) {
  return parseArticle(text, { id: 't', format: 'txt', ...meta }, options);
}
const published = (text: string, options: ReadOptions = {}, meta: { file?: string; url?: string } = {}) =>
  read(text, options, meta).article?.published ?? null;

describe('header date lines', () => {
  it('prefers a full dateline to a bare crawl stamp above it', () => {
    const r = read(`12 Jul 2024\nTuesday 19 March 2024 - 22:33\n\n${lede}\n\n${more}\n`);
    expect(r.article?.published).toBe('2024-03-19');
    expect(r.article?.publishedBasis).toBe('dateline');
    expect(r.warnings).toEqual([]);
  });

  it('prefers date and time to a bare date, wherever it sits', () => {
    expect(published(`28.12.2024 | 19:42\n06 Jan 2025\n\n${lede}\n${more}`)).toBe('2024-12-28');
    expect(published(`06 Jan 2025\n28.12.2024 | 19:42\n\n${lede}\n${more}`)).toBe('2024-12-28');
  });

  it('takes the later of two equally specific dates', () => {
    expect(published(`4 Feb 2024\n2 Feb 2024\n\n${lede}\n${more}`)).toBe('2024-02-02');
  });

  it('never takes an accessed or retrieved date', () => {
    expect(published(`Sunday, July 7, 2024 - 10:41\nRetrieved 19 Aug 2024\n\n${lede}\n${more}`)).toBe('2024-07-07');
    expect(published(`Accessed 19 Aug 2024\nJuly 7, 2024\n\n${lede}\n${more}`)).toBe('2024-07-07');
  });

  it('prefers a published date to an updated one, and uses updated only when alone', () => {
    expect(published(`Updated: 2024-07-09 08:00 | Published: 2024-07-07 10:00\n\n${lede}\n${more}`)).toBe('2024-07-07');
    expect(published(`09.07.2024 - 11:47 | Last update: 10.07.2024 - 12:30\n\n${lede}\n${more}`)).toBe('2024-07-09');
    expect(published(`The Capital Herald\nUpdated: Oct 24, 2024, 07:05 IST\nNew Delhi\n\n${lede}\n${more}`)).toBe('2024-10-24');
  });

  it('reads ISO, numeric and written-out dates with places and zones', () => {
    expect(published(`2024-03-19T10:00:00Z\n\n${lede}\n${more}`)).toBe('2024-03-19');
    expect(published(`Published: 2024-07-07\n\n${lede}\n${more}`)).toBe('2024-07-07');
    expect(published(`16 September 2022, 19:40 | Tashkent\nAsia Monitor\n\n${lede}\n${more}`)).toBe('2022-09-16');
    expect(published(`4 July 2024, 17:52 (Astana time)\n\n${lede}\n${more}`)).toBe('2024-07-04');
    expect(published(`Saturday, 11 March 2023 | 10:02 AM\n\n${lede}\n${more}`)).toBe('2023-03-11');
    expect(published(`Analysis\n\nJane Doe\nLisbon\n3.Feb.2023 at 9:15 AM\n\n${lede}\n${more}`)).toBe('2023-02-03');
    // A spaced slash separates a byline's fields as a bar does.
    expect(published(`Gazette Online / 05:48 PM March 25, 2024\n\n${lede}\n${more} The Unity May 4 sailed home.\n`)).toBe('2024-03-25');
  });

  it('does not read a date inside a headline as the dateline', () => {
    const r = read(`Lula to visit Jakarta on May 16, 2024 for trade talks\n\n${lede}\n${more}`);
    expect(r.article?.published).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(['no_date']);
  });
});

describe('wire datelines', () => {
  const wire = (dateline: string) => `${dateline} - ${lede}\n\n${more}\n`;

  it('reads a dateline with its year', () => {
    expect(published(`RIYADH, Dec 18, 2023 (Gulf Press Service) -- ${lede}\n\n${more}`)).toBe('2023-12-18');
  });

  it('gives a yearless dateline the year of a full date in the file name', () => {
    expect(published(wire('BRASILIA, Jan 17 (Agency)'), {}, { file: 'in/talks-2025-01-17.txt' })).toBe('2025-01-17');
    // Across New Year the nearest year wins.
    expect(published(wire('BRASILIA, Dec 31 (Agency)'), {}, { file: 'in/20250101-talks.txt' })).toBe('2024-12-31');
    expect(published(wire('BRASILIA, Dec 31 (Agency)'), {}, { url: 'https://example.org/2024/12/31/talks' })).toBe('2024-12-31');
  });

  it('gives a yearless dateline over dated items the year the items tell that same day in, not the first item\'s', () => {
    const text = 'FACTBOX-Key dates in Ghana\'s ties with Togo\n\nJuly 12 (Wire) - Ghanaian President John Mahama met Togolese President Faure Gnassingbe in Lome on Friday. Here are milestones:\n\n'
      + '* Sept. 16, 2019 - The two governments open a joint border commission.\n\n* May 2, 2024 - The commission meets in Accra.\n\n'
      + '* July 12, 2024 - Mahama meets Gnassingbe in Lome.\n';
    expect(published(text)).toBe('2024-07-12');
  });

  it('ranks a header\'s full date above a yearless day heading among the first lines', () => {
    const text = 'Republic of Ghana\nMINISTRY OF FOREIGN AFFAIRS\n\nPRESS RELEASE\n12 July 2024\n\nThe Minister\'s week\n\nMonday, 8 July\n\n'
      + 'Foreign Minister Samuel Okudzeto Ablakwa received the Togolese ambassador in Accra.\n\nTuesday, 9 July\n\nThe Minister flew to Lome for talks.\n';
    expect(published(text)).toBe('2024-07-12');
  });

  it('takes the year from a crawl stamp in the header before the file name', () => {
    const text = `03 Mar 2025\n\n${wire('SOCHI, Russia, Sept 4 (Agency)')}`;
    expect(published(text, {}, { file: 'x-2019-09-04.txt' })).toBe('2024-09-04');
    expect(published(`Retrieved 2 Jan 2025\n\n${wire('NAIROBI, Dec 30 (Agency)')}`)).toBe('2024-12-30');
  });

  it('takes the year from referenceDate, on or before it', () => {
    expect(published(wire('VIENNA, Oct 5 (Energy Desk)'), { referenceDate: '2022-11-01' })).toBe('2022-10-05');
    expect(published(wire('VIENNA, Oct 5 (Energy Desk)'), { referenceDate: '2022-09-01' })).toBe('2021-10-05');
  });

  it('ranks a page date with a time above the wire dateline, and the wire above a bare stamp', () => {
    expect(published(`Jan 18, 2025 08:00\n\n${wire('MOSCOW, Jan 17 (Agency)')}`)).toBe('2025-01-18');
    expect(published(`19 Feb 2025\n\n${wire('MOSCOW, Jan 17 (Agency)')}`)).toBe('2025-01-17');
  });

  it('dates an article without furniture dates by a full date in its file name before its body', () => {
    const text = `Envoys trade protests over river markers\n\n${lede}\n\nThe two sides last clashed over the markers on 23 May 2019.\n`;
    const r = read(text, {}, { file: 'in/markers-2025-05-15.txt' });
    expect(r.article?.published).toBe('2025-05-15');
    expect(r.article?.publishedBasis).toBe('meta');
    // Without one, the body's latest stated day.
    expect(read(text).article?.published).toBe('2019-05-23');
    // A body's day in the week after the file name's: the file is named for the event, published after it.
    const later = `Envoys trade protests over river markers\n\n${lede}\n\nThe talks ended on Saturday, 17 May 2025.\n`;
    expect(read(later, {}, { file: 'in/markers-2025-05-15.txt' }).article?.published).toBe('2025-05-17');
    // A body's day before it is the news the article reports.
    const earlier = `Envoys trade protests over river markers\n\n${lede}\n\nThe talks ended on Tuesday, 13 May 2025.\n`;
    expect(read(earlier, {}, { file: 'in/markers-2025-05-15.txt' }).article?.published).toBe('2025-05-15');
  });

  it('falls back on the body: a weekday in the lede and the latest dated mention', () => {
    const text = `CANBERRA, Jan 17 (Agency) - ${lede}\n\nThe two sides first met on Oct. 11, 2024, in Bali.\n`;
    const r = read(text);
    expect(r.article?.published).toBe('2025-01-17');
    expect(r.article?.publishedBasis).toBe('text');
  });

  it('leaves the date empty, with a warning naming the dateline, when nothing fixes the year', () => {
    const r = read(wire('LIMA, March 21 (Agency)'), {}, { file: 'news/lima.txt' });
    expect(r.article?.published).toBeNull();
    expect(r.article?.publishedBasis).toBe('none');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'no_date', file: 'news/lima.txt' });
    expect(r.warnings[0]!.message).toContain('LIMA, March 21');
  });
});

describe('dates in the body', () => {
  it('date the article only when the page has no date of its own (basis text)', () => {
    const r = read(`Leaders of Kenya and Ethiopia met in Addis Ababa on December 18, 2023 to sign a border accord.\n\n${more}\n`, {}, { file: 'a.txt' });
    expect(r.article).toMatchObject({ published: '2023-12-18', publishedBasis: 'text' });
    expect(r.warnings).toEqual([]);
    expect(read(`Tuesday 19 March 2024\n\nLeaders of Kenya and Ethiopia met in Addis Ababa on December 18, 2023.\n\n${more}\n`).article?.published).toBe('2024-03-19');
  });

  it('take a full date ending the title when nothing else gives one', () => {
    const r = read(`Foreign Ministry Spokesperson's Regular Press Conference on March 4, 2025\n\nQ: ${lede}\n\nA: ${more}\n`);
    expect(r.article).toMatchObject({ published: '2025-03-04', publishedBasis: 'text' });
    expect(r.warnings).toEqual([]);
  });

  it('a text with no date at all gets none, with a warning', () => {
    const r = read(`${lede}\n\n${more}\n`, {}, { file: 'a.txt' });
    expect(r.article?.published).toBeNull();
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'no_date', file: 'a.txt' })]);
  });

  it('take the latest day the text reports, its year from the mentions before it, moved on to the day it calls today', () => {
    const text = [
      'Brazil\'s president took office on 1 January 2023 and chose Buenos Aires for his first trip.',
      'On Monday 23 January, the presidents of Argentina and Brazil signed an action plan in the Casa Rosada.',
      'The harder conversation comes tomorrow, Wednesday, in Montevideo, where he meets the president of Uruguay.',
    ].join('\n\n');
    const r = read(text);
    expect(r.article).toMatchObject({ published: '2023-01-24', publishedBasis: 'text' });
    expect(r.article?.publishedReason).toContain('"Monday 23 January"');
  });

  it('pass over days the text puts in the future', () => {
    const text = `Iraq's prime minister held calls with the leaders of Iran and Qatar on 9 April 2024.\n\nHe is due to meet the president of the United States at the White House on Monday, April 15.\n`;
    expect(read(text).article?.published).toBe('2024-04-09');
  });

  it('a labelled published line in the trailer still dates the article', () => {
    expect(published(`${lede}\n\n${more}\n\nPublished: 7 July 2024\nShare: Facebook | X\n`)).toBe('2024-07-07');
  });
});

describe('given dates', () => {
  it('--published overrides everything', () => {
    const r = read(`Tuesday 19 March 2024 - 22:33\n\n${lede}\n${more}`, { published: '2020-01-02' });
    expect(r.article).toMatchObject({ published: '2020-01-02', publishedBasis: 'override' });
  });

  it('a record date is used as given', () => {
    const r = parseArticle(`Tuesday 19 March 2024\n\n${lede}\n${more}`, { id: 'r', format: 'txt', published: '2024-03-20' });
    expect(r.article).toMatchObject({ published: '2024-03-20', publishedBasis: 'record' });
  });

  it('a malformed --published is a usage error', () => {
    expect(() => read(lede, { published: '2024-02-30' })).toThrow(DiplographError);
  });
});

describe('dates in paths', () => {
  it('finds full dates in file names, folders and URLs', () => {
    expect(pathDates('a/b/2023-03-10-talks.txt', undefined)).toEqual([{ y: 2023, m: 3, d: 10 }]);
    expect(pathDates('2022/05/01/talks.txt', undefined)).toEqual([{ y: 2022, m: 5, d: 1 }]);
    expect(pathDates('talks-12345678.txt', undefined)).toEqual([]);
    expect(pathDates(undefined, 'https://x.org/news/20240119/story')).toEqual([{ y: 2024, m: 1, d: 19 }]);
  });
});

describe('dev corpus', () => {
  const gold = loadGold();
  const ids = listDevArticles();

  it('has every article in gold', () => {
    expect(ids.length).toBeGreaterThanOrEqual(25);
    for (const id of ids) expect(gold.has(id), id).toBe(true);
  });

  it.each(ids)('%s: published matches gold', (id) => {
    const r = parseArticle(readDevArticle(id), { id, file: devArticlePath(id), format: 'txt' });
    expect(r.article?.published).toBe(gold.get(id)!.published);
    expect(r.warnings).toEqual([]);
  });

  it.each(ids)('%s: without its file name the date is right or absent, never wrong', (id) => {
    const r = parseArticle(readDevArticle(id), { id, format: 'txt' });
    const date = r.article?.published ?? null;
    if (date === null) expect(r.warnings.map((w) => w.code)).toEqual(['no_date']);
    else expect(date).toBe(gold.get(id)!.published);
  });
});

describe('scrape stamps and labels beyond the dev corpus', () => {
  it('treats a top date line followed by an earlier date line as a stamp, whatever its specificity', () => {
    expect(published(`12 Jul 2024 10:00\n19 March 2024\n\n${lede}\n${more}`)).toBe('2024-03-19');
    // An earlier date on top is no stamp: the more specific date below wins as usual.
    expect(published(`19 March 2024\n20 March 2024 08:00\n\n${lede}\n${more}`)).toBe('2024-03-20');
  });

  it('does not read "Access date" as a publication label', () => {
    expect(published(`Access date: 12 Jul 2024\n19 March 2024\n\n${lede}\n${more}`)).toBe('2024-03-19');
    expect(published(`Date of publication: 19 March 2024\nCrawl date: 2024-07-12 10:00\n\n${lede}\n${more}`)).toBe('2024-03-19');
  });

  it('reads dashed day-first dates and full-stop datelines', () => {
    expect(published(`19-03-2024 22:33\n\n${lede}\n${more}`)).toBe('2024-03-19');
    expect(published(`BAKU, Azerbaijan, Dec. 28. ${lede}\n\n${more}`, { referenceDate: '2025-01-06' })).toBe('2024-12-28');
    expect(published(`Tue, 19 Mar 2024 22:33:00 GMT\n\n${lede}\n${more}`)).toBe('2024-03-19');
  });
});

describe('furniture anywhere on the page', () => {
  const standfirst = 'The two governments say the accord opens a new chapter in relations between the two neighbours and the wider region.';

  it('reads a byline date below the standfirst', () => {
    expect(published(`Ghana and Togo agree border pact\n\n${standfirst}\n\nBy Ama Mensah | 4 March 2024 | 5 min read\n\n${lede}\n\n${more}`)).toBe('2024-03-04');
    expect(published(`Border pact\n\n${standfirst}\n\nBy Ama Mensah, Diplomatic editor\nUpdated March 4, 2024 — 9.41am, first published at 6.15am\n\n${lede}`)).toBe('2024-03-04');
  });

  it('reads a live blog\'s time stamp above the headline as the date, not the title', () => {
    const r = read(`2:15 p.m. ET, March 3, 2024\nLive: leaders of Ghana and Togo meet in Lomé\n\n${lede}\n\n${more}`);
    expect(r.article).toMatchObject({ published: '2024-03-03', title: 'Live: leaders of Ghana and Togo meet in Lomé' });
  });

  it('reads a date line at the foot of the page', () => {
    expect(published(`${lede}\n\n${more}\n\nThursday 7 March 2024 - 18:40\n`)).toBe('2024-03-07');
    expect(published(`${lede}\n\n${more}\n\n07/03/2024  14:36\nViews 1453\n`)).toBe('2024-03-07');
  });

  it('reads datelines with the year in the body, at the foot, or in the same day written out', () => {
    const monday = 'Kenya and Ethiopia agreed on Monday to reopen their border, officials in both capitals said in a statement.';
    expect(published(`NAIROBI, Feb 12 - ${monday}\n\nThe two sides first met in November 2023 in Mombasa.\n`)).toBe('2024-02-12');
    // Without a weekday, the first such day after the latest dated mention.
    expect(published(`NAIROBI, Feb 12 - Kenya and Ethiopia agreed to reopen their border, officials said in a statement.\n\nThe two sides first met in November 2023 in Mombasa.\n`)).toBe('2024-02-12');
    expect(published(`NAIROBI, Feb 12 (Agency) - ${lede}\n\nThe accord signed on February 12, 2025 takes effect in May.\n`)).toBe('2025-02-12');
    expect(published(`KINGSTON, Jamaica, Feb 12, CMC – ${lede}\n\n${more}\n\nCMC/kb/2025\n`)).toBe('2025-02-12');
  });

  it('reads agency datelines in other house styles', () => {
    expect(published(`Muscat, Rajab 12, 1445 AH, January 24, 2024, ONA -- ${lede}\n\n${more}`)).toBe('2024-01-24');
    expect(published(`Dakar, December 12/2024 (APS) ${lede}\n\n${more}`)).toBe('2024-12-12');
    expect(published(`Caracas, 15 de diciembre de 2023 | Nacionales\n\nVenezuela and Guyana talks\n\n${lede}\n\n${more}`)).toBe('2023-12-15');
    expect(published(`Radio Nord\nPublicerat fredag 23 februari 2024 kl 16.05\n\n${lede}\n\n${more}`)).toBe('2024-02-23');
  });
});

describe('day first or month first', () => {
  const reason = (text: string) => read(text).article?.publishedReason ?? '';

  it('follows the weekday written with the date', () => {
    expect(published(`Tuesday, 05/01/2021\n\n${lede}\n\n${more}`)).toBe('2021-01-05');
    expect(published(`Saturday, 05/01/2021\n\n${lede}\n\n${more}`)).toBe('2021-05-01');
  });

  it('follows another date on the page that can be read only one way, and says so', () => {
    const text = `Published: 05/01/2021 21:14 | Updated: 25/01/2021 08:00\n\n${lede}\n\n${more}`;
    expect(published(text)).toBe('2021-01-05');
    expect(reason(text)).toContain('day-first because "25/01/2021" on the page can only be read that way');
    expect(published(`Published 2/12/2025 6:48 PM | Updated 2/13/2025 7:05 AM\n\n${lede}\n\n${more}`)).toBe('2025-02-12');
  });

  it('follows the time zone, then the dateline\'s place', () => {
    expect(published(`Published: 12/03/2024 14:05 EDT\n\n${lede}\n\n${more}`)).toBe('2024-12-03');
    expect(published(`Published: 12/03/2024 14:05 BST\n\n${lede}\n\n${more}`)).toBe('2024-03-12');
    expect(published(`Published: 12/03/2024 14:05\n\nMANILA - ${lede}\n\n${more}`)).toBe('2024-12-03');
    expect(reason(`Published: 12/03/2024 14:05\n\nMANILA - ${lede}\n\n${more}`)).toContain('dated from MANILA');
    expect(published(`Published: 12/03/2024 14:05\n\nNAIROBI - ${lede}\n\n${more}`)).toBe('2024-03-12');
  });

  it('follows the weekday the lede names when only one reading falls on it', () => {
    // 4 May 2024 was a Saturday, 5 April 2024 a Friday; the lede says Friday.
    expect(published(`Posted 05/04/2024 10:00\n\n${lede}\n\n${more}`)).toBe('2024-04-05');
  });

  it('follows the page\'s spelling, then reads day first by default', () => {
    const us = 'The new center will handle defense and labor questions, and its color scheme drew favor.';
    const uk = 'The new centre will handle defence and labour questions, and its colour scheme drew favour.';
    expect(published(`Posted 12/03/2024\n\nChile and Vietnam signed a trade protocol, officials said. ${us}\n\n${more}`)).toBe('2024-12-03');
    expect(published(`Posted 12/03/2024\n\nChile and Vietnam signed a trade protocol, officials said. ${uk}\n\n${more}`)).toBe('2024-03-12');
    const plain = `Posted 12/03/2024\n\nChile and Vietnam signed a trade protocol, officials said.\n\n${more}`;
    expect(published(plain)).toBe('2024-03-12');
    expect(reason(plain)).toContain('day-first because nothing on the page says otherwise');
  });
});
