// The gender an article gives its people, read from the article alone: a pronoun right after the one person a
// sentence has named so far ("Congratulations to X on her election"), an honorific right before a name ("Ms X",
// "Queen X"). Pronoun resolution then refers "she" and "her" to the last woman named, and keeps "he" and "him"
// off her: "Biden said he had spoken with the president-elect and congratulated her".
import type { EntityKey } from '../../document/types.gen.js';
import type { EventContext, Mention } from '../types.js';
import { tokenFrom } from '../text/tokens.js';
import { firstWhere } from '../sorted.js';
import { ArticleCache } from '../article-cache.js';

export type Gender = 'feminine' | 'masculine';

/** How many sentences back "she" looks for the last woman named, and past how many people at most (run-on text). */
const FEMININE_REACH = 6;
const FEMININE_LOOKBACK = 40;

/** A subject pronoun after a person tells their gender more surely than a possessive one. */
const SUBJECT_WEIGHT = 2;
const POSSESSIVE_WEIGHT = 1;

/** How many words an honorific may stand before a name ("Ms [Foreign Minister] X"). */
const HONORIFIC_REACH = 3;

interface GenderIndex {
  readonly of: ReadonlyMap<EntityKey, Gender>;
  /** The people the article names with their gender known, in text order. */
  readonly gendered: readonly Mention[];
}

const cache = new ArticleCache<EventContext['mentions'], GenderIndex>();

function genderOfWord(ctx: EventContext, word: string): Gender | undefined {
  const lex = ctx.knowledge.lexicon;
  return lex.feminineWords.has(word) ? 'feminine' : lex.masculineWords.has(word) ? 'masculine' : undefined;
}

function indexOf(ctx: EventContext): GenderIndex {
  const cached = cache.get(ctx.mentions);
  if (cached) return cached;
  const votes = new Map<EntityKey, number>();
  const vote = (key: EntityKey, gender: Gender, weight = SUBJECT_WEIGHT): void => { votes.set(key, (votes.get(key) ?? 0) + (gender === 'feminine' ? weight : -weight)); };
  const lex = ctx.knowledge.lexicon;
  const people = ctx.mentions.filter((m) => m.kind === 'leader' && m.candidates.length === 1);
  let p = 0;
  for (const sentence of ctx.sentences) {
    const { tokens, keys } = sentence;
    const first = p;
    while (p < people.length && people[p]!.sentence === sentence.index) p++;
    const here = people.slice(first, p);
    if (here.length === 0) continue;
    const starts = here.map((m) => tokenFrom(tokens, m.role && m.role.span.start < m.span.start ? m.role.span.start : m.span.start));
    // Pointers kept as the tokens go: the next person to start, and how many people end before the token (whether
    // they are all one person). One pass: an endless sentence stays linear.
    let next = 0;
    let ended = 0;
    let only: EntityKey | undefined;
    let one = true;
    for (let i = 0; i < keys.length; i++) {
      while (next < starts.length && starts[next]! <= i) next++;
      while (ended < here.length && here[ended]!.span.end <= tokens[i]!.start) {
        const key = here[ended++]!.candidates[0]!;
        if (only === undefined) only = key;
        else if (key !== only) one = false;
      }
      const gender = tokens[i]!.kind === 'word' ? genderOfWord(ctx, keys[i]!) : undefined;
      if (!gender) continue;
      const pronoun = lex.personPronouns.has(keys[i]!);
      // An honorific ("Ms", "Queen"), or a possessive opening one ("Her Excellency"): the person named right after.
      if (tokens[i]!.capitalised && (!pronoun || lex.grammar.possessives.has(keys[i]!) && tokens[i + 1]?.capitalised)) {
        if (next < starts.length && starts[next]! - i <= HONORIFIC_REACH) vote(here[next]!.candidates[0]!, gender);
        continue;
      }
      // A subject pronoun ("X said she ..."), and as a weaker sign a possessive one before a noun: the one person
      // its sentence names before it. An object pronoun is most often someone else ("X congratulated her").
      if (!pronoun) continue;
      // A possessive counts after a preposition only ("X on her victory"): after a verb it is as often someone
      // else's ("X hailed her win").
      const possessive = lex.grammar.possessives.has(keys[i]!) && tokens[i + 1]?.kind === 'word' && !lex.grammar.prepositions.has(keys[i + 1]!);
      if (possessive && !lex.grammar.prepositions.has(keys[i - 1] ?? '')) continue;
      const weight = possessive ? POSSESSIVE_WEIGHT : lex.grammar.objectPronouns.has(keys[i]!) ? 0 : SUBJECT_WEIGHT;
      if (only !== undefined && one && weight > 0) vote(only, gender, weight);
    }
  }
  const of = new Map<EntityKey, Gender>();
  for (const [key, n] of votes) if (n !== 0) of.set(key, n > 0 ? 'feminine' : 'masculine');
  const index = { of, gendered: people.filter((m) => of.has(m.candidates[0]!)) };
  cache.set(ctx.mentions, index);
  return index;
}

/** The gender the article gives a person, if it tells one. */
export function genderOf(ctx: EventContext, key: EntityKey): Gender | undefined {
  return indexOf(ctx).of.get(key);
}

/** The gender a pronoun tells ("her": feminine), if it is one of the gendered words. */
export function pronounGender(ctx: EventContext, word: string): Gender | undefined {
  return genderOfWord(ctx, word);
}

/** The last woman named before `offset`, in its sentence or up to a few sentences before. */
export function lastWomanBefore(ctx: EventContext, sentence: number, offset: number): Mention | undefined {
  const { gendered, of } = indexOf(ctx);
  const from = firstWhere(gendered.length, (n) => gendered[n]!.span.end > offset) - 1;
  for (let i = from; i >= 0 && from - i < FEMININE_LOOKBACK; i--) {
    const m = gendered[i]!;
    if (sentence - m.sentence > FEMININE_REACH) return undefined;
    if (of.get(m.candidates[0]!) === 'feminine') return m;
  }
  return undefined;
}
