// Sigma events → state: hovering a node highlights its neighbourhood, clicking it picks it (`pick`: selects it, or
// moves the focus to it), clicking the background or pressing Escape clears the selection. Renders nothing.
import type Sigma from 'sigma';
import { hover, select, type Store } from '../state.js';

export function bindGraphEvents(sigma: Sigma, store: Store, pick: (node: string) => void): () => void {
  const container = sigma.getContainer();
  sigma.on('enterNode', ({ node }) => { container.style.cursor = 'pointer'; store.update(hover, node); });
  sigma.on('leaveNode', () => { container.style.cursor = ''; store.update(hover, null); });
  sigma.on('clickNode', ({ node }) => pick(node));
  sigma.on('clickStage', () => store.update(select, null));
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) store.update(select, null);
  };
  document.addEventListener('keydown', onKey);
  return () => {
    sigma.removeAllListeners('enterNode');
    sigma.removeAllListeners('leaveNode');
    sigma.removeAllListeners('clickNode');
    sigma.removeAllListeners('clickStage');
    document.removeEventListener('keydown', onKey);
  };
}
