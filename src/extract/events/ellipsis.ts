// "Spain recognised a Palestinian state in May, and Slovenia followed on June 4": a verb phrase that stands
// for the last event read ("followed suit", "did the same"; data/lexicon/syntax.json `ellipsisPhrases`) gives
// its subject the same event with the same other party, dated by its own clause. An inverted one ("as did Y",
// `invertedEllipsisPhrases`) has its subject after it. A returned one ("Y reciprocated", `returningPhrases`) is the
// event done back to its doer by the one it was done to.
import type { EntityKey } from '../../document/types.gen.js';
import { cover } from '../mentions/util.js';
import { subjectOf, syntaxOf } from '../syntax/roles.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { SYMMETRIC } from './argument-binding.js';
import { participantsIn } from './participants.js';

/** How many tokens may stand between "as did" and its subject's first ("as did Cuba's President X", "as did His Highness the Prime Minister X"). */
const INVERTED_REACH = 5;

export const ellipsis: Stage<EventCandidate, EventContext> = {
  id: 'ellipsis',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const lex = ctx.knowledge.lexicon;
    const bound = candidates.filter((e) => e.voice !== 'relation' && e.source && e.target).sort((a, b) => a.trigger.start - b.trigger.start);
    if (bound.length === 0) return [...candidates];
    const out = [...candidates];
    for (const sentence of ctx.sentences) {
      const keys = sentence.keys;
      for (let i = 0; i < keys.length; i++) {
        const inverted = lex.syntax.invertedEllipsisPhrases.longestAt(keys, i);
        const returned = inverted ? undefined : lex.syntax.returningPhrases.longestAt(keys, i);
        const match = inverted ?? returned ?? lex.syntax.ellipsisPhrases.longestAt(keys, i);
        if (!match) continue;
        // A bare "followed" stands for an event only where no object follows it ("followed on June 4"); what is returned
        // may be named ("reciprocated the greetings").
        const next = keys[i + match.length];
        if (!returned && match.length === 1 && next !== undefined && /\p{L}/u.test(next) && !lex.grammar.prepositions.has(next)) continue;
        const start = sentence.tokens[i]!.start;
        // What is returned is done to someone: a call or a meeting shares its words and is no such act.
        const last = [...bound].reverse().find((e) => e.trigger.end <= start && e.sentence >= sentence.index - 1 && !(returned && SYMMETRIC.has(e.type)));
        if (!last) continue;
        // "X called to congratulate him, as did Y": every act its subject did in that sentence, not just the last read.
        const antecedents = returned ? [last] : bound.filter((e) => e.sentence === last.sentence && e.source === last.source && e.trigger.end <= start);
        const syn = syntaxOf(ctx, sentence, participantsIn(ctx, sentence, {}));
        const after = i + match.length;
        // "as did His Highness the Prime Minister X": the person named, not the honorific before the title.
        const inReach = inverted ? syn.groups.filter((g) => g.first >= after && g.first <= after + INVERTED_REACH && !g.governor && !g.possessor) : [];
        const group = inverted ? inReach.find((g) => g.members.some((p) => p.kind === 'mention')) ?? inReach[0] : subjectOf(ctx, syn, i)?.group;
        const subject = group?.members.filter((p) => p.kind !== 'demonym') ?? [];
        const trigger = { start, end: sentence.tokens[i + match.length - 1]!.end };
        for (const antecedent of antecedents) {
          for (const source of new Set(subject.flatMap((p) => p.keys))) {
            // Returned, the event goes back to its doer from the one it was done to, and only from that one.
            if (returned && antecedent.target !== source) continue;
            const other: EntityKey | undefined = returned || SYMMETRIC.has(antecedent.type) && antecedent.target === source ? antecedent.source : antecedent.target;
            if (!other || other === source || source === antecedent.source) continue;
            ctx.trace('ellipsis', () => `"${ctx.article.text.slice(trigger.start, trigger.end)}" repeats ${antecedent.type}: ${source} → ${other}`, sentence.index);
            out.push({ ...antecedent, sentence: sentence.index, trigger, source, target: other, by: 'ellipsis', span: cover([trigger, ...subject.map((p) => p.span)]) });
          }
        }
      }
    }
    return out;
  },
};
