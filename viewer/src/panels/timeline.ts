// Date window: two sliders (from, to) that move a month at a time over the months the dated relations span, a
// histogram above them of dated relations per month stacked by type in the legend's colours (months outside the
// window fade), a play button that sweeps the end of the window forward so the graph grows over time, and a
// reset. Undated, standing relations have their own switch. Sliders and playback only change the filters'
// dateRange.
import { EDGE_COLOR } from '../appearance.js';
import { monthEnd, monthLabel, monthStart, toMonth } from '../data/dates.js';
import type { MonthCounts } from '../data/histogram.js';
import { el, icon, replace } from '../dom.js';
import { humanise } from '../schema.js';
import { setDateRange, setShowUndated, type Store } from '../state.js';

export interface TimelineOptions {
  readonly counts: MonthCounts;
  readonly togglePlay: () => void;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  for (const child of children) node.append(child);
  return node;
}

/** One column per month, bars stacked by type, scaled to the busiest month; each month says its counts. */
function histogram(counts: MonthCounts): SVGSVGElement {
  const totals = counts.months.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  const most = Math.max(1, ...totals);
  const chart = svg('svg', {
    class: 'histogram', viewBox: `-0.5 0 ${counts.months.length} 100`, preserveAspectRatio: 'none',
    role: 'img', 'aria-label': 'Dated relations per month, by type',
  });
  counts.months.forEach((m, i) => {
    const label = monthLabel(counts.first + i);
    const parts = [...m].map(([t, n]) => `${n} ${humanise(t).toLowerCase()}`).join(', ');
    const column = svg('g', { class: 'month', 'data-month': label, 'data-count': totals[i]! },
      svg('title', {}, `${label}: ${totals[i]} dated relation${totals[i] === 1 ? '' : 's'}${parts ? ` (${parts})` : ''}`));
    let y = 100;
    for (const [type, n] of m) {
      const h = (n / most) * 100;
      y -= h;
      column.append(svg('rect', { x: i - 0.4, y, width: 0.8, height: h, fill: EDGE_COLOR[type], 'data-type': type, 'data-count': n }));
    }
    chart.append(column);
  });
  return chart;
}

export function mountTimeline(container: HTMLElement, store: Store, options: TimelineOptions): () => void {
  const min = options.counts.first;
  const max = min + options.counts.months.length - 1;
  const slider = (id: string, label: string): HTMLInputElement =>
    el('input', { className: 'date-slider', attrs: { id, type: 'range', min, max, step: 1, 'aria-label': label } });
  const from = slider('date-from', 'Show relations from this month');
  const to = slider('date-to', 'Show relations up to this month');
  const fromLabel = el('output', { className: 'date-value', attrs: { for: 'date-from' } });
  const toLabel = el('output', { className: 'date-value', attrs: { for: 'date-to' } });
  const play = el('button', { className: 'play', attrs: { type: 'button', 'aria-label': 'Play over time' }, on: { click: () => options.togglePlay() } });
  const reset = el('button', { className: 'reset', attrs: { type: 'button' }, on: { click: () => store.update(setDateRange, null) } }, 'All dates');
  const undated = el('input', { attrs: { type: 'checkbox', name: 'show-undated' }, on: { change: () => store.update(setShowUndated, undated.checked) } });
  const chart = histogram(options.counts);
  const columns = [...chart.querySelectorAll('g.month')];

  // Moving one thumb past the other drags the other along, so the window never turns inside out.
  const onSlide = (moved: 'from' | 'to'): void => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) { if (moved === 'from') b = a; else a = b; }
    store.update(setDateRange, a === min && b === max ? null : [monthStart(a), monthEnd(b)]);
  };
  from.addEventListener('input', () => onSlide('from'));
  to.addEventListener('input', () => onSlide('to'));

  replace(container,
    play,
    el('div', { className: 'date-range' },
      el('div', { className: 'date-row' }, el('span', {}), el('div', { className: 'histogram-wrap' }, chart), el('span', {})),
      el('label', { className: 'date-row' }, el('span', { className: 'date-caption' }, 'From'), from, fromLabel),
      el('label', { className: 'date-row' }, el('span', { className: 'date-caption' }, 'To'), to, toLabel)),
    el('div', { className: 'timeline-side' }, reset, el('label', { className: 'check-row' }, undated, ' Undated relations')));
  container.hidden = false;

  const render = (): void => {
    const s = store.get();
    const range = s.filters.dateRange;
    const a = range ? toMonth(range[0]) : min;
    const b = range ? toMonth(range[1]) : max;
    from.value = String(a);
    to.value = String(b);
    // A window read from a link may start or end mid-month: the labels say exactly where.
    fromLabel.textContent = range ? range[0] : monthStart(min);
    toLabel.textContent = range ? range[1] : monthEnd(max);
    columns.forEach((column, i) => column.classList.toggle('outside', min + i < a || min + i > b));
    undated.checked = s.filters.showUndated;
    replace(play, icon(s.playing ? 'pause' : 'play'));
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
