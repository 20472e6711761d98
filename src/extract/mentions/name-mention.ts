// Proposes a mention wherever a gazetteer name starts: the longest name at each position wins and the
// scan resumes after it. Which entity an ambiguous name means is left to name-resolve.
import type { Gazetteer, NameEntry } from '../../knowledge/gazetteer.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { ArticleContext, Mention, MentionVia, Stage } from '../types.js';
import { spanOf, textOf } from './util.js';

/** Case must agree where it carries meaning: acronyms exactly, proper names capitalised. */
export function caseAgrees(entry: NameEntry, tokens: readonly Token[], from: number): boolean {
  if (entry.caseSensitive) return entry.surface.every((s, i) => tokens[from + i]!.text === s);
  const first = entry.surface[0]!;
  const startsUpper = first[0] !== first[0]!.toLowerCase();
  return !startsUpper || tokens[from]!.capitalised;
}

const VIA: Record<NameEntry['kind'], MentionVia> = {
  name: 'name', short: 'short', abbreviation: 'abbreviation', demonym: 'demonym', capital: 'capital', metonym: 'metonym',
};

/**
 * "Supreme National Security Council" is not the "Security Council": an organisation's name run on
 * from a capitalised word is part of a longer name; so is a city followed by one ("Tehran Times").
 */
function insideLongerName(entry: NameEntry, tokens: readonly Token[], from: number, length: number): boolean {
  // "Tehran Times", "Moscow Dispatch": a city run into a capitalised word names something else.
  if (entry.kind === 'capital' || entry.kind === 'metonym') {
    const next = tokens[from + length];
    return next !== undefined && next.kind === 'word' && next.capitalised && next.spaceBefore;
  }
  if ((entry.type !== 'bloc' && entry.type !== 'agreement') || entry.kind !== 'name') return false;
  const previous = tokens[from - 1];
  return previous !== undefined && from > 1 && previous.kind === 'word' && previous.capitalised;
}

/** How many words before a particle may hold the given names of the person a short name after it is ("Ahmed bin Khalid Al-X", Ahmed Al-X). */
const GIVEN_NAMES_REACH = 5;

/**
 * "Al-Quds Al-Sharif", "Ahmed Al-Sharif": a short name after a particle joined by a hyphen ("Al-"), right after a
 * capitalised word that no title, honorific or known name holds, is the end of another name, unless the words before
 * hold a given name of the person it is short for ("Ahmed bin Khalid Al-X", Ahmed Al-X).
 */
function particleOfAnotherName(ctx: ArticleContext, tokens: readonly Token[], keys: readonly string[], i: number, entries: readonly NameEntry[]): boolean {
  const { lexicon, gazetteer } = ctx.knowledge;
  const [word, particle, hyphen] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
  if (hyphen?.text !== '-' || hyphen.spaceBefore || tokens[i]!.spaceBefore || !particle || !lexicon.nameParticles.has(keys[i - 2]!)) return false;
  if (word?.kind !== 'word' || !word.capitalised) return false;
  const named = (j: number): boolean => gazetteer.names.longestAt(keys, j) !== undefined || lexicon.titles.longestAt(keys, j) !== undefined || lexicon.honorifics.longestAt(keys, j) !== undefined;
  if (named(i - 3) || named(i - 4) || named(i - 5)) return false;
  const given = new Set(entries.flatMap((e) => gazetteer.aliases(e.key)).flatMap((n) => tokenize(n).filter((t) => t.kind === 'word' && !lexicon.nameParticles.has(t.norm)).map((t) => t.norm)));
  return !keys.slice(Math.max(0, i - 2 - GIVEN_NAMES_REACH), i - 2).some((k) => given.has(k));
}

/**
 * "Yunus-Bek Yevkurov": a person's name hyphenated onto a word no name starts with, a capitalised word after them, is
 * part of someone else's given name; "the Putin-Xi summit" joins two names.
 */
function hyphenatedGivenName(trie: Gazetteer['names'], tokens: readonly Token[], keys: readonly string[], end: number): boolean {
  const [hyphen, word, next] = [tokens[end], tokens[end + 1], tokens[end + 2]];
  if (hyphen?.text !== '-' || hyphen.spaceBefore || word?.kind !== 'word' || !word.capitalised || word.spaceBefore) return false;
  return next?.kind === 'word' && next.capitalised && next.spaceBefore && trie.longestAt(keys, end + 1) === undefined;
}

/** How many words of a name may follow its middle initial: "Ferdinand R. [Marcos Jr.]". */
const AFTER_INITIAL = 4;

/**
 * "Joseph R. Biden Jr.", "Ferdinand R. Marcos Jr.": a person's name the gazetteer knows without the middle initial
 * written after its first word, at token `i`: the gazetteer's entries for it and its length in tokens.
 */
export function nameWithMiddleInitial(gazetteer: Gazetteer, tokens: readonly Token[], keys: readonly string[], i: number): { readonly entries: NameEntry[]; readonly length: number } | undefined {
  const initial = tokens[i + 1];
  if (!tokens[i]?.capitalised || initial?.kind !== 'word' || initial.text.length !== 1 || !initial.capitalised || keys[i + 2] !== '.') return undefined;
  const match = gazetteer.names.longestAt([keys[i]!, ...keys.slice(i + 3, i + 3 + AFTER_INITIAL)], 0);
  const entries = match && match.length >= 2 ? match.payloads.filter((e) => e.type === 'leader' && e.kind === 'name' && caseAgrees(e, tokens, i)) : [];
  return entries.length > 0 ? { entries, length: match!.length + 2 } : undefined;
}

/** Pushes the mention of a name with a middle initial at token `i` and returns its length in tokens, or 0. */
function withMiddleInitial(ctx: ArticleContext, sentence: number, tokens: readonly Token[], keys: readonly string[], i: number, out: Mention[]): number {
  const found = nameWithMiddleInitial(ctx.knowledge.gazetteer, tokens, keys, i);
  if (!found) return 0;
  const { entries, length } = found;
  const span = spanOf(tokens, i, i + length);
  out.push({ span, text: textOf(ctx, span), sentence, kind: 'leader', via: 'name', by: 'name-mention', candidates: [...new Set(entries.map((e) => e.key))], entries });
  return length;
}

export const nameMention: Stage<Mention> = {
  id: 'name-mention',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const trie = ctx.knowledge.gazetteer.names;
    const out = [...mentions];
    for (const sentence of ctx.sentences) {
      const tokens = sentence.tokens;
      const keys = sentence.keys;
      for (let i = 0; i < tokens.length; ) {
        // "Latin American": a region's name holds no state's (a longer name may start with it: "Latin American Parliament").
        const region = tokens[i]!.capitalised ? ctx.knowledge.lexicon.regionNames.longestAt(keys, i) : undefined;
        if (region && (trie.longestAt(keys, i)?.length ?? 0) <= region.length) { i += region.length; continue; }
        let matched = 0;
        for (const match of trie.matchesAt(keys, i)) {
          const entries = match.payloads.filter((e) => caseAgrees(e, tokens, i) && !insideLongerName(e, tokens, i, match.length));
          if (entries.length === 0) continue;
          if (entries.every((e) => e.type === 'leader') && hyphenatedGivenName(trie, tokens, keys, i + match.length)) continue;
          if (entries.every((e) => e.kind === 'short') && particleOfAnotherName(ctx, tokens, keys, i, entries)) continue;
          // "Sheikh Mohamed bin Zayed" + "Mohamed bin Zayed Al Nahyan": a later-starting, later-ending name
          // of the same entity extends the mention.
          let length = match.length;
          for (let j = i + 1; j < i + length; j++) {
            const longer = trie.longestAt(keys, j);
            if (longer && j + longer.length > i + length && longer.payloads.some((p) => entries.some((e) => e.key === p.key))) length = j + longer.length - i;
          }
          const span = spanOf(tokens, i, i + length);
          const kinds = new Set(entries.map((e) => e.kind));
          const via = kinds.size === 1 ? VIA[entries[0]!.kind] : kinds.has('name') ? 'name' : VIA[entries[0]!.kind];
          const type = entries[0]!.type;
          out.push({
            span,
            text: textOf(ctx, span),
            sentence: sentence.index,
            kind: type,
            via,
            by: 'name-mention',
            candidates: [...new Set(entries.map((e) => e.key))],
            entries,
          });
          matched = length;
          break;
        }
        if (matched === 0) matched = withMiddleInitial(ctx, sentence.index, tokens, keys, i, out);
        i += matched > 0 ? matched : 1;
      }
    }
    return out;
  },
};
