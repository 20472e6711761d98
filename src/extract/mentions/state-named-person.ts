// Makes a new person of a name a state introduces without a title: "Britain's Barbara Woodward denounced", "Samuel
// Zbogar of Slovenia said". Council reports and wire copy name envoys and ministers so; the state is the one they speak
// for (GOLD_FORMAT: officials speaking for a state are its leaders). Only a run of two to four capitalised words no
// other mention covers, none ending a body's or a place's name ("Britain's Royal Navy"), before a verb or a comma.
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tagsOf } from '../text/pos.js';
import { isQuote } from '../text/quotes.js';
import { tokenFrom, type Token } from '../text/tokens.js';
import { bySentence, slug, spanOf, textOf } from './util.js';

/** How many words a name may take: "Pedro Comissario Afonso". */
const MIN_WORDS = 2;
const MAX_WORDS = 4;

/** A word written as a name's: a capital, then lower case, parts joined by a hyphen or an apostrophe ("Thomas-Greenfield"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

export const stateNamedPerson: Stage<Mention> = {
  id: 'state-named-person',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { bodyWords, titles } = ctx.knowledge.lexicon;
    const grouped = bySentence(mentions);
    const out = [...mentions];
    for (const sentence of ctx.sentences) {
      const here = grouped.get(sentence.index) ?? [];
      const states = here.filter((m) => m.kind === 'state' && m.candidates.length === 1 && m.via !== 'demonym');
      if (states.length === 0) continue;
      const { tokens, keys } = sentence;
      // Words another mention or a title holds: "Japan's Prime Minister Fumio Kishida" names a titled person.
      const covered = (j: number): boolean => here.some((m) => [m.span, m.role?.span].some((s) => s !== undefined && s.start < tokens[j]!.end && tokens[j]!.start < s.end))
        || titles.longestAt(keys, j) !== undefined;
      const pos = (): readonly string[] => tagsOf(ctx.article.text, sentence).pos;
      // A name's words from `from`, as many as fit; its end (exclusive), or -1.
      const nameFrom = (from: number): number => {
        let j = from;
        let words = 0;
        while (j < tokens.length && words < MAX_WORDS && isNameWord(tokens[j]!) && !covered(j)) {
          words++;
          j++;
          // "Thomas-Greenfield": a hyphen glued between two name words joins them.
          while (tokens[j]?.text === '-' && !tokens[j]!.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore && isNameWord(tokens[j + 1]!)) j += 2;
        }
        if (words < MIN_WORDS || bodyWords.has(keys[j - 1]!)) return -1;
        // Tags are asked for last: most sentences that name a state name no one so.
        return tokens.slice(from, j).every((t, n) => t.text === '-' || pos()[from + n] === 'PROPN') ? j : -1;
      };
      // After the name: a verb or a comma (an aside or a closing attribution follows).
      const closes = (j: number): boolean => keys[j] === ',' || pos()[j] === 'VERB' || pos()[j] === 'AUX';
      const person = (from: number, to: number, state: Mention): void => {
        const span = spanOf(tokens, from, to);
        const label = textOf(ctx, span);
        ctx.trace('state-named-person', () => `new leader "${label}" named by ${state.text}`, sentence.index);
        out.push({
          span, text: label, sentence: sentence.index, kind: 'leader', via: 'titled-name', by: 'state-named-person',
          candidates: [`leader/${slug(label)}`], label, aliases: [label], state: state.candidates[0]!,
        });
      };
      for (const state of states) {
        const after = tokenFrom(tokens, state.span.end);
        // "Britain's Barbara Woodward denounced ...".
        if (keys[after] === "'" && keys[after + 1] === 's') {
          const end = tokens[after + 2] && isNameWord(tokens[after + 2]!) ? nameFrom(after + 2) : -1;
          if (end > 0 && closes(end)) person(after + 2, end, state);
          continue;
        }
        // "Samuel Zbogar of Slovenia said ...", "Linda Thomas-Greenfield of the United States condemned ...".
        const first = tokenFrom(tokens, state.span.start);
        const of = keys[first - 1] === 'the' ? first - 2 : first - 1;
        // ... or "and" another such name: "Louise Kpoto of Liberia and Austin Demby of Sierra Leone".
        const next = tokenFrom(tokens, state.span.end);
        if (keys[of] !== 'of' || of < 1 || !isNameWord(tokens[of - 1]!)) continue;
        for (let from = Math.max(0, of - MAX_WORDS); from <= of - MIN_WORDS; from++) {
          const opens = from === 0 || keys[from - 1] === ',' || keys[from - 1] === 'and' || isQuoteOrDash(tokens[from - 1]!);
          if (opens && nameFrom(from) === of && (keys[next] === 'and' || closes(next))) { person(from, of, state); break; }
        }
      }
    }
    return out;
  },
};

function isNameWord(t: Token): boolean {
  return t.kind === 'word' && NAME_WORD.test(t.text);
}

/** Marks that may open a stretch a name begins besides quotation marks: single quotes, dashes, a bracket. */
const OTHER_OPENERS: ReadonlySet<string> = new Set(["'", '‘', '’', '-', '–', '—', '(']);

function isQuoteOrDash(t: Token): boolean {
  return isQuote(t.text) || OTHER_OPENERS.has(t.text);
}
