// Details of the selected node: type, aliases, offices held, its relations grouped by type, each with its
// date, counterpart and the quotes that report it (article title, date and link), and the articles that name it
// (first mention and count). Everything from the document goes in as text; relations the filters hide are
// counted, not listed.
import { EDGE_COLOR, NODE_LOOK } from '../appearance.js';
import { formatDate } from '../data/dates.js';
import type { EdgeAttributes, ViewerGraph } from '../data/graph.js';
import { el, replace, swatch } from '../dom.js';
import { evidenceItem, nodeButton as nodeButtonFor } from './evidence.js';
import { EDGE_TYPES, humanise, type EdgeType } from '../schema.js';
import { select, type Store, type ViewState } from '../state.js';
import type { Visibility } from '../visibility.js';
import type { NodeTerm, Provenance } from '../../../src/document/types.gen.js';

export interface DetailsPanelOptions {
  readonly visibility: (state: ViewState) => Visibility;
  /** Select a counterpart and bring it into view. */
  readonly pick: (node: string) => void;
  /** Show only this node and its neighbourhood. */
  readonly focus: (node: string) => void;
  /** Start a path here; the next node picked ends it. */
  readonly pathFrom: (node: string) => void;
}

/** Relations listed per type before the rest are summarised, so a hub's panel stays usable. */
const ROWS_PER_GROUP = 150;
/** Articles naming the node listed before the rest are counted. */
const NAMED_IN_ROWS = 20;

interface Row { edge: string; a: EdgeAttributes; counterpart: string; outgoing: boolean }

export function mountDetails(container: HTMLElement, graph: ViewerGraph, store: Store, options: DetailsPanelOptions): () => void {
  const articles = graph.getAttribute('articles');

  const label = (node: string): string => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node);

  const nodeButton = (node: string): HTMLElement => nodeButtonFor(graph, node, options.pick);
  const evidence = (p: Provenance): HTMLElement => evidenceItem(articles, p);

  const term = (t: NodeTerm): HTMLElement => {
    const where = t.state ?? t.bloc;
    const span = t.from || t.to ? `${t.from ?? '?'} – ${t.to ?? 'present'}` : 'dates unknown';
    return el('li', { className: 'term' },
      el('span', { className: 'term-office' }, t.title ?? humanise(t.office)),
      where ? el('span', { className: 'term-where' }, ', ', nodeButton(where)) : null,
      el('span', { className: 'term-dates' }, ` · ${span}`));
  };

  const edgeRow = ({ edge, a, counterpart, outgoing }: Row): HTMLElement => {
    const arrow = !a.directed ? '↔' : outgoing ? '→' : '←';
    const direction = !a.directed ? 'with' : outgoing ? 'to' : 'from';
    return el('li', { className: 'edge', attrs: { 'data-edge': edge, 'data-type': a.type, 'data-date': a.date ?? '' } },
      el('div', { className: 'edge-head' },
        el('span', { className: 'edge-date' }, formatDate(a.date, a.datePrecision)),
        el('span', { className: 'edge-dir', attrs: { title: direction, 'aria-hidden': 'true' } }, arrow),
        el('span', { className: 'sr-only' }, direction),
        nodeButton(counterpart),
        el('span', { className: 'edge-sources' }, a.sources === 1 ? '1 source' : `${a.sources} sources`)),
      el('ul', { className: 'evidence' }, ...a.provenance.map(evidence)));
  };

  const render = (state: ViewState): void => {
    const node = state.selected;
    // Paths take this side of the page while they are shown.
    if (node === null || !graph.hasNode(node) || state.path !== null) {
      container.hidden = true;
      container.replaceChildren();
      return;
    }
    const a = graph.getNodeAttributes(node);
    const look = NODE_LOOK[a.type];
    const v = options.visibility(state);

    const groups = new Map<EdgeType, Row[]>();
    let hidden = 0;
    graph.forEachEdge(node, (edge, ea, source, target) => {
      if (v.hiddenEdges.has(edge)) { hidden++; return; }
      const row = { edge, a: ea, counterpart: source === node ? target : source, outgoing: source === node };
      const list = groups.get(ea.type) ?? [];
      list.push(row);
      groups.set(ea.type, list);
    });

    const relationGroups = EDGE_TYPES.filter((t) => groups.has(t)).map((type) => {
      const rows = groups.get(type)!.sort((x, y) => (y.a.date ?? '').localeCompare(x.a.date ?? '') || label(x.counterpart).localeCompare(label(y.counterpart)));
      const more = rows.length - ROWS_PER_GROUP;
      const group = el('details', { className: 'edge-group', attrs: { 'data-type': type } },
        el('summary', {}, swatch('line', EDGE_COLOR[type], humanise(type)), ` ${humanise(type)} `, el('span', { className: 'count' }, rows.length)),
        el('ul', { className: 'edges' }, ...rows.slice(0, ROWS_PER_GROUP).map(edgeRow)),
        more > 0 ? el('p', { className: 'note' }, `… and ${more} more`) : null);
      group.open = rows.length <= 30;
      return group;
    });

    container.hidden = false;
    replace(container,
      el('header', { className: 'details-head' },
        swatch(look.shape, look.color, humanise(a.type)),
        el('h2', { className: 'details-title', attrs: { tabindex: -1 } }, a.label),
        el('button', { className: 'close', attrs: { type: 'button', 'aria-label': 'Close details' }, on: { click: () => store.update(select, null) } }, '×')),
      el('p', { className: 'details-type' }, humanise(a.type), el('span', { className: 'details-key' }, ` · ${node}`)),
      el('div', { className: 'details-actions' },
        state.focus?.node === node ? null : el('button', {
          className: 'tool focus-button', attrs: { type: 'button', title: 'Show only this node and its neighbourhood' },
          on: { click: () => options.focus(node) },
        }, 'Focus'),
        el('button', {
          className: 'tool path-button', attrs: { type: 'button', title: 'Shortest paths from this node to the next one you pick' },
          on: { click: () => options.pathFrom(node) },
        }, 'Paths from here…')),
      a.state ? el('p', { className: 'details-state' }, 'State: ', nodeButton(a.state)) : null,
      a.aliases.length > 0 ? el('section', { className: 'details-section aliases' },
        el('h3', {}, 'Also known as'), el('p', {}, a.aliases.join(' · '))) : null,
      a.terms && a.terms.length > 0 ? el('section', { className: 'details-section terms' },
        el('h3', {}, 'Offices'), el('ul', {}, ...[...a.terms].sort((x, y) => (y.from ?? '').localeCompare(x.from ?? '')).map(term))) : null,
      el('section', { className: 'details-section relations' },
        el('h3', {}, 'Relations'),
        relationGroups.length === 0 ? el('p', { className: 'note' }, 'No relations shown.') : null,
        ...relationGroups,
        hidden > 0 ? el('p', { className: 'note hidden-count' }, `${hidden} more hidden by the filters`) : null),
      a.provenance.length > 0 ? el('section', { className: 'details-section named-in' },
        el('h3', {}, `Named in ${a.provenance.length === 1 ? '1 article' : `${a.provenance.length} articles`}`),
        el('ul', { className: 'evidence' }, ...a.provenance.slice(0, NAMED_IN_ROWS).map(evidence)),
        a.provenance.length > NAMED_IN_ROWS ? el('p', { className: 'note' }, `… and ${a.provenance.length - NAMED_IN_ROWS} more`) : null) : null);
    container.scrollTop = 0;
  };

  render(store.get());
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.selected !== prev.selected || next.filters !== prev.filters || next.focus !== prev.focus || next.path !== prev.path) render(next);
  });
  return () => { unsubscribe(); container.hidden = true; container.replaceChildren(); };
}
