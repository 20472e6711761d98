// Parts of speech and lemmas for a sentence's tokens, from wink-nlp's English model. Tagging costs
// more than the rest of tokenising, so it runs only for the sentences a stage asks about, once each.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from './sentences.js';
import { ArticleCache } from '../article-cache.js';

/** Universal POS tags as wink-nlp gives them ("VERB", "NOUN", "ADP", "PROPN", ...). */
export interface Tagged {
  readonly pos: readonly string[];
  /** The lemma of token `i`, lower-cased. */
  readonly lemma: (i: number) => string;
}

let nlp: ReturnType<typeof winkNLP> | undefined;
const cache = new ArticleCache<Sentence, Tagged>();

/**
 * The tags of each of the sentence's tokens. wink-nlp splits words as the tokenizer does in all but a few
 * places ("King's" is two tokens there, three here), so each token takes the tag of the wink token that
 * covers its first character.
 */
export function tagsOf(text: string, sentence: Sentence): Tagged {
  const cached = cache.get(sentence);
  if (cached) return cached;
  nlp ??= winkNLP(model, ['pos']);
  const its = nlp.its;
  const slice = text.slice(sentence.start, sentence.end);
  const words = nlp.readDoc(slice).tokens();
  const values = words.out(its.value) as string[];
  const tags = words.out(its.pos) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = slice.indexOf(value, cursor);
    starts.push(at < 0 ? cursor : at);
    if (at >= 0) cursor = at + value.length;
  }
  const pos: string[] = [];
  // The wink token each of ours takes its tag (and lemma) from.
  const from: number[] = [];
  let w = 0;
  for (const token of sentence.tokens) {
    const offset = token.start - sentence.start;
    while (w + 1 < starts.length && starts[w + 1]! <= offset) w++;
    pos.push(tags[w] ?? 'X');
    from.push(w);
  }
  // Few sentences ask for lemmas, and then of a token or two: lemmatising costs a good part of tagging, so each is
  // read only when asked.
  const lemmas: string[] = [];
  const count = words.length();
  const tagged: Tagged = {
    pos,
    lemma(i) {
      const w = from[i]!;
      return (lemmas[i] ??= ((w < count ? words.itemAt(w).out(its.lemma as Parameters<typeof words.out>[0]) as string : undefined) ?? sentence.tokens[i]!.norm).toLowerCase());
    },
  };
  cache.set(sentence, tagged);
  return tagged;
}
