// Months as integers (year × 12 + month − 1) for the date sliders and the histogram, which move a month at a
// time, and back to IsoDate strings. No clock is read here: every value comes from the graph.
export function toMonth(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** "2024-03" */
export function monthLabel(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function monthStart(month: number): string {
  return `${monthLabel(month)}-01`;
}

export function monthEnd(month: number): string {
  const days = new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0)).getUTCDate();
  return `${monthLabel(month)}-${String(days).padStart(2, '0')}`;
}

/** How a date reads given its precision: "2024-03", "2024", "2024-03-19 (publication date)". */
export function formatDate(date: string | null, precision: string): string {
  if (!date) return 'undated';
  if (precision === 'month') return date.slice(0, 7);
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'inferred') return `${date} (publication date)`;
  return date;
}
