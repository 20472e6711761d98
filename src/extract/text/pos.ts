// Parts of speech and lemmas for a sentence's tokens, from wink-nlp's English model. Tagging costs
// more than the rest of tokenising, so it runs only for the sentences a stage asks about, once each.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from './sentences.js';

/** Universal POS tags as wink-nlp gives them ("VERB", "NOUN", "ADP", "PROPN", ...). */
export interface Tagged {
  readonly pos: readonly string[];
  readonly lemmas: readonly string[];
}

let nlp: ReturnType<typeof winkNLP> | undefined;
const cache = new WeakMap<Sentence, Tagged>();

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
  const doc = nlp.readDoc(slice);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmaList = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>["out"]>[0]) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = slice.indexOf(value, cursor);
    starts.push(at < 0 ? cursor : at);
    if (at >= 0) cursor = at + value.length;
  }
  const pos: string[] = [];
  const lemmas: string[] = [];
  let w = 0;
  for (const token of sentence.tokens) {
    const offset = token.start - sentence.start;
    while (w + 1 < starts.length && starts[w + 1]! <= offset) w++;
    pos.push(tags[w] ?? 'X');
    lemmas.push((lemmaList[w] ?? token.norm).toLowerCase());
  }
  const tagged = { pos, lemmas };
  cache.set(sentence, tagged);
  return tagged;
}
