// Gives a titled person the gazetteer does not know, and whose title names no state, a state from their sentence: the
// one named right after them with "of" ("Prime Minister X of Japan"), else that of a person of known state they are
// listed with ("Prime Minister A and Assembly Chairman B"), else the one state the sentence names before them that is
// no other person's there ("The Bhutanese delegation was led by Foreign Minister X").
// A title without its state is written of the state the sentence is about; a state another named person serves is that
// person's side.
import type { EntityKey } from '../../document/types.gen.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { extended } from '../extended.js';
import { bySentence } from './util.js';

const LIST_GLUE = /^\s*(?:,|and|, and)\s*$/;
const OF_GLUE = /^\s+of\s+(?:the\s+)?$/;
/** "his", "her" right before a title, and how many characters back it is looked for. */
const POSSESSIVE_BEFORE = /\b(?:his|her)\s+$/i;
const POSSESSIVE_REACH = 5;

export const titledHomeState: Stage<Mention> = {
  id: 'titled-home-state',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { gazetteer } = ctx.knowledge;
    const stateless = (m: Mention): boolean => m.kind === 'leader' && m.candidates.length === 1 && m.role !== undefined && !m.role.state && !m.state
      && gazetteer.leader(m.candidates[0]!) === undefined;
    if (!mentions.some(stateless)) return [...mentions];
    const given = new Map<EntityKey, { state: EntityKey; why: string }>();
    for (const list of bySentence(mentions).values()) {
      const people = list.filter(stateless);
      if (people.length === 0) continue;
      // The states other people of the sentence serve: by their titles, by what the text tied them to, by the gazetteer.
      const others = list.filter((m) => (m.kind === 'leader' || m.kind === 'role') && !people.includes(m));
      const servedBy = new Map<Mention, EntityKey>();
      for (const m of others) {
        // A bare title resolved to someone named elsewhere ("the foreign minister") is a guess, no evidence of a state.
        if (m.candidates.length > 1 || m.via === 'role' && !m.role?.state) continue;
        const s = m.role?.state ?? m.state ?? (m.candidates[0] ? gazetteer.termsOn(m.candidates[0], ctx.on).find((t) => t.state)?.state : undefined);
        if (s) servedBy.set(m, s);
      }
      const served = new Set(servedBy.values());
      // "Prime Minister A and Assembly Chairman B": one listed with a person of a known state is of that state.
      const coordinatedState = (p: Mention): EntityKey | undefined => {
        const start = p.role && p.role.span.start < p.span.start ? p.role.span.start : p.span.start;
        for (const [m, s] of servedBy) if (m.span.end <= start && LIST_GLUE.test(ctx.article.text.slice(m.span.end, start))) return s;
        return undefined;
      };
      const states = new Set(list.filter((m) => m.kind === 'state' && m.candidates.length === 1 && !served.has(m.candidates[0]!)).map((m) => m.candidates[0]!));
      // "In Brazil, Mines Minister X said": the sentence's one state, named before the person. Named after, it is as
      // often the state a spokesman speaks of ("spokesman X said India's decision was illegal").
      const namedBefore = (p: Mention): EntityKey | undefined => {
        const [state] = states;
        return states.size === 1 && list.some((m) => m.kind === 'state' && m.candidates[0] === state && m.span.end <= p.span.start) ? state : undefined;
      };
      const ofState = (p: Mention): EntityKey | undefined => list.find((m) => m.kind === 'state' && m.candidates.length === 1 && m.span.start > p.span.end
        && OF_GLUE.test(ctx.article.text.slice(p.span.end, m.span.start)))?.candidates[0];
      // "Four days after X's inauguration, his foreign minister, Y, met ...": a title a possessive pronoun opens is held
      // under the last person of known state named before it.
      const possessedBy = (p: Mention): EntityKey | undefined => {
        const start = p.role && p.role.span.start < p.span.start ? p.role.span.start : p.span.start;
        if (!POSSESSIVE_BEFORE.test(ctx.article.text.slice(Math.max(0, start - POSSESSIVE_REACH), start))) return undefined;
        let last: [Mention, EntityKey] | undefined;
        for (const entry of servedBy) if (entry[0].span.end <= start && (!last || entry[0].span.end > last[0].span.end)) last = entry;
        return last?.[1];
      };
      for (const p of people) {
        const own = ofState(p);
        const possessor = own ? undefined : possessedBy(p);
        const listed = own ?? possessor ? undefined : coordinatedState(p);
        const state = own ?? possessor ?? listed ?? namedBefore(p);
        const why = own ? 'the state named after them' : possessor ? 'that of the person "his" or "her" refers to' : listed ? 'of the person listed with them' : 'the one state named before them';
        if (state && !given.has(p.candidates[0]!)) given.set(p.candidates[0]!, { state, why });
      }
    }
    if (given.size === 0) return [...mentions];
    return mentions.map((m) => {
      const found = m.kind === 'leader' && m.candidates.length === 1 && !m.state && !m.role?.state ? given.get(m.candidates[0]!) : undefined;
      if (!found) return m;
      ctx.trace('titled-home-state', () => `"${m.text}" serves ${found.state}, ${found.why}`, m.sentence);
      return extended(m, { state: found.state });
    });
  },
};
