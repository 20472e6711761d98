// Keeps as states only what the gazetteer's status says is one: UN members, UN observer states and the
// partially recognised. Entities with little recognition (status `unrecognised`) are read so that their names
// are not misread, but are dropped here, and so are the people whose title ties them to one.
import type { State } from '../../document/types.gen.js';
import type { ArticleContext, Mention, Stage } from '../types.js';

const NOT_A_STATE: ReadonlySet<State['status']> = new Set(['unrecognised']);

export const statusFilter: Stage<Mention> = {
  id: 'status-filter',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { gazetteer } = ctx.knowledge;
    const notAState = (key: string | undefined): boolean => {
      const status = key === undefined ? undefined : gazetteer.state(key)?.status;
      return status !== undefined && NOT_A_STATE.has(status);
    };
    return mentions.filter((m) => {
      if (m.kind === 'state' && m.candidates.length === 1 && notAState(m.candidates[0])) {
        ctx.trace('status-filter', () => `dropped "${m.text}": not a state (${gazetteer.state(m.candidates[0]!)?.status})`, m.sentence);
        return false;
      }
      if (m.kind === 'leader' && (notAState(m.role?.state) || notAState(m.state))) {
        ctx.trace('status-filter', () => `dropped "${m.text}": holds office in an entity that is not a state`, m.sentence);
        return false;
      }
      return true;
    });
  },
};
