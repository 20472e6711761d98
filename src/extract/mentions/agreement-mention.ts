// Proposes agreements named by pattern: a head noun ("treaty", "memorandum", "railway") with what sets it
// apart: a proper-name or descriptive modifier, a year, or a complement ("memorandum of obligations",
// "free trade agreement between Iran and the EAEU"). Coreference inside the article: a bare definite head
// ("the deal") or one whose only modifiers are party names ("the Iran treaty") refers back to the last
// agreement named; a phrase whose content words are a subset of an earlier one's is the same agreement;
// an apposition ("AUKUS, the security pact between ...") names the agreement just before it.
import type { EntityKey } from '../../document/types.gen.js';
import type { AgreementHeadKind, Lexicon } from '../../knowledge/lexicon.js';
import { isListItem, type Sentence } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';
import type { ArticleContext, Mention, Span, Stage } from '../types.js';
import { tagsOf } from '../text/pos.js';
import { tokenFrom, tokenize } from '../text/tokens.js';
import { inSentence, slug, spanOf, textOf } from './util.js';
import { extended } from '../extended.js';
import { mayOpenQuotation } from '../text/quotes.js';
import { SpanIndex } from '../sorted.js';
import { dayNumber } from '../read/dates.js';

const MAX_MODIFIERS = 6;
const MAX_COMPLEMENT = 16;

type Words = Lexicon['agreementWords'];
type Grammar = Lexicon['grammar'];

interface Phrase {
  readonly from: number; // first modifier (after any determiner)
  readonly head: number;
  readonly headEnd: number;
  readonly complementEnd: number; // end of an of/on/to complement; headEnd when none
  readonly to: number; // end of the whole phrase, pair complement included
  readonly determiner: string | undefined;
}

interface Named {
  readonly key: EntityKey;
  readonly head: string;
  readonly content: ReadonlySet<string>;
  /** The states and blocs its name holds ("the Kenya-Uganda pact"). */
  readonly parties: ReadonlySet<EntityKey>;
  readonly sentence: number;
  /** Brought in by "a"/"an" and a description, without a proper name. */
  readonly introduced: boolean;
}

const isWordLike = (t: Token): boolean => t.kind === 'word' || t.kind === 'number' || t.text === '-';
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Parts of speech that never modify a head noun. */
const NOT_MODIFYING = new Set(['AUX', 'ADP', 'PART', 'SCONJ', 'CCONJ', 'PRON']);

/** What the phrase readers need about a sentence: its tokens, the words they read, tags and mentions. */
interface Reading {
  readonly tokens: readonly Token[];
  readonly words: Words;
  readonly grammar: Grammar;
  /** Days, months and parts of a day ("on 8 May" dates a phrase, it names nothing). */
  readonly temporal: ReadonlySet<string>;
  /** wink-nlp's part of speech of token i, tagged only when a rule asks. */
  pos(i: number): string;
  /** Token i lies inside a mention of a person, role, state, bloc or known agreement. */
  inEntity(i: number): boolean;
  /** Token i lies inside a mention of a person or a title. */
  inPerson(i: number): boolean;
  /** Token i lies inside a mention of a state or a bloc. */
  inParty(i: number): boolean;
  /** Token i lies inside a set phrase ("on behalf of"). */
  inIdiom(i: number): boolean;
  /** A capital or a seat of government ("the Kremlin") starts at token i, found or not as a party. */
  seatAt(i: number): boolean;
  /** A capitalised document's head ("Memorandum", "Treaty"; not a project's "Power Plant") starts at token i. */
  titleHeadAt(i: number): boolean;
}

/** The end of a hyphen-joined compound starting at i ("long-awaited", "20-year"). */
function compoundEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (tokens[j]?.text === '-' && !tokens[j]!.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore && isWordLike(tokens[j + 1]!)) j += 2;
  return j;
}

const gluedHyphen = (t: Token | undefined): boolean => t?.text === '-' && !t.spaceBefore;

/** "further", "shorter", "most significant": a graded word judges the agreement, it does not name it. */
function graded(r: Reading, i: number): boolean {
  const t = r.tokens[i];
  if (!t || t.kind !== 'word' || t.capitalised || gluedHyphen(r.tokens[i + 1])) return false;
  if (r.words.gradingAdverbs.has(t.norm)) return true;
  // The tag last: it is read only for the sentences that ask for it.
  return (/(?:er|est)$/.test(t.norm) || r.words.gradingAdverbs.has(r.tokens[i - 1]?.norm ?? '')) && r.pos(i) === 'ADJ';
}

/** Whether token i can stand among the words before a head. */
function modifierAt(r: Reading, i: number): boolean {
  const { tokens, words, grammar: g } = r;
  const t = tokens[i]!;
  if (!isWordLike(t) || g.determiners.has(t.norm) || g.clauseWords.has(t.norm) || words.signingVerbs.has(t.norm)) return false;
  if (words.complementPrepositions.has(t.norm) || words.pairPrepositions.has(t.norm)) return false;
  // "the proposal did not deal with", "ended without agreement": an auxiliary, a negator or a preposition is no modifier
  // (a prefix is: "non-binding").
  if (t.kind === 'word' && !t.capitalised && tokens[i + 1]?.text !== '-' && (g.negators.has(t.norm) || NOT_MODIFYING.has(r.pos(i)))) return false;
  // A lower-case -ed/-ing word is a verb ("finalised", "re-establishing"), unless it ends a compound ("long-awaited").
  if (t.kind === 'word' && !t.capitalised && /(?:ed|ing)$/.test(t.norm) && tokens[i - 1]?.text !== '-') return false;
  return !graded(r, i);
}

/**
 * "a defence and economic cooperation agreement", "the Economic Cooperation and Trade Agreement": the
 * "and" at `and` joins two modifiers of one head when both sides are written alike and neither is a party
 * ("the Kenya and Uganda trade deal" lists parties).
 */
function coordinatedModifiers(r: Reading, and: number, h: number): boolean {
  const left = r.tokens[and - 1];
  const right = r.tokens[and + 1];
  if (!left || !right || and + 1 >= h || left.kind !== 'word' || right.kind !== 'word') return false;
  return left.capitalised === right.capitalised && modifierAt(r, and - 1) && !r.inEntity(and - 1) && !r.inEntity(and + 1);
}

/** "General Security of Military Information Agreement": "of" between capitalised words inside a title. */
function ofInTitle(r: Reading, of: number, h: number): boolean {
  const { tokens } = r;
  const left = tokens[of - 1];
  if (!tokens[h]!.capitalised || !left || left.kind !== 'word' || !left.capitalised || r.inEntity(of - 1) || r.inEntity(of + 1)) return false;
  for (let i = of + 1; i < h; i++) if (tokens[i]!.kind === 'word' && !tokens[i]!.capitalised) return false;
  return true;
}

/** The dot of an initial ("U.S."), or of a short abbreviation before a number ("Power Plant No. 3"). */
const initialDot = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.text === '.' && !tokens[i]!.spaceBefore && tokens[i - 1]?.kind === 'word'
  && (tokens[i - 1]!.text.length === 1 || tokens[i - 1]!.text.length <= 3 && tokens[i + 1]?.kind === 'number');

function readModifiers(r: Reading, h: number): { from: number; determiner: string | undefined } {
  const { tokens, grammar: g } = r;
  let from = h;
  let units = 0;
  let beforeCoordination: number | undefined;
  while (from > 0 && units < MAX_MODIFIERS) {
    const t = tokens[from - 1]!;
    if (t.norm === 's' && tokens[from - 2]?.norm === "'") return { from, determiner: "'s" };
    // "Leaders' Declaration" is a title; "the two leaders' declaration" is theirs, like "'s".
    if (t.text === "'" && !t.spaceBefore && tokens[from - 2]?.kind === 'word' && tokens[from - 2]!.norm.endsWith('s')) {
      if (!(tokens[h]!.capitalised && tokens[from - 2]!.capitalised)) return { from, determiner: "'s" };
      from--;
      continue;
    }
    if (t.norm === 'and' && coordinatedModifiers(r, from - 1, h)) {
      if (!t.capitalised && !tokens[from - 2]!.capitalised) beforeCoordination ??= from;
      from--;
      continue;
    }
    // "U.S.-brokered": the dots of an initialism inside a compound.
    if ((t.norm === 'of' && ofInTitle(r, from - 1, h)) || initialDot(tokens, from - 1)) {
      from--;
      continue;
    }
    if (!modifierAt(r, from - 1)) break;
    from--;
    // A hyphen-joined compound ("Lao Cai-Hanoi", "standard-gauge") counts as one modifier.
    if (t.kind !== 'punct' && !gluedHyphen(tokens[from + 1])) units++;
  }
  // A name the count of modifiers cut is read whole: "the Papua New Guinea National Rugby League Partnership Agreement".
  if (units >= MAX_MODIFIERS) while (from > 0 && r.inEntity(from) && r.inEntity(from - 1) && tokens[from - 1]!.kind === 'word') from--;
  while (from < h && tokens[from]!.text === '-') from++;
  const determinerOf = (start: number): string | undefined => {
    let d = start - 1;
    while (d >= 0 && graded(r, d)) d--;
    const before = tokens[d];
    return before && g.determiners.has(before.norm) ? before.norm : undefined;
  };
  const determiner = determinerOf(from);
  // Lower-case modifiers joined by "and" belong to the head only inside a noun phrase: "a migration and mobility arrangement".
  if (beforeCoordination !== undefined && determiner === undefined) return { from: beforeCoordination, determiner: undefined };
  return { from, determiner };
}

/**
 * Inside a complement, "and" goes on with the same phrase when it joins two capitalised words of a name
 * ("Combined Heat and Power Plant") or a noun to another noun or adjective ("relations and good-neighbourliness");
 * before a determiner or a verb it starts something else.
 */
function coordinatedInComplement(r: Reading, and: number): boolean {
  const left = r.tokens[and - 1];
  const right = r.tokens[and + 1];
  if (!left || !right || left.kind !== 'word' || right.kind !== 'word' || r.inEntity(and - 1) || r.inEntity(and + 1)) return false;
  if (left.capitalised && right.capitalised) return true;
  // "Lake Baikal and the Selenga River basin": two named things.
  if (left.capitalised && r.grammar.determiners.has(right.norm)) return r.tokens[and + 2]?.capitalised === true && !r.inEntity(and + 2);
  // "on border security and the fight against cross-border crime": another topic, a singular noun with its own complement.
  if (right.norm === 'the' && NOMINAL.has(r.pos(and - 1))) {
    const k = afterAdjectives(r, and + 2);
    const noun = r.tokens[k];
    const next = r.tokens[k + 1]?.norm ?? '';
    return lowerWord(r, k) && r.pos(k) === 'NOUN' && !noun!.norm.endsWith('s') && (r.words.complementPrepositions.has(next) || next === AGAINST);
  }
  return !right.capitalised && !r.grammar.determiners.has(right.norm) && NOMINAL.has(r.pos(and - 1)) && NOMINAL.has(r.pos(and + 1));
}

/**
 * "Declaration on the Conduct of Parties in the South China Sea", "Memorandum on Cooperation in Halal Industry
 * Development", "Action Plan on Building a Community with a Shared Future": a title's complement, capitalised so far,
 * goes on after a preposition with a region brought in with "the", or with two capitalised words or more ("and" may
 * join them: "Memorandum on Cooperation in Agriculture and Rural Development"). Where it was
 * signed is a city without "the" ("in Jeddah") or a seat ("in the Kremlin").
 */
function titleGoesOn(r: Reading, from: number, at: number): boolean {
  const { tokens } = r;
  const name = (i: number): boolean => tokens[i]?.kind === 'word' && tokens[i]!.capitalised && !r.inEntity(i) && !r.seatAt(i);
  const determiner = r.grammar.determiners.has(tokens[at + 1]?.norm ?? '');
  const start = determiner ? at + 2 : at + 1;
  const region = r.words.gerundPrepositions.has(tokens[at]!.norm) && tokens[at + 1]?.norm === 'the' && name(start) && !r.seatAt(at + 1);
  // ... the second after "and" too: "in Agriculture and Rural Development".
  const second = tokens[start + 1]?.norm === 'and' ? start + 2 : start + 1;
  if (!region && !(name(start) && name(second))) return false;
  // "on Incident Prevention and Management": "and" between capitalised words keeps a complement capitalised.
  for (let i = from; i < at; i++) if (tokens[i]!.kind === 'word' && !tokens[i]!.capitalised && !r.grammar.determiners.has(tokens[i]!.norm) && !r.words.complementPrepositions.has(tokens[i]!.norm) && !r.words.listGlue.has(tokens[i]!.norm)) return false;
  return true;
}

/** How many words may follow a project's name at a complement's end: "Power Plant No. 3". */
const PROJECT_DESIGNATION = 2;

/**
 * "agreement on the construction of a nuclear power plant in the Jizzakh Region": a complement ending on a project
 * goes on with the place the project stands in, as a longer form of the agreement's name; returns where it ends.
 */
function projectPlaceEnd(r: Reading, heads: Lexicon['agreementHeads'], keys: readonly string[], end: number): number | undefined {
  const { tokens } = r;
  if (!r.words.gerundPrepositions.has(keys[end] ?? '')) return undefined;
  // The designation is counted in words and numbers: the dot of "No." is none.
  const designation = (from: number): number => range(from, end).filter((k) => tokens[k]!.kind !== 'punct').length;
  const project = range(Math.max(0, end - 2 * PROJECT_DESIGNATION - 3), end).some((i) => {
    const m = heads.longestAt(keys, i);
    return m?.payloads[0] === 'project' && designation(i + m.length) <= PROJECT_DESIGNATION;
  });
  if (!project) return undefined;
  let j = end + 1;
  if (keys[j] === 'the') j++;
  const from = j;
  while (tokens[j]?.kind === 'word' && tokens[j]!.capitalised) j++;
  return j > from ? j : undefined;
}

/**
 * Where a list item's name ends: at its last word, or before a comma that a word in lower case follows ("Agreement on
 * Visas, signed by A and B;"), unless it glues a series ("on Trade, and Energy").
 */
function itemEnd(tokens: readonly Token[], from: number, glue: ReadonlySet<string>): number {
  const end = lastWordEnd(tokens);
  for (let i = from; i < end - 1; i++) {
    const next = tokens[i + 1]!;
    if (tokens[i]!.text === ',' && next.kind === 'word' && !next.capitalised && !glue.has(next.norm)) return i;
  }
  return end;
}

/** The end of the sentence's last word, past the punctuation that closes it. */
function lastWordEnd(tokens: readonly Token[]): number {
  let end = tokens.length;
  while (end > 0 && !isWordLike(tokens[end - 1]!)) end--;
  return end;
}

/** The noun opening the phrase at i, past determiners, is a plural. */
function pluralObject(r: Reading, i: number): boolean {
  let j = i;
  while (r.tokens[j] && r.grammar.determiners.has(r.tokens[j]!.norm)) j++;
  return r.tokens[j] !== undefined && /s$/.test(r.tokens[j]!.norm) && r.pos(j) === 'NOUN';
}

/** A state or bloc is named at token i, or right after a determiner there ("the Republic of Uzbekistan"). */
function partyAt(r: Reading, i: number): boolean {
  const t = r.tokens[i];
  if (!t) return false;
  return r.inParty(i) || r.grammar.determiners.has(t.norm) && r.inParty(i + 1);
}

/** The party named from token `i` is followed by a verb of its own: "Ethiopia signed". */
function partyActs(r: Reading, i: number): boolean {
  let k = i;
  while (r.inParty(k)) k++;
  const v = r.tokens[k];
  return v !== undefined && v.kind === 'word' && !v.capitalised && r.pos(k) === 'VERB';
}

/** How many tokens may name the one "on X's behalf" speaks for: "on the Chadian government's behalf". */
const BEHALF_REACH = 6;

/** "signed the declaration on Chad's behalf": "on" opens the idiom, not a complement of the agreement's name. */
function onBehalf(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.norm !== 'on') return false;
  for (let i = at + 1; i < tokens.length && i <= at + BEHALF_REACH; i++) if (tokens[i]!.norm === 'behalf') return true;
  return false;
}

/** Token k is a word in lower case. */
const lowerWord = (r: Reading, k: number): boolean => r.tokens[k]?.kind === 'word' && !r.tokens[k]!.capitalised;

const AGAINST = 'against';
/** How many adjectives may stand before a field's noun ("in digital public infrastructure"). */
const FIELD_ADJECTIVES = 2;

/** The token after the lower-case adjectives (two at most) from token `from`: where their noun should stand. */
function afterAdjectives(r: Reading, from: number): number {
  let k = from;
  while (k - from < FIELD_ADJECTIVES && lowerWord(r, k) && r.pos(k) === 'ADJ') k++;
  return k;
}

/** The endings of adjectives of peoples and regions written with a capital ("European", "Arctic", "Nordic"). */
const ADJECTIVE_ENDING = /(?:an|ic|ish|ese)$/;

/**
 * A field of cooperation starts at token i: a lower-case noun, adjectives and one, "the field of", or "the" and
 * adjectives and a noun ("in the digital economy", not "in the region").
 */
function fieldAt(r: Reading, i: number): boolean {
  // "investment in British clean energy", "cooperation in European integration": a state's adjective, or another
  // capitalised adjective, before a field is part of it.
  if ((r.inParty(i) || ADJECTIVE_ENDING.test(r.tokens[i]!.norm) && r.pos(i) !== 'NOUN') && r.tokens[i]!.capitalised && lowerWord(r, i + 1)) return fieldAt(r, i + 1);
  if (!lowerWord(r, i)) return false;
  if (r.tokens[i]!.norm === 'the') {
    if (r.words.fieldNouns.has(r.tokens[i + 1]?.norm ?? '') && r.tokens[i + 2]?.norm === 'of') return true;
    const noun = afterAdjectives(r, i + 1);
    return noun > i + 1 && lowerWord(r, noun) && r.pos(noun) === 'NOUN';
  }
  const noun = afterAdjectives(r, i);
  return lowerWord(r, noun) && r.pos(noun) === 'NOUN';
}

/** How many words an item of a series of fields may hold ("on trade, [digital economy] and energy"). */
const SERIES_ITEM = 3;

/** The comma at `comma` goes on with a series of lower-case fields that "and" closes ("supply chains, workforce and ecosystem development"). */
function seriesAfter(r: Reading, comma: number): boolean {
  for (let k = comma + 1; k <= comma + 1 + SERIES_ITEM; k++) {
    if (!lowerWord(r, k)) return false;
    if (r.tokens[k]!.norm === 'and') return k > comma + 1 && lowerWord(r, k + 1) && NOMINAL.has(r.pos(k + 1));
    if (!NOMINAL.has(r.pos(k))) return false;
  }
  return false;
}

/** Extends `to` over a complement opened by one of `openers`; returns the new end. */
function readComplement(r: Reading, to: number, openers: ReadonlySet<string>, pair: boolean, named: boolean, stops: ReadonlySet<string>): number {
  const { tokens, words, grammar: g } = r;
  if (!tokens[to] || !openers.has(tokens[to]!.norm) || r.inIdiom(to) || onBehalf(tokens, to)) return to;
  let j = to + 1;
  // Counted in words: a hyphen-joined compound ("Lao Cai-Hanoi-Hai Phong") is one.
  for (let counted = 0; j < tokens.length && counted < MAX_COMPLEMENT; j++) {
    const t = tokens[j]!;
    // Parties' names are not counted: "of the Kyrgyz Republic, the Republic of Tajikistan and ..." is one list.
    if (t.text !== '-' && !gluedHyphen(tokens[j - 1]) && !r.inParty(j)) counted++;
    // What is said of the signing ("at Camp Aguinaldo", "during the visit") ends even a title.
    if (stops.has(t.norm) && !(named && !words.adjunctPrepositions.has(t.norm) && titleGoesOn(r, to + 1, j))) break;
    // "a joint statement on 8 May", "the accord on Monday", "the deal this week": a date is no complement.
    if (r.temporal.has(t.norm) || (t.kind === 'number' || g.determiners.has(t.norm)) && r.temporal.has(tokens[j + 1]?.norm ?? '')) break;
    // "between Australia, Britain and the United States": a comma inside a list of names; in a title's complement, a
    // list of parties ("Treaty on the Junction Point of the State Borders of A, B and C").
    const partyList = named && r.inParty(j - 1) && partyAt(r, j + 1);
    const listComma = t.text === ',' && (pair && tokens[j + 1]?.capitalised === true || partyList || seriesAfter(r, j));
    if (!isWordLike(t) && t.text !== "'" && !initialDot(tokens, j) && !listComma) break;
    // Party lists hold names of states and blocs and glue words only: "between Iran and the Eurasian Economic Union",
    // not "signed the Paris Declaration with Chancellor X".
    // A party's own words go on with it ("between the Democratic People's Republic of Korea and ...").
    // A capitalised word's possessive goes on too ("the National Assembly of People's Power").
    const possessive = t.norm === 's' && tokens[j - 1]?.text === "'" && tokens[j - 2]?.capitalised === true;
    if (pair && t.kind === 'word' && (r.inPerson(j) || !r.inParty(j) && !t.capitalised && !words.listGlue.has(t.norm) && !possessive)) break;
    // "a protocol amending X and an MoU on Y": "and" before an indefinite article opens another document.
    if (t.norm === 'and' && g.indefinites.has(tokens[j + 1]?.norm ?? '')) break;
    // "the MoU on Fisheries and the Memorandum on Rice Trade": so does a title's head, after "the" or alone.
    if (t.norm === 'and' && (r.titleHeadAt(j + 1) || g.determiners.has(tokens[j + 1]?.norm ?? '') && r.titleHeadAt(j + 2))) break;
    // A party after "and" goes on only with a list of parties ("Strategic Partnership and Russia" ends before it).
    const glue = t.norm === 'and' && (pair || partyList || (named && tokens[j + 1]?.capitalised && !r.inParty(j + 1)) || coordinatedInComplement(r, j));
    // "cooperation in evacuating citizens": a gerund after the preposition goes on with the complement.
    const gerund = words.gerundPrepositions.has(t.norm) && /ing$/.test(tokens[j + 1]?.norm ?? '') && r.pos(j + 1) === 'VERB';
    // "cooperation in agriculture", "in green development", "in the field of energy": so does a field, lower-case words
    // outside set phrases ("in line with", "in force"); a place or a month after "in" is capitalised.
    const field = words.gerundPrepositions.has(t.norm) && !r.inIdiom(j) && fieldAt(r, j + 1);
    if (g.clauseWords.has(t.norm) && !glue && !gerund && !field && !(named && titleGoesOn(r, to + 1, j))) break;
    // A participle right after a noun opens a reduced relative clause: "the convention adopted in 1954".
    // So does a verb in the present after one: "the agreement on electricity supply runs until 2030" (the predicate).
    // A word in -ing that nothing follows but a preposition or punctuation is a noun: "the border crossing at X".
    const nounInIng = t.norm.endsWith('ing') && (tokens[j + 1] === undefined || tokens[j + 1]!.kind !== 'word' || g.prepositions.has(tokens[j + 1]!.norm));
    if (!pair && t.kind === 'word' && !t.capitalised && /(?:ed|ing|s)$/.test(t.norm) && r.pos(j) === 'VERB' && ['NOUN', 'PROPN'].includes(r.pos(j - 1)) && !nounInIng) break;
    // "a memorandum of understanding Ethiopia signed with X": a party right before a verb is the subject of a clause
    // describing the agreement, no word of its name.
    if (!pair && r.inParty(j) && !r.inParty(j - 1) && partyActs(r, j)) break;
  }
  // A complement ends on a content word: not on glue, a preposition or punctuation other than an initial's dot.
  const dangling = (t: Token): boolean => words.listGlue.has(t.norm) || openers.has(t.norm) || words.complementPrepositions.has(t.norm) || g.clauseWords.has(t.norm) || stops.has(t.norm)
    || (t.kind === 'punct' && t.text !== '.');
  while (j > to + 1 && dangling(tokens[j - 1]!)) j--;
  return j > to + 1 ? j : to;
}

const PEOPLE: ReadonlySet<Mention['kind']> = new Set(['leader', 'role']);
const PARTIES: ReadonlySet<Mention['kind']> = new Set(['state', 'bloc']);

/** The tokens the mentions of `kinds` cover (a person's title too), found once per sentence that asks. */
function tokensOf(tokens: readonly Token[], mentions: readonly Mention[], kinds: ReadonlySet<Mention['kind']>): Set<number> {
  const out = new Set<number>();
  for (const m of mentions) {
    if (!kinds.has(m.kind)) continue;
    for (const span of m.role ? [m.span, m.role.span] : [m.span]) {
      for (let i = tokenFrom(tokens, span.start); i >= 0 && i < tokens.length && tokens[i]!.end <= span.end; i++) out.add(i);
    }
  }
  return out;
}

export const agreementMention: Stage<Mention> = {
  id: 'agreement-mention',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { lexicon, gazetteer } = ctx.knowledge;
    const words = lexicon.agreementWords;
    const grammar = lexicon.grammar;
    // An of/on complement ends where a party list, a time expression or what is said of the signing begins.
    const complementStops = new Set([...words.pairPrepositions, ...lexicon.temporalWords, ...words.adjunctPrepositions]);
    const out = [...mentions];
    const named = new NamedAgreements();
    // Descriptions later named, by the key they were given.
    const renamed = new Map<EntityKey, EntityKey>();
    const byVariant = new Map<string, EntityKey>();
    // What each agreement listed as an item says it is about: a list names each document once, so two items that say
    // different things are two, though they share a shorter form ("Memorandum of Understanding between A and B").
    const aboutOf = new Map<EntityKey, ReadonlySet<string>>();
    // Initials an agreement was given in parentheses ("the Reciprocal Access Agreement (RAA)"), standing for it after.
    const initials = new Map<string, EntityKey>();

    for (const sentence of ctx.sentences) {
      const tokens = sentence.tokens;
      const keys = sentence.keys;
      const entities = inSentence(mentions, sentence.index).filter((m) => m.kind !== 'role');
      // Indexed by span once a sentence asks: a run-on sentence asks about every word and head in it.
      let entityIndex: SpanIndex<Mention> | undefined;
      const indexed = (): SpanIndex<Mention> => (entityIndex ??= new SpanIndex(entities));
      if (initials.size > 0) {
        for (let i = 0; i < tokens.length; i++) {
          const key = initials.get(tokens[i]!.text);
          if (key === undefined || tokens[i - 1]?.text === '(' || indexed().covers(tokens[i]!.start, tokens[i]!.end)) continue;
          out.push(agreement(sentence, spanOf(tokens, i, i + 1), tokens[i]!.text, key, 'anaphora'));
          ctx.trace('agreement-mention', () => `"${tokens[i]!.text}" stands for ${key}`, sentence.index);
        }
      }
      // Agreements of this sentence by where they end, for appositions ("AUKUS, the security pact ...").
      const endingAt = new Map<number, EntityKey>();
      for (const m of entities) {
        if (m.kind !== 'agreement' || !m.candidates[0]) continue;
        // A known agreement takes part in coreference by its last word ("railway", "initiative").
        const head = tokenize(m.text).pop()?.norm ?? '';
        // "signed a solidarity declaration ... the Al-Ula Declaration": a description brought in with "a" is the known
        // agreement of its head named soon after, when that one was signed in the days the article tells of.
        const described = named.lastWithHead(head);
        if (described?.introduced && described.sentence >= sentence.index - DESCRIPTION_REACH && signedLately(ctx, m.candidates[0])) {
          renamed.set(described.key, m.candidates[0]);
          ctx.trace('agreement-mention', () => `${described.key} is ${m.candidates[0]}, named after it`, sentence.index);
        }
        named.add({ key: m.candidates[0], head, content: new Set(), parties: new Set(), sentence: sentence.index, introduced: false });
        endingAt.set(m.span.end, m.candidates[0]);
        for (const a of gazetteer.aliases(m.candidates[0])) byVariant.set(a.toLowerCase(), m.candidates[0]);
      }
      // Most sentences hold no agreement head: what reading one takes is built only for those that do.
      const firstHead = keys.findIndex((_, h) => lexicon.agreementHeads.longestAt(keys, h) !== undefined);
      if (firstHead < 0) continue;
      const partyEnds = new Set(entities.filter((m) => m.kind === 'state' || m.kind === 'bloc').map((m) => m.span.end));
      const partyEndingAt = (end: number): boolean => partyEnds.has(end);
      const insideEntity = (span: Span): boolean => indexed().covers(span.start, span.end);
      const signingAt = keys.findIndex((k) => words.signingVerbs.has(k));
      const all = inSentence(mentions, sentence.index);
      const allIndex = new SpanIndex(all);
      let personTokens: Set<number> | undefined;
      let partyTokens: Set<number> | undefined;
      const idioms: { span: Span }[] = [];
      for (let i = 0; i < keys.length; i++) {
        const m = words.idioms.longestAt(keys, i);
        if (m) idioms.push({ span: { start: i, end: i + m.length } });
      }
      const idiomIndex = new SpanIndex(idioms);
      const reading: Reading = {
        tokens, words, grammar, temporal: lexicon.temporalWords,
        pos: (i) => tagsOf(ctx.article.text, sentence).pos[i] ?? 'X',
        inEntity: (i) => allIndex.covers(tokens[i]!.start, tokens[i]!.end),
        inPerson: (i) => (personTokens ??= tokensOf(tokens, all, PEOPLE)).has(i),
        inParty: (i) => (partyTokens ??= tokensOf(tokens, all, PARTIES)).has(i),
        inIdiom: (i) => idiomIndex.covers(i, i + 1),
        seatAt: (i) => gazetteer.names.longestAt(keys, i)?.payloads.some((n) => n.kind === 'capital' || n.kind === 'metonym') === true,
        titleHeadAt: (i) => tokens[i]?.capitalised === true && lexicon.agreementHeads.longestAt(keys, i)?.payloads[0] === 'head',
      };
      for (let h = firstHead; h < tokens.length; h++) {
        const match = lexicon.agreementHeads.longestAt(keys, h);
        if (!match) continue;
        const headEnd = h + match.length;
        const kind: AgreementHeadKind = match.payloads[0]!;
        const head = keys.slice(h, headEnd).join(' ');
        if (insideEntity(spanOf(tokens, h, headEnd)) || reading.inIdiom(h)) { h = headEnd - 1; continue; }
        // A list's item that a head opens is one name to its end ("Agreement between A and B on air services;",
        // "Memorandum of Understanding ... at X."): running prose would say "The agreement".
        const item = h === 0 && tokens[h]!.capitalised && lastWordEnd(tokens) > headEnd && isListItem(ctx.sentences, sentence.index);
        const capitalisedHead = tokens[h]!.capitalised && (h > 0 || item);
        // "a declaration of martial law" is an act, "a declaration of principles" a document that lists them;
        // "memoranda of understanding" is the plural's complement.
        const act = !capitalisedHead && words.actHeads.has(head) && keys[headEnd] === 'of' && !pluralObject(reading, headEnd + 1);
        // "Pieter van Dam": a project's head after a lower-case particle of a name is a surname.
        const surname = kind === 'project' && h > 0 && !tokens[h - 1]!.capitalised && lexicon.nameParticles.has(keys[h - 1]!);
        // "the Kuala Lumpur Convention Centre": a name that goes on past its head names a place or a body.
        const continued = tokens[headEnd]?.capitalised === true && words.nameContinuations.has(keys[headEnd]!);
        if (act || surname || continued || (kind === 'weak' && keys[h - 1] === 'of')) { h = headEnd - 1; continue; }
        const { from, determiner } = readModifiers(reading, h);
        if (kind === 'weak' && !capitalisedHead && determiner === undefined && topicOfHead(reading, lexicon.agreementHeads, keys, from)) { h = headEnd - 1; continue; }
        // "a treaty establishing the X", "a memorandum of understanding launching the Y": a participle that names what it
        // does is a complement too, after the head's own.
        const complementEnd = kind === 'project' && !capitalisedHead
          ? headEnd
          : readComplement(reading, readComplement(reading, headEnd, words.complementPrepositions, false, capitalisedHead, complementStops), words.participleOpeners, false, capitalisedHead, complementStops);
        const pairEnd = readComplement(reading, complementEnd, words.pairPrepositions, true, capitalisedHead, lexicon.temporalWords);
        // A title goes on after its parties: "Memorandum of Understanding between A and B for the X pipeline".
        const title = capitalisedHead || (tokens[h]!.capitalised && tokens[headEnd + 1]?.capitalised === true);
        // "an agreement with Serbia on visa-free travel": what it is about may follow its other party too.
        const aboutEnd = !item && !title && complementEnd === headEnd && pairEnd > headEnd
          ? readComplement(reading, pairEnd, words.complementPrepositions, false, false, complementStops)
          : pairEnd;
        const to = item
          ? itemEnd(tokens, headEnd, words.listGlue)
          : title && pairEnd > complementEnd
          ? readComplement(reading, pairEnd, words.complementPrepositions, false, true, complementStops)
          : aboutEnd;
        const phrase: Phrase = { from, head: h, headEnd, complementEnd, to, determiner };

        const modifierIdx = range(from, h).filter((i) => tokens[i]!.text !== '-');
        // "20-year", "47-article" measure the agreement; they do not name it.
        const measure = (i: number): boolean => tokens[i - 1]?.text === '-' && numeral(tokens[i - 2], grammar);
        const descriptive = modifierIdx.filter((i) => !words.stripModifiers.has(keys[i]!) && !partyEndingAt(tokens[i]!.end) && tokens[i]!.kind === 'word' && !measure(i));
        const proper = modifierIdx.some((i) => tokens[i]!.capitalised && i > 0 && !partyEndingAt(tokens[i]!.end));
        const year = modifierIdx.some((i) => /^(1[89]|20)\d\d$/.test(keys[i]!));
        const indefinite = determiner !== undefined && grammar.indefinites.has(determiner);
        const hasComplement = complementEnd > headEnd || aboutEnd > pairEnd;
        const distinguishing = modifierIdx.some((i) => words.distinguishing.has(keys[i]!));
        // "an arrangement was signed by", "a plan for 2025-2027, signed by X": signed in the passive right after it, too.
        const signed = signingAt >= 0 && (signingAt < h || signingAt === to + 1 && lexicon.syntax.beForms.has(keys[to] ?? '') || signedByAfter(keys, to, words.signingVerbs, lexicon.syntax.beForms))
          || (kind === 'weak' && signedNext(ctx.sentences[sentence.index + 1], lexicon));
        // "the Declaration" alone, capitalised in house style, is the one named before.
        const bareTitle = determiner !== undefined && !grammar.indefinites.has(determiner) && modifierIdx.length === 0 && to === headEnd;
        // "any peace deal should ...", "no agreement was reached": a quantified or negated description names none.
        // ... nor does one brought in as new that the sentence says was never signed ("a peace treaty ... was never signed").
        const nonSpecific = determiner !== undefined && (grammar.quantifiers.has(determiner) || grammar.negators.has(determiner)) && !proper
          || indefinite && !proper && neverSigned(keys, to, words.signingVerbs, grammar.negators, grammar.clauseBreaks);
        const accept = nonSpecific ? false
          : kind === 'head' ? proper || descriptive.length > 0 || year || hasComplement || (capitalisedHead && !bareTitle)
          : kind === 'plural' ? capitalisedHead && proper
          // "issued a joint statement", "a joint statement said": a joint text with nothing else to tell it apart is an
          // agreement only when signed or titled. "North Korea's missile program": a weak head one party possesses is
          // that party's own, signed or not.
          : kind === 'weak' ? distinguishing && (signed || hasComplement || proper || year || quotedTitleAt(tokens, to, words.namingWords)) || (signed && determiner !== "'s" && (hasComplement || descriptive.length > 0))
          : kind === 'project' ? proper || locatedInState(tokens, headEnd, entities) || keys[headEnd] === 'project'
          : distinguishing && descriptive.length > 1;
        const span = spanOf(tokens, from, Math.max(to, kind === 'project' && locatedInState(tokens, headEnd, entities) ? headEnd + 2 : to));
        const text = textOf(ctx, span);

        const sameHead = named.lastWithHead(head);
        const antecedent = kind === 'head' || kind === 'weak' ? sameHead ?? named.last : sameHead;
        // "sealing the world's biggest free trade agreement": a description a graded word opens judges one named before
        // ("a further peace agreement" is another).
        const judged = from > 0 && !indefinite && graded(reading, from - 1) && !proper && !year && !hasComplement;
        if (!accept || judged && antecedent) {
          const bare = judged || determiner !== undefined && !grammar.indefinites.has(determiner)
            && !proper && descriptive.length === 0 && !year && keys[to] !== 'that';
          if (bare && antecedent) {
            out.push(agreement(sentence, span, text, antecedent.key, 'anaphora'));
            ctx.trace('agreement-mention', () => `"${text}" refers back to ${antecedent.key}`, sentence.index);
          }
          h = headEnd - 1;
          continue;
        }

        const located = hasComplement && to === complementEnd ? projectPlaceEnd(reading, lexicon.agreementHeads, keys, complementEnd) : undefined;
        const variants = [
          ...nameVariants(ctx, tokens, phrase, kind, words, grammar, entities), ...(located ? [textOf(ctx, spanOf(tokens, from, located))] : []),
          // ... and goes by its head and that alone: "agreement on visa-free travel".
          ...(aboutEnd > pairEnd ? [`${textOf(ctx, spanOf(tokens, from, headEnd))} ${textOf(ctx, spanOf(tokens, pairEnd, aboutEnd))}`] : []),
        ];
        const parties = new Set(indexed().within(span.start, span.end).filter((m) => (m.kind === 'state' || m.kind === 'bloc') && m.candidates.length === 1).map((m) => m.candidates[0]!));
        if (variants.length === 0) { h = headEnd - 1; continue; }
        const years = modifierIdx.filter((i) => /^(1[89]|20)\d\d$/.test(keys[i]!));
        // A title's words after its parties tell it apart too: "MoU between A and B for the pipeline" and "... on a post".
        const about = complementWords(keys, [[headEnd, complementEnd], [pairEnd, to]], grammar, words);
        const content = new Set([...[...descriptive, ...years].map((i) => keys[i]!), ...about]);
        // "the African Continental Free Trade Area agreement": a head after the whole name of one already known is that one.
        const startingAt = indexed().startingAt(tokens[from]!.start).find((m) => m.kind === 'agreement' && m.candidates.length === 1 && m.span.end === tokens[h - 1]?.end);
        const key =
          knownVariant(byVariant, variants, (known) => !item || compatible(aboutOf.get(known), about))
          ?? startingAt?.candidates[0]
          ?? apposition(tokens, from, determiner, endingAt)
          ?? complementReference(tokens, headEnd, to, named)
          // "a further peace agreement" is a new one, whatever it shares with one named before.
          ?? (indefinite ? undefined : subsumed(named, head, content, parties))
          ?? (proper && determiner !== undefined && !indefinite && !year ? introduced(named, head, sentence.index) : undefined)
          ?? `agreement/${slug(variants[0]!)}`;
        for (const v of variants) byVariant.set(v.toLowerCase(), key);
        const knownAbout = aboutOf.get(key);
        if (item && (!knownAbout || knownAbout.size < about.size)) aboutOf.set(key, about);
        named.add({ key, head, content, parties, sentence: sentence.index, introduced: indefinite && !proper });
        const abbreviation = parenthesisedInitials(tokens, phrase);
        if (abbreviation) initials.set(abbreviation, key);
        // "a roadmap for basing a brigade in X" also goes by its head and the words before it ("the roadmap"): an alias of
        // the node only, so that another of the same head in the article stays another.
        const label = variants[0]!;
        const headWords = textOf(ctx, spanOf(tokens, h, headEnd));
        const short = to > headEnd && label.includes(headWords) ? [label.slice(0, label.indexOf(headWords) + headWords.length)] : [];
        const cut = shorterNames(ctx, tokens, label, headEnd, to, grammar, words.shorterNameCuts);
        out.push(extended(agreement(sentence, span, text, key, 'pattern'), { label, aliases: [...variants, ...(abbreviation ? [abbreviation] : []), ...short, ...cut] }));
        endingAt.set(span.end, key);
        ctx.trace('agreement-mention', () => `"${text}" is agreement ${key}`, sentence.index);
        h = Math.max(h, to - 1);
        // "an agreement on fuel supplies and another on the renovation of a power plant": another of the same head, its
        // complement after the word that stands for it.
        const elliptic = hasComplement && keys[to] === 'and' ? words.ellipticHeads.longestAt(keys, to + 1) : undefined;
        const ellipticEnd = elliptic ? readComplement(reading, to + 1 + elliptic.length, words.complementPrepositions, false, false, complementStops) : -1;
        if (elliptic && ellipticEnd > to + 2 + elliptic.length) {
          const other = spanOf(tokens, to + 1, ellipticEnd);
          const headText = textOf(ctx, spanOf(tokens, phrase.head, headEnd));
          // ... with the project's place after it, as for a head's own complement ("of a power plant in X").
          const placeEnd = projectPlaceEnd(reading, lexicon.agreementHeads, keys, ellipticEnd);
          const labels = [ellipticEnd, ...(placeEnd ? [placeEnd] : [])].map((end) => `${headText} ${textOf(ctx, spanOf(tokens, to + 1 + elliptic.length, end))}`);
          const otherKey = knownVariant(byVariant, labels, () => true) ?? `agreement/${slug(labels[0]!)}`;
          for (const label of labels) byVariant.set(label.toLowerCase(), otherKey);
          named.add({ key: otherKey, head, content: complementWords(keys, [[to + 1 + elliptic.length, ellipticEnd]], grammar, words), parties: new Set(), sentence: sentence.index, introduced: true });
          out.push(extended(agreement(sentence, other, textOf(ctx, other), otherKey, 'pattern'), { label: labels[0]!, aliases: labels }));
          ctx.trace('agreement-mention', () => `"${textOf(ctx, other)}" is agreement ${otherKey}, another ${head}`, sentence.index);
          h = ellipticEnd - 1;
        }
      }
    }
    if (renamed.size === 0) return out;
    return out.map((m) => {
      const to = m.kind === 'agreement' && m.candidates.length === 1 ? renamed.get(m.candidates[0]!) : undefined;
      return to ? { ...m, candidates: [to] } : m;
    });
  },
};

/** How many words back a list of topics may reach to the head whose complement it is. */
const TOPIC_LIST_WORDS = 14;

/**
 * "memoranda of understanding on maritime cooperation, the blue economy, digital partnership and railways": a weak head
 * in a list of topics after an agreement's complement preposition is one of its topics, no agreement of its own.
 */
function topicOfHead(r: Reading, heads: Lexicon['agreementHeads'], keys: readonly string[], from: number): boolean {
  for (let j = from - 1; j > 0 && from - j <= TOPIC_LIST_WORDS; j--) {
    const k = keys[j]!;
    if (r.words.complementPrepositions.has(k)) {
      for (let start = j - 1; start >= Math.max(0, j - 3); start--) if (heads.longestAt(keys, start)?.length === j - start) return true;
      return false;
    }
    if (k !== ',' && !r.words.listGlue.has(k) && !(lowerWord(r, j) && NOMINAL.has(r.pos(j))) && !r.grammar.determiners.has(k)) return false;
  }
  return false;
}

/** How many words may stand between an agreement and the passive that signs it ("a plan [for 2025-2027,] signed by"). */
const PASSIVE_REACH = 6;

/** "a joint statement titled "X"", "a joint statement, "X", was released": a quoted title right after the phrase ending at `to`. */
function quotedTitleAt(tokens: readonly Token[], to: number, namingWords: ReadonlySet<string>): boolean {
  const at = tokens[to]?.text === ',' || namingWords.has(tokens[to]?.norm ?? '') ? to + 1 : to;
  return mayOpenQuotation(tokens[at]?.text ?? '') && tokens[at + 1]?.capitalised === true;
}

/** "... issued a joint statement. The document was signed by X": the next sentence opens by saying a text was signed. */
function signedNext(next: Sentence | undefined, lexicon: Lexicon): boolean {
  if (!next || next.keys[0] !== 'the') return false;
  const head = lexicon.agreementHeads.longestAt(next.keys, 1);
  const be = 1 + (head?.length ?? 0);
  return head !== undefined && lexicon.syntax.beForms.has(next.keys[be] ?? '') && lexicon.agreementWords.signingVerbs.has(next.keys[be + 1] ?? '');
}

/** How many words may stand between an agreement and the negation of its signing ("a treaty [ending the war] was never signed"). */
const NEGATION_REACH = 12;

/** A negator in the clause after the phrase ending at `to`, then a signing verb: "was never signed", "has not been concluded". */
function neverSigned(keys: readonly string[], to: number, signingVerbs: ReadonlySet<string>, negators: ReadonlySet<string>, breaks: ReadonlySet<string>): boolean {
  for (let k = to; k < keys.length && k <= to + NEGATION_REACH && !breaks.has(keys[k]!); k++) {
    if (!negators.has(keys[k]!)) continue;
    for (let j = k + 1; j <= k + 2; j++) if (signingVerbs.has(keys[j] ?? '')) return true;
    return false;
  }
  return false;
}

/** A signing participle with its agent follows the phrase ending at `to`, after a comma or a form of "be". */
function signedByAfter(keys: readonly string[], to: number, signingVerbs: ReadonlySet<string>, beForms: ReadonlySet<string>): boolean {
  for (let k = to; k < keys.length && k <= to + PASSIVE_REACH; k++) {
    if (signingVerbs.has(keys[k]!) && keys[k + 1] === 'by' && (keys[k - 1] === ',' || beForms.has(keys[k - 1]!))) return true;
  }
  return false;
}

/** How many sentences after a description its name may come. */
const DESCRIPTION_REACH = 5;
/** How many days before the article a known agreement named after a description may have been signed. */
const LATELY_DAYS = 7;

/** A known agreement the gazetteer says was signed on the article's day or in the week before. */
function signedLately(ctx: ArticleContext, key: EntityKey): boolean {
  const entity = ctx.knowledge.gazetteer.entity(key);
  const signed = entity?.type === 'agreement' ? entity.data.signed : undefined;
  if (!signed || !ctx.on) return false;
  const day = (iso: string): number => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  const gap = day(ctx.on) - day(signed);
  return gap >= 0 && gap <= LATELY_DAYS;
}

/** What an agreement's name says it is about after its head: the words of its complements, glue left out. */
function complementWords(keys: readonly string[], complements: readonly (readonly [number, number])[], grammar: Grammar, words: Words): Set<string> {
  const content = new Set<string>();
  for (const [from, to] of complements) {
    for (let i = from; i < to; i++) {
      const k = keys[i]!;
      if (!grammar.clauseWords.has(k) && !words.complementPrepositions.has(k) && !grammar.determiners.has(k)) content.add(k);
    }
  }
  return content;
}

/**
 * What two names say the agreement is about does not tell them apart: one says nothing, or says less. "MoU between A
 * and B for the pipeline" and "MoU between A and B on a border post" share a shorter form and are two.
 */
function compatible(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): boolean {
  if (!a || a.size === 0 || b.size === 0) return true;
  return [...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w));
}

/** The agreement the first of `variants` named before stands for, when `fits` it. */
function knownVariant(byVariant: ReadonlyMap<string, EntityKey>, variants: readonly string[], fits: (key: EntityKey) => boolean): EntityKey | undefined {
  for (let n = 0; n < variants.length; n++) {
    const key = byVariant.get(variants[n]!.toLowerCase());
    if (key !== undefined && fits(key)) return key;
  }
  return undefined;
}

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);

function agreement(sentence: Sentence, span: Span, text: string, key: EntityKey, via: 'pattern' | 'anaphora'): Mention {
  return { span, text, sentence: sentence.index, kind: 'agreement', via, by: 'agreement-mention', candidates: [key] };
}

/** "gas hub in Turkey": a project placed in a named state. */
function locatedInState(tokens: readonly Token[], headEnd: number, entities: readonly Mention[]): boolean {
  const after = tokens[headEnd + 1];
  // "in Russian-occupied ..." is no place: a demonym is a modifier.
  return tokens[headEnd]?.norm === 'in' && after !== undefined && entities.some((m) => m.kind === 'state' && m.via !== 'demonym' && m.span.start === after.start);
}

/** "AUKUS, the security pact ...": the agreement named just before the comma or the opening bracket. */
function apposition(tokens: readonly Token[], from: number, determiner: string | undefined, endingAt: ReadonlyMap<number, EntityKey>): EntityKey | undefined {
  const comma = tokens[from - (determiner ? 2 : 1)];
  // "the Agreement between A and B Concerning X (the A-B X Agreement)": a name in brackets is another for it.
  if (comma?.text !== ',' && comma?.text !== '(') return undefined;
  const before = tokens[from - (determiner ? 3 : 2)];
  return before ? endingAt.get(before.end) : undefined;
}

/** "the agreement on building the railway": about the railway already named. */
function complementReference(tokens: readonly Token[], headEnd: number, to: number, named: NamedAgreements): EntityKey | undefined {
  for (let i = headEnd + 1; i < to; i++) {
    if (tokens[i - 1]!.norm !== 'the' || tokens[i]!.norm === '') continue;
    const ref = named.lastWithHead(tokens[i]!.norm);
    if (ref) return ref.key;
  }
  return undefined;
}

/** The same head with content words one of which is a subset of the other's. */
function subsumed(named: NamedAgreements, head: string, content: ReadonlySet<string>, parties: ReadonlySet<EntityKey>): EntityKey | undefined {
  if (content.size === 0) return undefined;
  const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((w) => b.has(w));
  // "the Egypt-Israel disengagement agreement" and "the Israel-Syria disengagement agreement" are two.
  const otherParties = (n: Named): boolean => n.parties.size > 0 && parties.size > 0 && !(subset(n.parties, parties) && subset(parties, n.parties));
  return [...named.withHead(head)].reverse().find((n) => n.content.size > 0 && !otherParties(n) && (subset(content, n.content) || subset(n.content, content)))?.key;
}

/**
 * "signed a declaration on friendly relations ... The Athens Declaration commits ...": news brings an
 * agreement in with "a" and a description, then names it with "the" in the next sentence.
 */
function introduced(named: NamedAgreements, head: string, sentence: number): EntityKey | undefined {
  const n = named.lastWithHead(head);
  return n?.introduced && n.sentence >= sentence - 1 ? n.key : undefined;
}

/** The agreements named so far in the article, in order, and by head noun. */
class NamedAgreements {
  private readonly byHead = new Map<string, Named[]>();
  last: Named | undefined;

  add(n: Named): void {
    this.last = n;
    const list = this.byHead.get(n.head) ?? [];
    list.push(n);
    this.byHead.set(n.head, list);
  }

  withHead(head: string): readonly Named[] {
    return this.byHead.get(head) ?? [];
  }

  lastWithHead(head: string): Named | undefined {
    const list = this.byHead.get(head);
    return list?.[list.length - 1];
  }
}

/** "(TRIPP)" after a capitalised name whose capitalised words it abbreviates. */
function parenthesisedInitials(tokens: readonly Token[], p: Phrase): string | undefined {
  if (tokens[p.to]?.text !== '(' || tokens[p.to + 2]?.text !== ')') return undefined;
  const abbreviation = tokens[p.to + 1]!.text;
  if (!tokens[p.from]!.capitalised || !/^\p{Lu}{2,}$/u.test(abbreviation)) return undefined;
  const initials = range(p.from, p.to).map((i) => tokens[i]!).filter((t) => t.kind === 'word' && t.capitalised).map((t) => t.text[0]).join('');
  return initials === abbreviation ? abbreviation : undefined;
}

/** Label first, then other forms the same agreement goes by: without "draft"/"new"/"20-year", without the parties. */
/** A number, in digits or in words ("20", "five"). */
const numeral = (t: Token | undefined, grammar: Grammar): boolean => t !== undefined && (t.kind === 'number' || grammar.cardinals.has(t.norm));

/** Words of a complement that tell an agreement apart: "waiver", "visa", "requirements"; not "the", "of", "and". */
const TELLING_WORDS = 2;

/**
 * "the agreement on the waiver of visa requirements for holders of ordinary passports" goes by its name before a later
 * preposition of `shorterNameCuts` too ("the agreement on the waiver of visa requirements"), while that much still tells it
 * apart: two words of its own after the head. An alias of the node only, as the head's is.
 */
function shorterNames(ctx: ArticleContext, tokens: readonly Token[], label: string, headEnd: number, to: number, grammar: Grammar, cuts: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let telling = 0;
  for (let k = headEnd; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const preposition = grammar.prepositions.has(t.norm) || cuts.has(t.norm);
    if (cuts.has(t.norm) && k > headEnd && !t.capitalised && telling >= TELLING_WORDS && tokens[k - 1]!.kind === 'word') {
      const rest = ctx.article.text.slice(t.start, tokens[to - 1]!.end);
      if (label.endsWith(rest)) out.push(label.slice(0, label.length - rest.length).trimEnd());
    }
    if (!preposition && !grammar.determiners.has(t.norm) && t.norm !== 'and') telling++;
  }
  return out;
}

function nameVariants(ctx: ArticleContext, tokens: readonly Token[], p: Phrase, kind: AgreementHeadKind, words: Words, grammar: Grammar, entities: readonly Mention[]): string[] {
  let from = p.from;
  for (;;) {
    const end = compoundEnd(tokens, from);
    if (from >= p.head) break;
    const compound = tokens.slice(from, end).map((t) => t.norm).join('');
    // A lower-case participle compound tells the agreement's fate, not its name: "long-stalled", "much-delayed".
    const fate = end > from + 1 && tokens.slice(from, end).every((t) => !t.capitalised) && /ed$/.test(tokens[end - 1]!.norm);
    // "a five-year protocol": a measure goes, unless the head would be left alone to name it.
    const measure = numeral(tokens[from], grammar) && end > from + 1 && (end < p.head || p.to > p.headEnd);
    if (!words.stripModifiers.has(compound) && !words.stripModifiers.has(tokens[from]!.norm) && !measure && !fate) break;
    from = end;
  }
  const text = (a: number, b: number): string => (a < b ? ctx.article.text.slice(tokens[a]!.start, tokens[b - 1]!.end) : '');
  const end = kind === 'project' && locatedInState(tokens, p.headEnd, entities) ? p.headEnd + 2 : p.to;
  let plain = from;
  while (plain < p.head && words.distinguishing.has(tokens[plain]!.norm)) plain++;
  // "a treaty-level Defence Cooperation Agreement": the capitalised words before a capitalised head are its name.
  let proper = p.head;
  while (proper > plain && tokens[proper - 1]!.capitalised) proper--;
  const named = tokens[p.head]!.capitalised && proper > plain && proper < p.head;
  const variants = [
    text(from, end), text(from, p.complementEnd), text(from, p.headEnd),
    text(plain, end), text(plain, p.headEnd),
    ...(named ? [text(proper, end), text(proper, p.headEnd)] : []),
    ...(kind === 'projectNoun' ? [text(plain, p.head)] : []),
  ];
  // A single lower-case word ("treaty") names nothing, nor does the head alone in capitals ("MoU": "an MoU on dairy
  // development" is not "an MoU on renewable energy").
  const head = text(p.head, p.headEnd);
  return [...new Set(variants.filter((v) => v !== head && (v.includes(' ') || /\p{Lu}/u.test(v))))];
}
