// Defaults of the query functions.

export const defaultNeighbourOptions = {
  direction: 'both',
  depth: 1,
  minSources: 1,
} as const;

/** How many of the nearest names a NotFoundError suggests. */
export const suggestionCount = 5;

/** Nodes listed by `stats` as the most connected. */
export const defaultTopNodes = 10;
