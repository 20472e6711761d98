// Search box: an ARIA combobox over labels and aliases. Arrow keys move through the results, Enter picks,
// Escape closes; picking selects the node and the camera centres on it.
import { NODE_LOOK } from '../appearance.js';
import type { SearchIndex, SearchResult } from '../data/search.js';
import { el, replace, swatch } from '../dom.js';
import { humanise } from '../schema.js';
import { setActiveResult, setQuery, type Store } from '../state.js';

export interface SearchPanelOptions {
  readonly index: SearchIndex;
  readonly limit: number;
  /** Called with the picked node. */
  readonly pick: (node: string) => void;
}

export function mountSearch(container: HTMLElement, store: Store, options: SearchPanelOptions): () => void {
  const listId = 'search-results';
  const input = el('input', {
    className: 'search-input',
    attrs: {
      type: 'search', placeholder: 'Search leaders, states, blocs, agreements…  ( / )', autocomplete: 'off', spellcheck: 'false',
      role: 'combobox', 'aria-label': 'Search nodes by name or alias', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    },
  });
  const list = el('ul', { className: 'search-results', attrs: { id: listId, role: 'listbox', 'aria-label': 'Search results' } });
  list.hidden = true;
  replace(container, input, list);

  let results: SearchResult[] = [];

  const choose = (i: number): void => {
    const result = results[i];
    if (!result) return;
    store.update(setQuery, '');
    input.value = '';
    input.blur();
    options.pick(result.node);
  };

  input.addEventListener('input', () => store.update(setQuery, input.value));
  input.addEventListener('keydown', (event) => {
    const { active } = store.get().search;
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      store.update(setActiveResult, (active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      store.update(setActiveResult, (active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(Math.max(0, active));
    } else if (event.key === 'Escape') {
      store.update(setQuery, '');
      input.value = '';
    }
  });
  input.addEventListener('blur', () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); });
  input.addEventListener('focus', () => render());
  // mousedown, not click: it lands before the input's blur hides the list.
  list.addEventListener('mousedown', (event) => {
    const option = (event.target as Element).closest('[role=option]');
    if (!option) return;
    event.preventDefault();
    choose(Number(option.getAttribute('data-index')));
  });

  const render = (): void => {
    const { query, active } = store.get().search;
    results = options.index.search(query, options.limit);
    const open = query.trim() !== '' && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) { input.removeAttribute('aria-activedescendant'); return; }
    if (results.length === 0) {
      replace(list, el('li', { className: 'search-empty', attrs: { role: 'option', 'aria-disabled': 'true' } }, `No node matches “${query.trim()}”`));
      return;
    }
    replace(list, ...results.map((r, i) => {
      const look = NODE_LOOK[r.type];
      return el('li', {
        className: i === active ? 'search-option active' : 'search-option',
        attrs: { role: 'option', id: `search-option-${i}`, 'data-index': i, 'data-node': r.node, 'aria-selected': i === active },
      },
      swatch(look.shape, look.color, humanise(r.type)),
      el('span', { className: 'search-label' }, r.label),
      r.alias ? el('span', { className: 'search-alias' }, `also “${r.alias}”`) : null,
      el('span', { className: 'search-type' }, humanise(r.type)));
    }));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-option-${active}`);
      list.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
    }
  };

  const onKey = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement | null;
    if (event.key === '/' && !(target instanceof HTMLInputElement) && !(target instanceof HTMLTextAreaElement)) {
      event.preventDefault();
      input.focus();
    }
  };
  document.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe((next, prev) => { if (next.search !== prev.search) render(); });
  return () => {
    unsubscribe();
    document.removeEventListener('keydown', onKey);
    container.replaceChildren();
  };
}
