// A message over the stage: why a file could not be opened, or what to do when there is no graph yet.
import { el, replace } from '../dom.js';

export interface MessagePanel {
  show(kind: 'error' | 'info', title: string, detail?: string): void;
  hide(): void;
}

export function createMessagePanel(container: HTMLElement, openFile: () => void): MessagePanel {
  return {
    show(kind, title, detail) {
      container.className = `message ${kind}`;
      replace(container,
        el('h2', {}, title),
        detail ? el('pre', { className: 'message-detail' }, detail) : null,
        el('p', {}, 'Open a graph.json or .gexf file with ',
          el('button', { className: 'link-button', attrs: { type: 'button' }, on: { click: openFile } }, 'Open…'),
          ' or drop it anywhere on this page.'),
        kind === 'error' ? el('button', { className: 'dismiss', attrs: { type: 'button' }, on: { click: () => { container.hidden = true; } } }, 'Dismiss') : null);
      container.hidden = false;
    },
    hide() {
      container.hidden = true;
      container.replaceChildren();
    },
  };
}
