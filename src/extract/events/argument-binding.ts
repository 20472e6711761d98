// Binds each trigger to its arguments within the sentence: the subject before it (people preferred,
// "X and Y" read as a group), the object after it ("with X", "to X", "by X" for passives), and for
// signings the agreements signed. Symmetric events pair the two sides, or the members of a group
// ("Putin and Tokaev held talks"). What an argument leaves open is filled from the article: "the two
// presidents" from its first two-party event, a congratulation's addressee from the previous one, a
// condemnation's target from the actor the article opens with.
import type { EdgeType, EntityKey } from '../../document/types.gen.js';
import type { Sentence } from '../text/sentences.js';
import type { EventCandidate, EventContext, Span, Stage } from '../types.js';
import { cover } from '../mentions/util.js';
import { frameOf, participantsIn, type Frame, type Participant } from './participants.js';

export const SYMMETRIC: ReadonlySet<EdgeType> = new Set(['phone_call', 'meeting', 'shared_stance']);
const GROUP_GLUE = /^(?:,|and|, and|,and|as well as)$/i;

interface Binding {
  readonly sources: readonly EntityKey[];
  readonly targets: readonly EntityKey[];
  readonly span: Span;
}

/** The participant nearest the trigger on one side, people first, and the group coordinated with it. */
function group(ctx: EventContext, list: readonly Participant[], side: 'left' | 'right'): Participant[] {
  const usable = side === 'left' ? list.filter((p) => p.kind !== 'demonym') : list;
  if (usable.length === 0) return [];
  const ordered = side === 'left' ? [...usable].reverse() : usable;
  const head = ordered.find((p) => p.tier === 0 && (side === 'left' || ordered.indexOf(p) <= 1)) ?? ordered[0]!;
  const members = [head];
  const i = ordered.indexOf(head);
  for (let j = i + 1; j < ordered.length; j++) {
    const [a, b] = side === 'left' ? [ordered[j]!, members[members.length - 1]!] : [members[members.length - 1]!, ordered[j]!];
    const gap = ctx.article.text.slice(a.span.end, b.span.start).trim();
    const repeatedWith = side === 'right' && /^(?:,\s*)?and\b.*\bwith$/i.test(gap) && gap.length < 40;
    if (!GROUP_GLUE.test(gap) && !repeatedWith) break;
    if (ordered[j]!.tier !== head.tier && ordered[j]!.kind !== 'frame') break;
    members.push(ordered[j]!);
  }
  return members;
}

const keysOf = (ps: readonly Participant[]): EntityKey[] => [...new Set(ps.flatMap((p) => p.keys))];

export const argumentBinding: Stage<EventCandidate, EventContext> = {
  id: 'argument-binding',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const frame: Frame = {};
    let lastAddressee: EntityKey[] = [];
    const lead = ctx.mentions.find((m) => (m.kind === 'state' || m.kind === 'bloc' || m.kind === 'leader') && m.candidates.length === 1 && m.via !== 'demonym');
    const out: EventCandidate[] = [];
    const bySentence = new Map<number, Participant[]>();
    const previousSubject = new Map<number, { end: number; sources: readonly EntityKey[] }>();
    const ordered = [...candidates].sort((a, b) => a.trigger.start - b.trigger.start);
    for (const e of ordered) {
      if (e.voice === 'relation') { out.push(e); continue; }
      const sentence = ctx.sentences[e.sentence]!;
      if (!bySentence.has(e.sentence)) bySentence.set(e.sentence, participantsIn(ctx, sentence, frame));
      const all = bySentence.get(e.sentence)!;
      const binding = bind(ctx, e, sentence, all, frame, previousSubject.get(e.sentence));
      if (!binding) {
        ctx.trace('argument-binding', () => `dropped ${e.type} at "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}": no arguments`, e.sentence);
        continue;
      }
      let { sources, targets } = binding;
      if (sources.length > 0) previousSubject.set(e.sentence, { end: e.trigger.end, sources });
      if (e.type === 'congratulation') {
        if (targets.length === 0) targets = lastAddressee;
        else lastAddressee = [...targets];
      }
      if (e.type === 'condemnation' && targets.length === 0 && lead && !sources.includes(lead.candidates[0]!)) targets = [lead.candidates[0]!];
      const pairs = pairsOf(e.type, sources, targets);
      if (pairs.length === 0) {
        ctx.trace('argument-binding', () => `dropped ${e.type} at "${ctx.article.text.slice(e.trigger.start, e.trigger.end)}": one side missing`, e.sentence);
        continue;
      }
      if (SYMMETRIC.has(e.type) || e.type === 'signed') setFrame(ctx, frame, pairs.flat());
      for (const [source, target] of pairs) {
        out.push({ ...e, source, target, span: binding.span, by: 'argument-binding' });
        ctx.trace('argument-binding', () => `${e.type} ${source} → ${target}`, e.sentence);
      }
    }
    return out;
  },
};

function setFrame(ctx: EventContext, frame: Frame, keys: readonly EntityKey[]): void {
  if (frame.leaders) return;
  Object.assign(frame, frameOf(ctx, keys));
}

function pairsOf(type: EdgeType, sources: readonly EntityKey[], targets: readonly EntityKey[]): [EntityKey, EntityKey][] {
  const pairs: [EntityKey, EntityKey][] = [];
  if (SYMMETRIC.has(type) && targets.length === 0) {
    for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) pairs.push([sources[i]!, sources[j]!]);
  } else {
    for (const s of sources) for (const t of targets) if (s !== t) pairs.push([s, t]);
  }
  return pairs;
}

function bind(
  ctx: EventContext, e: EventCandidate, sentence: Sentence, all: readonly Participant[], frame: Frame,
  previous: { end: number; sources: readonly EntityKey[] } | undefined,
): Binding | undefined {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.start === e.trigger.start);
  const after = tokens.findIndex((t) => t.start >= e.trigger.end);
  const left = all.filter((p) => p.span.end <= e.trigger.start);
  let right = all.filter((p) => p.span.start >= e.trigger.end);
  const passive = e.voice === 'passive' || tokens[after]?.norm === 'by';
  // "their meeting", "their first face-to-face talks": the two people named before, or the frame.
  const possessor = tokens.slice(Math.max(0, at - 4), at).reverse().find((t) => t.norm === 'their' || t.norm === "'");
  if (e.voice === 'noun' && possessor?.norm === 'their' && SYMMETRIC.has(e.type)) {
    const people = keysOf(left.filter((p) => p.tier === 0)).slice(-2);
    const pair = people.length === 2 ? people : frame.leaders ?? [];
    return pair.length === 2 ? { sources: pair, targets: [], span: cover([e.trigger, ...left.slice(-2).map((p) => p.span)]) } : undefined;
  }
  // A verb after a previous trigger's object shares that trigger's subject: "X held talks with Y ... and received Z".
  let subjects = group(ctx, previous ? left.filter((p) => p.span.start > previous.end) : left, 'left');
  let subjectKeys = keysOf(subjects);
  if (previous && subjects.every((s) => s.tier === 1) && left.some((p) => p.span.start <= previous.end)) {
    subjectKeys = [...previous.sources];
    subjects = [];
  }
  if (passive) {
    const agents = group(ctx, right, 'right');
    right = [];
    if (e.type === 'signed') return signing(ctx, e, sentence, keysOf(agents), agents, 'before');
    return { sources: keysOf(agents), targets: subjectKeys, span: cover([e.trigger, ...agents.map((p) => p.span), ...subjects.map((p) => p.span)]) };
  }
  if (e.type === 'signed') return signing(ctx, e, sentence, subjectKeys, subjects, 'after');
  // A noun trigger with "the" and nobody named restates an event already read ("the phone call").
  const objects = group(ctx, right, 'right');
  if (e.voice === 'noun' && subjects.length === 0 && objects.length === 0) return undefined;
  // "X's congratulations": X congratulated the subject.
  if (e.voice === 'noun' && possessor?.norm === "'" && e.type === 'congratulation') {
    const owner = left.filter((p) => p.span.end <= e.trigger.start).pop();
    const subject = left.find((p) => p.tier === 0 && p !== owner);
    if (owner && subject) return { sources: owner.keys, targets: subject.keys, span: cover([subject.span, e.trigger]) };
  }
  const spans = [e.trigger, ...subjects.map((p) => p.span), ...objects.map((p) => p.span)];
  return { sources: subjectKeys, targets: keysOf(objects), span: cover(spans) };
}

function signing(
  ctx: EventContext, e: EventCandidate, sentence: Sentence, signers: readonly EntityKey[], signerParts: readonly Participant[], where: 'before' | 'after',
): Binding | undefined {
  const agreements = ctx.mentions.filter((m) => m.sentence === sentence.index && m.kind === 'agreement' && m.candidates.length === 1
    && (where === 'after' ? m.span.start >= e.trigger.end : m.span.end <= e.trigger.start));
  const chosen = where === 'after' ? agreements : agreements.slice(-1);
  const keys = [...new Set(chosen.map((m) => m.candidates[0]!))];
  if (keys.length === 0 || signers.length === 0) return undefined;
  return { sources: signers, targets: keys, span: cover([e.trigger, ...signerParts.map((p) => p.span), ...chosen.map((m) => m.span)]) };
}
