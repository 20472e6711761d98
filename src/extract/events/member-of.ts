// Proposes member_of where a sentence states membership ("both are members of BRICS", "a NATO member",
// "presence in the SCO", "Belarus joined the organisation"). The gazetteer must agree that the state
// belonged to the bloc that day, unless the sentence reports it joining (the member before the cue, the
// bloc after); a bloc the sentence does not name is the one last named ("the group"). Joinings take the
// date the sentence gives. A bloc can be a member of a bloc.
import type { EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Mention, Stage } from '../types.js';
import type { MembershipCue } from '../../knowledge/lexicon.js';
import { tokenAt } from '../text/tokens.js';
import { cover, inSentence } from '../mentions/util.js';
import { articleFrame } from './participants.js';

const BLOC_REACH = 3;

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
      const live = cues.filter((c) => !keys.slice(Math.max(0, c.at - 3), c.at).some((k) => negators.has(k)));
      if (live.length === 0) continue;
      const here = inSentence(resolved, sentence.index);
      let blocs: readonly Mention[] = here.filter((m) => m.kind === 'bloc');
      // "holds the presidency", "who chairs": only of a bloc the sentence names.
      if (blocs.length === 0 && live.every((c) => c.kind === 'named')) continue;
      if (blocs.length === 0) {
        const earlier: Mention[] = [];
        for (let s = Math.max(0, sentence.index - BLOC_REACH); s < sentence.index; s++) for (const m of inSentence(resolved, s)) if (m.kind === 'bloc') earlier.push(m);
        // "the group", "member states" — or any cue right after the sentence that names the bloc.
        const anaphor = keys.some((k) => lexicon.blocAnaphora.has(k)) || live.some((c) => keys[c.at] === 'member' && keys[c.at + 1] === 'states');
        const last = earlier[earlier.length - 1];
        if (last && (anaphor || last.sentence === sentence.index - 1)) blocs = [last];
      }
      if (blocs.length === 0) continue;
      // Members may be states, or blocs in a bloc ("the African Union became a member of the G20").
      const states = new Map<EntityKey, Mention | undefined>();
      for (const m of here) {
        if (m.kind !== 'state' && m.kind !== 'bloc') continue;
        const i = tokenAt(tokens, m.span.start);
        if (i > 0 && negators.has(keys[i - 1]!)) continue;
        states.set(m.candidates[0]!, m);
      }
      if (namesThePair(ctx, keys, states.size === 0)) {
        for (const s of frame.states ?? []) if (!states.has(s)) states.set(s, undefined);
      }
      const joiningCue = live.find((c) => c.kind === 'joining');
      const joining = joiningCue !== undefined;
      // A joining is dated by what dates the joining word ("which the UAE joined on 1 January").
      const cueToken = tokens[(joiningCue ?? live[0]!).at]!;
      const joinAt = joiningCue ? tokens[joiningCue.at]!.start : -1;
      for (const bloc of blocs) {
        const key = bloc.candidates[0]!;
        const known = gazetteer.bloc(key)?.members ?? [];
        const members = new Set(gazetteer.membersOf(key, ctx.on).filter((m) => m.status === 'member' || m.status === 'suspended').map((m) => m.member));
        for (const [state, mention] of states) {
          if (state === key) continue;
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
