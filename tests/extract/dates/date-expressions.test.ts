import { describe, expect, it } from 'vitest';
import { findDateExpressions, type DateContext } from '../../../src/extract/dates/date-expressions.js';

const dates = (text: string, published: string, context: DateContext = {}) =>
  findDateExpressions(text, { start: 0, end: text.length }, published, context).map((d) => [text.slice(d.span.start, d.span.end), d.date, d.precision]);

/** Each date with the words it may date when it sits in a subordinate phrase. */
const scoped = (text: string, published: string) =>
  findDateExpressions(text, { start: 0, end: text.length }, published)
    .map((d) => [text.slice(d.span.start, d.span.end), d.date, d.scope ? `${d.scope.kind}: ${text.slice(d.scope.span.start, d.scope.span.end)}` : 'main clause']);

describe('date expressions, resolved backwards from publication', () => {
  it('reads a day by its number alone, as said aloud, and a weekday with it, not a floor or a century', () => {
    expect(dates('I spoke with her on the 7th, two days after the vote.', '2024-11-24').slice(0, 1)).toEqual([['the 7th', '2024-11-07', 'day']]);
    expect(dates('I saw him in Lima on Saturday the 16th, at the summit.', '2024-11-24')).toEqual([['Saturday the 16th', '2024-11-16', 'day']]);
    // The last 30th before publication; a weekday that fits no recent month gives no day.
    expect(dates('We met on the 30th.', '2024-11-24')).toEqual([['the 30th', '2024-10-30', 'day']]);
    expect(dates('We met on Monday the 31st.', '2024-11-24')).toEqual([]);
    expect(dates('We met on the 7th floor.', '2024-11-24')).toEqual([]);
    expect(dates('Ties date from the 19th century.', '2024-11-24')).toEqual([]);
  });

  it('takes a weekday as the last such day on or before publication', () => {
    expect(dates('They met on Monday.', '2023-09-05')).toEqual([['on Monday', '2023-09-04', 'day']]);
    expect(dates('They met on Tuesday.', '2024-03-19')).toEqual([['on Tuesday', '2024-03-19', 'day']]);
    expect(dates('They met on Friday.', '2025-01-18')).toEqual([['on Friday', '2025-01-17', 'day']]);
    expect(dates('They spoke last Thursday.', '2023-09-05')).toEqual([['last Thursday', '2023-08-31', 'day']]);
    // "last Monday" written on a Tuesday is a week before the day before ("yesterday" or "on Monday" would say that).
    expect(dates('They spoke last Monday.', '2023-09-05')).toEqual([['last Monday', '2023-08-28', 'day']]);
    expect(dates('They spoke last Sunday.', '2023-09-05')).toEqual([['last Sunday', '2023-09-03', 'day']]);
    expect(dates('Bolivia formally became this Monday a full member.', '2021-07-07')).toEqual([['this Monday', '2021-07-05', 'day']]);
    expect(dates('The two ministers spoke late Wednesday night.', '2019-05-02')).toEqual([['Wednesday night', '2019-05-01', 'day']]);
  });

  it('reads a weekday alone only written in full', () => {
    expect(dates('The two men sat down for talks.', '2023-03-10')).toEqual([]);
    expect(dates('They met on Sat. 4 March.', '2023-03-10')).toEqual([['on Sat. 4 March', '2023-03-04', 'day']]);
  });

  it('reads parts of today as today', () => {
    expect(dates('The leaders held talks in Bangkok this afternoon.', '2023-04-04')).toEqual([['this afternoon', '2023-04-04', 'day']]);
    expect(dates('The president will speak tonight.', '2023-04-04')).toEqual([['tonight', '2023-04-04', 'day']]);
  });

  it('reads last night as the day before publication', () => {
    expect(dates('The accord was initialled in Suva last night by both foreign ministers.', '2024-05-09')).toEqual([['last night', '2024-05-08', 'day']]);
  });

  it('puts a month and day without a year in the past', () => {
    expect(dates('The deal was signed on December 8.', '2023-03-11')).toEqual([['December 8', '2022-12-08', 'day']]);
    expect(dates('It was signed in March.', '2024-01-20')).toEqual([['March', '2023-03-01', 'month']]);
    expect(dates('The envoys met on the night of September 13.', '2021-10-02')).toEqual([['September 13', '2021-09-13', 'day']]);
  });

  it('reads a month right after "for" as one to come, no day anything happened on ("a referendum for September")', () => {
    expect(dates('The leaders welcomed his announcement of a referendum for September.', '2025-04-29')).toEqual([]);
    expect(dates('The leaders welcomed his announcement in September.', '2025-04-29')).toEqual([['September', '2024-09-01', 'month']]);
  });

  it('gives a month and day the year that follows it, and reads last month and this year', () => {
    expect(dates('She received him in Lima on May 29 last year.', '2022-07-31')).toEqual([['May 29 last year', '2021-05-29', 'day']]);
    expect(dates('They met in Geneva last month.', '2022-07-31')).toEqual([['last month', '2022-06-01', 'month']]);
    expect(dates('They met in Geneva last month.', '2022-01-12')).toEqual([['last month', '2021-12-01', 'month']]);
    expect(dates('The ministers met earlier this year.', '2022-07-31')).toEqual([['this year', '2022-01-01', 'year']]);
    expect(dates('The ministers met last week.', '2022-07-31')).toEqual([]);
  });

  it('keeps stated dates and years', () => {
    expect(dates('They first met on Oct. 11, 2024, in Ashgabat.', '2025-01-17')).toEqual([['Oct. 11, 2024', '2024-10-11', 'day']]);
    expect(dates('Relations were cut in 2016.', '2023-03-10')).toEqual([['2016', '2016-01-01', 'year']]);
  });

  it('ends a date at a dash set off by spaces ("11 August 2022 - Four days after ...")', () => {
    expect(dates('11 August 2022 - Four days after the inauguration, the two ministers met in Cucuta.', '2023-04-26')[0]).toEqual(['11 August 2022', '2022-08-11', 'day']);
  });

  it('reads no day in a stay of several days', () => {
    expect(dates('The king is in Paris on a state visit (June 3-5, 2024).', '2024-06-04')).toEqual([]);
    expect(dates('The premier toured the region from 10 to 14 March 2025.', '2025-03-14')).toEqual([]);
    expect(dates('The premier toured the region on 10 March 2025.', '2025-03-14')).toEqual([['on 10 March 2025', '2025-03-10', 'day']]);
  });

  it('reads no day in a count of seconds, minutes or hours ("in a second round", "in an hour")', () => {
    expect(dates('Parliament chose the chancellor on Wednesday in a second round of voting.', '2025-05-08')).toEqual([['on Wednesday', '2025-05-07', 'day']]);
    expect(dates('On Friday the envoy said talks would resume in an hour or in a few minutes.', '2025-05-10')).toEqual([['On Friday', '2025-05-09', 'day']]);
  });

  it('never gives a day after publication', () => {
    expect(dates('Voters will go to the polls on December 17, 2023.', '2023-12-06')).toEqual([]);
    expect(dates('The talks will take place the following day.', '2023-12-06')).toEqual([]);
  });

  it('keeps the year the paragraph has reached for a month and day without one, while the story moves forward', () => {
    const context = { year: 2016, reached: '2016-06-01' };
    expect(dates('He met the emir on June 12 and the king the following day.', '2019-07-08', context))
      .toEqual([['June 12', '2016-06-12', 'day'], ['the following day', '2016-06-13', 'day']]);
    expect(dates('On March 8, 2017, he signed one pact, and on July 17 another.', '2020-02-01'))
      .toEqual([['March 8, 2017', '2017-03-08', 'day'], ['July 17', '2017-07-17', 'day']]);
    expect(dates('In 2016 he met the emir on June 12.', '2019-07-08')).toEqual([['2016', '2016-01-01', 'year'], ['June 12', '2016-06-12', 'day']]);
    // Back in the paragraph's year the story would go backwards: the date is read as usual.
    expect(dates('Parliament approved it on Jan. 23.', '2024-03-07', { year: 2022, reached: '2022-05-01' })).toEqual([['Jan. 23', '2024-01-23', 'day']]);
  });
});

describe('days counted from another day', () => {
  it('counts back from the clause\'s day to the event after "three days after"', () => {
    expect(dates('Parliament voted on Feb. 26, three days after the premier flew to Vienna for talks.', '2024-03-07'))
      .toEqual([['Feb. 26', '2024-02-26', 'day'], ['three days after', '2024-02-23', 'day']]);
    expect(dates('The summit came a day after the presidents held talks.', '2022-09-16', { current: () => '2022-09-16' }))
      .toEqual([['a day after', '2022-09-15', 'day']]);
  });

  it('counts from the last day stated for "the same day", "two days later" and "that same Sunday"', () => {
    const context = { previous: '2025-01-26' };
    expect(dates('The same day, the foreign ministers met in Addis Ababa.', '2025-03-19', context)).toEqual([['The same day', '2025-01-26', 'day']]);
    expect(dates('Two days later the ministers met again.', '2025-03-19', context)).toEqual([['Two days later', '2025-01-28', 'day']]);
    expect(dates('At an emergency session that same Sunday, three states condemned the attack.', '2025-03-19', context))
      .toEqual([['that same Sunday', '2025-01-26', 'day']]);
    expect(dates('They had spoken by telephone the previous night.', '2025-03-19', context)).toEqual([['the previous night', '2025-01-25', 'day']]);
  });

  it('counts "the same day" from a day named in a relative clause too', () => {
    expect(dates('He thanked the envoy, whom he had received on March 3. That same day the two ministers spoke.', '2025-03-19'))
      .toEqual([['March 3', '2025-03-03', 'day'], ['That same day', '2025-03-03', 'day']]);
  });

  it('reads no day in "the last days of", "the last day of" or "the past few days"', () => {
    // chrono reads a sentence only when something in it may be a date: here, the day each states.
    expect(dates('On March 7 the two leaders met in Mecca during the last days of Ramadan.', '2025-03-19')).toEqual([['March 7', '2025-03-07', 'day']]);
    expect(dates('They spoke again on March 12, the last day of the summit.', '2025-03-19')).toEqual([['March 12', '2025-03-12', 'day']]);
    expect(dates('The envoys have talked often over the past few days, most recently on Monday.', '2025-03-19')).toEqual([['on Monday', '2025-03-17', 'day']]);
  });

  it('dates "on the day it happened" by the act named just before it', () => {
    expect(dates('Both governments denounced the March 4 shelling on the day it happened, and their envoys met on Friday.', '2025-03-19'))
      .toEqual([['March 4', '2025-03-04', 'day'], ['the day it happened', '2025-03-04', 'day'], ['on Friday', '2025-03-14', 'day']]);
  });

  it('does not count "the same day" from the day a span of time runs from', () => {
    expect(dates('The ministers met on March 10, and the mission has run since March 3. That same day the two ministers spoke.', '2025-03-19'))
      .toEqual([['March 10', '2025-03-10', 'day'], ['March 3', '2025-03-03', 'day'], ['That same day', '2025-03-10', 'day']]);
  });

  it('does not count "the same day" from the day a count back from the clause gives what its phrase names', () => {
    expect(dates('I spoke to the minister on 6 November, the day after the vote, and the president called her the same day.', '2024-11-14').map(([q, d]) => `${q} ${d}`))
      .toEqual(['on 6 November 2024-11-06', 'the day after 2024-11-05', 'the same day 2024-11-06']);
  });

  it('counts back from publication for "ago", to the day only when it is exact', () => {
    expect(dates('Exactly five years ago, the two presidents signed the treaty.', '2024-09-03')).toEqual([['Exactly five years ago', '2019-09-03', 'day']]);
    expect(dates('Five years ago, the two presidents signed the treaty.', '2024-09-03')).toEqual([['Five years ago', '2019-01-01', 'year']]);
  });

  it('counts from a day named in a "before" phrase, and gives way to a date that restates the count', () => {
    expect(dates('They watched the match before the final on March 9, and held their summit the next day.', '2023-12-29'))
      .toEqual([['March 9', '2023-03-09', 'day'], ['the next day', '2023-03-10', 'day']]);
    expect(dates('They held their summit the next day, March 10.', '2023-12-29', { previous: '2023-01-25' })).toEqual([['March 10', '2023-03-10', 'day']]);
  });

  it('gives no day for a count that is not exact', () => {
    expect(dates('They spoke less than two weeks before the invasion.', '2025-02-12')).toEqual([]);
  });
});

describe('which events a date may date', () => {
  it('keeps a relative clause\'s or an "including" list\'s date inside it', () => {
    expect(scoped('On Tuesday he met the prime minister, who invited leaders to a summit in July.', '2023-01-25')).toEqual([
      ['On Tuesday', '2023-01-24', 'main clause'],
      ['July', '2022-07-01', 'clause: who invited leaders to a summit in July.'],
    ]);
    expect(scoped('The ministers condemned the missile tests, including the launch on October 4 that overflew the islands.', '2022-10-22')).toEqual([
      ['October 4', '2022-10-04', 'clause: including the launch on October 4 that overflew the islands.'],
    ]);
  });

  it('reads "since", "until" and "by" as the edge of a period', () => {
    expect(scoped('They held talks, their first since the government fell last August.', '2025-04-04'))
      .toEqual([['August', '2024-08-01', 'period: since the government fell last August.']]);
    expect(scoped('It was the first such summit since 2014.', '2023-01-10')).toEqual([['2014', '2014-01-01', 'period: since 2014.']]);
    expect(scoped('They told officials to finish the deal by the end of 2023.', '2023-05-24')).toEqual([['2023', '2023-01-01', 'period: by the end of 2023.']]);
    expect(scoped('The summit was hosted by the emir on Tuesday.', '2023-05-24')).toEqual([['on Tuesday', '2023-05-23', 'main clause']]);
  });

  it('gives a date in a phrase of its own the "when" clause that follows it', () => {
    expect(scoped('He has not been seen since June 25, when he held talks with the envoy, officials said.', '2023-07-26'))
      .toEqual([['June 25', '2023-06-25', 'period: since June 25, when he held talks with the envoy']]);
  });

  it('keeps "before" and "after" phrases to themselves', () => {
    expect(scoped('The two leaders walked through the park before their talks on Saturday.', '2022-10-23'))
      .toEqual([['on Saturday', '2022-10-22', 'sequence: before their talks on Saturday.']]);
    expect(scoped('a day after the summit', '2022-09-16')).toEqual([['a day after', '2022-09-15', 'sequence:  the summit']]);
    // A list's commas stay inside the phrase; a date's own comma does not.
    expect(scoped('Chile recognised it on June 4, after Peru, Bolivia and Ecuador did so on May 28.', '2024-06-10'))
      .toEqual([['June 4', '2024-06-04', 'main clause'], ['May 28', '2024-05-28', 'sequence: after Peru, Bolivia and Ecuador did so on May 28.']]);
    expect(scoped('On Monday, Peru and Chile met after their talks on Sunday.', '2024-06-10'))
      .toEqual([['On Monday', '2024-06-10', 'main clause'], ['on Sunday', '2024-06-09', 'sequence: after their talks on Sunday.']]);
  });

  it('keeps the day of an achievement congratulated on ("on becoming a member on January 6") to it, not of an agreement\'s subject', () => {
    expect(scoped('At the talks, she congratulated Ghana on officially becoming a member on January 6.', '2025-03-10'))
      .toEqual([['January 6', '2025-01-06', 'clause: on officially becoming a member on January 6.']]);
    expect(scoped('They signed the agreement on building the railway on May 17.', '2025-06-10')).toEqual([['May 17', '2025-05-17', 'main clause']]);
    expect(scoped('She congratulated the president on her election in July.', '2025-09-10')).toEqual([['July', '2025-07-01', 'clause: on her election in July.']]);
    // "in a" after it tells the means of the act, not when the achievement was: the day is the clause's.
    expect(scoped('She congratulated the president on her election in a telegram on Monday.', '2025-09-10')).toEqual([['on Monday', '2025-09-08', 'main clause']]);
    expect(scoped('She spoke with the president on Friday, congratulating him on his inauguration two days earlier.', '2025-06-10').map(([, , scope]) => scope))
      .toEqual(['main clause', 'clause: on his inauguration two days earlier.']);
  });

  it('keeps the day after "following" to what it names', () => {
    expect(scoped('It would be their first talks in years, following an agreement reached on Monday.', '2024-10-22').map(([, , scope]) => scope))
      .toEqual(['sequence: following an agreement reached on Monday.']);
  });

  it('keeps the day a relative clause opened by "that" and a passive tells to it, and "said that" opens none', () => {
    expect(scoped('The presidents met on Wednesday at a summit in Riga that was overshadowed by a crash five days earlier.', '2024-09-12').map(([, , scope]) => scope))
      .toEqual(['main clause', 'clause: that was overshadowed by a crash five days earlier.']);
    expect(scoped('The minister said that was agreed on Monday.', '2024-09-12').map(([, , scope]) => scope)).toEqual(['main clause']);
  });

  it('keeps the day of an event recalled to it, and reads "it will be recalled that on March 13" as the main clause\'s', () => {
    expect(scoped('Putin recalled his talks with Raisi in Moscow on December 7, 2023.', '2024-02-12'))
      .toEqual([['December 7, 2023', '2023-12-07', 'recalled: recalled his talks with Raisi in Moscow on December 7, 2023.']]);
    expect(scoped('It will be recalled that on March 13, the two presidents signed the treaty.', '2025-03-31'))
      .toEqual([['March 13', '2025-03-13', 'main clause']]);
  });

  it('gives a date that modifies a noun to that noun alone', () => {
    expect(scoped('She congratulated him on winning the June 3 election.', '2025-06-10')).toEqual([['June 3', '2025-06-03', 'attribute: June 3 election']]);
    expect(scoped("Wednesday's call was the first in two years.", '2025-02-13')).toEqual([['Wednesday', '2025-02-12', "attribute: Wednesday's call"]]);
    // ... with the words that modify it, up to a preposition.
    expect(scoped("The move follows Wednesday's long-delayed formal recognition of the island by Peru.", '2025-02-13'))
      .toEqual([['Wednesday', '2025-02-12', "attribute: Wednesday's long-delayed formal recognition"]]);
  });

  it('gives the day an occasion is kept on, set off after it, to the occasion ("National Day, celebrated on 2 December")', () => {
    expect(scoped('He greeted them on their National Day, celebrated on 2 December.', '2025-12-04')).toEqual([['on 2 December', '2025-12-02', 'attribute: celebrated on 2 December']]);
    // Not a verb of the main clause: "marked on Monday the anniversary" is the day the clause tells.
    expect(scoped('The two states marked on Monday the anniversary of their ties.', '2025-12-04')).toEqual([['on Monday', '2025-12-01', 'main clause']]);
  });

  it('reads a weekday after words of what is to come as a day to come, not the last such day', () => {
    expect(dates('Technical talks resume on Friday, and the envoy is expected in Nairobi on Saturday.', '2024-08-22')).toEqual([]);
    expect(dates('Technical talks resumed on Friday.', '2024-08-22')).toEqual([['on Friday', '2024-08-16', 'day']]);
    // Words of the future in another clause do not reach it.
    expect(dates('The envoy, who will travel to Nairobi next week, met the minister on Monday.', '2024-08-22')).toEqual([['on Monday', '2024-08-19', 'day']]);
    // "'ll" is "will"; a weekday joined by ", and" to one to come is to come too.
    expect(dates("We'll be back early on Friday for the closing session.", '2024-08-22')).toEqual([]);
    expect(dates('The president will hold talks with the envoy on Friday, and with the minister on Saturday.', '2024-08-22')).toEqual([]);
    expect(dates('The president held talks with the envoy on Monday, and with the minister on Tuesday.', '2024-08-22').map(([, d]) => d)).toEqual(['2024-08-19', '2024-08-20']);
  });

  it('ignores spans of time', () => {
    expect(dates('the deal is valid for 120 days', '2022-07-22')).toEqual([]);
  });

  it('reads a run-on sentence far longer than chrono is given at once, each date whole', () => {
    const found = dates('they met on October 22, 2024 and again '.repeat(200), '2025-01-01');
    expect(found).toHaveLength(200);
    expect(new Set(found.map(([text, date, precision]) => `${text} ${date} ${precision}`))).toEqual(new Set(['October 22, 2024 2024-10-22 day']));
  });
});

describe('a month and day without a year, on a day only leap years have', () => {
  it('never turns February 29 into March 1: the last leap day before publication, or the year its weekday gives', () => {
    expect(dates('The two envoys met on February 29.', '2024-02-20')).toEqual([['February 29', '2020-02-29', 'day']]);
    expect(dates('The two envoys met on February 29.', '2024-03-04')).toEqual([['February 29', '2024-02-29', 'day']]);
    // Thursday, February 29 is 2024's, after publication: a plan, no day of a reported event.
    expect(dates('The minister will travel to Nairobi on Thursday, February 29.', '2024-02-20')).toEqual([]);
  });

  it('takes the year a written weekday agrees with', () => {
    expect(dates('The ministers met on Monday, December 26.', '2023-01-03')).toEqual([['on Monday, December 26', '2022-12-26', 'day']]);
    expect(dates('The ministers will meet on Tuesday, December 26.', '2023-12-20')).toEqual([]);
  });
});

describe('relative days inside a quotation', () => {
  it('counts "yesterday" and "today" from the day the story is at, when the words were said', () => {
    const text = '"Yesterday we met in Lima, and today we signed the accord," the minister said.';
    expect(dates(text, '2023-05-12', { current: () => '2023-05-11' as never })).toEqual([['Yesterday', '2023-05-10', 'day'], ['today', '2023-05-11', 'day']]);
    // Outside the quotation they stay the article's.
    expect(dates('The minister said yesterday that "the talks went well".', '2023-05-12', { current: () => '2023-05-11' as never })).toEqual([['yesterday', '2023-05-11', 'day']]);
  });
});

describe('days counted back from publication in words', () => {
  it('reads "the day before yesterday" and a weekday of last week', () => {
    expect(dates('The envoys met the day before yesterday.', '2024-03-08')).toEqual([['the day before yesterday', '2024-03-06', 'day']]);
    expect(dates('The envoys met on Tuesday last week.', '2024-03-08')).toEqual([['on Tuesday last week', '2024-02-27', 'day']]);
    expect(dates('The envoys met on Sunday last week.', '2024-03-06')).toEqual([['on Sunday last week', '2024-03-03', 'day']]);
  });
});
