// Who can take part in an event in a sentence: people, states and blocs the mentions name, plus
// references that stand for them: "the two presidents" (the pair the article is about), "he" (the last
// person named), "his country" (that person's state). Demonyms act only with an actor noun
// ("the Russian leadership"); states inside a title ("Russian President") or an agreement's name do not act.
import type { EntityKey, Office, IsoDate } from '../../document/types.gen.js';
import { HEAD_OFFICES } from '../../knowledge/gazetteer.js';
import type { Sentence } from '../text/sentences.js';
import { firstWhere, SpanIndex } from '../sorted.js';
import { inQuotation, quotations } from '../text/quotes.js';
import { fold } from '../text/fold.js';
import { tagsOf } from '../text/pos.js';
import { tokenAt, tokenFrom, tokenize, type Token } from '../text/tokens.js';
import { inSentence, lastList, SPEAKER_MARK, startingWithin } from '../mentions/util.js';
import { nameWithMiddleInitial } from '../mentions/name-mention.js';
import { genderOf, lastWomanBefore, pronounGender, type Gender } from './person-gender.js';
import type { EventCandidate, EventContext, Mention, Span } from '../types.js';
import { ArticleCache } from '../article-cache.js';

export interface Participant {
  readonly span: Span;
  readonly keys: readonly EntityKey[];
  /** 0 for people, 1 for states and blocs: events prefer people as arguments. */
  readonly tier: 0 | 1;
  readonly kind: 'mention' | 'frame' | 'pronoun' | 'demonym';
  /**
   * A pronoun's next reading when its nearest antecedent is the clause's own subject ("B greeted him": A) or, for a
   * subject, its verb's object ("He hosted the Russian president", after a sentence naming only that president).
   */
  readonly otherwise?: readonly EntityKey[];
}

/** The pair an article is about, set by its first two-party event. */
export interface Frame {
  leaders?: readonly EntityKey[];
  states?: readonly EntityKey[];
}

/**
 * How far from a word (UTF-16 units) the participants it relates are looked for: arguments stand near their
 * trigger, and looking further only costs time on run-on sentences. Participants are short (a titled name is
 * capped well below this), so one starting twice as far back cannot reach it.
 */
export const ARGUMENT_REACH = 400;

/** The participants (sorted by start, as participantsIn gives them) within reach of a span. */
export function participantsNear(sorted: readonly Participant[], span: Span): Participant[] {
  return startingWithin(sorted, span.start - 2 * ARGUMENT_REACH, span.end + ARGUMENT_REACH).filter((p) => p.span.end >= span.start - ARGUMENT_REACH);
}

/**
 * What stages ask of an article's mentions again and again, indexed once per article: the state each
 * person's title ties them to, and the last person named up to each sentence.
 */
interface MentionIndex {
  readonly titleState: Map<EntityKey, EntityKey>;
  readonly mentionState: Map<EntityKey, EntityKey>;
  /** The states the article names. */
  readonly namedStates: Set<EntityKey>;
  /** The title the text first gives each person ("President"). */
  readonly titleOf: Map<EntityKey, string>;
  readonly states: Map<EntityKey, EntityKey | undefined>;
  /** The last single-candidate person named in sentences 0..s, by s. */
  readonly lastLeaderThrough: (Mention | undefined)[];
  /** The last single-candidate bloc named in sentences 0..s, by s. */
  readonly lastBlocThrough: (Mention | undefined)[];
  /**
   * By sentence naming people, the one of them the article has named most up to there (a profile's subject),
   * the first on a tie: the likeliest antecedent of a pronoun opening a later sentence.
   */
  readonly salientIn: Map<number, Mention>;
  /** The person the article has named most in sentences 0..s, by s (the first on a tie): a profile's or visit's subject. */
  readonly protagonistThrough: (EntityKey | undefined)[];
  /** In an interview, the person interviewed: who "I" is outside quotations. */
  readonly interviewee: EntityKey | undefined;
  /** In a transcript, by the start of each line a person's name and a colon open, who speaks it and to whom. */
  readonly speakers: ReadonlyMap<number, LineSpeaker>;
  /** Per frame seen, per sentence, the participants computed (party-to and argument binding ask for the same). */
  readonly participants: WeakMap<Frame, Map<number, { leaders?: readonly EntityKey[]; states?: readonly EntityKey[]; list: Participant[] }>>;
}

const indexes = new ArticleCache<readonly Mention[], MentionIndex>();

/** Whether a person's name (or the title before it) stands right after a preposition, determiners aside ("by [the] X"). */
function governedPerson(ctx: EventContext, sentence: Sentence, m: Mention): boolean {
  const { tokens, keys } = sentence;
  const lex = ctx.knowledge.lexicon;
  let j = tokenFrom(tokens, m.role && m.role.span.start < m.span.start ? m.role.span.start : m.span.start) - 1;
  while (j >= 0 && lex.grammar.determiners.has(keys[j]!)) j--;
  return j >= 0 && lex.grammar.prepositions.has(keys[j]!);
}

/** Words that open a clause of the subject's after a comma: "where", "then". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['where', 'then']);

/**
 * The person `m` is a verb's object ("met [B]"), and a comma and a word opening a clause stand between it and the
 * pronoun at token `pronoun` ("A met B on Monday, then flew to X, where he met C"): the pronoun is the subject's.
 */
function verbObject(ctx: EventContext, sentence: Sentence, m: Mention, pronoun: number): boolean {
  const { tokens, keys } = sentence;
  let j = tokenFrom(tokens, m.role && m.role.span.start < m.span.start ? m.role.span.start : m.span.start) - 1;
  while (j >= 0 && ctx.knowledge.lexicon.grammar.determiners.has(keys[j]!)) j--;
  if (j < 0 || tagsOf(ctx.article.text, sentence).pos[j] !== 'VERB') return false;
  const after = tokenFrom(tokens, m.span.end);
  for (let k = after; k < pronoun - 1; k++) if (keys[k] === ',' && CLAUSE_OPENERS.has(keys[k + 1]!)) return true;
  return false;
}

function indexOf(ctx: EventContext): MentionIndex {
  let index = indexes.get(ctx.mentions);
  if (index) return index;
  const titleState = new Map<EntityKey, EntityKey>();
  const mentionState = new Map<EntityKey, EntityKey>();
  const namedStates = new Set<EntityKey>();
  const titleOf = new Map<EntityKey, string>();
  const lastLeaderThrough: (Mention | undefined)[] = [];
  const lastBlocThrough: (Mention | undefined)[] = [];
  let last: Mention | undefined;
  let lastBloc: Mention | undefined;
  // Mentions come in text order, so in sentence order.
  const named = new Map<EntityKey, number>();
  const salientIn = new Map<number, Mention>();
  const people: Mention[] = [];
  const protagonistThrough: (EntityKey | undefined)[] = [];
  let protagonist: EntityKey | undefined;
  // The most named person of the sentence; of two named as often, one no preposition governs ("At the invitation of X,
  // Y visited": Y).
  const closeSentence = (): void => {
    let best: Mention | undefined;
    const free = (m: Mention): boolean => !governedPerson(ctx, ctx.sentences[m.sentence]!, m);
    for (const p of people) {
      const [n, b] = [named.get(p.candidates[0]!)!, best ? named.get(best.candidates[0]!)! : 0];
      if (!best || n > b || n === b && !free(best) && free(p)) best = p;
    }
    if (best) salientIn.set(best.sentence, best);
    people.length = 0;
  };
  for (const m of ctx.mentions) {
    const key = m.candidates[0];
    if (key && m.role?.state && !titleState.has(key)) titleState.set(key, m.role.state);
    if (key && m.state && !mentionState.has(key)) mentionState.set(key, m.state);
    if (key && m.kind === 'state' && m.candidates.length === 1) namedStates.add(key);
    if (key && m.role && !titleOf.has(key)) titleOf.set(key, m.role.title);
    if (people.length > 0 && people[0]!.sentence !== m.sentence) closeSentence();
    for (let s = lastLeaderThrough.length; s < m.sentence; s++) { lastLeaderThrough[s] = last; lastBlocThrough[s] = lastBloc; protagonistThrough[s] = protagonist; }
    if (m.kind === 'leader' && m.candidates.length === 1) {
      last = m;
      const count = (named.get(key!) ?? 0) + 1;
      named.set(key!, count);
      if (!protagonist || count > named.get(protagonist)!) protagonist = key;
      people.push(m);
    }
    if (m.kind === 'bloc' && m.candidates.length === 1) lastBloc = m;
  }
  closeSentence();
  for (let s = lastLeaderThrough.length; s < ctx.sentences.length; s++) { lastLeaderThrough[s] = last; lastBlocThrough[s] = lastBloc; protagonistThrough[s] = protagonist; }
  const speakers = lineSpeakers(ctx);
  index = { titleState, mentionState, namedStates, titleOf, states: new Map(), lastLeaderThrough, lastBlocThrough, salientIn, protagonistThrough, interviewee: authorOf(ctx) ?? intervieweeOf(ctx, speakers), speakers, participants: new WeakMap() };
  indexes.set(ctx.mentions, index);
  return index;
}

/** The states the article names, found once per article. */
export function statesNamed(ctx: EventContext): ReadonlySet<EntityKey> {
  return indexOf(ctx).namedStates;
}

/** "Putin met Lavrov": two people of one state, who meet, call or sign at home, not in diplomacy. */
export function compatriots(ctx: EventContext, a: EntityKey, b: EntityKey): boolean {
  if (!a.startsWith('leader/') || !b.startsWith('leader/')) return false;
  const state = stateOf(ctx, a);
  return state !== undefined && state === stateOf(ctx, b);
}

export function stateOf(ctx: EventContext, leader: EntityKey): EntityKey | undefined {
  const index = indexOf(ctx);
  if (index.states.has(leader)) return index.states.get(leader);
  const { gazetteer } = ctx.knowledge;
  // One person can head two states at once (a president who is also a co-prince): the one the article names, else
  // the one whose office the text's title names.
  const terms = gazetteer.termsOn(leader, ctx.on).filter((t) => t.state);
  const title = index.titleOf.get(leader);
  const titled = title === undefined ? undefined : terms.find((t) => gazetteer.officesForTitle(t.state!, title).includes(t.office));
  const state = index.titleState.get(leader)
    ?? (terms.find((t) => index.namedStates.has(t.state!)) ?? titled ?? terms[0] ?? gazetteer.termsOn(leader, null).filter((t) => t.state).pop())?.state
    ?? index.mentionState.get(leader);
  index.states.set(leader, state);
  return state;
}

/** The party an event's end acts as, for events told once by a person and once by their state: a person's state, else itself. */
export function actsFor(ctx: EventContext, key: EntityKey): EntityKey {
  return key.startsWith('leader/') ? stateOf(ctx, key) ?? key : key;
}

/** The frame two people give: themselves, and their states when those differ. Empty unless exactly two. */
export function frameOf(ctx: EventContext, keys: readonly EntityKey[]): Frame {
  const leaders = [...new Set(keys.filter((k) => k.startsWith('leader/')))];
  if (leaders.length !== 2) return {};
  const states = leaders.flatMap((l) => stateOf(ctx, l) ?? []);
  return new Set(states).size === 2 ? { leaders, states } : { leaders };
}

/** The frame of an article whose events are bound: its first two-party event between two people. */
export function articleFrame(ctx: EventContext, events: readonly EventCandidate[]): Frame {
  for (const e of events) {
    if (!e.source || !e.target || e.voice === 'relation') continue;
    const frame = frameOf(ctx, [e.source, e.target]);
    if (frame.leaders) return frame;
  }
  return {};
}


/** Who speaks a transcript's line, and the other speaker the transcript gives: the one "you" is. */
export interface LineSpeaker {
  readonly speaker: EntityKey;
  readonly addressee: EntityKey | undefined;
}


/**
 * A transcript's lines ("Vladimir Putin: Your Highness, ...", "Maria Zakharova (retranslated): We condemn ..."): by
 * the start of each line a resolved person's name and a colon open, that person, and as addressee the speaker of the
 * line before that is someone else, else of the next such line.
 */
function lineSpeakers(ctx: EventContext): Map<number, LineSpeaker> {
  const text = ctx.article.text;
  const lines: { start: number; speaker: EntityKey }[] = [];
  for (const m of ctx.mentions) {
    const start = m.role && m.role.span.start < m.span.start ? m.role.span.start : m.span.start;
    if (m.kind !== 'leader' || m.candidates.length !== 1 || (start > 0 && text[start - 1] !== '\n')) continue;
    if (SPEAKER_MARK.test(text.slice(m.span.end, m.span.end + 48))) lines.push({ start, speaker: m.candidates[0]! });
  }
  const out = new Map<number, LineSpeaker>();
  lines.forEach(({ start, speaker }, n) => {
    const other = (from: number, step: number): EntityKey | undefined => {
      for (let j = from; j >= 0 && j < lines.length; j += step) if (lines[j]!.speaker !== speaker) return lines[j]!.speaker;
      return undefined;
    };
    out.set(start, { speaker, addressee: other(n - 1, -1) ?? other(n + 1, 1) });
  });
  // A turn goes on over the paragraphs after its line ("On Gaza, let me be clear. We condemn ...") until the next
  // line a label opens, a question's ("Q:", "Reuters:") or a speaker's; a single labelled line is a quotation, no turn.
  if (lines.length < TURN_LINES) return out;
  let turn: LineSpeaker | undefined;
  for (let at = ctx.article.body.start; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const own = out.get(at);
    if (own) turn = own;
    else if (TURN_LABEL.test(text.slice(at, Math.min(end, at + TURN_LABEL_REACH)))) turn = undefined;
    else if (turn) out.set(at, turn);
    at = end + 1;
  }
  return out;
}

/** How many labelled lines make a transcript whose turns run over several paragraphs. */
const TURN_LINES = 2;
/** A line another voice's label opens: capitalised words, perhaps a note in brackets, and a colon ("QUESTION (AFP):"). */
const TURN_LABEL = /^[ \t]*\p{Lu}[\p{L}.'’ -]{0,40}(?:\([^)\n]{0,40}\))?[ \t]*:/u;
/** How far into a line a label's colon may stand. */
const TURN_LABEL_REACH = 90;

/** The person speaking a sentence's line of a transcript, and the other speaker, if any. */
export function speakerOf(ctx: EventContext, sentence: Sentence): LineSpeaker | undefined {
  const speakers = indexOf(ctx).speakers;
  return speakers.size === 0 ? undefined : speakers.get(ctx.article.text.lastIndexOf('\n', sentence.start - 1) + 1);
}

/** An interviewer's line: a short label in capitals, or "Q", and a colon ("HR: ...", "Q: ..."). */
const INTERVIEWER_LINE = /^[ \t]*(?:Q|Question|\p{Lu}{2,4})[ \t]*:/u;
/** How long an interviewer's label may be, with the spaces around it. */
const INTERVIEWER_LABEL = 16;

/** The word for a group that may be the states a sentence lists ("the group had voted"), as well as a bloc. */
const GROUP = 'group';
/** How many listed states make "the group" theirs rather than the bloc the sentences before named. */
const GROUP_OVER_BLOC = 3;

/** The one a speaker addresses: "you". */
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'You']);

/** The first person as the one interviewed speaks of himself or herself. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['I', 'me']);
/** ... and in the plural, with their state: "We signed an agreement" (a capital at a sentence's start, lower case within). */
const FIRST_PERSON_PLURAL: ReadonlySet<string> = new Set(['we', 'We', 'us']);
/** "my government", "our country": folded, as the keys are. */
const FIRST_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);

/** How many sentences from the start may say the article is an interview ("... sat down with the Chronicle"). */
const INTERVIEW_CUE_REACH = 5;

/**
 * An interview's subject: when the headline or the first sentences say the article is one, the person the headline
 * names (by the last word of a name the body gives), else the first the lede names.
 */
function intervieweeOf(ctx: EventContext, speakers: ReadonlyMap<number, LineSpeaker>): EntityKey | undefined {
  const cues = ctx.knowledge.lexicon.interviewCues;
  const title = tokenize(ctx.article.title ?? '').map((t) => t.norm);
  const cued = (keys: readonly string[]): boolean => keys.some((_, i) => cues.longestAt(keys, i) !== undefined);
  if (!cued(title) && !ctx.sentences.slice(0, INTERVIEW_CUE_REACH).some((s) => cued(s.keys))) return undefined;
  // The one person whose name opens the answers' lines ("X: We got a written commitment ...").
  const answering = new Set([...speakers.values()].map((l) => l.speaker));
  if (answering.size === 1) return [...answering][0];
  const people = ctx.mentions.filter((m) => m.kind === 'leader' && m.candidates.length === 1);
  // By a name's last word: a title's ("the leader of X") would match a headline that names only X.
  const inTitle = people.find((m) => m.via !== 'role' && m.via !== 'anaphora' && title.includes(fold(m.text.split(/\s+/).at(-1)!)));
  return (inTitle ?? people.find((m) => m.sentence <= 1))?.candidates[0];
}

/** The interviewers as the lede names them: "X received us on Wednesday". */
const INTERVIEWERS = 'us';

/**
 * The day an interview was given, when the article says so in its first sentences ("This interview was conducted in
 * Putrajaya on May 20", "X received us in Ankara on Wednesday"): the sentence holds an interview cue or "us" and a
 * day; `dayOf` gives a sentence's first stated day.
 */
export function interviewDay(ctx: EventContext, dayOf: (sentence: number) => IsoDate | undefined): IsoDate | undefined {
  if (indexOf(ctx).interviewee === undefined) return undefined;
  const cues = ctx.knowledge.lexicon.interviewCues;
  // "X received us at his office on Wednesday", "spoke to us on Monday": the interviewers in the first person plural.
  for (const s of ctx.sentences.slice(0, INTERVIEW_CUE_REACH)) {
    if (!s.keys.some((k, i) => k === INTERVIEWERS || cues.longestAt(s.keys, i) !== undefined)) continue;
    const day = dayOf(s.index);
    if (day) return day;
  }
  return undefined;
}

/**
 * The leader a header line opening with a cue names whole ("By X", "By X | 20 November", "By X, President of Y"): an
 * op-ed's author, whom the body may never name. Its span is the name's in the header.
 */
export function bylineAuthor(ctx: EventContext): { readonly key: EntityKey; readonly span: Span } | undefined {
  const { gazetteer, lexicon } = ctx.knowledge;
  const text = ctx.article.text;
  let start = 0;
  for (const line of text.slice(0, ctx.article.body.start).split('\n')) {
    const tokens = tokenize(text, start, start + line.length);
    start += line.length + 1;
    const keys = tokens.map((t) => t.norm);
    const cue = lexicon.authorCues.longestAt(keys, 0);
    const plain = cue ? gazetteer.names.longestAt(keys, cue.length) : undefined;
    // "By Ferdinand R. Marcos Jr., President of the Philippines": a middle initial the gazetteer's names lack.
    const name = plain ? { entries: plain.payloads, length: plain.length } : cue ? nameWithMiddleInitial(gazetteer, tokens, keys, cue.length) : undefined;
    if (!cue || !name) continue;
    const after = tokens[cue.length + name.length];
    const leaders = [...new Set(name.entries.filter((e) => e.type === 'leader').map((e) => e.key))];
    if (leaders.length === 1 && (after === undefined || after.kind === 'punct')) {
      return { key: leaders[0]!, span: { start: tokens[cue.length]!.start, end: tokens[cue.length + name.length - 1]!.end } };
    }
  }
  return undefined;
}

/** How many of the body's last sentences may say who wrote it ("The writer is ..."). */
const AUTHOR_CUE_REACH = 3;

/**
 * An op-ed's author: the leader its byline names (`bylineAuthor`), else the person one of the body's last sentences
 * opening with a cue names ("The writer is the President of Kenya"). "I" then speaks for them, as in an interview.
 */
function authorOf(ctx: EventContext): EntityKey | undefined {
  const byline = bylineAuthor(ctx);
  if (byline) return byline.key;
  for (const sentence of ctx.sentences.slice(-AUTHOR_CUE_REACH)) {
    if (!ctx.knowledge.lexicon.authorCues.longestAt(sentence.keys, 0)) continue;
    const people = inSentence(ctx.mentions, sentence.index).filter((m) => m.kind === 'leader' && m.candidates.length === 1);
    if (people.length === 1) return people[0]!.candidates[0];
  }
  return undefined;
}

/** How far before a name its honorific may stand, in characters ("His Highness Sheikh Mohamed bin Zayed"). */
const HONORIFIC_REACH = 40;

/**
 * The person an honorific alone stands for ("His Highness"): the last one named with it before `offset`, else the first
 * person the article names.
 */
function honouredPerson(ctx: EventContext, sentence: number, offset: number, honorific: string): EntityKey | undefined {
  const people = ctx.mentions.filter((m) => m.kind === 'leader' && m.candidates.length === 1 && m.sentence <= sentence && m.span.end <= offset);
  // The honorific in any case, then only capitalised words (more titles) before the name; not after "of", where it
  // names whose office the title is ("Director of the Office of His Majesty X").
  const anyCase = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
  const words = new RegExp(`(?:^|(?<!\\b[Oo]f)\\s)${honorific.split(' ').map(anyCase).join('\\s+')}(?:\\s+\\p{Lu}[\\p{L}'.-]*)*\\s*$`, 'u');
  const named = people.filter((m) => words.test(ctx.article.text.slice(Math.max(0, m.span.start - HONORIFIC_REACH), m.span.start)));
  return (named.at(-1) ?? people[0])?.candidates[0];
}

/** Of the people of a state the article names up to a sentence, the one it names most (the first on a tie). */
function personOf(ctx: EventContext, state: EntityKey, sentence: number): EntityKey | undefined {
  const counts = new Map<EntityKey, number>();
  let best: EntityKey | undefined;
  for (const m of ctx.mentions) {
    if (m.sentence > sentence) break;
    if (m.kind !== 'leader' || m.candidates.length !== 1 || stateOf(ctx, m.candidates[0]!) !== state) continue;
    const key = m.candidates[0]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!best || counts.get(key)! > counts.get(best)!) best = key;
  }
  return best;
}

/** The different people (or states) the sentence before names, in order. */
function namedBefore(ctx: EventContext, sentence: Sentence, people: boolean, index = sentence.index - 1, before = Infinity): EntityKey[] {
  const kind = people ? 'leader' : 'state';
  return [...new Set(inSentence(ctx.mentions, index).filter((m) => m.kind === kind && m.candidates.length === 1 && m.span.end <= before).map((m) => m.candidates[0]!))];
}

/**
 * Of more than two states a sentence names before `before`, the only two it lists together ("Japan and South Korea said
 * North Korea fired ..."); undefined when no list, or more than one, holds exactly two.
 */
function listedPair(ctx: EventContext, index: number, before = Infinity): EntityKey[] | undefined {
  const { keys, tokens } = ctx.sentences[index]!;
  const states = inSentence(ctx.mentions, index).filter((m) => m.kind === 'state' && m.candidates.length === 1 && m.span.end <= before);
  if (new Set(states.map((m) => m.candidates[0]!)).size <= 2) return undefined;
  const pairs: EntityKey[][] = [];
  for (let end = states.length; end > 0;) {
    const run = lastList(keys, tokens, states.slice(0, end));
    const listed = [...new Set(run.map((m) => m.candidates[0]!))];
    if (listed.length === 2) pairs.push(listed);
    end -= run.length;
  }
  return pairs.length === 1 ? pairs[0] : undefined;
}

/**
 * "The three leaders": exactly that many people (or states) named earlier in the sentence, before `offset` ("X hosted A
 * and B, and the three leaders signed"), else in the sentence before.
 */
function groupBefore(ctx: EventContext, sentence: Sentence, count: number, people: boolean, offset: number): EntityKey[] | undefined {
  const here = namedBefore(ctx, sentence, people, sentence.index, offset);
  if (here.length === count) return here;
  // Three or more go back a few sentences: "A and B hosted C ... [the signing by two ministers] ... the three leaders
  // condemned".
  const reach = count >= 3 ? GROUP_REACH : 1;
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - reach); s--) {
    const keys = namedBefore(ctx, sentence, people, s);
    if (keys.length === count) return keys;
    // "Japan and South Korea said North Korea fired a missile. Both governments condemned ...": the pair listed.
    const pair = count === 2 && !people ? listedPair(ctx, s) : undefined;
    if (pair) return pair;
  }
  // "The presidents of A, B and C met ... All three Baltic states are members of NATO": three or more states, the last
  // list of that many anywhere before.
  if (people || count < 3) return undefined;
  for (let s = sentence.index - 1; s >= 0; s--) {
    const { keys, tokens } = ctx.sentences[s]!;
    const states = inSentence(ctx.mentions, s).filter((m) => m.kind === 'state' && m.candidates.length === 1);
    // Whole lists, last first: not three of a list of four.
    for (let end = states.length; end >= count;) {
      const run = lastList(keys, tokens, states.slice(0, end));
      const listed = [...new Set(run.map((m) => m.candidates[0]!))];
      if (listed.length === count) return listed;
      end -= run.length;
    }
  }
  return undefined;
}

/** The token after "of them" or "of us" at `i` ("the three [of them] signed"), else `i`. */
function ofThem(keys: readonly string[], i: number): number {
  return keys[i] === 'of' && (keys[i + 1] === 'them' || keys[i + 1] === 'us') ? i + 2 : i;
}

/** How many sentences back, besides the lede, a bloc's gathering may be told ("G7 foreign ministers met ... The ministers condemned"). */
const GATHERING_REACH = 4;
/** Words that may stand between a bloc and the people it gathers ("the G7 [foreign] ministers"). */
const GATHERING_MODIFIERS = 1;
/** How many words a people noun before "of" may take ("heads of government of"). */
const GATHERING_NOUN_WORDS = 3;

/**
 * The bloc whose people the sentence at `index`, one of the few before it or the lede gathers: "G7 foreign ministers",
 * "Leaders of the Group of Seven", "foreign ministers from ASEAN". Uncounted people ("the ministers", "they") are then
 * that bloc.
 */
function gatheredBloc(ctx: EventContext, index: number): EntityKey | undefined {
  const lex = ctx.knowledge.lexicon;
  // The sentences just before, and the lede: an article about a bloc's meeting says so first.
  const near = Array.from({ length: Math.min(index, GATHERING_REACH) + 1 }, (_, n) => index - n);
  for (const s of index > GATHERING_REACH ? [...near, 0] : near) {
    const { tokens, keys } = ctx.sentences[s]!;
    for (const m of inSentence(ctx.mentions, s)) {
      if (m.kind !== 'bloc' || m.candidates.length !== 1) continue;
      const first = tokenAt(tokens, m.span.start);
      const last = tokenFrom(tokens, m.span.end);
      let after = false;
      for (let k = 0; k <= GATHERING_MODIFIERS && !after && last >= 0; k++) {
        const noun = lex.frameNouns.longestAt(keys, last + k);
        after = noun !== undefined && lex.peopleFrameNouns.has(noun.payloads[0]!) && (k === 0 || tokens[last]!.kind === 'word');
      }
      let j = first - 1;
      if (keys[j] === 'the') j--;
      const of = keys[j] === 'of' || keys[j] === 'from';
      const start = of ? lex.frameNouns.startEndingAt(keys, j - 1, GATHERING_NOUN_WORDS) : -1;
      const before = start >= 0 && lex.peopleFrameNouns.has(keys.slice(start, j).join(' '));
      if (after || before) return m.candidates[0];
    }
  }
  return undefined;
}

/** What joins two items of a list: a comma, "and", or both. */
const LIST_GAP = /^\s*(?:,|,?\s*and)\s*$/;

/**
 * "A hosted B, C and D for talks ... [a quotation of A's] ... The leaders agreed": three or four heads a sentence of
 * talks names a few sentences back, the article's pair among them, are the leaders the sentences since have not left.
 */
function talksOfThreeOrFour(ctx: EventContext, index: number, leading: (k: EntityKey) => boolean, frame: Frame): EntityKey[] | undefined {
  const { events } = ctx.knowledge.lexicon;
  for (let s = index - 2; s >= Math.max(0, index - GATHERING_REACH); s--) {
    const group = namedBefore(ctx, ctx.sentences[s]!, true, s).filter(leading);
    if (group.length < 3 || group.length > MAX_UNCOUNTED || frame.leaders?.some((k) => !group.includes(k))) continue;
    const { tokens, keys } = ctx.sentences[s]!;
    // Named in a list ("hosted A, B and C", "President A, Prime Minister B"), not one by one in clauses of their own.
    const persons = inSentence(ctx.mentions, s).filter((m) => m.kind === 'leader' && m.candidates.length === 1);
    const opening = (m: Mention): number => (m.role && m.role.span.start < m.span.start ? m.role.span.start : m.span.start);
    if (!persons.some((m, n) => n > 0 && LIST_GAP.test(ctx.article.text.slice(persons[n - 1]!.span.end, opening(m))))) continue;
    if (tokens.some((_, i) => events.matchesAt(tokens, keys, i).some((m) => m.type === 'meeting' && !m.negative))) return group;
  }
  return undefined;
}

/**
 * A bloc named before `offset` by a name holding `word` ("council" in "the Gulf Cooperation Council"): of several, the
 * one named most often there, by any of its names (the article's subject, not the Security Council it mentions once);
 * of equals, the one named first (an article names its subject first).
 */
function blocNamedWith(ctx: EventContext, word: string, offset: number): EntityKey | undefined {
  const counts = new Map<EntityKey, number>();
  const holding = new Set<EntityKey>();
  for (const m of ctx.mentions) {
    if (m.span.end > offset || m.kind !== 'bloc' || m.candidates.length !== 1) continue;
    counts.set(m.candidates[0]!, (counts.get(m.candidates[0]!) ?? 0) + 1);
    if (tokenize(m.text).some((t) => t.norm === word)) holding.add(m.candidates[0]!);
  }
  let best: EntityKey | undefined;
  for (const k of holding) if (best === undefined || counts.get(k)! > counts.get(best)!) best = k;
  return best;
}

/** The plural noun for heads of whatever kind: "the two leaders". */
const LEADER_NOUN = 'leader';

/** How many sentences back "the three leaders" may find the three named together. */
const GROUP_REACH = 3;

/** The last two different people named before an offset, or undefined. */
function lastTwoPeople(persons: readonly Mention[], before: number): EntityKey[] | undefined {
  const keys: EntityKey[] = [];
  // Persons are in text order; a few steps back are enough (a bound keeps run-on sentences linear).
  const last = firstWhere(persons.length, (j) => persons[j]!.span.end > before) - 1;
  for (let j = last; j >= 0 && j > last - 8 && keys.length < 2; j--) {
    if (!keys.includes(persons[j]!.candidates[0]!)) keys.push(persons[j]!.candidates[0]!);
  }
  return keys.length === 2 ? keys.reverse() : undefined;
}

/** The office of the title the article first gives a person ("foreign minister"), if any. */
export function officeOf(ctx: EventContext, person: EntityKey): Office | undefined {
  const title = indexOf(ctx).titleOf.get(person);
  return title === undefined ? undefined : ctx.knowledge.lexicon.titleByName.get(title)?.office;
}

/** The office a bare "minister" names, and the offices it covers. */
const GENERIC_MINISTER: Office = 'minister';
const MINISTER_OFFICES: ReadonlySet<Office> = new Set<Office>(['minister', 'foreign_minister', 'defence_minister']);

/** How many people back the two an office's plural refers to are looked for. */
const TITLED_LOOKBACK = 12;

/** The last two people named before offset `before` whose title's office `accepts`, in text order. */
function lastTwoTitled(ctx: EventContext, accepts: (office: Office) => boolean, before: number): EntityKey[] | undefined {
  const mentions = ctx.mentions;
  const keys: EntityKey[] = [];
  let seen = 0;
  for (let j = firstWhere(mentions.length, (n) => mentions[n]!.span.start >= before) - 1; j >= 0 && keys.length < 2 && seen < TITLED_LOOKBACK; j--) {
    const m = mentions[j]!;
    if (m.kind !== 'leader' || m.candidates.length !== 1) continue;
    seen++;
    const key = m.candidates[0]!;
    const o = officeOf(ctx, key);
    if (!keys.includes(key) && o !== undefined && accepts(o)) keys.push(key);
  }
  return keys.length === 2 ? keys.reverse() : undefined;
}

/** Whether a person may be what a pronoun of `gender` refers to: the article tells no other gender for them. */
function agrees(ctx: EventContext, m: Mention, gender: Gender): boolean {
  const known = genderOf(ctx, m.candidates[0]!);
  return known === undefined || known === gender;
}

/** How many sentences back a pronoun's second reading is looked for. */
const OTHER_REACH = 3;

/** The last person other than `referent` named before offset `at` of `sentence`, within a few sentences, who may be of `gender`. */
function lastOtherBefore(ctx: EventContext, sentence: number, at: number, referent: EntityKey, gender: Gender | undefined): EntityKey | undefined {
  const mentions = ctx.mentions;
  for (let j = firstWhere(mentions.length, (n) => mentions[n]!.span.start >= at) - 1; j >= 0; j--) {
    const m = mentions[j]!;
    if (m.sentence < sentence - OTHER_REACH) return undefined;
    if (m.kind === 'leader' && m.candidates.length === 1 && m.candidates[0] !== referent && (!gender || agrees(ctx, m, gender))) return m.candidates[0];
  }
  return undefined;
}

/**
 * Of the people the last sentence before `sentence` that names any names, the salient one (see `salientIn`); but the
 * article's most named person when the naming sentence before that one names them and the last one refers to someone
 * by a pronoun ("Lula was busy. On Monday X received him. He met ...": he is Lula).
 */
function salientOfLastNaming(ctx: EventContext, sentence: number): Mention | undefined {
  const index = indexOf(ctx);
  const last = index.lastLeaderThrough[sentence - 1];
  const salient = last && index.salientIn.get(last.sentence);
  if (!salient || last.sentence === 0) return salient;
  // Only when that sentence refers to someone by a pronoun too ("received him"): the article's person is still there.
  if (!ctx.sentences[last.sentence]!.keys.some((k) => ctx.knowledge.lexicon.personPronouns.has(k))) return salient;
  const protagonist = index.protagonistThrough[sentence - 1];
  const earlier = index.lastLeaderThrough[last.sentence - 1];
  const before = earlier && index.salientIn.get(earlier.sentence);
  return before && before.candidates[0] === protagonist && salient.candidates[0] !== protagonist ? before : salient;
}

/**
 * "..., and the two agreed", "..., and they called for": inside a sentence, "the two" with no noun, or "they" after
 * "and" or a comma, as the subject of the verb that follows (adverbs aside). "Both" only before an event's verb
 * ("..., and both restated their backing"): "..., and both are parties to" names states as often as people.
 */
function midSentencePair(ctx: EventContext, sentence: Sentence, i: number): boolean {
  const { keys } = sentence;
  const lex = ctx.knowledge.lexicon;
  const theTwo = i > 1 && keys[i - 1] === 'the' && lex.grammar.numbers.get(keys[i]!) === 2 && !lex.frameNouns.longestAt(keys, i + 1);
  // "X received Y at the palace, where they signed ...": the place's clause is the two named before's.
  const pronoun = i > 0 && keys[i] === 'they' && (keys[i - 1] === 'and' || keys[i - 1] === ',' || keys[i - 1] === 'where');
  const both = i > 1 && keys[i] === 'both' && keys[i - 1] === 'and' && keys[i - 2] === ',';
  if (!theTwo && !pronoun && !both) return false;
  const pos = tagsOf(ctx.article.text, sentence).pos;
  let v = i + 1;
  while (pos[v] === 'ADV') v++;
  // "the two spoke by phone": the tagger may read the verb as a noun ("two spokes"); the event lexicon reads it as a verb.
  const event = lex.events.matchesAt(sentence.tokens, keys, v).some((m) => m.voice !== 'noun' && !m.negative);
  return event || !both && pos[v] === 'VERB';
}

/** How many words may stand between a count and its frame noun ("the two top leaders"). */
const FRAME_MODIFIERS = 2;
const ALL = 'all';

/** Between "the" and a count, says the group is one named before ("the same two ministers"). */
const SAME = 'same';

/** How many mentions back a reference's antecedent is looked for in its sentence. */
const REFERENCE_LOOKBACK = 8;

/** How many people "the leaders" may name: more is a summit's attendance, no group acting together. */
const MAX_UNCOUNTED = 4;

/** How many words may stand between "the" and a noun that refers back ("the West African bloc", "the 27-member bloc"). */
const REFERENCE_MODIFIERS = 3;

/** The state an article speaks for: the first person's it names, else the first it names. */
function ownState(ctx: EventContext): EntityKey | undefined {
  const person = ctx.mentions.find((m) => m.kind === 'leader' && m.candidates.length === 1);
  return (person && stateOf(ctx, person.candidates[0]!)) ?? ctx.mentions.find((m) => m.kind === 'state' && m.candidates.length === 1)?.candidates[0];
}

/** A word between `from` and `to` says who acts without being a state or bloc ("the terrorist group"). */
function nonState(keys: readonly string[], from: number, to: number, words: ReadonlySet<string>): boolean {
  return from >= 0 && keys.slice(from + 1, to).some((k) => words.has(k));
}

/** The index of the "the" opening the noun phrase that ends with token `i`, past a few words and hyphens; -1 when none. */
function theBefore(keys: readonly string[], i: number, determiner = 'the'): number {
  for (let j = i - 1; j >= Math.max(0, i - 1 - REFERENCE_MODIFIERS); j--) {
    if (keys[j] === determiner) return j;
    if (keys[j] !== '-' && !/^[\p{L}\p{N}]/u.test(keys[j]!)) return -1;
  }
  return -1;
}

/** How many words after the party opening a sentence a person may be named and be the subject instead ("Egypt's foreign minister, X, said"). */
const OPENING_PERSON_REACH = 8;
/** How many sentences back references opening each sentence ("It ...", "The kingdom ...") may be followed. */
const OPENING_CHAIN = 3;

/**
 * The state or bloc opening sentence `s` as its subject ("Egypt's foreign ministry issued ...", "The EU said ..."),
 * unless a person is named right after it (then the person is the subject); when a reference opens the sentence ("It
 * also ...", "The kingdom ...", "The ministry ..."), the party it stood for, a few sentences back at most.
 */
function openingParty(ctx: EventContext, s: number, chain = OPENING_CHAIN): EntityKey | undefined {
  const sentence = ctx.sentences[s];
  if (!sentence || chain === 0) return undefined;
  const { tokens, keys } = sentence;
  const lex = ctx.knowledge.lexicon;
  const first = keys[0] === 'the' ? 1 : 0;
  const reference = first === 0 ? lex.institutionPronouns.has(keys[0] ?? '') : lex.stateReferences.longestAt(keys, 1) ?? lex.syntax.actingNouns.longestAt(keys, 1);
  if (reference) return openingParty(ctx, s - 1, chain - 1);
  const mentions = inSentence(ctx.mentions, s);
  const opener = mentions[0];
  if (!opener || opener.kind !== 'state' && opener.kind !== 'bloc' || opener.candidates.length !== 1 || tokenFrom(tokens, opener.span.start) !== first) return undefined;
  const last = tokens[Math.min(tokens.length - 1, tokenFrom(tokens, opener.span.end) + OPENING_PERSON_REACH)]!.end;
  return mentions.some((m) => (m.kind === 'leader' || m.kind === 'role') && m.span.start < last) ? undefined : opener.candidates[0];
}

/** Whether a state's official name has a word for a form of state ("kingdom" in "Hashemite Kingdom of Jordan"). */
function officialNameHas(ctx: EventContext, key: EntityKey, word: string): boolean {
  return fold(ctx.knowledge.gazetteer.state(key)?.official ?? '').split(' ').includes(word);
}

/** Whether a word for a form of state ("kingdom") fits a state: one of its official name's words, or a word no state's name has ("country"). */
function formOf(ctx: EventContext, key: EntityKey, word: string): boolean {
  return ctx.knowledge.gazetteer.state(key) !== undefined && (officialNameHas(ctx, key, word) || !ctx.knowledge.gazetteer.officialWords().has(word));
}

/** The state a state's or a person's mention stands for. */
function stateOfMention(ctx: EventContext, m: Mention): EntityKey | undefined {
  return m.kind === 'leader' ? stateOf(ctx, m.candidates[0]!) : m.candidates[0];
}

/** The state of the last official its sentence names by office alone before `offset`, when no person is named after it. */
function unnamedOfficialBefore(ctx: EventContext, sentence: Sentence, offset: number, nearest: Mention | undefined): EntityKey | undefined {
  const official = inSentence(ctx.mentions, sentence.index).filter((m) => m.kind === 'state' && m.via === 'role' && m.candidates.length === 1 && m.span.end <= offset).at(-1);
  return official && !(nearest && nearest.sentence === sentence.index && nearest.span.start > official.span.end) ? official.candidates[0] : undefined;
}

/** "supports his government", "with her people": the length of the acting noun an object's possessive pronoun at `i` owns, or 0. */
function possessedActor(ctx: EventContext, sentence: Sentence, i: number): number {
  const keys = sentence.keys;
  if (keys[i] !== 'his' && keys[i] !== 'her') return 0;
  // Only as an object ("supports his government", "solidarity with her people"): as a subject ("told Y that his
  // government supported") it is the speaker's, as "he" would be.
  if (!ctx.knowledge.lexicon.grammar.prepositions.has(keys[i - 1] ?? '') && tagsOf(ctx.article.text, sentence).pos[i - 1] !== 'VERB') return 0;
  const length = ctx.knowledge.lexicon.syntax.actingNouns.longestAt(keys, i + 1)?.length ?? 0;
  // "his counterparts X of Y, ...", "his counterparts in A and B": the parties after the noun are the ones acting.
  const next = sentence.tokens[i + length + 1];
  return next !== undefined && (next.capitalised || next.text === ',' || ctx.knowledge.lexicon.syntax.actingPrepositions.has(next.norm)) ? 0 : length;
}

/** "congratulated her", "told her that": "her" as an object, not a possessive before a noun. */
function objectPosition(ctx: EventContext, sentence: Sentence, i: number): boolean {
  const keys = sentence.keys;
  const next = keys[i + 1];
  const lex = ctx.knowledge.lexicon;
  if (next === undefined || !/\p{L}/u.test(next) || lex.grammar.prepositions.has(next) || lex.syntax.prepositions.has(next) || lex.syntax.subordinators.has(next)) return true;
  // "received her there", "told her they would", "met her and said": no pronoun or conjunction is possessed;
  // "greeted her warmly": nor is an adverb that modifies no word after it ("her newly appointed envoy").
  const pos = tagsOf(ctx.article.text, sentence).pos;
  return pos[i + 1] === 'PRON' || pos[i + 1] === 'CCONJ' || pos[i + 1] === 'ADV' && !ATTRIBUTE_TAGS.has(pos[i + 2] ?? '');
}

/** What an adverb after "her" may modify inside a noun phrase she possesses. */
const ATTRIBUTE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM']);

/**
 * "NATO allies Poland and Lithuania", "NATO allies such as X", "Poland, a NATO ally,", "two EU members": a bloc a word for
 * its members follows describes some of them, named after it or counted before it; no party. "NATO allies accuse X":
 * all of them, the bloc.
 */
export function describesMembers(ctx: EventContext, m: Mention): boolean {
  if (m.kind !== 'bloc') return false;
  const sentence = ctx.sentences[m.sentence]!;
  const { tokens, keys } = sentence;
  const { grammar, syntax } = ctx.knowledge.lexicon;
  const descriptor = tokenFrom(tokens, m.span.end);
  if (!syntax.memberDescriptors.has(keys[descriptor] ?? '')) return false;
  // Named after it: "NATO allies Poland and Lithuania", "NATO allies, including X", "such as X".
  const next = tokens[descriptor + 1];
  if (next !== undefined && (next.capitalised || next.text === ',' || syntax.memberNaming.has(next.norm))) return true;
  // Counted or singled out before it, past the words that grade it: "a close NATO ally", "two NATO allies".
  const { pos } = tagsOf(ctx.article.text, sentence);
  let before = tokenFrom(tokens, m.span.start) - 1;
  while (before > 0 && (pos[before] === 'ADJ' || pos[before] === 'ADV') && !tokens[before]!.capitalised) before--;
  if (before < 0) return false;
  const word = keys[before]!;
  return grammar.indefinites.has(word) || grammar.possessives.has(word) || grammar.cardinals.has(word) || tokens[before]!.kind === 'number' || syntax.memberSelectors.has(word);
}


/** "non-EU Norway", "anti-NATO rhetoric": a name a prefix joins by a hyphen is a modifier, no party. */
function prefixed(ctx: EventContext, sentence: Sentence, m: Mention): boolean {
  const { tokens, keys } = sentence;
  const at = tokenFrom(tokens, m.span.start);
  const hyphen = tokens[at - 1];
  return hyphen?.text === '-' && !hyphen.spaceBefore && !tokens[at]!.spaceBefore && ctx.knowledge.lexicon.syntax.modifierPrefixes.has(keys[at - 2] ?? '');
}

/** The participants of a sentence under a frame; the same frame gives the same list, computed once. */
export function participantsIn(ctx: EventContext, sentence: Sentence, frame: Frame): Participant[] {
  const byFrame = indexOf(ctx).participants;
  let bySentence = byFrame.get(frame);
  if (!bySentence) byFrame.set(frame, (bySentence = new Map()));
  const cached = bySentence.get(sentence.index);
  if (cached && cached.leaders === frame.leaders && cached.states === frame.states) return cached.list;
  const list = readParticipants(ctx, sentence, frame);
  bySentence.set(sentence.index, { leaders: frame.leaders, states: frame.states, list });
  return list;
}

const namedSets = new ArticleCache<readonly Participant[], ReadonlySet<EntityKey>>();

/** The entities a sentence's participants name (not by pronoun), read once per list: each event of a sentence asks. */
export function namedIn(participants: readonly Participant[]): ReadonlySet<EntityKey> {
  let named = namedSets.get(participants);
  if (!named) namedSets.set(participants, (named = new Set(participants.filter((p) => p.kind === 'mention').flatMap((p) => p.keys))));
  return named;
}

/** Whether the gazetteer has the person heading a state or government on the article's day, and holding no other office. */
export function heads(ctx: EventContext, person: EntityKey): boolean {
  const terms = ctx.knowledge.gazetteer.termsOn(person, ctx.on);
  return terms.length > 0 && terms.every((t) => HEAD_OFFICES.has(t.office));
}

/** A word of two letters or more written in capitals ("HE"); the test is left until a pronoun asks it. */
const inCapitals = (t: Token): boolean => t.text.length > 1 && t.text === t.text.toUpperCase();

/** How many words a title the lexicon does not know may take between a state and a person's known title. */
const TITLE_WORDS = 4;
/** How many capitalised words may stand between a state's possessive and a person's title ("Acting", "First Deputy"). */
const TITLE_MODIFIERS = 2;

function readParticipants(ctx: EventContext, sentence: Sentence, frame: Frame): Participant[] {
  const lex = ctx.knowledge.lexicon;
  const tokens = sentence.tokens;
  const keys = sentence.keys;
  const mentions = inSentence(ctx.mentions, sentence.index).filter((m) => m.candidates.length === 1);
  const persons = mentions.filter((m) => m.kind === 'leader');
  const seenTitles = new Set<number>();
  const sharedTitles = new Set<number>();
  for (const m of persons) if (m.role) (seenTitles.has(m.role.span.start) ? sharedTitles : seenTitles).add(m.role.span.start);
  // Titles and agreement names, asked whether they hold a party by halving (a run-on sentence asks for every one).
  const holders = new SpanIndex(mentions.flatMap((m) => (m.kind === 'leader' && m.role ? [{ span: m.role.span }] : m.kind === 'agreement' ? [{ span: m.span }] : [])));
  const absorbed = (span: Span): boolean => holders.covers(span.start, span.end);
  const out: Participant[] = [];
  const personStarts = new Set(persons.flatMap((o) => (o.role ? [o.span.start, o.role.span.start] : [o.span.start])));
  // A state that is part of a person whose span does not reach it: by the offset the person's title starts at, the
  // state's start, where the person's span then starts.
  const titleOpenings = new Map<number, number>();
  // Whether a person's title starts from token `from`, after `min` to `reach` capitalised words (and "and" between
  // them when `joined`); records that the person's span starts at `start`.
  const titleOfPersonFrom = (from: number, min: number, reach: number, joined: boolean, start: number): boolean => {
    for (let j = from, n = 0; j >= 0 && j < tokens.length && n <= reach; j++, n++) {
      if (n >= min && personStarts.has(tokens[j]!.start)) {
        if (n > 0) titleOpenings.set(tokens[j]!.start, start);
        return true;
      }
      // "Finland's then-president": the hyphen after a time prefix as well.
      const prefixHyphen = keys[j] === '-' && !tokens[j]!.spaceBefore && lex.timePrefixes.has(keys[j - 1] ?? '');
      if (!(tokens[j]!.kind === 'word' && (tokens[j]!.capitalised || lex.timePrefixes.has(keys[j]!))) && !prefixHyphen && !(joined && n > 0 && keys[j] === 'and')) return false;
    }
    return false;
  };
  // A state whose possessive stands right before a person, or before a title's capitalised modifiers, is part of the
  // person: "Jordan's King Abdullah II", "Thailand's Acting Prime Minister X", "Japan's then Foreign Minister X", "Finland's
  // then-president, X".
  const possessorOfPerson = (m: Mention): boolean => {
    const i = tokenFrom(tokens, m.span.end);
    return i >= 0 && keys[i] === "'" && keys[i + 1] === 's' && titleOfPersonFrom(i + 2, 0, TITLE_MODIFIERS, false, m.span.start);
  };
  // "Y, X's senior adviser for Africa,", "X's spokesman": a person whose possessive a title follows (a few
  // lower-case words between) is not the one who acts; the title's holder is.
  const possessorOfTitle = (m: Mention): boolean => {
    const i = tokenFrom(tokens, m.span.end);
    if (i < 0 || keys[i] !== "'" || keys[i + 1] !== 's') return false;
    for (let j = i + 2; j <= i + 2 + TITLE_MODIFIERS && j < tokens.length; j++) {
      if (lex.titles.longestAt(keys, j) !== undefined) return true;
      if (tokens[j]!.kind !== 'word' || tokens[j]!.capitalised) return false;
    }
    return false;
  };
  // "Chinese State Councillor and Foreign Minister Wang Yi": a state before title words the lexicon does not know, joined
  // to the title a person bears, is part of that person.
  const opensTitleOfPerson = (m: Mention): boolean => titleOfPersonFrom(tokenFrom(tokens, m.span.end), 1, TITLE_WORDS, true, m.span.start);
  // "President X of Y": a state or bloc after "of" right behind a person's name is part of the person.
  const mentionAt = new Map(mentions.map((m) => [m.span.start, m] as const));
  const ofPerson = new Map<Mention, Mention>();
  for (const p of persons) {
    let i = tokenFrom(tokens, p.span.end);
    if (i < 0 || keys[i] !== 'of') continue;
    for (i++; i < tokens.length && lex.grammar.determiners.has(keys[i]!); i++);
    const place = tokens[i] ? mentionAt.get(tokens[i]!.start) : undefined;
    // "assured X of France's support": a possessive state owns the noun after it, not the person before.
    const next = place ? tokenFrom(tokens, place.span.end) : -1;
    const owner = next >= 0 && keys[next] === "'" && keys[next + 1] === 's';
    if (place && !owner && (place.kind === 'state' || place.kind === 'bloc')) ofPerson.set(p, place);
  }
  const ofPlaces = new Set(ofPerson.values());
  // Each demonym by its first token, with the token after it.
  const demonymStarts = new Map(mentions.filter((m) => m.kind === 'state' && m.via === 'demonym')
    .map((m) => [tokenFrom(tokens, m.span.start), tokenFrom(tokens, m.span.end)] as const));
  for (const m of mentions) {
    if (m.kind !== 'leader' && m.kind !== 'state' && m.kind !== 'bloc') continue;
    if (m.kind !== 'leader' && (absorbed(m.span) || possessorOfPerson(m) || opensTitleOfPerson(m) || ofPlaces.has(m) || describesMembers(ctx, m) || prefixed(ctx, sentence, m))) continue;
    if (m.kind === 'leader' && possessorOfTitle(m)) continue;
    const kind = m.kind === 'state' && m.via === 'demonym' ? 'demonym' : 'mention';
    if (kind === 'demonym') {
      // "the Russian leadership", "the Iranian government and nation" act; "Russian gas" does not; "the
      // Moroccan and Israeli sides": a demonym coordinated with one that acts shares its noun.
      const next = tokenFrom(tokens, m.span.end);
      const actsAt = (j: number): boolean => j >= 0 && lex.actorNouns.matchesAt(keys, j).length > 0;
      const shared = next >= 0 && keys[next] === 'and' && demonymStarts.has(next + 1) && actsAt(demonymStarts.get(next + 1)!);
      if (!actsAt(next) && !shared) {
        out.push({ span: m.span, keys: m.candidates, tier: 1, kind: 'demonym' });
        continue;
      }
    }
    // A person's span takes in the title before the name: "Armenian Prime Minister Nikol Pashinyan".
    // ... or after it in apposition: "Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar"; a plural title
    // several people share ("the foreign ministers, A and B") stays out of each one's, as does one with another person
    // named between it and the name (one of them known to the gazetteer: "Foreign ministers A and B").
    const between = (o: Mention): boolean => o !== m && o.span.start >= m.role!.span.end && o.span.end <= m.span.start;
    const titled = m.kind === 'leader' && m.role && !sharedTitles.has(m.role.span.start) && m.role.span.end - m.span.start < 200 && Math.abs(m.role.span.start - m.span.start) < 120 && !persons.some(between)
      ? { start: Math.min(m.role.span.start, m.span.start), end: Math.max(m.role.span.end, m.span.end) } : m.span;
    const place = ofPerson.get(m);
    const start = titleOpenings.get(titled.start) ?? titled.start;
    const span = { start, end: place ? Math.max(titled.end, place.span.end) : titled.end };
    out.push({ span, keys: m.candidates, tier: m.kind === 'leader' ? 0 : 1, kind: 'mention' });
  }
  const byEnd = [...persons].sort((a, b) => a.span.end - b.span.end);
  // The mentions (in text order) starting before an offset, last first, a few steps back: a bound keeps run-on
  // sentences of references linear.
  const before = (offset: number): Mention[] => {
    const end = firstWhere(mentions.length, (j) => mentions[j]!.span.start >= offset);
    return mentions.slice(Math.max(0, end - REFERENCE_LOOKBACK), end).reverse();
  };
  const insideMention = (i: number): boolean => before(tokens[i]!.start + 1).some((m) => tokens[i]!.end <= m.span.end);
  let named = 0;
  let lastSubject: EntityKey | undefined;
  const interviewee = indexOf(ctx).interviewee;
  // On the interviewer's line of an interview ("Q: You met X on Monday"), "you" is the one interviewed.
  const lineStart = ctx.article.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const asked = interviewee !== undefined && INTERVIEWER_LINE.test(ctx.article.text.slice(lineStart, lineStart + INTERVIEWER_LABEL));
  const line = speakerOf(ctx, sentence);
  const addressee = line?.addressee ?? (asked ? interviewee : undefined);
  // The demonyms a guest noun takes in ("the [Chinese] guest"): no party of their own.
  const guestDemonyms = new Set<number>();
  let quotes: Span[] | undefined;
  const governed = (m: Mention): boolean => governedPerson(ctx, sentence, m);
  for (let i = 0; i < tokens.length; i++) {
    // "the Saudi crown prince said the kingdom ...": the state named last before it, or the state of the person named last.
    // "the Chinese guest", "the Turkish host": the person of that state the article has named most up to here.
    const demonym = lex.guestNouns.has(keys[i]!) ? mentions.find((m) => m.via === 'demonym' && m.kind === 'state' && tokenFrom(tokens, m.span.end) === i) : undefined;
    // "her Indonesian guest Prabowo Subianto": the guest is named after the noun.
    const guestNamed = demonym !== undefined && mentions.some((m) => m.kind === 'leader' && m.span.start === tokens[i + 1]?.start);
    const guest = demonym && !guestNamed && keys[i - 2] === 'the' && personOf(ctx, demonym.candidates[0]!, sentence.index);
    if (guest) out.push({ span: { start: tokens[i - 2]!.start, end: tokens[i]!.end }, keys: [guest], tier: 0, kind: 'pronoun' });
    if (demonym && (guest || guestNamed)) guestDemonyms.add(demonym.span.start);
    const stateNoun = lex.stateReferences.longestAt(keys, i);
    // "the Kingdom of X" is a name; "accusing the former colonial power of lies" is not.
    const after = i + (stateNoun?.length ?? 0);
    const ofName = keys[after] === 'of' && tokens[after + 1]?.capitalised === true;
    const the = stateNoun && !ofName && !insideMention(i) ? theBefore(keys, i + stateNoun.length - 1) : -1;
    // "the Egyptian foreign ministry": a state named among its modifiers is the one it stands for, read as that state.
    const modified = the >= 0 && mentions.some((m) => m.kind === 'state' && m.span.start >= tokens[the]!.start && m.span.end <= tokens[i]!.start);
    if (stateNoun && !ofName && !insideMention(i) && !modified) {
      const named = the >= 0 ? before(tokens[the]!.start).filter((m) => m.span.end <= tokens[the]!.start && (m.kind === 'state' || m.kind === 'leader')) : [];
      // "X telephoned Emir Y to express the kingdom's solidarity": a word for a form of state ("kingdom", "sultanate")
      // goes to the nearest state whose official name has it.
      const form = (m: Mention): boolean => {
        const key = stateOfMention(ctx, m);
        return key !== undefined && officialNameHas(ctx, key, stateNoun.payloads[0]!);
      };
      const nearest = named.find(form) ?? named[0];
      // "the Kingdom", "the Sultanate" capitalised with no state before it in the sentence: the article's own state, that
      // of the first person it names (a list of senders may name other states first), else the first state it names.
      const own = !nearest && the >= 0 && tokens[i]!.capitalised ? ownState(ctx) : undefined;
      // Opening a sentence that names no one before it: the party that opened the sentence before ("Jordan reacted
      // quickly. The kingdom condemned ..."), when its form of state fits.
      const opener = !nearest && !own && the === 0 ? openingParty(ctx, sentence.index - 1) : undefined;
      const state = nearest ? stateOfMention(ctx, nearest) : own ?? (opener && formOf(ctx, opener, stateNoun.payloads[0]!) ? opener : undefined);
      // "Beijing supports the Pacific nation": when that state is the clause's own subject, the one named before it.
      const next = state ? named.map((m) => stateOfMention(ctx, m)).find((k) => k !== undefined && k !== state) : undefined;
      if (state) out.push({ span: { start: tokens[the]!.start, end: tokens[i + stateNoun.length - 1]!.end }, keys: [state], tier: 1, kind: 'pronoun', ...(next ? { otherwise: [next] } : {}) });
    }
    // "support for its new government", "solidarity with its people": an acting noun "its" owns after a preposition is
    // the state named last before it (the subject's own would be "reaffirmed its support").
    const acting = stateNoun ? undefined : lex.syntax.actingNouns.longestAt(keys, i);
    const its = acting ? theBefore(keys, i, 'its') : -1;
    if (its > 0 && lex.grammar.prepositions.has(keys[its - 1]!) && !insideMention(i)) {
      const nearest = before(tokens[its]!.start).find((m) => m.span.end <= tokens[its]!.start && (m.kind === 'state' || m.kind === 'leader'));
      const state = nearest ? stateOfMention(ctx, nearest) : undefined;
      if (state) out.push({ span: { start: tokens[its]!.start, end: tokens[i + acting!.length - 1]!.end }, keys: [state], tier: 1, kind: 'pronoun' });
    }
    // "the regional body", "the 27-member bloc": the last bloc named, in this sentence or before.
    // "the group of 20" names a group of its own; "accused the group of giving ..." the bloc named before.
    if (lex.blocReferences.has(keys[i]!) && (keys[i + 1] !== 'of' || keys[i + 2]?.endsWith('ing') === true) && !insideMention(i)) {
      // "the terrorist group", "the armed group": no bloc.
      const opening = theBefore(keys, i);
      const the = nonState(keys, opening, i, lex.nonStateGroupWords) ? -1 : opening;
      const here = the >= 0 ? mentions.filter((m) => m.span.end <= tokens[the]!.start) : [];
      // "speaking on behalf of A, B, C and D, said the group had voted": with no bloc named before it in the sentence,
      // a group is the states it lists, three or more of them when a bloc was named in the sentences before.
      const earlier = the >= 0 ? indexOf(ctx).lastBlocThrough[sentence.index - 1] : undefined;
      const listed = keys[i] === GROUP && !here.some((m) => m.kind === 'bloc') ? [...new Set(here.filter((m) => m.kind === 'state' && m.via !== 'demonym').flatMap((m) => m.candidates))] : [];
      const bloc = the >= 0 ? (here.findLast((m) => m.kind === 'bloc') ?? earlier) : undefined;
      if (listed.length >= (earlier ? GROUP_OVER_BLOC : 2)) out.push({ span: { start: tokens[the]!.start, end: tokens[i]!.end }, keys: listed, tier: 1, kind: 'pronoun' });
      else if (bloc) out.push({ span: { start: tokens[the]!.start, end: tokens[i]!.end }, keys: bloc.candidates, tier: 1, kind: 'pronoun' });
    }
    // "the Gulf Cooperation Council ... The Council condemned": a bloc whose name holds the noun.
    const referring = lex.namedBlocReferences.has(keys[i]!) && !insideMention(i) ? theBefore(keys, i) : -1;
    const holder = referring >= 0 ? blocNamedWith(ctx, keys[i]!, tokens[referring]!.start) : undefined;
    if (holder) out.push({ span: { start: tokens[referring]!.start, end: tokens[i]!.end }, keys: [holder], tier: 1, kind: 'pronoun' });
    // "Egypt's foreign ministry issued a statement. It condemned ...", "... The ministry condemned ...": opening a
    // sentence, the party that opened the one before.
    const body = i === 1 && keys[0] === 'the' ? lex.syntax.actingNouns.longestAt(keys, 1) : undefined;
    const bodyEnd = body ? 1 + body.length : 0;
    if (i === 0 && lex.institutionPronouns.has(keys[0]!) || body && !lex.syntax.actingPrepositions.has(keys[bodyEnd] ?? '') && !insideMention(1)) {
      const party = openingParty(ctx, sentence.index - 1);
      const end = body ? bodyEnd - 1 : 0;
      if (party) out.push({ span: { start: tokens[0]!.start, end: tokens[end]!.end }, keys: [party], tier: 1, kind: 'pronoun' });
    }
    // "X held talks with Y. Officials signed an agreement ...": bare delegates opening a clause with a signing act for
    // the two states named before it in the sentence, else in the sentence before, else the pair of states the article
    // is about (who they are in any other act the sentence does not say: "Ministers hope ..." are one side's).
    const opensClause = i === 0 || keys[i - 1] === 'and' || keys[i - 1] === ',';
    if (opensClause && lex.delegateNouns.has(keys[i]!) && lex.agreementWords.signingVerbs.has(keys[i + 1] ?? '')) {
      const states = groupBefore(ctx, sentence, 2, false, tokens[i]!.start) ?? frame.states;
      if (states) out.push({ span: { start: tokens[i]!.start, end: tokens[i]!.end }, keys: states, tier: 1, kind: 'frame' });
    }
    // "His Highness also stressed ...": an honorific with no name after it is the person the article gave it to.
    const honorific = lex.grammar.possessives.has(keys[i]!) ? lex.honorifics.longestAt(keys, i) : undefined;
    const bare = honorific && !(tokens[i + honorific.length]?.kind === 'word' && tokens[i + honorific.length]!.capitalised) && !insideMention(i);
    const honoured = bare ? honouredPerson(ctx, sentence.index, tokens[i]!.start, honorific.payloads[0]!) : undefined;
    if (honoured) out.push({ span: { start: tokens[i]!.start, end: tokens[i + honorific!.length - 1]!.end }, keys: [honoured], tier: 0, kind: 'pronoun' });
    // "They agreed ...", "The two agreed ...": opening the sentence, the two people the sentence before names, else
    // the pair the article is about.
    const opening = i === 0 && lex.groupPronouns.has(keys[0]!) && keys[0] !== 'both' ? 1 : i === 1 && keys[0] === 'the' && lex.grammar.numbers.get(keys[1]!) === 2 && !lex.frameNouns.longestAt(keys, 2) ? 2 : 0;
    if (opening > 0) {
      const pair = groupBefore(ctx, sentence, 2, true, tokens[0]!.start) ?? frame.leaders;
      // "G7 foreign ministers met in Tokyo. They condemned ...": the bloc whose people the sentences before gathered.
      const bloc = pair || keys[0] !== 'they' ? undefined : gatheredBloc(ctx, sentence.index - 1);
      if (pair) out.push({ span: { start: tokens[0]!.start, end: tokens[opening - 1]!.end }, keys: pair, tier: 0, kind: 'frame' });
      else if (bloc) out.push({ span: { start: tokens[0]!.start, end: tokens[0]!.end }, keys: [bloc], tier: 1, kind: 'frame' });
    } else if (midSentencePair(ctx, sentence, i)) {
      // "In his call with X, Y stressed ..., and the two agreed ...", "..., and they called for ...": the last two people
      // named before, else the pair.
      const first = keys[i - 1] === 'the' ? i - 1 : i;
      const pair = lastTwoPeople(persons, tokens[first]!.start) ?? frame.leaders;
      if (pair) out.push({ span: { start: tokens[first]!.start, end: tokens[i]!.end }, keys: pair, tier: 0, kind: 'frame' });
    } else if (i > 0 && keys[i - 1] === 'the' && (lex.grammar.numbers.get(keys[i]!) ?? 0) > 2 && !lex.frameNouns.longestAt(keys, i + 1)
      && tagsOf(ctx.article.text, sentence).pos[ofThem(keys, i + 1)] === 'VERB') {
      // "the three signed", "the three of them signed": the three people the sentence before names.
      const group = groupBefore(ctx, sentence, lex.grammar.numbers.get(keys[i]!)!, true, tokens[i]!.start);
      if (group) out.push({ span: { start: tokens[i - 1]!.start, end: tokens[ofThem(keys, i + 1) - 1]!.end }, keys: group, tier: 0, kind: 'frame' });
    }
    // "the heads of state signed ...", "the leaders agreed ...": uncounted, the people the sentence before names (two to
    // four), else the pair the article is about; "the leaders of X and Y" are read from their states.
    const uncounted = keys[i] === 'the' ? lex.frameNouns.longestAt(keys, i + 1) : undefined;
    if (uncounted && lex.peopleFrameNouns.has(uncounted.payloads[0]!) && keys[i + 1 + uncounted.length] !== 'of' && !insideMention(i + 1)) {
      // "The summit was attended by three foreign ministers. The leaders agreed": people titled with another office are
      // no leaders.
      const leaders = uncounted.payloads[0]!.replace(/s$/, '') === LEADER_NOUN;
      const leading = (k: EntityKey): boolean => { const o = officeOf(ctx, k); return o === undefined || HEAD_OFFICES.has(o) || o === 'organisation_head'; };
      const before = namedBefore(ctx, sentence, true);
      const named = before.filter((k) => !leaders || leading(k));
      // "Leaders of the Group of Seven met ... The leaders condemned": the bloc whose people were gathered (read once).
      let gathered: { bloc: EntityKey | undefined } | undefined;
      const gathering = (): EntityKey | undefined => (gathered ??= { bloc: gatheredBloc(ctx, sentence.index) }).bloc;
      const group = named.length >= 2 && named.length <= MAX_UNCOUNTED ? named
        : before.length <= 1 && leaders && !gathering() && talksOfThreeOrFour(ctx, sentence.index, leading, frame) || frame.leaders;
      const bloc = group ? undefined : gathering();
      const span = { start: tokens[i]!.start, end: tokens[i + uncounted.length]!.end };
      if (group) out.push({ span, keys: group, tier: 0, kind: 'frame' });
      else if (bloc) out.push({ span, keys: [bloc], tier: 1, kind: 'frame' });
    }
    // "the two presidents", "both sides", "both countries"; "the three leaders" named just before.
    // "the same two ministers" too.
    // "all three countries" too.
    const lead = keys[i] === 'both' ? 0 : keys[i - 1] === 'the' || keys[i - 1] === ALL ? 1 : keys[i - 1] === SAME && keys[i - 2] === 'the' ? 2 : -1;
    const count = lead === 0 ? 2 : lead > 0 ? lex.grammar.numbers.get(keys[i]!) : undefined;
    if (count !== undefined) {
      // A modifier or two may stand before the noun ("the two top leaders", "all three Baltic states"), not a name ("the
      // two Koreas' ...", "the two Chinese ministers").
      const modifier = (j: number): boolean => tokens[j]?.kind === 'word' && (!tokens[j]!.capitalised || !insideMention(j) && keys[j + 1] !== "'");
      let skip = 0;
      let match = lex.frameNouns.longestAt(keys, i + 1);
      while (!match && skip < FRAME_MODIFIERS && modifier(i + 1 + skip)) match = lex.frameNouns.longestAt(keys, i + 2 + skip++);
      if (match) {
        const noun = match.payloads[0]!;
        const people = lex.peopleFrameNouns.has(noun);
        // "X received Y ..., where the two men held talks": two people named just before are the pair; "in the
        // presence of A and B, the two countries signed": their two states.
        const pair = count === 2 ? lastTwoPeople(persons, tokens[i]!.start) : undefined;
        const theirStates = pair && !people ? [...new Set(pair.flatMap((k) => stateOf(ctx, k) ?? []))] : [];
        const before = people ? pair : theirStates.length === 2 ? theirStates : undefined;
        // Without a frame yet, the two named in the sentence before ("sent cables to A and B. C sent similar
        // cables to the two presidents": the last two people it names).
        const previous = (): EntityKey[] | undefined => (people
          ? lastTwoPeople(inSentence(ctx.mentions, sentence.index - 1).filter((m) => m.kind === 'leader' && m.candidates.length === 1), Infinity)
          : groupBefore(ctx, sentence, count, people, tokens[i]!.start));
        // "The two ministers" (a title of no head) are no pair of heads of state or government the article is about.
        const office = lex.titleByName.get(noun.replace(/s$/, ''))?.office;
        const framePair = people && office !== undefined && !HEAD_OFFICES.has(office) && frame.leaders?.every((k) => heads(ctx, k)) ? undefined : people ? frame.leaders : frame.states;
        // "The two Foreign Ministers" after a pair of other offices: the last two the article titles so ("the two leaders"
        // after a minister: the last two heads).
        // "The two leaders" after a president's call with the AU Commission's chairperson: a bloc's head leads too.
        const leaderNoun = noun.replace(/s$/, '') === LEADER_NOUN;
        const headLike = (o: Office): boolean => HEAD_OFFICES.has(o) || leaderNoun && o === 'organisation_head';
        // "The two ministers" are any two ministers: foreign, defence or other.
        const sameClass = (o: Office): boolean => o === office || headLike(o) && office !== undefined && headLike(office)
          || office === GENERIC_MINISTER && MINISTER_OFFICES.has(o);
        const otherOffice = (k: EntityKey): boolean => { const o = officeOf(ctx, k); return o !== undefined && !sameClass(o); };
        const titled = office !== undefined && count === 2 && !before && framePair?.some(otherOffice) ? lastTwoTitled(ctx, sameClass, tokens[i]!.start) : undefined;
        // "X said Y's conduct breaches the convention, to which both countries are party": two states its sentence names
        // before it; of more, two it lists last ("X fired a missile, Japanese and South Korean officials said, drawing
        // condemnation from both governments").
        const here = (): EntityKey[] | undefined => {
          if (people) return undefined;
          const named = namedBefore(ctx, sentence, people, sentence.index, tokens[i]!.start);
          return named.length === 2 ? named : listedPair(ctx, sentence.index, tokens[i]!.start);
        };
        // "X arrived on Monday. After talks with Y, the two leaders signed": the one person named before in the sentence and
        // the one the sentences before are about.
        const oneAndLast = (): EntityKey[] | undefined => {
          if (!people) return undefined;
          const named = [...new Set(persons.filter((m) => m.span.end <= tokens[i]!.start && m.candidates.length === 1).map((m) => m.candidates[0]!))];
          const last = named.length === 1 ? salientOfLastNaming(ctx, sentence.index)?.candidates[0] : undefined;
          return last && last !== named[0] ? [last, named[0]!] : undefined;
        };
        const group = count === 2 ? (before ?? here() ?? titled ?? framePair ?? previous() ?? oneAndLast()) : groupBefore(ctx, sentence, count, people, tokens[i]!.start);
        const span = { start: tokens[i - lead]!.start, end: tokens[i + skip + match.length]!.end };
        if (group && group.length > 0) out.push({ span, keys: group, tier: people ? 0 : 1, kind: 'frame' });
        continue;
      }
    }
    // "I met him in Beijing": in an interview, the first person outside quotations is the one interviewed; in a
    // transcript, the one whose line it is, who says "you" to the other speaker.
    const self = line?.speaker ?? (asked ? undefined : interviewee);
    if (self && FIRST_PERSON.has(tokens[i]!.text) && !inQuotation(quotes ??= quotations(ctx.article.text, sentence), tokens[i]!.start)) {
      out.push({ span: { start: tokens[i]!.start, end: tokens[i]!.end }, keys: [self], tier: 0, kind: 'pronoun' });
      continue;
    }
    if (addressee && SECOND_PERSON.has(tokens[i]!.text) && !inQuotation(quotes ??= quotations(ctx.article.text, sentence), tokens[i]!.start)) {
      out.push({ span: { start: tokens[i]!.start, end: tokens[i]!.end }, keys: [addressee], tier: 0, kind: 'pronoun' });
      continue;
    }
    // "We" is the one whose turn it is in a transcript (an official's "we condemn" is theirs), an interviewee's state.
    const speaksFor = self && FIRST_PERSON_PLURAL.has(tokens[i]!.text) ? (line ? self : stateOf(ctx, self)) : undefined;
    if (speaksFor && !inQuotation(quotes ??= quotations(ctx.article.text, sentence), tokens[i]!.start)) {
      out.push({ span: { start: tokens[i]!.start, end: tokens[i]!.end }, keys: [speaksFor], tier: line ? 0 : 1, kind: 'pronoun' });
      continue;
    }
    // "My government welcomes ...", "our country supports ...": the state of the one who writes or speaks.
    const owned = self && FIRST_PERSON_POSSESSIVES.has(keys[i]!) ? (lex.stateReferences.longestAt(keys, i + 1) ?? lex.actorNouns.longestAt(keys, i + 1)) : undefined;
    const ourState = owned ? stateOf(ctx, self!) : undefined;
    if (owned && ourState && !inQuotation(quotes ??= quotations(ctx.article.text, sentence), tokens[i]!.start)) {
      out.push({ span: { start: tokens[i]!.start, end: tokens[i + owned.length]!.end }, keys: [ourState], tier: 1, kind: 'pronoun' });
      i += owned.length;
      continue;
    }
    // "he", "his country".
    // "HE President X": in capitals inside a sentence that is not shouted, "HE" is His Excellency, no pronoun.
    // "Vice Premier He Lifeng": a pronoun's word inside a name is the name's.
    if (lex.personPronouns.has(keys[i]!) && tokens[i]!.kind === 'word' && !(inCapitals(tokens[i]!) && !sentence.shouted) && !insideMention(i)) {
      // The sentence's people in order of their ends; pronouns come in text order, so a cursor finds the last one before.
      while (named < byEnd.length && byEnd[named]!.span.end <= tokens[i]!.start) named++;
      // Before anyone is named in the sentence, "he" continues the sentence that last named people: the one of
      // them the article is most about is a likelier antecedent than the last one named.
      const nearest = named > 0 ? byEnd[named - 1] : salientOfLastNaming(ctx, sentence.index);
      // A pronoun of the other gender than the nearest person's looks further back: "she" and "her" to the last
      // woman named, "he" and "him" to the last person named in the sentence not known to be one.
      const gender = pronounGender(ctx, keys[i]!);
      const person = gender === undefined || nearest === undefined && gender === 'masculine' || nearest && agrees(ctx, nearest, gender) ? nearest
        : gender === 'feminine' ? lastWomanBefore(ctx, sentence.index, tokens[i]!.start) ?? nearest
          : byEnd.slice(Math.max(0, named - REFERENCE_LOOKBACK), named).reverse().find((m) => agrees(ctx, m, 'masculine')) ?? nearest;
      // "The representative of X said his Government ...": an official the sentence names by office alone, after anyone
      // it names, is whom "his" or "her" before a noun for the state stands for.
      const official = (keys[i] === 'his' || keys[i] === 'her') ? unnamedOfficialBefore(ctx, sentence, tokens[i]!.start, nearest) : undefined;
      const stateNoun = official ? lex.stateReferences.longestAt(keys, i + 1) ?? lex.syntax.actingNouns.longestAt(keys, i + 1) : undefined;
      if (official && stateNoun) {
        out.push({ span: { start: tokens[i]!.start, end: tokens[i + stateNoun.length]!.end }, keys: [official], tier: 1, kind: 'pronoun' });
        continue;
      }
      if (!person) continue;
      // On a transcript's line the speaker says "I": "he" and "him" are someone else, the last other person named.
      const speaking = line?.speaker !== undefined && person.candidates[0] === line.speaker;
      const key = (speaking ? lastOtherBefore(ctx, sentence.index, tokens[i]!.start, line.speaker, gender) : undefined) ?? person.candidates[0]!;
      const regendered = person !== nearest;
      const actor = possessedActor(ctx, sentence, i);
      if (keys[i + 1] === 'country' && (keys[i] === 'his' || keys[i] === 'her')) {
        const state = stateOf(ctx, key);
        if (state) out.push({ span: { start: tokens[i]!.start, end: tokens[i + 1]!.end }, keys: [state], tier: 1, kind: 'pronoun' });
      } else if (keys[i] === 'he' || keys[i] === 'she') {
        // "Y, whom he met": the person named last is the antecedent of "whom", so "he" is someone else.
        // Both look a few people back: run-on sentences of references stay linear.
        const recent = byEnd.slice(Math.max(0, named - REFERENCE_LOOKBACK), named).reverse();
        // When the sentence names no one else ("the one with X, whom he met"), the salient person of the sentence
        // before, else the article's most named one.
        const protagonist = indexOf(ctx).protagonistThrough[sentence.index - 1];
        const other = keys[i - 1] === 'whom' ? recent.find((m) => m.candidates[0] !== key)?.candidates[0]
          ?? [salientOfLastNaming(ctx, sentence.index)?.candidates[0], protagonist].find((k) => k !== undefined && k !== key) : undefined;
        // "he was received by X; he then met Y": a subject's antecedent is rarely a preposition's object; the last
        // person named outside one, else the sentence's earlier "he".
        // So is a verb's object when a clause of its own opens between ("A met B on Monday, then flew to X, where he met C").
        const subject = !other && (governed(person) || verbObject(ctx, sentence, person, i)) ? recent.find((m) => !governed(m) && m !== person)?.candidates[0] ?? lastSubject : undefined;
        const referent = regendered ? key : other ?? subject ?? key;
        lastSubject = referent;
        // Its next reading, when its verb's object names the referent ("X spoke of Y. He hosted the Z president"):
        // the article's most named person.
        // the article's most named person, else the last other person of its gender named shortly before.
        const next = protagonist && protagonist !== referent ? protagonist : lastOtherBefore(ctx, sentence.index, tokens[i]!.start, referent, gender);
        const otherwise = next ? [next] : undefined;
        out.push({ span: { start: tokens[i]!.start, end: tokens[i]!.end }, keys: [referent], tier: 0, kind: 'pronoun', ...(otherwise ? { otherwise } : {}) });
      } else if (keys[i] === 'him' || keys[i] === 'her' && objectPosition(ctx, sentence, i) || actor > 0) {
        // "A flew to X, where B greeted him", "When A called C, B accused him": when the nearest person is the
        // subject, the sentence's first other person (a subject more often than an object), else the one the article
        // is most about of those the sentence before names ("X was received by Y. Z called on him": X).
        // Not one joined to the nearest by "and", titles and states between ("A and Egypt's President B congratulated
        // him"): both are the subject, and "him" is someone named before the sentence.
        const joined = (m: Mention): boolean => {
          let and = false;
          for (let j = tokenFrom(tokens, m.span.end); j >= 0 && j < tokens.length && tokens[j]!.end <= nearest!.span.start; j++) {
            const k = keys[j]!;
            if (k === 'and') and = true;
            else if (k !== ',' && k !== "'" && k !== 's' && !tokens[j]!.capitalised) return false;
          }
          return and;
        };
        const earlier = regendered ? undefined : byEnd.slice(0, named).find((m) => m.candidates[0] !== key && !(nearest && joined(m))) ?? salientOfLastNaming(ctx, sentence.index);
        const otherwise = earlier && earlier.candidates[0] !== key && (!gender || agrees(ctx, earlier, gender)) ? [earlier.candidates[0]!] : undefined;
        // "supports his government": the state of the one "his" stands for.
        if (actor > 0) {
          const state = stateOf(ctx, key);
          const otherState = otherwise ? stateOf(ctx, otherwise[0]!) : undefined;
          if (state) out.push({ span: { start: tokens[i]!.start, end: tokens[i + actor]!.end }, keys: [state], tier: 1, kind: 'pronoun', ...(otherState && otherState !== state ? { otherwise: [otherState] } : {}) });
          continue;
        }
        out.push({ span: { start: tokens[i]!.start, end: tokens[i]!.end }, keys: [key], tier: 0, kind: 'pronoun', ...(otherwise ? { otherwise } : {}) });
      }
    }
  }
  const kept = guestDemonyms.size > 0 ? out.filter((p) => !(p.kind === 'demonym' && guestDemonyms.has(p.span.start))) : out;
  return kept.sort((a, b) => a.span.start - b.span.start);
}
