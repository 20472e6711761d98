// Which events of a sentence a date may date. A date in the sentence's main clause dates the sentence; one
// inside a subordinate phrase dates only what that phrase reports: a relative clause or an "including" list
// ("X met Y, who invited Z to a summit in July"), a bound of a period ("the first talks since his
// re-election in May", "by the end of 2023"), a sequence ("before their talks on Saturday"), or a noun it
// modifies ("on winning the June 3 election", "Tuesday's summit").
import type { Span } from '../types.js';

export type ScopeKind =
  /** A relative clause or an "including" list: a side event of someone or something the sentence names. */
  | 'clause'
  /** "since", "until", "by": the edge of a period, not a day something happened in the main clause. */
  | 'period'
  /** "after", "before", "three days after": another event, earlier or later than the main clause's. */
  | 'sequence'
  /** The date modifies the noun after it. */
  | 'attribute';

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
  ['after', 'sequence'], ['before', 'sequence'],
]);
const OPENER_RE = new RegExp(`\\b(?:${[...OPENERS.keys()].join('|')})\\b`, 'gi');
// "by" bounds a period only right before the date, or before "the end of" and the like; elsewhere it names an agent.
const BY_DEADLINE = /\bby\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
// A noun follows a date that modifies it: not a preposition, conjunction or pronoun.
const NOT_A_NOUN = /^(?:and|or|but|to|in|at|on|of|for|with|by|from|as|when|while|after|before|that|which|who|until|than|is|was|were|are|he|she|they|it|we|i|you)$/i;

function phraseAround(text: string, sentence: Span, at: Span): Span {
  const slice = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  PHRASE_BREAK.lastIndex = 0;
  for (let m = PHRASE_BREAK.exec(slice); m !== null; m = PHRASE_BREAK.exec(slice)) {
    const breakAt = sentence.start + m.index;
    if (breakAt + m[0].length <= at.start) start = breakAt + m[0].length;
    else if (breakAt >= at.end) { end = breakAt; break; }
  }
  return { start, end };
}

/** The scope of the date at `at` in `sentence`, or undefined when it dates the sentence's main clause. */
export function dateScope(text: string, sentence: Span, at: Span): DateScope | undefined {
  const after = text.slice(at.end, sentence.end);
  const before = text.slice(sentence.start, at.start);
  const noun = /^(?:'s|’s)?\s+(\p{L}[\p{L}-]*)/u.exec(after);
  if (noun && !NOT_A_NOUN.test(noun[1]!) && (/^(?:'s|’s)/u.test(after) || (/\b(?:the|a|an)\s+$/i.test(before) && /^\p{Ll}/u.test(noun[1]!)))) {
    return { kind: 'attribute', span: { start: at.start, end: at.end + noun[0].length } };
  }
  const phrase = phraseAround(text, sentence, at);
  const lead = text.slice(phrase.start, at.start);
  const by = BY_DEADLINE.exec(lead);
  if (by) return { kind: 'period', span: { start: phrase.start + by.index, end: phrase.end } };
  let opener: { kind: ScopeKind; start: number } | undefined;
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(lead); m !== null; m = OPENER_RE.exec(lead)) opener = { kind: OPENERS.get(m[0].toLowerCase())!, start: phrase.start + m.index };
  return opener ? { kind: opener.kind, span: { start: opener.start, end: phrase.end } } : undefined;
}
