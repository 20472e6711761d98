// Proposes a role mention for every title of office ("president", "Energy Minister", "top diplomat").
// A capitalised word before "Minister" or "Secretary" names the portfolio ("Infrastructure Minister"), as do the
// portfolio words after it and "for" or "of" ("Minister for Trade and Tourism", "Minister of Industry and Trade").
// The state and the person the title belongs to are found by role-merge and titled-name.
import type { Token } from '../text/tokens.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { roleMention, spanOf } from './util.js';
import { SpanIndex } from '../sorted.js';
import type { Lexicon } from '../../knowledge/lexicon.js';

/** A title word joined by a hyphen is part of a name ("Amir-Abdollahian"). */
function hyphenated(tokens: readonly Token[], from: number, to: number, prefixes: ReadonlySet<string>): boolean {
  const after = tokens[to];
  const before = tokens[from - 1];
  // "then-President X" is a title all the same.
  const joined = before?.text === '-' && !tokens[from]!.spaceBefore && !prefixes.has(tokens[from - 2]?.norm ?? '');
  return (after?.text === '-' && !after.spaceBefore) || joined;
}

/**
 * "Minister for Trade and Tourism", "Cabinet Secretary for Foreign and Diaspora Affairs", "Minister of Industry and
 * Trade", "Minister of the Interior": a portfolio after the head and "for" or "of", words the lexicon knows for portfolios, capitalised as the head
 * is, joined by "and" or commas; what follows is the holder's name ("Minister for Trade Jane Doe"). A minister's title that ends in a portfolio goes on with the
 * portfolios joined to it ("Minister of Foreign Affairs, Foreign Employment and Tourism X"), not into another title
 * ("Minister of Foreign Affairs and Defence Minister Y"). Returns where the title ends.
 */
function portfolioAfter(tokens: readonly Token[], keys: readonly string[], end: number, head: 'last' | 'inside' | 'none', lexicon: Lexicon, demonymAt: (j: number) => boolean): number {
  // Written as the head is: "Minister of Mines and Energy X", "the minister of mines and energy, X".
  const cased = tokens[end - 1]?.capitalised === true;
  // A demonym before a portfolio word is part of it: "Tunisians Abroad", "Egyptian Expatriates".
  const known = (j: number): boolean => lexicon.portfolioWords.has(keys[j]!) || demonymAt(j) && lexicon.portfolioWords.has(keys[j + 1] ?? '');
  const word = (j: number): boolean => tokens[j]?.kind === 'word' && tokens[j]!.capitalised === cased && known(j);
  let to = end;
  if (head === 'last' && (keys[end] === 'for' || keys[end] === 'of')) {
    // "Minister of the Interior": an article may open the portfolio.
    const first = keys[end + 1] === 'the' && word(end + 2) ? end + 2 : end + 1;
    for (let j = first; word(j); ) {
      to = j + 1;
      j += (keys[j + 1] === 'and' || keys[j + 1] === ',') && word(j + 2) ? 2 : 1;
    }
    return to;
  }
  if (head !== 'inside' || !lexicon.portfolioWords.has(keys[end - 1]!)) return end;
  for (let j = end; (keys[j] === 'and' || keys[j] === ',') && word(j + 1); ) {
    let k = j + 1;
    while (word(k)) k++;
    if (lexicon.ministerHeads.has(keys[k] ?? '')) break;
    to = k;
    j = k;
  }
  return to;
}

export const titleMention: Stage<Mention> = {
  id: 'title-mention',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { lexicon } = ctx.knowledge;
    // Indexed by span once: every title and portfolio word asks whether a name holds it.
    const all = new SpanIndex(mentions);
    const named = new SpanIndex(mentions.filter((m) => m.kind !== 'state'));
    const out = [...mentions];
    for (const sentence of ctx.sentences) {
      const tokens = sentence.tokens;
      const keys = sentence.keys;
      const demonymAt = (j: number): boolean => ctx.knowledge.gazetteer.names.longestAt(keys, j)?.payloads.some((n) => n.kind === 'demonym') === true;
      for (let i = 0; i < tokens.length; ) {
        const match = lexicon.titles.longestAt(keys, i);
        // "the president-elect": a suffix glued by a hyphen makes the title the newcomer's.
        const end = match ? i + match.length : i;
        const elect = match !== undefined && tokens[end]?.text === '-' && !tokens[end]!.spaceBefore && lexicon.electSuffixes.has(keys[end + 1] ?? '');
        if (!match || !elect && hyphenated(tokens, i, end, lexicon.timePrefixes)) { i++; continue; }
        let from = i;
        let entry = match.payloads[0]!;
        // "Energy Minister", "Infrastructure Minister", "Brazil's finance minister": a portfolio word before a bare
        // head, capitalised as the head is (two at most in lower case, or two portfolios "and" joins).
        if (match.length === 1 && lexicon.ministerHeads.has(keys[i]!)) {
          const capital = tokens[i]!.capitalised;
          const grammar = (k: string): boolean => lexicon.grammar.determiners.has(k) || lexicon.grammar.prepositions.has(k) || lexicon.grammar.possessives.has(k) || k === 's';
          let j = i;
          while (j > 0 && tokens[j - 1]!.kind === 'word' && tokens[j - 1]!.capitalised === capital && (capital || (i - j < 2 && !grammar(keys[j - 1]!)))
            && !all.covers(tokens[j - 1]!.start, tokens[j - 1]!.end)) j--;
          // A lower-case title opens on no "and": "the economy and climate minister" joins two portfolios the lexicon
          // knows; otherwise the title is the words after it.
          if (!capital && keys[j] === 'and') {
            j = j > 0 && lexicon.portfolioWords.has(keys[j - 1]!) && lexicon.portfolioWords.has(keys[j + 1]!) && !all.covers(tokens[j - 1]!.start, tokens[j - 1]!.end) ? j - 1 : j + 1;
          }
          // "Vice-Prime Minister": a portfolio word joined by a hyphen to the word before it makes another title.
          if (j < i && hyphenated(tokens, j, j + 1, lexicon.timePrefixes)) { i++; continue; }
          if (j < i && j > 0) {
            from = j;
            const portfolio = keys.slice(j, i).join(' ');
            entry = { title: `${portfolio} ${keys[i]}`, office: entry.office, leader: false };
          }
        }
        const head = lexicon.ministerHeads.has(keys[end - 1]!) ? 'last' : keys.slice(i, end).some((k) => lexicon.ministerHeads.has(k)) ? 'inside' : 'none';
        const portfolio = elect ? end : portfolioAfter(tokens, keys, end, head, lexicon, demonymAt);
        if (portfolio > end) entry = { title: keys.slice(from, portfolio).join(' '), office: entry.office, leader: false };
        const to = elect ? end + 2 : portfolio;
        const span = spanOf(tokens, from, to);
        if (!named.covers(span.start, span.end)) {
          out.push(roleMention(ctx, sentence.index, span, { title: entry.title, office: entry.office, leader: entry.leader, ...(elect ? { newcomer: true } : {}) }, 'title-mention'));
        }
        i = to;
      }
    }
    return out;
  },
};
