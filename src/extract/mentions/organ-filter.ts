// Drops a bloc's name that names an organ of a state: "the Security Council of the Russian Federation" is Russia's
// own council, not the UN's, and "the secretary of the Security Council of X" holds an office of X. Runs before the
// titles take their places, so that the state after "of" is the one they read.
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tokenEndingAt } from '../text/tokens.js';
import { bySentence } from './util.js';

export const organFilter: Stage<Mention> = {
  id: 'organ-filter',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const dropped = new Set<Mention>();
    for (const [index, list] of bySentence(mentions)) {
      const { tokens } = ctx.sentences[index]!;
      for (const m of list) {
        if (m.kind !== 'bloc') continue;
        const of = tokenEndingAt(tokens, m.span.end) + 1;
        if (tokens[of]?.norm !== 'of') continue;
        const next = tokens[of + 1]?.norm === 'the' ? of + 2 : of + 1;
        const state = list.find((s) => s.kind === 'state' && s.via !== 'demonym' && tokens[next]?.start === s.span.start);
        if (!state) continue;
        dropped.add(m);
        ctx.trace('organ-filter', () => `dropped "${m.text}": an organ of ${state.text}, not the bloc`, index);
      }
    }
    return dropped.size === 0 ? [...mentions] : mentions.filter((m) => !dropped.has(m));
  },
};
