// Toolbar: open a file, fit the view, start/stop the re-layout, export PNG and GEXF. Buttons call the
// controllers they are given; the layout button follows `layoutRunning` in the state.
import { el, replace } from '../dom.js';
import type { Store } from '../state.js';

export interface ToolbarActions {
  readonly open: () => void;
  readonly fit: (() => void) | null;
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
  replace(container,
    button('Open…', 'Open a graph.json or .gexf file (or drop one on the page)', actions.open, 'open'),
    button('Fit', 'Show the whole graph', actions.fit, 'fit'),
    layout,
    button('PNG', 'Download the current view as a PNG image', actions.exportPng, 'export-png'),
    button('GEXF', 'Download the filtered graph as GEXF 1.3', actions.exportGexf, 'export-gexf'));

  if (!store) return () => container.replaceChildren();
  const render = (running: boolean): void => {
    layout.textContent = running ? 'Stop layout' : 'Re-layout';
    layout.setAttribute('aria-pressed', String(running));
    layout.classList.toggle('running', running);
  };
  render(store.get().layoutRunning);
  const unsubscribe = store.subscribe((next, prev) => { if (next.layoutRunning !== prev.layoutRunning) render(next.layoutRunning); });
  return () => { unsubscribe(); container.replaceChildren(); };
}
