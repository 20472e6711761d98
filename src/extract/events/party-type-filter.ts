// Keeps each event's ends to the node types its type joins (data/lexicon/event-types.json): a meeting or
// a call is between people, so a state named as its party ("visited Indonesia", "Beijing welcomed X") stands
// for the one leader of that state its sentence names, else the one the article names, and the event is
// dropped when there is none or more than one. No event joins a person to the state or bloc they speak for: "Ruto slammed the
// coup in Niger" read with Ruto's "Kenya's" as the target is a misreading, not news.
import type { EdgeType, EntityKey } from '../../document/types.gen.js';
import type { EventCandidate, EventContext, Stage } from '../types.js';
import { inSentence } from '../mentions/util.js';
import { compatriots, heads, stateOf } from './participants.js';

const typeOf = (key: EntityKey): string => key.slice(0, key.indexOf('/'));
/** Event types that two people of the same state never report between themselves (GOLD_FORMAT: diplomacy). */
const SYMMETRIC_HOME: ReadonlySet<EdgeType> = new Set(['meeting', 'phone_call', 'shared_stance']);

export const partyTypeFilter: Stage<EventCandidate, EventContext> = {
  id: 'party-type-filter',
  run(ctx: EventContext, candidates: readonly EventCandidate[]): EventCandidate[] {
    const ends = ctx.knowledge.lexicon.eventEnds;
    // The people each state's title or mention ties to it, among `mentions`.
    const leadersIn = (mentions: typeof ctx.mentions): Map<EntityKey, Set<EntityKey>> => {
      const byState = new Map<EntityKey, Set<EntityKey>>();
      for (const m of mentions) {
        if (m.kind !== 'leader' || m.candidates.length !== 1) continue;
        const s = stateOf(ctx, m.candidates[0]!);
        if (s) byState.set(s, (byState.get(s) ?? new Set()).add(m.candidates[0]!));
      }
      return byState;
    };
    let inArticle: Map<EntityKey, Set<EntityKey>> | undefined;
    const only = (leaders: Set<EntityKey> | undefined): EntityKey | undefined => (leaders?.size === 1 ? [...leaders][0] : undefined);
    // Per sentence once: a run-on sentence asks for every event in it.
    const bySentence = new Map<number, Map<EntityKey, Set<EntityKey>>>();
    const leaderFor = (state: EntityKey, sentence: number): EntityKey | undefined => {
      let inSentenceLeaders = bySentence.get(sentence);
      if (!inSentenceLeaders) bySentence.set(sentence, inSentenceLeaders = leadersIn(inSentence(ctx.mentions, sentence)));
      const here = inSentenceLeaders.get(state);
      if (here) return only(here);
      // Named elsewhere in the article, only a head of state or government stands for the state visited or called.
      inArticle ??= leadersIn(ctx.mentions);
      const one = only(inArticle.get(state));
      return one !== undefined && heads(ctx, one) ? one : undefined;
    };
    const ownState = (person: EntityKey, state: EntityKey): boolean =>
      typeOf(person) === 'leader' && (typeOf(state) === 'state' || typeOf(state) === 'bloc') && stateOf(ctx, person) === state;
    const out: EventCandidate[] = [];
    for (const e of candidates) {
      const allowed = ends.get(e.type);
      if (!e.source || !e.target || e.voice === 'relation') { out.push(e); continue; }
      const fit = (key: EntityKey): EntityKey | undefined =>
        !allowed || allowed.has(typeOf(key)) ? key : typeOf(key) === 'state' && allowed.has('leader') ? leaderFor(key, e.sentence) : undefined;
      const source = fit(e.source);
      const target = fit(e.target);
      const reason = !source || !target ? `${e.type} joins ${[...allowed!].join(' or ')} only`
        : source === target ? 'one party'
          : ownState(source, target) || ownState(target, source) ? 'a person and the state or bloc they speak for'
            : SYMMETRIC_HOME.has(e.type) && compatriots(ctx, source, target) ? 'two people of one state' : undefined;
      if (reason) {
        ctx.trace('party-type-filter', () => `dropped ${e.type} ${e.source} → ${e.target}: ${reason}`, e.sentence);
        continue;
      }
      out.push(source === e.source && target === e.target ? e : { ...e, source, target });
    }
    return out;
  },
};
