// Binds each trigger to its arguments within the sentence, read from the clause structure
// (src/extract/syntax): the subject of its clause, the group its type's prepositions admit after it
// ("with X", "to X"; "by X" for passives), and for signings the agreements signed. Where the clause
// reader finds nothing, the nearest parties before and after the trigger stand in. Symmetric events pair the two sides, or the members of a group
// ("Putin and Tokaev held talks"). What an argument leaves open is filled from the article: "the two
// presidents" from its first two-party event, a congratulation's addressee from the previous one, a
// condemnation's target from the state or bloc the article opens with.
import type { EdgeType, EntityKey } from '../../document/types.gen.js';
import type { Sentence } from '../text/sentences.js';
import { fold } from '../text/fold.js';
import { indexWithin, tokenAt, tokenFrom, type Token } from '../text/tokens.js';
import type { EventCandidate, EventContext, Mention, Span, Stage } from '../types.js';
import { tagsOf } from '../text/pos.js';
import { phraseEndingAt, cover, inSentence, startingWithin } from '../mentions/util.js';
import { mayHoldADate } from '../dates/date-expressions.js';
import { extended } from '../extended.js';
import { actorFor, authoredActAt } from './action-actors.js';
import { ownerFor, ownerNamedAt } from './owned-things.js';
import { headlineStates } from './headline-states.js';
import { NOUN_DESCRIPTION } from './remote-contact.js';
import { listedAgreementsAfter } from './listed-signing.js';
import { ARGUMENT_REACH, describesMembers, frameOf, namedIn, participantsIn, participantsNear, stateOf, statesNamed, speakerOf, type Frame, type Participant } from './participants.js';
import { attributedSpeaker, beFormBefore, decisionOwner, clauseEnd, nonPartyObjectAt, clauseStart, continuedObjects, predicateEnd, describeGroups, governedInClause, governingVerbSubject, isPassive, lastGroupBefore, ownSubjectNoun, quotedSpeaker, recipientBefore, subjectAfterAmong, subjectAfterOpeningParticiple, subjectAfterOpeningPhrase, objectAfter, venueOwner, objectOfRelative, actorOfRelative, actorOfSummarisedClause, subjectOf, syntaxOf, type ObjectOptions, type SentenceSyntax, type Subject } from '../syntax/roles.js';
import { beforeDeterminers, honorificEndingAt, introducerEndingAt, opensClause, type Group } from '../syntax/groups.js';
import { isQuote, mayCloseQuotation, mayOpenQuotation } from '../text/quotes.js';
import { thirdPerson } from '../../knowledge/inflect.js';

export const SYMMETRIC: ReadonlySet<EdgeType> = new Set(['phone_call', 'meeting', 'shared_stance']);
const OBJECT_REACH = { symmetric: 6, other: 16 };

interface Binding {
  readonly subjects: readonly EntityKey[];
  readonly sources: readonly EntityKey[];
  readonly targets: readonly EntityKey[];
  readonly span: Span;
  /** "A and B exchanged greetings": the sources act on each other. */
  readonly reciprocal?: true;
  /** The targets are pronouns for people the sentence does not name ("Xi also congratulated him"). */
  readonly referred?: true;
  /** The targets are pronouns, named in the sentence or not. */
  readonly pronominal?: true;
  /** Its object is a pronoun whose one reading is the subject itself ("He congratulated him"): someone else is meant. */
  readonly selfReferred?: true;
  /** Those who watched a signing the sources did. */
  readonly witnesses?: readonly EntityKey[];
}

// A capital at a sentence's start makes a noun a proper one to the tagger ("Statements by X").
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * A participant right after a preposition is its object: "according to Putin", "issued by the three countries". Not
 * the agent after a noun ("statements by A and B reaffirmed"): the noun is theirs, and so is the act it is subject of.
 */
function afterPreposition(ctx: EventContext, syn: SentenceSyntax, p: Participant): boolean {
  const g = ctx.knowledge.lexicon.grammar;
  const tokens = syn.sentence.tokens;
  let i = tokenFrom(tokens, p.span.start) - 1;
  while (i >= 0 && g.determiners.has(tokens[i]!.norm)) i--;
  return i >= 0 && g.prepositions.has(tokens[i]!.norm) && !(tokens[i]!.norm === 'by' && nounsAgent(syn, i));
}

/** Whether the "by" at `by` follows a noun, or a noun and its participle ("statements by", "statements issued by"). */
function nounsAgent(syn: SentenceSyntax, by: number): boolean {
  const pos = syn.tags.pos;
  return NOUN_TAGS.has(pos[by - 1] ?? '') || (pos[by - 1] === 'VERB' && NOUN_TAGS.has(pos[by - 2] ?? ''));
}

/** Words after a comma that open a clause in contrast with the one before ("..., while Y ..."). */
const CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though']);

/** Where the last clause of contrast before `offset` opens, or the sentence's start. */
function contrastBefore(syn: SentenceSyntax, offset: number): number {
  const { tokens, keys } = syn.sentence;
  for (let i = tokenAt(tokens, offset) - 1; i > 0; i--) if (keys[i - 1] === ',' && CONTRASTS.has(keys[i]!)) return tokens[i]!.start;
  return syn.sentence.start;
}

/** What may stand between members of a group: "and", a comma, then a determiner and one modifier ("and the 22-member"). */
function isGroupGlue(ctx: EventContext, gap: string): boolean {
  const g = ctx.knowledge.lexicon.grammar;
  // Hyphenated compounds ("22-member") count as one word.
  const words = gap.replace(/,/g, ' , ').trim().split(/\s+/).filter((w) => w !== '').map(fold);
  let i = 0;
  if (words[0] === ',') i++;
  const glue = words.slice(i).join(' ');
  const phrase = [...g.groupGlue].find((w) => w !== ',' && (glue === w || glue.startsWith(`${w} `)));
  if (phrase) i += phrase.split(' ').length;
  else if (i === 0) return false;
  if (g.determiners.has(words[i] ?? '')) i++;
  return words.length - i <= 1;
}

/** The participants' keys, each once, in order: gathered without a flattened copy, as every event asks several times. */
function keysOf(ps: readonly Participant[]): EntityKey[] {
  const keys = new Set<EntityKey>();
  for (const p of ps) for (const k of p.keys) keys.add(k);
  return [...keys];
}

/** A short parenthesis opening the words between two members: "(L)", "(2nd R)", "(pictured)". */
const CAPTION_ASIDE = /^\([^()]{1,20}\)\s*/;

/**
 * The participant nearest the trigger on the left, people first unless a party stands right before the
 * verb ("Ruto said Kenya and Ethiopia share ..."), and the group coordinated with it.
 */
function subjectGroup(ctx: EventContext, syn: SentenceSyntax, left: readonly Participant[], triggerStart: number): Participant[] {
  // "issued by the three countries ... talks", "according to Putin": a prepositional object is no subject, nor is a party
  // of a clause a contrast ends ("X was at the ceremony, while Y sent a message").
  const contrast = contrastBefore(syn, triggerStart);
  const ordered = left.filter((p) => p.kind !== 'demonym' && p.span.start >= contrast && !afterPreposition(ctx, syn, p)).reverse();
  const adjacent = ordered[0] && /^\s*$/.test(ctx.article.text.slice(ordered[0].span.end, triggerStart)) ? ordered[0] : undefined;
  const head = adjacent ?? ordered.find((p) => p.tier === 0) ?? ordered[0];
  if (!head) return [];
  const members = [head];
  for (let j = ordered.indexOf(head) + 1; j < ordered.length; j++) {
    const next = ordered[j]!;
    // "X (L) and Y": a caption's short aside after a member is no part of the glue.
    const gap = ctx.article.text.slice(next.span.end, members[members.length - 1]!.span.start).trim().replace(CAPTION_ASIDE, '');
    if (!isGroupGlue(ctx, gap) || (next.tier !== head.tier && next.kind !== 'frame')) break;
    members.push(next);
  }
  return members;
}

/**
 * Whether the words before a participant end in a preposition of place, determiners aside ("in the Netherlands"),
 * after no actor: "the military junta in Mali" is Mali's.
 */
function placeBefore(ctx: EventContext, gap: readonly string[]): boolean {
  let i = gap.length - 1;
  while (i >= 0 && ctx.knowledge.lexicon.grammar.determiners.has(gap[i]!)) i--;
  if (i < 0 || !ctx.knowledge.lexicon.syntax.prepositions.has(gap[i]!)) return false;
  for (let j = 0; j < i; j++) if (ctx.knowledge.lexicon.actorNouns.longestAt(gap, j)) return false;
  return true;
}

/** The gap ends in a situation noun, a preposition and determiners: "the conflict in (the)". */
function situationBefore(ctx: EventContext, gap: readonly string[]): boolean {
  let i = gap.length - 1;
  while (i >= 0 && ctx.knowledge.lexicon.grammar.determiners.has(gap[i]!)) i--;
  return i > 0 && ctx.knowledge.lexicon.syntax.situationNouns.has(gap[i - 1]!);
}

/** A comma between nouns of a list that "and" closes before the party ("support for the security, unity and stability of X"). */
function listComma(gap: readonly string[], j: number): boolean {
  if (gap[j] !== ',') return false;
  const rest = gap.slice(j + 1);
  const and = rest.indexOf('and');
  return and > 0 && !rest.slice(0, and).includes(',') || rest.includes(',') && listComma(gap, j + 1 + rest.indexOf(','));
}

/** Participants after the trigger that its object may be: near, not behind a topic word, and their coordinates. */
function objectGroup(ctx: EventContext, tokens: readonly Token[], from: number, right: readonly Participant[], e: EventCandidate): Participant[] {
  const symmetric = SYMMETRIC.has(e.type);
  const grammar = ctx.knowledge.lexicon.grammar;
  const reach = symmetric ? OBJECT_REACH.symmetric : OBJECT_REACH.other;
  const members: Participant[] = [];
  for (const p of right) {
    const to = tokenFrom(tokens, p.span.start);
    const gap = p.span.end <= e.trigger.end ? [] : tokens.slice(from, to < 0 ? tokens.length : to).map((t) => t.norm);
    if (members.length === 0) {
      if (gap.length > reach) break;
      if (symmetric && gap.some((w) => grammar.topicWords.has(w))) break;
      if (!symmetric && gap.some((w, j) => grammar.clauseBreaks.has(w) && !listComma(gap, j))) break;
      // "deplored the burning of the book in Sweden": a place inside the act condemned is no party to it (where
      // support "for order in the country" backs the country).
      if (e.type === 'condemnation' && placeBefore(ctx, gap) && !phraseEndingAt(ctx.knowledge.lexicon.addressingPhrases, ctx.sentences[e.sentence]!.keys, to - 1)) continue;
      // "supports a settlement of the conflict in X": where a situation is, neither.
      if (e.type === 'support' && placeBefore(ctx, gap) && situationBefore(ctx, gap)) continue;
      // A noun trigger takes its other party through "with" or "between": "talks with Xi".
      if (e.voice === 'noun' && gap[0] !== 'with' && gap[0] !== 'between') break;
      members.push(p);
      from = tokenFrom(tokens, p.span.end);
      if (from < 0) break;
      continue;
    }
    // "with X and Y", "with X, and in Riyadh with Y"; a stance's "of X and the Y"; "X and His Excellency Y".
    const glue = withoutHonorifics(ctx, !symmetric && grammar.determiners.has(gap.at(-1) ?? '') ? gap.slice(0, -1) : gap).join(' ');
    // "meeting X at the Elysee and Y in Downing Street": a person after the place the one before was met in.
    const placed = symmetric && p.tier === 0 && members[members.length - 1]!.tier === 0 && PLACED_NEXT.test(glue) && gap.length <= PLACED_GAP;
    if (!(glue === 'and' || glue === ',' || glue === ', and' || (/^,? ?and\b.*\bwith$/.test(glue) && gap.length <= 6) || placed)) break;
    members.push(p);
    from = tokenFrom(tokens, p.span.end);
    if (from < 0) break;
  }
  return members;
}

/** "at the Elysee and", "in Kinshasa and": a place after one person met, then "and" before the next. */
const PLACED_NEXT = /^(?:in|at) (?:the )?[^,;]+ and$/;
/** How many tokens such a gap may hold. */
const PLACED_GAP = 6;

/** `words` without the honorifics that end them ("and His Excellency" is "and"). */
function withoutHonorifics(ctx: EventContext, words: readonly string[]): readonly string[] {
  let end = words.length;
  for (let open = honorificEndingAt(ctx.knowledge.lexicon, words, end - 1); open > 0; open = honorificEndingAt(ctx.knowledge.lexicon, words, end - 1)) end = open;
  return words.slice(0, end);
}

/** The articles that name something told before. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);
/** Determiners that make an event noun one told before ("the condemnation", "their condemnation"). */
const RETELLING: ReadonlySet<string> = new Set([...DEFINITE, 'their', 'its', 'his', 'her']);

/** CAMEO's family of providing aid. */
const AID = '07';

/** How many sentences back a condemnation naming no author joins the last one's target (a round-up's next paragraphs). */
const CONDEMNATION_REACH = 6;

export const argumentBinding: Stage<EventCandidate, EventContext> = {
  id: 'argument-binding',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const frame: Frame = {};
    let lastAddressee: EntityKey[] = [];
    // The parties the last condemnation with a target was aimed at, and where: a round-up's next condemners join it.
    let lastCondemned: { readonly targets: readonly EntityKey[]; readonly sentence: number } | undefined;
    let lastSenders: readonly EntityKey[] = [];
    // A capital in a dateline ("ADDIS ABABA / LIBREVILLE -") or a line with no verb ("All times Cairo") says where the
    // article is set, not whom it is about ("Canberra approved the sale").
    const setting = (m: Mention): boolean => m.via === 'capital'
      && (m.text === m.text.toUpperCase() || !tagsOf(ctx.article.text, ctx.sentences[m.sentence]!).pos.some((p) => p === 'VERB' || p === 'AUX'));
    const leadMention = ctx.mentions.find((m) => (m.kind === 'state' || m.kind === 'bloc' || m.kind === 'leader') && m.candidates.length === 1 && m.via !== 'demonym' && !setting(m) && !describesMembers(ctx, m));
    // A target-less condemnation is aimed at the state or bloc the article opens with ("Tehran condemned the strikes").
    const lead = leadMention && leadMention.kind !== 'leader' ? leadMention.candidates[0] : undefined;
    const condemners = new Set<EntityKey>();
    // The states (a person's through their office) that signed each agreement, as the signings are bound.
    const signers = new Map<EntityKey, EntityKey[]>();
    let headline: EntityKey[] | undefined;
    const firstPerson = ctx.mentions.find((m) => m.kind === 'leader' && m.candidates.length === 1)?.candidates[0];
    let recent: { readonly sentence: number; readonly frame: Frame } | undefined;
    const out: EventCandidate[] = [];
    for (const e of [...candidates].sort((a, b) => a.trigger.start - b.trigger.start)) {
      if (e.voice === 'relation') { out.push(e); continue; }
      const sentence = ctx.sentences[e.sentence]!;
      // Participants depend on the frame ("the two leaders"), which an earlier event may just have set: the pair that
      // met or spoke in the last sentences of the paragraph ("Xi was welcomed by Putin. The two leaders then held
      // talks"), else the article's.
      // "During the call, both leaders ...": a sentence opening on those talks goes on with their pair across a paragraph.
      const active = recent && e.sentence >= recent.sentence && e.sentence - recent.sentence <= RECENT_PAIR_REACH
        && (!paragraphBreak(ctx, recent.sentence, e.sentence) || opensOnTalks(ctx, sentence)) ? recent.frame : frame;
      const binding = bind(ctx, e, sentence, participantsIn(ctx, sentence, active), active);
      const why = (reason: string): void =>
        ctx.trace('argument-binding', () => `dropped ${e.type} at "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}": ${reason}`, e.sentence);
      if (!binding) { why('no arguments'); continue; }
      // Two people acting together set the pair the article is about.
      if (!frame.leaders) Object.assign(frame, frameOf(ctx, binding.subjects.length === 2 ? binding.subjects : []));
      let { sources, targets } = binding;
      if (e.type === 'congratulation' && !binding.reciprocal) {
        // Unnamed, the addressee is the one other person the sentence names ("Congratulations poured in from A and B
        // after C won"), else the previous addressee, else the first person the article names.
        const others = binding.subjects.length > 0 ? [] : [...new Set(participantsIn(ctx, sentence, frame).filter((p) => p.kind === 'mention' && p.tier === 0).flatMap((p) => p.keys))].filter((k) => !sources.includes(k));
        // None of them is a sender: "Messages were sent by A and B" in a sentence with no one else does not make A B's addressee.
        // "Putin called Erdogan. He congratulated him": "him", not the subject, is the other of the pair that just spoke or met.
        const partner = binding.selfReferred && active.leaders?.length === 2 && sources.length === 1 && active.leaders.includes(sources[0]!) ? active.leaders.filter((k) => k !== sources[0]) : [];
        if (targets.length === 0) targets = (partner.length === 1 ? partner : others.length === 1 ? others : lastAddressee.length > 0 ? lastAddressee : firstPerson ? [firstPerson] : []).filter((k) => !sources.includes(k));
        // "Putin sent a telegram. Xi also congratulated him": a pronoun for someone named in no sentence of its own
        // is the one being congratulated, not the last person named.
        // "A congratulated B, while C felicitated him": a pronoun read as the last sender stands for the one they congratulated.
        else if ((binding.referred || binding.pronominal && targets.every((k) => lastSenders.includes(k))) && lastAddressee.length > 0 && !lastAddressee.some((k) => sources.includes(k))) targets = lastAddressee;
        // The one congratulated, named or not, is the next pronoun's likeliest referent.
        if (targets.length > 0) { lastAddressee = [...targets]; lastSenders = sources; }
      }
      // "The attack drew condemnation from X", "Condemnation poured in from X": a noun whose subject names no party
      // condemns an act too.
      const actOnly = e.voice === 'noun' && binding.subjects.length === 0 && sources.length > 0;
      // "X and Y issued the condemnation in a joint statement": a condemnation named as one told before is aimed as it was.
      const retold = e.voice === 'noun' && RETELLING.has(sentence.tokens[tokenAt(sentence.tokens, e.trigger.start) - 1]?.norm ?? '');
      if (e.type === 'condemnation' && targets.length === 0 && (actOnly || retold || namesAnAction(ctx, e))) {
        // The act's author, else the state or bloc the article opens with, unless a bloc the condemners (or their
        // states) belong to.
        // Nor the state one of the condemners speaks for ("the two ministers condemned the attacks": neither's own state).
        const ownLead = lead !== undefined && speaksFor(ctx, sources, lead);
        const authors = actorFor(ctx, e.sentence, e.trigger.start) ?? (lead && !condemners.has(lead) && !belongsTo(ctx, sources, lead) && !ownLead ? [lead] : []);
        // "Turkey and Pakistan joined the chorus of criticism": with no author found, the target of the condemnations before.
        const joined = lastCondemned && e.sentence - lastCondemned.sentence <= CONDEMNATION_REACH ? lastCondemned.targets : [];
        const others = (authors.length > 0 ? authors : joined).filter((a) => !sources.includes(a));
        if (others.length > 0) targets = others;
      }
      // "supports the candidacy of X to the Security Council": the bid's owner, not where it goes.
      const named = e.type === 'support' && sources.length > 0 ? ownerNamedAt(ctx, e.sentence, e.trigger.end) : undefined;
      if (named && !sources.includes(named) && !targets.includes(named) && !belongsTo(ctx, sources, named)) targets = [named];
      // "Kuwait threw its weight behind the bid": backing a thing backs the party whose thing of its kind was named before.
      if (e.type === 'support' && targets.length === 0 && sources.length > 0) {
        const owner = ownerFor(ctx, e.sentence, e.trigger.end);
        if (owner && !sources.includes(owner) && !belongsTo(ctx, sources, owner)) targets = [owner];
      }
      // "Australia announced one million dollars in humanitarian support": aid that names no recipient goes to the state
      // or bloc the article opens with (a disaster's, a war's), unless the donor is it or belongs to it.
      // The headline's states come first: a first sentence may open with those who come to help.
      if (e.type === 'support' && targets.length === 0 && e.completed && e.cameo?.startsWith(AID)) {
        const stricken = [...(headline ??= headlineStates(ctx)), ...(lead ? [lead] : [])].find((k) => !sources.includes(k) && !belongsTo(ctx, sources, k));
        if (stricken) targets = [stricken];
      }
      // "Prime Minister X joined the talks": the joiner met the people of the talks told just before, but for those of
      // their own state.
      if (e.type === 'meeting' && targets.length === 0 && sources.length === 1 && active.leaders && joinsTalks(ctx, sentence, e)) {
        const own = stateOf(ctx, sources[0]!);
        targets = active.leaders.filter((k) => k !== sources[0] && (own === undefined || stateOf(ctx, k) !== own));
      }
      // "China criticised the pact": an agreement condemned is aimed at those who signed it (never at the agreement).
      if (e.type === 'condemnation' && targets.length === 0 && sources.length > 0) {
        const agreement = agreementCondemned(ctx, e);
        const parties = agreement ? signers.get(agreement) ?? [] : [];
        targets = parties.filter((k) => !sources.includes(k) && !speaksFor(ctx, sources, k));
      }
      if (e.type === 'condemnation' && targets.length > 0) lastCondemned = { targets, sentence: e.sentence };
      // A party that condemns is no author the article opens with ("Poland condemned the strike. X also condemned it").
      if (e.type === 'condemnation') for (const s of sources) condemners.add(s);
      const pairs = binding.reciprocal ? reciprocalPairs(sources, targets) : pairsOf(e, sources, targets, distributive(ctx, e));
      if (pairs.length === 0) { why('one side missing'); continue; }
      // "X hosted A and B": the two guests are the pair the article is about ("both leaders" later), not their host.
      const guests = SYMMETRIC.has(e.type) && sources.length === 1 && targets.length === 2 ? targets : pairs.flat();
      if (!frame.leaders && (SYMMETRIC.has(e.type) || e.type === 'signed')) Object.assign(frame, frameOf(ctx, guests));
      const pair = SYMMETRIC.has(e.type) ? frameOf(ctx, pairs.flat()) : {};
      // The same pair keeps its frame object: participants are computed once per frame and sentence.
      const same = (f: Frame | undefined): boolean => f?.leaders !== undefined && pair.leaders !== undefined && f.leaders.join() === pair.leaders.join();
      if (pair.leaders) recent = { sentence: e.sentence, frame: same(recent?.frame) ? recent!.frame : same(frame) ? frame : pair };
      for (const [source, target] of pairs) {
        if (e.type === 'signed') {
          const state = source.startsWith('leader/') ? stateOf(ctx, source) : source;
          if (state) signers.set(target, [...new Set([...signers.get(target) ?? [], state])]);
        }
        out.push(extended(e, { source, target, span: binding.span, by: 'argument-binding' as const, ...(binding.witnesses ? { witnesses: binding.witnesses } : {}) }));
        ctx.trace('argument-binding', () => `${e.type} ${source} → ${target}`, e.sentence);
      }
    }
    return out;
  },
};

/** Words that open a sentence with what came after or before talks already told ("After the talks, ..."). */
const SEQUENCE_OPENERS: ReadonlySet<string> = new Set(['after', 'following', 'before']);

/**
 * "...; the talks ended without agreement": "the" and a meeting's noun opening a clause, its verb right after, retell
 * the meeting just told and name no one of their own (not "the talks between A and B"); so does "After the talks, A
 * and B signed ...": those who act after them are not who held them.
 */
function retoldTalks(ctx: EventContext, e: EventCandidate, sentence: Sentence, at: number, after: number): boolean {
  const { keys } = sentence;
  if (e.voice !== 'noun' || e.type !== 'meeting' || keys[at - 1] !== 'the' || after < 0) return false;
  if (at === 2 && SEQUENCE_OPENERS.has(keys[0]!) && keys[after] === ',') return true;
  const opens = at - 1 === 0 || keys[at - 2] === ';';
  return opens && tagsOf(ctx.article.text, sentence).pos[after] === 'VERB';
}

/**
 * "..., conveying his greetings": the object (bare, or after "to" or "with") of the clause before a participle at `at`,
 * a time or place after it aside ("spoke to X on Tuesday, conveying ...").
 */
function participleObject(syn: SentenceSyntax, at: number, subject: Group | undefined): Participant[] {
  if (at < 2 || syn.sentence.keys[at - 1] !== ',' || !syn.sentence.keys[at]!.endsWith('ing')) return [];
  const g = syn.groups[lastGroupBefore(syn, at - 1)];
  if (!g || g === subject || g.possessor || (g.governor !== undefined && !OBJECT_PREPOSITIONS.has(g.governor))) return [];
  const tail = syn.tags.pos.slice(g.end, at - 1);
  return tail.length <= ADJUNCT_WORDS && !tail.includes('VERB') ? [...g.members] : [];
}

/** An envoy's participant as the state whose envoy the sentence's title makes them, or undefined for anyone else. */
function envoysState(ctx: EventContext, e: EventCandidate, p: Participant): Participant | undefined {
  if (p.keys.length !== 1) return undefined;
  const role = inSentence(ctx.mentions, e.sentence).find((m) => m.kind === 'leader' && m.candidates[0] === p.keys[0] && m.span.start < p.span.end && p.span.start < m.span.end)?.role;
  return role?.office === 'envoy' && role.state ? { ...p, keys: [role.state], tier: 1, kind: 'mention' } : undefined;
}

/** A participant a possessive pronoun opens: "his country", "her government". */
function ownedByPronoun(ctx: EventContext, syn: SentenceSyntax, p: Participant): boolean {
  return p.kind === 'pronoun' && ctx.knowledge.lexicon.grammar.possessives.has(syn.sentence.keys[tokenFrom(syn.sentence.tokens, p.span.start)] ?? '');
}

/** A possessor inside a trigger's words owns its last word, a noun, past modifiers: "restated [Brazil]'s full backing", "[France]'s continued backing". */
function ownsTriggerNoun(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, p: Participant): boolean {
  const { tokens, keys } = syn.sentence;
  const end = tokenFrom(tokens, e.trigger.end);
  const last = (end < 0 ? tokens.length : end) - 1;
  // "called Iran's aggression": an act judged is done by its possessor, who holds no judgement of it; "approved Sweden's
  // accession to NATO": nor does the possessor of any other completion than an event's noun or a noun of backing hold
  // the stance ("announced Poland's latest package of military assistance to X" is Poland's).
  const lex = ctx.knowledge.lexicon;
  if (e.completed && (lex.actionNouns.has(keys[last]!) || !lex.events.isEventNoun(keys[last]!) && !lex.syntax.backingNouns.has(keys[last]!))) return false;
  let j = tokenFrom(tokens, p.span.end);
  while (j >= 0 && j < last && (keys[j] === "'" || keys[j] === '\u2019' || keys[j] === 's')) j++;
  // A gerund names the act as well as a noun does ("backing").
  const noun = syn.tags.pos[last] === 'NOUN' || syn.tags.pos[last] === 'VERB' && keys[last]!.endsWith('ing');
  if (j < 1 || j > last || !noun) return false;
  // Participles modify the noun as adjectives do: "France's continued backing", "its renewed support"; a noun of
  // measure and its "of" stand before it: "Poland's latest package of military assistance".
  for (; j < last; j++) {
    if (syn.tags.pos[j] === 'NOUN' && keys[j + 1] === 'of' && j + 1 < last) { j++; continue; }
    if (syn.tags.pos[j] !== 'ADJ' && !(syn.tags.pos[j] === 'VERB' && /(?:ed|ing)$/.test(keys[j]!))) return false;
  }
  return true;
}

/** '"Congratulations on your victory," X told Y', '... X wrote to Y': the one a quotation's speaker addressed it to. */
function speakerAddressee(ctx: EventContext, syn: SentenceSyntax, speaker: Group): Group | undefined {
  const { keys } = syn.sentence;
  const { addressedSpeechVerbs, speechVerbs } = ctx.knowledge.lexicon.syntax;
  const v = speaker.end;
  if (addressedSpeechVerbs.has(keys[v] ?? '')) return objectAfter(ctx, syn, v + 1, BARE_OBJECT);
  return speechVerbs.has(keys[v] ?? '') && keys[v + 1] === 'to' ? objectAfter(ctx, syn, v + 1, { prepositions: TO, bare: false, possessor: false }) : undefined;
}

/** How far before "they" the verb of speech whose clause it opens may stand ("A and B said [in a joint statement on Monday] that they"). */
const SPEAKERS_REACH = 12;

/**
 * "A, B and C said in a statement that they 'condemn' the decision": "they" opening the clause a verb of speech
 * reports is the group that spoke.
 */
function speakersAsThey(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  const { keys } = syn.sentence;
  const lex = ctx.knowledge.lexicon;
  let i = at - 1;
  while (i >= 0 && (syn.tags.pos[i] === 'ADV' || syn.tags.pos[i] === 'AUX' || mayOpenQuotation(keys[i]!))) i--;
  // "A and B said their countries opposed ...": the speakers' states (their people for "their leaders").
  const noun = keys[i - 1] === 'their' ? lex.frameNouns.longestAt(keys, i) : undefined;
  const states = noun !== undefined && noun.length === 1 && !lex.peopleFrameNouns.has(noun.payloads[0]!);
  if (noun?.length === 1) i--;
  if (i < 1 || keys[i] !== (noun?.length === 1 ? 'their' : 'they')) return undefined;
  for (let v = i - 1; v >= Math.max(0, i - SPEAKERS_REACH); v--) {
    if (!lex.syntax.speechVerbs.has(keys[v]!)) continue;
    const speakers = subjectOf(ctx, syn, v);
    // "The two men said their governments ...": one frame of two counts as two speakers.
    if (!speakers || new Set(speakers.group.members.flatMap((p) => p.keys)).size < 2) return undefined;
    if (!states) return speakers;
    const members = speakers.group.members.map((p) => (p.tier === 0 && p.keys.length === 1 ? { ...p, keys: [stateOf(ctx, p.keys[0]!) ?? p.keys[0]!], tier: 1 as const } : p));
    return new Set(members.flatMap((p) => p.keys)).size >= 2 ? { ...speakers, group: { ...speakers.group, members } } : undefined;
  }
  return undefined;
}

/**
 * "hosted talks", "convened a tripartite meeting": the meeting verb that governs the event noun at `at`, determiners
 * and modifiers aside; -1 when none does.
 */
function hostingVerb(ctx: EventContext, syn: SentenceSyntax, at: number): number {
  let v = beforeDeterminers(ctx.knowledge.lexicon, syn.sentence.keys, at);
  while (v > 0 && syn.tags.pos[v] === 'ADJ') v = beforeDeterminers(ctx.knowledge.lexicon, syn.sentence.keys, v);
  return v >= 0 && syn.tags.pos[v] === 'VERB'
    && ctx.knowledge.lexicon.events.matchesAt(syn.sentence.tokens, syn.sentence.keys, v).some((m) => m.type === 'meeting' && !m.negative) ? v : -1;
}

/** Whether a meeting verb governs the event noun at `at` (see `hostingVerb`). */
function hostedBy(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  return hostingVerb(ctx, syn, at) >= 0;
}

/**
 * "X condemned Y over the strike, which it called a crime": "it" right before a verb stands for the party its sentence
 * opens with, the subject of its first verb; for none when there is none, never for the nearest party before it (Y).
 * Undefined when no "it" is the verb's subject.
 */
function subjectForIt(ctx: EventContext, syn: SentenceSyntax, at: number): Participant[] | undefined {
  const keys = syn.sentence.keys;
  // "said it condemns the coup and stands with X": a verb joined by "and" shares the "it" of the one before.
  let it = at - 1;
  if (keys[it] === 'and') while (it > 0 && keys[it] !== 'it' && !ctx.knowledge.lexicon.grammar.clauseBreaks.has(keys[it - 1]!)) it--;
  if (keys[it] !== 'it' || syn.tags.pos[it] !== 'PRON') return undefined;
  // A participle opening the sentence is not its main verb ("Neighbouring X said", "Speaking on Monday, X said").
  const first = syn.tags.pos.findIndex((tag, i) => i > 0 && i < it && tag === 'VERB');
  const main = first > 0 ? subjectOf(ctx, syn, first) : undefined;
  return main ? main.group.members.filter((p) => p.kind === 'mention' && p.tier === 1) : [];
}

/** Words a verb's object may have before the phrase that says why: "censured X [on Wednesday] for its ...". */
const OBJECT_ADJUNCT = 3;

/** "over its": a cause after an object, as "for its" is. */
const OVER = 'over';

/**
 * "censured X for its recognition of Y", "criticised X over their arms sales": an event noun that "its" or "their" owns,
 * in a phrase after the verb's object, is that object's, not the subject's ("X reaffirmed its support" is the subject's).
 */
function objectOwningByPronoun(ctx: EventContext, syn: SentenceSyntax, at: number, modifies: (j: number) => boolean): Group | undefined {
  const keys = syn.sentence.keys;
  const { possessives, prepositions } = ctx.knowledge.lexicon.grammar;
  let j = at - 1;
  while (j > 0 && at - j <= NOUN_MODIFIERS && !possessives.has(keys[j]!) && modifies(j)) j--;
  if (!possessives.has(keys[j] ?? '') || !(prepositions.has(keys[j - 1] ?? '') || keys[j - 1] === OVER)) return undefined;
  const object = syn.groups[lastGroupBefore(syn, j - 1)];
  // "lashed out at X over its arms sales": the party a phrase addresses is its verb's object.
  const addressed = object?.governor !== undefined && phraseEndingAt(ctx.knowledge.lexicon.addressingPhrases, keys, beforeDeterminers(ctx.knowledge.lexicon, keys, object.first));
  if (!object || object.governor && !addressed || object.possessor || j - 1 - object.end > OBJECT_ADJUNCT || !object.members.some((p) => p.kind === 'mention')) return undefined;
  for (let k = object.end; k < j - 1; k++) if (syn.tags.pos[k] === 'VERB' || syn.tags.pos[k] === 'AUX' || keys[k] === ',') return undefined;
  // The object follows a verb: a subject before "for its" ("X, for its part") is the subject's own.
  return addressed || object.first > 0 && (syn.tags.pos[object.first - 1] === 'VERB' || syn.tags.pos[object.first - 1] === 'DET' && syn.tags.pos[object.first - 2] === 'VERB') ? object : undefined;
}

/** How many words a time or place may take between an object and the comma before a participle. */
const ADJUNCT_WORDS = 4;

/** Prepositions that take a verb's other party: "spoke to X", "met with X". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with']);

/**
 * "X phoned Y late on Sunday, shortly after the polls were released, to wish him success": an infinitive of purpose
 * whose clause has no subject takes the nearest earlier verb's that names a person, past the clauses between; with the
 * verb, whose object stands for one the infinitive does not name ("to wish his neighbour success").
 */
function purposeClause(ctx: EventContext, syn: SentenceSyntax, at: number): { subject: Subject; verb: number } | undefined {
  if (at < 1 || syn.sentence.keys[at - 1] !== ctx.knowledge.lexicon.infinitive) return undefined;
  for (let j = at - 2; j >= 0; j--) {
    // A verb joined by a hyphen is part of a compound ("President-elect"), not a clause's.
    if (syn.tags.pos[j] !== 'VERB' || syn.sentence.keys[j - 1] === '-' && !syn.sentence.tokens[j]!.spaceBefore) continue;
    // "X received a call from Y to congratulate him": the one the call came from is the infinitive's subject.
    const caller = ctx.knowledge.lexicon.syntax.receivingVerbs.has(syn.sentence.keys[j]!) ? governedInClause(ctx, syn, j + 1, 'from') : undefined;
    if (caller && caller.end < at && caller.members.some((p) => p.tier === 0)) return { subject: { group: caller, via: 'clause' }, verb: j };
    const subject = subjectOf(ctx, syn, j);
    if (subject?.group.members.some((p) => p.tier === 0)) return { subject, verb: j };
  }
  return undefined;
}

/** "during the Pretoria peace talks", "at the Geneva talks": a named event, not one between the clause's parties. */
function namedEvent(ctx: EventContext, tokens: readonly Token[], at: number): boolean {
  const lex = ctx.knowledge.lexicon;
  // Back over the noun's modifiers to its determiner.
  for (let j = at - 1; j >= 0 && !lex.grammar.determiners.has(tokens[j]!.norm); j--) {
    if (tokens[j]!.kind !== 'word' || lex.grammar.prepositions.has(tokens[j]!.norm) || lex.syntax.prepositions.has(tokens[j]!.norm)) return false;
    if (tokens[j]!.capitalised) return true;
  }
  return false;
}

/** How many words may stand between a light verb and its event noun ("to express [the kingdom's full] solidarity"). */
const LIGHT_OBJECT_WORDS = 5;

/**
 * "X telephoned Y to express the kingdom's solidarity", "... to convey his congratulations": an event noun a light verb
 * of purpose carries takes that purpose's subject, and the object of the verb it serves (see `purposeClause`).
 */
function lightVerbPurpose(ctx: EventContext, syn: SentenceSyntax, at: number): { subject: Subject; verb: number } | undefined {
  for (let j = at - 1; j >= Math.max(0, at - 1 - LIGHT_OBJECT_WORDS); j--) {
    if (syn.tags.pos[j] !== 'VERB') continue;
    return ctx.knowledge.lexicon.syntax.lightVerbs.has(syn.tags.lemma(j)) ? purposeClause(ctx, syn, j) : undefined;
  }
  return undefined;
}

/** How many sentences on the pair of the last meeting or call may be "the two leaders". */
const RECENT_PAIR_REACH = 2;

/** "joined the talks", "joined the meeting": a joining verb and a definite article open the trigger's words. */
function joinsTalks(ctx: EventContext, sentence: Sentence, e: EventCandidate): boolean {
  const at = tokenAt(sentence.tokens, e.trigger.start);
  return at >= 0 && ctx.knowledge.lexicon.syntax.joiningVerbs.has(sentence.keys[at]!) && DEFINITE.has(sentence.keys[at + 1] ?? '');
}

/** Prepositions that open a sentence on talks told before: "During the call", "At the meeting" (not "After the talks"). */
const ON_TALKS: ReadonlySet<string> = new Set(['during', 'at', 'in']);

/**
 * The sentence opens on talks told before: a preposition, a definite article and a meeting's or call's noun, with no
 * date of its own in the phrase ("During the call, ..."; not "During his talks with X on May 27, ...", which tells
 * the talks).
 */
export function opensOnTalks(ctx: EventContext, sentence: Sentence): boolean {
  const { tokens, keys } = sentence;
  if (!ON_TALKS.has(keys[0] ?? '') || !DEFINITE.has(keys[1] ?? '')) return false;
  if (!ctx.knowledge.lexicon.events.matchesAt(tokens, keys, 2).some((m) => (m.type === 'meeting' || m.type === 'phone_call') && !m.negative)) return false;
  const comma = keys.indexOf(',');
  return comma > 0 && !mayHoldADate(ctx.article.text.slice(sentence.start, tokens[comma]!.start));
}

/** A paragraph ends between sentences `from` and `to`. */
function paragraphBreak(ctx: EventContext, from: number, to: number): boolean {
  return ctx.article.text.slice(ctx.sentences[from]!.end, ctx.sentences[to]!.start).includes('\n');
}

/** How many lower-case words may stand between a condemnation's verb and the agreement it names ("the new defence"). */
const AGREEMENT_OBJECT_WORDS = 4;

/** The agreement a condemnation's verb takes as its object ("criticised the pact", "denounced the new X Treaty"), if any. */
function agreementCondemned(ctx: EventContext, e: EventCandidate): EntityKey | undefined {
  if (e.voice === 'noun') return undefined;
  const tokens = ctx.sentences[e.sentence]!.tokens;
  const after = tokenFrom(tokens, e.trigger.end);
  if (after < 0) return undefined;
  const agreement = inSentence(ctx.mentions, e.sentence).find((m) => m.span.start >= tokens[after]!.start);
  if (agreement?.kind !== 'agreement' || agreement.candidates.length !== 1) return undefined;
  const first = tokenAt(tokens, agreement.span.start);
  const between = tokens.slice(after, first);
  return between.length <= AGREEMENT_OBJECT_WORDS && between.every((t) => t.kind === 'word' && !t.capitalised) ? agreement.candidates[0] : undefined;
}

/** Whether one of `parties` is a person who speaks for `state` (holds office there on the article's day). */
function speaksFor(ctx: EventContext, parties: readonly EntityKey[], state: EntityKey): boolean {
  return parties.some((p) => p.startsWith('leader/') && stateOf(ctx, p) === state);
}

/** Whether one of `parties` (a state, or a person through their state) is a member of `bloc`, or holds its office, on the article's day. */
function belongsTo(ctx: EventContext, parties: readonly EntityKey[], bloc: EntityKey): boolean {
  if (!bloc.startsWith('bloc/')) return false;
  const members = new Set(ctx.knowledge.gazetteer.membersOf(bloc, ctx.on).map((m) => m.member));
  // A bloc's own office holder ("the EU's foreign policy chief") speaks for it as a member state does.
  return parties.some((p) => {
    const own = p.startsWith('leader/') ? stateOf(ctx, p) ?? p : p;
    return own === bloc || members.has(own);
  });
}

/** How far (tokens) a relative pronoun may stand before its verb, and its antecedent's head before it. */
const RELATIVE_REACH = 12;

/** How many words may stand between an event noun and its possessor ("X's [full and unconditional] support"). */
const NOUN_MODIFIERS = 4;
/** How many words may describe an act condemned before its noun: "the [ongoing combined air] drills". */
const ACT_MODIFIERS = 3;
/** Tags of words that end a noun phrase's modifiers: a preposition, a verb, a pronoun ("X's bid to Y after talks"). */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(['ADP', 'VERB', 'AUX', 'SCONJ', 'PART', 'PRON', 'DET']);

/**
 * "Norway announced its recognition of X": an event noun a possessive pronoun opens, right after a verb (one that
 * reports speech opens a clause of its own), is that verb's subject's.
 */
function ownersSubject(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  const { tokens } = syn.sentence;
  let p = at - 1;
  while (p > 0 && at - p <= NOUN_MODIFIERS && tokens[p]!.kind === 'word' && !ctx.knowledge.lexicon.grammar.possessives.has(tokens[p]!.norm)) p--;
  return p > 0 && ctx.knowledge.lexicon.grammar.possessives.has(tokens[p]!.norm) && syn.tags.pos[p - 1] === 'VERB' ? subjectOf(ctx, syn, p - 1) : undefined;
}

/**
 * "Leaders across Europe congratulated X on Monday, including A and B": a subject noun that names no party has its
 * members listed after the verb's object; a directed event's only.
 */
function introducedSubjects(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, at: number): Participant[] {
  if (SYMMETRIC.has(e.type)) return [];
  const keys = syn.sentence.keys;
  // The introducer follows a comma: "..., including A and B", within reach of the verb (a run-on sentence stays linear).
  for (let n = lastGroupBefore(syn, at) + 1; n < syn.groups.length && syn.groups[n]!.first <= at + INTRODUCED_REACH; n++) {
    const g = syn.groups[n]!;
    if (g.first > at && keys[introducerEndingAt(ctx.knowledge.lexicon, keys, g.first - 1) - 1] === ',') return g.members.filter((p) => p.kind !== 'demonym');
  }
  return [];
}

/** How far after its verb the list introducing a subject's members may start ("congratulated X on Monday, including A"). */
const INTRODUCED_REACH = 40;

const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!']);

/** Pronouns that stand for an act named before ("condemned it", "called them barbaric"). */
const ACT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);

/** "rejected any measures", "its rejection of any attempts": a quantifier among the trigger's words or opening its object. */
function anyAuthor(ctx: EventContext, e: EventCandidate): boolean {
  const { quantifiers } = ctx.knowledge.lexicon.grammar;
  const tokens = ctx.sentences[e.sentence]!.tokens;
  const at = tokenAt(tokens, e.trigger.start);
  for (let j = at + 1; j < tokens.length && tokens[j]!.end <= e.trigger.end; j++) if (quantifiers.has(tokens[j]!.norm)) return true;
  let i = tokenFrom(tokens, e.trigger.end);
  if (i >= 0 && tokens[i]!.norm === 'of') i++;
  return i >= 0 && quantifiers.has(tokens[i]!.norm);
}

/** "condemned the strikes", "criticised the move": the object is an action, not a party. */
function namesAnAction(ctx: EventContext, e: EventCandidate): boolean {
  const { grammar, actionNouns } = ctx.knowledge.lexicon;
  const tokens = ctx.sentences[e.sentence]!.tokens;
  const at = tokenAt(tokens, e.trigger.start);
  // "called the strike barbaric": a gapped trigger holds the act; "condemned it" or "them": the acts named before. A party
  // named before the act in the trigger is its object: "blamed Russia for the attack".
  const party = (from: number, to: number): boolean => inSentence(ctx.mentions, e.sentence)
    .some((m) => m.kind !== 'agreement' && m.kind !== 'role' && m.via !== 'demonym' && m.span.start >= from && m.span.end <= to);
  // "rejected any measures that undermine X": an act of any author names none.
  for (let j = at + 1; j < tokens.length && tokens[j]!.end <= e.trigger.end; j++) {
    if (grammar.quantifiers.has(tokens[j]!.norm)) return false;
    // 'called it "unacceptable"': the gap's pronoun stands for the acts named before.
    if (j === at + 1 && ACT_PRONOUNS.has(tokens[j]!.norm)) return true;
    if (actionNouns.has(tokens[j]!.norm)) return !party(tokens[at]!.end, tokens[j]!.start);
  }
  let i = tokenFrom(tokens, e.trigger.end);
  // 'said they "condemn" the decision': a quotation of the verb alone closes before its object.
  if (i >= 0 && mayCloseQuotation(tokens[i]!.text)) i = i + 1 < tokens.length ? i + 1 : -1;
  i = mannerPhraseEnd(ctx, tokens, i);
  // "condemned and rejected the announcement": a verb joined to the trigger shares its object.
  if (i >= 0 && tokens[i]!.norm === 'and' && tagsOf(ctx.article.text, ctx.sentences[e.sentence]!).pos[i + 1] === 'VERB') i += 2;
  if (i >= 0 && ACT_PRONOUNS.has(tokens[i]!.norm)) return true;
  // "A and B also voiced outrage.": a condemnation that ends its sentence, naming no party, condemns the acts named
  // before; "..., which X condemned." the one the relative pronoun stands for (below).
  const relative = tokens.slice(Math.max(0, at - RELATIVE_REACH), at).some((t) => grammar.relativePronouns.has(t.norm));
  // (A quotation mark may close the sentence after its stop: 'said: "This is unacceptable."'.)
  const ends = i < 0 || tokens.slice(i).every((t) => SENTENCE_END.has(t.norm) || isQuote(t.text)) && SENTENCE_END.has(tokens[i]!.norm);
  // A verb or noun followed by when, where or how only has no object either ("joined the condemnation on Tuesday"); a
  // noun told as new ("issued a condemnation on Tuesday") may be aimed at anything.
  const fresh = e.voice === 'noun' && grammar.indefinites.has(tokens[at - 1]?.norm ?? '');
  if ((ends || !fresh && adjunctsOnly(ctx, e.sentence, i, party)) && !relative && !party(e.trigger.start, e.trigger.end)) return true;
  // "expressed X's condemnation [and denunciation] of the strikes": the noun's "of" names what is condemned.
  if (i >= 0 && tokens[i]!.norm === 'and' && tokens[i + 2]?.norm === 'of') i += 2;
  if (i >= 0 && tokens[i]!.norm === 'of') i++;
  // "denounced what it called a massacre": the act is named after the speaker's naming verb.
  if (i >= 0 && tokens[i]!.norm === 'what') i = namedActAt(ctx, ctx.sentences[e.sentence]!.keys, i + 1);
  if (i >= 0 && grammar.quantifiers.has(tokens[i]!.norm)) return false;
  if (i >= 0 && grammar.determiners.has(tokens[i]!.norm)) i++;
  const object = i;
  // A few modifiers, quoted or not: "the unprovoked missile strikes", "the 'cowardly' strike", "the ongoing combined
  // air drills".
  for (let n = 0; n <= ACT_MODIFIERS && i >= 0 && i < tokens.length; i++) {
    if (actionNouns.has(tokens[i]!.norm)) return true;
    if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'number') n++;
  }
  if (object >= 0 && actNamedAs(ctx, ctx.sentences[e.sentence]!, object)) return true;
  if (actBeforePassive(ctx, e)) return true;
  // "the strike on X in Y on Monday, which A and B condemned": the relative pronoun's antecedent is the act.
  for (let r = at - 1; r >= Math.max(0, at - RELATIVE_REACH); r--) {
    if (!grammar.relativePronouns.has(tokens[r]!.norm)) continue;
    for (let j = r - 1; j >= Math.max(0, r - RELATIVE_REACH); j--) if (actionNouns.has(tokens[j]!.norm)) return true;
    return false;
  }
  return false;
}

/**
 * The author of the clause a relative pronoun sums up ("X fired missiles at Z, which Y condemned"), unless the pronoun
 * follows an act whose author is told apart ("cope with Western sanctions, which he called unjust").
 */
function summarisedActor(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const { start } = clauseStart(ctx, syn, at);
  const before = syn.sentence.keys[start - 2] === ',' ? start - 3 : start - 2;
  return authoredActAt(ctx, syn.sentence.index, before) ? undefined : actorOfSummarisedClause(ctx, syn, at);
}

/** How far after its object's first word "as" may name what the object was: "denounced [the collapse of two bridges] as". */
const AS_REACH = 8;
/** How many modifiers may stand between "as" and the act it names: "as [deliberate terrorist] acts". */
const AS_MODIFIERS = 3;

/**
 * "denounced the collapse of two bridges as terrorist acts carried out by X": the object is called an act after "as"
 * (a few modifiers before its noun), within the clause.
 */
function actNamedAs(ctx: EventContext, sentence: Sentence, object: number): boolean {
  const { tokens } = sentence;
  const pos = tagsOf(ctx.article.text, sentence).pos;
  for (let j = object; j < Math.min(tokens.length, object + AS_REACH); j++) {
    const k = tokens[j]!.norm;
    if (k === ',' || k === ';' || pos[j] === 'VERB' || pos[j] === 'AUX') return false;
    if (k !== 'as') continue;
    for (let n = j + 1; n <= j + 1 + AS_MODIFIERS && n < tokens.length; n++) {
      if (ctx.knowledge.lexicon.actionNouns.has(tokens[n]!.norm)) return true;
      if (pos[n] === 'VERB' || pos[n] === 'ADP') return false;
    }
    return false;
  }
  return false;
}

/**
 * "condemned the storming of the Swedish embassy", "the killing of Somali soldiers": a party after the "of" of a
 * gerund outside the trigger's own words is what an act was done to, not its author.
 */
function actedUpon(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, first: number): boolean {
  const lex = ctx.knowledge.lexicon;
  const of = beforeDeterminers(lex, syn.sentence.keys, first);
  const head = syn.sentence.tokens[of - 1];
  if (head === undefined || head.start < e.trigger.end) return false;
  // "the aggression against X", "the attack on X": what an act is against or on is its victim.
  if (VICTIM_PREPOSITIONS.has(syn.sentence.keys[of]!)) return lex.actionNouns.has(head.norm);
  // "criticised Western military aid to X", "the sale of arms to X": who receives backing is not who gave it.
  if (RECIPIENT_PREPOSITIONS.has(syn.sentence.keys[of]!)) return backingBefore(ctx, syn, e, of);
  // A gerund's "of" names what was done ("the burning of"); another noun's may name who did it ("the presence of X").
  return syn.sentence.keys[of] === 'of' && head.norm.endsWith('ing') && !lex.authoredNouns.has(head.norm);
}

const VICTIM_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'on']);
const RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for']);
/** How many words before "to" the backing it completes may begin ("the [sale of arms] to X"). */
const BACKING_REACH = 4;

/** Whether a noun or words of backing, after the trigger, end at the preposition at `of` ("aid to", "the sale of arms to"). */
function backingBefore(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, of: number): boolean {
  const { tokens, keys } = syn.sentence;
  if (ctx.knowledge.lexicon.syntax.backingNouns.has(keys[of - 1]!)) return true;
  for (let j = of - 1; j >= Math.max(0, of - BACKING_REACH) && tokens[j]!.start >= e.trigger.end; j--) {
    if (ctx.knowledge.lexicon.events.matchesAt(tokens, keys, j).some((m) => m.type === 'support' && !m.negative && m.end >= of)) return true;
  }
  return false;
}

/** Prepositions after a noun that say what it is about ("the resolution on X", "a report about X"). */
const ABOUT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'regarding', 'concerning']);

/** "supported the resolution on X": the group at `first` after a preposition of topic that follows a noun naming no event. */
function topicOfThing(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, first: number): boolean {
  const lex = ctx.knowledge.lexicon;
  const about = beforeDeterminers(lex, syn.sentence.keys, first);
  const head = syn.sentence.tokens[about - 1];
  if (head === undefined || head.start < e.trigger.end || !ABOUT_PREPOSITIONS.has(syn.sentence.keys[about]!)) return false;
  return syn.tags.pos[about - 1] === 'NOUN' && !lex.actionNouns.has(head.norm) && !lex.events.isEventNoun(head.norm);
}

/** "[X]'s call for a ceasefire was backed": the possessor opening a passive's subject, no verb between it and the "be". */
function possessorBeforePassive(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const be = beFormBefore(ctx.knowledge.lexicon, syn.sentence.keys, syn.tags, at);
  if (be < 1) return undefined;
  const g = syn.groups.find((x) => x.possessor && !x.governor && x.end <= be && be - x.end <= ACT_SUBJECT_REACH);
  return g && !syn.tags.pos.slice(g.end, be).includes('VERB') && g.members.every((p) => p.kind !== 'demonym') ? g : undefined;
}

/** How far before a passive's form of "be" the act that is its subject may stand ("The [strikes by X on Y] were"). */
const ACT_SUBJECT_REACH = 12;

/**
 * "The strikes by X were condemned": a passive trigger whose clause opens with an act before its form of "be", or a
 * participle right after an act's noun ("X seized a ship, in a move condemned by Y").
 */
function actBeforePassive(ctx: EventContext, e: EventCandidate): boolean {
  const lex = ctx.knowledge.lexicon;
  const sentence = ctx.sentences[e.sentence]!;
  const { tokens, keys } = sentence;
  const at = tokenAt(tokens, e.trigger.start);
  if (at > 0 && lex.actionNouns.has(keys[at - 1]!)) return true;
  const be = beFormBefore(lex, keys, tagsOf(ctx.article.text, sentence), at);
  if (be < 1) return false;
  for (let i = be - 1; i >= Math.max(0, be - ACT_SUBJECT_REACH); i--) {
    if (lex.syntax.clausePunctuation.has(keys[i]!)) return false;
    if (lex.actionNouns.has(keys[i]!)) return true;
  }
  return false;
}

/** How many words may name the speaker between "what" and its naming verb ("what [the ministry] called"). */
const NAMER_REACH = 3;

/** "denounced what [it] called a massacre": the token after the naming verb, where the act's name starts; -1 when none. */
function namedActAt(ctx: EventContext, keys: readonly string[], from: number): number {
  for (let j = from; j <= from + NAMER_REACH && j < keys.length; j++) {
    const naming = ctx.knowledge.lexicon.syntax.namingPhrases.longestAt(keys, j);
    if (naming) return j + naming.length;
  }
  return -1;
}

/** "them", or "with each of them", "to both of them", right after a trigger. */
function themAfter(keys: readonly string[], i: number): boolean {
  if (keys[i] === 'them') return true;
  const j = keys[i] === 'with' || keys[i] === 'to' ? i + 1 : i;
  return (keys[j] === 'each' || keys[j] === 'both' || keys[j] === 'all') && keys[j + 1] === 'of' && keys[j + 2] === 'them';
}

/** How many words a phrase of manner may hold between "in" and its noun ("in the strongest possible terms"). */
const MANNER_REACH = 4;

/** Past a phrase of manner at `i` ("condemned [in the strongest terms] the coup"): where the object starts, else `i`. */
/** Words that open a time, place, channel or occasion after a verb, never its object ("protested through diplomatic channels", "late on Tuesday"). */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'through', 'via', 'during', 'late', 'early', 'earlier', 'later']);
/** Parts of speech a time, place or channel phrase holds after its preposition ("on Thursday", "through its embassy"). */
const ADJUNCT_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'ADV']);

/**
 * "X protested on Thursday through its embassy, ...": from token `i` to the clause's comma or the sentence's end,
 * adverbs and phrases of time, place or channel only, naming no party: the verb has no object of its own.
 */
function adjunctsOnly(ctx: EventContext, sentence: number, i: number, party: (from: number, to: number) => boolean): boolean {
  const { tokens } = ctx.sentences[sentence]!;
  const pos = tagsOf(ctx.article.text, ctx.sentences[sentence]!).pos;
  if (i < 0 || !(ADJUNCT_PREPOSITIONS.has(tokens[i]!.norm) || pos[i] === 'ADV')) return false;
  let j = i;
  let inPhrase = false;
  for (; j < tokens.length && tokens[j]!.norm !== ',' && !SENTENCE_END.has(tokens[j]!.norm); j++) {
    if (ctx.knowledge.lexicon.actionNouns.has(tokens[j]!.norm)) return false;
    if (ADJUNCT_PREPOSITIONS.has(tokens[j]!.norm) || pos[j] === 'ADV') inPhrase ||= pos[j] !== 'ADV';
    else if (!inPhrase || !ADJUNCT_TAGS.has(pos[j]!)) return false;
  }
  return !party(tokens[i]!.start, tokens[j - 1]!.end);
}

/** 'condemned "in the most energetic terms"', "with the utmost firmness": the token after a phrase of manner at `i`, quoted or not, else `i`. */
function mannerPhraseEnd(ctx: EventContext, tokens: readonly Token[], i: number): number {
  if (i < 0) return i;
  const at = isQuote(tokens[i]!.text) ? i + 1 : i;
  if (tokens[at]?.norm !== 'in' && tokens[at]?.norm !== 'with') return i;
  for (let j = at + 1; j < tokens.length && j <= at + MANNER_REACH + 1; j++) {
    if (!ctx.knowledge.lexicon.grammar.mannerNouns.has(tokens[j]!.norm)) continue;
    // (A quotation of the phrase alone closes after it.)
    const end = j + 1 + (isQuote(tokens[j + 1]?.text ?? '') ? 1 : 0);
    return end < tokens.length ? end : i;
  }
  return i;
}

/** "each other", "one another", right after a trigger or its preposition; their possessive ("each other's stand") only when `held`. */
function eachOtherAfter(keys: readonly string[], after: number, held: boolean): boolean {
  if (after < 0) return false;
  const j = keys[after] === 'for' || keys[after] === 'to' || keys[after] === 'with' || keys[after] === 'of' ? after + 1 : after;
  const pair = keys[j] === 'each' && keys[j + 1] === 'other' || keys[j] === 'one' && keys[j + 1] === 'another';
  return pair && (held || keys[j + 2] !== "'");
}

/** "A and B exchanged greetings": each with the other; "A exchanged greetings with B and C": A with each, both ways. */
function reciprocalPairs(sources: readonly EntityKey[], targets: readonly EntityKey[]): [EntityKey, EntityKey][] {
  const others = (s: EntityKey): readonly EntityKey[] => (targets.length > 0 ? targets : sources).filter((t) => t !== s);
  return sources.flatMap((s) => others(s).flatMap((t): [EntityKey, EntityKey][] => (targets.length > 0 ? [[s, t], [t, s]] : [[s, t]])));
}

/** How many words before a trigger a distributive may stand ("A and B [both] telephoned him", "each separately met"). */
const DISTRIBUTIVE_REACH = 2;

/**
 * "A and B both telephoned him": a distributive right before the trigger makes its subjects act one by one; so does a
 * call told by its infinitive of purpose ("A and B telephoned him to express ..."), whose pairs are the call verb's.
 */
function distributive(ctx: EventContext, e: EventCandidate): boolean {
  const { tokens, keys } = ctx.sentences[e.sentence]!;
  const at = tokenAt(tokens, e.trigger.start);
  if (e.type === 'phone_call' && keys[at - 1] === ctx.knowledge.lexicon.infinitive) return true;
  return keys.slice(Math.max(0, at - DISTRIBUTIVE_REACH), at).some((k) => ctx.knowledge.lexicon.grammar.distributives.has(k));
}

function pairsOf(e: EventCandidate, sources: readonly EntityKey[], targets: readonly EntityKey[], oneByOne = false): [EntityKey, EntityKey][] {
  const pairs: [EntityKey, EntityKey][] = [];
  // "X and Y met": the group's members pair up; a transitive verb ("hosted") needs its object. "X and Y spoke
  // with Z": each pair of the three, as in a three-way call; "X and Y both called Z" only each of them with Z, and
  // "X and Y received Z" too: hosts receive their guest, not each other.
  if (SYMMETRIC.has(e.type) && (targets.length === 0 || sources.length >= 2 && !oneByOne && e.voice !== 'transitive')) {
    // "A and B in separate meetings": one by one with someone else, not with each other.
    if (e.voice === 'transitive' && targets.length === 0 || oneByOne && e.voice === 'noun') return [];
    // A position agreed among more than two ("the leaders agreed that the next summit ...") is a summit's, not a pair's,
    // unless a few parties named one by one say it together (see `bind`).
    if (e.type === 'shared_stance' && sources.length > (e.jointSubject ? JOINT_TALKS_PARTIES : 2)) return [];
    // More than four meeting together is a summit: no pair met (GOLD_FORMAT's joint talks); "X met A, B, C, D and E"
    // still meets each.
    const parties = new Set([...sources, ...targets]);
    const people = [...parties].filter((k) => k.startsWith('leader/')).length;
    if (e.type === 'meeting' && sources.length >= 2 && (people || parties.size) > JOINT_TALKS_PARTIES) return [];
    for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) pairs.push([sources[i]!, sources[j]!]);
  }
  for (const s of sources) for (const t of targets) if (s !== t) pairs.push([s, t]);
  return pairs;
}

function bind(
  ctx: EventContext, e: EventCandidate, sentence: Sentence, all: readonly Participant[], frame: Frame,
): Binding | undefined {
  const tokens = sentence.tokens;
  const at = tokenAt(tokens, e.trigger.start);
  const after = tokenFrom(tokens, e.trigger.end);
  const grammar = ctx.knowledge.lexicon.grammar;
  const near = participantsNear(all, e.trigger);
  // A subject is looked for after the last boundary before the trigger: "Putin said that his country and Iran share ...".
  let boundary = at - 1;
  while (boundary >= 0 && tokens[boundary]!.start >= e.trigger.start - 2 * ARGUMENT_REACH && !grammar.subjectBoundaries.has(tokens[boundary]!.norm)) boundary--;
  if (boundary >= 0 && !grammar.subjectBoundaries.has(tokens[boundary]!.norm)) boundary = -1;
  const allLeft = near.filter((p) => p.span.end <= e.trigger.start);
  const inClause = boundary < 0 ? allLeft : allLeft.filter((p) => p.span.start >= tokens[boundary]!.end);
  const left = inClause.length > 0 ? inClause : allLeft;
  // A gapped trigger holds its object: "held [the Israeli occupation authorities] responsible", "spoke
  // [with Putin] by telephone" — but not a possessor: "reaffirmed [Kazakhstan's] adherence to", unless a condemnation
  // or a congratulation or a judgement names what it possesses: "summoned [Iran's] ambassador", "hailed [X's] election
  // victory", "welcomed [X's] decision".
  const possessive = (p: Participant): boolean => ctx.article.text.slice(p.span.end, p.span.end + 2).replace('\u2019', "'") === "'s";
  // A party that owns the event's noun is not its object: "conveyed [the Kingdom's] condemnation" is the sender's, and
  // so, a demonym right before the noun, is "pledging [British] support".
  const ownedNoun = (p: Participant): boolean => p.kind === 'demonym' && ctx.knowledge.lexicon.events.isEventNoun(tokens[tokenFrom(tokens, p.span.end)]?.norm ?? '');
  const ownsEventNoun = (p: Participant): boolean => possessive(p) && ctx.knowledge.lexicon.events.isEventNoun(tokens[tokenFrom(tokens, p.span.end) + 2]?.norm ?? '') || ownedNoun(p);
  const inWords = near.filter((p) => p.span.start >= e.trigger.start && p.span.end <= e.trigger.end && p.span.start > tokens[at]!.end && (!possessive(p) || e.type === 'condemnation' || e.type === 'congratulation' || e.completed === true)
    && !ownedNoun(p));
  // "summoned Russian Ambassador X", "declared Mexican Ambassador Y persona non grata": a condemnation of an envoy the
  // trigger's words name, the name inside them or right after, rebukes the state that sent them.
  const overlapping = e.type === 'condemnation' ? near.filter((p) => p.span.start > tokens[at]!.end && p.span.start < e.trigger.end && p.span.end > e.trigger.end) : [];
  const inside = e.type === 'condemnation' ? [...inWords.map((p) => envoysState(ctx, e, p) ?? p), ...overlapping.flatMap((p) => envoysState(ctx, e, p) ?? [])] : inWords;
  const right = [...inside, ...near.filter((p) => p.span.start >= e.trigger.end)];
  if (e.voice === 'evaluative') return evaluation(ctx, e, sentence, all, at, allLeft, right);
  if (retoldTalks(ctx, e, sentence, at, after)) return undefined;
  // "conveyed the congratulations of A to B", "expressed the support of A for B": the sender is the one after "of".
  const conveyed = senderAfterOf(ctx, e, sentence, all, at, after) ?? possessorSender(ctx, e, sentence, all, at, after);
  if (conveyed) return conveyed;
  const thankedFor = thankedForDoing(ctx, e, syntaxOf(ctx, sentence, all), at, after);
  if (thankedFor) return thankedFor;
  // "the meeting of the joint commission": an event of something else; "its condemnation of X's strikes" judges X's
  // act, and a noun that takes its party after "of" has it there ("its recognition of X").
  const witnessed = e.type === 'signed' && e.voice === 'noun' && witnessingBefore(ctx, sentence.keys, at);
  // "The leaders welcomed the signing of": a signing its subject had no part in, without being there.
  const watched = witnessed || e.type === 'signed' && e.voice === 'noun' && welcomingBefore(ctx, sentence.keys, at);
  // "the signing of the treaty by A and B": the signers after "by", the agreement after "of".
  if (e.type === 'signed' && e.voice === 'noun' && !watched && tokens[after]?.norm === 'of') {
    const agents = members(governedInClause(ctx, syntaxOf(ctx, sentence, all), after + 1, 'by'));
    if (agents.length > 0) return signing(ctx, e, sentence, agents, 'after', [], near);
  }
  // "a meeting of A and B", "a meeting of the two presidents": its "of" names the parties as "between" does, when few
  // enough for joint talks (not "a meeting of the Security Council").
  const ofGroup = e.voice === 'noun' && e.type === 'meeting' && tokens[after]?.norm === 'of' ? objectAfter(ctx, syntaxOf(ctx, sentence, all), after, { prepositions: OF, bare: false, possessor: false }) : undefined;
  const ofParties = ofGroup ? keysOf(ofGroup.members).length : 0;
  const among = ofGroup && ofParties >= 2 && ofParties <= JOINT_TALKS_PARTIES ? ofGroup : undefined;
  // "thanked X for its support of Y's position" tells of X's support, whatever it is of.
  if (e.voice === 'noun' && tokens[after]?.norm === 'of' && e.type !== 'condemnation' && !watched && !among
    && !ctx.knowledge.lexicon.syntax.nounPrepositions.get(fold(ctx.article.text.slice(e.trigger.start, e.trigger.end)))?.has('of')
    && !((e.type === 'support' || e.type === 'congratulation') && gratitudeObject(ctx, syntaxOf(ctx, sentence, all), at))
    && !receivingBefore(ctx, syntaxOf(ctx, sentence, all), at, after)) return undefined;
  const before = tokens.slice(Math.max(0, at - 4), at).map((t) => t.norm);
  // "their meeting", "their first face-to-face talks": the two people named before, or those the phrase opening the
  // sentence leads to ("At their meeting on Monday, A and B agreed"), or the frame.
  if (e.voice === 'noun' && before.includes('their') && SYMMETRIC.has(e.type)) {
    const people = keysOf(left.filter((p) => p.tier === 0)).slice(-2);
    const opening = people.length < 2 ? subjectAfterOpeningPhrase(ctx, syntaxOf(ctx, sentence, all), at) : undefined;
    const led = keysOf(opening?.group.members.filter((p) => p.tier === 0) ?? []);
    // "During their meeting, A presented B with ...": one led person and the next person the clause names.
    const ledEnd = opening ? Math.max(...opening.group.members.map((p) => p.span.end)) : Infinity;
    const other = led.length === 1 ? right.find((p) => p.tier === 0 && p.kind === 'mention' && p.span.start >= ledEnd && !p.keys.includes(led[0]!))?.keys : undefined;
    const joined = other?.length === 1 ? [led[0]!, other[0]!] : [];
    // "Also on Thursday, following their talks, A and B signed": the two the clause after the phrase opens with.
    const clausePair = people.length < 2 && led.length < 2 && joined.length < 2 ? pairAfterPhrase(syntaxOf(ctx, sentence, all), at) : [];
    const pair = people.length === 2 ? people : led.length === 2 ? led : joined.length === 2 ? joined : clausePair.length === 2 ? clausePair : [...(frame.leaders ?? [])];
    return pair.length === 2 ? { subjects: pair, sources: pair, targets: [], span: cover([e.trigger, ...left.slice(-2).map((p) => p.span)]) } : undefined;
  }
  // Binding goes on in steps, each a function of its own: V8 compiles a function whole, and recompiles it whole each
  // time a new kind of array reaches it; binding in one function took over a second to compile, again and again.
  return bindSubjects(ctx, e, { sentence, all, tokens, at, after, grammar, near, left, inside, right, before, among, possessive, ownedNoun, ownsEventNoun, witnessed, watched });
}

/** Where `bind` found the trigger: its tokens, the parties around it and what the words before it tell. */
interface TriggerReading {
  readonly sentence: Sentence;
  readonly all: readonly Participant[];
  readonly tokens: readonly Token[];
  /** The trigger's first token, and the first after it. */
  readonly at: number;
  readonly after: number;
  readonly grammar: EventContext['knowledge']['lexicon']['grammar'];
  /** The parties within reach of the trigger; those before it, inside its words and after it. */
  readonly near: readonly Participant[];
  readonly left: readonly Participant[];
  readonly inside: readonly Participant[];
  readonly right: readonly Participant[];
  /** The keys of the few tokens before the trigger. */
  readonly before: readonly string[];
  /** "a meeting of A and B": the parties after its "of". */
  readonly among: Group | undefined;
  readonly possessive: (p: Participant) => boolean;
  readonly ownedNoun: (p: Participant) => boolean;
  readonly ownsEventNoun: (p: Participant) => boolean;
  /** A signing its subject only watched ("witnessed the signing of"), or only welcomed. */
  readonly witnessed: boolean;
  readonly watched: boolean;
}

/** The subjects of an event whose surroundings `bind` has read, and the binding they give. */
function bindSubjects(ctx: EventContext, e: EventCandidate, t: TriggerReading): Binding | undefined {
  const { sentence, all, tokens, at, after, grammar, near, left, before, possessive, witnessed, watched } = t;
  const syn = syntaxOf(ctx, sentence, all);
  // "Albanese's (first) visit to China", "X's full and unconditional support": the possessor of an event noun is its
  // subject, a few words between.
  const owning = e.voice === 'noun' ? syn.groups[lastGroupBefore(syn, at - 2)] : undefined;
  // Modifiers only: "Sweden's bid to parliament after talks with X" are no talks of Sweden's.
  const modifies = (j: number): boolean => tokens[j]!.kind === 'word' && !NOT_MODIFIERS.has(syn.tags.pos[j]!);
  const possessor = owning?.possessor && at - (owning.end + 2) <= NOUN_MODIFIERS && tokens.slice(owning.end + 2, at).every((_, j) => modifies(owning.end + 2 + j)) ? owning : undefined;
  const purpose = e.voice === 'noun' ? lightVerbPurpose(ctx, syn, at) : purposeClause(ctx, syn, at);
  // "U.S. support for Israel", "American backing": a state or bloc right before an event noun owns it as a possessor
  // does; a stance's noun, whatever governs the phrase they open ("with the latest U.S. arms sale"), and a meeting's
  // only when nothing does ("during the NATO summit" is the bloc's as its host).
  // An adjective names the target of a judgement ("condemned the Israeli aggression"), never a party one
  // meets or congratulates ("the Iranian new year", "talks with Lao Foreign Minister X").
  const judged = e.type === 'condemnation' || e.type === 'support';
  const adjacent = e.voice === 'noun' && !possessor ? syn.groups[lastGroupBefore(syn, at)] : undefined;
  const attributive = adjacent && adjacent.end === at && (!adjacent.governor || judged) && !adjacent.possessor && adjacent.members.every((p) => p.tier === 1)
    ? { ...adjacent, members: adjacent.members.map((p) => ({ ...p, kind: 'mention' as const })) } : undefined;
  // Thanks for one's support are read below, with the one who thanks.
  const ownedByObject = e.voice === 'noun' && !possessor && !attributive && !gratitudeObject(ctx, syn, at) ? objectOwningByPronoun(ctx, syn, at, modifies) : undefined;
  // "Russia condemned the arms deliveries to X", "warned against further support for X": backing a verb opposes is no
  // stance of the verb's subject; only its own author says whose it is ("the sale of arms to X by Y").
  if (e.type === 'support' && !possessor && !attributive && opposedObject(ctx, syn, at)) {
    const agent = members(governedInClause(ctx, syn, after, 'by'));
    const recipients = members(objectAfter(ctx, syn, after, objectPattern(ctx, syn, e, at, judged)));
    ctx.trace('syntax', () => `"${ctx.article.text.slice(e.trigger.start, e.trigger.end)}" is backing the clause's verb opposes: only its own author backs`, e.sentence);
    return agent.length > 0 && recipients.length > 0 ? { subjects: keysOf(agent), sources: keysOf(agent), targets: keysOf(recipients), span: cover([e.trigger, ...agent.map((p) => p.span), ...recipients.map((p) => p.span)]) } : undefined;
  }
  // "X, who telephoned Y on Sunday to congratulate him": the infinitive a contact verb serves is its subject's act, the
  // verb's object between them no subject of it.
  // So is the caller's, after "received a call from" (see `purposeClause`).
  const served = e.voice !== 'noun' && purpose && (ctx.knowledge.lexicon.purposeVerbs.has(sentence.keys[purpose.verb]!) || purpose.subject.group.governor === 'from') ? purpose.subject : undefined;
  const subject = possessor ? { group: possessor, via: 'possessor' as const } : attributive ? { group: attributive, via: 'possessor' as const }
    : ownedByObject ? { group: ownedByObject, via: 'possessor' as const }
    : served ?? (e.voice !== 'noun' ? decisionOwner(ctx, syn, at) : undefined) ?? quotedSpeaker(ctx, syn, at) ?? subjectOf(ctx, syn, at)
      ?? (e.voice === 'noun' ? subjectAfterOpeningPhrase(ctx, syn, at) ?? ownersSubject(ctx, syn, at) ?? purpose?.subject : subjectAfterOpeningParticiple(ctx, syn, at) ?? subjectAfterAmong(ctx, syn, at) ?? purpose?.subject ?? speakersAsThey(ctx, syn, at) ?? participleAfterComma(ctx, syn, at));
  ctx.trace('syntax', () => `${describeGroups(ctx, syn)}; "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}" has subject ${subject ? `${subject.group.members.map((m) => ctx.article.text.slice(m.span.start, m.span.end)).join(' + ')} (${subject.via})` : 'none'}`, e.sentence);
  // Where the clause reader finds no subject, the nearest party before the trigger stands in, unless a noun
  // that names no party is the verb's subject.
  const it = !subject && e.voice !== 'noun' ? subjectForIt(ctx, syn, at) : undefined;
  // ... nor for a noun the object of a verb whose subject is such a noun ("with governments sending messages of condolence").
  const verb = e.voice === 'noun' ? beforeDeterminers(ctx.knowledge.lexicon, sentence.keys, at) : at;
  // "the call made by A, B and C for talks": the agent of another noun is no stand-in for what that noun asks for.
  const askedBy = e.voice === 'noun' && sentence.keys[verb] === 'for' && governedBefore(syn, verb) === 'by';
  const read = subject ? subject.group.members.filter((p) => p.kind !== 'demonym')
    : it ?? (askedBy || verb >= 0 && (e.voice !== 'noun' || syn.tags.pos[verb] === 'VERB') && ownSubjectNoun(ctx, syn, verb) ? [] : subjectGroup(ctx, syn, left, e.trigger.start));
  const introduced = read.length === 0 && e.voice !== 'noun' ? introducedSubjects(ctx, syn, e, at) : read;
  // 'President X: "It is a pleasure to welcome Y"': on a transcript's line, a verb with no subject is the speaker's.
  const speaker = introduced.length === 0 && e.voice !== 'noun' && syn.quotation[at]! < 0 ? speakerOf(ctx, sentence)?.speaker : undefined;
  const stated = speaker ? [{ span: e.trigger, keys: [speaker], tier: 0 as const, kind: 'pronoun' as const }] : introduced;
  // "X spoke of Y. He hosted the Russian president": a pronoun subject is not the person its verb's object names
  // (that would be "himself"); it takes its next reading.
  const pronoun = stated.length === 1 && stated[0]!.kind === 'pronoun' && e.voice !== 'noun' ? stated[0]! : undefined;
  const selfObject = pronoun?.otherwise !== undefined
    && objectAfter(ctx, syn, at + 1, objectPattern(ctx, syn, e, at, judged))?.members.some((p) => p.kind === 'mention' && p.keys.length === 1 && pronoun.keys.includes(p.keys[0]!));
  // "France joined Britain and Germany in condemning the attack": those joined condemn it too.
  const joining = judged && e.voice !== 'noun' ? joinedIn(ctx, syn, at) : [];
  const subjects = [...(selfObject ? [{ ...pronoun!, keys: pronoun!.otherwise! }] : stated), ...joining];
  const subjectKeys = keysOf(subjects);
  // "A and B reaffirmed ...", "the two leaders stressed ...": the same position, held by each with each other. Only
  // the clause's own subject says so: a stand-in ("said the treaty would help the two countries, and stressed") does not.
  // Three or four parties named one by one ("A, B and C said in a joint statement") hold it pairwise too, and so do three
  // or four people a frame stands for ("the three leaders agreed"); a frame of states ("the three governments") or of
  // more holds a summit's position.
  const joint = subjectKeys.length === 2 || subjectKeys.length <= JOINT_TALKS_PARTIES && subjects.every((p) => p.kind === 'mention' || p.kind === 'demonym' || p.kind === 'frame' && p.tier === 0);
  if (e.jointSubject) return subject && joint && subjectKeys.length >= 2 ? { subjects: subjectKeys, sources: subjectKeys, targets: [], span: cover([e.trigger, ...subjects.map((p) => p.span)]) } : undefined;
  // "in a message addressed to X": a participle describing a written message tells of no meeting.
  if (e.type === 'meeting' && e.voice !== 'noun' && sentence.keys[at]!.endsWith('ed') && ctx.knowledge.lexicon.syntax.messageNouns.has(sentence.keys[at - 1] ?? '')) return undefined;
  // "was appalled by": a trigger that holds its own "by" is no passive, nor is a judgement of an act by its author
  // ("welcomed the decision by X").
  const ownBy = tokens[(after < 0 ? tokens.length : after) - 1]?.norm === 'by' || e.completed === true;
  // "X arrived on Friday, greeted at the airport by Y": a participle after a comma with an agent in its clause. Only
  // for meetings and calls, whose parties are people: "a conference, recognised by A and B" modifies the noun before.
  const afterComma = tokens[at - 1]?.norm === ',' && SYMMETRIC.has(e.type) && e.voice !== 'noun' && syn.tags.pos[at] === 'VERB';
  const participle = afterComma ? governedInClause(ctx, syn, at + 1, 'by') : undefined;
  // "exchanged greetings by telephone with X": "by" and a medium name no agent.
  const agentBy = tokens[after]?.norm === 'by' && ctx.knowledge.lexicon.spokenContact.remote.longestAt(syn.sentence.keys, after) === undefined;
  // "the Chile-Peru fisheries agreement, signed in Lima on March 3": a participle right after an agreement is passive.
  const reduced = e.type === 'signed' && e.voice !== 'noun' && tokens[at]!.norm.endsWith('ed') && agreementBefore(ctx, sentence, at);
  const passive = !ownBy && (e.voice === 'passive' || agentBy || participle !== undefined || reduced || e.voice !== 'noun' && isPassive(ctx, syn, at));
  if (passive) {
    const agents = members(participle ?? objectAfter(ctx, syn, at + 1, { prepositions: BY, bare: false, possessor: false }) ?? apposedAgent(syn, at + 1));
    // "A trade agreement between X and Y was signed on Monday", "an accord was signed between X and Y": without
    // agents, the parties the agreement's own words or a "between" after the verb name signed it.
    if (e.type === 'signed') return signing(ctx, e, sentence, agents.length > 0 ? agents : agreementParties(ctx, syn, e, at), 'before', subjectKeys, near);
    // "The strikes by X were condemned by A and B": an act condemned, its author found with the act.
    if (e.type === 'condemnation' && agents.length > 0 && actBeforePassive(ctx, e)) {
      return { subjects: [], sources: keysOf(agents), targets: [], span: cover([e.trigger, ...agents.map((p) => p.span)]) };
    }
    // "X's call for a ceasefire was backed by Y": what is backed is the possessor's.
    const owner = e.type === 'support' && agents.length > 0 ? possessorBeforePassive(ctx, syn, at) : undefined;
    if (owner) return { subjects: [], sources: keysOf(agents), targets: keysOf(owner.members), span: cover([e.trigger, ...agents.map((p) => p.span), ...owner.members.map((p) => p.span)]) };
    // "a forum hosted by X": the patient must be a party standing right before the verb, or, after an event
    // noun of the same type ("A and B held talks hosted by X"), the subject of that noun's clause.
    const patient = subjects[0];
    // Near, asides apart: "X, who was sworn in on Monday, was also received by Y".
    const patientFrom = patient ? tokenFrom(tokens, patient.span.end) : -1;
    // ... or, for a meeting or call, the subject of the clause a participle after a comma joins: "X arrived on
    // Friday, greeted by Y" (see `participle`).
    // ... or of the verb a passive is coordinated with: "X arrived in Y on Monday and was received by Z".
    // ... or the subject the clause reader gives a form of "be" before the verb: "X, the leader of the Y alliance, was
    // received by Z".
    const patientNear = patient && patientFrom >= 0 && ((afterComma || coordinatedPassive(ctx, syn, at)) && subject !== undefined
      || subject?.via === 'clause' && isPassive(ctx, syn, at)
      || syn.aside.slice(patientFrom, at).filter((aside, j) => !aside && tokens[patientFrom + j]!.norm !== ',').length <= 3);
    const ofEvent = subject !== undefined && at > 0 && ctx.knowledge.lexicon.events.matchesAt(tokens, sentence.keys, at - 1).some((m) => m.type === e.type && !m.negative);
    if (!patient || !(patientNear || ofEvent)) return undefined;
    return { subjects: subjectKeys, sources: keysOf(agents), targets: subjectKeys, span: cover([e.trigger, ...agents.map((p) => p.span), patient.span]) };
  }
  if (e.type === 'signed') {
    if (watched) {
      const signed = signing(ctx, e, sentence, watchedSigners(ctx, syn, e, at, subjects), 'after', subjectKeys, near);
      return signed && (witnessed ? { ...signed, witnesses: subjectKeys } : signed);
    }
    // "the pact that Putin signed": the agreement stands before the relative pronoun, as its antecedent; not in "X,
    // who signed the pact" nor "said that X signed the pact". A sentence's first word has no antecedent ("That on
    // 8 March A and B signed ...").
    const { opener, start } = clauseStart(ctx, syn, at);
    const relative = opener !== undefined && start > 1 && (grammar.relativePronouns.has(opener) || ctx.knowledge.lexicon.syntax.relativePronouns.has(opener))
      && agreementBefore(ctx, sentence, start - 1, true);
    const signed = signing(ctx, e, sentence, subjects, relative ? 'before' : 'after', subjectKeys, near);
    // "The agreement Ghana and Togo signed in 2019 came into force": a relative clause without its pronoun, the
    // agreement right before its subject.
    const first = subjects.length > 0 ? tokenFrom(tokens, Math.min(...subjects.map((p) => p.span.start))) : -1;
    const reduced = !relative && signed?.targets.length === 0 && first > 0 && sentence.keys[first - 1] !== ',' && agreementBefore(ctx, sentence, first);
    return reduced ? signing(ctx, e, sentence, subjects, 'before', subjectKeys, near) : signed;
  }
  // "restated Brazil's backing for Argentina": a possessor the trigger's words hold before their noun owns the act,
  // whose object comes after the noun's preposition; without one, the possessor is the object ("expelled X's envoy").
  // A pronoun there is the subject's ("X met Y and reaffirmed his country's support for Z"), whoever it was read as.
  const holder = judged && e.voice !== 'noun'
    ? near.find((p) => p.span.start > e.trigger.start && p.span.end < e.trigger.end && possessive(p) && !(subjectKeys.length > 0 && ownedByPronoun(ctx, syn, p)) && ownsTriggerNoun(ctx, syn, e, p))
    : undefined;
  const held = holder ? members(objectAfter(ctx, syn, after, { ...objectPattern(ctx, syn, e, at, judged), bare: false })) : [];
  if (holder && held.length > 0) return { subjects: holder.keys, sources: holder.keys, targets: keysOf(held), span: cover([e.trigger, holder.span, ...held.map((p) => p.span)]) };
  // "The ministry expressed the Kingdom's condemnation of the strikes": with no party for a subject, the holder condemns
  // the act, whose author is found later.
  if (holder && subjects.length === 0 && e.type === 'condemnation' && namesAnAction(ctx, e)) return { subjects: holder.keys, sources: holder.keys, targets: [], span: cover([e.trigger, holder.span]) };
  return bindObjects(ctx, e, t, { syn, judged, subject, subjects, subjectKeys, purpose });
}

/** The subjects `bindSubjects` has read, and the clause it read them in. */
interface SubjectReading {
  readonly syn: SentenceSyntax;
  /** A condemnation or a stance: its object may be a demonym. */
  readonly judged: boolean;
  readonly subject: Subject | undefined;
  readonly subjects: readonly Participant[];
  readonly subjectKeys: readonly EntityKey[];
  readonly purpose: { readonly subject: Subject; readonly verb: number } | undefined;
}

/** The first person as an object: in a quotation, its speaker. */
const QUOTED_SELF: ReadonlySet<string> = new Set(['us', 'me']);

/** The preposition governing the group that ends right before token `at`, if any. */
function governedBefore(syn: SentenceSyntax, at: number): string | undefined {
  return syn.groups.find((g) => g.end === at)?.governor;
}

/** The objects of an event whose subjects `bind` has read, and the binding they give. */
function bindObjects(ctx: EventContext, e: EventCandidate, t: TriggerReading, r: SubjectReading): Binding | undefined {
  const { sentence, tokens, at, after, inside, right, ownedNoun, ownsEventNoun } = t;
  const { syn, judged, subject, subjects, subjectKeys, purpose } = r;
  const complement = judgedSpeechObject(ctx, syn, e, at);
  // "A exchanged greetings with B": a reciprocal verb takes its other party through "with"; with two subjects ("A and B
  // exchanged greetings to mark ... relations between X and Y") it acts between them, and needs no stand-in.
  const opening = sentence.keys.slice(Math.max(0, at - 2), at + 1);
  const exchanging = !SYMMETRIC.has(e.type) && opening.some((k) => ctx.knowledge.lexicon.syntax.reciprocalVerbs.has(k));
  // A verb's object is the others themselves ("congratulated each other"); "recognise each other's territorial
  // integrity" backs no one. An event noun's may be what they hold ("support for each other's stand").
  const mutual = !SYMMETRIC.has(e.type) && subjectKeys.length >= 2 && eachOtherAfter(sentence.keys, after, syn.tags.pos[after - 1] === 'NOUN');
  const own = objectPattern(ctx, syn, e, at, judged);
  const pattern = exchanging ? { ...own, prepositions: new Set([...own.prepositions, 'with']) } : own;
  // What a condemned act was done to is never its target (see `actedUpon`), nor is what a judged thing is about
  // ("supported the resolution on X").
  // Nor is either party of what holds between two backed ("praised the friendly relations between A and B"); a
  // condemnation of it condemns both ("condemned the military cooperation between A and B").
  const between = (first: number): boolean => syn.groups.some((g) => g.governor !== undefined && BETWEEN.has(g.governor) && g.first <= first && first <= g.end);
  const victim = (first: number): boolean => e.type === 'condemnation' && actedUpon(ctx, syn, e, first) || judged && topicOfThing(ctx, syn, e, first) || e.type === 'support' && between(first);
  // "condemned what he called X's aggression": the one naming the act is no object; the act's name follows the naming verb.
  const pastManner = mannerPhraseEnd(ctx, tokens, after);
  const named = judged && complement === undefined && tokens[pastManner]?.norm === 'what' ? namedActAt(ctx, sentence.keys, pastManner + 1) : -1;
  // "accused Hezbollah of attacking X": the one charged is no party, and no party named later stands in for it.
  if (!SYMMETRIC.has(e.type) && complement === undefined && named < 0 && nonPartyObjectAt(ctx, syn, after)) return undefined;
  // "rejected any measures aimed at annexing Palestinian land": an act of any author judges no one (unless "by" names one).
  if (e.type === 'condemnation' && anyAuthor(ctx, e) && !governedInClause(ctx, syn, after, 'by')) return undefined;
  // 'called it "unacceptable", Nigeria ...': a judgement whose object is a pronoun for an act takes no party after it.
  const actPronoun = e.type === 'condemnation' && complement === undefined && ACT_PRONOUNS.has(tokens[at + 1]?.norm ?? '');
  const direct = actPronoun ? undefined : objectAfter(ctx, syn, complement ?? (named > 0 ? named : at + 1), complement === undefined ? pattern : { ...pattern, bare: true });
  // '"X has stood with us," Y said': "us" or "me" right after the trigger in a quotation is its speaker.
  const quotedSelf = QUOTED_SELF.has(tokens[after]?.norm ?? '') && syn.quotation[after]! >= 0 ? quotedSpeaker(ctx, syn, after, true)?.group : undefined;
  // The speaker of a quotation is no object of a verb inside it ('"X condemns these shots," Y said'), "us" aside.
  const speaker = (g: Group): boolean => syn.quotation[at]! >= 0 && syn.quotation[g.first]! < 0 && quotedSpeaker(ctx, syn, at, true)?.group === g;
  const found = quotedSelf ?? (direct && !speaker(direct) && !victim(direct.first) && !direct.members.every(ownedNoun) ? direct : undefined)
    ?? objectOfRelative(ctx, syn, at) ?? (judged ? actorOfRelative(ctx, syn, at) ?? summarisedActor(ctx, syn, at) : undefined)
    ?? (e.voice === 'noun' && e.type === 'support' ? namedRecipient(ctx, syn, at) : undefined);
  // "X congratulated him": a pronoun object is never the subject itself (that would be "himself"), so it
  // takes its next reading when it has one.
  const reflexive = (p: Participant): boolean => p.kind === 'pronoun' && p.keys.some((k) => subjectKeys.includes(k));
  const reread = (p: Participant): Participant => (reflexive(p) && p.otherwise ? { ...p, keys: p.otherwise } : p);
  // Nor is the subject its own object: '"We condemn this aggression," X said' reaches X past the quotation.
  // "sent a message on behalf of the bloc": whom the sender speaks for is no addressee.
  const admissible = (p: Participant): boolean => (judged || p.kind !== 'demonym') && !reflexive(p) && (!e.personObject || p.tier === 0)
    && !(subjectKeys.length > 0 && p.keys.every((k) => subjectKeys.includes(k))) && !onBehalfOf(ctx.knowledge.lexicon.grammar.determiners, tokens, p);
  // "recognises X as an inalienable part of Y": what is backed is Y's claim to X.
  const claimant = e.type === 'support' && found ? claimantAfter(ctx, syn, found.end) : undefined;
  const foundGroups = claimant ? [claimant] : found ? [found, ...continuedObjects(ctx, syn, found)] : [];
  // "called X on Monday", not "called X a liar": the object must end its clause or go on with one of the followers.
  if (e.objectFollowers && !endsObject(syn, foundGroups.at(-1), e.objectFollowers)) return undefined;
  const foundObjects = foundGroups.flatMap((g) => g.members).map(reread).filter(admissible);
  // Only when the words agree: "He ... her" says the subject's pronoun was misread, not that someone else is meant.
  const gendered = (p: Participant): string => fold(ctx.article.text.slice(p.span.start, p.span.end)).replace(/^(?:him|his)$/, 'he').replace(/^her$/, 'she');
  const agreeing = (p: Participant): boolean => subjects.every((q) => q.kind !== 'pronoun' || gendered(q) === gendered(p));
  const selfReferred = foundObjects.length === 0 && foundGroups.some((g) => g.members.some((p) => reflexive(p) && !p.otherwise && agreeing(p)));
  // The nearest parties after the trigger stand in only within its clause ("which Russia recognised shortly before invading Ukraine").
  const end = predicateEnd(ctx, syn, at + 1);
  const limit = end < tokens.length ? tokens[end]!.start : Infinity;
  // A transitive verb's object is its own ("welcomed the decision by X" welcomed no one), and so is an act
  // condemned ("condemned the strike, with X saying ..."): no stand-in.
  const ownObject = e.voice === 'transitive' || e.type === 'condemnation' && namesAnAction(ctx, e) || exchanging && subjectKeys.length >= 2 || mutual;
  // A party inside the trigger's own words is its object ("summoned [Britain's] ambassador to protest the sanctions"),
  // unless it owns the event's noun (see `ownsEventNoun`).
  const within = foundObjects.length === 0 && e.voice !== 'noun' && !e.completed ? inside.filter((p) => !ownsEventNoun(p)).map(reread).filter(admissible) : [];
  const standIns = foundObjects.length > 0 ? foundObjects : within.length > 0 ? within : ownObject ? foundObjects
    : objectGroup(ctx, tokens, after, right.map(reread).filter((p) => admissible(p) && p.span.start < limit && !victim(tokenFrom(tokens, p.span.start))), e);
  // Without an object of its own, a participle after a comma acts on the object of the clause it follows ("X spoke to A
  // and B, conveying his greetings"), and an infinitive of purpose on the object of the verb whose subject it took.
  // An event noun's possessor speaks for the one who made the call ("telephoned Y to express the kingdom's solidarity").
  const carried = (): readonly Participant[] => (purpose && (subject?.group === purpose.subject.group || subject?.via === 'possessor') ? members(objectAfter(ctx, syn, purpose.verb + 1, { prepositions: OBJECT_PREPOSITIONS, bare: true, possessor: false })) : []);
  // "X received a call from Y, who offered his greetings", "X spoke with Y, who pledged support": the greetings or the
  // support go to the one who received the call or spoke.
  const receiver = (): readonly Participant[] => ((e.type === 'congratulation' || e.type === 'support') && subject?.via === 'relative' ? members(receiverFrom(ctx, syn, subject.group)) : []);
  // A call that an infinitive of purpose tells ("A and B telephoned him to express ...") is the call verb's, with its object.
  // Congratulations go to a named recipient of a giving verb only when no other reading gives them an addressee.
  const recipient = standIns.length === 0 && e.voice === 'noun' && e.type === 'congratulation' ? members(namedRecipient(ctx, syn, at)).filter(admissible) : [];
  const objects = standIns.length > 0 ? standIns : recipient.length > 0 ? recipient
    // A judgement's target is the author of what it judges, not the one the clause before it reached ("voiced
    // solidarity with A, saying that repression by B was a threat").
    : !SYMMETRIC.has(e.type) ? [...(e.type === 'condemnation' && e.completed ? [] : [...participleObject(syn, at, subject?.group), ...carried()]), ...receiver(), ...(subject?.via === 'quotation' ? members(speakerAddressee(ctx, syn, subject.group)) : [])].map(reread).filter(admissible)
      : e.type === 'phone_call' ? carried().map(reread).filter(admissible) : [];
  return bindingOf(ctx, e, t, r, { objects, foundObjects, exchanging, mutual, selfReferred });
}

/**
 * "sent Y a message of solidarity", "gave Y its full backing": the one a giving verb gives a stance to, when named ("sent
 * him a message" is left to the pronoun readings of an addressee unnamed). Congratulations keep the readings of an
 * addressee unnamed (see the run): read so, they gained an event in our corpora and lost one in the held-out check.
 */
function namedRecipient(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const recipient = recipientBefore(ctx, syn, at);
  return recipient?.members.some((p) => p.kind === 'mention') ? recipient : undefined;
}

/** The objects `bindObjects` has read, and how the subjects stand to them. */
interface ObjectReading {
  /** The objects, those the words give or the stand-ins for them. */
  readonly objects: Participant[];
  /** The objects the words give. */
  readonly foundObjects: readonly Participant[];
  /** A reciprocal verb ("exchanged greetings"), and subjects acting for each other. */
  readonly exchanging: boolean;
  readonly mutual: boolean;
  /** The object is a pronoun whose one reading is the subject. */
  readonly selfReferred: boolean;
}

/** The binding the subjects and objects read give, by the shape of the words around them. */
function bindingOf(ctx: EventContext, e: EventCandidate, t: TriggerReading, r: SubjectReading, o: ObjectReading): Binding | undefined {
  const { sentence, all, tokens, at, after, left, before, among, grammar } = t;
  const { syn, judged, subject, subjects, subjectKeys } = r;
  const { objects, foundObjects, exchanging, mutual, selfReferred } = o;
  // "called on X to withdraw": the object is asked to act, the verb reports no event. Its object stands right after
  // it: "called on Tuesday for talks with X" visited no one.
  if (e.request) {
    const first = foundObjects[0];
    // ... an honorific aside ("called on His Highness X").
    const gap = first ? tokens.slice(after, tokenFrom(tokens, first.span.start)).map((t) => t.norm) : [];
    const honorific = gap.length > 0 && ctx.knowledge.lexicon.honorifics.longestAt(gap, gap[0] === 'the' ? 1 : 0)?.length === gap.length - (gap[0] === 'the' ? 1 : 0);
    if (!first || !honorific && !/^\s*(?:the\s+)?$/i.test(ctx.article.text.slice(e.trigger.end, first.span.start))) return undefined;
    const objectEnd = tokenFrom(tokens, Math.max(...foundObjects.map((p) => p.span.end)));
    if (objectEnd >= 0 && tokens[objectEnd]!.norm === 'to' && opensClause(syn.tags, objectEnd + 1)) return undefined;
  }
  // "sent cables to A and B congratulating them", "calls with A and B, exchanging greetings with each of them": "them"
  // is the group named last before the verb.
  if (objects.length === 0 && themAfter(sentence.keys, after)) {
    const n = lastGroupBefore(syn, at);
    const group = n >= 0 && syn.groups[n]!.members.length >= 2 && syn.groups[n] !== subject?.group ? syn.groups[n]! : undefined;
    objects.push(...(group?.members ?? []).filter((p) => judged || p.kind !== 'demonym'));
  }
  // "switched its recognition from A to B": the stance leaves A for B, the one after "to"; A is no actor.
  if (e.voice === 'noun' && tokens[after]?.norm === 'from' && switchedBefore(ctx, sentence.keys, at)) {
    const gaining = members(governedInClause(ctx, syn, after + 1, 'to'));
    return gaining.length > 0 && subjectKeys.length > 0 ? { subjects: subjectKeys, sources: subjectKeys, targets: keysOf(gaining), span: cover([e.trigger, ...subjects.map((p) => p.span), ...gaining.map((p) => p.span)]) } : undefined;
  }
  // "drawing condemnation from South Korea": the ones after "from" act on the subject. Without a subject,
  // "from" may follow a verb of arrival: "Congratulations poured in from A and B" (the addressee is read later),
  // and "by" a passive one: "Messages of congratulation were sent by A and B".
  // "X received the support of Y", "X won the full backing of Y": after a receiving verb, the party after "of" gives it.
  const receivedOf = !SYMMETRIC.has(e.type) && subjectKeys.length > 0 && tokens[after]?.norm === 'of'
    && receivingBefore(ctx, syn, at, after)
    ? members(objectAfter(ctx, syn, after, { prepositions: OF, bare: false, possessor: false })) : [];
  if (receivedOf.length > 0) return { subjects: subjectKeys, sources: keysOf(receivedOf), targets: subjectKeys, span: cover([e.trigger, ...subjects.map((p) => p.span), ...receivedOf.map((p) => p.span)]) };
  // "X had Y's full backing": a possessor after a receiving verb gives the noun to that verb's subject.
  const holder = e.voice === 'noun' && !SYMMETRIC.has(e.type) && subject?.via === 'possessor' && ctx.knowledge.lexicon.syntax.receivingVerbs.has(sentence.keys[subject.group.first - 1] ?? '')
    ? subjectOf(ctx, syn, subject.group.first - 1)?.group : undefined;
  const backed = keysOf(members(holder)).filter((k) => !subjectKeys.includes(k));
  if (backed.length > 0) return { subjects: subjectKeys, sources: subjectKeys, targets: backed, span: cover([e.trigger, ...subjects.map((p) => p.span), ...members(holder).map((p) => p.span)]) };
  // "X received congratulations on Monday from Y": a receiving verb makes its subject the addressee.
  const received = subject !== undefined && objects.length === 0 && sentence.keys.slice(Math.max(0, at - 3), at).some((k) => ctx.knowledge.lexicon.syntax.receivingVerbs.has(k));
  const arriving = e.voice === 'noun' && (!subject || received) && tokens[after]?.norm !== 'from' ? governedInClause(ctx, syn, after, 'from') ?? passiveAgent(ctx, syn, after) ?? agentAfterOf(syn, after) : undefined;
  // "handed Y a message of congratulations on behalf of Z": Z sends it to Y, as "from Z" would say. With no one it was
  // handed to, the addressee is read as for any message unaddressed ("conveyed a message on behalf of X").
  const behalf = e.voice === 'noun' && BEHALF.every((k, j) => tokens[after + j]?.norm === k);
  const onBehalf = behalf && (governedInClause(ctx, syn, after, 'to') ?? recipientBefore(ctx, syn, at)) ? objectAfter(ctx, syn, after + BEHALF.length - 1, { prepositions: OF, bare: false, possessor: false }) : undefined;
  if (e.voice === 'noun' && (tokens[after]?.norm === 'from' || arriving || onBehalf) && !SYMMETRIC.has(e.type)) {
    const actors = members(onBehalf ?? arriving ?? objectAfter(ctx, syn, after, { prepositions: FROM, bare: false, possessor: false }));
    // "X fired a missile, prompting condemnation from Y": without a subject of its own (a party standing before it is
    // none), a condemnation the verb of X's clause brings on is aimed at X.
    const governing = e.type === 'condemnation' && subject === undefined ? keysOf(members(governingVerbSubject(ctx, syn, at)?.group).filter((p) => p.kind !== 'demonym')) : [];
    // "Condemnation poured in from A and B after X closed the border": the subject of the clause the condemnation followed.
    const provoker = governing.length > 0 || e.type !== 'condemnation' || subject !== undefined ? governing : causeSubject(ctx, syn, after);
    // "X conveyed greetings from A to B", "X handed B a message of support from A": the one after "to", or the one given
    // the message, is addressed; X only carried it.
    const carriedMessage = (tokens[after]?.norm === 'from' || onBehalf) && (e.type === 'congratulation' || e.type === 'support');
    const addressed = carriedMessage ? keysOf(members(governedInClause(ctx, syn, after + 1, 'to') ?? recipientBefore(ctx, syn, at))) : [];
    // "Support for Kyiv came from A and B": with no subject, the noun's own object is what it reaches.
    const reached = arriving && subjectKeys.length === 0 ? keysOf(objects).filter((k) => !keysOf(actors).includes(k)) : [];
    const targets = provoker.length > 0 ? provoker : addressed.length > 0 ? addressed : subjectKeys.length > 0 ? subjectKeys : reached;
    return actors.length > 0 ? { subjects: subjectKeys, sources: keysOf(actors), targets, span: cover([e.trigger, ...subjects.map((p) => p.span), ...actors.map((p) => p.span)]) } : undefined;
  }
  // "talks between the two sides", "a call was held on Monday between A and B": the parties are the ones after
  // "between", whoever hosted them.
  // A trigger the lexicon reads as a verb ("talks") is a noun when "between" follows it, or when it opens the sentence
  // ("Talks on Monday between A and B focused on trade").
  const opensSentence = at === 0 && e.voice !== 'noun';
  const between = (e.voice === 'noun' || tokens[after]?.norm === 'between' || opensSentence) && SYMMETRIC.has(e.type) && (objects.length === 0 || tokens[after]?.norm === 'between' || opensSentence)
    ? (tokens[after]?.norm === 'between' ? objectAfter(ctx, syn, after, { prepositions: BETWEEN, bare: false, possessor: false })
      : among ?? governedInClause(ctx, syn, after, 'between'))
    : undefined;
  if (between) {
    const parties = members(between);
    const keys = keysOf(parties);
    // "X hosted talks between A and B": the host held them too, when few enough for joint talks (GOLD_FORMAT).
    const hosts = hostedBy(ctx, syn, at) ? subjectKeys.filter((k) => k.startsWith('leader/') && !keys.includes(k)) : [];
    const all = hosts.length > 0 && hosts.length + keys.length <= JOINT_TALKS_PARTIES ? [...hosts, ...keys] : keys;
    return keys.length >= 2 ? { subjects: subjectKeys, sources: all, targets: [], span: cover([e.trigger, ...objects.map((p) => p.span)]) } : undefined;
  }
  // "thanked X for its support", "for his congratulations": X supported or congratulated the subject.
  if (e.voice === 'noun' && (e.type === 'support' || e.type === 'congratulation') && subject) {
    const thanked = gratitudeObject(ctx, syn, at);
    // The one who thanks is the verb's subject, not the noun's possessor ("thanked X for Y's support").
    const thanking = thanked && subject.via === 'possessor' ? subjectOf(ctx, syn, beforeDeterminers(ctx.knowledge.lexicon, syn.sentence.keys, thanked.first)) : undefined;
    const thanker = thanking ? keysOf(thanking.group.members) : subjectKeys;
    if (thanked) return { subjects: thanker, sources: keysOf(thanked.members), targets: thanker, span: cover([e.trigger, ...subjects.map((p) => p.span), ...thanked.members.map((p) => p.span)]) };
  }
  // "X's congratulations": X congratulated the sentence's subject, unless the noun names its addressee ("X's
  // congratulatory message to Y").
  const owner = before[before.length - 1] === 's' && before[before.length - 2] === "'" ? left[left.length - 1] : undefined;
  if (e.voice === 'noun' && owner && e.type === 'congratulation' && objects.length === 0) {
    const subject = left.find((p) => p.tier === 0 && p !== owner);
    return subject ? { subjects: subject.keys, sources: owner.keys, targets: subject.keys, span: cover([subject.span, e.trigger]) } : undefined;
  }
  // "X told Y that ..., in a phone call": a setting set off after the words told is the telling's, with its addressee.
  if (e.voice === 'noun' && objects.length === 0 && SYMMETRIC.has(e.type)) {
    const told = tellingInSetting(ctx, syn, at);
    if (told) return { subjects: told.teller, sources: told.teller, targets: told.addressee, span: e.trigger };
  }
  // "X congratulated Y in a telephone call": a call or meeting the clause's act took place in is with that act's object,
  // or its agent ("Y was congratulated by X in a call").
  if ((e.voice === 'noun' || syn.tags.pos[at] === 'NOUN') && objects.length === 0 && SYMMETRIC.has(e.type) && subject && setting(ctx, sentence.keys, at) && !namedEvent(ctx, tokens, at)) {
    let i = lastGroupBefore(syn, at);
    // The act's object, or its party after "by" or "with" ("exchanged views with A and B in two phone calls").
    const skipped = (g: Group): boolean => g.governor !== undefined && g.governor !== 'by' && g.governor !== 'with' || g.possessor;
    while (i >= 0 && syn.groups[i]!.first >= subject.group.end && skipped(syn.groups[i]!)) i--;
    // "X invited Y to visit Z, during a call": a person's call is with the person the clause names, not the place
    // a verb after them goes to.
    const person = (g: Group): boolean => g.members.some((p) => p.tier === 0);
    if (i >= 0 && subjects.some((p) => p.tier === 0) && !person(syn.groups[i]!)) {
      let j = i - 1;
      while (j >= 0 && syn.groups[j]!.first >= subject.group.end && (skipped(syn.groups[j]!) || !person(syn.groups[j]!))) j--;
      if (j >= 0 && syn.groups[j]!.first >= subject.group.end) i = j;
    }
    const object = i >= 0 && syn.groups[i]!.first >= subject.group.end ? syn.groups[i] : undefined;
    const keys = object ? keysOf(object.members).filter((k) => !subjectKeys.includes(k)) : [];
    if (keys.length > 0) return { subjects: subjectKeys, sources: subjectKeys, targets: keys, span: cover([e.trigger, ...subjects.map((p) => p.span), ...object!.members.map((p) => p.span)]) };
  }
  // "They agreed to meet at the G7 summit": a meeting noun where a plan or a refusal says the act would happen is
  // no meeting of its own.
  if (e.voice === 'noun' && objects.length === 0 && SYMMETRIC.has(e.type) && subject && subject.group.end <= at && plannedSetting(ctx, sentence, subject.group.end, at)) return undefined;
  // "the summit, held by A, B and C in Washington", "the virtual summit held by A and B": those who held it met or spoke.
  // With no subject, the one a relative clause names ("the talks A held with B": "with B" is read as the noun's).
  const holders = (e.type === 'meeting' || e.type === 'phone_call') && e.voice === 'noun' && (objects.length === 0 || subjectKeys.length === 0) ? heldByOrAtWhich(ctx, syn, after) : [];
  if (keysOf(holders).length >= 2) return { subjects: keysOf(holders), sources: keysOf(holders), targets: [], span: cover([e.trigger, ...holders.map((p) => p.span)]) };
  // "A and B joined C at the White House for a trilateral summit": the one joined for a meeting takes part in it.
  const joined = e.type === 'meeting' && e.voice === 'noun' && objects.length === 0 && subjectKeys.length > 0 ? joinedFor(ctx, syn, at) : [];
  if (joined.length > 0) {
    const sources = [...new Set([...subjectKeys, ...keysOf(joined)])];
    if (sources.length > subjectKeys.length) return { subjects: subjectKeys, sources, targets: [], span: cover([e.trigger, ...subjects.map((p) => p.span), ...joined.map((p) => p.span)]) };
  }
  // "A and B attended the summit": attending the same meeting is no meeting between them.
  if (e.voice === 'noun' && objects.length === 0 && SYMMETRIC.has(e.type) && sentence.keys.slice(Math.max(0, at - 4), at).some((k) => ctx.knowledge.lexicon.syntax.attendanceVerbs.has(k))) {
    return undefined;
  }
  // "X arrived for a bilateral meeting at Modi's residence": one whose residence or office a meeting is held in is its
  // other party.
  if (e.type === 'meeting' && objects.length === 0 && subjectKeys.length === 1) {
    const owner = venueOwner(ctx, syn, at + 1);
    const hosts = owner ? keysOf(owner.members).filter((k) => !subjectKeys.includes(k)) : [];
    if (hosts.length > 0) return { subjects: subjectKeys, sources: subjectKeys, targets: hosts, span: cover([e.trigger, ...subjects.map((p) => p.span), ...owner!.members.map((p) => p.span)]) };
  }
  // "A and B exchanged greetings", "A exchanged greetings with B": each acts on the other; so do two subjects whose act
  // is "for each other" ("reaffirmed their support for each other's positions").
  const reciprocal = exchanging && (objects.length > 0 || subjectKeys.length >= 2) || mutual && objects.length === 0;
  // '"We just had a very productive meeting"' on a transcript's line: its speaker and the other speaker.
  const line = e.voice === 'noun' && SYMMETRIC.has(e.type) && objects.length === 0 && subjects.length === 1 && subjects[0]!.kind === 'pronoun'
    && /^we$/i.test(ctx.article.text.slice(subjects[0]!.span.start, subjects[0]!.span.end)) ? speakerOf(ctx, sentence) : undefined;
  if (line?.addressee) return { subjects: [line.speaker, line.addressee], sources: [line.speaker, line.addressee], targets: [], span: cover([e.trigger, subjects[0]!.span]) };
  // A noun trigger with no party through "with" needs a group before it ("Xi and Putin ... informal talks"), or, for
  // congratulations, a subject who sends them ("A and B also sent messages of congratulation") or a speaker who offers
  // them in a quotation ('X wrote: "Heartiest congratulations on your victory"'): their addressee is read from the article,
  // as a condemnation's target is from the acts it names or those condemned before ("Y and Z issued statements of condemnation",
  // "X's condemnation of the shelling was swift").
  const sentCongratulation = subject !== undefined && subjectKeys.length > 0 && (e.type === 'congratulation' || e.type === 'condemnation' && (subject.via === 'possessor' || voicedBySubject(ctx, syn, at)));
  if (e.voice === 'noun' && objects.length === 0 && !sentCongratulation && !((SYMMETRIC.has(e.type) || reciprocal) && subjectKeys.length >= 2) && !before.some((w) => grammar.possessives.has(w))) {
    return undefined;
  }
  const spans = [e.trigger, ...subjects.map((p) => p.span), ...objects.map((p) => p.span)];
  // "a meeting that brought together A and B": the people gathered met one another, and the subject too when a person.
  // A format or a bloc that "brings together" states reports no meeting.
  const triggerWords = sentence.keys.slice(at, after < 0 ? undefined : after);
  if (e.type === 'meeting' && ctx.knowledge.lexicon.syntax.gatheringPhrases.has(triggerWords.join(' '))) {
    const gathered = keysOf(objects);
    // "a summit that brings together A and B" tells of a format or of a meeting still to come, none held.
    if (sentence.keys[at] === thirdPerson(syn.tags.lemma(at))) return undefined;
    // One person read after it is a list only half read ("A Tshilombo and ... B").
    if (gathered.length < 2 || !gathered.every((k) => k.startsWith('leader/'))) return undefined;
    const parties = [...new Set([...subjectKeys.filter((k) => k.startsWith('leader/')), ...gatheringHost(ctx, syn, at), ...gathered])];
    // Those gathered are the pair the article is about ("the two presidents"), not their host.
    return parties.length >= 2 && parties.length <= JOINT_TALKS_PARTIES ? { subjects: gathered, sources: parties, targets: [], span: cover(spans) } : undefined;
  }
  // "X hosted A and B for three-way talks": the guests held the talks with each other too (GOLD_FORMAT's joint talks);
  // so did the guests at one table ("had breakfast with A and B", "hosted a dinner for A and B"), four at most.
  const guests = keysOf(objects);
  const table = guests.length >= 2 && subjectKeys.length + guests.length <= JOINT_TALKS_PARTIES && triggerWords.some((k) => ctx.knowledge.lexicon.syntax.mealWords.has(k));
  if (e.type === 'meeting' && e.voice !== 'noun' && guests.length >= 2 && (table || jointTalksAfter(ctx, sentence, tokenFrom(tokens, objects[objects.length - 1]!.span.end)))) {
    return { subjects: subjectKeys, sources: [...new Set([...subjectKeys, ...guests])], targets: guests, span: cover(spans) };
  }
  // "X held a three-way call with A and B", "trilateral talks with A and B": each pair of the three (GOLD_FORMAT). A
  // transitive verb ("hosted a trilateral meeting with A and B") pairs with its guests as targets, as above.
  if (SYMMETRIC.has(e.type) && guests.length >= 2 && subjectKeys.length > 0 && multiparty(ctx, sentence, at, after)) {
    return { subjects: subjectKeys, sources: [...new Set([...subjectKeys, ...guests])], targets: e.voice === 'transitive' ? guests : [], span: cover(spans) };
  }
  // "lodged a complaint with the Security Council over the Iranian strikes": a complaint filed with a bloc is about the
  // act the clause names after "over" or "against", whose author is its target; the bloc only hears it.
  const heard = e.type === 'condemnation' && e.voice !== 'noun' && sentence.keys[after - 1] === 'with' && objects.length > 0 && objects.every((p) => p.keys.every((k) => k.startsWith('bloc/')))
    ? members(governedInClause(ctx, syn, after, 'over') ?? governedInClause(ctx, syn, after, 'against')) : [];
  if (heard.length > 0) return { subjects: subjectKeys, sources: subjectKeys, targets: keysOf(heard), span: cover([...spans, ...heard.map((p) => p.span)]) };
  const pronominal = objects.length > 0 && objects.every((p) => p.kind === 'pronoun');
  const referred = pronominal && objects.every((p) => !p.keys.some((k) => namedIn(all).has(k)));
  return {
    subjects: subjectKeys, sources: subjectKeys, targets: keysOf(objects), span: cover(spans),
    ...(reciprocal ? { reciprocal: true as const } : {}), ...(referred ? { referred: true as const } : {}), ...(pronominal ? { pronominal: true as const } : {}),
    ...(selfReferred && objects.length === 0 ? { selfReferred: true as const } : {}),
  };
}

/**
 * "X hosted a tripartite meeting that brought together A and B": the people who are the subject of the meeting verb
 * whose object the relative clause at `at` describes; none when the clause follows anything else.
 */
function gatheringHost(ctx: EventContext, syn: SentenceSyntax, at: number): string[] {
  if (!ctx.knowledge.lexicon.syntax.relativePronouns.has(syn.sentence.keys[at - 1] ?? '')) return [];
  const v = hostingVerb(ctx, syn, at - 2);
  return v < 0 ? [] : keysOf(members(subjectOf(ctx, syn, v)?.group)).filter((k) => k.startsWith('leader/'));
}

/** How many words may stand between "as" and a part noun ("as an inalienable and integral part of"). */
const PART_REACH = 5;

/** "X as an inalienable part of Y": the group after the "of" of a part noun after "as" at token `at`. */
function claimantAfter(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const keys = syn.sentence.keys;
  if (keys[at] !== 'as') return undefined;
  for (let i = at + 1; i <= at + PART_REACH && i < keys.length; i++) {
    if (!ctx.knowledge.lexicon.syntax.partNouns.has(keys[i]!)) continue;
    if (keys[i + 1] !== 'of') return undefined;
    return syn.groups.find((g) => g.governor === 'of' && g.first > i && g.first <= i + 3);
  }
  return undefined;
}

/** How many tokens may stand between a receiving verb and the one it received from ("received a call on Thursday from X"). */
const RECEIVED_REACH = 12;

/**
 * "X received a call from Y, who ...": the subject of the receiving verb whose "from" governs `source`; "X spoke with
 * Y, who ...": the subject of the verb whose "with" governs it.
 */
function receiverFrom(ctx: EventContext, syn: SentenceSyntax, source: Group): Group | undefined {
  if (source.governor !== 'from' && source.governor !== 'with') return undefined;
  const keys = syn.sentence.keys;
  for (let v = source.first - 2; v >= Math.max(0, source.first - RECEIVED_REACH); v--) {
    if (source.governor === 'from' ? ctx.knowledge.lexicon.syntax.receivingVerbs.has(keys[v]!) : syn.tags.pos[v] === 'VERB') return subjectOf(ctx, syn, v)?.group;
  }
  return undefined;
}

/** The agent of a passive verb after token `from`, within its clause: "(messages) were also sent by A and B". */
/** "... and was (later) received": a passive whose form of "be" follows "and", sharing the clause's subject. */
function coordinatedPassive(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  const be = beFormBefore(ctx.knowledge.lexicon, syn.sentence.keys, syn.tags, at);
  return be > 0 && syn.sentence.keys[be - 1] === 'and';
}

/** "the recognition of X by A, B and C": the group "by" governs right after the noun's "of" and its group. */
function agentAfterOf(syn: SentenceSyntax, after: number): Group | undefined {
  if (syn.sentence.keys[after] !== 'of') return undefined;
  const n = syn.groups.findIndex((g) => g.governor === 'of' && g.first > after);
  const object = syn.groups[n];
  const agent = syn.groups[n + 1];
  return object && agent?.governor === 'by' && syn.sentence.keys[object.end] === 'by' && agent.first <= object.end + 2 ? agent : undefined;
}

function passiveAgent(ctx: EventContext, syn: SentenceSyntax, from: number): Group | undefined {
  const agent = governedInClause(ctx, syn, from, 'by');
  // Its "by" stands before any determiner or possessor ("by North Korea's Kim Jong Un").
  const by = agent ? syn.sentence.keys.lastIndexOf('by', agent.first - 1) : -1;
  return by > from && isPassive(ctx, syn, by - 1) ? agent : undefined;
}

/** How far after a passive verb its "by" may stand, and how many words the noun after it may take before a comma. */
const AGENT_REACH = 6;
const AGENT_NOUN_WORDS = 3;

/** "was received at the palace by his predecessor, X": the person set in apposition to an agent no name gives. */
function apposedAgent(syn: SentenceSyntax, from: number): Group | undefined {
  const keys = syn.sentence.keys;
  const by = indexWithin(keys, 'by', from, AGENT_REACH);
  if (by < 0) return undefined;
  let comma = by + 1;
  while (comma < keys.length && comma - by <= AGENT_NOUN_WORDS + 1 && syn.sentence.tokens[comma]!.kind === 'word') comma++;
  if (keys[comma] !== ',' || comma === by + 1) return undefined;
  const n = lastGroupBefore(syn, comma);
  // Nothing the words after "by" name is a party: they only describe the one named after the comma.
  if (syn.groups[n] !== undefined && syn.groups[n]!.end > by) return undefined;
  const group = syn.groups[n + 1];
  return group && group.first === comma + 1 && !group.governor && group.members.every((p) => p.tier === 0) ? group : undefined;
}

/** How many leaders joint talks may have for each pair of them to have met (GOLD_FORMAT: a summit of at most four). */
export const JOINT_TALKS_PARTIES = 4;

/** ", held by A, B and C": the agents of "held" right after an event noun ending at token `after`. */
function heldBy(ctx: EventContext, syn: SentenceSyntax, after: number): readonly Participant[] {
  if (after < 0) return [];
  const keys = syn.sentence.keys;
  const at = keys[after] === ',' ? after + 1 : after;
  if (keys[at] !== 'held' || keys[at + 1] !== 'by') return [];
  const agents = governedInClause(ctx, syn, at + 1, 'by');
  return agents && agents.first === at + 2 ? agents.members.filter((p) => p.kind !== 'demonym') : [];
}

/** The people who held a meeting noun's talks: "held by A and B", else "at which A and B agreed", else "that A and B held". */
function heldByOrAtWhich(ctx: EventContext, syn: SentenceSyntax, after: number): readonly Participant[] {
  const held = heldBy(ctx, syn, after);
  if (held.length > 0) return held;
  const atWhich = heldAtWhich(ctx, syn, after);
  return atWhich.length > 0 ? atWhich : heldThat(ctx, syn, after);
}

/**
 * "the trilateral summit that A, B and C held in Belgrade", "the talks A and B held", "the meeting, which A and B held":
 * the people a relative clause right after a meeting noun has for its subject, before a verb that carries the noun
 * ("held", "had", "made"), took part in it, four at most; one person with the one the verb's "with" or "to" names ("the
 * talks A held with B", "the call A made to B").
 */
function heldThat(ctx: EventContext, syn: SentenceSyntax, after: number): readonly Participant[] {
  const { keys } = syn.sentence;
  if (after < 0) return [];
  // With its pronoun or without, set off by a comma or not.
  const comma = keys[after] === ',' ? 1 : 0;
  const pronoun = ctx.knowledge.lexicon.grammar.relativePronouns.has(keys[after + comma] ?? '') ? 1 : comma > 0 ? -1 : 0;
  if (pronoun < 0) return [];
  const g = syn.groups.find((x) => x.first === after + comma + pronoun);
  const people = (x: Group | undefined): readonly Participant[] => {
    const found = x?.members.filter((p) => p.tier === 0 && p.kind === 'mention') ?? [];
    return found.length === x?.members.length ? found : [];
  };
  const verb = g ? g.end : -1;
  const holders = people(g);
  if (holders.length === 0 || !VERBAL_TAGS.has(syn.tags.pos[verb] ?? '') || !ctx.knowledge.lexicon.syntax.lightVerbs.has(syn.tags.lemma(verb))) return [];
  const other = keysOf(holders).length === 1 ? people(syn.groups.find((x) => x.first === verb + 2 && (x.governor === 'with' || x.governor === 'to'))) : [];
  const all = [...holders, ...other];
  return keysOf(all).length <= JOINT_TALKS_PARTIES ? all : [];
}

/** A light verb's tags: "held" is a verb, "had" may be read as an auxiliary. */
const VERBAL_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** How many words a meeting noun's place and time may hold before "at which": "a meeting [in Honolulu on 2 May] at which". */
const MEETING_SETTING_REACH = 8;
/** How many words an honorific may take before a name ("Mr", "H.E."). */
const HONORIFIC_WORDS = 2;

/**
 * "a four-way meeting in Honolulu on 2 May at which A, B, C and D agreed": the people a relative clause opened by a
 * preposition and "which" after a meeting noun has for its subject took part in it, four at most (GOLD_FORMAT).
 */
function heldAtWhich(ctx: EventContext, syn: SentenceSyntax, after: number): readonly Participant[] {
  if (after < 0) return [];
  const { keys } = syn.sentence;
  const { grammar } = ctx.knowledge.lexicon;
  for (let j = after; j < keys.length && j - after <= MEETING_SETTING_REACH; j++) {
    if (keys[j] === ',' || keys[j] === ';') return [];
    if (!grammar.prepositions.has(keys[j]!) || !grammar.relativePronouns.has(keys[j + 1] ?? '')) continue;
    // Past an honorific ("at which Mr X, Mr Y and Z agreed").
    const g = syn.groups.find((x) => x.first >= j + 2 && x.first <= j + 2 + HONORIFIC_WORDS);
    const people = g?.members.filter((p) => p.tier === 0 && p.kind === 'mention') ?? [];
    return g && people.length === g.members.length && opensClause(syn.tags, g.end) && keysOf(people).length <= JOINT_TALKS_PARTIES ? people : [];
  }
  return [];
}

/** How many words may stand between "for" and its meeting noun: "for [the first-ever trilateral leaders'] summit". */
const FOR_MEETING_REACH = 9;

/** "joined C [at the White House on April 11] for a summit": the members of C, the object of the joining verb before "for". */
function joinedFor(ctx: EventContext, syn: SentenceSyntax, at: number): readonly Participant[] {
  const keys = syn.sentence.keys;
  let f = at - 1;
  while (f >= 0 && at - f <= FOR_MEETING_REACH && keys[f] !== 'for') f--;
  return f >= 0 && keys[f] === 'for' && at - f <= FOR_MEETING_REACH ? joinedBefore(ctx, syn, f, Infinity) : [];
}

/**
 * "joined C ... for", "joined C ... in": the members of C, the object of the joining verb before the preposition at
 * token `p`, at most `reach` tokens before it and in its clause.
 */
function joinedBefore(ctx: EventContext, syn: SentenceSyntax, p: number, reach: number): readonly Participant[] {
  const keys = syn.sentence.keys;
  const { joiningVerbs } = ctx.knowledge.lexicon.syntax;
  let v = p - 1;
  while (v >= 0 && p - v < reach && !(joiningVerbs.has(keys[v]!) && syn.tags.pos[v] === 'VERB') && !ctx.knowledge.lexicon.grammar.clauseBreaks.has(keys[v]!)) v--;
  if (v < 0 || !joiningVerbs.has(keys[v]!) || p - v >= reach) return [];
  // "X was joined by A and B in condemning": in the passive, those after "by" joined.
  const passive = keys[v + 1] === 'by';
  const object = objectAfter(ctx, syn, v + 1, { prepositions: passive ? BY : NO_PREPOSITIONS, bare: !passive, possessor: false });
  return object && object.end <= p ? object.members.filter((q) => q.kind !== 'demonym') : [];
}

const NO_PREPOSITIONS: ReadonlySet<string> = new Set();

/** How many words may stand between a joining verb and "in" ("joined [Britain and Germany on Tuesday] in condemning"). */
const JOINED_IN_REACH = 10;

/** "joined C in condemning X", "was joined by C in condemning X": the members of C, the object (or agent) of the joining verb before the "in" right before `at`. */
function joinedIn(ctx: EventContext, syn: SentenceSyntax, at: number): readonly Participant[] {
  const keys = syn.sentence.keys;
  return keys[at - 1] === 'in' && keys[at]!.endsWith('ing') ? joinedBefore(ctx, syn, at - 1, JOINED_IN_REACH) : [];
}

/** Subordinators that open the clause of what a reaction answered ("after X closed the border"). */
const CAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'when', 'following']);

/** The parties opening a clause of cause after token `from`, a verb right after them ("after [X] closed the border"). */
function causeSubject(ctx: EventContext, syn: SentenceSyntax, from: number): readonly EntityKey[] {
  const keys = syn.sentence.keys;
  const opener = keys.findIndex((k, i) => i >= from && CAUSE_OPENERS.has(k));
  if (opener < 0) return [];
  const group = syn.groups.find((g) => g.first === opener + 1 && !g.governor && !g.possessor);
  return group && syn.tags.pos[group.end] === 'VERB' ? keysOf(group.members.filter((p) => p.kind !== 'demonym')) : [];
}

/** A word of a multiparty contact in the trigger or just before it: "three-way", "trilateral". */
function multiparty(ctx: EventContext, sentence: Sentence, at: number, after: number): boolean {
  const end = after < 0 ? sentence.keys.length : after;
  for (let i = Math.max(0, at - NOUN_DESCRIPTION); i < end; i++) if (ctx.knowledge.lexicon.syntax.multipartyWords.longestAt(sentence.keys, i)) return true;
  return false;
}

/** How many words after the guests "for" and its talks may stand: "at the palace for about two hours of three-way talks". */
const JOINT_TALKS_REACH = 12;

/** "... for talks", "... for a summit": a meeting noun after "for", shortly after token `from`, in its clause. */
function jointTalksAfter(ctx: EventContext, sentence: Sentence, from: number): boolean {
  if (from < 0) return false;
  const { keys, tokens } = sentence;
  // "hosted his counterparts, A and B, for the first summit": past the comma closing the guests' apposition.
  let f = keys[from] === ',' ? from + 1 : from;
  // "for three-way talks", or an infinitive: "to take part in the tripartite summit".
  const opens = (k: string | undefined): boolean => k === 'for' || k === ctx.knowledge.lexicon.infinitive;
  while (f < Math.min(keys.length, from + JOINT_TALKS_REACH) && !opens(keys[f]) && !ctx.knowledge.lexicon.grammar.clauseBreaks.has(keys[f]!)) f++;
  // ... the infinitive's, not the preposition's ("received A and B to the palace").
  if (!opens(keys[f]) || keys[f] !== 'for' && tagsOf(ctx.article.text, sentence).pos[f + 1] !== 'VERB') return false;
  for (let j = f + 1; j < Math.min(keys.length, f + 1 + JOINT_TALKS_REACH); j++) {
    if (ctx.knowledge.lexicon.events.matchesAt(tokens, keys, j).some((m) => m.type === 'meeting' && m.voice === 'noun' && !m.negative)) return true;
  }
  return false;
}

/**
 * "thanked X for standing with it", "for congratulating him": the one thanked did it, to the one thanking, unless the
 * gerund names another party ("thanked X for backing Y").
 */
function thankedForDoing(ctx: EventContext, e: EventCandidate, syn: SentenceSyntax, at: number, after: number): Binding | undefined {
  const { keys } = syn.sentence;
  if (e.voice === 'noun' || (e.type !== 'support' && e.type !== 'congratulation') || keys[at - 1] !== 'for' || !keys[at]!.endsWith('ing')) return undefined;
  const thanked = gratitudeObject(ctx, syn, at);
  const thanking = thanked && subjectOf(ctx, syn, beforeDeterminers(ctx.knowledge.lexicon, keys, thanked.first));
  if (!thanked || !thanking) return undefined;
  const named = members(objectAfter(ctx, syn, after, { prepositions: OBJECT_PREPOSITIONS, bare: true, possessor: false })).filter((p) => p.kind !== 'pronoun');
  const targets = keysOf(named.length > 0 ? named : thanking.group.members);
  return { subjects: keysOf(thanking.group.members), sources: keysOf(thanked.members), targets, span: cover([e.trigger, ...thanked.members.map((p) => p.span), ...thanking.group.members.map((p) => p.span)]) };
}

/** How many words may stand between a verb and the condemnation it voices ("joined [the chorus of] criticism"). */
const VOICED_REACH = 5;

/** Whether the verb nearest before the noun at `at` voices it ("issued statements of condemnation"), not rejects it. */
function voicedBySubject(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  for (let v = at - 1; v >= Math.max(0, at - VOICED_REACH); v--) {
    if (syn.tags.pos[v] === 'VERB') return ctx.knowledge.lexicon.syntax.voicingVerbs.has(syn.tags.lemma(v));
  }
  return false;
}

/** How many tokens may stand between the one thanked and "for". */
const GRATITUDE_GAP = 6;

/** "thanked X for its (continued) support": the group a verb of gratitude takes, right before "for" and the noun at `at`. */
function gratitudeObject(ctx: EventContext, syn: SentenceSyntax, at: number): Group | undefined {
  const keys = syn.sentence.keys;
  let f = at - 1;
  while (f >= 0 && at - f <= 3 && keys[f] !== 'for') f--;
  if (f < 0 || keys[f] !== 'for') return undefined;
  const n = lastGroupBefore(syn, f);
  const group = n >= 0 ? syn.groups[n]! : undefined;
  // "thanked X (on Monday) for", "thanked the Lao Party, State and people for": an adverbial or the nouns a demonym
  // describes may stand between, no verb.
  if (!group || group.governor && group.governor !== 'to' || f - group.end > GRATITUDE_GAP || syn.tags.pos.slice(group.end, f).includes('VERB')) return undefined;
  const v = beforeDeterminers(ctx.knowledge.lexicon, keys, group.first);
  // "grateful to X for": the adjective before "to".
  const word = keys[v] === 'to' && syn.tags.pos[v - 1] === 'ADJ' ? v - 1 : group.governor ? -1 : v;
  return word >= 0 && ctx.knowledge.lexicon.syntax.gratitudeVerbs.has(keys[word]!) ? group : undefined;
}

/** The token of the setting preposition at most `reach` tokens before an event noun at `at`, not before `floor`; else -1. */
function settingBefore(ctx: EventContext, keys: readonly string[], at: number, reach: number, floor = 0): number {
  for (let i = at - 1; i >= Math.max(floor, at - reach); i--) if (ctx.knowledge.lexicon.syntax.settingPrepositions.has(keys[i]!)) return i;
  return -1;
}

/** How many words may stand between an opening setting's comma and the speech verb it sets ("In a call, [Turkish President X] told"). */
const OPENED_TELLING = 8;

/**
 * "X told Y that ..., in a phone call", "X told Y in a phone call", "In a phone call, X told Y" (or congratulated or
 * thanked Y): the teller and the addressee of the speech verb a setting at `at` follows, after a comma or right after
 * the addressee, or of the speech, greeting or thanks it opens.
 */
function tellingInSetting(ctx: EventContext, syn: SentenceSyntax, at: number): { teller: EntityKey[]; addressee: EntityKey[] } | undefined {
  const keys = syn.sentence.keys;
  // The trigger may hold its preposition ("In a call").
  const p = at === 0 && ctx.knowledge.lexicon.syntax.settingPrepositions.has(keys[0]!) ? 0 : settingBefore(ctx, keys, at, 4);
  if (p < 0) return undefined;
  const { addressedSpeechVerbs, gratitudeVerbs } = ctx.knowledge.lexicon.syntax;
  const speech = (j: number): boolean => addressedSpeechVerbs.has(keys[j]!) && syn.tags.pos[j] === 'VERB';
  // "In a call on Monday, X congratulated Y", "During the call, X thanked Y": opening the sentence, the setting holds a
  // greeting or thanks to its object too.
  const greeting = (j: number): boolean => syn.tags.pos[j] === 'VERB' && (gratitudeVerbs.has(keys[j]!)
    || ctx.knowledge.lexicon.events.matchesAt(syn.sentence.tokens, keys, j).some((m) => m.type === 'congratulation' && !m.negative && m.start === j));
  // "In a telephone call on Monday, X told Y that ...": opening the sentence, the setting is the telling's after its comma.
  const comma = p === 0 ? keys.indexOf(',', at) : -1;
  let v: number;
  if (comma > 0) {
    v = comma + 1;
    while (v < keys.length && v - comma <= OPENED_TELLING && !speech(v) && !greeting(v)) v++;
  } else {
    v = p - 1;
    while (v >= 0 && !speech(v)) v--;
  }
  if (v < 0 || v >= keys.length || !(speech(v) || comma > 0 && greeting(v))) return undefined;
  const people = (g: Group | undefined): EntityKey[] => (g ? keysOf(g.members.filter((m) => m.tier === 0)) : []);
  const told = objectAfter(ctx, syn, v + 1, BARE_OBJECT);
  if (comma < 0 && keys[p - 1] !== ',' && told?.end !== p) return undefined;
  const teller = people(subjectOf(ctx, syn, v)?.group);
  const addressee = people(told).filter((k) => !teller.includes(k));
  return teller.length > 0 && addressee.length > 0 ? { teller, addressee } : undefined;
}

/** "in a telephone call", "during the talks": the noun at `at` names where the clause's act took place. */
function setting(ctx: EventContext, keys: readonly string[], at: number): boolean {
  // Determiners and up to two modifiers ("in a brief telephone call").
  return settingBefore(ctx, keys, at, 4) >= 0;
}

/** How far before an event noun the preposition of its setting may stand ("at [the G7 leaders'] summit"). */
const SETTING_REACH = 6;
/** How far before that preposition the words of a plan may stand ("agreed [on Monday] to meet at"). */
const PLAN_REACH = 8;

/** Between `from` and an event noun at `at`, words the lexicon reads as no event (a plan, a refusal) govern a setting of it. */
function plannedSetting(ctx: EventContext, sentence: Sentence, from: number, at: number): boolean {
  const { keys, tokens } = sentence;
  const p = settingBefore(ctx, keys, at, SETTING_REACH, from);
  if (p < 0) return false;
  for (let j = Math.max(from, p - PLAN_REACH); j < p; j++) if (ctx.knowledge.lexicon.events.matchesAt(tokens, keys, j).some((m) => m.negative)) return true;
  return false;
}

const BY: ReadonlySet<string> = new Set(['by']);
const FROM: ReadonlySet<string> = new Set(['from']);
const BEHALF = ['on', 'behalf', 'of'];
/** How many words may stand between "on behalf of" and the party ("on behalf of the 16-member bloc"). */
const BEHALF_MODIFIERS = 4;

/** Whether participant `p` follows "on behalf of", a few determiners and modifiers between. */
function onBehalfOf(determiners: ReadonlySet<string>, tokens: readonly Token[], p: Participant): boolean {
  const at = tokenFrom(tokens, p.span.start);
  for (let j = at - 1; j >= 2 && at - j <= BEHALF_MODIFIERS + 1; j--) {
    if (BEHALF.every((k, n) => tokens[j - 2 + n]?.norm === k)) return true;
    if (tokens[j]!.kind === 'punct' && tokens[j]!.text !== '-' || (!determiners.has(tokens[j]!.norm) && tokens[j]!.capitalised)) return false;
  }
  return false;
}
const OF: ReadonlySet<string> = new Set(['of']);
/** How many words before an event noun a receiving verb may stand ("received [the full] support of"). */
const RECEIVED_OF_REACH = 4;

/**
 * "X received the support of Y", "X has the full backing of Y": a receiving verb shortly before the noun at `at`; not
 * an auxiliary before another verb ("X had also welcomed the decision of Y").
 */
function receivingBefore(ctx: EventContext, syn: SentenceSyntax, at: number, after: number): boolean {
  const keys = syn.sentence.keys;
  for (let j = Math.max(0, at - RECEIVED_OF_REACH); j < after; j++) {
    if (!ctx.knowledge.lexicon.syntax.receivingVerbs.has(keys[j]!)) continue;
    let next = j + 1;
    while (syn.tags.pos[next] === 'ADV') next++;
    if (syn.tags.pos[next] !== 'VERB') return true;
  }
  return false;
}

/** How many words a noun phrase may hold before the noun an opposing verb takes as its object ("the [latest U.S.] arms"). */
const OPPOSED_REACH = 6;
/** Parts of speech inside a noun phrase before its noun. */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Prepositions an opposing verb takes its object after ("warned against", "objected to"). */
const OPPOSED_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'to']);

/** Whether the noun at `at` is in the object of a verb that opposes or condemns it ("criticised Western military aid"). */
function opposedObject(ctx: EventContext, syn: SentenceSyntax, at: number): boolean {
  const { tokens, keys } = syn.sentence;
  let j = at - 1;
  while (j >= 0 && at - j <= OPPOSED_REACH && (NOUN_PHRASE_TAGS.has(syn.tags.pos[j]!) || isQuote(keys[j]!))) j--;
  if (j > 0 && OPPOSED_PREPOSITIONS.has(keys[j]!)) j--;
  if (j < 0) return false;
  return ctx.knowledge.lexicon.syntax.opposingVerbs.has(keys[j]!)
    || syn.tags.pos[j] === 'VERB' && ctx.knowledge.lexicon.events.matchesAt(tokens, keys, j).some((m) => m.type === 'condemnation' && !m.negative);
}

/** The two people of the ungoverned group right after the comma that ends the phrase holding token `at`, if any. */
function pairAfterPhrase(syn: SentenceSyntax, at: number): EntityKey[] {
  const { keys } = syn.sentence;
  const comma = keys.indexOf(',', at);
  if (comma < 0) return [];
  const g = syn.groups[lastGroupBefore(syn, comma + 1) + 1];
  const people = g && !g.governor && g.first <= comma + 2 ? keysOf(g.members.filter((p) => p.tier === 0 && p.keys.every((k) => k.startsWith('leader/')))) : [];
  return people.length === 2 ? people : [];
}

/** How many words may stand between a switching verb and the noun it moves ("switched [its diplomatic] recognition"). */
const SWITCHED_REACH = 3;

/** Whether one of the lexicon's switching verbs stands a few words before the noun at `at`. */
function switchedBefore(ctx: EventContext, keys: readonly string[], at: number): boolean {
  const { switchingVerbs } = ctx.knowledge.lexicon.syntax;
  for (let j = at - 1; j >= Math.max(0, at - SWITCHED_REACH); j--) if (switchingVerbs.has(keys[j]!)) return true;
  return false;
}
const TO: ReadonlySet<string> = new Set(['to']);
const BETWEEN: ReadonlySet<string> = new Set(['between']);
/** A group right after a verb, no preposition before it: "told [Y]". */
const BARE_OBJECT: ObjectOptions = { prepositions: new Set(), bare: true, possessor: false };
const members = (g: { readonly members: readonly Participant[] } | undefined): readonly Participant[] => g?.members ?? [];

/**
 * Which groups after a trigger may be its other party: those its type's prepositions govern, the one a
 * preposition ending the trigger governs ("support for"), and a bare group after a verb ("met X").
 */
function objectPattern(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, at: number, judged: boolean): ObjectOptions {
  const lex = ctx.knowledge.lexicon;
  const last = tokenFrom(syn.sentence.tokens, e.trigger.end) - 1;
  const lastKey = syn.sentence.keys[last < 0 ? syn.sentence.keys.length - 1 : last]!;
  // An event noun's own prepositions, also when a light verb carries it ("paid his first visit to X").
  const noun = lex.syntax.nounPrepositions.get(e.voice === 'noun' ? fold(ctx.article.text.slice(e.trigger.start, e.trigger.end)) : lastKey);
  // "lashed out at X", "hit out at X": the preposition of a phrase that addresses its party.
  const next = syn.sentence.keys[last + 1];
  const addressing = last >= 0 && next !== undefined && phraseEndingAt(lex.addressingPhrases, syn.sentence.keys, last + 1) ? [next] : [];
  const own = new Set([...(lex.syntax.argumentPrepositions.get(e.type) ?? []), ...(noun ?? []), ...(e.openers ?? []), ...addressing]);
  const prepositions = lex.grammar.prepositions.has(lastKey) || lex.syntax.prepositions.has(lastKey) ? new Set([...own, lastKey]) : own;
  // A judgement completing the words ends them on its noun: "praised [A and B] for their mediation" is still a verb's.
  const verb = syn.tags.pos[last < 0 ? at : last] === 'VERB' || e.voice === 'transitive' || (e.completed === true && syn.tags.pos[at] === 'VERB');
  // "condemned Israel's strikes": a judgement's object may be the one whose act it judges.
  return { prepositions, bare: e.voice !== 'noun' && verb || e.type === 'congratulation' && opensQuotation(syn, at), possessor: judged };
}

/** Words of warmth a quotation may open with before its noun: '"Warmest congratulations, X"'. */
const OPENING_MODIFIERS = 2;

/**
 * '"Congratulations President X on your victory," Y wrote', 'Y: "Heartiest congratulations, my friend X"': a noun
 * opening a quotation addresses the name right after it, as a verb does its object.
 */
function opensQuotation(syn: SentenceSyntax, at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 1 - OPENING_MODIFIERS); j--) {
    if (mayOpenQuotation(syn.sentence.tokens[j]!.text)) return true;
    if (syn.tags.pos[j] !== 'ADJ' && syn.tags.pos[j] !== 'ADV') return false;
  }
  return false;
}

/** Marks that end what was said about the object: "called X." (a comma may go on to name X: "called X, the ..."). */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', ';', '!']);

/** The object group stands at the sentence's end, before one of `followers` or before a verb joined to its own ("called X and conveyed"). */
function endsObject(syn: SentenceSyntax, object: Group | undefined, followers: ReadonlySet<string>): boolean {
  if (!object || object.possessor) return false;
  const next = syn.sentence.tokens[object.end];
  // "called X and said", "calls X, says": a verb coordinated after the object ends it.
  return next === undefined || SENTENCE_ENDS.has(next.norm) || followers.has(next.norm) || (next.norm === 'and' || next.norm === ',') && syn.tags.pos[object.end + 1] === 'VERB';
}

/** Directed events whose noun may name its sender after "of" and its addressee after one of its prepositions. */
const CONVEYED: ReadonlySet<EdgeType> = new Set(['congratulation', 'support']);

/**
 * "Lavrov conveyed the congratulations of President X to Y", "the solidarity of Iran with Lebanon": an event noun
 * followed by "of" and a party, then by a party its type's prepositions govern, is sent by the first to the second
 * (whoever carries it). Undefined for any other trigger.
 */
function senderAfterOf(ctx: EventContext, e: EventCandidate, sentence: Sentence, all: readonly Participant[], at: number, after: number): Binding | undefined {
  if (!CONVEYED.has(e.type) || after < 0 || sentence.keys[after] !== 'of') return undefined;
  const syn = syntaxOf(ctx, sentence, all);
  const sender = syn.groups.find((g) => g.first > after && g.governor === 'of');
  if (!sender || sentence.keys.slice(after + 1, sender.first).some((k) => !ctx.knowledge.lexicon.grammar.determiners.has(k))) return undefined;
  return sentBy(ctx, syn, e, at, sender, sender.end, objectBeforeAnd(syn, at));
}

/**
 * A message sent by `sender` to the party its type's prepositions, and its noun's ("solidarity with"), govern after
 * token `from`, else to `fallback`.
 */
function sentBy(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, at: number, sender: Group, from: number, fallback?: Group): Binding | undefined {
  const { prepositions } = objectPattern(ctx, syn, e, at, false);
  const addressee = objectAfter(ctx, syn, from, { prepositions, bare: false, possessor: false }) ?? fallback;
  if (!addressee) return undefined;
  const sources = keysOf(sender.members);
  const targets = keysOf(addressee.members).filter((k) => !sources.includes(k));
  return targets.length > 0 ? { subjects: sources, sources, targets, span: cover([e.trigger, ...sender.members.map((p) => p.span), ...addressee.members.map((p) => p.span)]) } : undefined;
}

/**
 * "X conveyed President A's greetings to B": a message a sending verb carries is sent by the party named as its
 * possessor (not a pronoun: "his greetings" are the subject's) to the party its type's prepositions govern after it.
 */
function possessorSender(ctx: EventContext, e: EventCandidate, sentence: Sentence, all: readonly Participant[], at: number, after: number): Binding | undefined {
  if (!CONVEYED.has(e.type) || !ctx.knowledge.lexicon.syntax.sendingVerbs.has(sentence.keys[at]!)) return undefined;
  const end = after < 0 ? sentence.keys.length : after;
  const syn = syntaxOf(ctx, sentence, all);
  const owner = syn.groups.find((g) => g.first > at && g.end < end && g.possessor);
  return owner && owner.members.every((p) => p.kind === 'mention') ? sentBy(ctx, syn, e, at, owner, end) : undefined;
}

/** The words "called on" that govern a person visited: the object of a clause before "and" and the next verb. */
const VISITED_PREPOSITIONS: ReadonlySet<string> = new Set([...OBJECT_PREPOSITIONS, 'on']);

/**
 * "called on X, President of Y, and conveyed the greetings of A": the person the clause before "and" and the verb at
 * `at` took as its object (bare, or after "to", "with" or "on"), the one the greetings were conveyed to.
 */
function objectBeforeAnd(syn: SentenceSyntax, at: number): Group | undefined {
  if (syn.sentence.keys[at - 1] !== 'and') return undefined;
  const g = syn.groups[lastGroupBefore(syn, at - 1)];
  if (!g || g.end < at - 2 || g.possessor || (g.governor !== undefined && !VISITED_PREPOSITIONS.has(g.governor))) return undefined;
  return g.members.every((p) => p.tier === 0) ? g : undefined;
}

/** How many words may stand between a speech verb and the "that" of a judgement it reports ("said on Monday that"). */
const SPEECH_COMPLEMENT_REACH = 4;

/**
 * For a judgement told as speech, where its object is looked for: after the "that" its phrase holds ("said on Monday
 * that X's actions were provocative": X's actions are judged, the clause's subject). Undefined for any other trigger.
 */
function judgedSpeechObject(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, at: number): number | undefined {
  const keys = syn.sentence.keys;
  if (!ctx.knowledge.lexicon.syntax.speechVerbs.has(keys[at]!)) return undefined;
  const end = tokenFrom(syn.sentence.tokens, e.trigger.end);
  for (let i = at + 1; i <= at + SPEECH_COMPLEMENT_REACH && (end < 0 || i < end); i++) {
    if (keys[i] === 'that') return i + 1;
    // 'said on Tuesday: "This is unacceptable"': what a colon opens, past its quotation mark.
    if (keys[i] === ':') {
      let j = i + 1;
      while (isQuote(keys[j] ?? '')) j++;
      return j;
    }
  }
  return undefined;
}

/** How far before an evaluative noun its party may stand: "Israel's military campaign in Gaza amounted to genocide". */
const EVALUATED_REACH = 8;
/** Right before a judgement: its own subject or possessor ("Russia bears", "the regime's crimes"). */
const ADJACENT = 2;

/**
 * "the Zionist regime's criminal attacks", "X told Y that Ukraine was not alone": the party just before is the target, the
 * person named before it the source, not one told it.
 */
function evaluation(ctx: EventContext, e: EventCandidate, sentence: Sentence, all: readonly Participant[], at: number, left: readonly Participant[], right: readonly Participant[]): Binding | undefined {
  const { tokens } = sentence;
  // "X is not alone in thinking so" shares a view, not solidarity.
  if (e.type === 'support' && tokens[tokenFrom(tokens, e.trigger.end)]?.norm === 'in') return undefined;
  const adjacent = [...left].reverse().find((p) => p.tier === 1);
  const within = adjacent && at - tokenFrom(tokens, adjacent.span.end) <= EVALUATED_REACH ? adjacent : undefined;
  // A quoted copula judges its own subject: a party in it right before the copula ('"Iran's attack was barbaric"'), or the
  // author of the act it names; nothing after it ("a violation of the resolutions") nor further back. The party an act
  // is aimed at is not its author: '"Israel's strike on Doha is ..."' judges the possessor before the act's noun.
  if (e.quoted) {
    const possessor = within ? actPossessor(ctx, sentence, left, within) : undefined;
    const subject = possessor ?? within;
    const end = possessor ? possessor.act : within ? tokenFrom(tokens, within.span.end) : -1;
    return subject && at - end <= QUOTED_ACT_REACH && !tokens.slice(end, at).some((t) => t.norm === ',')
      ? quotedJudgement(ctx, sentence, all, at, subject.keys, [subject.span]) : judgedActQuoted(ctx, e, sentence, all, at);
  }
  // "the crimes of the Zionist regime", "the massacres committed by X": else the party whose act it judges, after it.
  const target = within ?? (e.type === 'condemnation' ? authorAfter(ctx, sentence, e, right) : undefined);
  if (!target) return undefined;
  const gap = within ? at - tokenFrom(tokens, within.span.end) : Number.POSITIVE_INFINITY;
  // A person speaks, else, of a party named right before the judgement, a state or bloc ("The EU said Russia bears
  // full responsibility"), or the one party the clause names before a judgement of an act after it.
  const told = ctx.knowledge.lexicon.syntax.addressedSpeechVerbs;
  const before = left.filter((p) => p.span.end <= target.span.start && !p.keys.some((k) => target.keys.includes(k))
    && !told.has(tokens[tokenFrom(tokens, p.span.start) - 1]?.norm ?? ''));
  const speaker = before.filter((p) => p.tier === 0).pop() ?? (gap <= ADJACENT || !within && before.length === 1 ? before.pop() : undefined);
  // '"Iran bears full responsibility," X said': a judgement quoted, its party inside the quotation, is its speaker's.
  if (!speaker) return quotedJudgement(ctx, sentence, all, at, target.keys, [target.span, e.trigger]);
  return { subjects: speaker.keys, sources: speaker.keys, targets: target.keys, span: cover([speaker.span, target.span, e.trigger]) };
}

/** How many words may stand between a judged act and the copula that judges it: "the [Israeli] strike [on Beirut] was". */
const QUOTED_ACT_REACH = 4;

/**
 * "Israel's strike on Doha", "Russia's attack against Ukraine": when `aimed` follows an act's noun and its preposition,
 * the party that possesses the act, with the act noun's index.
 */
function actPossessor(ctx: EventContext, sentence: Sentence, left: readonly Participant[], aimed: Participant): (Participant & { act: number }) | undefined {
  const { tokens, keys } = sentence;
  const i = tokenFrom(tokens, aimed.span.start);
  let act = i - 1;
  while (act > 0 && ctx.knowledge.lexicon.grammar.determiners.has(keys[act]!)) act--;
  if (act < 3 || !AIMING_PREPOSITIONS.has(keys[act]!) || !ctx.knowledge.lexicon.actionNouns.has(keys[act - 1]!)) return undefined;
  act--;
  if (keys[act - 1] !== 's' || keys[act - 2] !== "'") return undefined;
  const owner = left.find((p) => p.tier === 1 && tokenFrom(tokens, p.span.end) === act - 2);
  return owner ? { ...owner, act } : undefined;
}

/** Prepositions that name what an act is aimed at: "strikes on X", "the attack against Y". */
const AIMING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against']);

/**
 * '"This attack is a flagrant violation," X said': a quoted judgement of an act with no party named before it is aimed at
 * the act's author (see `actorFor`), its speaker the judge.
 */
function judgedActQuoted(ctx: EventContext, e: EventCandidate, sentence: Sentence, all: readonly Participant[], at: number): Binding | undefined {
  const { tokens } = sentence;
  let act = at - 1;
  while (act >= 0 && at - act <= QUOTED_ACT_REACH && !ctx.knowledge.lexicon.actionNouns.has(tokens[act]!.norm)) act--;
  // '"This is a barbaric act," X said': a pronoun opening the quotation stands for the act told before.
  const pronoun = at > 0 && QUOTED_ACT_PRONOUNS.has(tokens[at - 1]!.norm) && (at === 1 || isQuote(tokens[at - 2]!.text));
  if (!pronoun && (act < 0 || at - act > QUOTED_ACT_REACH)) return undefined;
  const authors = actorFor(ctx, e.sentence, tokens[pronoun ? at - 1 : act]!.start) ?? [];
  return authors.length > 0 ? quotedJudgement(ctx, sentence, all, at, authors, [e.trigger]) : undefined;
}

/** Pronouns that open a quoted judgement of the act told before: '"This is barbaric"'. */
const QUOTED_ACT_PRONOUNS: ReadonlySet<string> = new Set(['this', 'it', 'that']);

/** The quotation's speaker judging `targets` (the one speaking is not among them), over `spans` and the speaker's. */
function quotedJudgement(ctx: EventContext, sentence: Sentence, all: readonly Participant[], at: number, targets: readonly EntityKey[], spans: readonly Span[]): Binding | undefined {
  const syn = syntaxOf(ctx, sentence, all);
  const speaker = (quotedSpeaker(ctx, syn, at, true) ?? attributedSpeaker(ctx, syn, at))?.group.members.find((p) => !p.keys.some((k) => targets.includes(k)));
  return speaker ? { subjects: speaker.keys, sources: speaker.keys, targets: [...targets], span: cover([speaker.span, ...spans]) } : undefined;
}

/** "the crimes of [the] X", "the massacres committed by X": the party right after the judgement's "of", or "by" after a participle. */
function authorAfter(ctx: EventContext, sentence: Sentence, e: EventCandidate, right: readonly Participant[]): Participant | undefined {
  const { tokens, keys } = sentence;
  let j = tokenFrom(tokens, e.trigger.end);
  if (j < 0) return undefined;
  // A judgement whose words end in its preposition ("crimes of") has the party right after them.
  const held = keys[j - 1] === 'of' || keys[j - 1] === 'by';
  const participle = held ? undefined : ctx.knowledge.lexicon.syntax.authorParticiples.longestAt(keys, j);
  if (participle && keys[j + participle.length] === 'by') j += participle.length + 1;
  // "an act of barbarism by X's regime".
  else if (keys[j] === 'of' || keys[j] === 'by') j++;
  else if (!held) return undefined;
  while (ctx.knowledge.lexicon.grammar.determiners.has(keys[j] ?? '')) j++;
  const start = tokens[j]?.start;
  return right.find((p) => p.span.start === start && p.kind !== 'demonym');
}

/** How many words may stand between "leaders of" and a bloc: "the leaders of the six-nation GCC". */
const MEMBER_NOUN_REACH = 5;

/**
 * "the leaders of the GCC", "ASEAN leaders": a bloc named with a noun for its members stands for its member states
 * that day (as the gazetteer lists them) that the article names; undefined for any other participant.
 */
function memberStates(ctx: EventContext, sentence: Sentence, p: Participant): EntityKey[] | undefined {
  const bloc = p.kind === 'mention' && p.keys.length === 1 && p.keys[0]!.startsWith('bloc/') ? p.keys[0]! : undefined;
  if (!bloc) return undefined;
  const { tokens, keys } = sentence;
  const nouns = ctx.knowledge.lexicon.syntax.memberNouns;
  const after = tokenFrom(tokens, p.span.end);
  let named = after >= 0 && nouns.matchesAt(keys, after).length > 0;
  // Before it, "of" past determiners and modifiers, and a member noun ending right before "of".
  const first = tokenFrom(tokens, p.span.start);
  let of = first - 1;
  while (of >= 0 && first - of <= MEMBER_NOUN_REACH && keys[of] !== 'of') of--;
  if (!named && first - of <= MEMBER_NOUN_REACH && keys[of] === 'of') {
    for (let j = Math.max(0, of - 4); j < of && !named; j++) named = nouns.matchesAt(keys, j).some((m) => j + m.length === of);
  }
  if (!named) return undefined;
  const inArticle = statesNamed(ctx);
  const members = ctx.knowledge.gazetteer.membersOf(bloc, ctx.on).filter((m) => m.status === 'member' && inArticle.has(m.member)).map((m) => m.member);
  return members.length > 0 ? members : undefined;
}

/** How many states or blocs a passive signing's agreement may name as its parties: "between A, B and C". */
const MAX_NAMED_PARTIES = 4;

/**
 * The parties of the agreement a passive "signed" at token `at` tells of, when no agent does: named after "between"
 * in its clause ("was signed between X and Y"), else inside the agreement's name before it ("the Kenya-Uganda trade
 * agreement", "an agreement between X and Y"). Two to four states or blocs, or none.
 */
function agreementParties(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, at: number): Participant[] {
  const between = governedInClause(ctx, syn, at + 1, 'between');
  let parties: Participant[] = between ? between.members.filter((p) => p.tier === 1) : [];
  if (!between) {
    const agreement = startingWithin(inSentence(ctx.mentions, e.sentence), e.trigger.start - 2 * ARGUMENT_REACH, e.trigger.start)
      .filter((m) => m.kind === 'agreement' && m.span.end <= e.trigger.start && e.trigger.start - m.span.end <= ARGUMENT_REACH).pop();
    if (agreement) parties = partiesInName(ctx, e.sentence, agreement);
  }
  if (parties.length === 0) parties = witnessedStates(ctx, syn, e, at);
  return fewParties(parties);
}

/** Two to four states or blocs, or none. */
function fewParties(parties: Participant[]): Participant[] {
  const keys = new Set(parties.flatMap((p) => p.keys));
  return keys.size >= 2 && keys.size <= MAX_NAMED_PARTIES ? parties : [];
}

/** The resolved parties of `kinds` an agreement's own words name, demonyms aside. */
function namedInAgreement(ctx: EventContext, sentence: number, agreement: Mention, kinds: ReadonlySet<Mention['kind']>): Mention[] {
  return startingWithin(inSentence(ctx.mentions, sentence), agreement.span.start, agreement.span.end - 1)
    .filter((m) => kinds.has(m.kind) && m.candidates.length === 1 && m.via !== 'demonym' && m.span.end <= agreement.span.end);
}

const STATES_AND_BLOCS: ReadonlySet<Mention['kind']> = new Set(['state', 'bloc']);
const PARTIES: ReadonlySet<Mention['kind']> = new Set(['state', 'bloc', 'leader']);

/** The states and blocs an agreement's own words name: "the Kenya-Uganda trade agreement", "an MoU between X and Y". */
function partiesInName(ctx: EventContext, sentence: number, agreement: Mention): Participant[] {
  return namedInAgreement(ctx, sentence, agreement, STATES_AND_BLOCS).map((m) => ({ span: m.span, keys: m.candidates, tier: 1 as const, kind: 'mention' as const }));
}

/** The most words a witnessing verb holds ("presided over"). */
const WITNESSING_WORDS = 2;

/** "witnessed the signing", "presided over the signing": a witnessing verb before the signing noun at `at`, determiners aside. */
function witnessingBefore(ctx: EventContext, keys: readonly string[], at: number): boolean {
  const v = beforeDeterminers(ctx.knowledge.lexicon, keys, at);
  return v >= 0 && ctx.knowledge.lexicon.agreementWords.witnessingVerbs.startEndingAt(keys, v, WITNESSING_WORDS) >= 0;
}

/** "welcomed the signing", "hailed the signing": a welcoming verb right before the signing noun at `at`, determiners aside. */
function welcomingBefore(ctx: EventContext, keys: readonly string[], at: number): boolean {
  const v = beforeDeterminers(ctx.knowledge.lexicon, keys, at);
  return v >= 0 && ctx.knowledge.lexicon.agreementWords.welcomingVerbs.has(keys[v]!);
}

/**
 * "The two leaders witnessed the signing of an MoU between X and Y": a signing watched by the verb's subject, not
 * done. The parties the agreement names (in its words or after "between") signed it, else officials left unnamed
 * signed for the watchers' states.
 */
function watchedSigners(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, at: number, watchers: readonly Participant[]): Participant[] {
  const agreement = startingWithin(inSentence(ctx.mentions, e.sentence), e.trigger.end, e.trigger.end + ARGUMENT_REACH).find((m) => m.kind === 'agreement');
  const named = fewParties(agreement ? partiesInName(ctx, e.sentence, agreement) : []);
  if (named.length > 0) return named;
  const between = governedInClause(ctx, syn, at + 1, 'between');
  const after = fewParties(between ? between.members.filter((p) => p.tier === 1) : []);
  return after.length > 0 ? after : statesOf(ctx, watchers);
}

/** The most words a presence phrase holds ("in the presence of"). */
const PRESENCE_WORDS = 4;

/**
 * "An MoU was signed in the presence of the two leaders": officials left unnamed signed for the states of those who
 * watched, each present person standing for their state.
 */
function witnessedStates(ctx: EventContext, syn: SentenceSyntax, e: EventCandidate, at: number): Participant[] {
  const group = governedInClause(ctx, syn, at + 1, 'of');
  if (!group) return [];
  const phrase = ctx.knowledge.lexicon.syntax.presencePhrases;
  const keys = ctx.sentences[e.sentence]!.keys;
  // The phrase ends where the group starts: "in the presence of [the two leaders]".
  if (phrase.startEndingAt(keys, group.first - 1, PRESENCE_WORDS) < 0) return [];
  return statesOf(ctx, group.members);
}

/** Each person standing for their state; a party whose state is unknown drops out. */
function statesOf(ctx: EventContext, parties: readonly Participant[]): Participant[] {
  return parties.flatMap((p) => {
    const states = p.keys.map((k) => (k.startsWith('leader/') ? stateOf(ctx, k) : k));
    return states.every((k) => k !== undefined) ? [{ ...p, keys: [...new Set(states as EntityKey[])], tier: 1 as const }] : [];
  });
}

/** How many capitalised words the place after an agreement may hold ("a power plant in [the Jizzakh Region], which"). */
const PLACE_WORDS = 3;

/** How many words an apposition after an agreement may hold before its relative pronoun ("X, [the pledge not to use force] that"). */
const APPOSITION_WORDS = 8;

/**
 * An agreement, or an agreement's head noun, ends right before token `r` (a comma aside): "the pact that", "the treaty,
 * which", past the place a project in it stands in ("an agreement on a wind power plant in Kazakhstan, which"), or
 * with `throughApposition` before an apposition that renames it, for a relative pronoun ("the Argyle Declaration, the
 * pledge not to use force that"); not for a participle ("Besides the treaty, the three signed" is active).
 */
function agreementBefore(ctx: EventContext, sentence: Sentence, r: number, throughApposition = false): boolean {
  if (throughApposition) {
    const comma = sentence.keys.lastIndexOf(',', r - 2);
    if (comma > 0 && r - comma <= APPOSITION_WORDS + 1 && ctx.knowledge.lexicon.grammar.determiners.has(sentence.keys[comma + 1]!)
      && !sentence.keys.slice(comma + 1, r).includes(',') && agreementBefore(ctx, sentence, comma, false)) return true;
  }
  const named = sentence.keys[r - 1] === ',' ? r - 1 : r;
  // "the Memorandum on Maritime Security in the Red Sea, which": a name that takes in the place ends right there.
  if (agreementEndsAt(ctx, sentence, named)) return true;
  let end = named;
  let place = end;
  while (place > 0 && end - place < PLACE_WORDS && sentence.tokens[place - 1]!.capitalised) place--;
  if (place < end && sentence.keys[place - 1] === 'the') place--;
  if (place < end && sentence.keys[place - 1] === 'in') end = place - 1;
  return end !== named && agreementEndsAt(ctx, sentence, end);
}

/** An agreement's mention, or its head noun, ends right before token `end`. */
function agreementEndsAt(ctx: EventContext, sentence: Sentence, end: number): boolean {
  const before = sentence.tokens[end - 1];
  if (before === undefined) return false;
  if (ctx.knowledge.lexicon.agreementHeads.matchesAt(sentence.keys, end - 1).length > 0) return true;
  return startingWithin(inSentence(ctx.mentions, sentence.index), before.end - 2 * ARGUMENT_REACH, before.end).some((m) => m.kind === 'agreement' && m.span.end === before.end);
}

/** The last agreement, with those coordinated before it: "an MoU on X and a protocol on Y were signed". */
function coordinatedLast(ctx: EventContext, sentence: Sentence, agreements: readonly Mention[]): Mention[] {
  const { determiners } = ctx.knowledge.lexicon.grammar;
  let first = agreements.length - 1;
  while (first > 0) {
    const from = tokenFrom(sentence.tokens, agreements[first - 1]!.span.end);
    const to = tokenFrom(sentence.tokens, agreements[first]!.span.start);
    const glue = sentence.keys.slice(from, to);
    if (!glue.some((k) => k === 'and' || k === ',') || !glue.every((k) => k === 'and' || k === ',' || determiners.has(k))) break;
    first--;
  }
  return agreements.slice(Math.max(first, 0));
}

/** The states, blocs and people an agreement's words name after "with" (determiners aside): "an accord with Haiti". */
function coSignersWithin(ctx: EventContext, sentence: Sentence, agreement: Mention): EntityKey[] {
  const { tokens, keys } = sentence;
  return namedInAgreement(ctx, sentence.index, agreement, PARTIES)
    .filter((m) => keys[beforeDeterminers(ctx.knowledge.lexicon, keys, tokenFrom(tokens, m.span.start))] === 'with')
    .map((m) => m.candidates[0]!);
}

/** How many words after a signing may name the set signed ("signed [seven] agreements", "[a number of] documents"). */
const SET_REACH = 4;

/** Whether a signing's object is a set of documents ("signed seven agreements", "several documents"). */
function signsSet(ctx: EventContext, sentence: Sentence, e: EventCandidate): boolean {
  const after = tokenFrom(sentence.tokens, e.trigger.end);
  if (after < 0) return false;
  return sentence.keys.slice(after, after + SET_REACH).some((k) => ctx.knowledge.lexicon.agreementWords.signedSets.has(k));
}

/**
 * "The agreements include X and Y", "Among them were X": the agreements a sentence opening with the set, or one of
 * the openers, and a verb of inclusion names.
 */
function listedNext(ctx: EventContext, index: number): Mention[] {
  const next = ctx.sentences[index];
  if (!next) return [];
  const words = ctx.knowledge.lexicon.agreementWords;
  const keys = next.keys;
  const opener = words.inclusionOpeners.longestAt(keys, 0)?.length ?? (keys[0] === 'the' && words.signedSets.has(keys[1] ?? '') ? 2 : 0);
  if (opener === 0 || !words.inclusionVerbs.has(keys[opener] ?? '')) return [];
  return inSentence(ctx.mentions, index).filter((m) => m.kind === 'agreement' && m.candidates.length === 1);
}

/**
 * "X was the first leader to reach Y, telephoning the new prime minister on Thursday": a participle after a comma
 * whose own clause gives it no subject takes that of the clause before the comma.
 */
function participleAfterComma(ctx: EventContext, syn: SentenceSyntax, at: number): Subject | undefined {
  const keys = syn.sentence.keys;
  if (at < 2 || keys[at - 1] !== ',' || !keys[at]!.endsWith('ing') || syn.aside[at - 2]) return undefined;
  // The nearest verb before the comma with a subject of its own ("to reach Y after his appointment": "reach").
  for (let j = at - 2; j >= Math.max(0, at - PARTICIPLE_CLAUSE_REACH); j--) {
    if (syn.aside[j] || syn.tags.pos[j] !== 'VERB' && syn.tags.pos[j] !== 'AUX') continue;
    // Not a participle that modifies the noun before it ("a gendarme detained in Y").
    if (keys[j]!.endsWith('ed') && syn.tags.pos[j - 1] === 'NOUN') continue;
    const before = subjectOf(ctx, syn, j, 1);
    if (before) return { group: before.group, via: 'previous clause' };
  }
  return undefined;
}

/** How many words back the clause a participle after a comma joins may have its verb. */
const PARTICIPLE_CLAUSE_REACH = 20;

/**
 * "exchanged the signed documents", "signed the documents": a definite set of documents right at a signing that names no
 * agreement is the last agreement the sentence before named.
 */
function signedDocumentsBefore(ctx: EventContext, sentence: Sentence, e: EventCandidate): Mention[] {
  const { tokens, keys } = sentence;
  const words = ctx.knowledge.lexicon.agreementWords;
  const start = tokenFrom(tokens, e.trigger.start);
  const end = tokenFrom(tokens, e.trigger.end);
  const definite = (i: number): boolean => words.signedSets.has(keys[i] ?? '') && keys[i - 1] === 'the';
  // The participle inside the phrase ("the [signed] documents") or the verb before it ("signed [the] documents").
  const names = start > 0 && keys[start - 1] === 'the' && words.signedSets.has(keys[end] ?? '') || end > 0 && definite(end + 1);
  if (!names || sentence.index === 0) return [];
  const last = inSentence(ctx.mentions, sentence.index - 1).findLast((m) => m.kind === 'agreement' && m.candidates.length === 1);
  return last ? [last] : [];
}

function signing(
  ctx: EventContext, e: EventCandidate, sentence: Sentence, signerParts: readonly Participant[],
  where: 'before' | 'after', subjects: readonly EntityKey[], participants: readonly Participant[],
): Binding | undefined {
  const signers = [...new Set(signerParts.flatMap((p) => memberStates(ctx, sentence, p) ?? p.keys))];
  const [from, to] = where === 'after' ? [e.trigger.end, e.trigger.end + ARGUMENT_REACH] : [e.trigger.start - 2 * ARGUMENT_REACH, e.trigger.start];
  const agreements = startingWithin(inSentence(ctx.mentions, sentence.index), from, to).filter((m) => m.kind === 'agreement'
    && m.candidates.length === 1 && (where === 'after' ? m.span.start >= e.trigger.end : m.span.end <= e.trigger.start));
  const chosen = where === 'after' ? agreements : coordinatedLast(ctx, sentence, agreements);
  // "signed seven agreements. The agreements include X and Y": the set's members the next sentence lists.
  // "signed three instruments, namely:" and a list, one agreement per line.
  const listed = where === 'after' && chosen.length === 0 && signsSet(ctx, sentence, e) ? (sentence.keys.at(-1) === ':' ? listedAgreementsAfter(ctx, sentence.index) : listedNext(ctx, sentence.index + 1)) : [];
  // "sealed a memorandum on X. A and B exchanged the signed documents": the documents are the agreement named just before.
  const told = chosen.length === 0 && listed.length === 0 ? signedDocumentsBefore(ctx, sentence, e) : [];
  const keys = [...new Set([...chosen, ...listed, ...told].map((m) => m.candidates[0]!))];
  if (signers.length === 0) return undefined;
  // "... signed the memorandum together with Modi and von der Leyen": more signers after what was signed.
  const last = chosen[chosen.length - 1];
  const tokens = sentence.tokens;
  const at = last ? tokenFrom(tokens, last.span.end) : -1;
  const marker = at >= 0 ? ctx.knowledge.lexicon.agreementWords.coSignerMarkers.matchesAt(sentence.keys, at)[0] : undefined;
  const more = marker ? objectGroup(ctx, tokens, at + marker.length, participants.filter((p) => p.span.start >= tokens[at + marker.length - 1]!.end && p.kind !== 'demonym'), { ...e, voice: 'active' }) : [];
  // "signed a security agreement with Haiti": the party its name takes after "with" signed it too.
  const within = where === 'after' ? chosen.flatMap((m) => coSignersWithin(ctx, sentence, m)) : [];
  return {
    subjects, sources: [...new Set([...signers, ...keysOf(more), ...within])], targets: keys,
    span: cover([e.trigger, ...signerParts.map((p) => p.span), ...chosen.map((m) => m.span), ...more.map((p) => p.span)]),
  };
}
