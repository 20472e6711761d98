// Play: sweeps the end of the date window a month at a time from the window's start to the last month, one
// animation frame at a time, so relations appear in the order they happened. Pausing, or any slider move, leaves
// the window as is.
import { monthEnd, monthStart, toMonth } from '../data/dates.js';
import { setDateRange, setPlaying, type Store } from '../state.js';

export interface PlaybackController {
  toggle(): void;
  dispose(): void;
}

/** `months`: the first and last month with dated relations (dates.ts's month numbers). */
export function createPlaybackController(store: Store, months: readonly [number, number], durationMs: number): PlaybackController {
  const [min, max] = months;
  let frame = 0;

  const stop = (): void => {
    cancelAnimationFrame(frame);
    frame = 0;
    store.update(setPlaying, false);
  };

  const start = (): void => {
    const range = store.get().filters.dateRange;
    const from = range ? toMonth(range[0]) : min;
    let to = range && toMonth(range[1]) < max ? toMonth(range[1]) : from; // at the end already: start over
    const monthsPerMs = Math.max(max - from, 1) / durationMs;
    let last = performance.now();
    store.update(setPlaying, true);
    store.update(setDateRange, [monthStart(from), monthEnd(to)]);
    const tick = (now: number): void => {
      to = Math.min(max, to + (now - last) * monthsPerMs);
      last = now;
      store.update(setDateRange, [monthStart(from), monthEnd(Math.floor(to))]);
      if (to >= max) { stop(); return; }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  };

  return {
    toggle: () => (store.get().playing ? stop() : start()),
    dispose: stop,
  };
}
