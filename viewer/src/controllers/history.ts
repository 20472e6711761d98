// The URL hash follows the view (hash.ts), so a copied link reopens it: a focus step adds a history entry, so the
// browser's back button walks back through the steps; any other change (filters, selection, camera) replaces the
// current entry. Going back or forward, or a hash typed by hand, is read and applied. Renders nothing.
import type Sigma from 'sigma';
import { fromHash, toHash, type Camera, type HashVocabulary, type SharedView } from '../hash.js';
import { applyView, type Store, type ViewState } from '../state.js';

/** Camera moves settle before the hash is rewritten: browsers throttle history writes. */
const CAMERA_SETTLE_MS = 300;

export function bindHistory(sigma: Sigma, store: Store, base: ViewState, vocabulary: HashVocabulary, restore: boolean): () => void {
  const camera = sigma.getCamera();
  const shared = (s: ViewState): SharedView => {
    const { x, y, ratio } = camera.getState();
    return { filters: s.filters, focus: s.focus, trail: s.trail, selected: s.selected, path: s.path, appearance: s.appearance, camera: { x, y, ratio } };
  };
  const write = (push: boolean): void => {
    const hash = `#${toHash(shared(store.get()), vocabulary)}`;
    if (hash === (location.hash || '#')) return;
    if (push) history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  };
  let reading = false;
  // Applying a step must not write one: the entry is already the one being read.
  const read = (): void => {
    const view = fromHash(location.hash, base, vocabulary);
    reading = true;
    try {
      if (view.camera) camera.setState(view.camera satisfies Camera);
      store.update(applyView, view);
    } finally {
      reading = false;
    }
  };

  if (restore && location.hash.length > 1) read();
  else write(false);

  const unsubscribe = store.subscribe((next, prev) => {
    if (reading) return;
    const step = next.focus?.node !== prev.focus?.node || next.trail !== prev.trail;
    if (step || next.filters !== prev.filters || next.focus !== prev.focus || next.selected !== prev.selected || next.path !== prev.path
      || next.appearance !== prev.appearance) write(step);
  });
  let timer = 0;
  const onCamera = (): void => { clearTimeout(timer); timer = window.setTimeout(() => write(false), CAMERA_SETTLE_MS); };
  camera.on('updated', onCamera);
  window.addEventListener('popstate', read);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    camera.removeListener('updated', onCamera);
    window.removeEventListener('popstate', read);
  };
}
