// Entry point: load the served graph (or wait for one to be opened), create Sigma, wire controllers and panels
// to one store. Opening another graph tears the previous one down and mounts the new one the same way.
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import Sigma from 'sigma';
import './style.css';
import { createCameraController } from './controllers/camera.js';
import { bindGraphEvents } from './controllers/events.js';
import { exportGexf, exportPng } from './controllers/export.js';
import { createFilesController } from './controllers/files.js';
import { bindHistory } from './controllers/history.js';
import { createMeasuresController, type MeasuresController } from './controllers/measures.js';
import { createLayoutController } from './controllers/layout.js';
import { createPlaybackController } from './controllers/playback.js';
import { LoadError, type ViewerGraph } from './data/graph.js';
import { datedPerMonth } from './data/histogram.js';
import { fetchServedGraph, parseGraphFile } from './data/load.js';
import { parallelCurvatures } from './data/parallel.js';
import { createSearchIndex } from './data/search.js';
import { mountAppearance } from './panels/appearance.js';
import { mountDetails } from './panels/details.js';
import { mountFilters } from './panels/filters.js';
import { mountFocus } from './panels/focus.js';
import { mountPaths } from './panels/paths.js';
import { createMessagePanel } from './panels/message.js';
import { mountSearch } from './panels/search.js';
import { mountStatus } from './panels/status.js';
import { mountTable } from './panels/table.js';
import { mountTimeline } from './panels/timeline.js';
import { mountToolbar } from './panels/toolbar.js';
import { createDeriver } from './derive.js';
import { createLook } from './look.js';
import { createReducers } from './reducers.js';
import { EDGE_TYPES, NODE_TYPES } from './schema.js';
import { resolveSettings, sigmaSettings, type ViewerSettings } from './settings.js';
import { createStore, focusBack, focusOn, initialState, pathFrom, pick, showTable, type ViewState } from './state.js';
import type { Visibility } from './visibility.js';

/** Read-only hooks for the browser tests and the benchmark; nothing in the page uses them. */
export interface DebugHandle {
  readonly sigma: Sigma;
  readonly graph: ViewerGraph;
  state(): ViewState;
  visibility(): Visibility;
  readonly measures: MeasuresController;
}
declare global {
  interface Window { __diplograph?: DebugHandle }
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`viewer: index.html has no #${id}`);
  return found;
}

const shell = {
  search: byId('search'), toolbar: byId('toolbar'), sidebar: byId('sidebar'), stage: byId('stage'),
  appearance: byId('appearance'), table: byId('table'), status: byId('status'), focus: byId('focus'), paths: byId('paths'), timeline: byId('timeline'), message: byId('message'), drop: byId('drop'), details: byId('details'),
};

const settings = resolveSettings();
let unmount: (() => void) | null = null;

const files = createFilesController(shell.drop, (name, text) => openText(name, text), (message) => messages.show('error', 'Could not open the file', message));
const messages = createMessagePanel(shell.message, () => files.pick());

/** `restore`: take the view from the URL's hash (the served graph); a file opened later starts afresh. */
function mountGraph(graph: ViewerGraph, s: ViewerSettings, restore: boolean): () => void {
  const initial = initialState(NODE_TYPES, EDGE_TYPES);
  const store = createStore(initial);
  const derive = createDeriver(graph);
  const measures = createMeasuresController(graph);
  const look = createLook(graph, measures);
  const reducers = createReducers(graph, parallelCurvatures(graph, DEFAULT_EDGE_CURVATURE), () => derive(store.get()), () => look(store.get().appearance));
  const sigma = new Sigma(graph, shell.stage, { ...sigmaSettings(s, graph.size), ...reducers });
  performance.mark('diplograph:rendered');

  // Several state changes in one frame (a slider drag, playback) cost one refresh.
  let frame = 0;
  const refresh = (): void => { frame ||= requestAnimationFrame(() => { frame = 0; sigma.refresh(); }); };
  const unsubscribeRefresh = store.subscribe(refresh);
  const unlistenMeasures = measures.onBetweenness(refresh);

  const visibility = (state: ViewState): Visibility => derive(state).visibility;
  const camera = createCameraController(sigma, s);
  const layout = createLayoutController(graph, store);
  // Focus steps and paths frame what they show; a search or a counterpart link centres on its node.
  const frameChange = (before: ViewState, centre: string | null): void => {
    const d = derive(store.get());
    if (d.state.focus !== before.focus && d.ego) camera.frame(d.ego.keys());
    else if (d.state.path !== before.path && d.route) camera.frame(d.route.nodes);
    else if (centre !== null) camera.focus(centre);
  };
  const step = (update: () => void, centre: string | null = null): void => {
    const before = store.get();
    update();
    frameChange(before, centre);
  };
  const pickNode = (node: string): void => step(() => store.update(pick, node), node);
  // After a search, the keyboard (and a screen reader) goes on to the panel that now tells about the pick.
  const readPanel = (): void => {
    const panel = [shell.paths, shell.details].find((p) => !p.hidden);
    panel?.querySelector<HTMLElement>('.details-title')?.focus();
  };
  const counts = datedPerMonth(graph, EDGE_TYPES);
  const playback = counts ? createPlaybackController(store, [counts.first, counts.first + counts.months.length - 1], s.playMs) : null;

  const disposers = [
    bindGraphEvents(sigma, store, (node) => step(() => store.update(pick, node))),
    mountSearch(shell.search, store, { index: createSearchIndex(graph), limit: s.searchLimit, pick: (node) => { pickNode(node); readPanel(); } }),
    mountAppearance(shell.appearance, graph, store, measures),
    mountFilters(shell.sidebar, graph, store),
    mountTable(shell.table, graph, store, measures, { derive, focus: (node) => step(() => store.update(focusOn, node)) }),
    mountDetails(shell.details, graph, store, {
      visibility, pick: pickNode, focus: (node) => step(() => store.update(focusOn, node)), pathFrom: (node) => store.update(pathFrom, node),
    }),
    mountPaths(shell.paths, graph, store, { derive, pick: pickNode }),
    mountFocus(shell.focus, graph, store, {
      back: (i) => step(() => store.update(focusBack, i)),
      size: (state) => derive(state).ego?.size ?? 0,
    }),
    mountStatus(shell.status, graph, store, visibility),
    counts && playback ? mountTimeline(shell.timeline, store, { counts, togglePlay: () => playback.toggle() }) : () => undefined,
    mountToolbar(shell.toolbar, store, {
      open: () => files.pick(),
      fit: () => camera.fit(),
      toggleTable: () => store.update(showTable, !store.get().table.open),
      toggleLayout: () => layout.toggle(),
      exportPng: () => { exportPng(sigma, graph).catch((error: unknown) => messages.show('error', 'PNG export failed', String(error))); },
      exportGexf: () => exportGexf(graph, visibility(store.get()), reducers),
    }),
  ];
  // Last, so that a view read from the hash reaches every panel already listening.
  disposers.push(bindHistory(sigma, store, initial, { nodeTypes: NODE_TYPES, edgeTypes: EDGE_TYPES, isNode: (n) => graph.hasNode(n) }, restore));
  document.title = `${graph.getAttribute('name')} · diplograph`;
  window.__diplograph = { sigma, graph, state: () => store.get(), visibility: () => visibility(store.get()), measures };

  requestAnimationFrame(() => {
    performance.mark('diplograph:interactive');
    document.documentElement.dataset['graph'] = 'ready';
  });

  return () => {
    cancelAnimationFrame(frame);
    unsubscribeRefresh();
    unlistenMeasures();
    measures.dispose();
    playback?.dispose();
    layout.dispose();
    for (const dispose of disposers) dispose();
    sigma.kill();
    delete window.__diplograph;
    delete document.documentElement.dataset['graph'];
  };
}

function show(graph: ViewerGraph, restore: boolean): void {
  unmount?.();
  unmount = null;
  messages.hide();
  unmount = mountGraph(graph, settings, restore);
}

function showNothing(): void {
  mountToolbar(shell.toolbar, null, { open: () => files.pick(), fit: null, toggleTable: null, toggleLayout: null, exportPng: null, exportGexf: null });
  messages.show('info', 'No graph loaded', 'Build one with `diplograph build <articles> --out graph.json`, then `diplograph view graph.json`.');
  document.documentElement.dataset['graph'] = 'empty';
}

function fail(title: string, error: unknown): void {
  if (!(error instanceof LoadError)) console.error(error); // not the file's fault: keep the stack for the bug report
  messages.show('error', title, error instanceof Error ? error.message : String(error));
  document.documentElement.dataset['graph'] ??= 'error';
}

function openText(name: string, text: string): void {
  let graph: ViewerGraph;
  try {
    graph = parseGraphFile(name, text);
  } catch (error) {
    fail(`Could not open ${name}`, error);
    return;
  }
  try {
    show(graph, false);
  } catch (error) {
    fail(`Could not show ${name}`, error);
  }
}

async function start(): Promise<void> {
  performance.mark('diplograph:start');
  const url = new URLSearchParams(location.search).get('graph') ?? './graph.json';
  try {
    const graph = await fetchServedGraph(url);
    performance.mark('diplograph:parsed');
    if (graph) show(graph, true);
    else showNothing();
  } catch (error) {
    showNothing();
    fail(`Could not open ${url}`, error);
  }
}

void start();
