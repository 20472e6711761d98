// "X spoke with Y": a contact that the words alone do not say is remote or in person. Readouts of calls
// say it so ("President Biden spoke today with President Lula"), and so do reports of visits; the article
// decides: a phone call when it speaks of calls, phones or video anywhere (headline included), a
// meeting otherwise, or when the sentence says it was in person ("talked behind closed doors").
// Triggers already read ("spoke by telephone") are left alone.
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { tagsOf } from '../text/pos.js';
import { tokenize } from '../text/tokens.js';

/** How many adverbs may stand between the verb and its preposition ("spoke today with"). */
const ADVERBS = 2;

/** How far after the verb a phrase saying "in person" may stand ("talked [for an hour] behind closed doors"). */
const IN_PERSON_REACH = 8;

/** How many tokens a time phrase between the verb and its preposition may take: "on Sunday, 26 January 2025,". */
const TIME_PHRASE = 9;
/** Words that open a time phrase or glue its parts. */
const TIME_GLUE: ReadonlySet<string> = new Set(['on', 'late', 'early', 'last', 'this', 'in', 'the', ',', '.']);

/** Where a time phrase starting at `j` ends ("on Sunday, 26 January 2025,"), and whether it names a day or a part of one. */
function timePhrase(ctx: EventContext, keys: readonly string[], j: number, stops: ReadonlySet<string>): { readonly end: number; readonly timed: boolean } {
  const { temporalWords } = ctx.knowledge.lexicon;
  let k = j;
  let timed = false;
  while (k < keys.length && k - j < TIME_PHRASE && !stops.has(keys[k]!) && (TIME_GLUE.has(keys[k]!) || temporalWords.has(keys[k]!) || /^\d{1,4}$/.test(keys[k]!))) {
    if (temporalWords.has(keys[k]!)) timed = true;
    k++;
  }
  return { end: k, timed };
}

const NO_STOPS: ReadonlySet<string> = new Set();

/**
 * "spoke on Sunday, 26 January 2025, with X": the token after a time phrase that starts at `j` and names a day or a
 * part of it; `j` itself when none does, or when no preposition follows it.
 */
function pastTimePhrase(ctx: EventContext, keys: readonly string[], j: number): number {
  const { end, timed } = timePhrase(ctx, keys, j, NO_STOPS);
  return timed && ctx.knowledge.lexicon.spokenContact.prepositions.has(keys[end] ?? '') ? end : j;
}

/** Where a clause may end after a time phrase: "A and B spoke on Thursday and agreed ...". */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['and', ',', '.', ';']);

/** "A and B spoke on Thursday.": a time phrase from `j` that ends the verb's clause. */
function timeEndsClause(ctx: EventContext, keys: readonly string[], j: number): boolean {
  const { end, timed } = timePhrase(ctx, keys, j, CLAUSE_ENDS);
  return timed && (end >= keys.length || CLAUSE_ENDS.has(keys[end]!));
}

export const spokenContact: Stage<EventCandidate, EventContext> = {
  id: 'spoken-contact',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const { verbs, prepositions, callWords, mutualVerbs, inPerson } = ctx.knowledge.lexicon.spokenContact;
    const taken = new Set(candidates.map((e) => e.trigger.start));
    const out = [...candidates];
    let remote: boolean | undefined;
    for (const sentence of ctx.sentences) {
      const keys = sentence.keys;
      for (let i = 0; i < keys.length; i++) {
        if (!verbs.has(keys[i]!) || taken.has(sentence.tokens[i]!.start)) continue;
        const tags = tagsOf(ctx.article.text, sentence);
        if (tags.pos[i] !== 'VERB') continue;
        let j = i + 1;
        while (j <= i + ADVERBS && tags.pos[j] === 'ADV') j++;
        j = pastTimePhrase(ctx, keys, j);
        // "A and B talked for an hour": a mutual verb needs no preposition (binding pairs its coordinated subject).
        // "A and B spoke on Thursday": so does any of them with only a time after it ("X spoke at the UN" gave a speech).
        const mutual = !prepositions.has(keys[j] ?? '') && (mutualVerbs.has(keys[i]!) && (j >= keys.length || tags.pos[j] !== 'NOUN' && tags.pos[j] !== 'PROPN' && tags.pos[j] !== 'DET')
          || timeEndsClause(ctx, keys, j));
        if (!prepositions.has(keys[j] ?? '') && !mutual) continue;
        // The headline counts: "Readout of the President's Call with ...".
        remote ??= tokenize(ctx.article.title ?? '').some((t) => callWords.has(t.norm)) || ctx.sentences.some((s) => s.keys.some((k) => callWords.has(k)));
        // "talked behind closed doors": the sentence says it was in person.
        const present = remote && inPerson.firstWithin(keys, j, IN_PERSON_REACH) !== undefined;
        const type = remote && !present ? 'phone_call' : 'meeting';
        const trigger = { start: sentence.tokens[i]!.start, end: sentence.tokens[i]!.end };
        // "spoke to X": the preposition that follows introduces the other party, whatever the type's own ones.
        const openers = mutual ? {} : { openers: [keys[j]!] };
        out.push({ type, sentence: sentence.index, trigger, voice: 'active', by: 'spoken-contact', cameo: remote ? '041' : '040', plover: 'CONSULT', dated: 'event', ...openers });
        ctx.trace('spoken-contact', () => `"${sentence.tokens[i]!.text}${mutual ? '' : ` ${keys[j]}`}" read as ${type}: ${present ? 'the sentence says in person' : `the article ${remote ? 'speaks of calls' : 'does not speak of calls'}`}`, sentence.index);
      }
    }
    return out;
  },
};
