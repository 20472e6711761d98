// A known person's name written longer than the gazetteer writes it: "Tanzania's Samia Suluhu [Hassan]", "Teodoro
// Locsin [Jr.]", "Tongan Prime Minister [Hu'akavameiliku] Siaosi Sovaleni". The mention takes in the rest of the
// name, so that the person is known by the name the text gives, and a title before reaches the whole name.
import type { Grammar } from '../../knowledge/lexicon.js';
import type { Sentence } from '../text/sentences.js';
import { tokenAt, tokenEndingAt, type Token } from '../text/tokens.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { extended } from '../extended.js';
import { bySentence, NAME_JOINERS, spanOf, textOf } from './util.js';


/** How many name words a title may leave between itself and a known name ("Prime Minister [Hu'akavameiliku] Siaosi Sovaleni"). */
const WORDS_BEFORE = 2;

/**
 * A headline in title case ("Xi Jinping Arrives in Moscow") capitalises every word but determiners, prepositions and
 * conjunctions: there a capitalised word says nothing of a name.
 */
function titleCase(sentence: Sentence, grammar: Grammar): boolean {
  return sentence.tokens.every((t) => t.kind !== 'word' || t.capitalised || grammar.determiners.has(t.norm) || grammar.prepositions.has(t.norm)
    || grammar.clauseConjunctions.has(t.norm) || grammar.groupGlue.has(t.norm));
}

/**
 * The first token of the name word that ends at token `last` ("Hu'akavameiliku" is three tokens: the parts after a
 * joiner may be in lower case), or -1 when no capitalised word ends there.
 */
function nameWordEndingAt(tokens: readonly Token[], last: number): number {
  let i = last;
  if (tokens[i]?.kind !== 'word') return -1;
  while (i >= 2 && !tokens[i]!.spaceBefore && NAME_JOINERS.has(tokens[i - 1]!.text) && !tokens[i - 1]!.spaceBefore && tokens[i - 2]!.kind === 'word') i -= 2;
  return tokens[i]!.capitalised && tokens[i]!.spaceBefore ? i : -1;
}

export const nameRunOn: Stage<Mention> = {
  id: 'name-run-on',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { temporalWords, titles, honorifics, generationalSuffixes, placeNouns } = ctx.knowledge.lexicon;
    const replaced = new Map<Mention, Mention>();
    const dropped = new Set<Mention>();
    // Neither a time, a title, an honorific nor a place noun is a name word ("Samia Suluhu Hassan Tuesday", "Donald Trump
    // Tower").
    const nameLike = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.capitalised && !temporalWords.has(t.norm) && !placeNouns.has(t.norm)
      && titles.matchesAt([t.norm], 0).length === 0 && honorifics.matchesAt([t.norm], 0).length === 0;
    for (const [index, list] of bySentence(mentions)) {
      const sentence = ctx.sentences[index]!;
      if (!list.some((m) => m.kind === 'leader' && m.entries) || sentence.shouted || titleCase(sentence, ctx.knowledge.lexicon.grammar)) continue;
      const { tokens, keys } = sentence;
      const starts = new Set(list.map((m) => m.span.start));
      const startingAt = new Map(list.map((m) => [m.span.start, m]));
      const ends = new Set(list.map((m) => m.span.end));
      const roleEnds = new Set(list.filter((m) => m.kind === 'role').map((m) => m.span.end));
      // Where honorifics end ("H.E.", "His Highness Sheikh"), their words being no name's.
      const honorific = new Set<number>();
      const honorificEnds = new Set<number>();
      for (let k = 0; k < tokens.length; k++) {
        for (const match of honorifics.matchesAt(keys, k)) {
          for (let j = k; j < k + match.length; j++) honorific.add(j);
          honorificEnds.add(tokens[k + match.length]?.text === '.' ? k + match.length + 1 : k + match.length);
        }
      }
      for (const m of list) {
        if (m.kind !== 'leader' || m.candidates.length !== 1 || !m.entries) continue;
        const first = tokenAt(tokens, m.span.start);
        const last = tokenEndingAt(tokens, m.span.end);
        if (first < 0 || last < 0) continue;
        let from = first;
        let to = last + 1;
        // Before: name words between a title or an honorific and the known name.
        let k = first;
        for (let words = 0; words < WORDS_BEFORE; words++) {
          const word = nameWordEndingAt(tokens, k - 1);
          if (word < 0 || !nameLike(tokens[word]) || honorific.has(k - 1) || ends.has(tokens[k - 1]!.end) || tokens.slice(word, k).some((t) => starts.has(t.start))) break;
          k = word;
          if (roleEnds.has(tokens[k - 1]?.end ?? -1) || honorificEnds.has(k)) { from = k; break; }
        }
        // After: one more name word, when the next is no capitalised word (which may start another name). A short name
        // runs on only after a title ("President Ruto"; "Trump Tower" is another thing's name); a one-word name there
        // is more of this one ("Samia Suluhu" and another person's "Hassan").
        const next = tokens[to];
        const titled = from < first || roleEnds.has(tokens[first - 1]?.end ?? -1) || honorificEnds.has(first);
        const suffix = next !== undefined && generationalSuffixes.has(next.norm);
        const word = next && startingAt.get(next.start);
        const free = !word || word.kind === 'leader' && word.span.end === next!.end;
        if (((m.via === 'name' && last > first) || titled || suffix) && nameLike(next) && next!.spaceBefore && free) {
          const after = tokens[to + 1];
          if (suffix && after?.text === '.' && !after.spaceBefore) to += 2;
          else if (!(after?.kind === 'word' && after.capitalised && after.spaceBefore)) to += 1;
          if (word && to > last + 1) dropped.add(word);
        }
        if (from === first && to === last + 1) continue;
        const span = spanOf(tokens, from, to);
        replaced.set(m, extended(m, { span, text: textOf(ctx, span) }));
        ctx.trace('name-run-on', () => `"${m.text}" is written in full as "${textOf(ctx, span)}"`, index);
      }
    }
    return replaced.size === 0 ? [...mentions] : mentions.filter((m) => !dropped.has(m)).map((m) => replaced.get(m) ?? m);
  },
};
