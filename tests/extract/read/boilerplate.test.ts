import { describe, expect, it } from 'vitest';
import { bodyEnd, findTrailer, isSeparator } from '../../../src/extract/read/boilerplate.js';
import { boilerplateKind } from '../../../src/extract/read/lexicon.js';
import { splitLines } from '../../../src/extract/read/lines.js';
import { parseArticle } from '../../../src/extract/read/article.js';
import { devArticlePath, listDevArticles, readDevArticle } from '../../helpers/corpus.js';

const body = [
  'Ghana and Morocco agreed on Tuesday to deepen cooperation on energy and fertiliser, the two governments said.',
  '',
  'Share prices of fertiliser makers rose after the announcement, and analysts said the deal was a good one.',
];

function trailerOf(lines: string[]): string {
  const ls = splitLines(lines.join('\n'));
  const t = findTrailer(ls, 0);
  return ls.slice(t).map((l) => l.text).join('\n').trim();
}

describe('findTrailer', () => {
  it.each([
    [['Your Comment', 'Your Name', 'Your Email Address']],
    [['Tags: Ghana, Morocco, energy', 'Print | Email | Share']],
    [['Share | Print | Email']],
    [['Reporter : Political desk', 'Your Name']],
    [['(Reporting by Accra Wire; Editing by Ama Mensah)']],
    [['-- GNA --', 'Share | Print | Email']],
    [['*   *   *', '', 'Share: Telegram | Print version', 'Topics: Foreign policy', 'Countries: Ghana']],
    [['Share:  Facebook  |  X', 'Press service of the President of Ghana']],
    [['Share this article: WhatsApp | X', 'Follow The Accra Herald on Google News']],
    [['Share this: Facebook | X', '(c) Accra Ledger 2023. All rights reserved.']],
    [['Related: Ghana hails deal | What the pact means', 'Subscribe to our newsletter']],
    [['Comments']],
  ])('cuts %j', (tail) => {
    expect(trailerOf([...body, '', ...tail])).toBe(tail.join('\n').trim());
  });

  it('keeps prose that merely starts with a lexicon word, and separators inside the body', () => {
    expect(trailerOf(body)).toBe('');
    expect(trailerOf([...body, '*   *   *', 'Follow-up talks between the two delegations are planned for next month in Rabat.'])).toBe('');
  });

  it('never cuts into the first body line', () => {
    const ls = splitLines('Tags: only a tag line');
    expect(findTrailer(ls, 0)).toBe(ls.length);
  });
});

describe('bodyEnd', () => {
  it('ends after the last non-blank character before the trailer', () => {
    const text = `${body.join('\n')}\n\n  \nTags: x\n`;
    const ls = splitLines(text);
    const end = bodyEnd(ls, 0, findTrailer(ls, 0));
    expect(text.slice(0, end).endsWith('a good one.')).toBe(true);
  });
});

describe('lexicon lines', () => {
  it('matches whole lines and prefixes at word boundaries, with spacing folded', () => {
    expect(boilerplateKind('Your Email Address')).toBe('form');
    expect(boilerplateKind('Story Code : 417995')).toBe('metadata');
    expect(boilerplateKind('Share  |  Tweet  |  WhatsApp  |  Print')).toBe('share');
    expect(boilerplateKind('Shares in Aramco fell')).toBeNull();
    expect(boilerplateKind('By the end of the year the two sides hope to finish the treaty')).toBeNull();
    expect(boilerplateKind('-- ABU DHABI: The president also sent a cable of congratulations to the emir.')).toBeNull();
  });

  it('reads a short "Photo:" line as a credit and a caption after it as text', () => {
    expect(boilerplateKind('Photo: AFP / Ama Mensah')).toBe('credit');
    expect(boilerplateKind('Photo: Ghana\'s President John Mahama receives Togo\'s President Faure Gnassingbe at Jubilee House in Accra, July 2, 2025.')).toBeNull();
  });
  it('isSeparator is true only for lines without letters or digits', () => {
    expect(isSeparator('*   *   *')).toBe(true);
    expect(isSeparator('***x')).toBe(false);
    expect(isSeparator('   ')).toBe(false);
  });
});

describe('dev corpus', () => {
  it.each(listDevArticles())('%s: body offsets index the text and leave boilerplate out', (id) => {
    const text = readDevArticle(id);
    const a = parseArticle(text, { id, file: devArticlePath(id), format: 'txt' }).article!;
    expect(a.text).toBe(text);
    expect(0 <= a.body.start && a.body.start < a.body.end && a.body.end <= text.length).toBe(true);
    const bodyText = text.slice(a.body.start, a.body.end);
    expect(bodyText).toBe(bodyText.trim());
    expect(bodyText).toMatch(/[.!?"”)]$/u);
    for (const line of bodyText.split('\n').slice(-3)) expect(boilerplateKind(line), line).toBeNull();
    const after = text.slice(a.body.end).trim();
    if (after !== '') expect(after.split('\n').some((l) => boilerplateKind(l) !== null)).toBe(true);
  });
});
