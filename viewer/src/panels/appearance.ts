// Colour and size choices beside the legend: colour by type or by Louvain community, size by degree, weighted
// degree or betweenness (which says so while it is being computed). Colouring by community lists the largest
// communities, each named by its best-connected node, with its colour and size.
import { COMMUNITY_COLORS, OTHER_COMMUNITY } from '../appearance.js';
import type { MeasuresController } from '../controllers/measures.js';
import type { ViewerGraph } from '../data/graph.js';
import { el, replaceKeepingFocus, swatch } from '../dom.js';
import { COLOUR_BY, SIZE_BY, colourBy, sizeBy, type ColourBy, type SizeBy, type Store, type ViewState } from '../state.js';

export const COLOUR_NAMES: Readonly<Record<ColourBy, string>> = { type: 'Type', community: 'Community (Louvain)' };
export const SIZE_NAMES: Readonly<Record<SizeBy, string>> = { degree: 'Degree', weightedDegree: 'Weighted degree', betweenness: 'Betweenness' };

export function mountAppearance(container: HTMLElement, graph: ViewerGraph, store: Store, measures: MeasuresController): () => void {
  const choice = <T extends string>(id: string, label: string, options: readonly T[], names: Readonly<Record<T, string>>, value: T, change: (v: T) => void): HTMLElement => {
    const select = el('select', { attrs: { id, name: id }, on: { change: () => change(select.value as T) } },
      ...options.map((o) => el('option', { attrs: { value: o } }, names[o])));
    select.value = value;
    return el('div', { className: 'choice-row' }, el('label', { attrs: { for: id } }, label), select);
  };

  const communityLegend = (): HTMLElement => {
    const { sizes, hubs } = measures.communities();
    const named = sizes.slice(0, COMMUNITY_COLORS.length).map((size, i) => el('li', { className: 'legend-row', attrs: { 'data-community': i } },
      swatch('circle', COMMUNITY_COLORS[i]!, `Community ${i + 1}`),
      el('span', { className: 'legend-name' }, graph.getNodeAttribute(hubs[i]!, 'label')),
      el('span', { className: 'count' }, size)));
    const rest = sizes.slice(COMMUNITY_COLORS.length);
    return el('ul', { className: 'communities', attrs: { 'aria-label': `${sizes.length} communities, each named by its best-connected node` } },
      ...named,
      rest.length > 0 ? el('li', { className: 'legend-row' }, swatch('circle', OTHER_COMMUNITY, 'Other communities'),
        el('span', { className: 'legend-name' }, `${rest.length} smaller`), el('span', { className: 'count' }, rest.reduce((a, b) => a + b, 0))) : null);
  };

  const render = (s: ViewState): void => {
    const { colour, size } = s.appearance;
    const pending = size === 'betweenness' && measures.betweenness() === null;
    replaceKeepingFocus(container,
      el('section', { className: 'panel appearance', attrs: { 'aria-label': 'Appearance' } },
        el('h2', {}, 'Appearance'),
        choice('colour-by', 'Colour by', COLOUR_BY, COLOUR_NAMES, colour, (v) => store.update(colourBy, v)),
        choice('size-by', 'Size by', SIZE_BY, SIZE_NAMES, size, (v) => store.update(sizeBy, v)),
        pending ? el('p', { className: 'note computing', attrs: { role: 'status' } }, 'Computing betweenness…') : null,
        colour === 'community' ? communityLegend() : null));
  };

  render(store.get());
  const unsubscribe = store.subscribe((next, prev) => { if (next.appearance !== prev.appearance) render(next); });
  const unlisten = measures.onBetweenness(() => render(store.get()));
  return () => { unsubscribe(); unlisten(); container.replaceChildren(); };
}
