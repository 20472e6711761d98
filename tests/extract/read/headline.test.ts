import { describe, expect, it } from 'vitest';
import { chooseHeadline } from '../../../src/extract/read/headline.js';
import { scanHeader } from '../../../src/extract/read/header.js';
import { splitLines } from '../../../src/extract/read/lines.js';
import { findDates } from '../../../src/extract/read/dates.js';
import { boilerplateKind } from '../../../src/extract/read/lexicon.js';
import { parseArticle } from '../../../src/extract/read/article.js';
import { devArticlePath, listDevArticles, readDevArticle } from '../../helpers/corpus.js';

const lede = 'Chile and Vietnam signed a free trade protocol on Monday, the two foreign ministries said.';
const headline = (header: string) => chooseHeadline(scanHeader(splitLines(`${header}\n\n${lede}\n`)).lines);

describe('chooseHeadline', () => {
  it('skips outlet, section, date, metadata and kicker lines', () => {
    expect(headline('ANDES OBSERVER\n05.09.2023 - 11:47\nPolitics\n\nBoric upbeat on trade after Hanoi talks')).toBe('Boric upbeat on trade after Hanoi talks');
    expect(headline('12 Jul 2024\nStory Code : 417995\nSource : Andes Wire\nBoric in Hanoi:\n\nChile, Vietnam share positions on trade')).toBe('Chile, Vietnam share positions on trade');
    expect(headline('Andes Monitor\nThe Moneda, Santiago\nChilean-Vietnamese talks')).toBe('Chilean-Vietnamese talks');
  });

  it('keeps a headline with a colon in it', () => {
    expect(headline('Levant Desk\nBoric in Hanoi: Chile and Vietnam turn the page')).toBe('Boric in Hanoi: Chile and Vietnam turn the page');
  });

  it('accepts a long Title Case line only as a fallback', () => {
    expect(headline('Andes Monitor\nBoric And Lam Sign Landmark Trade Protocol')).toBe('Boric And Lam Sign Landmark Trade Protocol');
    expect(headline('Andes Monitor\nSantiago')).toBeNull();
  });

  it('skips breadcrumbs, and takes a long all-capitals line only when nothing else will do', () => {
    expect(headline('Home / News / Press releases\n\nPRESIDENT BORIC MEETS GENERAL SECRETARY LAM')).toBe('PRESIDENT BORIC MEETS GENERAL SECRETARY LAM');
    expect(headline('ANDES OBSERVER\nWorld › Americas › Chile')).toBeNull();
  });

  it('is null for a wire story with no header', () => {
    expect(chooseHeadline(scanHeader(splitLines(`SANTIAGO, May 2 (Agency) - ${lede}`)).lines)).toBeNull();
  });
});

describe('dev corpus', () => {
  // Articles whose page has a headline line of its own: every one not opening straight on a wire dateline.
  it.each(listDevArticles())('%s: the headline is a header line, never a date or metadata line', (id) => {
    const text = readDevArticle(id);
    const r = parseArticle(text, { id, file: devArticlePath(id), format: 'txt' });
    const a = r.article!;
    const hasHeader = a.text.slice(0, a.body.start).trim() !== '' && !/^\p{Lu}[\p{Lu} .'-]+[,(]/u.test(text);
    if (!hasHeader) return;
    expect(a.title).not.toBeNull();
    const title = a.title!;
    expect(text.slice(0, a.body.start)).toContain(title);
    expect(findDates(title)).toEqual([]);
    expect(boilerplateKind(title)).toBeNull();
    expect(title.endsWith(':')).toBe(false);
    expect(title).toMatch(/\p{Ll}/u);
  });
});
