// Which edges a query keeps: by type, by date window and by number of sources. Shared by neighbours and
// timeline so that both read `since`/`until` the same way: an edge is kept when the days it may have happened
// on (its spell: a day, a month, a year) meet the window; an undated edge is left out once a window is given.
import type { EdgeType, IsoDate } from '../document/types.gen.js';
import { UsageError } from '../errors.js';
import { spellOf } from '../graph/dates.js';
import type { EdgeAttributes } from '../graph/document.js';
import { edgeTypes, isEdgeType } from '../graph/vocabulary.js';

export interface EdgeFilter {
  /** Edge types to keep; all when absent or empty. */
  readonly types?: readonly EdgeType[];
  /** Keep edges that may have happened on or after this day. */
  readonly since?: IsoDate;
  /** Keep edges that may have happened on or before this day. */
  readonly until?: IsoDate;
  /** Keep edges reported by at least this many articles (1 by default). */
  readonly minSources?: number;
}

const ISO_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Checks the filter's options at the door; `caller` names the function in messages. */
export function checkFilter(caller: string, filter: EdgeFilter): void {
  for (const type of filter.types ?? []) {
    if (!isEdgeType(type)) throw new UsageError(`${caller}: option types has unknown edge type "${String(type)}" (known: ${edgeTypes.join(', ')})`);
  }
  for (const key of ['since', 'until'] as const) {
    const value = filter[key];
    if (value !== undefined && !ISO_RE.test(value)) throw new UsageError(`${caller}: option ${key} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  if (filter.minSources !== undefined && !(Number.isInteger(filter.minSources) && filter.minSources >= 1)) {
    throw new UsageError(`${caller}: option minSources must be a positive integer, got ${String(filter.minSources)}`);
  }
}

export function edgePredicate(filter: EdgeFilter): (edge: EdgeAttributes) => boolean {
  const types = filter.types && filter.types.length > 0 ? new Set<string>(filter.types) : undefined;
  const minSources = filter.minSources ?? 1;
  const windowed = filter.since !== undefined || filter.until !== undefined;
  return (edge) => {
    if (types && !types.has(edge.type)) return false;
    if (edge.sources < minSources) return false;
    if (!windowed) return true;
    const spell = spellOf(edge.date, edge.datePrecision);
    if (!spell) return false;
    if (filter.since !== undefined && spell.end < filter.since) return false;
    if (filter.until !== undefined && spell.start > filter.until) return false;
    return true;
  };
}
