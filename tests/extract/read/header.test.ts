import { describe, expect, it } from 'vitest';
import { isDayHeading } from '../../../src/extract/read/dates.js';
import { dateLineDates, isProse, scanHeader, wireDateline } from '../../../src/extract/read/header.js';
import { splitLines } from '../../../src/extract/read/lines.js';
import { listDevArticles, readDevArticle } from '../../helpers/corpus.js';

const lede = 'Chile and Vietnam signed a free trade protocol on Monday, the two foreign ministries said.';

describe('wireDateline', () => {
  it('recognises place, date and agency before a spaced dash', () => {
    expect(wireDateline(`SOCHI, Russia, Sept 4 (Bosphorus Wire) - ${lede}`)).toMatchObject({ text: 'SOCHI, Russia, Sept 4 (Bosphorus Wire)', agency: true, date: expect.objectContaining({ month: 9, day: 4, year: null }) });
    expect(wireDateline(`RIYADH, Dec 18, 2023 (Gulf Press Service) -- ${lede}`)?.date).toMatchObject({ year: 2023, month: 12, day: 18 });
    expect(wireDateline(`ST PETERSBURG, June 17 (Steppe Newswire) - ${lede}`)?.date).toMatchObject({ month: 6, day: 17 });
    expect(wireDateline(`HANOI — ${lede}`)).toMatchObject({ text: 'HANOI', date: null });
    expect(wireDateline(`SANTIAGO, Chile - ${lede}`)).toMatchObject({ text: 'SANTIAGO, Chile' });
  });

  it('rejects sentences and date lines that merely contain a dash', () => {
    expect(wireDateline(`Chile and Vietnam - old partners - signed a deal.`)).toBeNull();
    expect(wireDateline('05.09.2023 - 11:47 | Last update: 05.09.2023 - 12:30')).toBeNull();
    expect(wireDateline('Tehran Dispatch - Politics')).toBeNull();
    expect(wireDateline('U.S. - China trade talks resumed in Geneva on Monday.')).toBeNull();
  });
});

describe('dateLineDates', () => {
  it('accepts date lines with labels, weekdays, places and times', () => {
    expect(dateLineDates('Updated: Oct 24, 2024, 07:05 IST')).toEqual([expect.objectContaining({ label: 'updated', day: 24 })]);
    expect(dateLineDates('Accessed 19 Aug 2024')?.[0]?.label).toBe('accessed');
    expect(dateLineDates('16 September 2022, 19:40 | Samarkand')?.[0]?.label).toBeNull();
    expect(dateLineDates('05.09.2023 - 11:47 | Last update: 05.09.2023 - 12:30')?.map((d) => d.label)).toEqual([null, 'updated']);
  });

  it('rejects headlines and sentences that mention a date', () => {
    expect(dateLineDates('Boric to visit Hanoi on May 16 for talks')).toBeNull();
    expect(dateLineDates('Talks open March 20')).toBeNull();
    expect(dateLineDates(`On March 20, 2024 ${lede}`)).toBeNull();
  });
});

describe('isProse', () => {
  it('tells paragraphs from headlines', () => {
    expect(isProse(lede)).toBe(true);
    expect(isProse('Chile and Vietnam sign trade protocol')).toBe(false);
    expect(isProse('Putin to Raisi:')).toBe(false);
  });
});

describe('scanHeader', () => {
  it('puts date, outlet and headline lines above the body and skips a wire dateline', () => {
    const text = `Andes Monitor\n3 March 2024, 10:00\n\nChile and Vietnam sign trade protocol\n\nSANTIAGO - ${lede}\nMore text.`;
    const h = scanHeader(splitLines(text));
    expect(h.lines.map((l) => l.kind)).toEqual(['text', 'date', 'text']);
    expect(text.slice(h.bodyStart)).toMatch(/^Chile and Vietnam signed/);
    expect(h.wire?.text).toBe('SANTIAGO');
  });

  it('opens the body at a digest\'s first day heading, and knows a day heading from a date line and a sentence', () => {
    const text = `The Week in Diplomacy\nSunday, 8 September 2024\n\nMONDAY\n${lede}\n\nTUESDAY\nMore text.`;
    const h = scanHeader(splitLines(text));
    expect(h.lines.map((l) => l.kind)).toEqual(['text', 'date']);
    expect(text.slice(h.bodyStart)).toMatch(/^MONDAY\n/);
    expect(['MONDAY', 'Tuesday, Sept. 3', 'Wednesday 4 September:', 'MONDAY 22 NOV — Tokyo and Seoul compare notes'].filter(isDayHeading)).toHaveLength(4);
    expect(['Monday, September 2, 2024', 'Monday was busy.', 'THE WEEK AHEAD', 'Monday — talks ended. Then more.'].filter(isDayHeading)).toEqual([]);
  });

  it('starts the body at the first character of a text with no header', () => {
    const h = scanHeader(splitLines(`\n\n  ${lede}`));
    expect(h.lines).toEqual([]);
    expect(h.bodyStart).toBe(4);
  });

  it('keeps only leading date lines as header when no paragraph of prose is found', () => {
    const text = '2 May 2024\nshort line one\nshort line two';
    const h = scanHeader(splitLines(text));
    expect(h.lines.map((l) => l.kind)).toEqual(['date']);
    expect(text.slice(h.bodyStart)).toBe('short line one\nshort line two');
  });

  it.each(listDevArticles())('%s: the body starts at the start of a word on a line after the header', (id) => {
    const text = readDevArticle(id);
    const h = scanHeader(splitLines(text));
    expect(text[h.bodyStart]).toMatch(/\p{Lu}|\p{N}/u);
    for (const l of h.lines) expect(l.line.end).toBeLessThanOrEqual(h.bodyStart);
  });
});

describe('house styles beyond the dev corpus', () => {
  it('reads bylines with dates as date lines', () => {
    expect(dateLineDates('By Ana Silva, Andes Wire | March 19, 2024 10:00 AM')?.[0]).toMatchObject({ day: 19, label: null, time: true });
    expect(dateLineDates('Posted by Ana Silva on March 19, 2024')?.[0]?.label).toBe('published');
    expect(dateLineDates('By Ana Silva | Published: 19/03/2024')?.[0]).toMatchObject({ day: 19, month: 3, label: 'published' });
    expect(dateLineDates('10:30 GMT, 19 March 2024')?.[0]).toMatchObject({ day: 19, time: true });
    expect(dateLineDates('March 19, 2024 at 10:00 a.m. EDT')?.[0]).toMatchObject({ day: 19, time: true });
  });

  it('reads datelines ended by an unspaced em dash or, after a date or agency, a colon', () => {
    expect(wireDateline(`CAIRO—${lede}`)).toMatchObject({ text: 'CAIRO' });
    expect(wireDateline(`ABU DHABI, 18th December, 2023 (WAM): ${lede}`)?.date).toMatchObject({ year: 2023, month: 12, day: 18 });
    expect(wireDateline(`WASHINGTON (AP) — ${lede}`)).toMatchObject({ text: 'WASHINGTON (AP)', agency: true });
    expect(wireDateline(`The deal—signed on Friday—covers copper.`)).toBeNull();
    expect(wireDateline(`In 2023: the two sides met twice.`)).toBeNull();
  });
});

describe('furniture of more house styles', () => {
  it('reads a time and zone before the date, and a tagline after a date that opens the line', () => {
    expect(dateLineDates('2:15 p.m. ET, March 3, 2024')?.[0]).toMatchObject({ year: 2024, month: 3, day: 3, time: true });
    expect(dateLineDates('Updated 6:18 PM EDT, March 12, 2024')?.[0]).toMatchObject({ label: 'updated', day: 12 });
    expect(dateLineDates('Thursday, 4 April 2024 — the five stories to read before your first meeting')?.[0]).toMatchObject({ day: 4, weekday: 4 });
    expect(dateLineDates('Nairobi talks collapse on 4 April 2024 as delegates walk out of the hall')).toBeNull();
  });

  it('reads a dated item of a timeline, a sentence after its date, as text, and a time after a date as a date line still', () => {
    expect(dateLineDates('* May 2, 2024 - Ruto sends Samia a message.')).toBeNull();
    expect(dateLineDates('Sept. 16, 2023 — Ruto holds talks with Samia in Dodoma.')).toBeNull();
    expect(dateLineDates('May 5, 2023 | 12:05 a.m.')?.[0]).toMatchObject({ year: 2023, month: 5, day: 5 });
  });

  it('reads a byline closed by a place, and dates in other languages', () => {
    expect(dateLineDates('Statement by the Foreign Ministry spokesperson, Nairobi, May 6, 2024')?.[0]).toMatchObject({ month: 5, day: 6 });
    expect(dateLineDates('Internacional · lunes, 08 de julio de 2024 · 18:47')?.[0]).toMatchObject({ month: 7, day: 8, weekday: 1 });
    expect(dateLineDates('Publicerat fredag 23 februari 2024 kl 16.05')?.[0]).toMatchObject({ label: 'published', day: 23 });
  });

  it('reads datelines that end after their agency with no dash, only when they carry a date', () => {
    expect(wireDateline(`Lima, Jan 21 (Andes Agency) ${lede}`)).toMatchObject({ text: 'Lima, Jan 21 (Andes Agency)', agency: true, places: ['Lima'] });
    expect(wireDateline(`Quito, Jul 8 (EA).- ${lede}`)?.date).toMatchObject({ month: 7, day: 8 });
    expect(wireDateline(`ASTANA, March 31, 2025 /Steppe/. ${lede}`)?.date).toMatchObject({ year: 2025, month: 3, day: 31 });
    expect(wireDateline(`Dakar, December 12/2024 (APS) ${lede}`)?.date).toMatchObject({ year: 2024, month: 12, day: 12 });
    expect(wireDateline(`The Andean Community (CAN) Secretary-General said ${lede}`)).toBeNull();
  });

  it('reads an agency named after the date, and another calendar\'s date before it', () => {
    expect(wireDateline(`KINGSTON, Jamaica, Dec 14, CMC – ${lede}`)).toMatchObject({ agency: true, places: ['KINGSTON', 'Jamaica'], date: expect.objectContaining({ month: 12, day: 14 }) });
    expect(wireDateline(`Muscat, Rajab 12, 1445 AH, January 24, 2024, ONA -- ${lede}`)).toMatchObject({ places: ['Muscat'], date: expect.objectContaining({ year: 2024, month: 1, day: 24 }) });
  });

  it('does not take a sentence opening with a date range for a dateline', () => {
    expect(wireDateline(`On May 30 - May 31, the ministers of Peru and Ghana met in Accra.`)).toBeNull();
  });

  it('keeps reading the header past a consent banner', () => {
    const text = `We use cookies to improve your experience on our site. By continuing to browse you accept our use of cookies and our privacy policy. [OK]\nAndes Monitor\n3 March 2024, 10:00\n\nChile and Vietnam sign trade protocol\n\n${lede}\n`;
    const h = scanHeader(splitLines(text));
    expect(h.lines.map((l) => l.kind)).toEqual(['boilerplate', 'text', 'date', 'text']);
    expect(text.slice(h.bodyStart)).toMatch(/^Chile and Vietnam signed/);
  });
});
