// `npm run bench:viewer`: the viewer on a synthetic graph of 10,000 nodes and 50,000 edges in headless Chromium
// (software WebGL: ANGLE on SwiftShader, so figures are a floor for any machine with a GPU). Measures time from
// navigation to the first rendered frame and to interactive (handlers bound, next frame drawn), the time a
// filter change takes to reach the screen, and frames per second while the camera animates.
// Usage: tsx bench/viewer.ts [--nodes 10000] [--edges 50000] [--runs 3]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startViewerServer } from '../src/cli/commands/view.js';
import { launchChromium } from '../tests/helpers/chromium.js';
import { buildViewer } from '../tests/helpers/viewer.js';
import { syntheticDocument } from './synthetic.js';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '10000' }, edges: { type: 'string', default: '50000' }, runs: { type: 'string', default: '3' } } });
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
console.log(`filter change to screen: ${filterMs.toFixed(0)} ms; camera animation: ${fps.toFixed(1)} frames/s${hidesOnMove ? ' (edges and labels left out while moving, the viewer\'s setting at this size)' : ''}, ${fpsDrawing.toFixed(1)} frames/s drawing everything`);
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine slows software WebGL)`);
if (errors.length > 0) console.log(`page errors: ${errors.join('; ')}`);
console.log(`| ${new Date().toISOString().slice(0, 10)} | ${machine} | ${NODES.toLocaleString('en')} / ${EDGES.toLocaleString('en')} | ${interactive.toFixed(0)} ms | ${pixels.toFixed(0)} ms | ${filterMs.toFixed(0)} ms | ${fps.toFixed(1)} | ${fpsDrawing.toFixed(1)} |`);
