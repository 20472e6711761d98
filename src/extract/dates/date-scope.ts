// Which events of a sentence a date may date. A date in the sentence's main clause dates the sentence; one inside a
// subordinate phrase dates only what that phrase reports: a relative clause (opened by "that" and a passive too, or by
// ", where" after a place) or an
// "including" list ("X met Y, who invited Z to a summit in July"), a participle set off after a name ("X, sworn in on
// Monday, met") or an achievement congratulated on ("on becoming a member in January"), a bound of a period ("the first
// talks since his re-election in May", "by the end of 2023"), a sequence ("before their talks on Saturday", "following
// an agreement reached on Monday"), an earlier event recalled ("recalled their talks on December 7"), or a noun it
// modifies ("on winning the June 3 election", "Tuesday's summit", "the election of 28 July").
import { firstWhere } from '../sorted.js';
import { MONTH, WEEKDAY } from './calendar-words.js';
import type { Span } from '../types.js';

export type ScopeKind =
  /** A relative clause or an "including" list: a side event of someone or something the sentence names. */
  | 'clause'
  /** ", where": a place's relative clause; the story moves on to its day when it tells an event ("is in Fiji, where he held talks yesterday"). */
  | 'setting'
  /** "since", "until", "by": the edge of a period, not a day something happened in the main clause. */
  | 'period'
  /** "after", "before", "three days after": another event, earlier or later than the main clause's. */
  | 'sequence'
  /** "to" and a verb: a purpose or a plan ("efforts to hold the elections in October"), not the main clause's act. */
  | 'purpose'
  /** The date modifies the noun after it. */
  | 'attribute'
  /** "recalled their talks in Moscow on December 7": an earlier event the speaker brings up, no day the story is at. */
  | 'recalled';

export interface DateScope {
  readonly kind: ScopeKind;
  /** The stretch of text whose events the date dates (UTF-16 offsets, end exclusive). */
  readonly span: Span;
}

// Phrases end at a comma, semicolon, colon or dash; parentheses stay inside ("the Congress (CPC) last month").
const PHRASE_BREAK = /[,;:]|\s[-–—]\s|—/g;
const OPENERS: ReadonlyMap<string, ScopeKind> = new Map([
  ['who', 'clause'], ['whom', 'clause'], ['whose', 'clause'], ['which', 'clause'], ['including', 'clause'],
  ['since', 'period'], ['until', 'period'], ['till', 'period'],
  ['after', 'sequence'], ['before', 'sequence'], ['following', 'sequence'],
  ['recalled', 'recalled'], ['recalling', 'recalled'], ['recalls', 'recalled'],
]);
const PASSIVE_BEFORE = /\b(?:be|been|is|was|are|were)\s+$/i;
// "who was in Pristina", "who is in Nairobi": a relative clause that only places its person.
const PRESENCE_AFTER = /^\s+(?:was|is|were|are)\s+(?:in|at)\s+\p{Lu}/u;
const HOUR_AFTER = /^\s+(?:midnight|noon|midday|dawn|daybreak|sunrise|sunset|dusk|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b|GMT|UTC|hours|h\b))/i;
const OPENER_RE = new RegExp(`\\b(?:${[...OPENERS.keys()].join('|')})\\b`, 'gi');
// "congratulated X on (officially) becoming a member on January 6", "on her election in July": an achievement a gerund
// or a possessed noun after "on" tells is another act, with its own day; the noun's only with "in" and its time, or a
// count of days back ("on his inauguration two days earlier"; "on her victory on Sunday" is as often the clause's day,
// and so is one after the means of the act: "on his victory in a telegram on Monday").
// Not "an agreement on building the railway on May 17".
const GERUND_REASON_RE = /\bon\s+(?:\p{Ll}+ly\s+)?(?:becoming|winning|taking|assuming|securing|achieving|joining|being)\b|\bon\s+(?:his|her|their|its)\s+(?:re-?election|election|victory|win|appointment|inauguration|swearing-in)\b(?=\s+in\b(?!\s+an?\b)|\s+(?:\S+\s+){1,2}(?:earlier|before|ago)\b)/gu;
// "a meeting in Riga that was overshadowed by the crash five days earlier": "that" and a passive after a noun open a
// relative clause, whose date is of what it tells; not after a verb ("said that was expected").
const RELATIVE_THAT_RE = /(?<=\b\p{L}+(?<!ed|said|says|saying)\s+)that(?=\s+(?:was|were)\s+\p{Ll}+(?:ed|en)\b)/gu;
// "the annexation that Russia announced on September 30": "that", a named subject and a verb in the past open one too
// (not the present perfect, which takes no day: "the pressure that X has placed on Y on Monday" is judged on Monday).
const RELATIVE_THAT_NAMED_RE = /(?<=\b\p{L}+(?<!ed|said|says|saying)\s+)that(?=\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:had\s+)?\p{Ll}+ed\b)/gu;
// "discussed the Gaza Strip, where a ceasefire came into effect on Sunday": ", where" after a place opens one too.
const PLACE_RELATIVE_RE = /(?<=,\s*)where\b/gu;
// "the drone that came down near X on Saturday": "that" and a verb the tags read as one, after a noun, open one too.
const RELATIVE_THAT_VERB_RE = /(?<=\b\p{L}+(?<!ed|said|says|saying)\s+)that\s+(?=\p{Ll})/gu;
// "X, sworn in only yesterday, is attending": a participle set off after a name tells of that person, as a relative
// clause does.
const NAMED_PARTICIPLE_RE = /\p{Lu}\p{L}*,\s+(?:(?:only|just|newly|recently|first)\s+)?(?:\p{Ll}+ed|sworn|chosen|held|led|(?:fresh|back)\s+(?:from|off))\b/gu;
const VERB_AFTER = /^\s+(?:also\s+)?(?:is|was|are|were|has|had|will|would|\p{Ll}+ed|\p{Ll}+s)\b/u;
// "to" before a word in lower case opens a purpose when that word is a verb, which only the tags can tell ("to hold" as
// against "to talks").
// "on 23 May, when he held talks", "on 23 May, during which he held talks", "on 23 May, where he met": a clause right after
// a date tells what happened on it.
const WHEN_AFTER = /\s*,?\s*(?:when|(?:during|at|in)\s+which)\b|\s*,\s*where\b/iy;
const PARTICIPLE_AFTER = /\s*,\s*\p{Ll}+ing\b/uy;
const TO_WORD = /\bto\s+(?=\p{Ll})/gu;
const WORD_AT = /^\p{L}+/u;
const NOUN_OF = /\b(\p{Ll}{3,})\s+of\s+$/u;
// A noun a possessive or a possessor owns right before a date ("Israel's decision on Sunday to"), and "to" and a word after it.
const OWNED_NOUN = /(?:['’]s|\b(?:its|their|his|her))\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,}\s+(?:on\s+)?)$/u;
const TO_VERB = /^\s+to\s+(\p{Ll}+)/u;
// A possessed act noun and the place it was done to or in, a few words: "Russia's strike on the port of Odesa ".
const OWNED_ACT = /['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,})\s+(?:on|in|at|against|near|off|over|into)\s+(?:[\p{L}'’-]+\s+){1,5}$/u;
const ACT_TAIL = 70;
// A verb in the present, third person: "deplores", "condemns" (not "discuss", "was").
const PRESENT_THIRD = /^(?!does\b)\p{Ll}{2,}[^s\s]s\b/u;
// "on the morning of", "the night of", "at the end of": the date is the day of the clause all the same.
const TIME_NOUNS = /^(?:part|rest|most|much|half|morning|afternoon|evening|night|day|eve|week|weekend|end|beginning|start|middle|course|sidelines|margins|occasion|anniversary|date|dawn|midday|noon|hours|days|weeks|months)$/;
const WORD_BEFORE = /(\p{L}+)\s+$/u;
// "on the Independence Day of Georgia, marked on 26 May": the day an occasion is kept on, set off after it, tells which
// occasion it is ("X and Y marked on Monday the anniversary" is their act's day).
const OCCASION_DAY = /,\s*(?:marked|celebrated|observed|commemorated)\s+(?:annually\s+|each\s+year\s+|every\s+year\s+)?(?:on\s+)?$/i;
// "by" bounds a period only right before the date, or before "the end of" and the like; elsewhere it names an agent.
const BY_DEADLINE = /\bby\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
// The words before a date that tell an attribute or a deadline ("the June 3 election", "by the end of 2023") fit
// in this many characters.
const TAIL = 40;
// How many lower-case words may follow the first word after a date that modifies a noun ("Tuesday's coordinated
// recognition"): the noun and its modifiers.
const ATTRIBUTE_MODIFIERS = 2;
// A noun follows a date that modifies it: not a preposition, conjunction or pronoun.
const NOT_A_NOUN = /^(?:and|or|but|to|in|at|on|of|for|with|by|from|as|when|while|after|before|that|which|who|until|than|is|was|were|are|he|she|they|it|we|i|you)$/i;

// A comma followed by names up to "and" or "or" and one more name, with commas between: a list's comma.
const NAME = `\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}`;
const LIST_COMMA = new RegExp(`,\\s+${NAME}(?:,\\s+${NAME})*,?\\s+(?:and|or)\\s+\\p{Lu}`, 'uy');
// The comma follows a name; a weekday, month or number before it ends a date instead: "On Monday, A and B met".
const NAME_BEFORE = /\p{Lu}[\p{L}'-]*$/u;
const TEMPORAL_BEFORE = new RegExp(`(?:\\b${WEEKDAY}|\\b${MONTH}\\.?|\\d)\\s*$`, 'i');

/** Whether the comma at `at` of `slice` is one of a list of names ("A, B and C"): read from its own place, no copies. */
function listComma(slice: string, at: number): boolean {
  LIST_COMMA.lastIndex = at;
  if (!LIST_COMMA.test(slice)) return false;
  const before = slice.slice(Math.max(0, at - TAIL), at);
  return NAME_BEFORE.test(before) && !TEMPORAL_BEFORE.test(before);
}

/** Reads the scope of each date in one sentence; the sentence's phrase breaks are found once. */
export interface ScopeReader {
  /** The scope of the date at `at`, or undefined when it dates the sentence's main clause. */
  scopeOf(at: Span): DateScope | undefined;
  /** Nothing but spaces and punctuation follows `offset` in the sentence. */
  endsSentence(offset: number): boolean;
  /** The phrase around `at`: from the comma, semicolon, colon or dash before it to the next one, or the sentence's ends. */
  phraseOf(at: Span): Span;
}

/**
 * `verbs()`: where the sentence's verbs start, in text order; asked for only when a word after "to" stands before a
 * date.
 */
export function scopeReader(text: string, sentence: Span, verbs?: () => readonly number[], actNouns?: ReadonlySet<string>): ScopeReader {
  const slice = text.slice(sentence.start, sentence.end);
  const breaks: { start: number; end: number }[] = [];
  PHRASE_BREAK.lastIndex = 0;
  for (let m = PHRASE_BREAK.exec(slice); m !== null; m = PHRASE_BREAK.exec(slice)) {
    // "after Spain, Ireland and Norway did so on May 28": a comma inside a list of names is no phrase break.
    if (m[0] === ',' && listComma(slice, m.index)) continue;
    breaks.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  const openers: { kind: ScopeKind; start: number }[] = [];
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(slice); m !== null; m = OPENER_RE.exec(slice)) {
    const kind = OPENERS.get(m[0].toLowerCase())!;
    // "It will be recalled that on March 13, A and B signed": a formula that tells the event itself.
    if (kind === 'recalled' && PASSIVE_BEFORE.test(slice.slice(Math.max(0, m.index - TAIL), m.index))) continue;
    // "shortly before midnight on Wednesday", "just after 9 a.m.": an hour of the day the date is the day of.
    if (kind === 'sequence' && HOUR_AFTER.test(slice.slice(m.index + m[0].length))) continue;
    // "X, who was in Pristina on Tuesday, held talks with Y": where the subject was that day is where it acted.
    if (kind === 'clause' && PRESENCE_AFTER.test(slice.slice(m.index + m[0].length))) continue;
    openers.push({ kind, start: sentence.start + m.index });
  }
  const read = openers.length;
  // Each match of a pattern opens a scope of its kind where it starts.
  const openAt = (re: RegExp, kind: ScopeKind): void => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) openers.push({ kind, start: sentence.start + m.index });
  };
  openAt(GERUND_REASON_RE, 'clause');
  openAt(RELATIVE_THAT_RE, 'clause');
  openAt(PLACE_RELATIVE_RE, 'setting');
  openAt(RELATIVE_THAT_NAMED_RE, 'clause');
  // Where relative clauses open whose pronoun is their subject: a participle after their closing comma is the main
  // clause's ("the drone that came down on Saturday, calling it a provocation").
  const subjectRelatives = new Set<number>();
  if (verbs) {
    RELATIVE_THAT_VERB_RE.lastIndex = 0;
    for (let m = RELATIVE_THAT_VERB_RE.exec(slice); m !== null; m = RELATIVE_THAT_VERB_RE.exec(slice)) {
      const start = sentence.start + m.index;
      if (!verbs().includes(start + m[0].length) || openers.some((o) => o.start === start)) continue;
      openers.push({ kind: 'clause', start });
      subjectRelatives.add(start);
    }
  }
  NAMED_PARTICIPLE_RE.lastIndex = 0;
  for (let m = NAMED_PARTICIPLE_RE.exec(slice); m !== null; m = NAMED_PARTICIPLE_RE.exec(slice)) {
    // Only set off on both sides, the sentence's verb after it: a participle may also be the main verb ("the
    // chairperson, X, welcomed the accord") or tell of a noun before the name ("his meeting with X, held in Y on
    // October 23, 2024, on").
    const close = slice.indexOf(',', m.index + m[0].length);
    if (close >= 0 && VERB_AFTER.test(slice.slice(close + 1))) openers.push({ kind: 'clause', start: sentence.start + m.index + m[0].indexOf(',') + 1 });
  }
  if (openers.length > read) openers.sort((a, b) => a.start - b.start);
  // Where each "to" stands, by the start of the word after it.
  const tos = new Map<number, number>();
  if (verbs) {
    TO_WORD.lastIndex = 0;
    for (let m = TO_WORD.exec(slice); m !== null; m = TO_WORD.exec(slice)) {
      // "face to face", "day to day": a word repeated around "to" is no infinitive.
      const next = WORD_AT.exec(slice.slice(m.index + m[0].length))?.[0];
      const previous = WORD_BEFORE.exec(slice.slice(Math.max(0, m.index - TAIL), m.index))?.[1];
      if (next !== undefined && next.toLowerCase() === previous?.toLowerCase()) continue;
      tos.set(sentence.start + m.index + m[0].length, sentence.start + m.index);
    }
  }
  // A purpose opens the date's phrase when its verb is the last one before the date ("to help X under a treaty signed
  // last night": the signing has the night).
  const purposeBefore = (at: Span): number | undefined => {
    if (tos.size === 0) return undefined;
    const starts = verbs!();
    const verb = starts[firstWhere(starts.length, (i) => starts[i]! >= at.start) - 1];
    return verb === undefined ? undefined : tos.get(verb);
  };
  let contentEnd: number | undefined;
  const phraseAround = (at: Span): Span => {
    const before = firstWhere(breaks.length, (i) => breaks[i]!.end > at.start);
    const after = breaks[firstWhere(breaks.length, (i) => breaks[i]!.start >= at.end)];
    return { start: before > 0 ? breaks[before - 1]!.end : sentence.start, end: after?.start ?? sentence.end };
  };
  const scopeOf = (at: Span): DateScope | undefined => {
    const phrase = phraseAround(at);
    const after = text.slice(at.end, Math.min(phrase.end, at.end + TAIL));
    const tailStart = Math.max(phrase.start, at.start - TAIL);
    const lead = text.slice(tailStart, at.start);
    // A demonym or name or two may stand between: "the April 1 Israeli air strike".
    const noun = /^(?:'s|’s)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{L}[\p{L}-]*)/u.exec(after);
    // ... after an article or a possessor: "the June 3 election", "North Korea's October test".
    if (noun && !NOT_A_NOUN.test(noun[1]!) && (/^(?:'s|’s)/u.test(after) || (/(?:\b(?:the|a|an)|['’]s)\s+$/iu.test(lead) && /^\p{Ll}/u.test(noun[1]!)))) {
      // ... with the words that modify it: "last Tuesday's coordinated recognition of X".
      let end = at.end + noun[0].length;
      for (let n = 0; n < ATTRIBUTE_MODIFIERS; n++) {
        const word = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end, phrase.end));
        if (!word || NOT_A_NOUN.test(word[1]!) || /^(?:the|a|an)$/.test(word[1]!)) break;
        end += word[0].length;
      }
      return { kind: 'attribute', span: { start: at.start, end } };
    }
    // "condemned X's decision on Sunday to halt aid": a day between a possessed noun and the verb it takes is the noun's.
    const owned = OWNED_NOUN.exec(lead);
    const to = owned ? TO_VERB.exec(after) : null;
    if (owned && to && verbs?.().includes(at.end + to[0].length - to[1]!.length) && !verbs().includes(tailStart + owned.index + owned[0].length - owned[1]!.length)) {
      return { kind: 'attribute', span: { start: tailStart + owned.index, end: at.end } };
    }
    // "deplores Russia's strike on the port of Odesa on Monday": a day after a party's act and the place it struck, no
    // verb between nor right after, is the act's when the verb before it speaks in the present ("condemned X's
    // offensive in Gaza on Saturday" may be Saturday's condemnation).
    const act = actNouns && verbs ? OWNED_ACT.exec(text.slice(Math.max(phrase.start, at.start - ACT_TAIL), at.start)) : null;
    if (act && actNouns!.has(act[1]!.toLowerCase())) {
      const from = at.start - act[0].length + act[0].indexOf(act[1]!);
      const next = /^\s*/.exec(text.slice(at.end, at.end + TAIL))![0].length + at.end;
      const starts = verbs!();
      const governing = starts[firstWhere(starts.length, (i) => starts[i]! >= from) - 1];
      const present = governing !== undefined && PRESENT_THIRD.test(text.slice(governing, governing + TAIL));
      if (present && !starts.some((v) => v >= from && v < at.start || v === next)) return { kind: 'attribute', span: { start: from, end: at.end } };
    }
    // "the presidential election of 28 July": a date after a noun and "of" tells which one, not a day of the clause.
    const of = NOUN_OF.exec(lead);
    if (of && !TIME_NOUNS.test(of[1]!)) return { kind: 'attribute', span: { start: tailStart + of.index, end: at.end } };
    if (OCCASION_DAY.test(text.slice(Math.max(sentence.start, at.start - TAIL), at.start))) {
      return { kind: 'attribute', span: { start: phrase.start + (/^\s*/.exec(text.slice(phrase.start, at.start))?.[0].length ?? 0), end: at.end } };
    }
    const by = BY_DEADLINE.exec(lead);
    if (by) return { kind: 'period', span: { start: tailStart + by.index, end: phrase.end } };
    // The opener nearest before the date, inside its phrase.
    const opener = openers[firstWhere(openers.length, (k) => openers[k]!.start >= at.start) - 1];
    const purpose = purposeBefore(at);
    const nearest = purpose !== undefined && (!opener || purpose > opener.start) ? { kind: 'purpose' as const, start: purpose } : opener;
    return nearest && nearest.start >= phrase.start ? { kind: nearest.kind, span: { start: nearest.start, end: phrase.end } } : undefined;
  };
  return {
    phraseOf: phraseAround,
    endsSentence: (offset) => offset >= (contentEnd ??= sentence.start + slice.replace(/[\s\p{P}]+$/u, '').length),
    scopeOf(at) {
      const scope = scopeOf(at);
      // "Y, whom X received on Monday, assuring him of support": a participle right after a relative clause goes on with it.
      PARTICIPLE_AFTER.lastIndex = scope?.span.end ?? 0;
      if (scope?.kind === 'clause' && !subjectRelatives.has(scope.span.start) && PARTICIPLE_AFTER.test(text) && PARTICIPLE_AFTER.lastIndex <= sentence.end) {
        return { kind: scope.kind, span: { start: scope.span.start, end: phraseAround({ start: PARTICIPLE_AFTER.lastIndex, end: PARTICIPLE_AFTER.lastIndex }).end } };
      }
      // "since June 25, when he held talks": what the "when" clause tells happened on the date, wherever the date stands.
      WHEN_AFTER.lastIndex = at.end;
      if (!scope || scope.kind === 'attribute' || !WHEN_AFTER.test(text) || WHEN_AFTER.lastIndex > sentence.end) return scope;
      // After a relative clause ("a courtship that began on May 1, when A, on his first visit, held talks with B") the
      // "when" clause runs on past its asides to the sentence's end.
      if (subjectRelatives.has(scope.span.start)) return { kind: scope.kind, span: { start: scope.span.start, end: sentence.end } };
      return { kind: scope.kind, span: { start: scope.span.start, end: Math.max(scope.span.end, phraseAround({ start: WHEN_AFTER.lastIndex, end: WHEN_AFTER.lastIndex }).end) } };
    },
  };
}
