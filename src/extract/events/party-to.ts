// Proposes party_to for the states and blocs an agreement binds, in order of evidence: those that
// signed it; those its name, a following "between ..." list or a relative clause right after it names ("free trade
// agreement between Iran and the EAEU", "the treaty, to which A and B are parties", "which A ratified"); the owner of one
// its words make "with" another party ("Ghana's agreement with Togo"); for a declaration a summit or
// "the heads of state" adopted, the bloc last named; else those the sentence names before it (read through "the two
// countries"); else, for an agreement with a name of its own in an article about two states, that pair.
import type { EntityKey } from '../../document/types.gen.js';
import type { NameEntry } from '../../knowledge/gazetteer.js';
import type { EventCandidate, EventContext, Mention, Stage } from '../types.js';
import { firstWhere } from '../sorted.js';
import { tokenAt, tokenFrom, type Token } from '../text/tokens.js';
import { tagsOf } from '../text/pos.js';
import type { Sentence } from '../text/sentences.js';
import { firstStartingFrom, inSentence, startingWithin } from '../mentions/util.js';
import { articleFrame, participantsIn, participantsNear, stateOf, type Participant } from './participants.js';

const BETWEEN_REACH = 12;

/** How far back a situation noun may stand before a state it is in: "the situation in [X, Y and] Z". */
const SITUATION_REACH = 8;

/** How many words may stand between a party and the act it carries out ("Russian [missile and drone] attack"). */
const ACT_REACH = 4;

/** "the Russian missile and drone attack on X": a party named as the author of an act a few words on is no party to anything. */
function inAct(ctx: EventContext, sentence: Sentence, end: number): boolean {
  const { tokens } = sentence;
  const at = tokenFrom(tokens, end);
  for (let i = at; i >= 0 && i < tokens.length && i - at <= ACT_REACH && tokens[i]!.kind === 'word'; i++) {
    if (ctx.knowledge.lexicon.actionNouns.has(tokens[i]!.norm) && tagsOf(ctx.article.text, sentence).pos[i] === 'NOUN') return true;
  }
  return false;
}

/** "discussed the situation in Somalia and South Sudan": a state where a situation is, no party to what the sentence signs. */
function inSituation(ctx: EventContext, tokens: readonly Token[], start: number): boolean {
  const lex = ctx.knowledge.lexicon;
  const at = tokenFrom(tokens, start);
  for (let i = at - 1; i >= Math.max(1, at - SITUATION_REACH); i--) {
    const k = tokens[i]!.norm;
    if (k === 'in' || k === 'on' || k === 'of') {
      let j = i - 1;
      while (j >= 0 && lex.grammar.determiners.has(tokens[j]!.norm)) j--;
      return j >= 0 && lex.syntax.situationNouns.has(tokens[j]!.norm);
    }
    // Only the names of a list may stand between: "in Somalia and South Sudan".
    if (tokens[i]!.kind === 'word' && !tokens[i]!.capitalised && k !== 'and' && !lex.grammar.determiners.has(k)) return false;
  }
  return false;
}

const isParty = (m: Mention): boolean => (m.kind === 'state' || m.kind === 'bloc') && m.candidates.length === 1;

/** The parties (mentions sorted by start) listed from an offset on, as long as only commas and "and" separate them. */
function listAfter(ctx: EventContext, mentions: readonly Mention[], from: number): Mention[] {
  const list: Mention[] = [];
  let at = from;
  for (let i = firstStartingFrom(mentions, from); i < mentions.length; i++) {
    const p = mentions[i]!;
    if (!isParty(p) || p.span.start < at) continue;
    const gap = ctx.article.text.slice(at, p.span.start).trim().replace(/^(?:,|and|, and)\s*/, '').replace(/^the$/i, '');
    if (gap !== '') break;
    list.push(p);
    at = p.span.end;
  }
  return list;
}

/** The party whose possessive stands right before the agreement's words ("Ghana's [new] pact"), if any. */
function possessorOf(mentions: readonly Mention[], tokens: readonly Token[], m: Mention): Mention | undefined {
  const first = tokenAt(tokens, m.span.start);
  // "Ghana's" is three tokens, "Brussels'" two.
  const mark = tokens[first - 1]?.norm === 's' && tokens[first - 2]?.norm === "'" ? first - 2 : tokens[first - 1]?.norm === "'" ? first - 1 : -1;
  return mark > 0 ? mentions.find((p) => isParty(p) && p.span.end === tokens[mark]!.start) : undefined;
}

/**
 * "the US-Japan Security Treaty", "the Japan-US Security Treaty": the states a known agreement's name spells, each
 * joined to the next by a hyphen with no space, by the gazetteer's names (written as the data writes them when the
 * name is case-sensitive, as "US" is). Two or more, or none.
 */
function hyphenedStates(ctx: EventContext, sentence: Sentence, m: Mention): EntityKey[] {
  const { tokens, keys } = sentence;
  const out: EntityKey[] = [];
  let i = tokenAt(tokens, m.span.start);
  if (keys[i] === 'the') i++;
  // A state's name or abbreviation of `length` tokens at `i`, written as the data writes it when case-sensitive.
  const state = (e: NameEntry, length: number): boolean => e.type === 'state' && (e.kind === 'name' || e.kind === 'abbreviation')
    && (!e.caseSensitive || e.surface.every((w, n) => tokens[i + n]?.text === w)) && e.surface.length === length;
  for (;;) {
    // The longest name of a state there, not the agreement's own name that starts with it.
    const match = ctx.knowledge.gazetteer.names.matchesAt(keys, i).find((x) => x.payloads.some((e) => state(e, x.length)));
    const entry = match?.payloads.find((e) => state(e, match.length));
    if (!match || !entry) break;
    out.push(entry.key);
    const hyphen = tokens[i + match.length];
    if (hyphen?.text !== '-' || hyphen.spaceBefore || tokens[i + match.length + 1]?.spaceBefore || hyphen.end >= m.span.end) break;
    i += match.length + 1;
  }
  return out.length >= 2 ? [...new Set(out)] : [];
}

/** "a U.S.-brokered deal", "the Qatar-mediated accord": a party joined to a participle made the agreement happen, it is not bound by it. */
function broker(tokens: readonly Token[], p: Mention): boolean {
  const i = tokenFrom(tokens, p.span.end);
  const hyphen = tokens[i];
  const word = tokens[i + 1];
  return hyphen?.text === '-' && !hyphen.spaceBefore && word !== undefined && !word.spaceBefore && !word.capitalised && /ed$/.test(word.norm);
}

/** How many words may stand between a relative clause's parties and its party noun ("are both parties"). */
const PARTY_NOUN_REACH = 3;
/** How many words may stand between a relative clause's parties and its verb ("which X has formally ratified"). */
const RELATIVE_VERB_REACH = 2;

/**
 * "X, to which A and B are (both) parties", "X, which counts A and B among its members", "X, which A ratified": the parties
 * a relative clause right after an agreement (ending at `end`) lists.
 */
function relativeParties(ctx: EventContext, mentions: readonly Mention[], tokens: readonly Token[], end: number, partyWords: ReadonlySet<string>,
  participants: () => readonly Participant[]): EntityKey[] {
  // "the Pact (CPTPP), to which": past its short name in brackets, or the bracket closing it, and the comma.
  let r = end >= 0 && tokens[end]?.norm === '(' && tokens[end + 2]?.norm === ')' ? end + 3 : end >= 0 && tokens[end]?.norm === ')' ? end + 1 : end;
  if (r >= 0 && tokens[r]?.norm === ',') r++;
  if (r < 0) return [];
  // "the CPTPP, which counts A, B and C among its members".
  const words = ctx.knowledge.lexicon.agreementWords;
  if (tokens[r]?.norm === 'which' && words.countingVerbs.has(tokens[r + 1]?.norm ?? '')) {
    const counted = listAfter(ctx, mentions, tokens[r + 1]!.end);
    const after = counted.length > 0 ? tokenFrom(tokens, counted[counted.length - 1]!.span.end) : -1;
    const among = after >= 0 && tokens[after]?.norm === 'among' && ctx.knowledge.lexicon.grammar.possessives.has(tokens[after + 1]?.norm ?? '')
      && words.membershipNouns.has(tokens[after + 2]?.norm ?? '');
    return among ? counted.map((p) => p.candidates[0]!) : [];
  }
  // "the Paris Agreement, which Ghana ratified in 2016": the parties a relative clause makes act on it as parties do.
  if (tokens[r]?.norm === 'which') {
    const acting = listAfter(ctx, mentions, tokens[r]!.end);
    const verb = acting.length > 0 ? tokenFrom(tokens, acting[acting.length - 1]!.span.end) : -1;
    // ... past an auxiliary or an adverb ("which Ghana has formally ratified").
    const reach = tokens.slice(verb, verb + RELATIVE_VERB_REACH + 1).findIndex((t) => words.partyVerbs.has(t.norm));
    return verb >= 0 && reach >= 0 ? acting.map((p) => p.candidates[0]!) : [];
  }
  if (tokens[r]?.norm !== 'to' || tokens[r + 1]?.norm !== 'which') return [];
  // "to which both A and B are parties".
  const from = ctx.knowledge.lexicon.syntax.groupOpeners.has(tokens[r + 2]?.norm ?? '') ? tokens[r + 2]!.end : tokens[r + 1]!.end;
  const list = listAfter(ctx, mentions, from);
  // "to which both countries are parties": the pair the words stand for, not the states named before in the sentence.
  const pair = list.length === 0 ? participants().find((p) => p.kind === 'frame' && p.span.start === tokens[r + 2]?.start) : undefined;
  const last = pair ?? list[list.length - 1];
  if (!last) return [];
  const after = tokenFrom(tokens, last.span.end);
  if (!tokens.slice(after, after + PARTY_NOUN_REACH + 1).some((t) => partyWords.has(t.norm))) return [];
  return pair ? pair.keys.flatMap((k) => (k.startsWith('leader/') ? stateOf(ctx, k) ?? [] : [k])) : list.map((p) => p.candidates[0]!);
}

export const partyTo: Stage<EventCandidate, EventContext> = {
  id: 'party-to',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const frame = articleFrame(ctx, candidates);
    const out = [...candidates];
    const seen = new Set<string>();
    const add = (party: EntityKey, m: Mention, why: string): void => {
      const agreement = m.candidates[0]!;
      const id = `${party} ${agreement}`;
      if (seen.has(id) || !(party.startsWith('state/') || party.startsWith('bloc/'))) return;
      seen.add(id);
      out.push({ type: 'party_to', sentence: m.sentence, trigger: m.span, span: m.span, voice: 'relation', by: 'party-to', source: party, target: agreement, dated: 'never' });
      ctx.trace('party-to', () => `party_to ${party} → ${agreement} (${why})`, m.sentence);
    };
    const toParty = (key: EntityKey): EntityKey | undefined => (key.startsWith('leader/') ? stateOf(ctx, key) : key);
    const agreements = ctx.mentions.filter((m) => m.kind === 'agreement' && m.candidates.length === 1);
    const blocs = ctx.mentions.filter((m) => m.kind === 'bloc' && m.candidates.length === 1).sort((a, b) => a.span.end - b.span.end);

    // Signers are parties, unless the sentence makes them witnesses or mediators.
    const words = ctx.knowledge.lexicon.agreementWords;
    const witnessed = new Map<number, boolean>();
    const firstMention = new Map<string, Mention>();
    for (const a of agreements) for (const id of [`${a.candidates[0]} ${a.sentence}`, a.candidates[0]!]) if (!firstMention.has(id)) firstMention.set(id, a);
    for (const e of candidates) {
      if (e.type !== 'signed' || !e.source || !e.target) continue;
      if (!witnessed.has(e.sentence)) witnessed.set(e.sentence, ctx.sentences[e.sentence]!.keys.some((k) => words.nonPartySigners.has(k)));
      if (witnessed.get(e.sentence)) continue;
      const party = toParty(e.source);
      const m = firstMention.get(`${e.target} ${e.sentence}`) ?? firstMention.get(e.target);
      if (party && m) add(party, m, 'signed it');
    }
    const withParties = new Set(out.filter((e) => e.type === 'party_to').map((e) => e.target));
    // Agreements their sentence gives no parties to, for the article's pair (below).
    const pending: Mention[] = [];
    for (const m of agreements) {
      if (m.via === 'anaphora') continue;
      const key = m.candidates[0]!;
      const sentence = ctx.sentences[m.sentence]!;
      const tokens = sentence.tokens;
      // Named in the agreement's own words ("between Iran and the EAEU", "gas hub in Turkey"), or in a
      // "between ..." list soon after it ("agreed in Istanbul between Russia, Ukraine, Turkey and the UN").
      const inIt = inSentence(ctx.mentions, m.sentence);
      // A capital in a name is where it was agreed ("Astana Declaration"), not who agreed it.
      const named = startingWithin(inIt, m.span.start, m.span.end).filter((p) => isParty(p) && p.span.end <= m.span.end && p.via !== 'capital' && p.via !== 'metonym' && !broker(tokens, p));
      // A known agreement's name holds no mentions of its own: the states it spells joined by hyphens are named with it.
      const spelled = named.length === 0 && m.via === 'name' ? hyphenedStates(ctx, sentence, m) : [];
      for (const k of spelled) add(k, m, 'named with it');
      const located = named.some((p) => tokens[tokenAt(tokens, p.span.start) - 1]?.norm === 'in');
      const end = tokenFrom(tokens, m.span.end);
      const between = end < 0 ? -1 : tokens.slice(end, end + BETWEEN_REACH).findIndex((t) => t.norm === 'between');
      if (between >= 0 && named.length === 0) for (const p of listAfter(ctx, inIt, tokens[end + between]!.end)) named.push(p);
      // "the treaty, to which A and B are parties".
      const relative = named.length === 0 ? relativeParties(ctx, inIt, tokens, end, words.partyVerbs, () => participantsIn(ctx, sentence, frame)) : [];
      for (const k of relative) add(k, m, 'named with it');
      // "the declaration reached with Somalia": the parties after "with"; the one acting before it is the other.
      const agreedWith = named.length === 0 && relative.length === 0 && end >= 0 && words.agreeingParticiples.has(tokens[end]?.norm ?? '') && tokens[end + 1]?.norm === 'with'
        ? listAfter(ctx, inIt, tokens[end + 1]!.end) : [];
      for (const p of agreedWith) named.push(p);
      // "Ghana's agreement with Togo": the party owning an agreement its words make "with" another is the other party.
      const owner = named.some((p) => tokens[tokenAt(tokens, p.span.start) - 1]?.norm === 'with') ? possessorOf(inIt, tokens, m) : undefined;
      if (owner && !named.includes(owner)) named.push(owner);
      for (const p of named) add(p.candidates[0]!, m, 'named with it');
      // A project "in Turkey" is placed there; who builds it is read from the sentence too, as is the other party to
      // one agreed with those named.
      if (((named.length > 0 || relative.length > 0 || spelled.length > 0) && !located && agreedWith.length === 0) || withParties.has(key)) continue;
      // The states acting before it in its sentence, if two or more, unless the clause is negated ("is not a party to")
      const before = participantsNear(participantsIn(ctx, sentence, frame), m.span).filter((p) => p.span.end <= m.span.start && (p.kind === 'mention' || p.kind === 'frame') && !inSituation(ctx, tokens, p.span.start) && !inAct(ctx, sentence, p.span.end));
      // "The summit adopted the Astana Declaration", "the heads of state adopted ...": the bloc last named, unless
      // parties are named.
      let v = tokenAt(tokens, m.span.start) - 1;
      while (v >= 0 && (tokens[v]!.kind !== 'word' || ctx.knowledge.lexicon.grammar.determiners.has(tokens[v]!.norm))) v--;
      const adopted = tokens[v] !== undefined && words.adoptingVerbs.has(tokens[v]!.norm);
      // "Armenia ratified the Rome Statute", "acceded to the treaty": one party acting is enough.
      const verb = tokens[v]?.norm === 'to' ? tokens[v - 1] : tokens[v];
      const joinedBy = verb !== undefined && words.partyVerbs.has(verb.norm);
      if (adopted && before.every((p) => p.kind === 'frame')) {
        const bloc = blocs[firstWhere(blocs.length, (i) => blocs[i]!.span.end > m.span.start) - 1];
        if (bloc) { add(bloc.candidates[0]!, m, 'adopted by the bloc last named'); continue; }
      }
      const clause = ctx.article.text.slice(before[0]?.span.start ?? m.span.start, m.span.start).toLowerCase().split(/\W+/);
      const states = [...new Set(before.flatMap((p) => p.keys).map(toParty).filter((k): k is EntityKey => k?.startsWith('state/') === true))];
      // ... or hypothetical ("Iran and Iraq may sign a security pact"): a hypothetical agreement has no parties.
      const unreal = clause.some((_, i) => ctx.knowledge.lexicon.modalityCues.longestAt(clause, i)?.payloads[0] === 'hypothetical');
      if (states.length >= (joinedBy || agreedWith.length > 0 ? 1 : 2) && !unreal && !clause.some((w) => ctx.knowledge.lexicon.grammar.negators.has(w))) {
        for (const s of states) add(s, m, 'states acting in its sentence');
        continue;
      }
      // Only a name of its own ("the Gripen Agreement", not "the economic agreements"), which the gazetteer does not
      // know: a treaty it knows has parties of its own, not the article's pair.
      if (!unreal && m.via === 'pattern' && /^\p{Lu}/u.test(m.text)) pending.push(m);
    }
    // An agreement no sentence gives parties to, in an article about two states, named in a sentence that names one of
    // them and no other state: theirs ("Hungary will buy four more jets under the Gripen agreement", in a story of the
    // two prime ministers' talks).
    const bound = new Set(out.filter((e) => e.type === 'party_to').map((e) => e.target));
    // The states each sentence names, people as their states, read once a sentence.
    const statesIn = new Map<number, Set<EntityKey | undefined>>();
    const statesOf = (sentence: number): Set<EntityKey | undefined> => {
      let states = statesIn.get(sentence);
      if (!states) statesIn.set(sentence, states = new Set(inSentence(ctx.mentions, sentence).filter((p) => p.candidates.length === 1 && (p.kind === 'state' || p.kind === 'leader')).map((p) => toParty(p.candidates[0]!))));
      return states;
    };
    for (const m of pending) {
      const key = m.candidates[0]!;
      if (bound.has(key) || !frame.states || frame.states.length !== 2) continue;
      const states = statesOf(m.sentence);
      if (states.size === 0 || [...states].some((s) => !frame.states!.includes(s!))) continue;
      for (const s of frame.states) add(s, m, 'the pair the article is about');
      bound.add(key);
    }
    return out;
  },
};
