// Proposes member_of where a sentence states membership ("both are members of BRICS", "a NATO member", "the Quad - A, B,
// C and D -", "presence in the SCO", "Belarus joined the organisation", "A, B and C held their annual Quad summit"). The
// gazetteer must agree that the state belonged to the bloc that day, unless the sentence reports it joining (the member
// before the cue, the bloc after); a bloc the sentence does not name is the one last named ("the group"), or the one
// whose name ends with the head it gives ("suspended from the Union"); "all three states" are the last list of three.
// Joinings take the date the sentence gives. A bloc can be a member of a bloc. A chair, a presidency or a seat ("which
// holds the G7 presidency") is read only beside a bloc the sentence names, and only for the states listed right around
// the word. Members may be listed one per bullet line after the cue's colon.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Mention, Stage } from '../types.js';
import type { Lexicon, MembershipCue } from '../../knowledge/lexicon.js';
import { tokenAt, tokenEndingAt, tokenFrom } from '../text/tokens.js';
import type { Token } from '../text/tokens.js';
import { cover, inSentence } from '../mentions/util.js';
import { articleFrame, participantsIn } from './participants.js';
import { firstWhere } from '../sorted.js';
import { fold } from '../text/fold.js';

const BLOC_REACH = 3;
/** How many words after a joining word a lesser status may stand ("became [BRICS] partner countries"). */
const STATUS_REACH = 3;
/** "their [annual] Quad summit": how many words may stand between "their" and the bloc. */
const THEIR_REACH = 3;
const THEIR = 'their';
/** How many mentions back a name holding a cue may start ("the United Nations" is one). */
const NAME_LOOKBACK = 3;
// How far before a chair or presidency word its holder may stand ("Nigeria's President X, who currently chairs").
const BEFORE_REACH = 14;
const LAST_WORD = /\p{L}+$/u;
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['member', 'members']);
const BULLETS: ReadonlySet<string> = new Set(['-', '–', '•', '*']);
const LIST_WORDS: ReadonlySet<string> = new Set([',', 'and', 'the', 'both', 'also', 'of', 'by', ':', '-', '–', '—']);

/** How many words an application before a membership cue may take ("[has applied to] join"). */
const APPLICATION_WORDS = 3;

/** How many words may stand between an applicant and its application ("Sweden's [stalled] bid", "Turkey [has] applied"). */
const APPLICANT_REACH = 4;

/**
 * "Sweden's stalled bid to join NATO", "A and B applied to join C": the states that apply, each with the bloc named
 * next after the cue, as "state|bloc". An application is no membership, whatever else the sentence states.
 */
function applicants(lexicon: Lexicon, tokens: readonly Token[], keys: readonly string[], here: readonly Mention[], cues: readonly { at: number }[]): Set<string> {
  const out = new Set<string>();
  const first = (m: Mention): number => tokenFrom(tokens, m.span.start);
  const last = (m: Mention): number => tokenEndingAt(tokens, m.span.end);
  for (const { at } of cues) {
    let start = -1;
    for (let j = Math.max(0, at - APPLICATION_WORDS); j < at && start < 0; j++) if (lexicon.membershipApplications.longestAt(keys, j)?.length === at - j) start = j;
    if (start < 0) continue;
    const bloc = here.find((m) => m.kind === 'bloc' && first(m) > at);
    const states = here.filter((m) => m.kind === 'state' && last(m) < start);
    let tail = states.length - 1;
    if (!bloc || tail < 0 || start - last(states[tail]!) > APPLICANT_REACH) continue;
    out.add(`${states[tail]!.candidates[0]}|${bloc.candidates[0]}`);
    for (; tail > 0 && keys.slice(last(states[tail - 1]!) + 1, first(states[tail]!)).every((k) => LIST_WORDS.has(k)); tail--) out.add(`${states[tail - 1]!.candidates[0]}|${bloc.candidates[0]}`);
  }
  return out;
}

export const memberOf: Stage<EventCandidate, EventContext> = {
  id: 'member-of',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const { lexicon, gazetteer } = ctx.knowledge;
    const frame = articleFrame(ctx, candidates);
    const out = [...candidates];
    const resolved = ctx.mentions.filter((m) => m.candidates.length === 1);
    for (const sentence of ctx.sentences) {
      const tokens = sentence.tokens;
      const keys = sentence.keys;
      const cues: { at: number; kind: MembershipCue }[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const m = lexicon.membershipCues.longestAt(keys, i);
        if (m) cues.push({ at: i, kind: m.payloads[0]! });
      }
      const negators = lexicon.grammar.negators;
      const here = inSentence(resolved, sentence.index);
      // "the leaders of A, B and C held their annual Quad summit": a meeting of a bloc the parties call theirs.
      for (const m of here) {
        if (m.kind !== 'bloc') continue;
        const first = tokenFrom(tokens, m.span.start);
        const after = tokenEndingAt(tokens, m.span.end) + 1;
        if (keys.slice(Math.max(0, first - THEIR_REACH), first).includes(THEIR) && lexicon.blocGatherings.longestAt(keys, after)) cues.push({ at: after, kind: 'cue' });
      }
      // A cue inside a name is none: "the United Nations", "the United States". Mentions come in text order.
      const named = (at: number): boolean => {
        const next = firstWhere(here.length, (j) => here[j]!.span.start > tokens[at]!.start);
        return here.slice(Math.max(0, next - NAME_LOOKBACK), next).some((m) => tokens[at]!.end <= m.span.end);
      };
      // "the Japan-Australia-India-U.S. (Quad)": a bloc its members' names, joined by hyphens, spell out.
      // ... or lists after it, set off by a dash or a bracket or after its leaders or countries ("the Quad - A, B, C and D -",
      // "the G7 leaders of A, B and C").
      for (const m of here) {
        if (m.kind !== 'bloc') continue;
        const key = m.candidates[0]!;
        const before = spelledMembers(tokens, keys, here, tokenFrom(tokens, m.span.start));
        const spelled = before.length >= 2 ? before : listedAfter(lexicon, tokens, keys, here, tokenEndingAt(tokens, m.span.end) + 1);
        if (spelled.length < 2) continue;
        const members = new Set(gazetteer.membersOf(key, ctx.on).flatMap((x) => (x.status === 'member' ? [x.member] : [])));
        if (!spelled.every((x) => members.has(x.candidates[0]!))) continue;
        for (const x of spelled) {
          out.push({ type: 'member_of', sentence: sentence.index, trigger: m.span, span: cover([x.span, m.span]), voice: 'relation', by: 'member-of', source: x.candidates[0]!, target: key, dated: 'never' });
          ctx.trace('member-of', () => `member_of ${x.candidates[0]} → ${key} (its members spelled out with it)`, sentence.index);
        }
      }
      // "opened accession negotiations with X": a joining still under way states no membership.
      const pending = (c: { at: number; kind: MembershipCue }): boolean => c.kind === 'joining' && keys.slice(c.at + 1, c.at + 1 + STATUS_REACH).some((k) => lexicon.pendingJoinings.has(k));
      const live = cues.filter((c) => !keys.slice(Math.max(0, c.at - 3), c.at).some((k) => negators.has(k)) && !named(c.at) && !pending(c));
      if (live.length === 0) continue;
      let blocs: readonly Mention[] = here.filter((m) => m.kind === 'bloc');
      // "holds the presidency", "who chairs": only of a bloc the sentence names.
      if (blocs.length === 0 && live.every((c) => c.kind === 'named')) continue;
      if (blocs.length === 0) {
        const earlier: Mention[] = [];
        for (let s = Math.max(0, sentence.index - BLOC_REACH); s < sentence.index; s++) for (const m of inSentence(resolved, s)) if (m.kind === 'bloc') earlier.push(m);
        // "the group", "member states" — or any cue right after the sentence that names the bloc.
        const anaphor = keys.some((k) => lexicon.blocAnaphora.has(k)) || live.some((c) => keys[c.at] === 'member' && keys[c.at + 1] === 'states');
        const last = earlier[earlier.length - 1];
        blocs = namedByHead(tokens, keys, resolved, sentence.index);
        if (blocs.length === 0 && last && (anaphor || last.sentence === sentence.index - 1)) blocs = [last];
      }
      if (blocs.length === 0) continue;
      // Members may be states, or blocs in a bloc ("the African Union became a member of the G20").
      const parties = [...here, ...bulletsAfter(ctx, resolved, sentence.index)].filter((m) => {
        if (m.kind !== 'state' && m.kind !== 'bloc') return false;
        const i = tokenAt(tokens, m.span.start);
        return !(i > 0 && negators.has(keys[i - 1]!));
      });
      // "All three Baltic states are members of NATO": the states a count names, the last list of that many before.
      const counted = participantsIn(ctx, sentence, frame).filter((p) => p.kind === 'frame' && p.tier === 1 && p.keys.length > 2).flatMap((p) => p.keys);
      // "which became BRICS partner countries": a status short of membership is joined, not the bloc.
      const joiningCue = live.find((c) => c.kind === 'joining' && !keys.slice(c.at + 1, c.at + 1 + STATUS_REACH).some((k) => lexicon.lesserStatuses.has(k)));
      const joining = joiningCue !== undefined;
      const joinAt = joiningCue ? tokens[joiningCue.at]!.start : -1;
      const applying = applicants(lexicon, tokens, keys, here, live);
      const groups: { cue: number; blocs: readonly Mention[]; listed: readonly Mention[] }[] = live.every((c) => c.kind === 'named')
        // "Brazil, which holds the BRICS chairmanship": the bloc nearest the word, the states right around it.
        ? live.map((c) => {
          const bloc = nearest(tokens, blocs, c.at);
          const length = lexicon.membershipCues.longestAt(keys, c.at)!.length;
          return { cue: c.at, blocs: [bloc], listed: around(tokens, keys, parties.filter((m) => m !== bloc), c.at, length, lexicon.syntax.listIntroducers) };
        })
        // A joining is dated by what dates the joining word ("which the UAE joined on 1 January").
        : [{ cue: (joiningCue ?? live[0]!).at, blocs, listed: parties }];
      for (const { cue, blocs, listed } of groups) {
        const states = new Map<EntityKey, Mention | undefined>();
        for (const m of listed) states.set(m.candidates[0]!, m);
        if (namesThePair(ctx, keys, listed.every((m) => m.kind !== 'state'))) {
          for (const s of frame.states ?? []) if (!states.has(s)) states.set(s, undefined);
        }
        for (const s of counted) if (!states.has(s)) states.set(s, undefined);
        const cueToken = tokens[cue]!;
        for (const bloc of blocs) {
          const key = bloc.candidates[0]!;
          const known = gazetteer.bloc(key)?.members ?? [];
          const members = new Set(gazetteer.membersOf(key, ctx.on).flatMap((m) => (m.status === 'member' || m.status === 'suspended' ? [m.member] : [])));
          for (const [state, mention] of states) {
            if (state === key) continue;
            if (applying.has(`${state}|${key}`)) {
              ctx.trace('member-of', () => `not ${state} in ${key}: it applies to join`, sentence.index);
              continue;
            }
            // Unlisted, a member counts only when the sentence reports it joining: it before the cue, the bloc after.
            const joined = joining && mention !== undefined && mention.span.end <= joinAt && bloc.span.start >= joinAt;
            if (known.length > 0 && !members.has(state) && !joined) {
              ctx.trace('member-of', () => `not ${state} in ${key}: the gazetteer does not list it as a member then`, sentence.index);
              continue;
            }
            if (state.startsWith('bloc/') && !members.has(state) && !joined) continue;
            const span = cover([bloc.span, mention?.span ?? { start: cueToken.start, end: cueToken.end }, { start: cueToken.start, end: cueToken.end }]);
            out.push({
              type: 'member_of', sentence: sentence.index, trigger: { start: cueToken.start, end: cueToken.end }, span, voice: 'relation',
              by: 'member-of', source: state, target: key, dated: joining ? 'stated' : 'never',
            });
            ctx.trace('member-of', () => `member_of ${state} → ${key}`, sentence.index);
          }
        }
      }
    }
    return out;
  },
};

/** "both countries", "the two neighbours" — or a bare "both" when the sentence names no state ("both belong to ..."). */
function namesThePair(ctx: EventContext, keys: readonly string[], noState: boolean): boolean {
  const lex = ctx.knowledge.lexicon;
  for (let i = 0; i < keys.length; i++) {
    const pair = keys[i] === 'both' || (keys[i] === 'two' && keys[i - 1] === 'the');
    if (!pair) continue;
    if (noState) return true;
    const noun = lex.frameNouns.longestAt(keys, i + 1)?.payloads[0];
    if (noun !== undefined && !lex.peopleFrameNouns.has(noun)) return true;
  }
  return false;
}

/** The bloc named nearest a word. */
function nearest(tokens: readonly Token[], blocs: readonly Mention[], at: number): Mention {
  const distance = (m: Mention): number => Math.abs(tokenFrom(tokens, m.span.start) - at);
  return blocs.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/**
 * The list of states right before a word ("France and Russia both hold", "Japan's minister, whose country
 * holds") or right after it ("groups Qatar, Oman and Kuwait", "G7 nations, including Japan and Canada"); a name
 * elsewhere in the sentence is no member.
 */
function around(tokens: readonly Token[], keys: readonly string[], named: readonly Mention[], at: number, length: number, introducers: readonly (readonly string[])[]): Mention[] {
  const first = (m: Mention): number => tokenFrom(tokens, m.span.start);
  const last = (m: Mention): number => tokenEndingAt(tokens, m.span.end);
  // Only list words between two names of one list.
  const joins = (from: number, to: number): boolean => keys.slice(from, to).every((k) => LIST_WORDS.has(k));
  const before = named.filter((m) => last(m) < at);
  const after = named.filter((m) => first(m) >= at + length);
  const out: Mention[] = [];
  const tail = before[before.length - 1];
  if (tail && at - last(tail) <= BEFORE_REACH) {
    out.push(tail);
    for (let j = before.length - 2; j >= 0 && joins(last(before[j]!) + 1, first(before[j + 1]!)); j--) out.push(before[j]!);
  }
  // "the G7 nations, including A and B", "EU countries such as A": a word that introduces a list may open it.
  let opens = at + length + (keys[at + length] === ',' ? 1 : 0);
  const introducer = introducers.find((words) => words.every((w, n) => keys[opens + n] === w));
  opens = introducer ? opens + introducer.length : at + length;
  const head = after[0];
  if (head && joins(opens, first(head))) {
    out.push(head);
    for (let j = 1; j < after.length && joins(last(after[j - 1]!) + 1, first(after[j]!)); j++) out.push(after[j]!);
  }
  return out;
}

/** The states joined by hyphens right before the bloc's first token `at`, or before its opening bracket. */
function spelledMembers(tokens: readonly Token[], keys: readonly string[], here: readonly Mention[], at: number): Mention[] {
  const out: Mention[] = [];
  let end = keys[at - 1] === '(' ? at - 2 : at - 1;
  for (;;) {
    const state = here.find((m) => m.kind === 'state' && tokenEndingAt(tokens, m.span.end) === end);
    if (!state) break;
    out.push(state);
    const start = tokenFrom(tokens, state.span.start);
    if (keys[start - 1] !== '-') break;
    end = start - 2;
  }
  return out;
}

/** Words that open a bloc's list of members after its name: a dash or a bracket. */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['-', '–', '—', '(']);
/** Words a list of members holds between its names. */
const MEMBER_LIST_GLUE: ReadonlySet<string> = new Set([',', 'and', 'the']);

/**
 * The states listed right after a bloc's name, from token `at`: after a dash or a bracket, or after a noun for its members
 * or their leaders and "of" ("the G7 leaders of A, B and C", "the SADC member states of A and B").
 */
function listedAfter(lex: Lexicon, tokens: readonly Token[], keys: readonly string[], here: readonly Mention[], at: number): Mention[] {
  let j = at;
  const noun = lex.syntax.memberNouns.longestAt(keys, j)?.length ?? (lex.syntax.memberDescriptors.has(keys[j] ?? '') ? 1 : 0);
  if (APPOSITION_OPENERS.has(keys[j] ?? '')) j++;
  else if (noun > 0 && keys[j + noun] === 'of') j += noun + 1;
  else return [];
  const out: Mention[] = [];
  for (;;) {
    while (MEMBER_LIST_GLUE.has(keys[j] ?? '')) j++;
    const state = here.find((m) => m.kind === 'state' && tokenFrom(tokens, m.span.start) === j);
    if (!state) break;
    out.push(state);
    j = tokenEndingAt(tokens, state.span.end) + 1;
  }
  return out;
}

/**
 * "suspended from the Union", "the Forum's two largest members", "Forum members A and B", "members of the council": the
 * word after "the" (capitalised, or in lower case and singular) or a capitalised one before "members" that ends the
 * name of a bloc named earlier in the article, the last such.
 */
function namedByHead(tokens: readonly Token[], keys: readonly string[], resolved: readonly Mention[], index: number): Mention[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || tokens[i + 1]?.capitalised) continue;
    const head = keys[i]!;
    const referring = keys[i - 1] === 'the' ? t.capitalised || !head.endsWith('s') : t.capitalised && MEMBER_NOUNS.has(keys[i + 1]!);
    if (!referring) continue;
    const bloc = resolved.findLast((m) => m.sentence < index && m.kind === 'bloc' && LAST_WORD.exec(fold(m.text))?.[0] === head);
    if (bloc) return [bloc];
  }
  return [];
}

/** "OPEC has twelve members:" and then one bullet line each ("- Algeria"): the names on those lines. */
function bulletsAfter(ctx: EventContext, resolved: readonly Mention[], index: number): Mention[] {
  const out: Mention[] = [];
  if (ctx.sentences[index]!.keys.at(-1) !== ':') return out;
  for (let s = index + 1; s < ctx.sentences.length && BULLETS.has(ctx.sentences[s]!.keys[0]!); s++) out.push(...inSentence(resolved, s));
  return out;
}
