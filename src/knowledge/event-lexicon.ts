// Finds the words that report an event, at one token of a sentence: CAMEO verbs in any inflection with the
// patterns of their block ("held talks with", "received a call from", "called for talks"), event nouns
// ("talks", "congratulations"), and the curated phrases CAMEO lacks. Everything is keyed by the folded first
// token, built once when the lexicon loads, so a lookup costs one map access for most tokens.
import type { CameoVerbsFile, CuratedTriggersFile, EdgeType } from '../document/types.gen.js';
import type { Token } from '../extract/text/tokens.js';
import { isQuote } from '../extract/text/quotes.js';
import { tokenize } from '../extract/text/tokens.js';
import { gerunds, pastForms, plural, thirdPerson } from './inflect.js';
import { ArticleCache } from '../extract/article-cache.js';

export type EventVoice = 'active' | 'transitive' | 'passive' | 'noun' | 'evaluative';

/** One reading of the words at a token. Token indexes are into the sentence's tokens; `end` is exclusive. */
export interface EventMatch {
  /** The event reported; absent for negative knowledge. */
  readonly type?: EdgeType;
  /** The words report that an event did not happen, or report something else: an intention, appeal, refusal. */
  readonly negative: boolean;
  readonly cameo: string;
  readonly plover?: string;
  /** The verb or noun lemma ("meet", "talks"), or the curated phrase. */
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly voice: EventVoice;
  /** First token of the match: the verb, or a word the pattern places before it ("will host"). */
  readonly start: number;
  /**
   * After the words that name the event: the verb with its prepositional phrases and its object when that is an
   * event noun ("held talks", "spoke by telephone"), not an object the event is about ("signed [the treaty]"), nor
   * a preposition that opens the party. For negative knowledge, after all its words.
   */
  readonly end: number;
  /** After every word the reading matched, the event's object included: what it covers. */
  readonly extent: number;
  /** The token of the preposition that opens the party ("with" in "held talks with X"), when the pattern names one. */
  readonly opener?: number;
  /** Prepositions the pattern opens its party with; empty when the party is the verb's object or unknown. */
  readonly prepositions: readonly string[];
  /** The party after the pattern acts on the subject: "received a call from X", "won backing from X". */
  readonly reverse: boolean;
  /** Where the reading comes from: "cameo:<line of CAMEO.2.0.txt>" or "curated". */
  readonly origin: string;
  /** The words report the event only with a person as object ("wished him success"). */
  readonly personObject?: true;
  /** With its object, "to" and a verb after, the words ask the object to act ("called on X to withdraw"). */
  readonly request?: true;
  /** Only two or more parties acting together report it, each with each other ("A and B reaffirmed ..."). */
  readonly jointSubject?: true;
  /** The words end in a judgement of what stands between ("said X's move was reckless"): the judgement makes it. */
  readonly completed?: true;
  /** Its object must end the clause or be followed by one of these words ("called X on Monday", not "called X a liar"). */
  readonly objectFollowers?: ReadonlySet<string>;
  /** The words judge only inside a quotation, its speaker the judge ('"The strike was barbaric," X said'). */
  readonly quoted?: true;
}

/** Function words the matcher needs: what may stand inside a noun phrase, and what ends a clause. */
export interface MatchGrammar {
  readonly prepositions: ReadonlySet<string>;
  /** Prepositions of place and time ("in", "during"): no filler of a pattern's noun phrase either. */
  readonly settingPrepositions: ReadonlySet<string>;
  readonly clauseWords: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** Words that stand before a verb, not a noun: pronouns, relative pronouns and some adverbs ("they", "who", "also"). */
  readonly subjects: ReadonlySet<string>;
  /** Words that make an event unreal ("next", "planned", "no"): a noun phrase holding one does not report it. */
  readonly unreal: ReadonlySet<string>;
  /** Pronouns that refer back to a person ("him", "her"). */
  readonly personPronouns: ReadonlySet<string>;
  /** Days, months and parts of a day: after a phrase whose object is a person, no person ("called on Friday"). */
  readonly temporalWords: ReadonlySet<string>;
  /** The word before an infinitive ("to"). */
  readonly infinitive: string;
  /** Stand before a bare verb, as "to" does ("would back X"). */
  readonly modals: ReadonlySet<string>;
  /** First-person subject pronouns a present verb takes its base form after ("we condemn"). */
  readonly bareSubjects: ReadonlySet<string>;
  /** "not", "never": before a completion, deny it ("said X had not violated"). */
  readonly negators: ReadonlySet<string>;
  /** Stand before a verb, not a noun ("also"). */
  readonly preverbalAdverbs: ReadonlySet<string>;
}

/** How many words an aside between commas may hold between a modal and its verb ("did, however, receive"). */
const ASIDE_WORDS = 3;

/** Words in front of a noun phrase's own words: determiners, adjectives, numbers ("a long telephone conversation"). */
const MAX_FILLERS = 4;
/** The complementiser that opens a clause of its own inside a phrase's gap. */
const THAT = 'that';
/** Words a `*` of a curated phrase, or the gap before a pattern's prepositional phrase, may stand for: "spoke [with Putin on Tuesday] by telephone". */
export const GAP_TOKENS = 6;
/** Words a final `*` may stand for before a completion, which says more than a phrase's last words: a titled name and a day. */
const COMPLETION_GAP = 10;
/** How many words before a completion a negator may deny it ("had [not] violated", "was [not] entirely unacceptable"). */
const NEGATION_REACH = 3;

type Alternatives = readonly (readonly string[])[];

type Step =
  | { readonly kind: 'phrase'; readonly words: readonly Alternatives[] }
  | {
    readonly kind: 'prep'; readonly prep: readonly string[]; readonly words: readonly Alternatives[]; readonly party: boolean; readonly skip: boolean;
    /** The preposition as the match reports it. */
    readonly prepWords: readonly string[];
  }
  | { readonly kind: 'party' }
  | { readonly kind: 'skip' };

interface Pattern {
  readonly before: readonly Step[];
  readonly after: readonly Step[];
  readonly type?: EdgeType;
  readonly cameo: string;
  readonly reverse: boolean;
  readonly transitive: boolean;
  readonly line: number;
}

/**
 * A block's patterns by the first word they need after the verb (the first word of their noun phrase, or their
 * preposition), which stands within GAP_TOKENS words of it: a lookup tries only the patterns whose word is near.
 */
interface PatternIndex {
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
  /** Patterns with nothing to look for after the verb. */
  readonly always: readonly number[];
  readonly alwaysPatterns: readonly Pattern[];
  readonly patterns: readonly Pattern[];
}

function indexPatterns(patterns: readonly Pattern[]): PatternIndex {
  const byFirst = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((p, n) => {
    const first = p.after[0];
    const keys = first?.kind === 'phrase' ? first.words[0]!.map((alt) => alt[0]!) : first?.kind === 'prep' ? [first.prep[0]!] : [];
    if (keys.length === 0) always.push(n);
    for (const k of new Set(keys)) byFirst.set(k, [...(byFirst.get(k) ?? []), n]);
  });
  return { byFirst, always, alwaysPatterns: always.map((n) => patterns[n]!), patterns };
}

const NO_PATTERNS = indexPatterns([]);
const NO_MATCHES: readonly EventMatch[] = [];

interface Form {
  /** The form's tokens after the first ("with" of "met with"). */
  readonly rest: readonly string[];
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly patterns: PatternIndex;
  /** Alone, the form reports this (undefined: only through a pattern). */
  readonly alone?: { readonly type?: EdgeType; readonly cameo: string; readonly transitive: boolean; readonly reverse: boolean; readonly line: number };
  /** The last word of the form is a preposition that opens the party ("meet with"). */
  readonly particle?: string;
  /** Read only after "to": elsewhere the word is mostly another ("back" the adverb). */
  readonly infinitiveOnly?: boolean;
}

/** A first word's curated phrases: those of that word alone, and by the word after it those that go on with it too, in order. */
interface CuratedIndex {
  readonly alone: readonly Curated[];
  readonly byNext: ReadonlyMap<string, readonly Curated[]>;
}

interface Curated {
  readonly rest: readonly string[];
  readonly gaps: readonly (readonly string[])[];
  readonly type: EdgeType;
  readonly voice: EventVoice;
  readonly cameo: string;
  readonly plover: string;
  readonly phrase: string;
  readonly personObject: boolean;
  readonly request: boolean;
  readonly jointSubject: boolean;
  readonly objectFollowers: ReadonlySet<string> | undefined;
  /** Words one of which must follow the phrase (a quotation mark aside), by their first word, longest first. */
  readonly completions: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;
  /** The phrase ends in `*`: a completion may stand that many words on. */
  readonly open: boolean;
  /** The completion only confirms: the words are the head alone, and a name or a pronoun follows it (see the schema). */
  readonly lookahead: boolean;
  /** A name or a pronoun must follow the phrase, a determiner between ("helped Syria", not "help smooth"). */
  readonly namedObject: boolean;
  /** A base form: read after "to" only, where it is no noun ("to wish him", not "the country's wish"). */
  readonly infinitiveOnly: boolean;
  /** A copula's judgement, read only inside a quotation ('"The strike was barbaric," X said'). */
  readonly quoted?: true;
}

/**
 * "said * was", "said * must *": a judgement reported after a verb of speech, whose verb alone judges inside a quotation
 * ('"The strike was barbaric," X said', '"Iran must be held accountable," X said').
 */
const REPORTED_JUDGEMENT = /^said \* (\S+)( \*)?$/;

/** A form of a curated verb besides the past it is written in; a base form is read only as an infinitive. */
interface PresentForm {
  readonly form: string;
  readonly base: boolean;
}

/**
 * For a verb written in the past, its base form, its present third person, its participle in -ing and its other
 * past form: from the CAMEO verb that has it among its forms ("met" → "meet", "meets", "meeting"; "spoke" → "spoken"), else from the regular verb whose past it is
 * ("slammed" → "slam", "slams", "slamming"). Nothing for a word that is no past form.
 */
function presentFormsOf(cameo: CameoVerbsFile): (word: string) => PresentForm[] {
  const byForm = new Map<string, PresentForm[]>();
  for (const block of cameo.blocks) {
    for (const v of block.verbs) {
      if (v.lemma.includes(' ')) continue;
      const present = v.forms.filter((f) => f === thirdPerson(v.lemma) || f.endsWith('ing')).map((form) => ({ form, base: false }));
      const forms = v.forms.includes(v.lemma) ? [{ form: v.lemma, base: true }, ...present] : present;
      // A past's other past form is its participle, of a perfect ("spoke" → "had spoken").
      const pasts = v.forms.filter((f) => f !== v.lemma && !present.some((p) => p.form === f));
      for (const f of pasts) byForm.set(f, [...forms, ...pasts.filter((o) => o !== f).map((form) => ({ form, base: false }))]);
    }
  }
  return (word) => {
    const known = byForm.get(word);
    if (known) return known;
    if (!word.endsWith('ed')) return [];
    // The lemmas whose regular past is the word: "offered" ← "offer", "telephoned" ← "telephone", "dialled" ← "dial".
    const lemmas = [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3), `${word.slice(0, -3)}y`].filter((l) => l.length > 1 && pastForms(l).includes(word));
    return [...new Set(lemmas)].flatMap((l) => [{ form: l, base: true }, ...[thirdPerson(l), ...gerunds(l)].map((form) => ({ form, base: false }))]);
  };
}

/**
 * "a" and "an" are one article: the adjective after it decides which is written ("an unspeakable crime"); "another"
 * judges as they do ("said the strike was another act of terror").
 */
const INDEFINITE_ARTICLES: readonly string[] = ['a', 'an', 'another'];

/**
 * The completions of a curated phrase, by first word, the longest first; one opening with "a" is filed under "an"
 * too, and the other way round (the article is compared only where it stands next to the noun).
 */
function completionIndex(words: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const keys of words.map(keysOf).sort((a, b) => b.length - a.length)) {
    for (const first of INDEFINITE_ARTICLES.includes(keys[0]!) ? INDEFINITE_ARTICLES : [keys[0]!]) {
      const list = index.get(first);
      if (list) list.push(keys);
      else index.set(first, [keys]);
    }
  }
  return index;
}

const keysOf = (text: string): string[] => tokenize(text).map((t) => t.norm);

/** Words of judgement an article's completion may hold before its noun: "a [heinous] crime", "a [blatant and flagrant] violation". */
const COMPLETION_ADJECTIVES = 3;

/**
 * The length of the completion standing at `at`, or 0: one listed word for word, or one listed with its article
 * ("a crime") that has more words of judgement between the two ("a heinous crime"; not across a clause's end), or an
 * article before a word listed alone ("an outrageous act").
 */
function completionAt(keys: readonly string[], at: number, completions: ReadonlyMap<string, readonly (readonly string[])[]>): number {
  // Filed under each article, a completion is compared past its own ("another act of terror", "an act of terror").
  const direct = completions.get(keys[at] ?? '')?.find((words) => follows(keys, at + 1, words, 1));
  if (direct) return direct.length;
  const article = keys[at];
  const listed = article === undefined ? undefined : completions.get(article);
  if (!listed) return 0;
  for (let skip = 1; skip <= COMPLETION_ADJECTIVES; skip++) {
    if (!/^\p{L}/u.test(keys[at + skip] ?? '')) return 0;
    // "an outrageous act", "a reckless provocation": a word of judgement listed alone, inside the noun phrase.
    if (completions.get(keys[at + skip]!)?.some((words) => words.length === 1)) return skip + 1;
    const rest = listed.find((words) => words.length > 1 && follows(keys, at + 1 + skip, words, 1));
    if (rest) return skip + rest.length;
  }
  return 0;
}

/** Words that lead a time phrase: "late on Sunday", "on Monday", "this morning", "in the evening". */
const TIME_LEADERS: ReadonlySet<string> = new Set(['on', 'late', 'early', 'last', 'this', 'in', 'the']);

/** Whether `words`, from their `from`th on (without copying the rest), stand in `keys` from `at`. */
function follows(keys: readonly string[], at: number, words: readonly string[], from = 0): boolean {
  for (let n = from; n < words.length; n++) if (keys[at + n - from] !== words[n]) return false;
  return true;
}

export class EventLexicon {
  private readonly forms = new Map<string, Form[]>();
  /** One-word verb forms, which end the gap before a pattern's prepositional phrase: it belongs to another verb. */
  private readonly verbWords = new Set<string>();
  /** Last words of event nouns, CAMEO's and the curated ones: an object spelt so names the event ("held talks"). */
  private readonly eventNouns = new Set<string>();
  private readonly curated = new Map<string, Curated[]>();
  /**
   * The curated phrases by their first word, then by the word after it: a phrase of two words or more is tried only
   * where its second word follows ("held talks" not at "held a"); common verbs head dozens of phrases.
   */
  private readonly curatedByNext = new Map<string, CuratedIndex>();
  /** The first words of forms and curated phrases: most tokens are none, and one lookup says so. */
  private readonly firstWords = new Set<string>();
  private readonly plover: Readonly<Record<string, string | undefined>>;
  private readonly partyPrepositions: ReadonlySet<string>;
  private readonly reversePrepositions: ReadonlySet<string>;
  private readonly openers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that grade a judgement before it ("absolutely unacceptable"). */
  private readonly grading: ReadonlySet<string>;
  /** By sentence (its tokens), the readings of each token already read. */
  private readonly read = new ArticleCache<readonly Token[], { readonly keys: readonly string[]; readonly at: (readonly EventMatch[])[] }>();

  constructor(cameo: CameoVerbsFile, curated: CuratedTriggersFile, private readonly grammar: MatchGrammar) {
    this.plover = cameo.plover;
    this.grading = new Set(curated.gradingAdverbs);
    this.partyPrepositions = new Set(cameo.partyPrepositions);
    this.reversePrepositions = new Set(cameo.reversePrepositions);
    this.openers = new Map(Object.entries(cameo.openers).map(([type, preps]) => [type, new Set([...(preps ?? []), ...cameo.reversePrepositions])]));
    const synsets = new Map(Object.entries(cameo.synsets).map(([name, phrases]) => [name, (phrases ?? []).map(keysOf)]));
    const alternatives = (word: string, head: boolean): Alternatives => {
      if (word.startsWith('&')) return synsets.get(word) ?? [];
      // A head noun takes its regular plural too: "held a meeting", "held meetings".
      const pl = head ? plural(word) : undefined;
      return pl ? [keysOf(word), keysOf(pl)] : [keysOf(word)];
    };
    const step = (e: CameoVerbsFile['blocks'][number]['patterns'][number]['after'][number]): Step => {
      const words = (e.words ?? []).map((w, i, all) => alternatives(w, i === all.length - 1));
      if (e.prep !== undefined) {
        const party = e.party !== undefined && this.partyPrepositions.has(e.prep);
        return { kind: 'prep', prep: keysOf(e.prep), words, party, skip: e.skip === true || (e.party !== undefined && !party), prepWords: [e.prep] };
      }
      if (e.party !== undefined) return { kind: 'party' };
      if (e.skip) return { kind: 'skip' };
      return { kind: 'phrase', words };
    };
    const nounForms = new Set(cameo.nouns.flatMap((n) => n.forms));
    for (const block of cameo.blocks) {
      const patterns = indexPatterns(block.patterns.map((p): Pattern => ({
        before: p.before.map(step), after: p.after.map(step), cameo: p.cameo, reverse: p.reverse === true, transitive: p.transitive === true, line: p.line,
        ...(p.type ? { type: p.type } : {}),
      })));
      for (const v of block.verbs) {
        const particle = v.lemma.split(' ').at(-1);
        for (const form of v.forms) {
          const [first, ...rest] = keysOf(form);
          // A gerund spelt like an event noun is read as the noun: "the meeting", "a signing".
          if (!first || (nounForms.has(first) && first.endsWith('ing') && first !== keysOf(v.lemma)[0])) continue;
          if (rest.length === 0 && !nounForms.has(first)) this.verbWords.add(first);
          this.add(this.forms, first, {
            rest, lemma: v.lemma, pos: 'verb', patterns,
            ...(v.type || v.negative ? {
              alone: { ...(v.type ? { type: v.type } : {}), cameo: v.cameo, transitive: v.transitive === true, reverse: v.reverse === true, line: v.line },
            } : {}),
            ...(rest.length > 0 && particle && this.partyPrepositions.has(particle) ? { particle } : {}),
            ...(v.infinitiveForms?.includes(form) ? { infinitiveOnly: true } : {}),
          });
        }
      }
    }
    for (const n of cameo.nouns) {
      for (const form of n.forms) this.eventNouns.add(keysOf(form).at(-1)!);
      for (const form of n.forms) {
        const [first, ...rest] = keysOf(form);
        this.add(this.forms, first!, {
          rest, lemma: n.lemma, pos: 'noun', patterns: NO_PATTERNS, alone: { type: n.type, cameo: n.cameo, transitive: false, reverse: false, line: n.lines[0]! },
        });
      }
    }
    // A curated phrase written in the past ("slammed", "offered his congratulations") reads in the present and as a
    // participle too ("Iran slams ...", "a statement slamming ..."), and as an infinitive ("rang to wish him ..."):
    // the forms CAMEO gives its verb, else the regular ones.
    const presentForms = presentFormsOf(cameo);
    for (const entry of curated.entries) {
      if (entry.voice === 'noun') for (const phrase of entry.phrases) this.eventNouns.add(keysOf(phrase).filter((k) => !grammar.prepositions.has(k)).at(-1)!);
      const completions = entry.completions ? completionIndex(entry.completions) : undefined;
      const objectFollowers = entry.objectFollowers ? new Set(entry.objectFollowers) : undefined;
      const written = new Set(entry.phrases);
      const variants = new Map<string, boolean>(entry.phrases.map((phrase) => [phrase, false]));
      if (entry.voice !== 'noun') {
        for (const phrase of entry.phrases) {
          const [verb, ...rest] = phrase.split(' ');
          for (const { form, base } of presentForms(verb!)) {
            const variant = [form, ...rest].join(' ');
            if (!written.has(variant) && !variants.has(variant)) variants.set(variant, base);
          }
        }
      }
      for (const [phrase, infinitiveOnly] of variants) {
        const [head, ...gaps] = phrase.split('*').map(keysOf);
        const [first, ...rest] = head!;
        // "called *" then a completion: the gap ends where the completion stands.
        const open = completions !== undefined && gaps.length > 0 && gaps.at(-1)!.length === 0;
        this.add(this.curated, first!, {
          rest, gaps: open ? gaps.slice(0, -1) : gaps, type: entry.type, voice: entry.voice, cameo: entry.cameo, plover: entry.plover, phrase,
          personObject: entry.personObject === true, request: entry.request === true, jointSubject: entry.jointSubject === true, objectFollowers, completions, open,
          lookahead: entry.lookahead === true, namedObject: entry.namedObject === true, infinitiveOnly,
        });
      }
      // '"The strike was barbaric," X said' judges as "X said the strike was barbaric" does: the verb alone, in a
      // quotation, with the same judgements, names what its subject did.
      for (const [, verb, gap] of entry.phrases.map((phrase) => REPORTED_JUDGEMENT.exec(phrase)).filter((m) => m !== null)) {
        this.add(this.curated, verb!, {
          rest: [], gaps: [], type: entry.type, voice: 'evaluative', cameo: entry.cameo, plover: entry.plover, phrase: verb!, personObject: false, request: false,
          jointSubject: false, objectFollowers: undefined, completions, open: completions !== undefined && gap !== undefined, lookahead: false, namedObject: false, infinitiveOnly: false, quoted: true,
        });
      }
    }
    for (const [first, list] of this.curated) {
      const byNext = new Map<string, Curated[]>();
      for (const next of new Set(list.flatMap((c) => c.rest.slice(0, 1)))) byNext.set(next, list.filter((c) => c.rest.length === 0 || c.rest[0] === next));
      this.curatedByNext.set(first, { alone: list.filter((c) => c.rest.length === 0), byNext });
    }
  }

  private add<T>(map: Map<string, T[]>, key: string, value: T): void {
    this.firstWords.add(key);
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  /** Whether a word ends an event noun ("talks", "call"): what stands right before it modifies it. */
  isEventNoun(key: string): boolean {
    return this.eventNouns.has(key);
  }

  /**
   * Every reading of the words at token `i`, the most specific first: longer matches before shorter ones; at the same
   * length a curated phrase before CAMEO's, negative knowledge before an event ("calls for talks" before the noun
   * "calls"), and the verb or the noun as the word before suggests.
   */
  matchesAt(tokens: readonly Token[], keys: readonly string[], i: number): readonly EventMatch[] {
    const key = keys[i];
    if (key === undefined || !this.firstWords.has(key)) return NO_MATCHES;
    // Trigger finding, dating and binding each read the same sentence's words: each token is read once.
    let read = this.read.get(tokens);
    if (!read || read.keys !== keys) this.read.set(tokens, (read = { keys, at: [] }));
    return (read.at[i] ??= this.readAt(tokens, keys, i, key));
  }

  /**
   * Whether the word at `i` stands where only a bare verb can: after "to", a modal or a subject pronoun ("we reject"),
   * an adverb between ("would also back", "we strongly condemn"), or an aside between commas ("did, however, receive").
   */
  private bareVerbAt(keys: readonly string[], i: number): boolean {
    const opens = (k: string | undefined): boolean => k === this.grammar.infinitive || this.grammar.modals.has(k ?? '') || this.grammar.bareSubjects.has(k ?? '');
    const adverb = keys[i - 1] !== undefined && (this.grammar.preverbalAdverbs.has(keys[i - 1]!) || keys[i - 1]!.endsWith('ly'));
    if (opens(keys[i - 1]) || adverb && opens(keys[i - 2])) return true;
    if (keys[i - 1] !== ',') return false;
    const open = keys.lastIndexOf(',', i - 2);
    return open > 0 && i - open <= ASIDE_WORDS + 2 && this.grammar.modals.has(keys[open - 1]!);
  }

  private readAt(tokens: readonly Token[], keys: readonly string[], i: number, key: string): EventMatch[] {
    const found: EventMatch[] = [];
    const phrases = this.curatedByNext.get(key);
    for (const c of (phrases && (phrases.byNext.get(keys[i + 1] ?? '') ?? phrases.alone)) ?? []) {
      if (c.lookahead && !this.namedAfter(tokens, i + 1 + c.rest.length)) continue;
      if (c.namedObject && !this.namedOrDeterminedAfter(tokens, keys, i + 1 + c.rest.length)) continue;
      if (c.infinitiveOnly && !this.bareVerbAt(keys, i)) continue;
      // "called on Friday evening to congratulate him": a day where the person would stand is no visit to one.
      if (c.personObject && c.gaps.length === 0 && this.grammar.temporalWords.has(keys[i + 1 + c.rest.length] ?? '')) continue;
      const end = this.curatedEnd(keys, i, c);
      if (end < 0) continue;
      found.push({
        type: c.type, negative: false, cameo: c.cameo, plover: c.plover, lemma: c.phrase, pos: c.voice === 'noun' || c.voice === 'evaluative' ? 'noun' : 'verb',
        voice: c.voice, start: i, end, extent: end, opener: undefined, prepositions: [], reverse: false, origin: 'curated',
        ...(c.personObject ? { personObject: true } : {}), ...(c.request ? { request: true } : {}), ...(c.jointSubject ? { jointSubject: true } : {}),
        ...(c.objectFollowers ? { objectFollowers: c.objectFollowers } : {}),
        ...(c.completions && !c.lookahead ? { completed: true } : {}), ...(c.quoted ? { quoted: true } : {}),
      });
    }
    for (const form of this.forms.get(key) ?? []) {
      if (!follows(keys, i + 1, form.rest)) continue;
      if (form.infinitiveOnly && !this.bareVerbAt(keys, i)) continue;
      if (form.pos === 'noun') {
        found.push(this.reading(form, form.alone!, { start: this.compoundStart(tokens, i), end: i + 1 + form.rest.length, extent: i + 1 + form.rest.length, prepositions: [] }, form.alone!.line));
        continue;
      }
      const formEnd = i + 1 + form.rest.length;
      for (const p of this.nearPatterns(form.patterns, keys, formEnd)) {
        const m = this.patternMatch(tokens, keys, i, formEnd, p);
        if (m) found.push(this.reading(form, p, m, p.line));
      }
      if (form.alone) {
        // A verb that reports no event takes the event noun it governs with it: "planned a meeting", "postponed the signing".
        const object = form.alone.type ? -1 : this.nounObjectEnd(tokens, keys, formEnd);
        const end = object > 0 ? object : form.particle ? formEnd - 1 : formEnd;
        const opener = form.particle && object < 0 ? { opener: end, prepositions: [form.particle] } : { prepositions: [] };
        found.push(this.reading(form, form.alone, { start: i, end, extent: end, ...opener }, form.alone.line));
      }
    }
    if (found.length === 0) return found;
    // "a phone call on Monday to work for a ceasefire": a word that opens a curated compound noun is no verb of its
    // own (not "phone ... for", CAMEO's appeal).
    const compound = found.some((m) => m.origin === 'curated' && m.pos === 'noun' && m.end - m.start >= 2);
    const readings = compound ? found.filter((m) => m.pos === 'noun' || m.origin === 'curated') : found;
    if (readings.length === 1) return [this.withOpener(keys, readings[0]!)];
    const span = (m: EventMatch): number => Math.max(m.extent, m.opener ?? 0) - m.start;
    const preferred = this.verbNotNoun(tokens, i) ? 'verb' : 'noun';
    const curated = (m: EventMatch): number => Number(m.origin === 'curated');
    const seen = new Set<string>();
    return readings.map((m) => this.withOpener(keys, m))
      .sort((a, b) => span(b) - span(a) || curated(b) - curated(a) || Number(b.negative) - Number(a.negative)
        || Number(b.pos === preferred) - Number(a.pos === preferred))
      .filter((m) => {
        // Patterns of several blocks often read the same words the same way: one reading is enough.
        const key = `${m.type ?? '-'} ${m.pos} ${m.start} ${m.end} ${m.extent} ${m.opener ?? ''} ${m.reverse}`;
        return !seen.has(key) && seen.add(key) !== undefined;
      });
  }

  /** A preposition right after an event's words opens its party: "held talks with X", "support for X", "a call from X". */
  private withOpener(keys: readonly string[], m: EventMatch): EventMatch {
    const next = keys[m.extent];
    if (m.opener !== undefined || !m.type || next === undefined || !this.openers.get(m.type)?.has(next)) return m;
    return { ...m, opener: m.extent, prepositions: [next], reverse: m.reverse || this.reversePrepositions.has(next) };
  }

  /**
   * For a word both a verb and a noun ("supports", "talks", "calls"): a verb after a name, a pronoun or an adverb
   * ("Kenya supports", "they talk", "strongly backs"), a noun after a determiner, a preposition or an adjective.
   */
  private verbNotNoun(tokens: readonly Token[], i: number): boolean {
    const prev = tokens[i - 1];
    if (!prev || prev.kind !== 'word') return false;
    if (this.grammar.determiners.has(prev.norm) || this.grammar.prepositions.has(prev.norm)) return false;
    // "our country supports Tanzania": a name right after the word is its object.
    const next = tokens[i + 1];
    return prev.capitalised || this.grammar.subjects.has(prev.norm) || prev.norm.endsWith('ly') || next?.kind === 'word' && next.capitalised && next.spaceBefore;
  }

  private reading(
    form: Form, r: { readonly type?: EdgeType; readonly cameo: string; readonly reverse: boolean; readonly transitive?: boolean },
    m: { start: number; end: number; extent: number; opener?: number; prepositions: readonly string[] }, line: number,
  ): EventMatch {
    let reverse = r.reverse;
    if (!reverse && m.prepositions.length > 0) reverse = m.prepositions.every((p) => this.reversePrepositions.has(p));
    // One object shape for every reading: it is built for most verbs of every sentence.
    return {
      type: r.type, negative: !r.type, cameo: r.cameo, plover: r.type ? this.plover[r.type] : undefined, lemma: form.lemma, pos: form.pos,
      voice: form.pos === 'noun' ? 'noun' : r.transitive ? 'transitive' : 'active', start: m.start, end: r.type ? m.end : m.extent, extent: m.extent,
      opener: m.opener, prepositions: m.prepositions, reverse, origin: `cameo:${line}`,
    };
  }

  /** The patterns whose first word stands within reach after the verb, in the block's order. */
  private nearPatterns(index: PatternIndex, keys: readonly string[], from: number): readonly Pattern[] {
    if (index.byFirst.size === 0) return index.alwaysPatterns;
    let first: readonly number[] | undefined;
    let more: number[] | undefined;
    for (let k = from; k <= from + GAP_TOKENS && k < keys.length; k++) {
      const near = index.byFirst.get(keys[k]!);
      if (!near) continue;
      if (!first) first = near;
      else (more ??= [...first]).push(...near);
    }
    if (!first) return index.alwaysPatterns;
    // One word's patterns alone are already in the block's order, each once.
    if (!more && index.always.length === 0) return first.map((n) => index.patterns[n]!);
    return [...new Set([...index.always, ...(more ?? first)])].sort((a, b) => a - b).map((n) => index.patterns[n]!);
  }

  /** A noun starts at the hyphenated compound before it, which the tokens split: "face-to-face talks". */
  private compoundStart(tokens: readonly Token[], i: number): number {
    let s = i;
    while (s >= 2 && tokens[s - 2]!.text === '-' && !tokens[s - 2]!.spaceBefore && !tokens[s - 1]!.spaceBefore) s -= 2;
    return s === i ? i : s - 1;
  }

  /** The end of an event noun right after `at`, past determiners and adjectives, or -1. */
  private nounObjectEnd(tokens: readonly Token[], keys: readonly string[], at: number): number {
    for (let n = 0; n <= MAX_FILLERS; n++) {
      const key = keys[at + n];
      if (key === undefined) return -1;
      const from = at + n + 1;
      // CAMEO's nouns first, then the curated ones.
      for (const f of this.forms.get(key) ?? []) if (f.pos === 'noun' && follows(keys, from, f.rest)) return from + f.rest.length;
      for (const c of this.curated.get(key) ?? []) if (c.voice === 'noun' && c.gaps.length === 0 && follows(keys, from, c.rest)) return from + c.rest.length;
      if (!this.filler(tokens, at + n)) return -1;
    }
    return -1;
  }

  /** Whether the token may stand inside a noun phrase before its own words: not a preposition, clause word or punctuation. */
  private filler(tokens: readonly Token[], at: number): boolean {
    const t = tokens[at];
    if (!t) return false;
    // "face-to-face", "Iran's": pieces glued by a hyphen or apostrophe stay inside the phrase.
    const glued = !t.spaceBefore && at > 0 && (t.text === '-' || t.text === "'" || tokens[at - 1]!.text === '-' || tokens[at - 1]!.text === "'");
    if (glued) return true;
    if (t.kind === 'punct') return false;
    const g = this.grammar;
    return !g.prepositions.has(t.norm) && !g.settingPrepositions.has(t.norm) && !g.clauseWords.has(t.norm) && !g.clauseBreaks.has(t.norm) && !g.unreal.has(t.norm);
  }

  /** Where `alts` match from `at` after up to MAX_FILLERS filler words, or -1. */
  private phraseAt(tokens: readonly Token[], keys: readonly string[], at: number, words: readonly Alternatives[], fillers: boolean): number {
    let pos = at;
    for (let w = 0; w < words.length; w++) {
      let found = -1;
      const reach = w === 0 && fillers ? MAX_FILLERS : 0;
      for (let skip = 0; skip <= reach && found < 0; skip++) {
        if (skip > 0 && !this.filler(tokens, pos + skip - 1)) break;
        for (const alt of words[w]!) {
          if (follows(keys, pos + skip, alt)) { found = pos + skip + alt.length; break; }
        }
      }
      if (found < 0) return -1;
      pos = found;
    }
    return pos;
  }

  private patternMatch(
    tokens: readonly Token[], keys: readonly string[], verb: number, formEnd: number, p: Pattern,
  ): { start: number; end: number; extent: number; opener?: number; prepositions: readonly string[] } | undefined {
    let start = verb;
    for (let s = p.before.length - 1; s >= 0; s--) {
      const st = p.before[s]!;
      if (st.kind !== 'phrase') continue;
      // Words before the verb stand right before it, but for an adverb or auxiliary: "will also host".
      let found = -1;
      for (let from = start - 1; from >= Math.max(0, start - 4) && found < 0; from--) {
        const to = this.phraseAt(tokens, keys, from, st.words, false);
        if (to >= 0 && to <= start && start - to <= 2 && this.fillers(tokens, to, start - to) === start - to) found = from;
      }
      if (found < 0) return undefined;
      start = found;
    }
    let pos = formEnd;
    let extent = formEnd;
    // The event's name runs to the last prepositional phrase or event noun before an object of another kind or a place.
    let end = formEnd;
    let named = true;
    for (let s = 0; s < p.after.length; s++) {
      const st = p.after[s]!;
      const last = s === p.after.length - 1;
      if (st.kind === 'party' && last) return { start, end, extent, prepositions: [] };
      if (st.kind === 'party' || st.kind === 'skip') {
        // Some noun phrase, the party's or any: a few words that may stand in one.
        const n = this.fillers(tokens, pos, MAX_FILLERS);
        if (n === 0) return undefined;
        pos = extent = pos + n;
        named = false;
        continue;
      }
      if (st.kind === 'phrase') {
        const next = this.phraseAt(tokens, keys, pos, st.words, true);
        if (next < 0) return undefined;
        pos = extent = next;
        named &&= this.eventNouns.has(keys[next - 1]!);
        if (named) end = next;
        continue;
      }
      const at = this.prepositionAt(tokens, keys, pos, st.prep, st.party);
      if (at < 0) return undefined;
      pos = at + st.prep.length;
      if (st.party && last) return { start, end, extent, opener: at, prepositions: st.prepWords };
      if (st.party || st.skip) {
        // The party's or a place's noun phrase ("(IN ^)"): the event's name stops before it.
        const n = this.fillers(tokens, pos, MAX_FILLERS);
        if (n === 0) return undefined;
        pos = extent = pos + n;
        named = false;
      } else {
        const next = this.phraseAt(tokens, keys, pos, st.words, true);
        if (next < 0) return undefined;
        pos = extent = next;
      }
      if (named) end = pos;
    }
    return { start, end, extent, prepositions: [] };
  }

  /** How many of the `max` tokens from `at` may stand inside a noun phrase, counted up to the first that may not. */
  private fillers(tokens: readonly Token[], at: number, max: number): number {
    let n = 0;
    while (n < max && this.filler(tokens, at + n)) n++;
    return n;
  }

  /**
   * Where a preposition of a pattern stands from `pos`: right there (or after an adverb) when it opens the party
   * ("received a call from X"); a few words on, within the clause and before another verb, when it completes the
   * event ("spoke [with Putin] by telephone").
   */
  private prepositionAt(tokens: readonly Token[], keys: readonly string[], pos: number, prep: readonly string[], party: boolean): number {
    for (let g = pos; g <= pos + GAP_TOKENS && g < keys.length; g++) {
      const t = tokens[g]!;
      // After the verb a preposition is in lower case (or in a line of capitals): "To" there is a name's ("To Lam").
      if (follows(keys, g, prep) && (!t.capitalised || t.text === t.text.toUpperCase())) return g;
      // Before the party only an adverb or a time may stand: "received a call today from X", "... late on Sunday from X".
      if (party && !t.norm.endsWith('ly') && !this.partOfTime(tokens, g)) return -1;
      if (this.grammar.clauseBreaks.has(t.norm) || (t.kind === 'punct' && t.text !== '-' && t.text !== "'") || (g > pos && this.verbWords.has(t.norm))) return -1;
    }
    return -1;
  }

  /** A word of a time phrase: a day, month or part of a day, a number, or a word leading one ("late on Sunday"). */
  private partOfTime(tokens: readonly Token[], g: number): boolean {
    const timeAt = (j: number): boolean => tokens[j] !== undefined && (this.grammar.temporalWords.has(tokens[j]!.norm) || tokens[j]!.kind === 'number');
    return timeAt(g) || (TIME_LEADERS.has(tokens[g]!.norm) && (timeAt(g + 1) || timeAt(g + 2)));
  }

  /** A name (a capitalised word) or a personal pronoun at token `i`: "called [Putin]", "called [him]", not "called [on]". */
  private namedAfter(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    return t !== undefined && t.kind === 'word' && (t.capitalised || this.grammar.personPronouns.has(t.norm));
  }

  /** A name or a pronoun at `i`, or a determiner and then one ("helped Syria", "help the Iranian people"). */
  private namedOrDeterminedAfter(tokens: readonly Token[], keys: readonly string[], i: number): boolean {
    return this.namedAfter(tokens, i) || this.grammar.determiners.has(keys[i] ?? '') && this.namedAfter(tokens, i + 1);
  }

  /** Whether a negator stands in the few words before `at`, none before `from` ("had [not] violated"). */
  private deniedBefore(keys: readonly string[], from: number, at: number): boolean {
    return keys.slice(Math.max(from, at - NEGATION_REACH), at).some((k) => this.grammar.negators.has(k) || k === "n't");
  }

  /** End of a curated phrase at `i` (each gapped part within GAP_TOKENS words of the previous one), or -1. */
  private curatedEnd(keys: readonly string[], i: number, c: Curated): number {
    if (!follows(keys, i + 1, c.rest)) return -1;
    const head = i + 1 + c.rest.length;
    let end = head;
    // A phrase a judgement completes may hold a longer gap ("said [Israel's policy of expanding the conflict] was").
    const reach = c.completions ? COMPLETION_GAP : GAP_TOKENS;
    for (const part of c.gaps) {
      let found = -1;
      for (let g = end; g <= end + reach && g + part.length <= keys.length && found < 0; g++) {
        // "called on X to shoulder their responsibilities to halt ...": the word that opened the gap, again, opens a
        // phrase of its own inside it; what follows is that phrase's, not this one's.
        if (g > end && keys[g - 1] === keys[end - 1]) break;
        // "told a briefing that he had spoken by phone": "that" opens a clause of its own, unless a judgement completes
        // the phrase ("said that X's move violated the law").
        if (g > end && !c.completions && keys[g - 1] === THAT) break;
        if (follows(keys, g, part)) found = g;
      }
      if (found < 0) return -1;
      // "said X had not violated the ceasefire": a judgement's verb denied right before it judges nothing.
      if (c.completions && this.deniedBefore(keys, end, found)) return -1;
      end = found + part.length;
    }
    if (!c.completions) return end;
    for (let g = end; g <= (c.open ? end + COMPLETION_GAP : end) && g < keys.length; g++) {
      // "rejected and condemned X's strikes": a completion after a coordinated verb is that verb's.
      if (g > end && (keys[g - 1] === 'and' || keys[g - 1] === 'or') && this.verbWords.has(keys[g]!)) return -1;
      let at = g;
      while (at < keys.length && (isQuote(keys[at]!) || this.grading.has(keys[at]!))) at++;
      // "said X had not violated it", "was never unacceptable": a completion denied is none.
      if (this.deniedBefore(keys, end, at)) continue;
      const length = completionAt(keys, at, c.completions);
      if (length > 0) return c.lookahead ? head : at + length;
    }
    return -1;
  }
}
