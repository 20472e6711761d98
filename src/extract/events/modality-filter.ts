// Drops events the text does not report as real: negated ("did not sign"), future or planned ("will hold
// talks", "is expected to call"), hypothetical ("could meet"), denied or rumoured. A cue counts in the
// clause before the trigger, within the lexicon's window; commas, semicolons and "that" close a clause.
// Denials and rumours reach over "that" into the clause they report on ("denied reports that X met Y").
import type { Lexicon, Modality } from '../../knowledge/lexicon.js';
import type { Sentence } from '../text/sentences.js';
import { beforeDeterminers } from '../syntax/groups.js';
import { DECISION_REACH } from '../syntax/roles.js';
import { firstWhere } from '../sorted.js';
import { extended } from '../extended.js';
import { isQuote } from '../text/quotes.js';
import { tokenAt, tokenFrom } from '../text/tokens.js';
import { tagsOf } from '../text/pos.js';
import { pastTense } from '../../knowledge/inflect.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';

interface Cue {
  readonly at: number;
  readonly length: number;
  readonly kind: Modality;
  /** A noun someone owns ("X's call for"): it makes unreal only the event it asks for, named right after it. */
  readonly owned?: true;
  /** A future that goes on from now ("will continue to"): a stance holds already; a meeting or a call is still to come. */
  readonly ongoing?: true;
}

/** Events of a day, which a future that goes on from now ("are due to continue consultations") still leaves to come. */
const DAY_EVENTS: ReadonlySet<string> = new Set(['meeting', 'phone_call', 'signed']);

/** How many tokens may stand between an owned appeal and the event it asks for: "X's requests for [a] call". */
const OWNED_REACH = 2;

interface SentenceCues {
  /** In token order. */
  readonly cues: readonly Cue[];
  /** The first denial or rumour: those reach over clauses. */
  readonly reaching: Cue | undefined;
}

/** How many words a phrase set off by commas may hold on either side of a cue inside it. */
const ASIDE_WORDS = 6;

/** Whether the cue at `i` (of `length` words, in `keys` read without quotes) stands in ", <preposition> ... ,". */
function inPrepositionalAside(ctx: EventContext, sentence: Sentence, keys: readonly string[], kept: readonly number[], i: number, length: number): boolean {
  let open = i - 1;
  while (open >= 0 && i - open <= ASIDE_WORDS && keys[open] !== ',') open--;
  let close = i + length;
  while (close < keys.length && close - i <= ASIDE_WORDS && keys[close] !== ',') close++;
  return open >= 0 && keys[open] === ',' && keys[close] === ',' && tagsOf(ctx.article.text, sentence).pos[kept[open + 1]!] === 'ADP';
}

/** Whether token `i` of the sentence is a word written with a capital. */
function capitalisedWord(sentence: Sentence, i: number): boolean {
  const t = sentence.tokens[i];
  return t !== undefined && t.kind === 'word' && t.capitalised;
}

/** Prepositions that open a stretch of time after "the next": "over the next few hours". */
const STRETCH_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'during', 'within']);
/** How many words after "the next" the stretch's verb may stand: "over the next [few hours X] took". */
const STRETCH_VERB_REACH = 6;

/** Whether a verb in the past follows kept key `from` within a few words (`kept` maps kept keys to tokens). */
function pastVerbAfter(ctx: EventContext, sentence: Sentence, kept: readonly number[], from: number): boolean {
  const tags = tagsOf(ctx.article.text, sentence);
  for (let j = from; j < Math.min(kept.length, from + STRETCH_VERB_REACH); j++) {
    const t = kept[j]!;
    if (tags.pos[t] === 'VERB' && pastTense(sentence.keys[t]!, tags.lemma(t))) return true;
  }
  return false;
}

/** The modality cues of a sentence, found once per sentence rather than once per trigger. */
function cuesOf(ctx: EventContext, sentence: Sentence): SentenceCues {
  const lex = ctx.knowledge.lexicon;
  // Quotation marks inside a cue do not break it (agreed "in principle"): cues are read over the other tokens.
  const kept: number[] = [];
  const keys: string[] = [];
  sentence.keys.forEach((k, i) => {
    if (!isQuote(k)) { kept.push(i); keys.push(k); }
  });
  const cues: Cue[] = [];
  for (let i = 0; i < keys.length; i++) {
    const cue = lex.modalityCues.longestAt(keys, i);
    if (!cue) continue;
    const kind = cue.payloads[0]!;
    // ... an adverb between ("will also continue to support").
    const next = i + cue.length;
    const ongoing = kind === 'future' && (lex.neutralisers.has(keys[next] ?? '')
      || next + 1 < keys.length && lex.neutralisers.has(keys[next + 1]!) && tagsOf(ctx.article.text, sentence).pos[kept[next]!] === 'ADV');
    // "on 2 May", "Theresa May": a modal that is also a month, written with a capital inside the sentence or before a
    // number, is the month or a name.
    if (kind === 'hypothetical' && cue.length === 1 && lex.temporalWords.has(keys[i]!) && capitalisedWord(sentence, kept[i]!) && (i > 0 || /^\d/.test(keys[i + 1] ?? ''))) continue;
    // "followed the next day with a letter": a day the story reached.
    if (kind === 'future' && i > 0 && lex.grammar.determiners.has(keys[i - 1]!) && lex.storyDays.has(keys[i + cue.length] ?? '')) continue;
    // "Over the next few hours X took calls from ...": a stretch after the story's moment, when a verb in the past follows.
    if (kind === 'future' && keys[i] === 'next' && keys[i - 1] === 'the' && STRETCH_PREPOSITIONS.has(keys[i - 2] ?? '') && pastVerbAfter(ctx, sentence, kept, i + 1)) continue;
    // "Zelensky's call for a ceasefire was backed": an appeal or a plan someone owns is a thing named, not the clause's mood;
    // only what it asks for is unreal ("Morrison's requests for a call with Xi").
    const owned = kind === 'future' && i > 0 && (keys[i - 1] === 's' || lex.grammar.possessives.has(keys[i - 1]!)) && tagsOf(ctx.article.text, sentence).pos[kept[i]!] === 'NOUN';
    // "X, after months of speculation, met Y": a rumour or denial in a phrase a preposition opens between commas is that
    // phrase's, not the clause's.
    if ((kind === 'rumoured' || kind === 'denied') && inPrepositionalAside(ctx, sentence, keys, kept, i, cue.length)) continue;
    cues.push({ at: kept[i]!, length: kept[i + cue.length - 1]! - kept[i]! + 1, kind, ...(owned ? { owned: true as const } : {}), ...(ongoing ? { ongoing: true as const } : {}) });
  }
  return { cues, reaching: cues.find((c) => c.kind === 'denied' || c.kind === 'rumoured') };
}

/** How far before an infinitive the first person and a performative word may stand: "I would also like to". */
const PERFORMATIVE_REACH = 5;
/** Who says a performative: "I would like to", "let me", "we wish to". */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us']);

/** The first person, then one of the lexicon's performatives, a few words before the trigger at `at`. */
function performative(lex: Lexicon, keys: readonly string[], at: number): boolean {
  const before = keys.slice(Math.max(0, at - PERFORMATIVE_REACH), at);
  const speaker = before.findIndex((k) => FIRST_PERSON.has(k));
  return speaker >= 0 && before.slice(speaker).some((k) => lex.performatives.has(k)) || before.slice(0, -1).some((k, i) => lex.performatives.has(k) && FIRST_PERSON.has(before[i + 1]!));
}

/** How far (UTF-16 units) an infinitive of purpose may stand after the call or meeting it belongs to. */
const PURPOSE_REACH = 120;

/** By sentence, where the calls and meetings an infinitive of purpose may belong to end, in order. */
function carriersOf(ctx: EventContext, candidates: readonly EventCandidate[]): Map<number, number[]> {
  const ends = new Map<number, number[]>();
  for (const c of candidates) {
    if (!ctx.knowledge.lexicon.purposeCarriers.has(c.type)) continue;
    const list = ends.get(c.sentence) ?? [];
    list.push(c.trigger.end);
    ends.set(c.sentence, list);
  }
  for (const list of ends.values()) list.sort((a, b) => a - b);
  return ends;
}

/** Whether a call or meeting of the sentence ends shortly before the infinitive, found by halving. */
function purposeOf(carriers: Map<number, number[]>, e: EventCandidate): boolean {
  const ends = carriers.get(e.sentence) ?? [];
  const last = firstWhere(ends.length, (i) => ends[i]! > e.trigger.start) - 1;
  return last >= 0 && e.trigger.start - ends[last]! < PURPOSE_REACH;
}

/** Whether one of `verbs` ("called", "wrote") stands shortly before token `at` in its clause. */
export function verbBefore(lex: Lexicon, verbs: ReadonlySet<string>, sentence: Sentence, at: number, start: number): boolean {
  for (let i = at - 2; i >= 0 && start - sentence.tokens[i]!.start < PURPOSE_REACH && !lex.grammar.clauseBreaks.has(sentence.keys[i]!); i--) {
    // "flying to Accra to congratulate him" went; "is flying to Accra to meet him" is a plan.
    if (verbs.has(sentence.keys[i]!) && !(sentence.keys[i]!.endsWith('ing') && lex.syntax.beForms.has(sentence.keys[i - 1] ?? ''))) return true;
  }
  return false;
}

/** "the decision announced on Wednesday by A, B and C to recognise X": a decision's noun before the infinitive, a list's commas between. */
function decisionBefore(lex: Lexicon, keys: readonly string[], at: number): boolean {
  if (keys[at - 1] !== lex.infinitive) return false;
  for (let j = at - 2; j >= Math.max(0, at - 2 - DECISION_REACH) && (keys[j] === ',' || !lex.grammar.clauseBreaks.has(keys[j]!)); j--) {
    if (lex.pledgeVerbs.has(keys[j]!) && lex.authoredNouns.has(keys[j]!)) return true;
  }
  return false;
}

/** How far back in its clause a verb of discussion may stand before the stance it was about. */
const DISCUSSION_REACH = 15;

/** Whether a verb of discussion ("discussed", "touched on") stands before token `at` in its clause. */
function discussedBefore(lex: Lexicon, keys: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - DISCUSSION_REACH) && !lex.grammar.clauseBreaks.has(keys[j]!); j--) {
    if (lex.syntax.discussionVerbs.longestAt(keys, j)) return true;
  }
  return false;
}

/** "the 30th country to sign" (tokens "30", "th"): a numbered place in a sequence, as "first" or "latest" is. */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Words before a noun that take its thing as there ("the", "Israel's"): the possessive "s" token included. */
const PRESUPPOSING: ReadonlySet<string> = new Set(['the', 'this', 'these', 's']);
/** Moods of a clause that leave its own act undone but not what its object names. */
const UNREALISED: ReadonlySet<Modality> = new Set(['future', 'hypothetical']);

export const modalityFilter: Stage<EventCandidate, EventContext> = {
  id: 'modality-filter',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const lex = ctx.knowledge.lexicon;
    const cues = new Map<number, SentenceCues>();
    const carriers = carriersOf(ctx, candidates);
    // By sentence, where the unreal verbs dropped so far end: "are expected to travel to X for talks" plans the talks too.
    const unreal = new Map<number, Set<number>>();
    const ordered = [...candidates].sort((a, b) => a.trigger.start - b.trigger.start);
    const habits = new Set<EventCandidate>();
    const kept = new Set(ordered.filter((e) => {
      if (e.voice === 'relation') return true;
      const sentence = ctx.sentences[e.sentence]!;
      const { tokens, keys } = sentence;
      const at = tokenAt(tokens, e.trigger.start);
      let from = at;
      // "said he was not happy and had spoken with X", "urged restraint and reaffirmed its respect for X", "called for
      // restraint and said the attack was unacceptable": "and" before an auxiliary or a verb in the past opens a
      // predicate of its own.
      const predicate = (j: number): boolean => {
        if (keys[j - 1] !== 'and') return false;
        const tags = tagsOf(ctx.article.text, sentence);
        return tags.pos[j] === 'AUX' || tags.pos[j] === 'VERB' && pastTense(keys[j]!, tags.lemma(j));
      };
      while (from > 0 && at - from < lex.modalityWindow && !lex.grammar.clauseBreaks.has(keys[from - 1]!) && !predicate(from)) from--;
      // "with the two sides discussing the partnership and support for X's police": a stance the clause's talks were
      // about is no stance taken.
      if (e.voice === 'noun' && (e.type === 'support' || e.type === 'condemnation') && discussedBefore(lex, keys, at)) {
        ctx.trace('modality-filter', () => `dropped ${e.type} at "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}": what talks were about`, e.sentence);
        return false;
      }
      // "to meet", "to visit": an infinitive trigger reports an intention, not an event.
      const verb = e.voice === 'active' || e.voice === 'transitive';
      // ... unless it says who was first, last or alone to act ("among the first leaders to congratulate him").
      // ... or is the purpose of a call or meeting the clause reports ("telephoned him to congratulate him"), or
      // of a contact verb in its clause that fires nothing itself ("called X on Monday to congratulate him") ...
      const real = keys.slice(Math.max(0, at - 5), at - 1).some((k, n, before) => lex.realInfinitives.has(k) || ORDINAL_SUFFIXES.has(k) && /^\d+$/.test(before[n - 1] ?? ''))
        || purposeOf(carriers, e) || verbBefore(lex, lex.purposeVerbs, sentence, at, e.trigger.start)
        // ... or of a statement made public ("took to social media to congratulate him").
        || lex.statementTypes.has(e.type) && verbBefore(lex, lex.statementVerbs, sentence, at, e.trigger.start)
        // ... or backs a party by a promise: a pledge of support is support ("pledged to keep arming X").
        || e.type === 'support' && (verbBefore(lex, lex.pledgeVerbs, sentence, at, e.trigger.start) || decisionBefore(lex, keys, at));
      // "committed to supporting X": a gerund after "to" is no infinitive.
      // A statement said as the act itself ("I would like to congratulate you", "let me thank you") is made, whatever
      // its mood.
      const said = lex.statementTypes.has(e.type) && performative(lex, keys, at);
      const infinitive = verb && tokens[at - 1]?.norm === lex.infinitive && !/(?:ed|ing)$/.test(keys[at]!) && !real && !said;
      if (!cues.has(e.sentence)) cues.set(e.sentence, cuesOf(ctx, sentence));
      const { reaching, cues: all } = cues.get(e.sentence)!;
      // The first cue before the trigger that counts: in its clause, or a denial or rumour anywhere before.
      // "denied targeting civilians and accused X": a predicate of its own after "and" is said, not denied; "denied
      // that X met Y and signed" denies both, the clause it reports going on past "and".
      const ownPredicate = reaching?.kind === 'denied' && keys[at - 1] === 'and' && verb && !keys.slice(reaching.at, at).includes('that');
      const clause = ownPredicate ? at : from;
      // "should stop the crimes of X": a judgement named with a definite determiner is the speaker's, whatever the mood
      // of the verb it is the object of (not "could amount to genocide").
      const presupposed = e.voice === 'evaluative' && at > 0 && (PRESUPPOSING.has(keys[at - 1]!) || lex.grammar.possessives.has(keys[at - 1]!));
      const counts = (c: Cue | undefined): c is Cue => c !== undefined && c.at < at && !(presupposed && UNREALISED.has(c.kind))
        && (!c.owned || at - (c.at + c.length) <= OWNED_REACH) && (!c.ongoing || DAY_EVENTS.has(e.type))
        && !(e.type === 'support' && promised(ctx, sentence, c, at));
      let first = firstWhere(all.length, (i) => all[i]!.at >= clause);
      while (first < all.length && all[first]!.at < at && !counts(all[first])) first++;
      const cue = said ? undefined : [ownPredicate ? undefined : reaching, all[first]].filter(counts).sort((a, b) => a.at - b.at)[0];
      // "has expelled no Russian diplomats": a verb whose object "no" opens did nothing to anyone.
      const noObject = verb && keys[at + 1] === 'no';
      const reason = infinitive ? 'intended (infinitive)' : asks(sentence) ? 'asked, not told (a question)' : noObject ? 'negated (an object "no" opens)' : cue ? `${cue.kind} ("${ctx.article.text.slice(tokens[cue.at]!.start, tokens[cue.at + cue.length - 1]!.end)}")`
        : e.voice === 'noun' && purposeOfUnreal(lex, sentence, at, unreal.get(e.sentence)) ? 'the purpose of an unreal act'
          : e.voice === 'noun' && saidNotToHappen(lex, sentence, tokenFrom(tokens, e.trigger.end)) ? 'said not to have happened'
            : undefined;
      // "whom he met 27 times": a habit is no event of a day, unless the sentence gives one of its days (dated below).
      if (!reason && (verb || e.voice === 'noun') && e.dated === 'event' && recurring(lex, sentence, at, tokenFrom(tokens, e.trigger.end))) {
        ctx.trace('modality-filter', () => `${e.type} at "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}" is a habit (counted occasions): only a day its sentence gives dates it`, e.sentence);
        habits.add(e);
      }
      if (reason) ctx.trace('modality-filter', () => `dropped ${e.type} at "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}": ${reason}`, e.sentence);
      if (reason && e.voice !== 'noun') {
        const ends = unreal.get(e.sentence) ?? new Set<number>();
        unreal.set(e.sentence, ends.add(e.trigger.end));
      }
      return !reason;
    }));
    return candidates.filter((e) => kept.has(e)).map((e) => (habits.has(e) ? extended(e, { dated: 'stated' as const }) : e));
  },
};

/** How many adverbs may stand between a promise and the support it promises: "would [fully] back X". */
const PROMISE_REACH = 1;

/**
 * "Indonesia will stand with X", "said Japan would fully back X", 'said Ghana would "stand with Togo"': a future
 * auxiliary right before the trigger at `at`, quotation marks aside.
 */
function promised(ctx: EventContext, sentence: Sentence, c: Cue, at: number): boolean {
  if (c.kind !== 'future' || c.length !== 1 || !ctx.knowledge.lexicon.promises.has(sentence.keys[c.at]!)) return false;
  const pos = tagsOf(ctx.article.text, sentence).pos;
  const between = sentence.keys.slice(c.at + 1, at).map((k, i) => (isQuote(k) ? undefined : pos[c.at + 1 + i])).filter((t) => t !== undefined);
  return between.length <= PROMISE_REACH && between.every((t) => t === 'ADV');
}

/** A question asserts no event ("Have you spoken to X?"): its last token, quotation marks aside, is a question mark. */
function asks(sentence: Sentence): boolean {
  let i = sentence.tokens.length - 1;
  while (i > 0 && isQuote(sentence.tokens[i]!.text)) i--;
  return sentence.tokens[i]?.text === '?';
}

/** How far (tokens) after an event noun its sentence's verb may say it did not happen: past a relative clause. */
const NON_OCCURRENCE_REACH = 24;

/** "A meeting between A and B ... never took place": a phrase of non-occurrence shortly after the noun, in its clause. */
function saidNotToHappen(lex: Lexicon, sentence: Sentence, from: number): boolean {
  if (from < 0) return false;
  const stop = Math.min(sentence.keys.length, from + NON_OCCURRENCE_REACH);
  for (let i = from; i < stop && sentence.keys[i] !== ';'; i++) if (lex.nonOccurrence.matchesAt(sentence.keys, i).length > 0) return true;
  return false;
}

/** How far (tokens) after a verb a count of its occasions may stand ("met President X more than 20 times"). */
const RECURRING_REACH = 8;

/** "whom he met 27 times", "held several rounds of talks": a count of occasions in or shortly after the verb's words, in its clause. */
function recurring(lex: Lexicon, sentence: Sentence, at: number, after: number): boolean {
  const { keys } = sentence;
  // From just before the trigger ("several rounds of [talks]") through its own words ("held [several rounds of] talks")
  // to a few words after them.
  const stop = Math.min(keys.length, (after < 0 ? keys.length : after) + RECURRING_REACH);
  let from = at;
  while (from > 1 && at - from < 2 && !lex.grammar.clauseBreaks.has(keys[from - 1]!)) from--;
  for (let i = from; i < stop && (i <= at || !lex.grammar.clauseBreaks.has(keys[i]!)); i++) {
    const count = keys[i - 1]!;
    if (lex.recurringCounts.has(keys[i]!) && (/^\d+$/.test(count) || lex.grammar.numbers.has(count) || lex.recurringQuantifiers.has(count))) return true;
  }
  return false;
}

/** How many words of its noun phrase may stand between its preposition and the event noun ("at [the G7 leaders'] summit"). */
const PURPOSE_MODIFIERS = 6;

/**
 * "to travel to X [for] talks", "will come [for a] summit", "agreed to meet [at the G7] summit", "will meet A, B and C [at the]
 * summit", "are expected to meet on the sidelines [of the] summit": an event noun after a preposition in the clause of an
 * unreal verb ending before.
 */
function purposeOfUnreal(lex: Lexicon, sentence: Sentence, at: number, ends: ReadonlySet<number> | undefined): boolean {
  if (!ends || ends.size === 0) return false;
  let f = beforeDeterminers(lex, sentence.keys, at);
  // Past the noun's modifiers: names, numbers, a possessive's apostrophe.
  // "agreed to sign X after talks with Y": a word that orders events in time tells of another one.
  const stops = (k: string): boolean => lex.grammar.prepositions.has(k) || lex.syntax.subordinators.has(k) || lex.grammar.clauseBreaks.has(k);
  while (f > 0 && at - f <= PURPOSE_MODIFIERS && !stops(sentence.keys[f]!)) f--;
  if (!lex.grammar.prepositions.has(sentence.keys[f]!)) return false;
  // The commas of a list of names break no clause ("will meet A, B and C at the summit").
  const breaks = (i: number): boolean => lex.grammar.clauseBreaks.has(sentence.keys[i]!) && !(sentence.keys[i] === ',' && sentence.tokens[i + 1]?.capitalised === true);
  for (let i = f - 1; i >= 0 && sentence.tokens[f]!.start - sentence.tokens[i]!.end < PURPOSE_REACH && !breaks(i); i--) {
    if (ends.has(sentence.tokens[i]!.end)) return true;
  }
  return false;
}
