// Calendar days as integers (days since 1970-01-01, UTC) for sliders, and back to IsoDate strings.
// No clock is read here: every value comes from the graph.
const DAY = 86_400_000;

export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** How a date reads given its precision: "2024-03", "2024", "2024-03-19 (publication date)". */
export function formatDate(date: string | null, precision: string): string {
  if (!date) return 'undated';
  if (precision === 'month') return date.slice(0, 7);
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'inferred') return `${date} (publication date)`;
  return date;
}
