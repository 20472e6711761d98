// Who can take part in an event in a sentence: people, states and blocs the mentions name, plus
// references that stand for them: "the two presidents" (the pair the article is about), "he" (the last
// person named), "his country" (that person's state). Demonyms act only with an actor noun
// ("the Russian leadership"); states inside a title ("Russian President") or an agreement's name do not act.
import type { EntityKey } from '../../document/types.gen.js';
import type { Sentence } from '../text/sentences.js';
import { inSentence } from '../mentions/util.js';
import type { EventCandidate, EventContext, Mention, Span } from '../types.js';

export interface Participant {
  readonly span: Span;
  readonly keys: readonly EntityKey[];
  /** 0 for people, 1 for states and blocs: events prefer people as arguments. */
  readonly tier: 0 | 1;
  readonly kind: 'mention' | 'frame' | 'pronoun' | 'demonym';
}

/** The pair an article is about, set by its first two-party event. */
export interface Frame {
  leaders?: readonly EntityKey[];
  states?: readonly EntityKey[];
}

const inside = (a: Span, b: Span): boolean => b.start <= a.start && a.end <= b.end;

export function stateOf(ctx: EventContext, leader: EntityKey): EntityKey | undefined {
  const m = ctx.mentions.find((x) => x.candidates[0] === leader && x.role?.state);
  if (m) return m.role!.state;
  const { gazetteer } = ctx.knowledge;
  const terms = gazetteer.termsOn(leader, ctx.on);
  return (terms.find((t) => t.state) ?? gazetteer.termsOn(leader, null).filter((t) => t.state).pop())?.state
    ?? ctx.mentions.find((x) => x.candidates[0] === leader && x.state)?.state;
}

/** The frame two people give: themselves, and their states when those differ. Empty unless exactly two. */
export function frameOf(ctx: EventContext, keys: readonly EntityKey[]): Frame {
  const leaders = [...new Set(keys.filter((k) => k.startsWith('leader/')))];
  if (leaders.length !== 2) return {};
  const states = leaders.map((l) => stateOf(ctx, l)).filter((s): s is EntityKey => s !== undefined);
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


/** "The three leaders": exactly that many people (or states) named in the sentence before. */
function groupBefore(ctx: EventContext, sentence: Sentence, count: number, people: boolean): EntityKey[] | undefined {
  const kind = people ? 'leader' : 'state';
  const keys = [...new Set(inSentence(ctx.mentions, sentence.index - 1).filter((m) => m.kind === kind && m.candidates.length === 1).map((m) => m.candidates[0]!))];
  return keys.length === count ? keys : undefined;
}

/** The last person named before an offset. */
function lastLeaderBefore(ctx: EventContext, sentence: number, offset: number): Mention | undefined {
  for (let s = sentence; s >= 0; s--) {
    const found = inSentence(ctx.mentions, s).filter((m) => m.kind === 'leader' && m.candidates.length === 1 && m.span.end <= offset).pop();
    if (found) return found;
  }
  return undefined;
}

export function participantsIn(ctx: EventContext, sentence: Sentence, frame: Frame): Participant[] {
  const lex = ctx.knowledge.lexicon;
  const tokens = sentence.tokens;
  const keys = sentence.keys;
  const mentions = inSentence(ctx.mentions, sentence.index).filter((m) => m.candidates.length === 1);
  const absorbing = [
    ...mentions.filter((m) => m.kind === 'leader' && m.role).map((m) => m.role!.span),
    ...mentions.filter((m) => m.kind === 'agreement').map((m) => m.span),
  ];
  const out: Participant[] = [];
  // "Jordan's King Abdullah II": a state whose possessive stands right before a person is part of the person.
  const possessorOfPerson = (m: Mention): boolean => {
    const i = tokens.findIndex((t) => t.start >= m.span.end);
    if (i < 0 || keys[i] !== "'" || keys[i + 1] !== 's') return false;
    const next = tokens[i + 2];
    return next !== undefined && mentions.some((o) => o.kind === 'leader' && (o.span.start === next.start || o.role?.span.start === next.start));
  };
  for (const m of mentions) {
    if (m.kind !== 'leader' && m.kind !== 'state' && m.kind !== 'bloc') continue;
    if (m.kind !== 'leader' && (absorbing.some((s) => inside(m.span, s)) || possessorOfPerson(m))) continue;
    const kind = m.kind === 'state' && m.via === 'demonym' ? 'demonym' : 'mention';
    if (kind === 'demonym') {
      // "the Russian leadership", "the Iranian government and nation" act; "Russian gas" does not.
      const next = tokens.findIndex((t) => t.start >= m.span.end);
      if (next < 0 || !lex.actorNouns.matchesAt(keys, next).length) {
        out.push({ span: m.span, keys: m.candidates, tier: 1, kind: 'demonym' });
        continue;
      }
    }
    // A person's span takes in the title before the name: "Armenian Prime Minister Nikol Pashinyan".
    // ... or after it in apposition: "Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar".
    const span = m.kind === 'leader' && m.role && m.role.span.end - m.span.start < 200 && Math.abs(m.role.span.start - m.span.start) < 120
      ? { start: Math.min(m.role.span.start, m.span.start), end: Math.max(m.role.span.end, m.span.end) } : m.span;
    out.push({ span, keys: m.candidates, tier: m.kind === 'leader' ? 0 : 1, kind: 'mention' });
  }
  for (let i = 0; i < tokens.length; i++) {
    // "the two presidents", "both sides", "both countries"; "the three leaders" named just before.
    const count = keys[i] === 'both' ? 2 : keys[i - 1] === 'the' ? lex.grammar.numbers.get(keys[i]!) : undefined;
    if (count !== undefined) {
      const match = lex.frameNouns.longestAt(keys, i + 1);
      if (match) {
        const noun = match.payloads[0]!;
        const people = lex.peopleFrameNouns.has(noun);
        const group = count === 2 ? (people ? frame.leaders : frame.states) : groupBefore(ctx, sentence, count, people);
        const span = { start: tokens[i - (keys[i] === 'both' ? 0 : 1)]!.start, end: tokens[i + match.length]!.end };
        if (group && group.length > 0) out.push({ span, keys: group, tier: people ? 0 : 1, kind: 'frame' });
        continue;
      }
    }
    // "he", "his country".
    if (lex.personPronouns.has(keys[i]!) && tokens[i]!.kind === 'word') {
      const person = lastLeaderBefore(ctx, sentence.index, tokens[i]!.start);
      if (!person) continue;
      const key = person.candidates[0]!;
      if (keys[i + 1] === 'country' && (keys[i] === 'his' || keys[i] === 'her')) {
        const state = stateOf(ctx, key);
        if (state) out.push({ span: { start: tokens[i]!.start, end: tokens[i + 1]!.end }, keys: [state], tier: 1, kind: 'pronoun' });
      } else if (keys[i] === 'he' || keys[i] === 'she') {
        out.push({ span: { start: tokens[i]!.start, end: tokens[i]!.end }, keys: [key], tier: 0, kind: 'pronoun' });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
