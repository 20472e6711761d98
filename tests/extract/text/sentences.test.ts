import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/text/sentences.js';
import { fold } from '../../../src/extract/text/fold.js';
import { tokenize } from '../../../src/extract/text/tokens.js';

const abbreviations = new Set(['dr', 'jan', 'st', 'mr']);
const numberingAbbreviations = new Set(['no']);
const split = (text: string): string[] => splitSentences(text, 0, text.length, { abbreviations, numberingAbbreviations }).map((s) => text.slice(s.start, s.end));

describe('fold', () => {
  it('removes case and diacritics so spellings meet', () => {
    expect(fold('Erdoğan')).toBe('erdogan');
    expect(fold('Türkiye')).toBe('turkiye');
    expect(fold('Łukasz')).toBe('lukasz');
    expect(fold('Iran’s')).toBe("iran's");
  });
});

describe('tokenize', () => {
  it('keeps offsets into the text and splits hyphens and possessives', () => {
    const text = 'Amir-Abdollahian met Iran’s envoy in the U.S.';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['Amir', '-', 'Abdollahian', 'met', 'Iran', '’', 's', 'envoy', 'in', 'the', 'U', '.', 'S', '.']);
  });
});

describe('splitSentences', () => {
  it('reads "No." as an abbreviation only before a number', () => {
    expect(split('He lives at No. 10 Downing Street. She does not.')).toEqual(['He lives at No. 10 Downing Street.', 'She does not.']);
    expect(split('ANCHOR: Was that all? CORRESPONDENT: No. Yesterday he met the president.')).toEqual(['ANCHOR: Was that all?', 'CORRESPONDENT: No.', 'Yesterday he met the president.']);
  });

  it('ends sentences at terminal punctuation before a capital', () => {
    expect(split('Lula met Ramaphosa. They spoke. Then they left!')).toEqual(['Lula met Ramaphosa.', 'They spoke.', 'Then they left!']);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(split('Dr. Musa spoke with U.S. officials and S. Jaishankar on Jan. 5. Talks ended.'))
      .toEqual(['Dr. Musa spoke with U.S. officials and S. Jaishankar on Jan. 5.', 'Talks ended.']);
  });

  it('ends a sentence after a capital letter a preposition other than "by" governs: a thing, not an initial', () => {
    const prepositions = new Set(['on', 'by', 'with', 'in']);
    const withPrepositions = (text: string): string[] => splitSentences(text, 0, text.length, { abbreviations, prepositions }).map((s) => text.slice(s.start, s.end));
    expect(withPrepositions('Kristersson congratulated him on X. Stubb takes office in March.')).toEqual(['Kristersson congratulated him on X.', 'Stubb takes office in March.']);
    expect(withPrepositions('The essay was written by J. Smith in Accra. Talks ended.')).toEqual(['The essay was written by J. Smith in Accra.', 'Talks ended.']);
    expect(withPrepositions('Seoul and Tokyo condemn N. Korea for the launch.')).toEqual(['Seoul and Tokyo condemn N. Korea for the launch.']);
  });

  it('ends a sentence at a line break, but joins hard-wrapped lines', () => {
    expect(split('Headline here\nThe minister said the talks\nwent well.\n\nNew paragraph.'))
      .toEqual(['Headline here', 'The minister said the talks\nwent well.', 'New paragraph.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(split('He said: "We agree." Others did not.')).toEqual(['He said: "We agree."', 'Others did not.']);
  });
});

describe('a quotation ending in "!" or "?" and its speaker', () => {
  const speechVerbs = new Set(['said', 'wrote', 'told']);
  const splitSpoken = (text: string): string[] => splitSentences(text, 0, text.length, { abbreviations, speechVerbs }).map((s) => text.slice(s.start, s.end));

  it('stay one sentence when the speaker\'s words and a verb of speech follow the quotation', () => {
    expect(splitSpoken('"Congratulations on your victory!" President John Mahama wrote to Faye. He called later.'))
      .toEqual(['"Congratulations on your victory!" President John Mahama wrote to Faye.', 'He called later.']);
  });

  it('are two when no verb of speech follows', () => {
    expect(splitSpoken('"Why now?" Mahama never answered.')).toEqual(['"Why now?"', 'Mahama never answered.']);
  });
});
