// Play: sweeps the end of the date range from the range's start to the last date, one animation frame at a
// time, so relations appear in the order they happened. Pausing, or any slider move, leaves the range as is.
import { fromDay, toDay } from '../data/dates.js';
import { setDateRange, setPlaying, type Store } from '../state.js';

export interface PlaybackController {
  toggle(): void;
  dispose(): void;
}

export function createPlaybackController(store: Store, extent: readonly [string, string], durationMs: number): PlaybackController {
  const min = toDay(extent[0]);
  const max = toDay(extent[1]);
  let frame = 0;

  const stop = (): void => {
    cancelAnimationFrame(frame);
    frame = 0;
    store.update(setPlaying, false);
  };

  const start = (): void => {
    const range = store.get().filters.dateRange;
    const from = range ? toDay(range[0]) : min;
    let to = range && toDay(range[1]) < max ? toDay(range[1]) : from; // at the end already: start over
    const daysPerMs = Math.max(max - from, 1) / durationMs;
    let last = performance.now();
    store.update(setPlaying, true);
    store.update(setDateRange, [fromDay(from), fromDay(to)]);
    const tick = (now: number): void => {
      to = Math.min(max, to + (now - last) * daysPerMs);
      last = now;
      store.update(setDateRange, [fromDay(from), fromDay(Math.floor(to))]);
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
