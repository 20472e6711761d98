// A cheap check that an article is English: the share of its words (capitalised ones aside) that are very common
// English function words.
// English prose runs at a third or more; French, Russian or Turkish prose at a few per cent.
import { englishFunctionWords } from './vocabulary.js';

/** Below this share of function words a text is not English. */
export const minEnglishShare = 0.12;
/** Texts shorter than this many words are too short to judge, and pass. */
export const minWordsToJudge = 20;
/** Only the first this many words are counted: enough to judge, and constant cost on long articles. */
const sampleWords = 2000;

export interface LanguageVerdict {
  readonly english: boolean;
  /** Share of the sampled words that are English function words, 0 to 1. */
  readonly share: number;
  readonly words: number;
}

export function judgeEnglish(text: string): LanguageVerdict {
  let total = 0;
  let common = 0;
  let seen = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (++seen > sampleWords) break;
    const functionWord = englishFunctionWords.has(m[0].toLowerCase());
    // Names belong to no language: a brief of titles and names ("President X congratulated President Y in a call")
    // is judged by its other words.
    if (!functionWord && m[0][0] !== m[0][0]!.toLowerCase()) continue;
    total++;
    if (functionWord) common++;
  }
  const share = total === 0 ? 0 : common / total;
  return { english: total < minWordsToJudge || share >= minEnglishShare, share, words: total };
}
