// Who carried out the acts an article speaks of: "the Russian missile strike", "Israel's strikes", "attacks by
// Iran", "the actions of Israel", "Israel struck the consulate"; coordinated authors each ("the American and British
// strikes", "the aggression of the American and British forces"). A condemnation names the act ("condemned the strike") more often than its author; the author is the
// party named with that act in the same sentence, or else with the last such act named before it. An act whose author
// is named but is no party ("the attack by militants", "the Hamas attack") has none to give.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventContext, Mention } from '../types.js';
import { firstWhere } from '../sorted.js';
import { byTokenEdges, inSentence } from '../mentions/util.js';
import { tagsOf } from '../text/pos.js';
import { indexWithin, tokenFrom } from '../text/tokens.js';
import { ArticleCache } from '../article-cache.js';

export interface ActionActor {
  readonly sentence: number;
  /** Offset of the action noun in the text. */
  readonly at: number;
  /** Empty when the text names an author that is no party ("the attack by militants"). */
  readonly actors: readonly EntityKey[];
  /** The act's word, folded, a verb by its lemma ("strike" for "struck": "condemned the strikes" names it). */
  readonly word: string;
  /** Named as what another act answered ("retaliation for X's attack"): told in passing. */
  readonly answered?: true;
  /** Named by a noun in the plural ("the air strikes"): not what a noun in the singular names ("the attack"). */
  readonly plural?: true;
}

/** Particles that turn a verb of attack into a retort: "hit back", "fired back", "hit out". */
const RETORT_PARTICLES: ReadonlySet<string> = new Set(['back', 'out']);

/** How many words may stand between an actor and its act: "Russia's [massive overnight missile] strike". */
const MODIFIERS = 3;

/** How many words may stand between an answering phrase and the act it names: "retaliation for [Iran's ballistic missile] attack". */
const ANSWERED_REACH = 8;

/** How far after an act its "by" may stand: "the bombing [of a school in the city of X] by Y". */
const BY_REACH = 9;
/** How many words after "by" may name who acted: "by [suspected separatist] militants". */
const BY_WORDS = 3;
/** How many words a participle's complement may take before its "by" ("imposed [on the island] by X"). */
const COMPLEMENT_WORDS = 4;

/** How many words an act's "of" complement may take before a relative clause that names its author. */
const OF_WORDS = 4;

/** Words that count a time from now before a time word ("last week", "next month"). */
const RELATIVE_DAYS: ReadonlySet<string> = new Set(['last', 'next']);

const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV']);
/** The tags of a phrasal verb's particle ("carried out"). */
const PARTICLES: ReadonlySet<string> = new Set(['ADP', 'PART', 'ADV']);
const ITS = 'its';
/** Auxiliaries of a perfect between an act's author and its verb ("Russia had launched"). */
const PERFECT: ReadonlySet<string> = new Set(['had', 'has', 'have']);
/** Who may blame an act on its author in a relative clause: "which it blamed on X". */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);

const cache = new ArticleCache<EventContext['mentions'], ActionActor[]>();

/** The acts with a named author, in text order, found once per article. */
export function actionActors(ctx: EventContext): ActionActor[] {
  const cached = cache.get(ctx.mentions);
  if (cached) return cached;
  const { accusedActs, accusingVerbs, actionNouns, actionVerbs, actorNouns, answeringPhrases, authoredNouns, blamingPhrases, domesticActs, events, nonStateAuthors, temporalWords, grammar, syntax } = ctx.knowledge.lexicon;
  const out: ActionActor[] = [];
  for (const sentence of ctx.sentences) {
    const { tokens, keys } = sentence;
    const parties = inSentence(ctx.mentions, sentence.index).filter((m) => (m.kind === 'state' || m.kind === 'bloc') && m.candidates.length === 1);
    // "Western sanctions", "the attack by militants": an act whose author is no party is recorded too, as having none.
    if (parties.length === 0 && !keys.some((k, i) => nonStateAuthors.has(k) || actionVerbs.has(k) && keys[i + 1] === 'by')) continue;
    // Each party by the token after it and by its first token; mentions come in text order.
    const { byEnd, byStart } = byTokenEdges(tokens, parties);
    // A party and those "and" or a comma join to it, reading back (-1) or on (1): "the American and British".
    const coordinated = (m: Mention, step: 1 | -1): EntityKey[] => {
      const out = [m.candidates[0]!];
      for (let edge = step > 0 ? tokenFrom(tokens, m.span.end) : tokenFrom(tokens, m.span.start) - 1; ;) {
        const glue = keys[edge];
        if (glue !== 'and' && glue !== ',') break;
        const next = step > 0 ? partyStarting(edge + 1) : byEnd.get(edge);
        if (!next) break;
        out.push(next.candidates[0]!);
        edge = step > 0 ? tokenFrom(tokens, next.span.end) : tokenFrom(tokens, next.span.start) - 1;
      }
      return out;
    };
    const partyStarting = (j: number): Mention | undefined => byStart.get(j) ?? (grammar.determiners.has(keys[j] ?? '') ? byStart.get(j + 1) : undefined);
    // "North Korean troops", "the Israeli forces": a party right before the forces or government it acts through.
    const ownsForces = (m: Mention): boolean => actorNouns.longestAt(keys, tokenFrom(tokens, m.span.end)) !== undefined;
    // "A wave of Russian missiles and attack drones hit X": forces a party owns a few words into the verb's subject,
    // with no verb, mark or preposition but "of" between.
    const forcesInSubject = (v: number): Mention | undefined => {
      const { pos } = tagsOf(ctx.article.text, sentence);
      for (let j = v - 1; j >= 0 && v - j <= SUBJECT_WORDS; j--) {
        if (tokens[j]!.kind !== 'word' || pos[j] === 'VERB' || pos[j] === 'AUX' || grammar.prepositions.has(keys[j]!) && keys[j] !== 'of') return undefined;
        const m = byStart.get(j);
        if (m && ownsForces(m)) return m;
      }
      return undefined;
    };
    // The party right before token `t`, itself or before the forces or government it acts through, a possessive
    // between ("Israel struck", "Armenian forces shelled", "Mali's junta expelled", "accused Sudan's army of").
    const actingBefore = (t: number): Mention | undefined => {
      const party = byEnd.get(t);
      if (party) return party;
      for (const n of [1, 2]) {
        if (!actorNouns.matchesAt(keys, t - n).some((a) => a.length === n)) continue;
        const owner = byEnd.get(t - n) ?? (keys[t - n - 2] === "'" && keys[t - n - 1] === 's' ? byEnd.get(t - n - 2) : undefined);
        if (owner) return owner;
      }
      return undefined;
    };
    const forcesStarting = (j: number): Mention | undefined => {
      const m = partyStarting(j);
      return m && ownsForces(m) ? m : undefined;
    };
    // "by militants", "by Hamas", "the Hamas attack": a word for who acts without being a party, or a name no mention
    // covers (a word, not the number the tagger calls a name in "the Sept. 9 strike"), before the act or a few words
    // after "by" (its determiners and modifiers aside).
    const here = inSentence(ctx.mentions, sentence.index);
    const covered = (j: number): boolean => here.some((m) => m.span.start <= tokens[j]!.start && tokens[j]!.end <= m.span.end);
    // A capital named as where an act hit ("the Damascus strikes", see location-filter) is a place, not an author.
    const place = (j: number): boolean => ctx.knowledge.gazetteer.names.matchesAt(keys, j).some((m) => m.length === 1 && m.payloads.some((p) => p.kind === 'capital'));
    const namedNonParty = (j: number): boolean => tokens[j]!.kind === 'word' && tagsOf(ctx.article.text, sentence).pos[j] === 'PROPN' && !covered(j) && !temporalWords.has(keys[j]!) && !place(j);
    const nonPartyAt = (from: number): boolean => {
      for (let j = from; j < Math.min(keys.length, from + BY_WORDS); j++) {
        if (covered(j) || keys[j] === ',') return false;
        if (nonStateAuthors.has(keys[j]!) || namedNonParty(j)) return true;
      }
      return false;
    };
    // "by the military authorities in X", "by the government of X": the party a body a few words on acts for.
    const actingFor = (from: number): Mention | undefined => {
      for (let j = from; j < Math.min(keys.length, from + BY_WORDS); j++) {
        const n = actorNouns.longestAt(keys, j)?.length ?? 0;
        if (n > 0 && (keys[j + n] === 'of' || keys[j + n] === 'in')) return partyStarting(j + n + 1);
        if (tokens[j]!.kind !== 'word' || covered(j)) return undefined;
      }
      return undefined;
    };
    // Tagged only when an act stands next to a party.
    const verbal = (j: number): boolean => VERBAL.has(tagsOf(ctx.article.text, sentence).pos[j]!);
    // "in retaliation for X's attack": an answering phrase ends a few words before the act.
    const answeredAt = (i: number): boolean => {
      for (let j = Math.max(0, i - ANSWERED_REACH); j < i; j++) {
        const n = answeringPhrases.longestAt(keys, j)?.length;
        if (n !== undefined && j + n <= i) return true;
      }
      return false;
    };
    // A preposition right after the participle at `j` or its particle ("carried out in Y"), and "by" a few words on
    // with no comma or verb between.
    const byAfterComplement = (j: number): number => {
      if (!keys[j]!.endsWith('ed')) return -1;
      const { pos } = tagsOf(ctx.article.text, sentence);
      const particle = PARTICLES.has(pos[j + 1] ?? '') && pos[j + 2] === 'ADP' ? 1 : 0;
      if (pos[j + 1 + particle] !== 'ADP' || keys[j + 1 + particle] === 'by') return -1;
      const by = indexWithin(keys, 'by', j + 2 + particle, COMPLEMENT_WORDS);
      if (by < 0) return -1;
      for (let k = j + 2 + particle; k < by; k++) if (keys[k] === ',' || verbal(k)) return -1;
      return by;
    };
    // Nothing, a punctuation mark, a preposition or a time word after a verb: its clause says no more.
    const clauseEndsAt = (k: number): boolean => k >= keys.length || tokens[k]!.kind !== 'word' || grammar.prepositions.has(keys[k]!)
      || temporalWords.has(keys[k]!) || temporalWords.has(keys[k + 1] ?? '') && (grammar.determiners.has(keys[k]!) || RELATIVE_DAYS.has(keys[k]!));
    const relativeSubject = (j: number): Mention | undefined => {
      if (j < 0) return undefined;
      // Not one who speaks of it or judges it: "the attack that X said was a provocation", "a move which X criticised".
      const subject = partyStarting(j);
      const verb = subject ? tokenFrom(tokens, subject.span.end) : -1;
      if (verb < 0 || !verbal(verb)) return undefined;
      for (let k = verb; k < keys.length && verbal(k); k++) {
        // A speech verb that ends the clause reports nothing of its own: "the annexation that X announced on Friday".
        const reports = syntax.speechVerbs.has(keys[k]!) && !clauseEndsAt(k + 1);
        if (reports || events.matchesAt(tokens, keys, k).some((m) => !m.negative)) return undefined;
      }
      return subject;
    };
    // The relative pronoun right after the act, or past a short "of" complement ("the annexation of four regions that X
    // announced"); the token after it, or -1.
    const relativeAfter = (i: number): number => {
      let j = i + 1;
      if (keys[j] === 'of') for (j++; j < Math.min(keys.length, i + 2 + OF_WORDS) && tokens[j]!.kind === 'word' && !verbal(j) && !grammar.relativePronouns.has(keys[j]!); j++);
      return grammar.relativePronouns.has(keys[j] ?? '') ? j + 1 : -1;
    };
    const unnamedAgentAt = (i: number): boolean => syntax.beForms.has(keys[i - 1] ?? '') && keys[i + 1] === 'by' && !partyStarting(i + 2) && !actingFor(i + 2);
    const passiveAgentAt = (i: number): Mention | undefined => {
      if (!syntax.beForms.has(keys[i - 1] ?? '')) return undefined;
      const by = indexWithin(keys, 'by', i + 1, BY_REACH - 1);
      if (by < 0 || keys.slice(i + 1, by).includes(',')) return undefined;
      return partyStarting(by + 1) ?? actingFor(by + 1);
    };
    // "X on Friday struck", "X overnight fired", "X had launched": before a verb, its adverbs, a day ("on" and a time word,
    // or one alone) and the auxiliary of a perfect.
    const pastAdjuncts = (i: number): number => {
      let v = i;
      while (!byEnd.has(v)) {
        if (v > 1 && temporalWords.has(keys[v - 1]!) && keys[v - 2] === 'on') v -= 2;
        else if (v > 0 && (temporalWords.has(keys[v - 1]!) || PERFECT.has(keys[v - 1]!) || tagsOf(ctx.article.text, sentence).pos[v - 1] === 'ADV')) v--;
        else break;
      }
      return v;
    };
    // "the attack, which it blamed on X", "a raid widely attributed to X": a blaming phrase a few words after the act,
    // past a relative pronoun, its subject and auxiliaries only, or the party the act was aimed at ("the strike against
    // Y, which it blamed on X"), names its author.
    const blamedOn = (i: number): Mention | undefined => {
      for (let j = i + 1; j < keys.length && j - i <= BY_REACH; j++) {
        const n = blamingPhrases.longestAt(keys, j)?.length;
        if (n !== undefined) return partyStarting(j + n);
        const aimed = (keys[j] === 'against' || keys[j] === 'on') && byStart.has(j + 1);
        const glue = keys[j] === ',' || aimed || grammar.relativePronouns.has(keys[j]!) || PRONOUNS.has(keys[j]!) || syntax.beForms.has(keys[j]!)
          || byEnd.has(j + 1) || byStart.has(j) || tagsOf(ctx.article.text, sentence).pos[j] === 'ADV' || parties.some((m) => m.span.start < tokens[j]!.start && tokens[j]!.end <= m.span.end);
        if (!glue) return undefined;
      }
      return undefined;
    };
    // "accused Sudan's army of attacking its territory", "blamed X for shelling": the party an accusing verb charges,
    // itself or through its forces, with the act after "of" or "for".
    const accusedOf = (i: number): Mention | undefined => {
      if (keys[i - 1] !== 'of' && keys[i - 1] !== 'for') return undefined;
      const m = actingBefore(i - 1);
      if (!m) return undefined;
      const first = tokenFrom(tokens, m.span.start);
      const verb = grammar.determiners.has(keys[first - 1] ?? '') ? first - 2 : first - 1;
      return accusingVerbs.has(keys[verb] ?? '') ? m : undefined;
    };
    for (let i = 0; i < keys.length; i++) {
      const charged = accusedActs.longestAt(keys, i) !== undefined ? accusedOf(i) : undefined;
      if (charged) {
        out.push({ sentence: sentence.index, at: tokens[i]!.start, actors: [charged.candidates[0]!], word: tagsOf(ctx.article.text, sentence).lemma(i) });
        continue;
      }
      // "Israel struck the consulate", "Armenian forces shelled a village", "A and B launched strikes": the party right
      // before an act's verb (and those joined to it), or before the forces or government it acts through, carried it out.
      // "hit back", "fired back", "hit out at": a verb of attack with a particle answers in words, it attacks no one.
      if (actionVerbs.has(keys[i]!) && verbal(i) && !RETORT_PARTICLES.has(keys[i + 1] ?? '')) {
        const v = pastAdjuncts(i);
        const subject = actingBefore(v) ?? forcesInSubject(v);
        // "the embassy was raided by X's police": a passive act's agent carried it out.
        const agent = subject ? undefined : passiveAgentAt(i);
        if (subject ?? agent) {
          out.push({ sentence: sentence.index, at: tokens[i]!.start, actors: subject ? coordinated(subject, -1) : coordinated(agent!, 1), word: tagsOf(ctx.article.text, sentence).lemma(i) });
          continue;
        }
        // "al-Shabaab gunmen stormed a hotel in X": an act whose doer is no party; "the assault" condemned later is
        // theirs, not that of the state where it happened. So is one a passive's "by" gives no party: "a tanker was hit
        // by a missile".
        if (i > 0 && (nonStateAuthors.has(keys[i - 1]!) || namedNonParty(i - 1) || unnamedAgentAt(i))) {
          out.push({ sentence: sentence.index, at: tokens[i]!.start, actors: [], word: tagsOf(ctx.article.text, sentence).lemma(i) });
          continue;
        }
      }
      if (!actionNouns.has(keys[i]!)) continue;
      // Before it: a demonym or a possessor, with a few modifiers between ("the Israeli air strike", "Iran's attacks");
      // a verb, a preposition or a comma between ("X condemned the strike") makes it no author.
      let before: Mention | undefined;
      let owned: readonly EntityKey[] | undefined;
      // Or an author that is no party: "the jihadist attack", "the attack by militants", "the attack by Hamas".
      let unnamed = false;
      let words = 0;
      for (let j = i - 1; j >= 0 && words <= MODIFIERS && !before; j--) {
        before = byEnd.get(j + 1);
        const k = keys[j]!;
        // "rejected Y's claims and condemned its aggression": "its" is the party named last before it; after an act
        // its sentence told ("X fired a missile, Y's military said, its first launch since"), that act's author.
        if (!before && k === ITS) {
          const told = out.findLast((a) => a.sentence === sentence.index && a.actors.length > 0);
          if (told) owned = told.actors;
          else before = parties[firstWhere(parties.length, (n) => parties[n]!.span.end > tokens[j]!.start) - 1];
          break;
        }
        // "Y's dangerous and escalatory actions": "and" between two modifiers joins them, elsewhere it ends the search.
        // (A tagger may read the second as a noun: "escalatory".)
        const joinsModifiers = k === 'and' && j + 1 < i && tagsOf(ctx.article.text, sentence).pos[j - 1] === 'ADJ' && !verbal(j + 1);
        if (before || grammar.prepositions.has(k) || k === ',' || k === 'and' && !joinsModifiers || verbal(j)) break;
        // "Jordan branded the attack a massacre": a past form right after a party is its verb, whatever its tag.
        if (byEnd.has(j) && k.endsWith('ed')) break;
        // Right before the act, or one word before it: "the Hamas attack", "the jihadist suicide attack".
        if (i - j <= 2 && (nonStateAuthors.has(k) || namedNonParty(j))) unnamed = true;
        if (k !== "'" && k !== 's') words++;
      }
      // After it: "by X", "by the X", past a short complement ("the shelling of the border town by X") or a participle
      // ("carried out by X"); right after
      // an act whose "of" names its author, "of X" ("the actions of X"; "the invasion of X" names what was invaded).
      // "the coup in X": an act a state's own forces carry out was X's.
      // "the pressure that X has placed on Y": the subject of a relative clause right after the act, before its verb.
      // "the deployment of North Korean troops": forces a party owns after "of" carry out any act.
      let after = authoredNouns.has(keys[i]!) && keys[i + 1] === 'of' ? partyStarting(i + 2)
        : domesticActs.has(keys[i]!) && keys[i + 1] === 'in' ? partyStarting(i + 2)
          : (keys[i + 1] === 'of' ? forcesStarting(i + 2) : undefined) ?? relativeSubject(relativeAfter(i)) ?? blamedOn(i);
      for (let j = i + 1; j < keys.length && j - i <= BY_REACH && !after; j++) {
        // "the strikes carried out by X", "the attack launched by X": a participle before "by" is the act's own, and
        // so it is past a short complement that opens with a preposition ("the embargo imposed on Y by X").
        const complementBy = verbal(j) ? byAfterComplement(j) : -1;
        if (complementBy > 0) { j = complementBy - 1; continue; }
        if (keys[j] === ',' || verbal(j) && keys[j + 1] !== 'by' && keys[j + 2] !== 'by') break;
        // "the attack was condemned by X": the agent of an event's verb judged the act, not did it.
        if (verbal(j) && events.matchesAt(tokens, keys, j).some((m) => !m.negative)) break;
        if (keys[j] === 'by') {
          after = partyStarting(j + 1) ?? actingFor(j + 1);
          if (!after) unnamed = nonPartyAt(j + 1);
          break;
        }
      }
      const actors = owned ?? (before ? coordinated(before, -1) : after ? coordinated(after, 1) : unnamed ? [] : undefined);
      if (actors) {
        const plural = tagsOf(ctx.article.text, sentence).lemma(i) !== keys[i];
        out.push({ sentence: sentence.index, at: tokens[i]!.start, actors, word: keys[i]!, ...(answeredAt(i) ? { answered: true as const } : {}), ...(plural ? { plural: true as const } : {}) });
      }
    }
  }
  cache.set(ctx.mentions, out);
  return out;
}

/** How many words before an act's verb its subject may hold the forces that carried it out ("a wave of [Russian missiles and attack drones]"). */
const SUBJECT_WORDS = 7;

/** How many letters two words for an act share at their start: "launched" and "launch", "bombed" and "bombing". */
const SHARED_STEM = 4;

/** Whether two words name the same kind of act: the same word, or one stem ("attacked", "attacks"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n >= SHARED_STEM;
}

/** Whether two words name the same act: one stem ("launched", "launch"), or one family ("fired", "launches"). */
function sameAct(a: string, b: string, families: readonly (readonly string[])[]): boolean {
  return sameStem(a, b) || families.some((f) => f.some((w) => sameStem(w, a)) && f.some((w) => sameStem(w, b)));
}

/**
 * The authors of the act a condemnation at `offset` in `sentence` names: one named in its sentence, else the last
 * before named by a word of the same stem as the act its sentence names without an author ("the launch" after "X
 * launched"), else the last before (none when its author is no party).
 */
export function actorFor(ctx: EventContext, sentence: number, offset: number): readonly EntityKey[] | undefined {
  const acts = actionActors(ctx);
  const first = firstWhere(acts.length, (i) => acts[i]!.sentence >= sentence);
  const { tokens, keys } = ctx.sentences[sentence]!;
  const from = tokenFrom(tokens, offset);
  const namedAt = from < 0 ? -1 : keys.findIndex((k, i) => i >= from && ctx.knowledge.lexicon.actionNouns.has(k));
  const named = namedAt < 0 ? undefined : keys[namedAt];
  // "denounced the strike and called on the EU to adopt its sanctions": an act in a clause after the one the
  // condemnation names is another matter.
  const limit = namedAt < 0 ? Infinity : tokens[laterClause(ctx, sentence, namedAt)]?.start ?? Infinity;
  const next = firstWhere(acts.length, (i) => acts[i]!.sentence > sentence || acts[i]!.sentence === sentence && acts[i]!.at >= limit);
  // In its sentence, the act nearest the condemnation ("the strike ... which X condemned", "condemned the Israeli strike").
  if (next > first) {
    const at = firstWhere(next - first, (i) => acts[first + i]!.at >= offset) + first;
    const candidates = [acts[at - 1], acts[at]].filter((a) => a !== undefined && a.sentence === sentence && a.at < limit);
    return candidates.reduce((a, b) => (Math.abs(b!.at - offset) < Math.abs(a!.at - offset) ? b : a))!.actors;
  }
  // An act told in passing as what another answered ("retaliation for X's attack") is not the one a later judgement
  // names ("condemned the attack"), while another act was told.
  const told = acts.slice(0, first);
  // "the attack" is no act told in the plural ("the air strikes"), when one told otherwise is alike.
  const singular = namedAt >= 0 && tagsOf(ctx.article.text, ctx.sentences[sentence]!).lemma(namedAt) === named;
  const similar = named === undefined ? [] : told.filter((a) => sameAct(a.word, named, ctx.knowledge.lexicon.actFamilies));
  const agreeing = singular ? similar.filter((a) => !a.plural) : similar;
  const alike = agreeing.length > 0 ? agreeing : similar;
  return (alike.findLast((a) => !a.answered) ?? told.findLast((a) => !a.answered) ?? alike.at(-1) ?? told.at(-1))?.actors;
}

/** The token after `i` that opens another clause of the sentence ("and" before a verb, ";"), or the sentence's length. */
function laterClause(ctx: EventContext, sentence: number, i: number): number {
  const { keys } = ctx.sentences[sentence]!;
  const pos = tagsOf(ctx.article.text, ctx.sentences[sentence]!).pos;
  for (let j = i + 1; j < keys.length; j++) if (keys[j] === ';' || keys[j] === 'and' && pos[j + 1] === 'VERB') return j;
  return keys.length;
}

/** Whether the act at token `i` of `sentence` has its author told, as a party or as one that is none ("Western sanctions"). */
export function authoredActAt(ctx: EventContext, sentence: number, i: number): boolean {
  const token = ctx.sentences[sentence]!.tokens[i];
  return token !== undefined && actionActors(ctx).some((a) => a.sentence === sentence && a.at === token.start);
}
