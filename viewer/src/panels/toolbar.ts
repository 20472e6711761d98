// Toolbar: open a file, fit the view, open the node table, start/stop the re-layout, export PNG and GEXF. Buttons
// call the controllers they are given; the table and layout buttons follow the state.
import { el, replace } from '../dom.js';
import type { Store, ViewState } from '../state.js';

export interface ToolbarActions {
  readonly open: () => void;
  readonly fit: (() => void) | null;
  readonly toggleTable: (() => void) | null;
  readonly toggleLayout: (() => void) | null;
  readonly exportPng: (() => void) | null;
  readonly exportGexf: (() => void) | null;
}

export function mountToolbar(container: HTMLElement, store: Store | null, actions: ToolbarActions): () => void {
  const button = (label: string, title: string, action: (() => void) | null, className = ''): HTMLButtonElement => {
    const b = el('button', { className: `tool ${className}`.trim(), attrs: { type: 'button', title } }, label);
    if (action) b.addEventListener('click', action);
    else b.disabled = true;
    return b;
  };
  const layout = button('Re-layout', 'Run ForceAtlas2 on the graph (click again to stop)', actions.toggleLayout, 'layout');
  const table = button('Table', 'A sortable table of the nodes shown, with their measures', actions.toggleTable, 'table-toggle');
  replace(container,
    button('Open…', 'Open a graph.json or .gexf file (or drop one on the page)', actions.open, 'open'),
    button('Fit', 'Show the whole graph', actions.fit, 'fit'),
    table,
    layout,
    button('PNG', 'Download the current view as a PNG image', actions.exportPng, 'export-png'),
    button('GEXF', 'Download the filtered graph as GEXF 1.3', actions.exportGexf, 'export-gexf'));

  if (!store) return () => container.replaceChildren();
  const render = (s: ViewState): void => {
    layout.textContent = s.layoutRunning ? 'Stop layout' : 'Re-layout';
    layout.setAttribute('aria-pressed', String(s.layoutRunning));
    layout.classList.toggle('running', s.layoutRunning);
    table.setAttribute('aria-pressed', String(s.table.open));
  };
  render(store.get());
  const unsubscribe = store.subscribe((next, prev) => { if (next.layoutRunning !== prev.layoutRunning || next.table !== prev.table) render(next); });
  return () => { unsubscribe(); container.replaceChildren(); };
}
