// Date range: two sliders (from, to) over the days the dated relations span, a play button that sweeps the end
// of the range forward so the graph grows over time, and a reset. Undated, standing relations have their own
// switch. Sliders and playback only change the filters' dateRange.
import { fromDay, toDay } from '../data/dates.js';
import { el, replace } from '../dom.js';
import { setDateRange, setShowUndated, type Store } from '../state.js';

export interface TimelineOptions {
  readonly extent: readonly [string, string];
  readonly togglePlay: () => void;
}

export function mountTimeline(container: HTMLElement, store: Store, options: TimelineOptions): () => void {
  const min = toDay(options.extent[0]);
  const max = toDay(options.extent[1]);
  const slider = (id: string, label: string): HTMLInputElement =>
    el('input', { className: 'date-slider', attrs: { id, type: 'range', min, max, step: 1, 'aria-label': label } });
  const from = slider('date-from', 'Show relations from this date');
  const to = slider('date-to', 'Show relations up to this date');
  const fromLabel = el('output', { className: 'date-value', attrs: { for: 'date-from' } });
  const toLabel = el('output', { className: 'date-value', attrs: { for: 'date-to' } });
  const play = el('button', { className: 'play', attrs: { type: 'button', 'aria-label': 'Play over time' }, on: { click: () => options.togglePlay() } }, '▶');
  const reset = el('button', { className: 'reset', attrs: { type: 'button' }, on: { click: () => store.update(setDateRange, null) } }, 'All dates');
  const undated = el('input', { attrs: { type: 'checkbox', name: 'show-undated' }, on: { change: () => store.update(setShowUndated, undated.checked) } });

  // Moving one thumb past the other drags the other along, so the range never turns inside out.
  const onSlide = (moved: 'from' | 'to'): void => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) { if (moved === 'from') b = a; else a = b; }
    store.update(setDateRange, a === min && b === max ? null : [fromDay(a), fromDay(b)]);
  };
  from.addEventListener('input', () => onSlide('from'));
  to.addEventListener('input', () => onSlide('to'));

  replace(container,
    play,
    el('div', { className: 'date-range' },
      el('label', { className: 'date-row' }, el('span', { className: 'date-caption' }, 'From'), from, fromLabel),
      el('label', { className: 'date-row' }, el('span', { className: 'date-caption' }, 'To'), to, toLabel)),
    el('div', { className: 'timeline-side' }, reset, el('label', { className: 'check-row' }, undated, ' Undated relations')));
  container.hidden = false;

  const render = (): void => {
    const s = store.get();
    const range = s.filters.dateRange;
    const a = range ? toDay(range[0]) : min;
    const b = range ? toDay(range[1]) : max;
    from.value = String(a);
    to.value = String(b);
    fromLabel.textContent = fromDay(a);
    toLabel.textContent = fromDay(b);
    undated.checked = s.filters.showUndated;
    play.textContent = s.playing ? '❚❚' : '▶';
    play.setAttribute('aria-label', s.playing ? 'Pause' : 'Play over time');
    play.setAttribute('aria-pressed', String(s.playing));
    reset.disabled = range === null;
  };
  render();
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.filters !== prev.filters || next.playing !== prev.playing) render();
  });
  return () => { unsubscribe(); container.hidden = true; container.replaceChildren(); };
}
