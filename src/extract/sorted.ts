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
