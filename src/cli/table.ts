// Plain-text tables for the terminal: columns padded to their widest cell, long cells cut with an ellipsis.

export interface TableOptions {
  /** Widest a cell may be, per column index; longer text is cut. */
  readonly maxWidths?: Readonly<Record<number, number>>;
  /** Columns aligned to the right (numbers). */
  readonly right?: readonly number[];
}

const clip = (text: string, max: number | undefined) => (max !== undefined && text.length > max ? `${text.slice(0, Math.max(max - 1, 1))}…` : text);

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const cells = [header, ...rows].map((row) => row.map((c, i) => clip(c.replace(/\s+/g, ' '), options.maxWidths?.[i])));
  // reduce, not Math.max(...cells): a table of a hub's neighbours may have more rows than a call takes arguments.
  const widths = header.map((_, i) => cells.reduce((w, r) => Math.max(w, r[i]?.length ?? 0), 0));
  const right = new Set(options.right ?? []);
  const line = (row: readonly string[]) => row.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}
