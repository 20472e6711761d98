// Groups of participants the sentence coordinates: "A, B and C", "both A and B", "A as well as B",
// "with A and with B". A group is what a verb takes as its subject or object; each member gets its own
// edge. A comma alone joins members only in a list an "and" closes, so "Putin, Xi met" is no group and
// an apposition ("Erdogan, Turkey's president,") is read by the mention stages, not here; three or
// more members between commas are a list whatever closes it.
import type { EntityKey } from '../../document/types.gen.js';
import type { Lexicon } from '../../knowledge/lexicon.js';
import type { Sentence } from '../text/sentences.js';
import { tokenFrom, tokenEndingAt } from '../text/tokens.js';
import type { Participant } from '../events/participants.js';
import type { Tagged } from '../text/pos.js';
import { phraseStartEndingAt } from '../mentions/util.js';
import { isQuote } from '../text/quotes.js';

export interface Group {
  readonly members: readonly Participant[];
  /** Token range [first, last + 1) of the sentence the group spans. */
  readonly first: number;
  readonly end: number;
  /** The preposition governing the group ("with", "by"), folded; undefined when none does. */
  readonly governor?: string;
  /** "X's ...": the group possesses what follows. */
  readonly possessor: boolean;
}

type Glue = 'and' | 'comma' | false;

/** How many words the complement of a member's title may hold ("of the Communist Party of Vietnam Central Committee"). */
const TITLE_COMPLEMENT_WORDS = 10;

/**
 * The comma closing the complement of a title whose "of" stands at token `of`, when a person's title names its body
 * and the list goes on after it ("X, general secretary of the Y Party Central Committee, and Z"); -1 when no verb-free
 * phrase of a few words ends in a comma.
 */
function complementEnd(keys: readonly string[], tags: Tagged, of: number): number {
  for (let j = of + 1; j < keys.length && j - of <= TITLE_COMPLEMENT_WORDS + 1; j++) {
    if (keys[j] === ',') return j > of + 1 ? j : -1;
    if (tags.pos[j] === 'VERB' || tags.pos[j] === 'AUX' || tags.pos[j] === 'PUNCT' && keys[j] !== "'" && keys[j] !== '-') return -1;
  }
  return -1;
}

/** How many words a description set off by commas after a member may hold ("the host", "the summit's chair"). */
const APPOSITION_WORDS = 4;

/** How many tokens a parenthesis after a member may hold and still be an aside ("(2nd L)"). */
const PARENTHESIS_REACH = 4;

/** How many words a time between a member and a comma may hold ("on Monday morning"). */
const TIME_WORDS = 3;

/** The comma that closes a time phrase opening at `i` ("this afternoon,"), or `i` when none does. */
function timeBeforeComma(lex: Lexicon, keys: readonly string[], i: number, to: number): number {
  let temporal = false;
  for (let j = i; j < to && j - i <= TIME_WORDS; j++) {
    if (keys[j] === ',') return temporal ? j : i;
    if (lex.temporalWords.has(keys[j]!)) temporal = true;
    else if (!lex.grammar.determiners.has(keys[j]!) && keys[j] !== 'on') return i;
  }
  return i;
}

/** What joins two neighbouring participants: the tokens between them, read as coordination or not. */
function glueOf(lex: Lexicon, keys: readonly string[], tags: Tagged, from: number, to: number): Glue {
  const s = lex.syntax;
  let i = from;
  let comma = false;
  // "with X this afternoon, and then with Y": a time after a member, before the comma, when the preposition repeats
  // ("X on Monday, and Y followed" opens a clause).
  const time = timeBeforeComma(lex, keys, i, to);
  if (time > i && keys[time + 1] === 'and' && [keys[time + 2], keys[time + 3]].some((k) => s.repeatable.has(k ?? ''))) i = time;
  // A short aside after a member: "X (L) and Y" in a caption, "X (pictured) and Y".
  const close = keys[i] === '(' ? keys.slice(i, i + PARENTHESIS_REACH + 1).indexOf(')') : -1;
  if (close > 0 && i + close < to) i += close + 1;
  // "Egypt, which borders Gaza, and Jordan": a relative clause set off by commas after a member is an aside too.
  if (keys[i] === ',' && s.relativePronouns.has(keys[i + 1] ?? '')) {
    const closing = keys.indexOf(',', i + 2);
    if (closing > 0 && closing < to) i = closing;
  }
  // "X of Brazil, the host, and Y": so is a short description after a determiner.
  if (keys[i] === ',' && lex.grammar.determiners.has(keys[i + 1] ?? '')) {
    const closing = keys.indexOf(',', i + 2);
    if (closing > 0 && closing < to && closing - i <= APPOSITION_WORDS + 1) i = closing;
  }
  // "the Egyptian government and the Qatari government": the first member's actor noun stands before the glue.
  const actorNoun = lex.actorNouns.longestAt(keys, i);
  if (actorNoun && i + actorNoun.length < to) i += actorNoun.length;
  // A semicolon separates the items of a list whose items hold commas ("A, Amir of X; B, King of Y; and C").
  if (keys[i] === ',' || keys[i] === ';') { comma = true; i++; }
  const coordinator = s.coordinators.longestAt(keys, i);
  if (coordinator) i += coordinator.length;
  // "and His Excellency President Y", "; His Majesty King Y": an honorific before the next member's title.
  // "and H.E. Dr. Y", "and Hon. Y": honorifics, each with its abbreviation's stop.
  let honorifics = 0;
  for (let h = coordinator || comma ? lex.honorifics.longestAt(keys, i) : undefined; h && i + h.length <= to; h = lex.honorifics.longestAt(keys, i)) {
    i += h.length;
    if (keys[i] === '.' && i + 1 <= to) i++;
    honorifics++;
  }
  // "; His Majesty Sultan X": a title the next member's name leaves out.
  const title = honorifics > 0 ? lex.titles.longestAt(keys, i) : undefined;
  if (title && i + title.length <= to) i += title.length;
  // "and then with Y": an adverb before the repeated preposition.
  if (coordinator && lex.grammar.preverbalAdverbs.has(keys[i] ?? '') && s.repeatable.has(keys[i + 1] ?? '')) i++;
  // "and with Y", "and the Y": the governing preposition or a determiner repeats ("and that a Y ...", where "that"
  // opens a clause, does not).
  while (i < to && (lex.grammar.determiners.has(keys[i]!) && tags.pos[i] !== 'SCONJ' || s.repeatable.has(keys[i]!) || lex.timePrefixes.has(keys[i]!) && lex.grammar.determiners.has(keys[i - 1]!))) i++;
  // "and his counterparts X of Y, ...": the word for the others' office before the next member's name.
  if (coordinator && lex.counterpart.has(keys[i] ?? '') && i + 1 <= to) i++;
  // "and her Indonesian guest Y": a demonym and a word for a guest or host before the next member's name.
  else {
    const own = lex.grammar.possessives.has(keys[i] ?? '') ? i + 1 : i;
    if (coordinator && (tags.pos[own] === 'ADJ' || tags.pos[own] === 'PROPN') && lex.guestNouns.has(keys[own + 1] ?? '') && own + 2 <= to) i = own + 2;
  }
  // "the Government of X and the Government of Y": an actor noun and its "of" repeat too.
  const actor = i < to ? actorOf(lex, keys, i) : 0;
  if (actor > 0 && i + actor === to) i = to;
  // One modifier may follow: "and the 22-member Arab League", "and neighbouring Norway".
  const modifier = keys.slice(i, to);
  const adjective = modifier.length === 1 && tags.pos[i] === 'ADJ';
  // Or the state a person's name is preceded by: "and Syria's Bashar al-Assad", ", Chile's Gabriel Boric".
  const possessor = modifier.length >= 3 && modifier.length <= 6 && modifier[modifier.length - 2] === "'" && modifier[modifier.length - 1] === 's';
  // A list's member after a comma may have its state's possessive too ("A's X, B's Y and C's Z").
  if (coordinator && (modifier.length === 3 && modifier[1] === '-' || modifier.length === 1 && /^\p{N}/u.test(modifier[0]!) || adjective) || (coordinator || comma) && possessor) i = to;
  if (i !== to) return false;
  if (coordinator) return 'and';
  return comma ? 'comma' : false;
}

/**
 * "government of", "the people of", "the government and people of": the length of an actor noun (or two joined
 * by "and") and its "of" starting at `i`, or 0.
 */
function actorOf(lex: Lexicon, keys: readonly string[], i: number): number {
  const match = lex.syntax.actingNouns.longestAt(keys, i);
  if (!match) return 0;
  let end = i + match.length;
  const second = keys[end] === 'and' ? lex.syntax.actingNouns.longestAt(keys, end + 1) : undefined;
  if (second) end += 1 + second.length;
  return keys[end] !== undefined && lex.syntax.actingPrepositions.has(keys[end]!) ? end + 1 - i : 0;
}


/** The token index of the first token a participant covers, and one past its last. */
function rangeOf(sentence: Sentence, p: Participant): [number, number] {
  const first = tokenFrom(sentence.tokens, p.span.start);
  const last = tokenEndingAt(sentence.tokens, p.span.end);
  return [first, last < 0 ? first + 1 : last + 1];
}

/** How many tokens an actor noun phrase and its "of" may span ("the heads of state and government of"). */
const ACTOR_REACH = 6;

/** How many modifiers of a name may stand between a preposition and a participant ("in the East and South China Seas"). */
const MODIFIER_REACH = 4;

/**
 * The preposition before a token, skipping determiners, "both", and, when the participant only modifies a noun
 * after it (`modifier`), the proper nouns and adjectives before it in that noun phrase ("in the East and South
 * [China] Seas"); undefined when another word stands there.
 */
function governorBefore(lex: Lexicon, keys: readonly string[], tags: Tagged, at: number, modifier = false): string | undefined {
  let i = at - 1;
  // Determiners, "both", and a hyphenated prefix ("by then-President X") stand between a preposition and its group.
  for (let modifiers = 0; ;) {
    // ... and a part of the state named: "in southern Lebanon".
    if (i >= 0 && (lex.grammar.determiners.has(keys[i]!) || lex.syntax.groupOpeners.has(keys[i]!) || lex.syntax.regionAdjectives.has(keys[i]!))) i--;
    else if (i >= 1 && keys[i] === '-') i -= 2;
    // "with the then premier, X", "the former president": a time prefix after a determiner.
    else if (i >= 1 && lex.timePrefixes.has(keys[i]!) && lex.grammar.determiners.has(keys[i - 1]!)) i--;
    // "by the three foreign ministers, A, B and C", "of four Ukrainian regions": a count after a determiner or a preposition.
    else if (i >= 1 && lex.grammar.cardinals.has(keys[i]!) && (lex.grammar.determiners.has(keys[i - 1]!) || lex.grammar.prepositions.has(keys[i - 1]!))) i--;
    // "for a free, democratic and prosperous X": adjectives an article opens describe the name itself.
    else if (i === at - 1 && describedName(lex, keys, tags, i) >= 0) i = describedName(lex, keys, tags, i);
    else if (modifier && i >= 0 && modifiers < MODIFIER_REACH && (tags.pos[i] === 'PROPN' || tags.pos[i] === 'ADJ' || keys[i] === 'and' && tags.pos[i - 1] === 'PROPN')) { i--; modifiers++; }
    else if (i >= 0 && kinBefore(lex, keys, tags, i) >= 0) i = kinBefore(lex, keys, tags, i) - 1;
    // "by Hon. M. U. M. X": initials the person's name leaves out.
    else if (i >= 1 && keys[i] === '.' && keys[i - 1]!.length === 1 && tags.pos[i - 1] !== 'NUM') i -= 2;
    // "from His Highness Sheikh X": an honorific the person's name leaves out.
    else if (i >= 0 && honorificEndingAt(lex, keys, i) >= 0) {
      i = honorificEndingAt(lex, keys, i) - 1;
      // "to the respected Comrade X": adjectives of courtesy before it.
      while (i >= 0 && (tags.pos[i] === 'ADJ' || keys[i]!.endsWith('ed') && lex.grammar.determiners.has(keys[i - 1] ?? ''))) i--;
    }
    // "to HE President X": "HE" before a title or name is His Excellency; the pronoun is followed by a verb.
    else if (i >= 0 && keys[i] === 'he' && (tags.pos[i + 1] === 'PROPN' || tags.pos[i + 1] === 'NOUN')) i--;
    // "by North Korea's Kim Jong Un": the name a person's state possesses stands between.
    else if (!modifier && i >= 2 && keys[i] === 's' && keys[i - 1] === "'" && tags.pos[i - 2] === 'PROPN') {
      i -= 2;
      for (let n = 0; i >= 0 && n < MODIFIER_REACH && tags.pos[i] === 'PROPN'; n++) i--;
    } else break;
  }
  // "greetings to foreign leaders, including A and B": what governs the phrase a list introducer follows governs the list.
  const introducer = introducerEndingAt(lex, keys, i);
  if (introducer >= 0) return governorOfListHead(lex, keys, tags, introducer);
  return governorAt(lex, keys, tags, i);
}

/** How many words the adjectives describing a name may span ("a democratic, stable, peaceful and inclusive"). */
const DESCRIPTION_REACH = 10;

/**
 * The article opening a run of adjectives that ends at `i` ("a [free, democratic and prosperous]"), commas and "and"
 * joining them; -1 when the run does not open with "a", "an" or "the".
 */
function describedName(lex: Lexicon, keys: readonly string[], tags: Tagged, i: number): number {
  if (tags.pos[i] !== 'ADJ') return -1;
  for (let j = i - 1; j >= Math.max(0, i - DESCRIPTION_REACH); j--) {
    // ... quoted or not: 'for a "democratic, stable and peaceful X"'.
    if (tags.pos[j] === 'ADJ' || (keys[j] === ',' || keys[j] === 'and') && tags.pos[j - 1] === 'ADJ' || isQuote(keys[j]!)) continue;
    return ARTICLES.has(keys[j]!) && lex.grammar.determiners.has(keys[j]!) ? j : -1;
  }
  return -1;
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The preposition at token `i` that governs a group after it, read through an acting noun or a seat of government. */
function governorAt(lex: Lexicon, keys: readonly string[], tags: Tagged, i: number): string | undefined {
  // "the Government of X" acts as X: an actor noun's "of" governs nothing; what governs the noun governs X (the
  // longest such phrase: "the government and people of X").
  if (lex.syntax.actingPrepositions.has(keys[i] ?? '')) {
    for (let a = Math.max(0, i - ACTOR_REACH); a < i; a++) if (actorOf(lex, keys, a) === i + 1 - a) return governorBefore(lex, keys, tags, afterModifiers(keys, tags, a));
  }
  // "the juntas in Bamako and Ouagadougou": a government seated in a capital acts as its state.
  const seated = keys[i] === 'in' ? phraseStartEndingAt(lex.governingNouns, keys, i - 1) : -1;
  if (seated >= 0) return governorBefore(lex, keys, tags, afterModifiers(keys, tags, seated));
  return prepositionAt(lex, keys, i);
}

/**
 * "the [democratically elected] government of X", "the [natural resources] ministries of X": where the modifiers
 * before the noun at `at` start; a noun among them names the body's field.
 */
function afterModifiers(keys: readonly string[], tags: Tagged, at: number): number {
  let a = at;
  while (at - a < MODIFIER_REACH && a > 0 && (tags.pos[a - 1] === 'ADJ' || tags.pos[a - 1] === 'ADV' || tags.pos[a - 1] === 'NOUN' || tags.pos[a - 1] === 'VERB' && keys[a - 1]!.endsWith('ed'))) a--;
  return a;
}

/** How many tokens the noun phrase before a list in apposition may span ("the leaders of the member states of the SCO"). */
const APPOSITION_REACH = 12;
/** What sets a list in apposition off from the noun phrase it names the members of. */
const APPOSITION_MARKS: ReadonlySet<string> = new Set([',', ':', '-', '\u2014', '\u2013']);
/** The tags of a noun phrase's words: a list's head, or the phrase a list in apposition names. */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN']);

/**
 * "messages to the heads of state and government of the X member states - A, B and C", "to the leaders of nine countries: A, B and C":
 * a list set off after a noun phrase names what the phrase stands for and takes the preposition that governs it, read
 * back through its "of" complements; undefined when a verb or another preposition comes first.
 */
function appositionGovernor(lex: Lexicon, keys: readonly string[], tags: Tagged, at: number): string | undefined {
  let i = at - 1;
  // "by the three foreign ministers, Turkey's A, ...": the first name's state possesses it.
  if (keys[i] === 's' && keys[i - 1] === "'") for (i -= 2; i >= 0 && tags.pos[i] === 'PROPN';) i--;
  if (!APPOSITION_MARKS.has(keys[i] ?? '')) return undefined;
  const stop = Math.max(0, i - APPOSITION_REACH);
  for (i--; i >= stop; i--) {
    if (keys[i] === 'of' || keys[i] === 'and' || keys[i] === "'" || keys[i] === 's' && keys[i - 1] === "'") continue;
    // "On 6 April 2023 the two ministers, A and B, met": a date is no part of the phrase.
    if (/^\d/.test(keys[i]!)) return undefined;
    // "the heads and members": a noun after a determiner, whatever the tagger says.
    if ((NOUN_PHRASE_TAGS.has(tags.pos[i]!) || lex.grammar.determiners.has(keys[i - 1] ?? '')) && !lex.grammar.prepositions.has(keys[i]!)) continue;
    // A phrase of one noun only names no set: "in Beijing, A and B".
    return i < at - 3 ? prepositionAt(lex, keys, i) : undefined;
  }
  return undefined;
}

/** How many words an honorific may take ("his royal highness"). */
const HONORIFIC_WORDS = 3;

/** Where an honorific ending at token `i` ("His Highness"), or at its abbreviation's stop ("Hon.", "Dr."), starts; -1 if none does. */
export const honorificEndingAt = (lex: Lexicon, keys: readonly string[], i: number): number =>
  keys[i] === '.' && i > 0 ? lex.honorifics.startEndingAt(keys, i - 1, HONORIFIC_WORDS) : lex.honorifics.startEndingAt(keys, i, HONORIFIC_WORDS);

/** The word at token `i` when it is a preposition, the grammar's or one governing places ("in", "at"). */
function prepositionAt(lex: Lexicon, keys: readonly string[], i: number): string | undefined {
  const word = keys[i];
  return word !== undefined && (lex.grammar.prepositions.has(word) || lex.syntax.prepositions.has(word)) ? word : undefined;
}

/** The first token of a list introducer ending at token `i` ("including", "among them"), or -1. */
export function introducerEndingAt(lex: Lexicon, keys: readonly string[], i: number): number {
  if (i < 0 || i >= keys.length) return -1;
  // Read in place, word by word: this runs for every word an object search passes.
  for (const words of lex.syntax.listIntroducers) {
    const first = i - words.length + 1;
    if (first >= 0 && words.every((w, n) => keys[first + n] === w)) return first;
  }
  return -1;
}

/** How many words the phrase before a list introducer may hold ("to [the other foreign] leaders, including"). */
const LIST_HEAD_WORDS = 5;

/** The preposition governing the noun phrase before the list introducer at `at` (a comma between); undefined when none. */
function governorOfListHead(lex: Lexicon, keys: readonly string[], tags: Tagged, at: number): string | undefined {
  let i = at - 1;
  if (keys[i] === ',') i--;
  for (let n = 0; i >= 0 && n < LIST_HEAD_WORDS && NOUN_PHRASE_TAGS.has(tags.pos[i]!) && !lex.grammar.prepositions.has(keys[i]!); n++) i--;
  // "to the leaders of nine countries: A, B": the preposition before an acting noun.
  return governorAt(lex, keys, tags, i);
}

/** "to [my dear friend] X", "with [our brother] X": the index of the possessive opening a noun phrase of one or two words ending at `i` that stands before a name; -1 when none. */
function kinBefore(lex: Lexicon, keys: readonly string[], tags: Tagged, i: number): number {
  for (let j = i; j >= Math.max(0, i - 1) && (tags.pos[j] === 'NOUN' || tags.pos[j] === 'ADJ'); j--) {
    if (j > 0 && lex.grammar.possessives.has(keys[j - 1]!)) return j - 1;
  }
  return -1;
}

/**
 * "Ruto, Museveni hold talks", "India, UAE ink trade deal": two members that open the sentence (or a live page's line,
 * its time aside), joined by a comma, and a verb in its base form right after them, an adverb aside (a plural present:
 * the two are its subject together).
 */
function headlinePair(lex: Lexicon, sentence: Sentence, tags: Tagged, count: number, first: number, end: number): boolean {
  const keys = sentence.keys;
  // A live page's line may open with its time ("14:05 A, B hold talks").
  const time = /^\d{1,2}$/.test(keys[0] ?? '') && (keys[1] === ':' || keys[1] === '.') && /^\d{2}$/.test(keys[2] ?? '') ? 3 : 0;
  // ... and a label ("Recap: A, B meet in X").
  const opening = keys[time + 1] === ':' && sentence.tokens[time]?.kind === 'word' && sentence.tokens[time]!.capitalised ? time + 2 : time;
  if (count !== 2 || first !== opening) return false;
  // "A, B jointly oppose ...": an adverb may stand before the verb.
  const verb = tags.pos[end] === 'ADV' || lex.grammar.preverbalAdverbs.has(keys[end] ?? '') ? end + 1 : end;
  // A headline's verb is often tagged a noun ("sign", "ink"): an event verb in its base form counts too.
  return tags.pos[verb] === 'VERB' && tags.lemma(verb) === keys[verb]
    || lex.events.matchesAt(sentence.tokens, keys, verb).some((m) => m.pos === 'verb' && m.lemma === keys[verb]);
}

/** Whether the token at `i` (adverbs aside) is a verb: the participant before it is a clause's subject. */
export function opensClause(tags: Tagged, i: number): boolean {
  while (tags.pos[i] === 'ADV') i++;
  return tags.pos[i] === 'VERB' || tags.pos[i] === 'AUX';
}

/** The index of the word before token `at`, determiners passed over ("received [the] X"); -1 when none. */
export function beforeDeterminers(lex: Lexicon, keys: readonly string[], at: number): number {
  let i = at - 1;
  while (i >= 0 && lex.grammar.determiners.has(keys[i]!)) i--;
  return i;
}

/** Whether a verb takes the group at token `at` as its object: one stands right before it, determiners aside ("said" opens a clause instead). */
/** Whether the word before token `at` (determiners aside) is a verb other than one of speech, or a preposition. */
function objectAt(lex: Lexicon, keys: readonly string[], tags: Tagged, at: number): boolean {
  const i = beforeDeterminers(lex, keys, at);
  return i >= 0 && (tags.pos[i] === 'VERB' && !lex.syntax.speechVerbs.has(keys[i]!) || lex.grammar.prepositions.has(keys[i]!));
}

/**
 * "with Mali's transitional president, X, and Burkina Faso's ...": what governs a possessor governs the group it
 * possesses, past the lower-case words of the title between them.
 */
function possessedGovernor(keys: readonly string[], tags: Tagged, possessor: Group | undefined, at: number): string | undefined {
  if (!possessor?.possessor || possessor.governor === undefined || keys[possessor.end + 1] !== 's') return undefined;
  const from = possessor.end + 2;
  if (at < from || at - from > MODIFIER_REACH) return undefined;
  for (let i = from; i < at; i++) if (tags.pos[i] !== 'ADJ' && tags.pos[i] !== 'NOUN') return undefined;
  return possessor.governor;
}

/** The sentence's participants (sorted by start) in coordination groups, in text order. */
export function groupsOf(lex: Lexicon, sentence: Sentence, participants: readonly Participant[], tags: Tagged): Group[] {
  const keys = sentence.keys;
  const groups: Group[] = [];
  let members: Participant[] = [];
  let end = -1;
  // Members joined by a comma wait for an "and" to confirm the list; without one they stand alone.
  let pendingCommas: number[] = [];
  // Where ", and" joined a member; a list going on with commas after it shows it joined clauses ("over X, and A, B and
  // C were ..."): the group is cut there.
  let commaAnd = -1;
  // The last two members were joined by "and" alone.
  let closedByAnd = false;
  // A semicolon has joined two members of the list.
  let semicolonJoined = false;
  const clauseCuts: number[] = [];
  // Every member a comma joined: "During his call with X, Y and X exchanged greetings" names X again after the comma, so
  // the comma ends the phrase a preposition opened, not a member of one list ("received the President of X, Y": Y is
  // the president again, in apposition).
  const commaJoins: number[] = [];
  const close = (): void => {
    if (members.length === 0) return;
    // Three or more members joined by commas are a list even when its last member is no participant ("A, B, C and the X");
    // so are two opening a sentence in a headline's manner, a verb in the plural after them ("Ruto, Museveni hold talks").
    const listed = pendingCommas.length >= 2 || headlinePair(lex, sentence, tags, members.length, rangeOf(sentence, members[0]!)[0], end) ? [] : pendingCommas;
    // "his Ethiopian counterpart X and Somalia's Y": a state's possessive before a name, after a person, is that state's
    // alone (people and a state share no one they possess); "and B's outgoing president, Y" is read through what
    // governs the group, as below.
    const [, lastEnd] = rangeOf(sentence, members[members.length - 1]!);
    const ownPossessive = members.length >= 2 && keys[lastEnd] === "'" && keys[lastEnd + 1] === 's' && sentence.tokens[lastEnd + 2]?.capitalised === true
      && members[members.length - 1]!.tier === 1 && members.slice(0, -1).some((m) => m.tier === 0) ? [members.length - 1] : [];
    const named = (m: Participant): EntityKey | undefined => (m.kind === 'mention' && m.keys.length === 1 ? m.keys[0] : undefined);
    const governed = lex.grammar.prepositions.has(keys[rangeOf(sentence, members[0]!)[0] - 1] ?? '');
    const repeated = governed ? commaJoins.filter((c) => named(members[c]!) !== named(members[c - 1]!)
      && members.slice(c).some((m) => named(m) !== undefined && members.slice(0, c).some((n) => named(n) === named(m)))) : [];
    const cuts = [...new Set([...clauseCuts, ...listed, ...ownPossessive, ...repeated])].sort((x, y) => x - y);
    let from = 0;
    for (const cut of [...cuts, members.length]) {
      const part = members.slice(from, cut);
      const [a] = rangeOf(sentence, part[0]!);
      const [, b] = rangeOf(sentence, part[part.length - 1]!);
      // Folding has made every apostrophe "'". A plural's stands alone: "the two countries' hand".
      const apostrophe = keys[b] === "'" && !sentence.tokens[b]!.spaceBefore;
      const possessor = apostrophe && (keys[b + 1] === 's' || keys[b - 1]!.endsWith('s') && sentence.tokens[b + 1]?.kind === 'word' && !sentence.tokens[b + 1]!.capitalised);
      const governor = governorBefore(lex, keys, tags, a, tags.pos[b] === 'PROPN' || tags.pos[b] === 'NOUN')
        ?? (part.length >= 2 && !opensClause(tags, b) ? appositionGovernor(lex, keys, tags, a) : undefined)
        ?? possessedGovernor(keys, tags, groups.at(-1), a);
      groups.push({ members: part, first: a, end: b, possessor, ...(governor ? { governor } : {}) });
      from = cut;
    }
    members = [];
    pendingCommas = [];
    clauseCuts.length = 0;
    commaJoins.length = 0;
    commaAnd = -1;
    closedByAnd = false;
    semicolonJoined = false;
  };
  // Where the list the participant at `n` opens ends: "and the B president and C agreed" ends at C.
  const listEnd = (n: number): number => {
    let [, b] = rangeOf(sentence, participants[n]!);
    for (let q = n + 1; q < participants.length; q++) {
      const [qa, qb] = rangeOf(sentence, participants[q]!);
      if (qa < b || glueOf(lex, keys, tags, b, qa) === false) break;
      b = qb;
    }
    return b;
  };
  for (const [n, p] of participants.entries()) {
    const [a, b] = rangeOf(sentence, p);
    if (a < 0) continue;
    // Overlapping participants (a frame inside a name) are not coordinated.
    if (members.length > 0 && a >= end) {
      // "X, Ruler of Dubai, and Y", "X, general secretary of the Communist Party of Vietnam Central Committee, and Y":
      // the complement of a member's title ends the member, and a party it names is no member of the group.
      // So does one after "to" of a title in apposition: "X, Senior Advisor to the President of Y, and Z".
      const apposed = keys.slice(rangeOf(sentence, members[members.length - 1]!)[0], end).includes(',');
      const complement = keys[end] === 'of' || keys[end] === 'to' && apposed ? complementEnd(keys, tags, end) : -1;
      if (complement > a) continue;
      const from = complement >= 0 ? complement : end;
      let glue = glueOf(lex, keys, tags, from, a);
      // "The foreign ministers, A's X and B's Y, met": names after a comma are the frame's apposition, not more of a list.
      if (glue === 'comma' && members[members.length - 1]!.kind === 'frame') glue = false;
      // "A met B, and C sat down with D", "X hosted A and B, and the three leaders signed", "A held talks with B, and C
      // met D": after ", and" a member followed by its verb opens a new clause when the members before are a verb's or
      // a preposition's object ("King X, the custodian, and Crown Prince Y sent cables" stays one group).
      if (glue === 'and' && keys[from] === ',' && opensClause(tags, listEnd(n)) && objectAt(lex, keys, tags, rangeOf(sentence, members[0]!)[0])) glue = false;
      // "In the presence of A and B, C and D signed": a list "and" has closed goes on past no comma, nor past a semicolon
      // unless its preposition or an honorific follows ("from A and B; from C", "from King A and Prince B; His Majesty
      // C"; not "greetings from A and B; C and D agree").
      const semicolon = keys.slice(from, a).indexOf(';');
      const next = from + semicolon + 1;
      // ... or a semicolon joined its members before ("A; B and C; D").
      const listGoesOn = semicolon >= 0 && (lex.syntax.repeatable.has(keys[next] ?? '') || lex.honorifics.longestAt(keys, next) !== undefined || semicolonJoined);
      if (glue === 'comma' && closedByAnd && !listGoesOn) glue = false;
      if (glue === 'comma' && commaAnd > 0) {
        clauseCuts.push(commaAnd);
        pendingCommas = pendingCommas.filter((c) => c > commaAnd);
        commaAnd = -1;
      }
      if (glue === 'and') {
        pendingCommas = pendingCommas.filter((c) => clauseCuts.some((cut) => c <= cut));
        // A comma right before "and", which may join clauses: not one closing an aside ("X, the host, and Y"), nor
        // one before "as well as", which joins only names ("A, as well as B, C and D").
        if (keys[from] === ',' && keys[from + 1] === 'and') commaAnd = members.length;
      }
      closedByAnd = glue === 'and' && keys[from] !== ',';
      if (glue === false) close();
      else if (glue === 'comma') {
        pendingCommas.push(members.length);
        commaJoins.push(members.length);
        if (semicolon >= 0) semicolonJoined = true;
      }
    } else if (members.length > 0) {
      // The same person read twice, by a title and by a name inside it ("Ratu X Y" and "X Y"), is one member: the
      // longer reading ("the two top leaders" over "the two").
      const last = members[members.length - 1]!;
      if (p.keys.length > 0 && p.keys.every((k) => last.keys.includes(k))) {
        if (p.span.end - p.span.start > last.span.end - last.span.start) members[members.length - 1] = p;
        end = Math.max(end, b);
        continue;
      }
      close();
    }
    members.push(p);
    end = Math.max(end, b);
  }
  close();
  return groups;
}
