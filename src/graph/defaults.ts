// Defaults of the graph engine: how reports of one event are reconciled, when differently named
// pattern-made nodes are one, and how the layout runs. Each value is explained where it is used.
import type { EdgeType } from '../document/types.gen.js';

export interface MergeOptions {
  /**
   * Edge types that are standing relations rather than events: an undated report of one is the same relation
   * as a dated report ("Iran is a member of BRICS" / "Iran joined BRICS on 1 January 2024").
   */
  readonly standingRelations?: readonly EdgeType[];
  /** Two day dates (or two publication dates) of one event from different articles may differ by this many days. */
  readonly dayTolerance?: number;
  /** A publication date standing in (`inferred`) may fall this many days after a stated day and still be that day's event. */
  readonly inferredLag?: number;
  /** A name joins two pattern-made nodes only when it has at least this many words (short names are generic). */
  readonly minNameWords?: number;
}

export const defaultMergeOptions: Required<MergeOptions> = {
  // The schema describes these three as relations whose date, when any, is the day they began.
  standingRelations: ['member_of', 'party_to', 'leader_of'],
  // Time zones: an evening call in Washington is next morning's news in Beijing.
  dayTolerance: 1,
  // A Friday event is often only dated by a Saturday or Monday publication.
  inferredLag: 3,
  // "memorandum of understanding" (3 words) names many documents; "Comprehensive Strategic Partnership Treaty" one.
  minNameWords: 4,
};

export interface LayoutOptions {
  /** Seed of the initial positions; the same seed gives the same layout. */
  readonly seed?: number;
  /** ForceAtlas2 iterations; by default inferred from the number of nodes. */
  readonly iterations?: number;
  /** Decimal places kept in positions, so that documents stay readable and stable. */
  readonly precision?: number;
}

export const defaultLayoutOptions = { seed: 1, precision: 2 } as const;

/** Fewer iterations as graphs grow: Barnes-Hut ForceAtlas2 settles large graphs in fewer steps per node. */
export function inferIterations(order: number): number {
  if (order <= 1000) return 300;
  if (order <= 5000) return 150;
  return 80;
}
