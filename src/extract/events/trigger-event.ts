// Proposes an event wherever the event lexicon reads one: a CAMEO verb in any form with its pattern ("held
// talks", "telephoned", "received a call from"), an event noun ("congratulations"), a curated phrase. Words
// the lexicon reads as no event ("called for talks", "postponed the visit") propose nothing, not even the event
// noun inside them. Who took part, and when, is left to argument-binding and event-date.
import type { EventMatch } from '../../knowledge/event-lexicon.js';
import { tagsOf } from '../text/pos.js';
import { inQuotation, isQuote, mayOpenQuotation, quotations } from '../text/quotes.js';
import type { Token } from '../text/tokens.js';
import type { Sentence } from '../text/sentences.js';
import type { EventCandidate, EventContext, Mention, Span, Stage } from '../types.js';
import { inSentence } from '../mentions/util.js';
import { SYMMETRIC } from './argument-binding.js';
import { attributionComma } from '../syntax/roles.js';

/**
 * A sentence's tokens and keys without its quotation marks, and where each stands in the sentence: words quoted inside
 * a phrase are still its words ('lodged "solemn representations" with X'). The sentence itself when it has none.
 */
function unquoted(tokens: readonly Token[], keys: readonly string[]): { tokens: readonly Token[]; keys: readonly string[]; at: (i: number) => number } {
  if (!tokens.some((t) => isQuote(t.text))) return { tokens, keys, at: (i) => i };
  const kept: number[] = [];
  tokens.forEach((t, j) => { if (!isQuote(t.text)) kept.push(j); });
  return { tokens: kept.map((j) => tokens[j]!), keys: kept.map((j) => keys[j]!), at: (i) => kept[i] ?? tokens.length };
}

/** Articles, after which a verb's form is a noun ("the support"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** How many adjectives may stand between an article and a verb's form read as a noun ("the [full] support"). */
const NOMINAL_ADJECTIVES = 2;

/**
 * Where the trigger ends and how argument binding should read it. A party after "from" acts on the subject
 * ("received a call from X", "won backing from X"): binding reads a noun's "from" that way, so a one-sided event
 * takes the noun's voice; a symmetric one keeps "from" in its trigger, as binding reads "from" after a trigger as a topic.
 */
function reading(m: EventMatch, tokens: readonly Token[]): { end: number; voice: EventCandidate['voice'] } {
  const from = m.reverse && m.opener === m.end && tokens[m.opener]?.norm === 'from';
  if (!from) return { end: m.end, voice: m.voice };
  return SYMMETRIC.has(m.type!) ? { end: m.end + 1, voice: m.voice } : { end: m.end, voice: 'noun' };
}

/** The word at `end` is a common noun the lexicon reads no event in, no time ("talks yesterday"): the one before modifies it. */
function modifiesNoun(ctx: EventContext, sentence: Sentence, tokens: readonly Token[], at: (i: number) => number, end: number): boolean {
  const next = tokens[end];
  if (!next || next.kind !== 'word' || next.capitalised || ctx.knowledge.lexicon.temporalWords.has(next.norm) || tagsOf(ctx.article.text, sentence).pos[at(end)] !== 'NOUN') return false;
  return ctx.knowledge.lexicon.events.matchesAt(sentence.tokens, sentence.keys, at(end)).length === 0;
}

export const triggerEvent: Stage<EventCandidate, EventContext> = {
  id: 'trigger-event',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const out = [...candidates];
    const events = ctx.knowledge.lexicon.events;
    for (const sentence of ctx.sentences) {
      const { tokens, keys, at } = unquoted(sentence.tokens, sentence.keys);
      let quotes: Span[] | undefined;
      let agreements: Mention[] | undefined;
      for (let i = 0; i < tokens.length; i++) {
        // A capitalised word inside a sentence is part of a name ("Rapid Support Forces"), and a word
        // hyphenated onto another is an adjective ("Moscow-backed"): neither is a trigger.
        // A quotation's first word is capitalised as a sentence's is: '"Congratulations to X," Y wrote'; in a sentence
        // written in capitals, a capital says nothing.
        const before = sentence.tokens[at(i) - 1];
        if (i > 0 && tokens[i]!.capitalised && !sentence.shouted && !mayOpenQuotation(before?.text ?? '')) continue;
        if (before?.text === '-' && !tokens[i]!.spaceBefore) continue;
        const readings = events.matchesAt(tokens, keys, i);
        const first = readings[0];
        if (!first) continue;
        // "A and B called for a ceasefire": where CAMEO reads an appeal, which reports nothing, the same words said by
        // two together hold a position they share (binding asks for the two).
        const chosen = first.negative ? readings.find((r) => r.jointSubject && !r.negative) ?? first : first;
        // A copula's judgement judges only inside a quotation: '"The strike was barbaric," X said'.
        // ... or before a closing attribution ("The strike was a flagrant violation, Qatar said").
        if (chosen.quoted && !inQuotation(quotes ??= quotations(ctx.article.text, sentence), tokens[chosen.start]!.start)
          && attributionComma(ctx.knowledge.lexicon.syntax.speechVerbs, sentence.keys) < at(chosen.start)) continue;
        // "said China supports X": a speech verb's pattern ("said ... support") does not reach past the subject of
        // the clause it reports; the clause's own verb is read on its own. A judgement ending the words ("said X's
        // move was reckless") is what they report.
        // The name right after a verb that addresses someone is its addressee, no clause's subject ("told X by phone").
        // A curated phrase's words with no verb between are its verb's object: "declared X persona non grata".
        const objectGap = (): boolean => chosen.origin === 'curated'
          && !tagsOf(ctx.article.text, sentence).pos.slice(at(chosen.start) + 1, at(chosen.end - 1)).some((p) => p === 'VERB' || p === 'AUX');
        if (!chosen.completed && ctx.knowledge.lexicon.syntax.speechVerbs.has(keys[chosen.start]!) && !objectGap()) {
          let from = chosen.start + 1;
          if (ctx.knowledge.lexicon.syntax.addressedSpeechVerbs.has(keys[chosen.start]!)) while (from < chosen.end - 1 && tokens[from]!.capitalised) from++;
          if (tokens.slice(from, chosen.end - 1).some((t) => t.capitalised)) continue;
        }
        // "A and B said their countries rejected the sanctions": a condemnation without a target may be a position the
        // two share; binding keeps whichever reading finds its parties.
        const joint = chosen.type === 'condemnation' && !chosen.negative ? readings.find((r) => r.jointSubject && !r.negative) : undefined;
        // ... and words said jointly may be one party's act when it speaks alone ("X spoke in favour of Y's bid").
        const alone = chosen.jointSubject && !chosen.negative ? readings.find((r) => !r.jointSubject && !r.negative && r.type !== chosen.type && r.start === chosen.start) : undefined;
        for (const m of joint ? [chosen, joint] : alone ? [chosen, alone] : [chosen]) {
        const words = (): string => ctx.article.text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end);
        if (m.negative) {
          ctx.trace('trigger-event', () => `"${words()}" reports no event (CAMEO ${m.cameo})`, sentence.index);
        } else {
          const { end, voice: read } = reading(m, tokens);
          // "the first to call X", "the invitation to visit": a word the lexicon knows as a noun, used as a verb after "to";
          // "A flew to X, meeting B", "Meeting B on Monday, A said": a participle opening a clause or the sentence.
          // The tagger reads such a participle as a noun, but a noun does not take a name or a determiner right after it.
          const verbal = (): boolean => {
            if (tokens[m.start - 1]?.norm === ctx.knowledge.lexicon.infinitive) return tagsOf(ctx.article.text, sentence).pos[at(m.start)] === 'VERB';
            // "will keep backing X", "continued supporting X": a gerund after a verb of going on is that verb's object.
            if (ctx.knowledge.lexicon.neutralisers.has(tokens[m.start - 1]?.norm ?? '') && keys[m.start]!.endsWith('ing')) return tagsOf(ctx.article.text, sentence).pos[at(m.start)] === 'VERB';
            const next = tokens[m.end];
            // ... or after a preposition of time ("after meeting X in Paris", "before calling Y").
            const opens = m.start === 0 || tokens[m.start - 1]?.norm === ',' || ctx.knowledge.lexicon.syntax.subordinators.has(tokens[m.start - 1]!.norm);
            return opens && m.end - m.start === 1 && keys[m.start]!.endsWith('ing')
              && next !== undefined && (next.capitalised || ctx.knowledge.lexicon.grammar.determiners.has(next.norm));
          };
          // "US support for X", "the backing of Y": a stance's verb form after an article, a possessive or a name is a noun,
          // adjectives between.
          const nominal = (): boolean => {
            if (m.type !== 'support' || m.end - m.start !== 1) return false;
            const pos = tagsOf(ctx.article.text, sentence).pos;
            let j = m.start - 1;
            while (j >= 0 && m.start - j <= NOMINAL_ADJECTIVES && pos[at(j)] === 'ADJ') j--;
            // A name before an inflected form is its subject ("the US supports X").
            const bare = !/(?:s|ed|ing)$/.test(keys[m.start]!);
            // ... or opening the sentence with its object after "for": "Praise for X came from Y".
            if (m.start === 0 && bare && keys[m.end] === 'for') return true;
            return j >= 0 && (ARTICLES.has(keys[j]!) || ctx.knowledge.lexicon.grammar.possessives.has(keys[j]!) || keys[j] === 's' || bare && pos[at(j)] === 'PROPN');
          };
          const voice = read === 'noun' && verbal() ? 'active' : (read === 'active' || read === 'transitive') && nominal() ? 'noun' : read;
          // "the summit venue", "the visit programme": an event's noun that modifies the noun after it names no event (a
          // gerund may take an object: "meeting leaders").
          if (voice === 'noun' && end - m.start === 1 && !keys[m.start]!.endsWith('ing') && modifiesNoun(ctx, sentence, tokens, at, end)) {
            ctx.trace('trigger-event', () => `"${words()}" modifies the noun after it`, sentence.index);
            continue;
          }
          const trigger = { start: tokens[m.start]!.start, end: tokens[end - 1]!.end };
          // "a memorandum on political consultations": a word inside an agreement's name names what it is about.
          agreements ??= inSentence(ctx.mentions, sentence.index).filter((a) => a.kind === 'agreement');
          if (agreements.some((a) => a.span.start < trigger.start && trigger.start < a.span.end)) {
            ctx.trace('trigger-event', () => `"${words()}" is inside an agreement's name`, sentence.index);
            continue;
          }
          out.push({
            type: m.type!, sentence: sentence.index, trigger, voice, by: 'trigger-event',
            cameo: m.cameo, ...(m.plover ? { plover: m.plover } : {}), ...(m.personObject ? { personObject: true } : {}), ...(m.request ? { request: true } : {}), ...(m.jointSubject ? { jointSubject: true } : {}), ...(m.completed ? { completed: true } : {}), ...(m.quoted ? { quoted: true } : {}), ...(m.objectFollowers ? { objectFollowers: m.objectFollowers } : {}), ...(m.opener !== undefined && m.prepositions.length > 0 ? { openers: m.prepositions } : {}), dated: 'event',
          });
          ctx.trace('trigger-event', () => `"${words()}" fires ${m.type} (${m.origin})`, sentence.index);
        }
        }
        // Words said jointly report a shared stance only with two subjects, so the words inside them are read too
        // ("X reaffirmed its commitment to Y's security": X backs Y).
        if (!chosen.jointSubject || chosen.negative) i = Math.max(i, first.end - 1, chosen.end - 1);
      }
    }
    return out;
  },
};
