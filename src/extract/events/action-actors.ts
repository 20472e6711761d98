// Who carried out the acts an article speaks of: "the Russian missile strike", "Israel's strikes", "attacks by
// Iran". A condemnation names the act ("condemned the strike") more often than its author; the author is the
// party named with that act in the same sentence, or else with the last such act named before it.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventContext } from '../types.js';
import { inSentence } from '../mentions/util.js';
import { tokenFrom } from '../text/tokens.js';
import { tagsOf } from '../text/pos.js';

export interface ActionActor {
  readonly sentence: number;
  /** Offset of the action noun in the text. */
  readonly at: number;
  readonly actor: EntityKey;
}

/** How many words may stand between an actor and its act: "Russia's [massive overnight missile] strike". */
const MODIFIERS = 3;

const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV']);

const cache = new WeakMap<EventContext['mentions'], ActionActor[]>();

/** The acts with a named author, in text order, found once per article. */
export function actionActors(ctx: EventContext): ActionActor[] {
  const cached = cache.get(ctx.mentions);
  if (cached) return cached;
  const { actionNouns, grammar } = ctx.knowledge.lexicon;
  const out: ActionActor[] = [];
  for (const sentence of ctx.sentences) {
    const { tokens, keys } = sentence;
    const parties = inSentence(ctx.mentions, sentence.index).filter((m) => (m.kind === 'state' || m.kind === 'bloc') && m.candidates.length === 1);
    if (parties.length === 0) continue;
    for (let i = 0; i < keys.length; i++) {
      if (!actionNouns.has(keys[i]!)) continue;
      // Before it: a demonym or a possessor, with a few modifiers between ("the Israeli air strike", "Iran's attacks").
      const before = parties.filter((m) => {
        const end = tokenFrom(tokens, m.span.end);
        if (end < 0 || end >= i) return false;
        const gap = keys.slice(end, i).filter((k) => k !== "'" && k !== 's');
        // Modifiers only: a verb between ("X condemned the strike") makes X no author.
        return gap.length <= MODIFIERS && !gap.some((k) => grammar.prepositions.has(k) || k === ',' || k === 'and')
          && keys.slice(end, i).every((_, j) => !VERBAL.has(tagsOf(ctx.article.text, sentence).pos[end + j]!));
      }).pop();
      // After it: "by X".
      const after = keys[i + 1] === 'by' ? parties.find((m) => tokenFrom(tokens, m.span.start) === i + 2 || tokenFrom(tokens, m.span.start) === i + 3 && grammar.determiners.has(keys[i + 2]!)) : undefined;
      const actor = (before ?? after)?.candidates[0];
      if (actor) out.push({ sentence: sentence.index, at: tokens[i]!.start, actor });
    }
  }
  cache.set(ctx.mentions, out);
  return out;
}

/** The author of the act a condemnation at `offset` in `sentence` names: one named in its sentence, else the last before. */
export function actorFor(ctx: EventContext, sentence: number, offset: number): EntityKey | undefined {
  const acts = actionActors(ctx);
  const here = acts.filter((a) => a.sentence === sentence);
  // In its sentence, the act nearest the condemnation ("the strike ... which X condemned", "condemned the Israeli strike").
  if (here.length > 0) return here.reduce((a, b) => (Math.abs(b.at - offset) < Math.abs(a.at - offset) ? b : a)).actor;
  return acts.filter((a) => a.sentence < sentence).pop()?.actor;
}
