// Ties titles to states: "Russian President", "Pakistan's Prime Minister", "President of Russia",
// "Amir of the State of Qatar". A title coordinated with a tied one shares its state
// ("Crown Prince and Prime Minister"). The state mention itself stays: the state is named too.
import type { Sentence } from '../text/sentences.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tokenAt, tokenEndingAt, tokenFrom } from '../text/tokens.js';
import { bySentence, textOf } from './util.js';

// Blocs hold titles too: "European Commission President", "UN Secretary-General".
const isState = (m: Mention): boolean => (m.kind === 'state' || m.kind === 'bloc') && m.candidates.length > 0;

/** A sentence's states and blocs by where they start and end: a run-on sentence of titles asks for each one. */
interface StatesAt {
  readonly starting: ReadonlyMap<number, Mention>;
  readonly ending: ReadonlyMap<number, Mention>;
}

function statesAt(states: readonly Mention[]): StatesAt {
  const starting = new Map<number, Mention>();
  const ending = new Map<number, Mention>();
  // The first of several at one place, as a search in order would find.
  for (const s of states) {
    if (!starting.has(s.span.start)) starting.set(s.span.start, s);
    if (!ending.has(s.span.end)) ending.set(s.span.end, s);
  }
  return { starting, ending };
}

function stateBefore(ctx: ArticleContext, sentence: Sentence, role: Mention, states: StatesAt): Mention | undefined {
  let i = tokenAt(sentence.tokens, role.span.start);
  if (i <= 0) return undefined;
  const tokens = sentence.tokens;
  const possessive = (k: number): boolean => k >= 2 && tokens[k - 1]!.norm === 's' && tokens[k - 2]!.norm === "'";
  // "the Chinese foreign ministry spokesperson", "the Russian foreign ministry's spokeswoman": a state's organ may stand
  // between the state and the title.
  const at = possessive(i) ? i - 2 : i;
  const organ = [at - 2, at - 1].find((j) => j > 0 && ctx.knowledge.lexicon.actorNouns.matchesAt(sentence.keys, j).some((m) => j + m.length === at));
  if (organ !== undefined) i = organ;
  // "Pakistan's Prime Minister": skip the possessive.
  const end = possessive(i) ? tokens[i - 2]!.start : tokens[i - 1]!.end;
  return states.ending.get(end);
}

/** How many words may name a state's ruling body before its "of" ("the Lao People's Revolutionary Party"). */
const BODY_WORDS = 6;

/**
 * "President of Russia", "Amir of the State of Qatar", "secretary of Iran's Supreme National Security Council",
 * "General Secretary of the Communist Party of Vietnam": a state after "of", or after a body of it ending in one of the
 * lexicon's body nouns.
 */
function stateAfter(ctx: ArticleContext, sentence: Sentence, role: Mention, states: StatesAt): Mention | undefined {
  const i = tokenEndingAt(sentence.tokens, role.span.end);
  const tokens = sentence.tokens;
  if (i < 0 || tokens[i + 1]?.norm !== 'of') return undefined;
  const j = tokens[i + 2]?.norm === 'the' ? i + 3 : i + 2;
  const start = tokens[j]?.start;
  if (start === undefined) return undefined;
  const direct = states.starting.get(start);
  if (direct) return direct;
  let k = j;
  while (k < j + BODY_WORDS && tokens[k]?.kind === 'word' && tokens[k]!.capitalised) k++;
  if (k === j || !ctx.knowledge.lexicon.bodyNouns.has(tokens[k - 1]!.norm) || tokens[k]?.norm !== 'of') return undefined;
  const state = states.starting.get(tokens[tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1]?.start ?? -1);
  return state?.kind === 'state' ? state : undefined;
}

/**
 * "secretary of Iran's Supreme National Security Council", "President of the ECOWAS Commission": the title reaches over
 * the state's organ or the bloc's body.
 */
function organAfter(ctx: ArticleContext, sentence: Sentence, state: Mention): number {
  const tokens = sentence.tokens;
  let i = tokenFrom(tokens, state.span.end);
  const body = tokens[i];
  if (state.kind === 'bloc' && body?.capitalised && ctx.knowledge.lexicon.bodyNouns.has(body.norm)) return body.end;
  // "of Vietnam Central Committee", "of the Lao People's Revolutionary Party Central Committee": a state's body named
  // after it, capitalised, ending in a body noun (the last of them).
  let bodyEnd = -1;
  const possessiveMark = (k: number): boolean => tokens[k]?.norm === "'" && tokens[k + 1]?.norm === 's' || tokens[k]?.norm === 's' && tokens[k - 1]?.norm === "'";
  for (let k = i; k >= 0 && k < i + BODY_WORDS + 2 && (tokens[k]?.kind === 'word' && tokens[k]!.capitalised || possessiveMark(k)); k++) {
    if (ctx.knowledge.lexicon.bodyNouns.has(tokens[k]!.norm)) bodyEnd = tokens[k]!.end;
  }
  if (bodyEnd >= 0) return bodyEnd;
  if (i < 0 || tokens[i]!.norm !== "'" || tokens[i + 1]?.norm !== 's') return state.span.end;
  i += 2;
  let end = state.span.end;
  while (tokens[i]?.kind === 'word' && tokens[i]!.capitalised) end = tokens[i++]!.end;
  return end;
}

export const roleMerge: Stage<Mention> = {
  id: 'role-merge',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const grouped = bySentence(mentions);
    const replaced = new Map<Mention, Mention>();
    for (const sentence of ctx.sentences) {
      const list = grouped.get(sentence.index) ?? [];
      const states = statesAt(list.filter(isState));
      let previous: Mention | undefined;
      for (const m of list) {
        if (m.kind !== 'role' || !m.role || m.role.state) continue;
        const before = stateBefore(ctx, sentence, m, states);
        const after = before ? undefined : stateAfter(ctx, sentence, m, states);
        const state = before ?? after;
        let merged: Mention | undefined;
        if (state) {
          const span = before ? { start: before.span.start, end: m.span.end } : { start: m.span.start, end: organAfter(ctx, sentence, state) };
          merged = { ...m, span, text: textOf(ctx, span), by: 'role-merge', role: { ...m.role, state: state.candidates[0]!, span } };
        } else if (previous?.role?.state) {
          // "Crown Prince and Prime Minister": only "and" between the two titles.
          const gap = ctx.article.text.slice(previous.span.end, m.span.start).trim().toLowerCase();
          if (gap === 'and') merged = { ...m, by: 'role-merge', role: { ...m.role, state: previous.role.state } };
        }
        if (merged) {
          replaced.set(m, merged);
          ctx.trace('role-merge', () => `"${merged!.text}" → ${merged!.role!.title} of ${merged!.role!.state}`, sentence.index);
        }
        previous = merged ?? m;
      }
    }
    return mentions.map((m) => replaced.get(m) ?? m);
  },
};
