// Who does what in a clause, read from groups and parts of speech rather than word windows: the
// subject of a verb (the nearest group before it in its clause that no preposition governs and no verb
// takes as object, or a relative pronoun's antecedent, or the subject of the clause a coordinated or
// participle verb hangs on) and its object (the first group after it that the verb's pattern admits,
// passing over adverbials, places and asides).
import type { EventContext } from '../types.js';
import type { Lexicon } from '../../knowledge/lexicon.js';
import type { Sentence } from '../text/sentences.js';
import { tagsOf, type Tagged } from '../text/pos.js';
import type { Participant } from '../events/participants.js';
import { firstWhere } from '../sorted.js';
import { tokenFrom } from '../text/tokens.js';
import { beforeDeterminers, groupsOf, introducerEndingAt, opensClause, type Group } from './groups.js';
import { mayCloseQuotation, mayOpenQuotation, OPENING_QUOTES, STRAIGHT_QUOTE } from '../text/quotes.js';
import { ArticleCache } from '../article-cache.js';

/**
 * How far back (in tokens) a clause's start, or forward an aside's end, is looked for: clauses are
 * shorter, and a bound keeps run-on sentences linear.
 */
const SCAN_TOKENS = 80;

export interface SentenceSyntax {
  readonly sentence: Sentence;
  readonly groups: readonly Group[];
  readonly tags: Tagged;
  /** Tokens inside an aside: a relative clause between commas, a parenthesis, a dash pair. */
  readonly aside: readonly boolean[];
  /** For each token inside a quotation, the index of its opening quote; -1 outside. */
  readonly quotation: readonly number[];
}

const cache = new ArticleCache<readonly Participant[], SentenceSyntax>();

/** Dashes that set off an aside when spaced: " - ", " – ", " — ". */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** The syntax of a sentence over one list of its participants, computed once per list. */
export function syntaxOf(ctx: EventContext, sentence: Sentence, participants: readonly Participant[]): SentenceSyntax {
  const cached = cache.get(participants);
  if (cached) return cached;
  const lex = ctx.knowledge.lexicon;
  const keys = sentence.keys;
  const tags = tagsOf(ctx.article.text, sentence);
  const aside: boolean[] = keys.map(() => false);
  for (let i = 0; i < keys.length; i++) {
    // ", who ...," ", which ...,": a relative clause set off by commas; "( ... )"; ", adopted by X and Y,": a
    // participle with its agent, set off by commas.
    const participle = keys[i] === ',' && tags.pos[i + 1] === 'VERB' && keys[i + 1]!.endsWith('ed');
    // ", the leader of X who ...,": an apposition after a name, set off by commas before a form of "be", an auxiliary,
    // a preposition or a verb in the past ("for X, the historian who won the runoff, from A and B"; "X, a former minister
    // of Y, condemned").
    const apposition = keys[i] === ',' && i > 0 && tags.pos[i - 1] === 'PROPN' && lex.grammar.determiners.has(keys[i + 1] ?? '');
    // ", of which X is a member,", ", with whom ...,": a relative pronoun after its preposition.
    const relative = lex.syntax.relativePronouns.has(keys[i + 1] ?? '') || lex.grammar.prepositions.has(keys[i + 1] ?? '') && lex.syntax.relativePronouns.has(keys[i + 2] ?? '');
    // "the Troika - the United States, the United Kingdom and Norway - welcomed": a spaced dash after a party, and its mate.
    const dash = DASHES.has(keys[i]!) && sentence.tokens[i]!.spaceBefore && i > 0 && participants.some((p) => p.span.end === sentence.tokens[i - 1]!.end);
    const opens = keys[i] === ',' && (relative || participle || apposition) || keys[i] === '(' || dash;
    if (!opens) continue;
    const closer = keys[i] === '(' ? ')' : dash ? keys[i]! : ',';
    let j = i + 1;
    const limit = Math.min(keys.length, i + SCAN_TOKENS);
    while (j < limit && keys[j] !== closer && !(closer === ',' && keys[j] === ';')) j++;
    if (j >= limit && (closer === ',' || dash || limit < keys.length)) continue;
    if (participle && !keys.slice(i + 2, j).includes('by')) continue;
    // ", who, according to X, assured ...": a comma right after the pronoun opens an aside inside the clause; the
    // clause itself is no aside of two words.
    if (relative && !participle && !apposition && j - i <= 3 && lex.syntax.relativePronouns.has(keys[j - 1]!)) continue;
    if (apposition && tags.pos[j + 1] !== 'AUX' && tags.pos[j + 1] !== 'ADP' && !(tags.pos[j + 1] === 'VERB' && keys[j + 1]!.endsWith('ed'))) continue;
    // A dash breaks a clause where it stands alone: the two that set off an aside are the aside's.
    for (let k = dash ? i : i + 1; k < (dash ? j + 1 : j); k++) aside[k] = true;
    // The verb after an apposition's closing comma is the name's own, no participle opening an aside.
    i = apposition && tags.pos[j + 1] === 'VERB' || dash ? j : j - 1;
  }
  const quotation: number[] = [];
  let open = -1;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (OPENING_QUOTES.has(k) || k === STRAIGHT_QUOTE && open < 0) { quotation.push(-1); open = i; } else if (mayCloseQuotation(k)) { quotation.push(-1); open = -1; } else quotation.push(open);
  }
  const syntax: SentenceSyntax = { sentence, groups: groupsOf(lex, sentence, participants, tags), tags, aside, quotation };
  cache.set(participants, syntax);
  return syntax;
}

/** "[Putin and Xi] with:[Lula]": the groups as `explain` shows them. */
export function describeGroups(ctx: EventContext, syn: SentenceSyntax): string {
  const text = ctx.article.text;
  return syn.groups.map((g) => `${g.governor ? `${g.governor}:` : ''}[${g.members.map((m) => text.slice(m.span.start, m.span.end)).join(' + ')}]${g.possessor ? "'s" : ''}`).join(' ');
}

const isVerb = (tags: Tagged, i: number): boolean => tags.pos[i] === 'VERB';

/**
 * A group directly after a verb (determiners aside) is that verb's object; after a verb of speech it opens the
 * reported clause as its subject ("said [he] had called X"), unless the verb takes an addressee ("told [Y]").
 */
function objectOfVerb(ctx: EventContext, syn: SentenceSyntax, g: Group): boolean {
  const keys = syn.sentence.keys;
  let i = beforeDeterminers(ctx.knowledge.lexicon, keys, g.first);
  // "telephoned Ghana's John Mahama": the name a person's state possesses stands between.
  if (keys[i] === 's' && keys[i - 1] === "'") {
    i -= 2;
    while (i >= 0 && syn.tags.pos[i] === 'PROPN') i--;
    i = beforeDeterminers(ctx.knowledge.lexicon, keys, i + 1);
  }
  // 'said it "condemns" the Israeli strikes': a verb quoted alone still takes the object after its quotation.
  if (i > 0 && mayCloseQuotation(syn.sentence.keys[i]!) && syn.quotation[i - 1]! >= 0) i--;
  const s = ctx.knowledge.lexicon.syntax;
  const verb = syn.sentence.keys[i];
  // "told [Y]" takes an addressee: its object still, as does "wrote [Y] a letter".
  return i >= 0 && isVerb(syn.tags, i) && !(s.speechVerbs.has(verb!) && !s.addressedSpeechVerbs.has(verb!) && !firstOfTwoObjects(ctx, syn, g));
}

/** "wrote [Y] a letter": the verb at `j` takes two objects and opens no reported clause. */
function objectsAfter(ctx: EventContext, syn: SentenceSyntax, j: number): boolean {
  const g = syn.groups[firstWhere(syn.groups.length, (n) => syn.groups[n]!.first > j)];
  return g !== undefined && beforeDeterminers(ctx.knowledge.lexicon, syn.sentence.keys, g.first) === j && firstOfTwoObjects(ctx, syn, g);
}

/** "wrote [Y] a letter": a group followed by a determiner is the first of a verb's two objects, no clause's subject. */
function firstOfTwoObjects(ctx: EventContext, syn: SentenceSyntax, g: Group): boolean {
  return ctx.knowledge.lexicon.grammar.determiners.has(syn.sentence.keys[g.end] ?? '');
}

export interface Subject {
  readonly group: Group;
  readonly via: 'clause' | 'relative' | 'previous clause' | 'possessor' | 'opening phrase' | 'quotation';
}

/** Where the clause holding token `at` begins, and the word that opens it (a subordinator, a speech verb, ";"). */
export function clauseStart(ctx: EventContext, syn: SentenceSyntax, at: number): { start: number; opener?: string } {
  const s = ctx.knowledge.lexicon.syntax;
  const keys = syn.sentence.keys;
  const stop = Math.max(0, at - SCAN_TOKENS);
  for (let j = at - 1; j >= stop; j--) {
    if (syn.aside[j] && !syn.aside[at]) continue;
    const k = keys[j]!;
    // "X told Y in a phone call that ...": before its "that", the addressee and the setting are the speaker's clause's.
    if (s.addressedSpeechVerbs.has(k) && keys.indexOf('that', at) > at) continue;
    // A dash inside a word ("Kassym-Jomart") is no clause break; one set off by spaces is.
    // A capitalised word inside the sentence is part of a name ("the United States"), no clause's opener; nor is a
    // speech verb's noun ("rejected X's claims and condemned").
    const word = !(j > 0 && syn.sentence.tokens[j]!.capitalised) && (s.subordinators.has(k) && !governsNounOnly(syn, j, at) || s.relativePronouns.has(k) || s.speechVerbs.has(k) && syn.tags.pos[j] !== 'NOUN' && !objectsAfter(ctx, syn, j));
    if (s.clausePunctuation.has(k) && (k !== '-' || syn.sentence.tokens[j]!.spaceBefore) || word) return { start: j + 1, opener: k };
  }
  return { start: stop };
}

/**
 * "spoke as chair of the bloc and thanked Y", "on his re-election as president and wished him": a subordinator whose
 * words reach a verb after "and" with no verb of their own governs a noun phrase, and opens no clause.
 */
function governsNounOnly(syn: SentenceSyntax, j: number, at: number): boolean {
  if (syn.sentence.keys[at - 1] !== 'and') return false;
  for (let i = j + 1; i < at - 1; i++) if (syn.tags.pos[i] === 'VERB' || syn.tags.pos[i] === 'AUX') return false;
  return true;
}

/** The index of the last group ending at or before token `to`, or -1; groups are in text order, so ends increase too. */
export function lastGroupBefore(syn: SentenceSyntax, to: number): number {
  return firstWhere(syn.groups.length, (n) => syn.groups[n]!.end > to) - 1;
}

/** Whether token `j` lies inside one of the sentence's groups, found by halving. */
function insideGroup(syn: SentenceSyntax, j: number): boolean {
  const g = syn.groups[firstWhere(syn.groups.length, (n) => syn.groups[n]!.end > j)];
  return g !== undefined && g.first <= j;
}

/** Words after a verb's object that tell what it is accused or blamed of: "accused X of", "blamed X for". */
const CHARGE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * "accused Hezbollah of attacking X", "blamed Al-Shabaab for the attack on Y": a name no party stands for, right after the
 * verb and before what it is charged with, is the verb's object; a party named later is none.
 */
export function nonPartyObjectAt(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  const { keys } = syn.sentence;
  let j = at;
  while (ctx.knowledge.lexicon.grammar.determiners.has(keys[j] ?? '')) j++;
  const start = j;
  while (syn.tags.pos[j] === 'PROPN' && !insideGroup(syn, j) && !ctx.knowledge.lexicon.temporalWords.has(keys[j]!)) j++;
  if (j === start || !CHARGE_PREPOSITIONS.has(keys[j] ?? '')) return false;
  // "the Embassy of the Republic of X": a name or a party right after "of" is the name's own complement.
  let k = j + 1;
  while (ctx.knowledge.lexicon.grammar.determiners.has(keys[k] ?? '')) k++;
  return syn.tags.pos[k] !== 'PROPN' && !insideGroup(syn, k);
}

/** The groups starting within tokens [from, to), found by halving; `whole` keeps only those also ending there. */
function groupsWithin(syn: SentenceSyntax, from: number, to: number, whole = true): Group[] {
  const out: Group[] = [];
  for (let i = firstWhere(syn.groups.length, (n) => syn.groups[n]!.first >= from); i < syn.groups.length && syn.groups[i]!.first < to; i++) {
    if (!whole || syn.groups[i]!.end <= to) out.push(syn.groups[i]!);
  }
  return out;
}

/** How many words may tell which body it is: "India's external affairs ministry", "Russia's defence ministry". */
const BODY_MODIFIERS = 3;
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * "Egypt's foreign ministry", "Iran's government": a possessor acting through the body it possesses; "Britain's Jane
 * Doe": or through a person the gazetteer does not know, who speaks for it.
 */
function possessorActs(ctx: EventContext, syn: SentenceSyntax, g: Group): boolean {
  const lex = ctx.knowledge.lexicon;
  const { keys, tokens } = syn.sentence;
  if (personalName(ctx, syn, g.end + 2)) return true;
  for (let i = g.end + 2; i <= g.end + 2 + BODY_MODIFIERS && i < keys.length; i++) {
    if (lex.actorNouns.matchesAt(keys, i).length > 0 || lex.syntax.actingNouns.matchesAt(keys, i).length > 0) return true;
    if (tokens[i]!.kind !== 'word' || !MODIFIER_TAGS.has(syn.tags.pos[i]!)) return false;
  }
  return false;
}

/**
 * Whether two capitalised proper nouns, neither in a group, a particle aside ("Jean de Lattre"), start at token
 * `at`: the name of someone the gazetteer does not know.
 */
function personalName(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  const { tokens } = syn.sentence;
  const word = (i: number): boolean => tokens[i]?.kind === 'word' && tokens[i]!.capitalised && syn.tags.pos[i] === 'PROPN' && !insideGroup(syn, i);
  const next = ctx.knowledge.lexicon.nameParticles.has(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  return word(at) && word(next);
}

/** How many words the name a state's possessive owns may take ("France's [Jean de Lattre]"). */
const OWNED_NAME_WORDS = 4;

/**
 * "Britain's X and France's Y condemned": two states, each through a person of theirs, are coordinated; the group
 * `g` then takes in the one "and" joins before it. Any other group stays as it is.
 */
function namedPossessorsBefore(ctx: EventContext, syn: SentenceSyntax, candidates: readonly Group[], g: Group): Group {
  const { keys } = syn.sentence;
  if (!g.possessor || !personalName(ctx, syn, g.end + 2)) return g;
  const and = g.first - 1;
  const before = candidates.find((c) => c.possessor && c.end + 2 < and && and - (c.end + 2) <= OWNED_NAME_WORDS && personalName(ctx, syn, c.end + 2));
  if (!before || keys[and] !== 'and') return g;
  // Nothing but the first person's name between the two.
  for (let i = before.end + 2; i < and; i++) if (syn.tags.pos[i] !== 'PROPN' && !ctx.knowledge.lexicon.nameParticles.has(keys[i]!)) return g;
  return { ...g, members: [...before.members, ...g.members], first: before.first };
}

/** The most words a frame noun takes ("heads of state and government"). */
const FRAME_WORDS = 5;

/**
 * "..., and the panel of experts criticised X": the verb at `at` has a noun phrase of its own right before it
 * (adverbs and auxiliaries aside) that names no party, so it borrows no subject from elsewhere.
 */
export function ownSubjectNoun(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  const pos = syn.tags.pos;
  const keys = syn.sentence.keys;
  // "..., with governments around the world pledging aid (and sending ...)": the noun phrase after "with" is the
  // participles' subject.
  if (keys[at]!.endsWith('ing')) {
    for (let j = at - 1; j >= Math.max(0, at - ABSOLUTE_WORDS) && syn.sentence.tokens[j]!.kind === 'word' && !insideGroup(syn, j); j--) {
      if (keys[j] === ABSOLUTE) return j < at - 1;
      if (pos[j] === 'VERB' && !keys[j]!.endsWith('ing')) break;
    }
  }
  let i = at - 1;
  while (i >= 0 && (pos[i] === 'ADV' || pos[i] === 'AUX' || pos[i] === 'PART')) i--;
  // "sent a message this evening congratulating Y": a participle reaches past a time to the noun before it.
  if (keys[at]!.endsWith('ing')) {
    const { temporalWords, grammar } = ctx.knowledge.lexicon;
    let j = i;
    while (j >= 0 && temporalWords.has(keys[j]!)) j--;
    if (j < i) {
      while (j >= 0 && (grammar.determiners.has(keys[j]!) || grammar.prepositions.has(keys[j]!))) j--;
      i = j;
    }
  }
  // "X this morning condemned": a time is no subject.
  if (i < 0 || pos[i] !== 'NOUN' || ctx.knowledge.lexicon.temporalWords.has(keys[i]!)) return false;
  // "exchanged cordial talks", "had breakfast talks": a noun right before an event noun modifies it.
  if (i === at - 1 && pos[at] === 'NOUN' && ctx.knowledge.lexicon.events.isEventNoun(keys[at]!)) return false;
  // "held a three-way call", "face-to-face talks": a hyphenated modifier is no subject.
  const { tokens } = syn.sentence;
  if (i > 0 && keys[i - 1] === '-' && !tokens[i]!.spaceBefore && !tokens[i - 1]!.spaceBefore) return false;
  // The noun phrase the noun ends ("the Egyptian foreign ministry" holds a party; "the panel of experts" does not), a
  // frame's words read whole ("CARICOM heads of government": the heads are the bloc's).
  const frame = ctx.knowledge.lexicon.frameNouns.startEndingAt(keys, i, FRAME_WORDS);
  let first = frame >= 0 ? frame : i;
  // "X each sent messages wishing her success": a sending verb the tagger read as an adjective ends the phrase, whose
  // noun is then that verb's object.
  const { sendingVerbs } = ctx.knowledge.lexicon.syntax;
  while (first > 0 && (pos[first - 1] === 'NOUN' || pos[first - 1] === 'ADJ' || pos[first - 1] === 'PROPN') && !sendingVerbs.has(keys[first - 1]!)) first--;
  if (first > 0 && sendingVerbs.has(keys[first - 1]!) && keys[at]!.endsWith('ing')) return false;
  // "A, B and the other coastal states signed": a noun phrase coordinated with parties is theirs to read; not after a
  // verb of their own ("the two leaders discussed trade, and officials signed").
  let before = first - 1;
  // A possessive pronoun determines the noun as an article does: "X, in his message, extended congratulations".
  while (before >= 0 && (pos[before] === 'DET' || pos[before] === 'PRON')) before--;
  // "X in a telegram congratulated Y": a noun a preposition governs is no subject ("the panel of experts" is one).
  if (before >= 0 && pos[before] === 'ADP' && syn.sentence.keys[before] !== 'of') return false;
  // "X sent messages wishing her success": a participle after a verb's object tells what the verb's subject did.
  if (before >= 0 && pos[before] === 'VERB' && keys[at]!.endsWith('ing')) return false;
  // "X sent Y a letter supporting his efforts": so does one after the direct object that follows a verb's first.
  const indirect = before >= 0 && keys[at]!.endsWith('ing') ? syn.groups[lastGroupBefore(syn, before + 1)] : undefined;
  if (indirect && indirect.end === before + 1 && !indirect.governor && pos[indirect.first - 1] === 'VERB') return false;
  const g = syn.groups[lastGroupBefore(syn, i + 1)];
  const joinsClauses = g !== undefined && pos.slice(g.end, before).includes('VERB');
  if (before >= 0 && (pos[before] === 'CCONJ' || keys[before] === ',') && !joinsClauses) return false;
  return !g || g.end <= first;
}

/** "Canada's commitment to supporting X", "Iran's readiness to help": the possessor of a noun (and one modifier) right before "to" and the verb at `at`. */
function intendsVerb(syn: SentenceSyntax, g: Group, at: number): boolean {
  // The noun stands right after the possessive's "'s", or one modifier later.
  const noun = at - 2;
  return syn.sentence.keys[at - 1] === 'to' && noun >= g.end + 2 && noun <= g.end + 3 && syn.tags.pos[noun] === 'NOUN';
}

/** The relative pronoun that is its clause's object or a preposition's: "Y, whom X met", "Y, with whom X held talks". */
const OBJECT_RELATIVE = 'whom';
/** The word opening a sentence whose subject follows its verb phrase ("Among those who called him was X"). */
const AMONG = 'among';
/** The title of those who speak for a government: "a spokesman for X". */
const SPOKESPERSON = 'spokesperson';
/** How many words a spokesperson's title may take ("press secretary"). */
const SPOKESPERSON_WORDS = 2;
/** The word opening a reported clause: "said that ...", and how far before it its verb may stand ("said on Tuesday that"). */
const THAT = 'that';
const THAT_VERB_REACH = 4;
/** The preposition of an absolute phrase: "with X condemning Y". */
const ABSOLUTE = 'with';
/** How many words the subject of an absolute phrase may take, with a participle before ("with [governments around the world pledging aid and] sending"). */
const ABSOLUTE_WORDS = 10;

/** The group a relative pronoun at token `r` stands for: the one ending right before it, a comma aside. */
function antecedentOf(syn: SentenceSyntax, r: number): Group | undefined {
  let end = r - 1;
  if (syn.sentence.keys[end] === ',') end--;
  const exact = groupsWithin(syn, Math.max(0, end - SCAN_TOKENS), end + 1).find((g) => g.end - 1 === end);
  if (exact) return exact;
  // "spoke with A, who pledged support, and with B": the clause interrupts a group; its members before it stand for it.
  const last = syn.sentence.tokens[end];
  const around = last && syn.groups.find((g) => g.first <= end && g.end > r && g.members.some((p) => p.span.end === last.end));
  return around ? { members: around.members.filter((p) => p.span.end <= last!.end), first: around.first, end: end + 1, possessor: false, ...(around.governor ? { governor: around.governor } : {}) } : undefined;
}

/** How many words a time phrase may take between an antecedent and its relative pronoun ("on Monday evening"). */
const TIME_PHRASE_WORDS = 4;

/**
 * "a call from X on Monday, who congratulated him": where a time phrase set off before a relative pronoun at `r`
 * starts, so the antecedent is read before it; `r` itself when there is none.
 */
function pastTimePhrase(ctx: EventContext, syn: SentenceSyntax, r: number): number {
  const { keys, tokens } = syn.sentence;
  if (keys[r - 1] !== ',') return r;
  let j = r - 2;
  while (j >= 0 && r - 2 - j < TIME_PHRASE_WORDS && (ctx.knowledge.lexicon.temporalWords.has(keys[j]!) || tokens[j]!.kind === 'number')) j--;
  if (j === r - 2) return r;
  return ctx.knowledge.lexicon.grammar.prepositions.has(keys[j]!) ? j : j + 1;
}

/** How many words the noun phrase after "among" may take before a relative pronoun ("among other heads of state who"). */
const AMONG_WORDS = 6;

/**
 * "A, B and C were among the leaders who sent messages": the people a relative pronoun at `r` stands for are the
 * subject of the "be" before "among" that introduces its antecedent.
 */
function amongAntecedent(ctx: EventContext, syn: SentenceSyntax, r: number): Group | undefined {
  const keys = syn.sentence.keys;
  for (let j = r - 1; j >= Math.max(1, r - AMONG_WORDS); j--) {
    if (keys[j] !== AMONG) continue;
    let be = j - 1;
    if (syn.tags.pos[be] === 'ADV') be--;
    if (be < 1 || !ctx.knowledge.lexicon.syntax.beForms.has(keys[be]!)) return undefined;
    return groupsWithin(syn, Math.max(0, be - SCAN_TOKENS), be).find((g) => g.end === be && !g.governor);
  }
  return undefined;
}

/** "Y, whom X met", "Y, with whom X held talks": the other party of the verb at `at` is the antecedent of "whom". */
export function objectOfRelative(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const { start, opener } = clauseStart(ctx, syn, at);
  if (opener !== OBJECT_RELATIVE) return undefined;
  const keys = syn.sentence.keys;
  // A preposition before "whom" ("with whom") stands between it and the antecedent.
  const r = ctx.knowledge.lexicon.grammar.prepositions.has(keys[start - 2] ?? '') ? start - 2 : start - 1;
  return antecedentOf(syn, r);
}

/** How many words the act a party owns may take between its possessor and "which" ("X's missile program, which"). */
const OWNED_ACT_WORDS = 4;

/**
 * "X's missile program, which Y described as reckless", "the strikes by X, which Y condemned": the party whose act the
 * relative pronoun opening the clause of the verb at `at` stands for (a judgement's target).
 */
export function actorOfRelative(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const { start, opener } = clauseStart(ctx, syn, at);
  const keys = syn.sentence.keys;
  if (opener === undefined || opener === OBJECT_RELATIVE || !ctx.knowledge.lexicon.syntax.relativePronouns.has(opener) || keys[start - 1] !== opener) return undefined;
  const agent = antecedentOf(syn, start - 1);
  if (agent) return agent.governor === 'by' ? agent : undefined;
  const end = keys[start - 2] === ',' ? start - 2 : start - 1;
  const owner = groupsWithin(syn, Math.max(0, end - OWNED_ACT_WORDS - 2), end).findLast((g) => g.possessor);
  if (!owner) return undefined;
  const from = owner.end + (keys[owner.end + 1] === 's' ? 2 : 1);
  const act = syn.sentence.tokens.slice(from, end);
  return act.length > 0 && act.length <= OWNED_ACT_WORDS && act.every((t) => t.kind === 'word') ? owner : undefined;
}

/** How many words may stand between the article and "that" of a noun phrase summing up a clause (", a swift move that"). */
const SUMMARY_WORDS = 3;

/**
 * "X visited Moscow on Friday, a trip that Y denounced", "X fired missiles at Z, which Y condemned": a relative clause
 * on a whole clause, or on a noun phrase after a comma summing it up, judges the act that clause tells; its author is
 * that clause's subject. A party right before "which" is its own antecedent (see `actorOfRelative`).
 */
export function actorOfSummarisedClause(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const { start, opener } = clauseStart(ctx, syn, at);
  if (opener === undefined || !ctx.knowledge.lexicon.grammar.relativePronouns.has(opener)) return undefined;
  const { keys } = syn.sentence;
  const pos = syn.tags.pos;
  const r = start - 1;
  let comma = r - 1;
  if (keys[comma] !== ',') {
    if (pos[r - 1] !== 'NOUN') return undefined;
    let i = r - 2;
    while (i >= r - 1 - SUMMARY_WORDS && i > 0 && (pos[i] === 'NOUN' || pos[i] === 'ADJ' || pos[i] === 'ADV')) i--;
    if ((keys[i] !== 'a' && keys[i] !== 'an') || keys[i - 1] !== ',') return undefined;
    comma = i - 1;
  } else if (opener !== 'which' || antecedentOf(syn, r)) return undefined;
  const from = clauseStart(ctx, syn, comma).start;
  for (let v = comma - 1; v >= from; v--) if (isVerb(syn.tags, v)) return subjectOf(ctx, syn, v)?.group;
  return undefined;
}

/** How many words may stand between a verb and the event noun it governs ("prompting a wave of [condemnation]"). */
const GOVERNED_NOUN_REACH = 5;
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'ADV']);

/**
 * "X's launch drew condemnation from Y": the subject of the verb governing the noun at `at`; of a participle after a
 * comma, the sentence's own subject ("X fired a missile into Japan's waters, prompting condemnation from Y").
 */
export function governingVerbSubject(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  const keys = syn.sentence.keys;
  for (let v = at - 1; v >= Math.max(0, at - GOVERNED_NOUN_REACH); v--) {
    // The tagger often reads such a participle as a noun.
    if (keys[v - 1] === ',' && keys[v]!.endsWith('ing') && (syn.tags.pos[v] === 'VERB' || syn.tags.pos[v] === 'NOUN')) {
      const main = syn.groups.find((g) => g.end <= v && !g.governor && !g.possessor);
      return main && main.first <= 1 ? { group: main, via: 'clause' } : undefined;
    }
    if (syn.tags.pos[v] === 'VERB') return subjectOf(ctx, syn, v);
    if (!NOUN_PHRASE_TAGS.has(syn.tags.pos[v]!) && keys[v] !== 'of') return undefined;
  }
  return undefined;
}

/** The word before the "from" governing a group that starts at token `first` ("a [letter] from the President"), or -1. */
function wordBeforeFrom(keys: readonly string[], first: number): number {
  const from = keys.lastIndexOf('from', first - 1);
  return from > 0 && first - from <= GOVERNED_WORDS ? from - 1 : -1;
}

/** How many words may stand between a preposition and the group it governs ("from [the] [President of] X"). */
const GOVERNED_WORDS = 4;

/** The subject of the verb (or verbal noun) at token `at`. */
export function subjectOf(ctx: EventContext, syn: SentenceSyntax, at: number, depth = 0): Subject | undefined {
  const s = ctx.knowledge.lexicon.syntax;
  const keys = syn.sentence.keys;
  // "..., with X condemning Y": the group "with" governs right before a participle is its subject.
  const absolute = keys[at]!.endsWith('ing') ? syn.groups[lastGroupBefore(syn, at)] : undefined;
  // "..., with A, B and C among those expressing solidarity": so is the group among those doing it.
  const among = absolute !== undefined && absolute.end === at - 2 && keys[at - 2] === AMONG && keys[at - 1] === 'those';
  if (absolute && (absolute.end === at || among) && absolute.governor === ABSOLUTE && !absolute.possessor) return { group: absolute, via: 'clause' };
  // "a letter from X congratulating Y": the sender of a message a participle describes wrote it.
  const sender = absolute && absolute.end === at && absolute.governor === 'from' && s.messageNouns.has(keys[wordBeforeFrom(keys, absolute.first)] ?? '');
  if (sender) return { group: absolute, via: 'clause' };
  const clause = clauseStart(ctx, syn, at);
  const { opener } = clause;
  // A list's commas break no clause: "A, B, C and D were among ..." starts at A.
  const around = opener === ',' ? syn.groups[firstWhere(syn.groups.length, (n) => syn.groups[n]!.first >= clause.start) - 1] : undefined;
  const list = around && around.members.length > 2 && around.end > clause.start ? around : undefined;
  const start = list ? list.first : clause.start;
  // "X, who held talks with Y": the relative pronoun's antecedent, whatever stands between the commas ("Y, whom X
  // met" is the object's: its clause has a subject of its own, read below).
  // "the strikes by X, which Y condemned": a party opening the clause is its own subject, and "which" its object.
  // "the threats, which they described as ...", "the strike against Y, which it blamed on X": a pronoun opening it is its
  // subject too, read or not.
  const lex = ctx.knowledge.lexicon;
  // "which the governments of A and B signed": an acting noun and its "of" may open that subject.
  const acting = lex.syntax.actingNouns.longestAt(keys, start + 1);
  const of = acting ? start + 1 + acting.length : -1;
  const opening = acting && lex.syntax.actingPrepositions.has(keys[of] ?? '') ? acting.length + 1 + (lex.grammar.determiners.has(keys[of + 1] ?? '') ? 1 : 0) : 0;
  const ownSubject = (): boolean => groupsWithin(syn, start, at).some((g) => !g.governor && g.first <= start + 1 + opening)
    || lex.personPronouns.has(keys[start] ?? '') || lex.groupPronouns.has(keys[start] ?? '') || lex.institutionPronouns.has(keys[start] ?? '');
  if (opener !== undefined && s.relativePronouns.has(opener) && keys[start - 1] === opener && opener !== OBJECT_RELATIVE && !ownSubject()) {
    const past = pastTimePhrase(ctx, syn, start - 1);
    const antecedent = amongAntecedent(ctx, syn, start - 1) ?? antecedentOf(syn, start - 1) ?? (past < start - 1 ? antecedentOf(syn, past) : undefined);
    if (antecedent) return { group: antecedent, via: 'relative' };
  }
  // "exchanged documents after signing X", "while visiting Y": a gerund right after a subordinator has no subject of
  // its own; it takes that of the clause it hangs on.
  if (depth < 2 && opener !== undefined && s.subordinators.has(opener) && clause.start === at && at > 1 && keys[at]!.endsWith('ing')) {
    const main = subjectOf(ctx, syn, at - 1, depth + 1);
    if (main) return { group: main.group, via: 'previous clause' };
  }
  // "a delegation led by X met Y": the one leading the group acts for it.
  const leader = groupsWithin(syn, start, at).find((g) => g.governor === 'by' && s.leadingParticiples.has(keys[g.first - 2] ?? '') && keys[g.first - 1] === 'by' && opensClause(syn.tags, g.end));
  if (leader) return { group: leader, via: 'clause' };
  // "A spokesman for the French foreign ministry condemned": the one the clause's spokesperson speaks for.
  const spokenFor = groupsWithin(syn, start, at).find((g) => {
    if (g.governor !== 'for') return false;
    const noun = beforeDeterminers(lex, keys, g.first) - 1;
    const first = noun >= start ? lex.titles.startEndingAt(keys, noun, SPOKESPERSON_WORDS) : -1;
    const title = first >= 0 ? lex.titles.matchesAt(keys, first).find((m) => first + m.length - 1 === noun)?.payloads[0] : undefined;
    return title?.title === SPOKESPERSON && beforeDeterminers(lex, keys, first) < start;
  });
  if (spokenFor) return { group: spokenFor, via: 'clause' };
  // "Y, whom X received on Monday, assuring him ...": a participle right after an aside's closing comma goes on with
  // the aside's clause, and takes its subject.
  if (depth < 2 && keys[at]!.endsWith('ing') && keys[at - 1] === ',' && at > 1 && syn.aside[at - 2] && !syn.aside[at]) {
    const aside = subjectOf(ctx, syn, at - 2, depth + 1);
    if (aside) return { group: aside.group, via: 'previous clause' };
  }
  // "the Israeli [air] attacks": a demonym describing an act is its author, no clause's subject.
  const acts = ctx.knowledge.lexicon.actionNouns;
  // Nor is one a copula predicates ("the missile was Iranian-made and ...").
  const attributive = (g: Group): boolean => g.members.every((p) => p.kind === 'demonym')
    && (acts.has(keys[g.end] ?? '') || syn.tags.pos[g.end] === 'NOUN' && acts.has(keys[g.end + 1] ?? '') || lex.syntax.beForms.has(keys[g.first - 1] ?? ''));
  const candidates = groupsWithin(syn, start, at).filter((g) => !g.governor && (!g.possessor || possessorActs(ctx, syn, g) || intendsVerb(syn, g, at)) && (syn.aside[g.first] === syn.aside[at]) && !attributive(g));
  const free = candidates.filter((g) => !objectOfVerb(ctx, syn, g));
  // A verb after "and" whose clause holds only objects shares a subject: 'said it "condemns" the Israeli strikes and
  // reaffirmed its support', where what the speaker reports is the speaker's own.
  const coordinated = free.length === 0 && candidates.length > 0 && keys[at - 1] === 'and';
  if (coordinated && opener !== undefined && s.speechVerbs.has(opener) && depth < 2) {
    const speaker = subjectOf(ctx, syn, start - 1, depth + 1);
    if (speaker) return { group: speaker.group, via: 'previous clause' };
  }
  // The possessor of the intention is the verb's own subject, even as another verb's object ("stressed X's commitment to").
  // The one a giving verb gives the noun to is never its subject ("had sent [Y] a message of congratulations").
  const given = free.length === 0 ? recipientBefore(ctx, syn, at) : undefined;
  const last = candidates.find((g) => g.possessor && intendsVerb(syn, g, at)) ?? free[free.length - 1] ?? candidates.findLast((g) => g !== given);
  const chosen = last && namedPossessorsBefore(ctx, syn, candidates, last);
  // "..., and last August it gave X": "it" right before the verb is its subject, read as no party: none further back is.
  let before = at - 1;
  while (before > start && syn.tags.pos[before] === 'ADV') before--;
  if (chosen && chosen.end <= before && lex.institutionPronouns.has(keys[before] ?? '') && syn.tags.pos[before] === 'PRON') return undefined;
  // "X was the only EU leader to congratulate Y": a predicate noun describes the copula's subject, who acts.
  const copula = chosen && keys[at - 1] === lex.infinitive && depth < 2 ? copulaBefore(ctx, syn, chosen.first) : -1;
  if (copula > 0) {
    const described = subjectOf(ctx, syn, copula, depth + 1);
    if (described) return { group: described.group, via: 'clause' };
  }
  // "the two leaders discussed trade, and officials signed": a noun right before the verb is its subject, not a party
  // further back; a participle with its agent modifies the noun ("a summit hosted by X").
  // An infinitive's subject is its clause's ("called X on Monday morning to congratulate him").
  // A phrase opening with a preposition ("its position in support of X") has the clause's subject, past the noun it follows.
  if (chosen && !chosen.possessor && keys[at + 1] !== 'by' && keys[at - 1] !== ctx.knowledge.lexicon.infinitive && syn.tags.pos[at] !== 'ADP' && ownSubjectNoun(ctx, syn, at)) return undefined;
  // "X abides by A, recognizes that B is C, and firmly supports D": a verb coordinated after ", and" shares the subject
  // of the verbs listed before it, not that of the "that" clause one of them reports.
  const reported = chosen && depth < 2 ? reportedClauseSubject(syn, chosen, at) : -1;
  if (reported > 0) {
    const listed = subjectOf(ctx, syn, reported - 1, depth + 1);
    if (listed) return { group: listed.group, via: 'previous clause' };
  }
  if (chosen) return { group: chosen, via: 'clause' };
  // "X said that the missile was Iranian-made and accused Y": a verb after "and" in a reported clause whose subject is
  // no party is the speaker's.
  if (depth < 2 && keys[at - 1] === 'and' && opener === THAT) {
    // The speech verb may stand a few words before "that" ("said on Tuesday that").
    let verb = start - 2;
    while (verb > 0 && start - 2 - verb < THAT_VERB_REACH && syn.tags.pos[verb] !== 'VERB') verb--;
    const speaker = s.speechVerbs.has(keys[verb] ?? '') && syn.tags.pos[verb] === 'VERB' ? subjectOf(ctx, syn, verb, depth + 1) : undefined;
    if (speaker) return { group: speaker.group, via: 'previous clause' };
  }
  // "X telephoned Y, the agency said, and described ...": an attribution set off by commas is passed over.
  const attribution = opener !== undefined && s.speechVerbs.has(opener) && keys[start] === ',' ? keys.lastIndexOf(',', start - 2) : -1;
  if (depth < 2 && attribution > 0 && start - attribution <= ATTRIBUTION_WORDS && !ownSubjectNoun(ctx, syn, at)) {
    // The verb it is coordinated with is the last finite one before (not "to express").
    let verb = attribution - 1;
    while (verb >= 0 && !(syn.tags.pos[verb] === 'VERB' && keys[verb - 1] !== lex.infinitive)) verb--;
    const previous = verb >= 0 ? subjectOf(ctx, syn, verb, depth + 1) : undefined;
    return previous ? { group: previous.group, via: 'previous clause' } : undefined;
  }
  // "..., and then held talks with Y", "..., telephoning Y": the verb shares the previous clause's subject.
  if (depth < 2 && start > 0 && (opener === undefined || s.clausePunctuation.has(opener) && opener === ',') && !ownSubjectNoun(ctx, syn, at)) {
    const previous = subjectOf(ctx, syn, start - 1, depth + 1);
    return previous ? { group: previous.group, via: 'previous clause' } : undefined;
  }
  return undefined;
}

/** How many words of a predicate noun may stand before a group in it ("was [the only] EU leader"). */
const PREDICATE_WORDS = 4;

/** The form of "be" a predicate noun phrase holding the group at token `first` follows ("was the first EU leader"), or -1. */
function copulaBefore(ctx: EventContext, syn: SentenceSyntax, first: number): number {
  const lex = ctx.knowledge.lexicon;
  let b = first - 1;
  for (let n = 0; b >= 0 && n < PREDICATE_WORDS && (lex.grammar.determiners.has(syn.sentence.keys[b]!) || syn.tags.pos[b] === 'ADJ' || syn.tags.pos[b] === 'ADV' || syn.tags.pos[b] === 'NUM'); n++) b--;
  return b >= 0 && b < first - 1 && lex.syntax.beForms.has(syn.sentence.keys[b]!) ? b : -1;
}

/** How many tokens an attribution set off by commas may span (", the Saudi Press Agency said,"). */
const ATTRIBUTION_WORDS = 8;

/** How many words may stand between "that" and the subject of the clause it opens ("that [the] Taiwan region"). */
const THAT_SUBJECT_REACH = 2;

/**
 * The "that" a verb reports the clause of, when `group` is that clause's subject and the verb at `at` is coordinated
 * after ", and" (adverbs aside) with the verb before "that"; else -1.
 */
function reportedClauseSubject(syn: SentenceSyntax, group: Group, at: number): number {
  const keys = syn.sentence.keys;
  let j = at - 1;
  while (j >= 0 && syn.tags.pos[j] === 'ADV') j--;
  if (keys[j] !== 'and' || keys[j - 1] !== ',') return -1;
  const that = keys.lastIndexOf('that', group.first - 1);
  return that > 0 && group.first - that <= THAT_SUBJECT_REACH && syn.tags.pos[that - 1] === 'VERB' ? that : -1;
}

/** The form of "be" right before token `at`, adverbs aside ("was [earlier] received"), or -1. */
export function beFormBefore(lex: Lexicon, keys: readonly string[], tags: Tagged, at: number): number {
  let i = at - 1;
  while (i >= 0 && tags.pos[i] === 'ADV') i--;
  return i >= 0 && lex.syntax.beForms.has(keys[i]!) ? i : -1;
}

/** "was received (earlier) by": a past participle after a form of "be", adverbs aside ("is supporting X" is active). */
export function isPassive(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  return syn.tags.pos[at] === 'VERB' && !syn.sentence.keys[at]!.endsWith('ing') && beFormBefore(ctx.knowledge.lexicon, syn.sentence.keys, syn.tags, at) >= 0;
}

/**
 * "At the meeting with Xi, Chinh proposed ...": an event noun inside a phrase that opens the sentence belongs
 * to the subject of the clause after the phrase's comma.
 */
export function subjectAfterOpeningPhrase(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  const keys = syn.sentence.keys;
  if (syn.tags.pos[0] !== 'ADP') return undefined;
  const comma = keys.indexOf(',');
  if (comma < 0 || comma < at || comma - at > SCAN_TOKENS) return undefined;
  const group = groupsWithin(syn, comma + 1, comma + 1 + OBJECT_REACH, false).find((g) => !g.governor && !g.possessor);
  if (!group) return undefined;
  // A semicolon or a verb between: the group is another clause's ("greetings from A, B and C; D and E agree").
  for (let j = comma + 1; j < group.first; j++) if (isVerb(syn.tags, j) || keys[j] === ';') return undefined;
  return { group, via: 'opening phrase' };
}

/** "hosted a dinner that evening for X", "a call was held that day": "that" before a time word names the time, opening no clause. */
function namesTime(ctx: EventContext, keys: readonly string[], j: number): boolean {
  return keys[j] === 'that' && ctx.knowledge.lexicon.temporalWords.has(keys[j + 1] ?? '');
}

/** The first token at or after `from` that opens another clause (a subordinator, a relative pronoun, reported speech, ";"), or the sentence's end. */
export function clauseEnd(ctx: EventContext, syn: SentenceSyntax, from: number): number {
  const s = ctx.knowledge.lexicon.syntax;
  const keys = syn.sentence.keys;
  const stop = Math.min(keys.length, from + SCAN_TOKENS);
  for (let j = from; j < stop; j++) {
    if (syn.aside[j] && !syn.aside[from]) continue;
    const k = keys[j]!;
    if (namesTime(ctx, keys, j)) continue;
    // A verb of speech only as a verb: "the United States" says nothing.
    if (k === ';' || s.subordinators.has(k) || s.relativePronouns.has(k) || s.speechVerbs.has(k) && isVerb(syn.tags, j)) return j;
  }
  return stop;
}

/**
 * Where the predicate holding token `from` ends: its clause's end, or an "and" or "but" before a verb of its own
 * ("hailed the poll and congratulated X": X is not what was hailed).
 */
export function predicateEnd(ctx: EventContext, syn: SentenceSyntax, from: number): number {
  const end = clauseEnd(ctx, syn, from);
  const keys = syn.sentence.keys;
  for (let j = from; j < end - 1; j++) {
    if ((keys[j] === 'and' || keys[j] === 'but') && opensClause(syn.tags, j + 1)) return j;
  }
  return end;
}

/** The groups starting after token `from`, near it and within its clause. */
function groupsInClause(ctx: EventContext, syn: SentenceSyntax, from: number): Group[] {
  // An aside between ("for X, the historian who won the runoff, from A") does not count towards the reach.
  let reach = from;
  for (let n = 0; n <= OBJECT_REACH && reach < syn.aside.length; reach++) if (!syn.aside[reach] || syn.aside[from]) n++;
  return groupsWithin(syn, from, Math.min(clauseEnd(ctx, syn, from), reach), false).filter((g) => !syn.aside[g.first] || syn.aside[from]);
}

/** The first group a preposition governs after token `from`, near it and within its clause: "poured in from A and B", "was held between A and B". */
export function governedInClause(ctx: EventContext, syn: SentenceSyntax, from: number, preposition: string): Group | undefined {
  return groupsInClause(ctx, syn, from).find((g) => g.governor === preposition);
}

/** "a meeting at Modi's residence", "talks in X's office": people owning the place the clause after `from` names. */
export function venueOwner(ctx: EventContext, syn: SentenceSyntax, from: number): Group | undefined {
  return groupsInClause(ctx, syn, from).find((g) => (g.governor === 'at' || g.governor === 'in') && g.possessor && g.members.every((p) => p.tier === 0));
}

/** How far after its verb an object may start, in tokens: adverbials and places may come first. */
const OBJECT_REACH = 14;
/** How far an object its own preposition governs may start, past longer adverbials. */
const GOVERNED_REACH = 28;

export interface ObjectOptions {
  /** Prepositions that may govern the object ("with" for a meeting); a bare group counts only when `bare`. */
  readonly prepositions: ReadonlySet<string>;
  readonly bare: boolean;
  /** Whether a possessor ("Israel's strikes") may be the object. */
  readonly possessor: boolean;
}

/** "led by", "headed by": the participle at `at` names who leads the group before it. */
function ledBy(ctx: EventContext, keys: readonly string[], at: number): boolean {
  return at >= 0 && keys[at + 1] === 'by' && ctx.knowledge.lexicon.syntax.leadingParticiples.has(keys[at]!);
}

/** A modifier word: an adjective, or a participle in -ed. */
const modifierAt = (syn: SentenceSyntax, j: number): boolean => syn.tags.pos[j] === 'ADJ' || syn.sentence.keys[j]?.endsWith('ed') === true;

/**
 * "in narrow and expanded formats", "in restricted and extended formats": a participle coordinated with another modifier
 * before a noun describes it, and is no verb of its own.
 */
function coordinatedModifier(syn: SentenceSyntax, j: number): boolean {
  const { keys } = syn.sentence;
  const noun = (i: number): boolean => syn.tags.pos[i] === 'NOUN';
  if (!keys[j]!.endsWith('ed')) return false;
  return (keys[j - 1] === 'and' && modifierAt(syn, j - 2) && noun(j + 1)) || (keys[j + 1] === 'and' && modifierAt(syn, j + 2) && noun(j + 3));
}

/** The first group after token `from` that the verb's pattern admits, before another clause or verb begins. */
export function objectAfter(ctx: EventContext, syn: SentenceSyntax, from: number, options: ObjectOptions): Group | undefined {
  const s = ctx.knowledge.lexicon.syntax;
  const keys = syn.sentence.keys;
  // Where the words between the trigger and the groups have been read up to: each is read once.
  let scanned = from;
  for (const g of groupsWithin(syn, from, from + GOVERNED_REACH + 1, false)) {
    // Far from the verb only a group its own preposition governs, past adverbials ("sent messages on the occasion of
    // ... in ... to A, B and C").
    if (g.first > from + OBJECT_REACH && (g.governor === undefined || !options.prepositions.has(g.governor))) continue;
    // A clause or another verb between the trigger and the group ends the search.
    let j = scanned;
    for (; j < g.first; j++) {
      if (syn.aside[j]) continue;
      // "to the heads of state of X": an acting noun is no verb, whatever the tagger says.
      const acting = s.actingNouns.longestAt(keys, j);
      if (acting) { j += acting.length - 1; continue; }
      // "met several leaders, including X", "countries such as X": a list introducer opens no clause, nor does a word of a
      // name ("the Organization of American States") or a noun after a determiner ("to the heads and members of").
      if (introducerEndingAt(ctx.knowledge.lexicon, keys, j) >= 0 || insideGroup(syn, j) || ctx.knowledge.lexicon.grammar.determiners.has(keys[j - 1] ?? '')) continue;
      const k = keys[j]!;
      if (namesTime(ctx, keys, j)) continue;
      // A verb of speech only as a verb: "the member states" says nothing.
      // "spoke to reporters about relations with X": a party past what the act is about is part of its topic.
      if (k === ';' || s.subordinators.has(k) || s.relativePronouns.has(k) || s.topicOpeners.has(k) || s.speechVerbs.has(k) && isVerb(syn.tags, j)) return undefined;
      // A verb joined by a hyphen is part of a compound ("president-elect", "Russian-backed"), not a clause's.
      const compound = keys[j - 1] === '-' && !syn.sentence.tokens[j]!.spaceBefore;
      // "the democratically elected government": a participle between a determiner or adverb and a noun describes it.
      const attributive = (syn.tags.pos[j - 1] === 'DET' || syn.tags.pos[j - 1] === 'ADV') && MODIFIER_TAGS.has(syn.tags.pos[j + 1]!) && keys[j]!.endsWith('ed');
      if (j > from && isVerb(syn.tags, j) && !compound && !attributive && !coordinatedModifier(syn, j) && !s.lightVerbs.has(syn.tags.lemma(j)) && !ledBy(ctx, keys, j)) return undefined;
    }
    scanned = j;
    if (syn.aside[g.first] && !syn.aside[from]) continue;
    if (closingAttribution(ctx, syn, g)) return undefined;
    // "received a delegation led by X": the one leading the group object stands for it.
    // "support for the mediation efforts led by X": so does the one leading what the verb's preposition governs.
    if (g.governor === 'by' && ledBy(ctx, keys, g.first - 2) && (options.bare || keys.slice(from, g.first).some((k) => options.prepositions.has(k)))) return g;
    // "condemned the strike and Downing Street welcomed ...": a group after "and" that a verb follows opens a clause, its
    // noun modifiers between ("..., and foreign ministry spokeswoman X said").
    if (g.governor === undefined && keys[beforeModifiers(syn, beforeDeterminers(ctx.knowledge.lexicon, keys, g.first), from)] === 'and' && opensClause(syn.tags, g.end)) return undefined;
    if (g.governor === undefined ? options.bare && (options.possessor || !g.possessor) : options.prepositions.has(g.governor)) return possessedBy(ctx, syn, g) ?? clauseMembers(ctx, syn, g);
  }
  return undefined;
}

/** How many lower-case modifiers may stand between "and" and the group it opens ("and [foreign ministry] spokeswoman X"). */
const CLAUSE_MODIFIERS = 3;

/** The word before the lower-case nouns and adjectives that end at token `at` (a few at most, none before `from`). */
function beforeModifiers(syn: SentenceSyntax, at: number, from: number): number {
  let i = at;
  while (i > from && at - i < CLAUSE_MODIFIERS && MODIFIER_TAGS.has(syn.tags.pos[i]!) && !syn.sentence.tokens[i]!.capitalised) i--;
  return i;
}

/** "condemned Israel and Spain called for calm": the last member of a direct object after "and", when a verb follows it, is the subject of a clause of its own. */
function clauseMembers(ctx: EventContext, syn: SentenceSyntax, g: Group): Group {
  const last = g.members[g.members.length - 1];
  const keys = syn.sentence.keys;
  // A participle after the list tells of all its members ("sent cables to the A and B presidents congratulating them").
  let verb = g.end;
  while (syn.tags.pos[verb] === 'ADV') verb++;
  // A preposition's list ends a noun phrase the verb may follow ("a meeting between A and B ended in a row").
  if (g.members.length < 2 || !last || g.governor !== undefined || !opensClause(syn.tags, g.end) || keys[verb]?.endsWith('ing')) return g;
  const first = tokenFrom(syn.sentence.tokens, last.span.start);
  if (keys[beforeDeterminers(ctx.knowledge.lexicon, keys, first)] !== 'and') return g;
  const members = g.members.slice(0, -1);
  return { ...g, members, end: tokenFrom(syn.sentence.tokens, members[members.length - 1]!.span.end) };
}

/** The people a governed possessor's title names, governed with it ("with Mali's transitional president, X, and ..."). */
function possessedBy(ctx: EventContext, syn: SentenceSyntax, g: Group): Group | undefined {
  // A possessor that ends a list stands for its own leader there ("with X and Bolivia's president, Y").
  if (!g.possessor || g.members.length > 1) return undefined;
  // Groups are in text order: the one after it, found by halving rather than a scan of a run-on sentence's groups.
  const next = syn.groups[lastGroupBefore(syn, g.end) + 1];
  // "arms sales to China's Taiwan region": a state named right after the possessive is what the phrase names.
  const marks = syn.sentence.keys[g.end + 1] === 's' ? 2 : 1;
  if (next && next.first === g.end + marks && next.members.length === 1 && next.members[0]!.keys.every((k) => k.startsWith('state/'))) return next;
  const people = next?.members.every((p) => p.keys.every((k) => k.startsWith('leader/')));
  if (next === undefined || !people || next.governor !== g.governor || next.first <= g.end || next.first > g.end + POSSESSED_REACH) return undefined;
  // ... through a title it possesses, no other noun: "supports Ukraine's sovereignty, Prime Minister X said" possesses none.
  const keys = syn.sentence.keys;
  const between = Array.from({ length: next.first - g.end }, (_, n) => g.end + n).filter((j) => !POSSESSIVE_MARKS.has(keys[j]!) && keys[j] !== ',');
  return between.every((j) => syn.tags.pos[j] !== 'NOUN' || ctx.knowledge.lexicon.titles.longestAt(keys, j) !== undefined) ? next : undefined;
}

/** How many tokens may stand between a possessor and the group it possesses: "'s", "transitional" and a title. */
const POSSESSED_REACH = 6;

/** How many words may name the speaker after its possessor: "Seoul's [foreign ministry] said". */
const SPEAKER_WORDS = 3;
/** The tokens of a possessive ending after its group: "'" and "s". */
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", 's']);

/**
 * "condemned the launch, Seoul's foreign ministry said.", ", the Kremlin said in a statement": a group after a comma
 * that only a verb of speech follows (its possessed noun aside) closes the sentence by naming who reported it.
 */
function closingAttribution(ctx: EventContext, syn: SentenceSyntax, g: Group): boolean {
  const lex = ctx.knowledge.lexicon;
  const keys = syn.sentence.keys;
  if (keys[beforeDeterminers(lex, keys, g.first)] !== ',') return false;
  let j = g.end;
  if (g.possessor) {
    while (POSSESSIVE_MARKS.has(keys[j] ?? '')) j++;
    const noun = j;
    while (j - noun < SPEAKER_WORDS && MODIFIER_TAGS.has(syn.tags.pos[j]!) && !lex.syntax.speechVerbs.has(keys[j]!)) j++;
  }
  if (!lex.syntax.speechVerbs.has(keys[j] ?? '')) return false;
  // "X told reporters", "Y told state media": whom the words were told to, then nothing that says more.
  let k = j + 1;
  while (k - j <= ADDRESSEE_WORDS && ADDRESSEE_TAGS.has(syn.tags.pos[k]!)) k++;
  const next = keys[k];
  return next === undefined || lex.syntax.clausePunctuation.has(next) || next === '.' || lex.grammar.prepositions.has(next) || lex.syntax.prepositions.has(next);
}

/** How many words may name whom a report was told to: "told [state media]". */
const ADDRESSEE_WORDS = 2;
const ADDRESSEE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'DET', 'ADJ']);

/** How many words a place between coordinated objects may take: "in Paris", "at the Elysee Palace". */
const PLACE_WORDS = 5;

/** How many words a time between coordinated objects may take: "on June 12", "earlier on Monday". */
const TIME_WORDS = 5;

/**
 * "on June 12", "on Monday morning", "the following day": words of a time alone (its prepositions, determiners,
 * numbers and time words), at least one of them a time word or a number.
 */
function timeAdjunct(ctx: EventContext, syn: SentenceSyntax, from: number, to: number): boolean {
  const lex = ctx.knowledge.lexicon;
  let timed = false;
  for (let j = from; j < to; j++) {
    const k = syn.sentence.keys[j]!;
    const time = lex.temporalWords.has(k) || syn.tags.pos[j] === 'NUM';
    if (!time && !lex.grammar.prepositions.has(k) && !lex.grammar.determiners.has(k) && k !== 'in' && syn.tags.pos[j] !== 'ADJ') return false;
    timed ||= time;
  }
  return timed;
}

/**
 * "met Macron in Paris and Starmer in London", "met X on June 12 and Y the following day", "spoke with X on Friday and
 * with Y on Monday": the groups an object continues into, each after a place or time adjunct and "and" (and the
 * object's own preposition again), none of them the subject of a verb that follows ("met Xi in Beijing and Putin said ...").
 */
export function continuedObjects(ctx: EventContext, syn: SentenceSyntax, object: Group): Group[] {
  const lex = ctx.knowledge.lexicon;
  const keys = syn.sentence.keys;
  const out: Group[] = [];
  // The words after the adjunct: "and", then the preposition repeated when the object has one.
  const joint = object.governor === undefined ? ['and'] : ['and', object.governor];
  let last = object;
  for (let n = lastGroupBefore(syn, object.end) + 1; n < syn.groups.length; n++) {
    const next = syn.groups[n]!;
    if (next.governor !== object.governor || next.possessor) break;
    const gap = keys.slice(last.end, next.first);
    const words = gap.length - joint.length;
    const adjunct = words >= 2 && joint.every((k, j) => gap[words + j] === k) && (
      words <= PLACE_WORDS + 1 && lex.locatives.has(gap[0]!)
      || words <= TIME_WORDS && timeAdjunct(ctx, syn, last.end, last.end + words));
    if (!adjunct || gap.some((_, j) => isVerb(syn.tags, last.end + j))) break;
    if (opensClause(syn.tags, next.end)) break;
    out.push(next);
    last = next;
  }
  return out;
}

/** How many words may stand between a verb's first object and the event noun it gives: "a (warm) message of". */
const GIVEN_NOUN_WORDS = 4;

/**
 * "sent [Y] a message of congratulations", "gave [Y] its full backing", "handed [Y] a letter of support": the first of a
 * giving verb's two objects, right before the event noun at `at` (a determiner first, no verb or punctuation between),
 * is the one the noun goes to.
 */
export function recipientBefore(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const g = syn.groups[lastGroupBefore(syn, at)];
  if (!g || g.governor !== undefined || g.possessor || at - g.end > GIVEN_NOUN_WORDS) return undefined;
  if (at > g.end && !firstOfTwoObjects(ctx, syn, g)) return undefined;
  for (let j = g.end; j < at; j++) if (isVerb(syn.tags, j) || syn.tags.pos[j] === 'PUNCT') return undefined;
  const verb = g.first - 1;
  return verb >= 0 && isVerb(syn.tags, verb) && ctx.knowledge.lexicon.syntax.givingVerbs.has(syn.tags.lemma(verb)) ? g : undefined;
}

/** How far before a verb or event noun its first-person subject may stand: "we strongly condemn", "we had a very good meeting". */
const PRONOUN_REACH = 6;

/** "I congratulate", "we strongly condemn": a first-person pronoun shortly before the verb at `at`, no party between. */
function firstPerson(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  const keys = syn.sentence.keys;
  for (let i = at - 1; i >= 0 && at - i <= PRONOUN_REACH; i--) {
    if (ctx.knowledge.lexicon.grammar.bareSubjects.has(keys[i]!)) return groupsWithin(syn, i, at, false).length === 0;
  }
  return false;
}

/** How far from a quotation its speaker may stand, in tokens: "," Sall wrote" or "Sall said: "". */
const SPEAKER_REACH = 4;
/** Before a quotation, the words that introduce it may say where: 'Sall wrote in a post on X: "'. */
const INTRODUCER_REACH = 7;

/**
 * '"I congratulate the winner," Sall wrote': an event told in the first person inside a quotation is the
 * speaker's, the group next to the quotation's speech verb.
 */
/** How many words may open a quotation before the event noun its speaker is the subject of ("My warmest congratulations"). */
const QUOTED_MODIFIERS = 3;

/** How many tokens a closing attribution may take (", Qatar's foreign ministry said in a statement on Monday."). */
const ATTRIBUTION_TOKENS = 12;

/**
 * ", the ministry said on Monday." closing a sentence whose words before the comma report no speech of their own: the
 * index of that comma, else -1. What comes before it is reported as if quoted ("Israel's strike was a flagrant
 * violation, Qatar said").
 */
export function attributionComma(speechVerbs: ReadonlySet<string>, keys: readonly string[]): number {
  const end = keys.length - (keys.at(-1) === '.' ? 1 : 0);
  const comma = keys.lastIndexOf(',', end - 1);
  if (comma < 0 || end - comma > ATTRIBUTION_TOKENS || !keys.slice(comma + 1, end).some((k) => speechVerbs.has(k))) return -1;
  return keys.slice(0, comma).some((k) => speechVerbs.has(k)) ? -1 : comma;
}

/** The speaker a closing attribution after token `at` names (", Qatar's foreign ministry said"). */
export function attributedSpeaker(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  const comma = attributionComma(ctx.knowledge.lexicon.syntax.speechVerbs, syn.sentence.keys);
  const group = comma > at ? groupsWithin(syn, comma + 1, syn.sentence.keys.length, false).find((g) => closingAttribution(ctx, syn, g)) : undefined;
  return group ? { group, via: 'quotation' } : undefined;
}

export function quotedSpeaker(ctx: EventContext, syn: SentenceSyntax, at: number, anywhere = false): Subject | undefined {
  const keys = syn.sentence.keys;
  const lex = ctx.knowledge.lexicon;
  // An event noun opening the quotation, a few words before it aside ('"Congratulations to X," Y wrote', '"My warmest
  // congratulations to X," Y said'), or told in the first person; anywhere in it for a judgement that names its party.
  let q = at - 1;
  while (q > 0 && at - q <= QUOTED_MODIFIERS && syn.sentence.tokens[q]!.kind === 'word') q--;
  // A verb with its own subject before it does not open the quotation ('"X has stood with us," Y said').
  const opening = q >= 0 && mayOpenQuotation(keys[q]!) && !(syn.tags.pos[at] === 'VERB' && groupsWithin(syn, q, at, false).length > 0);
  // '"It was a pleasure to meet X," Y said': the speaker's own act, as "I" would tell it, when no party stands before it in
  // the quotation ('"Ghana was the first to recognise X," Y said' is Ghana's).
  const open = syn.quotation[at]!;
  const exclaimed = keys[at - 1] === lex.infinitive && lex.realInfinitives.has(keys[at - 2] ?? '') && open >= 0 && groupsWithin(syn, open, at, false).length === 0;
  if (!anywhere && !opening && !exclaimed && !firstPerson(ctx, syn, at)) return undefined;
  // 'A and B spoke by phone and "reaffirmed the will to ..."': a quotation a conjunction joins on is the clause's own predicate.
  if (open < 0 || lex.grammar.clauseConjunctions.has(keys[open - 1] ?? '')) return undefined;
  let close = at;
  while (close < keys.length && close - at < SCAN_TOKENS && syn.quotation[close] === open) close++;
  if (syn.quotation[close] === open) return undefined;
  // Said, or made public: '," Sall posted on X'.
  const speech = (from: number, to: number): boolean => keys.slice(Math.max(0, from), to).some((k) => lex.syntax.speechVerbs.has(k) || lex.statementVerbs.has(k));
  // After the quotation: '," Sall wrote', '," said Sall', '," the Egyptian foreign ministry said', '," said Egypt's foreign
  // ministry': a state's organ named after it speaks for it.
  const organEnd = (g: Group): number => {
    const from = g.possessor ? g.end + 2 : g.end;
    const organ = lex.actorNouns.longestAt(keys, from);
    return organ ? from + organ.length : g.end;
  };
  const after = groupsWithin(syn, close + 1, close + 1 + SPEAKER_REACH + 2, false).find((g) => !g.governor && (!g.possessor || organEnd(g) > g.end));
  if (after && after.first - close <= SPEAKER_REACH && speech(close + 1, organEnd(after) + 2)) return { group: after, via: 'quotation' };
  // Before it: 'Sall said: "'.
  const n = lastGroupBefore(syn, open);
  const before = n >= 0 ? syn.groups[n]! : undefined;
  if (before && !before.governor && open - before.end <= INTRODUCER_REACH && speech(before.end, open)) return { group: before, via: 'quotation' };
  return undefined;
}

/**
 * "Among those who congratulated X were A and B", "Among the first to call him was Y": a sentence opening with "among"
 * names the subject of its verb after the form of "be" that ends the phrase.
 */
export function subjectAfterAmong(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  const keys = syn.sentence.keys;
  if (keys[0] !== AMONG) return undefined;
  const { beForms } = ctx.knowledge.lexicon.syntax;
  for (let j = at + 1; j < Math.min(keys.length, at + SCAN_TOKENS); j++) {
    if (keys[j] === ',' || keys[j] === ';') return undefined;
    if (!beForms.has(keys[j]!)) continue;
    const group = groupsWithin(syn, j + 1, j + 1 + OBJECT_REACH, false).find((g) => !g.governor && !g.possessor);
    // "was Kenya's William Ruto": past the possessive of the person's state.
    const owned = group !== undefined && keys[group.first - 1] === 's' && keys[group.first - 2] === "'" && group.first <= j + POSSESSED_REACH;
    return group && (group.first <= j + 2 || owned) ? { group, via: 'clause' } : undefined;
  }
  return undefined;
}

/** How many words may stand between an authored noun and its infinitive: "the decision [announced on Wednesday by A and B] to". */
export const DECISION_REACH = 20;

/**
 * "X's decision to recognise Y", "the decision announced on Wednesday by A and B to recognise Y", "the move of X to back
 * Y": an infinitive after a noun its author owns is the author's act, not the act of the clause's subject.
 */
export function decisionOwner(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  const keys = syn.sentence.keys;
  const lex = ctx.knowledge.lexicon;
  if (keys[at - 1] !== lex.infinitive) return undefined;
  let noun = -1;
  for (let j = at - 2; j >= Math.max(0, at - 2 - DECISION_REACH); j--) {
    if (lex.authoredNouns.has(keys[j]!)) { noun = j; break; }
    if (lex.grammar.clauseBreaks.has(keys[j]!) && keys[j] !== ',') return undefined;
  }
  if (noun < 0) return undefined;
  // Its possessor, modifiers between ("Spain's historic decision"), or its agent after "by" or "of", before the infinitive.
  const owner = syn.groups.find((g) => g.possessor && g.end + 2 <= noun && noun - (g.end + 2) <= 1)
    ?? syn.groups.find((g) => (g.governor === 'by' || g.governor === 'of') && g.first > noun && g.end < at);
  if (owner) return { group: owner, via: 'possessor' };
  // "a rebuke to Berlin over its decision to side with X": a possessive pronoun's antecedent, the last party of its
  // kind named before it ("its" a state's or a bloc's, "his" or "her" a person's).
  const pronoun = [noun - 1, noun - 2].find((j) => j >= 0 && lex.grammar.possessives.has(keys[j]!));
  if (pronoun === undefined) return undefined;
  const tier = keys[pronoun] === 'its' ? 1 : keys[pronoun] === 'his' || keys[pronoun] === 'her' ? 0 : undefined;
  const antecedent = syn.groups.findLast((g) => g.end <= pronoun && !g.possessor && (tier === undefined || g.members.every((p) => p.tier === tier)));
  return antecedent ? { group: antecedent, via: 'possessor' } : undefined;
}

/** The auxiliary of a perfect participle opening a clause: "[having] signed". */
const PERFECT = 'having';

/**
 * "Congratulating X, Y said ...", "Flanked by A and B, Y said ...": a participle opening the sentence has the
 * subject of the clause after its phrase's comma.
 */
export function subjectAfterOpeningParticiple(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  // The participle opens its clause (the sentence, or what follows a dateline's dash); capitalised, the tagger
  // may take it for a name, so the verb trigger's form decides: "-ing", or a past participle with its agent
  // ("Flanked by A and B, X said").
  const keys = syn.sentence.keys;
  // "Having signed the pact with Y on Saturday, X flew on": a perfect participle opens its clause with "having".
  const opens = keys[at - 1] === PERFECT ? at - 1 : at;
  if (!(keys[at]!.endsWith('ing') || keys[at + 1] === 'by' || opens < at) || clauseStart(ctx, syn, at).start !== opens) return undefined;
  let comma = at;
  while (comma < keys.length && comma - at <= SCAN_TOKENS && keys[comma] !== ',') comma++;
  if (keys[comma] !== ',' || comma - at > SCAN_TOKENS) return undefined;
  // "Condemning the decision, Ghana's foreign minister said ...": a possessor opening the clause is who acts through
  // the noun it owns; a possessor further on owns an object.
  const group = groupsWithin(syn, comma + 1, comma + 1 + OBJECT_REACH, false).find((g) => !g.governor && (!g.possessor || g.first === comma + 1));
  return group ? { group, via: 'opening phrase' } : undefined;
}
