// Finds the words that report an event, at one token of a sentence: CAMEO verbs in any inflection with the
// patterns of their block ("held talks with", "received a call from", "called for talks"), event nouns
// ("talks", "congratulations"), and the curated phrases CAMEO lacks. Everything is keyed by the folded first
// token, built once when the lexicon loads, so a lookup costs one map access for most tokens.
import type { CameoVerbsFile, CuratedTriggersFile, EdgeType } from '../document/types.gen.js';
import type { Token } from '../extract/text/tokens.js';
import { tokenize } from '../extract/text/tokens.js';
import { plural } from './inflect.js';

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
  /** After the last word of the trigger, which leaves out a preposition that opens the party. */
  readonly end: number;
  /** The token of the preposition that opens the party ("with" in "held talks with X"), when the pattern names one. */
  readonly opener?: number;
  /** Prepositions the pattern opens its party with; empty when the party is the verb's object or unknown. */
  readonly prepositions: readonly string[];
  /** The party after the pattern acts on the subject: "received a call from X", "won backing from X". */
  readonly reverse: boolean;
  /** Where the reading comes from: "cameo:<line of CAMEO.2.0.txt>" or "curated". */
  readonly origin: string;
}

/** Function words the matcher needs: what may stand inside a noun phrase, and what ends a clause. */
export interface MatchGrammar {
  readonly prepositions: ReadonlySet<string>;
  readonly clauseWords: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** Words that stand before a verb, not a noun: pronouns and relative pronouns ("they", "who"). */
  readonly subjects: ReadonlySet<string>;
}

/** Words in front of a noun phrase's own words: determiners, adjectives, numbers ("a long telephone conversation"). */
const MAX_FILLERS = 4;
/** Words a `*` of a curated phrase, or the gap before a pattern's prepositional phrase, may stand for: "spoke [with Putin on Tuesday] by telephone". */
export const GAP_TOKENS = 6;

type Alternatives = readonly (readonly string[])[];

type Step =
  | { readonly kind: 'phrase'; readonly words: readonly Alternatives[] }
  | { readonly kind: 'prep'; readonly prep: readonly string[]; readonly words: readonly Alternatives[]; readonly party: boolean; readonly skip: boolean }
  | { readonly kind: 'party' }
  | { readonly kind: 'skip' };

interface Pattern {
  readonly before: readonly Step[];
  readonly after: readonly Step[];
  readonly type?: EdgeType;
  readonly cameo: string;
  readonly reverse: boolean;
  readonly line: number;
}

interface Form {
  /** The form's tokens after the first ("with" of "met with"). */
  readonly rest: readonly string[];
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly patterns: readonly Pattern[];
  /** Alone, the form reports this (undefined: only through a pattern). */
  readonly alone?: { readonly type?: EdgeType; readonly cameo: string; readonly transitive: boolean; readonly reverse: boolean; readonly line: number };
  /** The last word of the form is a preposition that opens the party ("meet with"). */
  readonly particle?: string;
}

interface Curated {
  readonly rest: readonly string[];
  readonly gaps: readonly (readonly string[])[];
  readonly type: EdgeType;
  readonly voice: EventVoice;
  readonly cameo: string;
  readonly plover: string;
  readonly phrase: string;
}

const keysOf = (text: string): string[] => tokenize(text).map((t) => t.norm);

export class EventLexicon {
  private readonly forms = new Map<string, Form[]>();
  /** One-word verb forms, which end the gap before a pattern's prepositional phrase: it belongs to another verb. */
  private readonly verbWords = new Set<string>();
  private readonly curated = new Map<string, Curated[]>();
  private readonly plover: Readonly<Record<string, string | undefined>>;
  private readonly partyPrepositions: ReadonlySet<string>;
  private readonly reversePrepositions: ReadonlySet<string>;
  private readonly openers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Evaluative nouns' actions: what a condemnation may name instead of its target ("condemned the strikes"). */
  readonly actionNouns: ReadonlySet<string>;

  constructor(cameo: CameoVerbsFile, curated: CuratedTriggersFile, private readonly grammar: MatchGrammar) {
    this.plover = cameo.plover;
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
        return { kind: 'prep', prep: keysOf(e.prep), words, party, skip: e.skip === true || (e.party !== undefined && !party) };
      }
      if (e.party !== undefined) return { kind: 'party' };
      if (e.skip) return { kind: 'skip' };
      return { kind: 'phrase', words };
    };
    const nounForms = new Set(cameo.nouns.flatMap((n) => n.forms));
    for (const block of cameo.blocks) {
      const patterns = block.patterns.map((p): Pattern => ({
        before: p.before.map(step), after: p.after.map(step), cameo: p.cameo, reverse: p.reverse === true, line: p.line,
        ...(p.type ? { type: p.type } : {}),
      }));
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
          });
        }
      }
    }
    for (const n of cameo.nouns) {
      for (const form of n.forms) {
        const [first, ...rest] = keysOf(form);
        this.add(this.forms, first!, {
          rest, lemma: n.lemma, pos: 'noun', patterns: [], alone: { type: n.type, cameo: n.cameo, transitive: false, reverse: false, line: n.lines[0]! },
        });
      }
    }
    for (const entry of curated.entries) {
      for (const phrase of entry.phrases) {
        const [head, ...gaps] = phrase.split('*').map(keysOf);
        const [first, ...rest] = head!;
        this.add(this.curated, first!, { rest, gaps, type: entry.type, voice: entry.voice, cameo: entry.cameo, plover: entry.plover, phrase });
      }
    }
    this.actionNouns = new Set(curated.actionNouns.map((w) => keysOf(w).join(' ')));
  }

  private add<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  /**
   * Every reading of the words at token `i`, the most specific first: longer matches before shorter ones; at the same
   * length negative knowledge before an event ("calls for talks" before the noun "calls"), a curated phrase before
   * CAMEO's, and the verb or the noun as the word before suggests.
   */
  matchesAt(tokens: readonly Token[], keys: readonly string[], i: number): EventMatch[] {
    const key = keys[i];
    if (key === undefined) return [];
    const found: EventMatch[] = [];
    for (const c of this.curated.get(key) ?? []) {
      const end = this.curatedEnd(keys, i, c);
      if (end < 0) continue;
      found.push({
        type: c.type, negative: false, cameo: c.cameo, plover: c.plover, lemma: c.phrase, pos: c.voice === 'noun' || c.voice === 'evaluative' ? 'noun' : 'verb',
        voice: c.voice, start: i, end, prepositions: [], reverse: false, origin: 'curated',
      });
    }
    for (const form of this.forms.get(key) ?? []) {
      if (!form.rest.every((k, n) => keys[i + 1 + n] === k)) continue;
      const formEnd = i + 1 + form.rest.length;
      for (const p of form.patterns) {
        const m = this.patternMatch(tokens, keys, i, formEnd, p);
        if (m) found.push(this.reading(form, p, m, p.line));
      }
      if (form.alone) {
        const end = form.particle ? formEnd - 1 : formEnd;
        found.push(this.reading(form, form.alone, { start: i, end, ...(form.particle ? { opener: end, prepositions: [form.particle] } : { prepositions: [] }) }, form.alone.line));
      }
    }
    const span = (m: EventMatch): number => Math.max(m.end, m.opener ?? 0) - m.start;
    const preferred = this.verbNotNoun(tokens, i) ? 'verb' : 'noun';
    const curated = (m: EventMatch): number => Number(m.origin === 'curated');
    const seen = new Set<string>();
    return found.map((m) => this.withOpener(keys, m))
      .sort((a, b) => span(b) - span(a) || Number(b.negative) - Number(a.negative) || curated(b) - curated(a)
        || Number(b.pos === preferred) - Number(a.pos === preferred))
      .filter((m) => {
        // Patterns of several blocks often read the same words the same way: one reading is enough.
        const key = `${m.type ?? '-'} ${m.pos} ${m.start} ${m.end} ${m.opener ?? ''} ${m.reverse}`;
        return !seen.has(key) && seen.add(key) !== undefined;
      });
  }

  /** A preposition right after an event's words opens its party: "held talks with X", "support for X", "a call from X". */
  private withOpener(keys: readonly string[], m: EventMatch): EventMatch {
    const next = keys[m.end];
    if (m.opener !== undefined || !m.type || next === undefined || !this.openers.get(m.type)?.has(next)) return m;
    return { ...m, opener: m.end, prepositions: [next], reverse: m.reverse || this.reversePrepositions.has(next) };
  }

  /**
   * For a word both a verb and a noun ("supports", "talks", "calls"): a verb after a name, a pronoun or an adverb
   * ("Kenya supports", "they talk", "strongly backs"), a noun after a determiner, a preposition or an adjective.
   */
  private verbNotNoun(tokens: readonly Token[], i: number): boolean {
    const prev = tokens[i - 1];
    if (!prev || prev.kind !== 'word') return false;
    if (this.grammar.determiners.has(prev.norm) || this.grammar.prepositions.has(prev.norm)) return false;
    return prev.capitalised || this.grammar.subjects.has(prev.norm) || prev.norm.endsWith('ly');
  }

  private reading(
    form: Form, r: { readonly type?: EdgeType; readonly cameo: string; readonly reverse: boolean; readonly transitive?: boolean },
    m: { start: number; end: number; opener?: number; prepositions: readonly string[] }, line: number,
  ): EventMatch {
    const reverse = r.reverse || (m.prepositions.length > 0 && m.prepositions.every((p) => this.reversePrepositions.has(p)));
    const voice: EventVoice = form.pos === 'noun' ? 'noun' : r.transitive ? 'transitive' : 'active';
    return {
      ...(r.type ? { type: r.type, ...(this.plover[r.type] ? { plover: this.plover[r.type] } : {}) } : {}), negative: !r.type, cameo: r.cameo, lemma: form.lemma, pos: form.pos,
      voice, start: m.start, end: m.end, ...(m.opener !== undefined ? { opener: m.opener } : {}), prepositions: m.prepositions, reverse, origin: `cameo:${line}`,
    };
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
    return !g.prepositions.has(t.norm) && !g.clauseWords.has(t.norm) && !g.clauseBreaks.has(t.norm);
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
          if (alt.every((k, n) => keys[pos + skip + n] === k)) { found = pos + skip + alt.length; break; }
        }
      }
      if (found < 0) return -1;
      pos = found;
    }
    return pos;
  }

  private patternMatch(
    tokens: readonly Token[], keys: readonly string[], verb: number, formEnd: number, p: Pattern,
  ): { start: number; end: number; opener?: number; prepositions: readonly string[] } | undefined {
    let start = verb;
    for (let s = p.before.length - 1; s >= 0; s--) {
      const st = p.before[s]!;
      if (st.kind !== 'phrase') continue;
      // Words before the verb stand right before it, but for an adverb or auxiliary: "will also host".
      let found = -1;
      for (let from = start - 1; from >= Math.max(0, start - 4) && found < 0; from--) {
        const to = this.phraseAt(tokens, keys, from, st.words, false);
        if (to >= 0 && to <= start && start - to <= 2 && [...Array(start - to).keys()].every((n) => this.filler(tokens, to + n))) found = from;
      }
      if (found < 0) return undefined;
      start = found;
    }
    let pos = formEnd;
    let end = formEnd;
    for (const st of p.after) {
      if (st.kind === 'party') return { start, end, prepositions: [] };
      if (st.kind === 'skip') {
        let n = 0;
        while (n < MAX_FILLERS && this.filler(tokens, pos + n)) n++;
        if (n === 0) return undefined;
        pos += n;
        end = pos;
        continue;
      }
      if (st.kind === 'phrase') {
        const next = this.phraseAt(tokens, keys, pos, st.words, true);
        if (next < 0) return undefined;
        pos = end = next;
        continue;
      }
      const at = this.prepositionAt(tokens, keys, pos, st.prep, st.party);
      if (at < 0) return undefined;
      if (st.party) return { start, end, opener: at, prepositions: [st.prep.join(' ')] };
      pos = at + st.prep.length;
      if (st.skip) {
        let n = 0;
        while (n < MAX_FILLERS && this.filler(tokens, pos + n)) n++;
        if (n === 0) return undefined;
        pos += n;
      } else {
        const next = this.phraseAt(tokens, keys, pos, st.words, true);
        if (next < 0) return undefined;
        pos = next;
      }
      end = pos;
    }
    return { start, end, prepositions: [] };
  }

  /**
   * Where a preposition of a pattern stands from `pos`: right there (or after an adverb) when it opens the party
   * ("received a call from X"); a few words on, within the clause and before another verb, when it completes the
   * event ("spoke [with Putin] by telephone").
   */
  private prepositionAt(tokens: readonly Token[], keys: readonly string[], pos: number, prep: readonly string[], party: boolean): number {
    for (let g = pos; g <= pos + GAP_TOKENS && g < keys.length; g++) {
      if (prep.every((k, n) => keys[g + n] === k)) return g;
      const t = tokens[g]!;
      if (party && !t.norm.endsWith('ly')) return -1;
      if (this.grammar.clauseBreaks.has(t.norm) || (t.kind === 'punct' && t.text !== '-' && t.text !== "'") || (g > pos && this.verbWords.has(t.norm))) return -1;
    }
    return -1;
  }

  /** End of a curated phrase at `i` (each gapped part within GAP_TOKENS words of the previous one), or -1. */
  private curatedEnd(keys: readonly string[], i: number, c: Curated): number {
    if (!c.rest.every((k, n) => keys[i + 1 + n] === k)) return -1;
    let end = i + 1 + c.rest.length;
    for (const part of c.gaps) {
      let found = -1;
      for (let g = end; g <= end + GAP_TOKENS && g + part.length <= keys.length && found < 0; g++) {
        if (part.every((k, n) => keys[g + n] === k)) found = g;
      }
      if (found < 0) return -1;
      end = found + part.length;
    }
    return end;
  }
}
