// A transcript's speaker the header titles and the body names only by the label of their lines ("Foreign Ministry
// Spokesperson X's Regular Press Conference" over "X: ..."): the label is that person, a new leader with the header's
// title, of the state the header names, else of the state their lines name most. The later labels are then found as
// any introduced name is (repeated-name-mention).
import type { EntityKey } from '../../document/types.gen.js';
import { firstWhere } from '../sorted.js';
import { tokenize } from '../text/tokens.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { slug, SPEAKER_MARK } from './util.js';

/** How many words a speaker's name may have after the header's title. */
const NAME_WORDS = 4;

export const headerSpeaker: Stage<Mention> = {
  id: 'header-speaker',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const text = ctx.article.text;
    const header = text.slice(0, ctx.article.body.start);
    const { titles } = ctx.knowledge.lexicon;
    const out = [...mentions];
    for (const line of header.split('\n')) {
      const tokens = tokenize(line);
      const keys = tokens.map((t) => t.norm);
      for (let i = 0; i < tokens.length; i++) {
        const title = titles.longestAt(keys, i);
        if (!title) continue;
        // The name: capitalised words right after the title, ending at its possessive or the line's end.
        let end = i + title.length;
        while (end < tokens.length && end - i - title.length < NAME_WORDS && tokens[end]!.kind === 'word' && tokens[end]!.capitalised && keys[end] !== 's') end++;
        const ends = end === tokens.length || keys[end] === "'" && keys[end + 1] === 's';
        if (end - i - title.length < 2 || !ends) continue;
        const name = line.slice(tokens[i + title.length]!.start, tokens[end - 1]!.end);
        const lines = labelledLines(text, ctx.article.body.start, name);
        if (lines.length === 0 || mentions.some((m) => m.span.start === lines[0])) continue;
        const first = firstWhere(ctx.sentences.length, (n) => ctx.sentences[n]!.end > lines[0]!);
        const sentence = ctx.sentences[first];
        if (!sentence || sentence.start > lines[0]!) continue;
        const state = headerState(ctx, line.slice(0, tokens[i]!.start)) ?? stateNamedMost(ctx, mentions, lines);
        const span = { start: lines[0]!, end: lines[0]! + name.length };
        const entry = title.payloads[0]!;
        ctx.trace('header-speaker', () => `new leader "${name}" from the header's "${line.slice(tokens[i]!.start, tokens[end - 1]!.end)}"${state ? `, of ${state}` : ''}`, sentence.index);
        out.splice(firstWhere(out.length, (n) => out[n]!.span.start > span.start), 0, {
          span, text: name, sentence: sentence.index, kind: 'leader', via: 'titled-name', by: 'header-speaker',
          candidates: [`leader/${slug(name)}`], label: name, aliases: [name],
          role: { title: entry.title, office: entry.office, leader: entry.leader, span, ...(state ? { state } : {}) },
          ...(state ? { state } : {}),
        });
        break;
      }
    }
    return out;
  },
};

/** The starts of the body's lines that `name` and a colon open. */
function labelledLines(text: string, from: number, name: string): number[] {
  const out: number[] = [];
  for (let at = from; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    if (text.startsWith(name, at) && SPEAKER_MARK.test(text.slice(at + name.length, end))) out.push(at);
    at = end + 1;
  }
  return out;
}

/** The state a header line names before the title ("Chinese Foreign Ministry Spokesperson"), by the gazetteer. */
function headerState(ctx: ArticleContext, before: string): EntityKey | undefined {
  const keys = tokenize(before).map((t) => t.norm);
  for (let i = 0; i < keys.length; i++) {
    const state = ctx.knowledge.gazetteer.names.longestAt(keys, i)?.payloads.find((p) => p.type === 'state');
    if (state) return state.key;
  }
  return undefined;
}

/** Of the states the speaker's lines name, the one named most, when no other is named as often. */
function stateNamedMost(ctx: ArticleContext, mentions: readonly Mention[], lines: readonly number[]): EntityKey | undefined {
  const text = ctx.article.text;
  const counts = new Map<EntityKey, number>();
  for (const m of mentions) {
    if (m.kind !== 'state' || m.candidates.length !== 1) continue;
    const lineStart = text.lastIndexOf('\n', m.span.start - 1) + 1;
    if (!lines.includes(lineStart)) continue;
    counts.set(m.candidates[0]!, (counts.get(m.candidates[0]!) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : undefined;
}
