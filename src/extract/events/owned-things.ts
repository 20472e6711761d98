// Whose bid, candidacy or proposal an article speaks of: "Bahrain's bid", "the Bahraini candidacy", "a proposal by X".
// Support names the thing backed more often than its owner ("Kuwait threw its weight behind the bid", "Oman endorsed
// the candidacy"); the owner is the party whose thing of that kind the article named last before.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventContext, Mention } from '../types.js';
import { byTokenEdges, inSentence } from '../mentions/util.js';
import { tokenFrom, type Token } from '../text/tokens.js';
import { tagsOf } from '../text/pos.js';
import { ArticleCache } from '../article-cache.js';

interface OwnedThing {
  readonly sentence: number;
  /** Offset of the thing's word in the text. */
  readonly at: number;
  /** Its kind: an index into the lexicon's `ownedThings`. */
  readonly kind: number;
  readonly owner: EntityKey;
}

/** How many words may stand between an owner and its thing: "Bahrain's [long-standing] bid". */
const MODIFIERS = 2;

/** The tags of the words that may stand between an owner and its thing. */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

/** How many sentences back "the bid" may find whose bid it is. */
const OWNER_REACH = 8;

/** Determiners that point back to a thing named before: "the bid", "this candidacy". */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);

const cache = new ArticleCache<EventContext['mentions'], OwnedThing[]>();

/** The things with a named owner, in text order, found once per article. */
function ownedThings(ctx: EventContext): OwnedThing[] {
  const cached = cache.get(ctx.mentions);
  if (cached) return cached;
  const { ownedThings: things, grammar } = ctx.knowledge.lexicon;
  const out: OwnedThing[] = [];
  for (const sentence of ctx.sentences) {
    const { tokens, keys } = sentence;
    const parties = inSentence(ctx.mentions, sentence.index).filter((m) => m.kind !== 'agreement' && m.kind !== 'role' && m.candidates.length === 1);
    if (parties.length === 0) continue;
    const { byEnd, byStart } = byTokenEdges(tokens, parties);
    for (let i = 0; i < keys.length; i++) {
      const match = things.longestAt(keys, i);
      if (!match) continue;
      // Before it: a possessor or a demonym, a few modifiers between ("Bahrain's bid", "the Bahraini candidacy"); the
      // words between are tagged only once a party stands before them.
      let owner: Mention | undefined;
      let j = i;
      for (let words = 0; j > 0 && words <= MODIFIERS; j--, words++) {
        owner = keys[j - 1] === 's' && keys[j - 2] === "'" ? byEnd.get(j - 2) : byEnd.get(j);
        if (owner || grammar.prepositions.has(keys[j - 1]!)) break;
      }
      if (owner && j < i && !tagsOf(ctx.article.text, sentence).pos.slice(j, i).every((p) => MODIFIER_TAGS.has(p))) owner = undefined;
      // After it: "a bid by X", "the candidacy of X".
      const after = i + match.length;
      if (!owner && (keys[after] === 'by' || keys[after] === 'of')) owner = byStart.get(after + 1) ?? (grammar.determiners.has(keys[after + 1] ?? '') ? byStart.get(after + 2) : undefined);
      if (owner) out.push({ sentence: sentence.index, at: tokens[i]!.start, kind: match.payloads[0]!, owner: owner.candidates[0]! });
    }
  }
  cache.set(ctx.mentions, out);
  return out;
}

/** The token a definite phrase starting at `offset` opens with ("the bid", "this candidacy"), else -1. */
function definiteAt(tokens: readonly Token[], keys: readonly string[], offset: number): number {
  const first = tokenFrom(tokens, offset);
  return first >= 0 && DEFINITE.has(keys[first]!) ? first : -1;
}

/**
 * "Kuwait threw its weight behind the bid": the owner of the thing a definite phrase starting at `offset` names, a few
 * modifiers between, found among the things of its kind named last before it; undefined when the phrase names none.
 */
export function ownerFor(ctx: EventContext, sentence: number, offset: number): EntityKey | undefined {
  const { tokens, keys } = ctx.sentences[sentence]!;
  const first = definiteAt(tokens, keys, offset);
  if (first < 0) return undefined;
  let kind: number | undefined;
  for (let j = first + 1; j <= first + 1 + MODIFIERS && j < keys.length && kind === undefined; j++) {
    kind = ctx.knowledge.lexicon.ownedThings.longestAt(keys, j)?.payloads[0];
    if (tokens[j]!.kind !== 'word') break;
  }
  if (kind === undefined) return undefined;
  const start = tokens[first]!.start;
  return ownedThings(ctx).findLast((t) => t.kind === kind && t.at < start && sentence - t.sentence <= OWNER_REACH)?.owner;
}

/**
 * "supports the candidacy of X to the Security Council": the owner a definite phrase starting at `offset` names with the
 * thing itself ("the candidacy of X", "the bid by X"), a few modifiers between; undefined when it names none.
 */
export function ownerNamedAt(ctx: EventContext, sentence: number, offset: number): EntityKey | undefined {
  const { tokens, keys } = ctx.sentences[sentence]!;
  const first = definiteAt(tokens, keys, offset);
  if (first < 0) return undefined;
  const last = tokens[Math.min(tokens.length - 1, first + 1 + MODIFIERS)]!;
  return ownedThings(ctx).find((t) => t.sentence === sentence && t.at > tokens[first]!.start && t.at <= last.start)?.owner;
}
