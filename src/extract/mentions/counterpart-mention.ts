// Proposes a role mention for "his Russian counterpart" / "the Iranian counterpart": the same office as
// the person it is set against, in the named state. role-resolve finds who that is. "His counterpart, X"
// names no state: a title for the name in apposition only.
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tokenEndingAt, type Token } from '../text/tokens.js';
import { bySentence, roleMention } from './util.js';

export const counterpartMention: Stage<Mention> = {
  id: 'counterpart-mention',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { lexicon } = ctx.knowledge;
    const grouped = bySentence(mentions);
    const out = [...mentions];
    for (const sentence of ctx.sentences) {
      const { tokens } = sentence;
      // "his Russian counterpart"; a name or abbreviation used as an adjective too: "his DRC counterpart", "his U.S. counterpart".
      const attributive = (m: Mention): boolean => lexicon.counterpart.has(tokens[tokenEndingAt(tokens, m.span.end) + 1]?.norm ?? '');
      const states = (grouped.get(sentence.index) ?? []).filter((m) => m.kind === 'state' && (m.via === 'demonym' || attributive(m)));
      // "his Tunisian and Libyan counterparts": each demonym of a list the noun closes is a counterpart of its own.
      const closing = counterpartsClosing(states, tokens, (k) => lexicon.counterpart.has(k));
      for (const [n, state] of states.entries()) {
        const next = tokens[tokenEndingAt(tokens, state.span.end) + 1];
        const noun = next && lexicon.counterpart.has(next.norm) ? next : next && closing[n];
        if (!noun) continue;
        const span = { start: state.span.start, end: noun === next ? next.end : state.span.end };
        const role = { title: noun.norm, office: 'head_of_state' as const, leader: false, counterpart: true, state: state.candidates[0]! };
        out.push(roleMention(ctx, sentence.index, span, role, 'counterpart-mention'));
      }
      // "talks with her counterpart, Wang Yi": no state to resolve it by, but a title for the name in apposition; "received
      // his counterpart": the person of that office the article has just named (role-resolve). "His counterparts from X
      // and Y" are named by the states after them.
      for (let i = 1; i < tokens.length; i++) {
        if (!lexicon.counterpart.has(tokens[i]!.norm) || !lexicon.grammar.possessives.has(tokens[i - 1]!.norm)) continue;
        if (tokens[i]!.norm.endsWith('s') && lexicon.syntax.actingPrepositions.has(tokens[i + 1]?.norm ?? '')) continue;
        const span = { start: tokens[i - 1]!.start, end: tokens[i]!.end };
        out.push(roleMention(ctx, sentence.index, span, { title: tokens[i]!.norm, office: 'head_of_state', leader: false, counterpart: true }, 'counterpart-mention'));
      }
    }
    return out;
  },
};

/**
 * "Tunisian and Libyan counterparts": for each demonym, the counterpart noun closing the list of demonyms that goes on
 * after it with "and" or a comma, each member the next demonym; undefined when the list stops before one. Read from
 * the last demonym back, each list once: a run-on list asks for every member.
 */
function counterpartsClosing(states: readonly Mention[], tokens: readonly Token[], isCounterpart: (norm: string) => boolean): (Token | undefined)[] {
  const closing: (Token | undefined)[] = states.map(() => undefined);
  for (let n = states.length - 2; n >= 0; n--) {
    let i = tokenEndingAt(tokens, states[n]!.span.end) + 1;
    if (tokens[i]?.norm !== 'and' && tokens[i]?.norm !== ',') continue;
    if (tokens[i]?.norm === ',' && tokens[i + 1]?.norm === 'and') i++;
    if (tokens[i + 1]?.start !== states[n + 1]!.span.start) continue;
    const after = tokens[tokenEndingAt(tokens, states[n + 1]!.span.end) + 1];
    closing[n] = after && isCounterpart(after.norm) ? after : closing[n + 1];
  }
  return closing;
}
