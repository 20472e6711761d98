// The focus bar over the graph, shown while focused: breadcrumbs back through the nodes focused before, the
// depth (1-3), the relation types followed, whether the date window applies, and whether the rest is hidden or
// faded. Every control changes view state only.
import type { ViewerGraph } from '../data/graph.js';
import { el, replaceKeepingFocus } from '../dom.js';
import { EDGE_TYPES, humanise } from '../schema.js';
import {
  clearFocus, FOCUS_DEPTHS, focusEdgeType, setFocusDepth, setFocusHideRest, setFocusWithinDates, type FocusDepth, type Store, type ViewState,
} from '../state.js';

export interface FocusPanelOptions {
  /** Focus on a node again (a breadcrumb), framing it. */
  readonly back: (index: number) => void;
  /** How many nodes the focus shows. */
  readonly size: (state: ViewState) => number;
}

export function mountFocus(container: HTMLElement, graph: ViewerGraph, store: Store, options: FocusPanelOptions): () => void {
  const label = (node: string): string => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node);

  const render = (s: ViewState): void => {
    const { focus } = s;
    if (!focus) { container.hidden = true; container.replaceChildren(); return; }
    const depth = el('select', {
      className: 'focus-depth', attrs: { 'aria-label': 'Depth' },
      on: { change: () => store.update(setFocusDepth, Number(depth.value) as FocusDepth) },
    }, ...FOCUS_DEPTHS.map((d) => el('option', { attrs: { value: d } }, d === 1 ? '1 step' : `${d} steps`)));
    depth.value = String(focus.depth);

    const followed = focus.edgeTypes ?? s.filters.edgeTypes;
    const shown = EDGE_TYPES.filter((t) => s.filters.edgeTypes.has(t));
    const typeBoxes = shown.map((t) => {
      const box = el('input', { attrs: { type: 'checkbox', name: `follow-${t}` }, on: { change: () => store.update(focusEdgeType, t, box.checked) } });
      box.checked = followed.has(t);
      return el('label', { className: 'check-row' }, box, ` ${humanise(t)}`);
    });
    const followedCount = shown.filter((t) => followed.has(t)).length;

    const check = (name: string, text: string, on: boolean, change: (on: boolean) => void): HTMLElement => {
      const box = el('input', { attrs: { type: 'checkbox', name }, on: { change: () => change(box.checked) } });
      box.checked = on;
      return el('label', { className: 'check-row' }, box, ` ${text}`);
    };

    const crumbs = s.trail.map((node, i) => el('li', {},
      el('button', { className: 'link-button crumb', attrs: { type: 'button', 'data-node': node }, on: { click: () => options.back(i) } }, label(node))));
    const size = options.size(s);
    replaceKeepingFocus(container,
      el('nav', { className: 'crumbs', attrs: { 'aria-label': 'Focus steps' } },
        el('ol', {}, ...crumbs, el('li', { attrs: { 'aria-current': 'step', 'data-node': focus.node } }, el('strong', {}, label(focus.node))))),
      el('span', { className: 'focus-size' }, `${size.toLocaleString('en')} node${size === 1 ? '' : 's'} within`),
      depth,
      el('details', { className: 'focus-follow' },
        el('summary', { className: 'focus-follow-summary' }, followedCount === shown.length ? 'All relations' : `${followedCount} of ${shown.length} relation types`),
        el('div', { className: 'focus-types' }, ...typeBoxes)),
      check('focus-dates', 'Only the date window', focus.withinDates, (on) => store.update(setFocusWithinDates, on)),
      check('focus-hide', 'Hide the rest', focus.hideRest, (on) => store.update(setFocusHideRest, on)),
      el('button', { className: 'tool clear-focus', attrs: { type: 'button' }, on: { click: () => store.update(clearFocus) } }, 'Clear focus'));
    container.hidden = false;
  };

  render(store.get());
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.focus !== prev.focus || next.trail !== prev.trail || (next.focus && next.filters !== prev.filters)) render(next);
  });
  return () => { unsubscribe(); container.hidden = true; container.replaceChildren(); };
}
