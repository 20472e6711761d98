// One binary search for the sorted lists the stages keep (tokens, mentions, participants, dates, cues):
// stages look things up once per word, and a scan each time would make run-on sentences quadratic.

/** The first index in [0, length) at which `reached` holds, `reached` being false then true along the range; `length` if never. */
export function firstWhere(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Spanned {
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * Spans sorted by start once, with the furthest end reached so far, so that asking whether one of them covers a span
 * is one halving and listing those inside a span reads only the spans that start there.
 */
export class SpanIndex<T extends Spanned> {
  private readonly items: T[];
  private readonly reach: number[] = [];

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.span.start - b.span.start);
    for (const { span } of this.items) this.reach.push(Math.max(span.end, this.reach.at(-1) ?? Number.NEGATIVE_INFINITY));
  }

  /** Whether a span of the index holds [start, end); `strictly`: and is longer. */
  covers(start: number, end: number, strictly = false): boolean {
    const before = this.from(start);
    if (before > 0 && this.reach[before - 1]! >= end) return true;
    for (let i = before; i < this.items.length && this.items[i]!.span.start === start; i++) {
      if (strictly ? this.items[i]!.span.end > end : this.items[i]!.span.end >= end) return true;
    }
    return false;
  }

  /** The items whose spans lie within [start, end), in order of start. */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.from(start); i < this.items.length && this.items[i]!.span.start < end; i++) {
      if (this.items[i]!.span.end <= end) out.push(this.items[i]!);
    }
    return out;
  }

  /** The items whose spans start at `start`. */
  startingAt(start: number): T[] {
    const out: T[] = [];
    for (let i = this.from(start); i < this.items.length && this.items[i]!.span.start === start; i++) out.push(this.items[i]!);
    return out;
  }

  private from(start: number): number {
    return firstWhere(this.items.length, (i) => this.items[i]!.span.start >= start);
  }
}
