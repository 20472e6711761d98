// Drops capitals and seats named as places rather than as governments: "talks in Riyadh",
// "in the Kremlin", "in the Turkmen capital Ashgabat" (the demonym there describes a place too), but not those a
// phrase addresses or hears from ("lashed out at Manila", "a message from Moscow", an event noun: "a rebuke from
// Beijing"), nor those a trigger's own preposition names ("recalled its envoys from Bamako", "its ambassador to
// Paris"), nor those a word for a government seats ("the authorities in Kabul"); and a capital naming where an act hit
// ("the Damascus strikes"); and a state's name inside a place's ("the South China Sea").
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tokenAt, tokenEndingAt, type Token } from '../text/tokens.js';
import { phraseEndingAt } from './util.js';

const FROM = 'from';
/** How many words before its last one a trigger ending in a preposition may start ("recalled [its] envoys from"). */
const TRIGGER_WORDS = 4;

/** An event phrase of the lexicon ends at token `end` (exclusive), starting a few words before. */
function triggerEndsAt(ctx: ArticleContext, tokens: readonly Token[], keys: readonly string[], end: number): boolean {
  for (let k = end - 2; k >= Math.max(0, end - 1 - TRIGGER_WORDS); k--) {
    if (ctx.knowledge.lexicon.events.matchesAt(tokens, keys, k).some((e) => e.type !== undefined && !e.negative && e.end === end)) return true;
  }
  return false;
}

/** Stances a government is given: "its recognition to X", "support to X". */
const STANCES: ReadonlySet<string> = new Set(['support', 'congratulation', 'condemnation']);
/** How many capitalised words a "from" phrase before "to" may take ("from Taipei to", "from Port Moresby to"). */
const FROM_NAME_WORDS = 3;

/** Where a "from" phrase ending at token `to` starts ("recognition [from Taipei] to"), else `to` itself. */
function fromPhraseStart(tokens: readonly Token[], to: number): number {
  let k = to - 1;
  while (k >= 0 && k >= to - FROM_NAME_WORDS && tokens[k]!.capitalised) k--;
  return k < to - 1 && tokens[k]?.norm === FROM ? k : to;
}

/**
 * An event's noun of the lexicon, of one of `types` when given (a stance's: "recognition", "support"), ends right before
 * token `end`; after a determiner, a verb's form counts as one ("a stinging rebuke").
 */
function eventNounEndsAt(ctx: ArticleContext, tokens: readonly Token[], keys: readonly string[], end: number, determined: boolean, types?: ReadonlySet<string>): boolean {
  return end > 0 && ctx.knowledge.lexicon.events.matchesAt(tokens, keys, end - 1)
    .some((e) => e.type !== undefined && (!types || types.has(e.type)) && !e.negative && e.end === end && (e.pos === 'noun' || determined));
}

/** How many lower-case words a verb of arrival may take between an event's noun and "from" ("came swiftly", "poured in", "came on Monday"). */
const ARRIVAL_WORDS = 4;

/**
 * "Condemnation came swiftly from Cairo", "Congratulations poured in from Moscow": an event's noun whose verb, a
 * few lower-case words with no punctuation, brings it "from" token `from` hears from a government.
 */
function arrivedFrom(ctx: ArticleContext, tokens: readonly Token[], keys: readonly string[], from: number): boolean {
  const { arrivalVerbs } = ctx.knowledge.lexicon.syntax;
  for (let k = from - 1; k >= Math.max(1, from - ARRIVAL_WORDS); k--) {
    // A day may come between: "came on Thursday from".
    if (tokens[k]!.kind !== 'word' || tokens[k]!.capitalised && !ctx.knowledge.lexicon.temporalWords.has(tokens[k]!.norm)) return false;
    if (eventNounEndsAt(ctx, tokens, keys, k, false)) return true;
    // "Support for Kyiv came from Warsaw": the noun's own complement may stand before the verb of arrival.
    if (arrivalVerbs.has(keys[k]!)) return complementedNounBefore(ctx, tokens, keys, k);
  }
  return false;
}

/** How many words a noun's complement may take before a verb ("for [the people of] Ukraine"). */
const COMPLEMENT_WORDS = 6;
/** Prepositions that open an event noun's complement: "support for X", "condemnation of X". */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'over', 'to', 'with']);

/** An event's noun, then a prepositional complement with no clause punctuation, ends right before token `end`. */
function complementedNounBefore(ctx: ArticleContext, tokens: readonly Token[], keys: readonly string[], end: number): boolean {
  for (let k = end - 1; k >= Math.max(1, end - COMPLEMENT_WORDS); k--) {
    if (tokens[k]!.kind !== 'word' && tokens[k]!.norm !== "'") return false;
    // A verb's form opening the sentence is its noun ("Praise for X came from Y").
    if (COMPLEMENT_PREPOSITIONS.has(keys[k]!) && eventNounEndsAt(ctx, tokens, keys, k, k === 1)) return true;
  }
  return false;
}

/** "the South China Sea", "the Philippine Sea", "the Gulf of Mexico": a state's name inside a place's. */
function inFeatureName(ctx: ArticleContext, m: Mention): boolean {
  const { featureNouns } = ctx.knowledge.lexicon;
  const tokens = ctx.sentences[m.sentence]!.tokens;
  const feature = (t: Token | undefined): boolean => t !== undefined && t.capitalised && featureNouns.has(t.norm);
  const i = tokenAt(tokens, m.span.start);
  return feature(tokens[tokenEndingAt(tokens, m.span.end) + 1]) || tokens[i - 1]?.norm === 'of' && feature(tokens[i - 2]);
}

export const locationFilter: Stage<Mention> = {
  id: 'location-filter',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { locatives, placeNouns, placedActs, addressingPhrases, governingNouns } = ctx.knowledge.lexicon;
    const { determiners } = ctx.knowledge.lexicon.grammar;
    const demonymEnds = new Set(mentions.filter((o) => o.kind === 'state' && o.via === 'demonym').map((o) => o.span.end));
    // Where the places dropped so far end.
    const placeEnds = new Set<number>();
    return mentions.filter((m) => {
      if (m.kind === 'state' && inFeatureName(ctx, m)) {
        ctx.trace('location-filter', () => `dropped "${m.text}": part of a place's name`, m.sentence);
        return false;
      }
      if (m.kind !== 'state' || !['capital', 'metonym', 'demonym'].includes(m.via)) return true;
      const tokens = ctx.sentences[m.sentence]!.tokens;
      const i = tokenAt(tokens, m.span.start);
      // Walk back over "the", a demonym and a place noun: "in [the [Turkmen] capital] Ashgabat".
      let j = i - 1;
      if (m.via !== 'demonym') {
        if (j >= 0 && placeNouns.has(tokens[j]!.norm)) j--;
        while (j >= 0 && tokens[j]!.capitalised && demonymEnds.has(tokens[j]!.end)) j--;
      } else {
        const next = tokens[tokenEndingAt(tokens, m.span.end) + 1];
        if (!next || !placeNouns.has(next.norm)) return true;
      }
      if (j >= 0 && tokens[j]!.norm === 'the') j--;
      // "in protest at Paris's stance": a possessor acts, whatever governs it.
      const end = tokenEndingAt(tokens, m.span.end);
      const possessor = m.via !== 'demonym' && tokens[end + 1]?.norm === "'" && tokens[end + 2]?.norm === 's';
      const keys = ctx.sentences[m.sentence]!.keys;
      // "the juntas in Bamako": the government seated there, not a place.
      const seated = j > 0 && tokens[j]!.norm === 'in' && phraseEndingAt(governingNouns, keys, j - 1);
      // "to Bamako and Ouagadougou": a capital right after "and" or a comma that follows a place is one too ("In Washington,
      // the State Department" is a seat that acts).
      const joined = m.via === 'capital' && i > 1 && (tokens[i - 1]!.norm === 'and' || tokens[i - 1]!.norm === ',') && placeEnds.has(tokens[i - 2]!.end) && !possessor;
      // "a sharp rebuke from Beijing", "a call from Washington": an event noun right before "from" hears from a government.
      // A verb of the lexicon counts as a noun after a determiner and at most one modifier ("a sharp rebuke").
      const determined = j > 1 && (determiners.has(keys[j - 2]!) || j > 2 && determiners.has(keys[j - 3]!));
      const heard = j > 0 && tokens[j]!.norm === FROM && (eventNounEndsAt(ctx, tokens, keys, j, determined) || arrivedFrom(ctx, tokens, keys, j));
      // "switched its recognition to Beijing", "from Taipei to Beijing", "a stinging rebuke to Berlin": "to" after a
      // stance's noun names who gains it, and so it does after a noun of backing ("military aid to Kyiv", "arms to Taipei").
      const gaining = j > 0 && tokens[j]!.norm === 'to' && (eventNounEndsAt(ctx, tokens, keys, fromPhraseStart(tokens, j), determined, STANCES)
        || ctx.knowledge.lexicon.syntax.backingNouns.has(keys[j - 1]!));
      // "recalled its envoys from Bamako", "its ambassador to Paris": a trigger's own preposition names the government
      // it acts on.
      const acted = j > 0 && locatives.has(tokens[j]!.norm) && triggerEndsAt(ctx, tokens, keys, j + 1);
      // "condemned the Damascus strikes": a capital naming where an act hit, not who carried it out.
      const struck = m.via === 'capital' && tokens[i - 1]?.norm === 'the' && placedActs.has(tokens[end + 1]?.norm ?? '');
      const place = joined || struck || j >= 0 && locatives.has(tokens[j]!.norm) && !possessor && !phraseEndingAt(addressingPhrases, keys, j) && !seated && !heard && !acted && !gaining;
      if (place) {
        placeEnds.add(m.span.end);
        ctx.trace('location-filter', () => `dropped "${m.text}": a place, not a government`, m.sentence);
      }
      return !place;
    });
  },
};
