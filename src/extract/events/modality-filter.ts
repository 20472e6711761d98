// Drops events the text does not report as real: negated ("did not sign"), future or planned ("will hold
// talks", "is expected to call"), hypothetical ("could meet"), denied or rumoured. A cue counts in the
// clause before the trigger, within the lexicon's window; commas, semicolons and "that" close a clause.
// Denials and rumours reach over "that" into the clause they report on ("denied reports that X met Y").
import type { Token } from '../text/tokens.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';

export const modalityFilter: Stage<EventCandidate, EventContext> = {
  id: 'modality-filter',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const lex = ctx.knowledge.lexicon;
    return candidates.filter((e) => {
      if (e.voice === 'relation') return true;
      const tokens = ctx.sentences[e.sentence]!.tokens;
      const at = tokens.findIndex((t) => t.start === e.trigger.start);
      const keys = tokens.map((t) => t.norm);
      let from = at;
      while (from > 0 && at - from < lex.modalityWindow && !lex.grammar.clauseBreaks.has(keys[from - 1]!)) from--;
      // "to meet", "to visit": an infinitive trigger reports an intention, not an event.
      const verb = e.voice === 'active' || e.voice === 'transitive';
      const infinitive = verb && tokens[at - 1]?.norm === lex.infinitive && !/(?:ed)$/.test(keys[at]!);
      let reason: string | undefined = infinitive ? 'intended (infinitive)' : undefined;
      for (let i = 0; i < at && !reason; i++) {
        const cue = lex.modalityCues.longestAt(keys, i);
        if (!cue) continue;
        const kind = cue.payloads[0]!;
        if (i < from && kind !== 'denied' && kind !== 'rumoured') continue;
        if (kind === 'future' && lex.neutralisers.has(keys[i + cue.length] ?? '')) continue;
        reason = `${kind} ("${spanText(ctx, tokens, i, i + cue.length)}")`;
      }
      if (reason) ctx.trace('modality-filter', () => `dropped ${e.type} at "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}": ${reason}`, e.sentence);
      return !reason;
    });
  },
};

function spanText(ctx: EventContext, tokens: readonly Token[], a: number, b: number): string {
  return ctx.article.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}
