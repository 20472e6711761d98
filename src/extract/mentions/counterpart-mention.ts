// Proposes a role mention for "his Russian counterpart" / "the Iranian counterpart": the same office as
// the person it is set against, in the named state. role-resolve finds who that is. "His counterpart, X"
// names no state: a title for the name in apposition only.
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tokenEndingAt } from '../text/tokens.js';
import { bySentence, roleMention } from './util.js';

export const counterpartMention: Stage<Mention> = {
  id: 'counterpart-mention',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { lexicon } = ctx.knowledge;
    const grouped = bySentence(mentions);
    const out = [...mentions];
    for (const sentence of ctx.sentences) {
      const states = (grouped.get(sentence.index) ?? []).filter((m) => m.kind === 'state' && m.via === 'demonym');
      for (const state of states) {
        const next = sentence.tokens[tokenEndingAt(sentence.tokens, state.span.end) + 1];
        if (!next || !lexicon.counterpart.has(next.norm)) continue;
        const span = { start: state.span.start, end: next.end };
        const role = { title: next.norm, office: 'head_of_state' as const, leader: false, counterpart: true, state: state.candidates[0]! };
        out.push(roleMention(ctx, sentence.index, span, role, 'counterpart-mention'));
      }
      // "talks with her counterpart, Wang Yi": no state to resolve it by, but a title for the name in apposition; "received
      // his counterpart": the person of that office the article has just named (role-resolve).
      const { tokens } = sentence;
      for (let i = 1; i < tokens.length; i++) {
        if (!lexicon.counterpart.has(tokens[i]!.norm) || !lexicon.grammar.possessives.has(tokens[i - 1]!.norm)) continue;
        const span = { start: tokens[i - 1]!.start, end: tokens[i]!.end };
        out.push(roleMention(ctx, sentence.index, span, { title: tokens[i]!.norm, office: 'head_of_state', leader: false, counterpart: true }, 'counterpart-mention'));
      }
    }
    return out;
  },
};
