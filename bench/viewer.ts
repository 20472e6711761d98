// `npm run bench:viewer`: the viewer on a synthetic graph of 10,000 nodes and 30,000 edges in headless Chromium
// (software WebGL: ANGLE on SwiftShader, so figures are a floor for any machine with a GPU). Measures time from
// navigation to the first rendered frame and to interactive (handlers bound, next frame drawn), the time a
// filter change takes to reach the screen, frames per second while the camera animates, the time Louvain
// communities and betweenness take on the page (the second in its worker), and focus changes: the script they
// cost (state, neighbourhood, reducers, draw calls issued) and when their frame's pixels exist.
// Usage: tsx bench/viewer.ts [--nodes 10000] [--edges 30000] [--runs 3]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startViewerServer } from '../src/cli/commands/view.js';
import { launchChromium } from '../tests/helpers/chromium.js';
import { buildViewer } from '../tests/helpers/viewer.js';
import { syntheticDocument } from './synthetic.js';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '10000' }, edges: { type: 'string', default: '30000' }, runs: { type: 'string', default: '3' } } });
const NODES = Number(values.nodes);
const EDGES = Number(values.edges);
const RUNS = Number(values.runs);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// In-page scripts are strings: tsx's transpiler decorates functions with helpers the page does not have.
// "pixels" waits for the GPU to finish the frames drawn so far (a one-pixel read back), so it is when the first
// picture really exists; "rendered" is when sigma has issued it.
const MARKS = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const canvases = window.__diplograph.sigma.getCanvases();
  for (const key of ['edges', 'nodes']) {
    const gl = canvases[key].getContext('webgl2') || canvases[key].getContext('webgl');
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
  return { rendered: at('diplograph:rendered'), interactive: at('diplograph:interactive'), pixels: performance.now() };
})()`;

const FILTER_CHANGE = `(async () => {
  const box = document.querySelector('.legend-row[data-type="meeting"] input');
  const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const t0 = performance.now();
  box.click();
  await frame();
  const t = performance.now() - t0;
  box.click();
  await frame();
  return t;
})()`;

// Communities on the page's thread (topology built, Louvain run), then betweenness in its worker, timed by the
// viewer's own performance measures once the worker answers.
const MEASURES = `(async () => {
  const h = window.__diplograph;
  const t0 = performance.now();
  h.measures.communities();
  const communities = performance.now() - t0;
  await new Promise((done) => { if (h.measures.betweenness()) done(); else h.measures.onBetweenness(done); });
  const between = performance.getEntriesByName('diplograph:betweenness').at(-1).duration;
  return { communities, betweenness: between };
})()`;

// A focus change as a person makes it (the details panel's Focus button, or a breadcrumb back), timed from the
// click to the end of the frame that shows it ("script": state, neighbourhood, panels, reducers, draw calls
// issued) and to when that frame's pixels exist (the GPU work done: software WebGL here).
const FOCUS_CHANGE = (selector: string) => `(async () => {
  const sigma = window.__diplograph.sigma;
  const pixels = () => {
    const canvases = sigma.getCanvases();
    for (const key of ['edges', 'nodes']) {
      const gl = canvases[key].getContext('webgl2') || canvases[key].getContext('webgl');
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
  };
  const rendered = new Promise((done) => sigma.once('afterRender', () => done(performance.now())));
  const t0 = performance.now();
  document.querySelector(${JSON.stringify(selector)}).click();
  const script = (await rendered) - t0;
  pixels();
  return { script, screen: performance.now() - t0 };
})()`;

// Measured with the viewer's own setting for the graph's size, then with edges and labels drawn while moving.
const cameraFps = (drawWhileMoving: boolean) => `(async () => {
  const sigma = window.__diplograph.sigma;
  const defaults = [sigma.getSetting('hideEdgesOnMove'), sigma.getSetting('hideLabelsOnMove')];
  if (${String(drawWhileMoving)}) { sigma.setSetting('hideEdgesOnMove', false); sigma.setSetting('hideLabelsOnMove', false); }
  const camera = sigma.getCamera();
  let frames = 0;
  let running = true;
  const count = () => { frames++; if (running) requestAnimationFrame(count); };
  const moves = [{ ratio: 0.3, x: 0.4, y: 0.4 }, { ratio: 1, x: 0.5, y: 0.5 }, { ratio: 0.5, x: 0.6, y: 0.55 }, { ratio: 1.2, x: 0.5, y: 0.5 }];
  const t0 = performance.now();
  requestAnimationFrame(count);
  for (let i = 0; performance.now() - t0 < 5000; i++) await camera.animate(moves[i % moves.length], { duration: 1000 });
  running = false;
  sigma.setSetting('hideEdgesOnMove', defaults[0]);
  sigma.setSetting('hideLabelsOnMove', defaults[1]);
  return (frames / (performance.now() - t0)) * 1000;
})()`;

const dir = mkdtempSync(join(tmpdir(), 'diplograph-bench-viewer-'));
const bundle = join(dir, 'bundle');
const graphFile = join(dir, 'graph.json');
await buildViewer(bundle);
const doc = syntheticDocument(NODES, EDGES);
writeFileSync(graphFile, JSON.stringify(doc));
const server = await startViewerServer({ bundle, graph: graphFile, host: '127.0.0.1', port: 0 });
const context = await launchChromium({ width: 1280, height: 800 });
const page = context.pages()[0] ?? await context.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));

const loads: { rendered: number; interactive: number; pixels: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  await page.goto(server.url);
  await page.waitForSelector('html[data-graph="ready"]', { timeout: 120_000 });
  loads.push(await page.evaluate<{ rendered: number; interactive: number; pixels: number }>(MARKS));
}

// A filter change: untick one edge type, wait until the frame that shows it has been drawn.
const filterMs = await page.evaluate<number>(FILTER_CHANGE);

// Frames per second while the camera zooms in and out and pans, for five seconds.
const fps = await page.evaluate<number>(cameraFps(false));
const fpsDrawing = await page.evaluate<number>(cameraFps(true));
const hidesOnMove = await page.evaluate<boolean>('window.__diplograph.sigma.getSetting("hideEdgesOnMove")');

// Focus steps through the best-connected nodes: focus on one, step to a neighbour of it (details' counterpart
// link), back by the breadcrumb, and clear, each a focus change.
const hubs = [...doc.nodes].map((n) => n.id).sort((a, b) => degree(b) - degree(a) || a.localeCompare(b)).slice(0, RUNS);
function degree(node: string): number { return doc.edges.filter((e) => e.source === node || e.target === node).length; }
const focusChanges: { script: number; screen: number }[] = [];
for (const hub of hubs) {
  await page.goto(`${server.url}#node=${hub}`);
  await page.waitForSelector('html[data-graph="ready"]', { timeout: 120_000 });
  await page.waitForSelector('#details .focus-button');
  focusChanges.push(await page.evaluate<{ script: number; screen: number }>(FOCUS_CHANGE('#details .focus-button')));
  await page.waitForSelector('#details button.link-button[data-node]:not([data-node="' + hub + '"])');
  focusChanges.push(await page.evaluate<{ script: number; screen: number }>(FOCUS_CHANGE('#details .edge button.link-button')));
  await page.waitForSelector('#focus .crumb');
  focusChanges.push(await page.evaluate<{ script: number; screen: number }>(FOCUS_CHANGE('#focus .crumb')));
  focusChanges.push(await page.evaluate<{ script: number; screen: number }>(FOCUS_CHANGE('#focus .clear-focus')));
}

// Communities and betweenness, once per fresh page load (each is computed once per graph).
const measured: { communities: number; betweenness: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  await page.goto(server.url);
  await page.waitForSelector('html[data-graph="ready"]', { timeout: 120_000 });
  measured.push(await page.evaluate<{ communities: number; betweenness: number }>(MEASURES));
}

await context.close();
await server.close();
rmSync(dir, { recursive: true, force: true });

const rendered = median(loads.map((l) => l.rendered));
const interactive = median(loads.map((l) => l.interactive));
const pixels = median(loads.map((l) => l.pixels));
const machine = `${cpus()[0]?.model.trim() ?? 'unknown'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}`;
const mb = (JSON.stringify(doc).length / 2 ** 20).toFixed(1);
console.log(`machine: ${machine}, node ${process.version}, Chromium ${context.browser()?.version() ?? '(persistent context)'}`);
console.log(`date: ${new Date().toISOString().slice(0, 10)}`);
console.log(`graph: ${NODES} nodes, ${EDGES} edges, ${mb} MB of JSON`);
console.log(`after navigation (median of ${RUNS}): first frame issued ${rendered.toFixed(0)} ms, interactive ${interactive.toFixed(0)} ms, first frame drawn ${pixels.toFixed(0)} ms`);
const focusScript = median(focusChanges.map((f) => f.script));
const focusScreen = median(focusChanges.map((f) => f.screen));
const communitiesMs = median(measured.map((m) => m.communities));
const betweennessMs = median(measured.map((m) => m.betweenness));
console.log(`focus change (median of ${focusChanges.length}): script ${focusScript.toFixed(0)} ms (slowest ${Math.max(...focusChanges.map((f) => f.script)).toFixed(0)} ms), pixels on screen ${focusScreen.toFixed(0)} ms`);
console.log(`measures (median of ${RUNS} loads): Louvain communities ${communitiesMs.toFixed(0)} ms, betweenness in the worker ${(betweennessMs / 1000).toFixed(1)} s`);
console.log(`filter change to screen: ${filterMs.toFixed(0)} ms; camera animation: ${fps.toFixed(1)} frames/s${hidesOnMove ? ' (edges and labels left out while moving, the viewer\'s setting at this size)' : ''}, ${fpsDrawing.toFixed(1)} frames/s drawing everything`);
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine slows software WebGL)`);
if (errors.length > 0) console.log(`page errors: ${errors.join('; ')}`);
console.log(`| ${new Date().toISOString().slice(0, 10)} | ${machine} | ${NODES.toLocaleString('en')} / ${EDGES.toLocaleString('en')} | ${interactive.toFixed(0)} ms | ${pixels.toFixed(0)} ms | ${filterMs.toFixed(0)} ms | ${fps.toFixed(1)} | ${fpsDrawing.toFixed(1)} |`);
console.log(`| ${new Date().toISOString().slice(0, 10)} | ${machine} | ${NODES.toLocaleString('en')} / ${EDGES.toLocaleString('en')} | ${focusScript.toFixed(0)} ms | ${focusScreen.toFixed(0)} ms | ${communitiesMs.toFixed(0)} ms | ${(betweennessMs / 1000).toFixed(1)} s |`);
