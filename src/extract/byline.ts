// An op-ed's author whom the body never names ("By X" over a text in the first person) is still a party to the
// events "I" reports: a node of its own, its provenance the name in the byline.
import type { EventCandidate, EventContext, Mention } from './types.js';
import { bylineAuthor } from './events/participants.js';

/** A mention of the byline's author, when an event names them and no mention of the body does; else undefined. */
export function bylineMention(ctx: EventContext, mentions: readonly Mention[], events: readonly EventCandidate[]): Mention | undefined {
  const author = bylineAuthor(ctx);
  if (!author || mentions.some((m) => m.candidates.length === 1 && m.candidates[0] === author.key)) return undefined;
  if (!events.some((e) => e.source === author.key || e.target === author.key)) return undefined;
  const text = ctx.article.text.slice(author.span.start, author.span.end);
  return { span: author.span, text, sentence: 0, kind: 'leader', via: 'name', by: 'byline', candidates: [author.key] };
}
