// The viewer end to end in headless Chromium: the real `diplograph view` server, a graph built from the dev
// corpus, and a person's path through the page — search "Raeisi", open Ebrahim Raisi, read the 2024-03-19 phone
// call to Vladimir Putin and its quote, slide the dates past it, export, re-layout, open a hostile file.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.gen.js';
import { validateGexf } from '../export/xmllint.js';
import { createRequire } from 'node:module';
import { launchChromium } from '../helpers/chromium.js';
import { cli, cliAsync, startView, type RunningViewer } from '../helpers/cli.js';
import { devArticlesDir, repoRoot } from '../helpers/corpus.js';
import { colourStats, decodePng } from '../helpers/png.js';
import { buildViewer } from '../helpers/viewer.js';

/** The page's test hook (viewer/src/main.ts), typed for what these tests read. */
interface Hook {
  sigma: {
    getEdgeDisplayData(edge: string): { hidden: boolean } | undefined;
    getNodeDisplayData(node: string): { x: number; y: number; color: string; size: number; hidden: boolean } | undefined;
    getCamera(): { isAnimated(): boolean; getState(): { x: number; y: number; ratio: number }; setState(s: { x: number; y: number; ratio: number }): void };
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  };
  graph: { getNodeAttribute(node: string, name: 'x' | 'y'): number; nodes(): string[] };
  state(): { hovered: string | null; selected: string | null; layoutRunning: boolean; focus: { node: string; depth: number } | null; trail: string[] };
}
type Window = { __diplograph: Hook; __pwned?: unknown };

const RAISI = 'leader/Q5947347';
const PUTIN = 'leader/Q7747';
const ERDOGAN = 'leader/Q39259';
const DIMMED_NODE = '#dcdfe4';
const HOSTILE_TITLE = 'Leaders talk <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>';
const artifacts = join(repoRoot, 'tests', 'artifacts');
/** DIPLOGRAPH_SCREENSHOTS=docs/viewer: also write the README's screenshots there (see README, Viewer). */
const readmeShots = process.env['DIPLOGRAPH_SCREENSHOTS'];

/** The date sliders' value for a month ("2024-04"): months since year 0. */
const month = (label: string): number => Number(label.slice(0, 4)) * 12 + Number(label.slice(5, 7)) - 1;

/** Hops from `from` to every node it reaches in the document, and how many shortest paths reach each. */
function shortest(doc: GraphDocument, from: string): { hops: Map<string, number>; count: Map<string, number> } {
  const hops = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const a of frontier) {
      const linked = new Set(doc.edges.flatMap((e) => (e.source === a ? [e.target] : e.target === a ? [e.source] : [])));
      for (const b of linked) {
        if (!hops.has(b)) { hops.set(b, hops.get(a)! + 1); next.push(b); }
        if (hops.get(b) === hops.get(a)! + 1) count.set(b, (count.get(b) ?? 0) + count.get(a)!);
      }
    }
    frontier = next;
  }
  return { hops, count };
}

/** The element with keyboard focus, named as the tests below expect, and whether it shows a focus ring. */
const FOCUSED = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const style = getComputedStyle(e);
  const name = e.getAttribute('aria-label') ?? e.getAttribute('name') ?? e.id ?? '';
  const classes = e.className ? '.' + e.className.split(' ').join('.') : '';
  return {
    name: e.tagName.toLowerCase() + classes + '[' + (name || (e.textContent ?? '').trim().slice(0, 30)) + ']',
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
})()`;

/** The nodes within `depth` hops of `centre` in the document, itself included: what `neighbours --depth` walks. */
function within(doc: GraphDocument, centre: string, depth: number): string[] {
  const seen = new Set([centre]);
  let frontier = [centre];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const e of doc.edges) {
      for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
        if (frontier.includes(a) && !seen.has(b)) { seen.add(b); next.push(b); }
      }
    }
    frontier = next;
  }
  return [...seen].sort();
}

describe('viewer in the browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-viewer-'));
  const bundle = join(dir, 'bundle');
  const devGraph = join(dir, 'dev-graph.json');
  const hostileGraph = join(dir, 'hostile-graph.json');
  const cliGexf = join(dir, 'cli-export.gexf');
  let doc: GraphDocument;
  let server: RunningViewer;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let exportedGexf = '';

  beforeAll(async () => {
    // A real event sentence so the hostile article has edges; its headline and URL are the attack.
    writeFileSync(join(dir, 'hostile.jsonl'), `${JSON.stringify({
      id: 'hostile-headline', title: HOSTILE_TITLE, published: '2024-05-02', url: 'javascript:window.__pwned=1',
      text: 'Russian President Vladimir Putin held a phone call with Turkish President Recep Tayyip Erdogan on Thursday, the Kremlin said. '
        + 'The two leaders discussed the situation in the region and agreed to keep in touch.',
    })}\n`);
    const [, dev, hostile] = await Promise.all([
      buildViewer(bundle),
      cliAsync(['build', devArticlesDir, '--out', devGraph, '--quiet']),
      cliAsync(['build', join(dir, 'hostile.jsonl'), '--out', hostileGraph, '--quiet']),
    ]);
    expect(dev.status, dev.stderr).toBe(0);
    expect(hostile.status, hostile.stderr).toBe(0);
    doc = JSON.parse(readFileSync(devGraph, 'utf8')) as GraphDocument;
    const exported = await cliAsync(['export', devGraph, '--format', 'gexf', '--out', cliGexf]);
    expect(exported.status, exported.stderr).toBe(0);

    server = await startView([devGraph, '--port', '0', '--bundle', bundle]);
    context = await launchChromium();
    page = context.pages()[0] ?? await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()} @${JSON.stringify(m.location())}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(server.url);
    await page.waitForSelector('html[data-graph="ready"]', { timeout: 20_000 });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.stop();
  });

  const hook = <T, A>(fn: (h: Hook, arg: A) => T, arg: A): Promise<T> =>
    page.evaluate(([source, a]) => {
      const f = new Function('h', 'a', `return (${source})(h, a);`) as (h: unknown, a: unknown) => T;
      return f((globalThis as unknown as Window).__diplograph, a);
    }, [fn.toString(), arg] as const);

  // playwright-core has no web-first assertions; these poll like them.
  const textOf = (selector: string) => () => page.locator(selector).first().textContent().then((t) => t ?? '');
  const attrOf = (selector: string, name: string) => () => page.locator(selector).first().getAttribute(name);
  const countOf = (selector: string) => () => page.locator(selector).count();

  /** A screenshot of part of the page, into tests/artifacts/ and, when asked, the README's folder. */
  const screenshot = async (name: string, clip: { x: number; y: number; width: number; height: number }): Promise<void> => {
    await expect.poll(() => hook((h) => h.sigma.getCamera().isAnimated(), null)).toBe(false);
    mkdirSync(artifacts, { recursive: true });
    const png = await page.screenshot({ path: join(artifacts, `${name}.png`), clip });
    if (readmeShots) {
      mkdirSync(join(repoRoot, readmeShots), { recursive: true });
      writeFileSync(join(repoRoot, readmeShots, `${name}.png`), png);
    }
  };

  /** Types `text` in the search box and picks the first result. */
  const find = async (text: string): Promise<void> => {
    await page.locator('.search-input').fill(text);
    await page.keyboard.press('Enter');
  };

  /** The nodes sigma draws now, sorted. */
  const drawn = () => hook((h) => h.graph.nodes().filter((n) => !h.sigma.getNodeDisplayData(n)!.hidden).sort(), null);

  /** A fresh page load, even when only the hash differs from the current address (which would not reload). */
  const openDevGraph = async (url = server.url): Promise<void> => {
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('html[data-graph="ready"]', { timeout: 20_000 });
  };

  const phoneCall = () => {
    const edge = doc.edges.find((e) => e.type === 'phone_call' && e.date === '2024-03-19'
      && [e.source, e.target].includes(RAISI) && [e.source, e.target].includes(PUTIN));
    expect(edge, 'the dev graph has the seed phone call').toBeDefined();
    return edge!;
  };

  it('loads the dev graph without console errors and draws a non-blank picture', async () => {
    expect(problems).toEqual([]);
    await expect.poll(textOf('#status')).toContain(`dev-graph.json: ${doc.nodes.length} nodes`);
    mkdirSync(artifacts, { recursive: true });
    const png = await page.screenshot({ path: join(artifacts, 'viewer-dev-graph.png') });
    const stats = colourStats(decodePng(png));
    expect(stats.distinct).toBeGreaterThan(50);
    expect(stats.nonBackground).toBeGreaterThan(0.05);
    // Legends list every type with its count.
    await expect.poll(textOf('.legend-row[data-type="leader"] .count')).toBe(String(doc.nodes.filter((n) => n.type === 'leader').length));
    await expect.poll(textOf('.legend-row[data-type="phone_call"] .count')).toBe(String(doc.edges.filter((e) => e.type === 'phone_call').length));
  });

  it('finds Ebrahim Raisi by the alias "Raeisi", with keyboard navigation, and centres the camera on him', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('Raeisi');
    await expect.poll(textOf('.search-option')).toContain('Ebrahim Raisi');
    await expect.poll(attrOf('.search-option', 'data-node')).toBe(RAISI);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect.poll(attrOf('.search-option.active', 'data-node')).toBe(RAISI);
    await page.keyboard.press('Enter');
    await expect.poll(textOf('#details .details-title')).toBe('Ebrahim Raisi');
    await page.waitForTimeout(900); // the camera move takes 600 ms
    const [camera, node] = await Promise.all([
      hook((h) => h.sigma.getCamera().getState(), null),
      hook((h, id) => h.sigma.getNodeDisplayData(id), RAISI),
    ]);
    expect(camera.x).toBeCloseTo(node!.x, 3);
    expect(camera.y).toBeCloseTo(node!.y, 3);
  });

  it('shows the phone call to Vladimir Putin dated 2024-03-19 with its quote, article title and date', async () => {
    const edge = phoneCall();
    const row = `#details li.edge[data-edge="${edge.id}"]`;
    await page.locator(row).waitFor({ state: 'visible' });
    expect(await textOf(`${row} .edge-date`)()).toBe('2024-03-19');
    expect(await textOf(`${row} .edge-head`)()).toContain('Vladimir Putin');
    expect(await textOf(`${row} .quote`)()).toBe(edge.provenance[0]!.quote);
    const article = doc.articles.find((a) => a.id === edge.provenance[0]!.article)!;
    expect(await textOf(`${row} .cite`)()).toContain(article.title ?? article.id);
    expect(await textOf(`${row} .cite`)()).toContain(article.published!);
    await expect.poll(textOf('#details .aliases')).toContain('Raeisi');
    // Where he is named: one entry per article, with how many times.
    const named = doc.nodes.find((n) => n.id === RAISI)!.provenance;
    await expect.poll(textOf('#details .named-in h3')).toBe(`Named in ${named.length} article${named.length === 1 ? '' : 's'}`);
    const often = named.find((p) => p.mentions !== undefined)!;
    expect(await textOf('#details .named-in')()).toContain(often.quote);
    expect(await textOf('#details .named-in')()).toContain(`named ${often.mentions} times`);
  });

  it('highlights the hovered node\'s neighbourhood and dims the rest', async () => {
    const box = (await page.locator('#stage').boundingBox())!;
    const at = await hook((h, id) => h.sigma.framedGraphToViewport(h.sigma.getNodeDisplayData(id)!), PUTIN);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(() => hook((h) => h.state().hovered, null)).toBe(PUTIN);
    const stranger = doc.nodes.find((n) => n.id !== PUTIN && !doc.edges.some((e) => [e.source, e.target].includes(n.id) && [e.source, e.target].includes(PUTIN)))!;
    await expect.poll(() => hook((h, id) => h.sigma.getNodeDisplayData(id)!.color, stranger.id)).toBe(DIMMED_NODE);
    await expect.poll(() => hook((h, id) => h.sigma.getNodeDisplayData(id)!.color, RAISI)).not.toBe(DIMMED_NODE);
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await expect.poll(() => hook((h) => h.state().hovered, null)).toBe(null);
  });

  it('hides the phone call once the date slider moves past March 2024, without touching the graph', async () => {
    const edge = phoneCall();
    await page.locator('#date-from').fill(String(month('2024-04')));
    await expect.poll(textOf('output[for="date-from"]')).toBe('2024-04-01');
    await expect.poll(countOf(`#details li.edge[data-edge="${edge.id}"]`)).toBe(0);
    await page.locator('#details .hidden-count').waitFor({ state: 'visible' });
    await expect.poll(() => hook((h, id) => h.sigma.getEdgeDisplayData(id)!.hidden, edge.id)).toBe(true);
    await expect.poll(textOf('#status')).toContain('Showing');
  });

  it('exports the filtered graph as GEXF 1.3 and the view as a non-blank PNG', async () => {
    const edge = phoneCall();
    const [gexfDownload] = await Promise.all([page.waitForEvent('download'), page.click('button.export-gexf')]);
    const gexfPath = join(dir, gexfDownload.suggestedFilename());
    await gexfDownload.saveAs(gexfPath);
    exportedGexf = gexfPath;
    const gexf = readFileSync(gexfPath, 'utf8');
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('Ebrahim Raisi');
    expect(gexf).not.toContain(`id="${edge.id}"`); // filtered out by the date range
    const validation = await validateGexf(gexf, 'viewer.gexf');
    expect(validation.valid, validation.output).toBe(true);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('button.export-png')]);
    const stats = colourStats(decodePng(readFileSync(await pngDownload.path())));
    expect(stats.distinct).toBeGreaterThan(20);
    await page.click('button.reset');
    await expect.poll(countOf(`#details li.edge[data-edge="${edge.id}"]`)).toBe(1);
  });

  it('re-lays the graph out with the ForceAtlas2 worker, and stops on demand', async () => {
    const before = await hook((h, id) => h.graph.getNodeAttribute(id, 'x'), PUTIN);
    await page.click('button.layout');
    await expect.poll(attrOf('button.layout', 'aria-pressed')).toBe('true');
    await expect.poll(() => hook((h, id) => h.graph.getNodeAttribute(id, 'x'), PUTIN)).not.toBe(before);
    await page.click('button.layout');
    await expect.poll(() => hook((h) => h.state().layoutRunning, null)).toBe(false);
    expect(problems).toEqual([]);
  });

  it('opens another graph from the file picker and shows a hostile headline as text', async () => {
    await page.setInputFiles('input.file-input', hostileGraph);
    await expect.poll(textOf('#status')).toContain('hostile-graph.json');
    await find('Erdogan');
    await expect.poll(textOf('#details .details-title')).toBe('Recep Tayyip Erdoğan');
    await expect.poll(textOf('#details li.edge[data-type="phone_call"] .cite')).toContain(HOSTILE_TITLE);
    expect(await page.locator('#details img, #details script, a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as Window).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('answers a bad file with a readable message in the page and keeps the graph it had', async () => {
    await page.setInputFiles('input.file-input', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"diplograph/1","articles":[],"nodes":3,"edges":[]}') });
    await page.locator('#message').waitFor({ state: 'visible' });
    await expect.poll(textOf('#message')).toContain('broken.json is not a diplograph graph document');
    await expect.poll(textOf('#message')).toContain('/nodes');
    await page.setInputFiles('input.file-input', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
    await expect.poll(textOf('#message')).toContain('not valid JSON');
    await page.setInputFiles('input.file-input', { name: 'graph.gexf', mimeType: 'application/xml', buffer: Buffer.from('<gexf><graph><nodes><node id="x"') });
    await expect.poll(textOf('#message')).toContain('not well-formed XML');
    await expect.poll(textOf('#status')).toContain('hostile-graph.json');
    await page.click('#message button.dismiss');
    await page.locator('#message').waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('opens its own GEXF export again, with evidence and positions', async () => {
    await page.setInputFiles('input.file-input', exportedGexf);
    await expect.poll(textOf('#status')).toContain('.filtered.gexf');
    await find('Raeisi');
    await expect.poll(textOf('#details .details-title')).toBe('Ebrahim Raisi');
    expect(await countOf('#details li.edge')()).toBeGreaterThan(0);
    expect(await textOf('#details .cite')()).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(problems).toEqual([]);
  });

  it('opens the GEXF that `diplograph export` writes, phone call and quote included', async () => {
    const edge = phoneCall();
    await page.setInputFiles('input.file-input', cliGexf);
    await expect.poll(textOf('#status')).toContain(`cli-export.gexf: ${doc.nodes.length} nodes, ${doc.edges.length} relations`);
    await find('Raeisi');
    const row = `#details li.edge[data-edge="${edge.id}"]`;
    await page.locator(row).waitFor({ state: 'visible' });
    expect(await textOf(`${row} .edge-date`)()).toBe('2024-03-19');
    expect(await textOf(`${row} .quote`)()).toBe(edge.provenance[0]!.quote);
    expect(problems).toEqual([]);
  });

  it('focuses on Ebrahim Raisi at depth 1 and shows exactly his neighbours, then walks and goes back by breadcrumb and browser', async () => {
    await openDevGraph();
    await find('Raeisi');
    await page.locator('#details .focus-button').click();
    const raisi = within(doc, RAISI, 1);
    expect(raisi.length).toBeGreaterThan(2);
    await expect.poll(drawn).toEqual(raisi);
    await expect.poll(textOf('#focus [aria-current="step"]')).toBe('Ebrahim Raisi');
    await expect.poll(textOf('#focus .focus-size')).toContain(`${raisi.length} nodes`);

    // A counterpart picked while focused is the next step; the focus before it becomes a breadcrumb.
    await page.locator(`#details button.link-button[data-node="${PUTIN}"]`).first().click();
    await expect.poll(drawn).toEqual(within(doc, PUTIN, 1));
    await expect.poll(textOf('#focus .crumb')).toBe('Ebrahim Raisi');
    await screenshot('focus', { x: 250, y: 52, width: 650, height: 560 });
    await page.locator('#focus select.focus-depth').selectOption('2');
    await expect.poll(drawn).toEqual(within(doc, PUTIN, 2));

    await page.goBack();
    await expect.poll(() => hook((h) => h.state().focus?.node, null)).toBe(RAISI);
    await expect.poll(drawn).toEqual(raisi);
    await page.goForward();
    await expect.poll(drawn).toEqual(within(doc, PUTIN, 2));
    await page.locator('#focus .crumb').click();
    await expect.poll(drawn).toEqual(within(doc, RAISI, 2));
    await page.locator('#focus .clear-focus').click();
    await expect.poll(() => drawn().then((d) => d.length)).toBe(doc.nodes.length);
    expect(problems).toEqual([]);
  });

  it('reopens the same view from a copied URL: filters, date window, focus, selection and camera', async () => {
    await openDevGraph();
    await page.locator('.legend-row[data-type="agreement"] input').uncheck();
    await page.locator('#date-from').fill(String(month('2023-01')));
    await find('Putin');
    await page.locator('#details .focus-button').click();
    await page.locator('#focus input[name="focus-hide"]').uncheck();
    await expect.poll(() => hook((h) => h.sigma.getCamera().isAnimated(), null)).toBe(false); // framing the focus
    await hook((h) => h.sigma.getCamera().setState({ x: 0.42, y: 0.57, ratio: 0.6 }), null);
    await expect.poll(() => page.url()).toContain('camera=0.42,0.57,0.6');
    const url = page.url();
    const [shown, camera, state] = await Promise.all([drawn(), hook((h) => h.sigma.getCamera().getState(), null), hook((h) => h.state(), null)]);

    const other = await context.newPage();
    try {
      await other.goto(url);
      await other.waitForSelector('html[data-graph="ready"]', { timeout: 20_000 });
      const again = await other.evaluate(() => {
        const h = (globalThis as unknown as Window).__diplograph;
        return {
          shown: h.graph.nodes().filter((n) => !h.sigma.getNodeDisplayData(n)!.hidden).sort(),
          faded: h.graph.nodes().filter((n) => h.sigma.getNodeDisplayData(n)!.color === '#dcdfe4').length,
          camera: h.sigma.getCamera().getState(),
          state: h.state(),
        };
      });
      expect(again.shown).toEqual(shown);
      expect(again.faded).toBeGreaterThan(0); // the rest fades, as chosen
      expect(again.state.focus).toEqual(state.focus);
      expect(again.state.selected).toBe(PUTIN);
      for (const k of ['x', 'y', 'ratio'] as const) expect(again.camera[k]).toBeCloseTo(camera[k], 3);
      expect(await other.locator('output[for="date-from"]').textContent()).toBe('2023-01-01');
      expect(await other.locator('.legend-row[data-type="agreement"] input').isChecked()).toBe(false);
    } finally {
      await other.close();
    }
    expect(problems).toEqual([]);
  });

  it('lists the shortest paths between Ebrahim Raisi and Recep Tayyip Erdoğan hop by hop, and says when a window has none', async () => {
    await openDevGraph();
    await find('Raeisi');
    await page.locator('#details .path-button').click();
    await expect.poll(textOf('#paths .path-prompt')).toContain('Pick the other end');
    await find('Erdogan');

    const { hops, count } = shortest(doc, RAISI);
    const steps = hops.get(ERDOGAN)!;
    expect(steps).toBeGreaterThan(1);
    const paths = count.get(ERDOGAN)!;
    await expect.poll(textOf('#paths .path-summary')).toContain(`${paths} shortest path${paths === 1 ? '' : 's'} of ${steps} steps`);
    const listed = page.locator('#paths section.path').first();
    expect(await listed.locator('li.hop').count()).toBe(steps);
    // Every hop joins two nodes one step further from Raisi, through relations of the document, each shown with
    // its date and first quote.
    for (let i = 0; i < steps; i++) {
      const hop = listed.locator('li.hop').nth(i);
      const [a, b] = await hop.locator('.hop-head button').evaluateAll((buttons) => buttons.map((x) => x.getAttribute('data-node')!));
      expect([hops.get(a!), hops.get(b!)]).toEqual([i, i + 1]);
      const rows = hop.locator('li.hop-edge');
      expect(await rows.count()).toBeGreaterThan(0);
      for (const row of await rows.all()) {
        const id = await row.getAttribute('data-edge');
        const edge = doc.edges.find((e) => e.id === id)!;
        expect([edge.source, edge.target].sort()).toEqual([a, b].sort());
        expect(await row.locator('.edge-type').textContent()).toBe(edge.type.charAt(0).toUpperCase() + edge.type.slice(1).replace(/_/g, ' '));
        expect(await row.locator('.edge-date').textContent()).toContain(edge.date ?? 'undated');
        expect(await row.locator('.quote').textContent()).toBe(edge.provenance[0]!.quote);
      }
    }
    // Off the paths, nodes fade.
    const stranger = doc.nodes.find((n) => !hops.has(n.id))!;
    await expect.poll(() => hook((h, id) => h.sigma.getNodeDisplayData(id)!.color, stranger.id)).toBe(DIMMED_NODE);
    await screenshot('paths', { x: 440, y: 52, width: 840, height: 560 });

    // The same two ends in a month when neither did anything, standing relations left out: no path.
    await openDevGraph(`${server.url}#from=2021-01-01&to=2021-01-31&undated=hide&path=${RAISI},${ERDOGAN}`);
    await expect.poll(textOf('#paths .no-path')).toBe('No path in this window: no chain of the relations shown joins them between 2021-01-01 and 2021-01-31.');
    await page.locator('#paths button.close').click();
    await page.locator('#paths').waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('draws the dated relations per month under the date sliders, stacked by type in the legend\'s colours', async () => {
    await openDevGraph();
    const expected = new Map<string, Map<string, number>>();
    for (const e of doc.edges) {
      if (!e.date) continue;
      const types = expected.get(e.date.slice(0, 7)) ?? new Map<string, number>();
      types.set(e.type, (types.get(e.type) ?? 0) + 1);
      expected.set(e.date.slice(0, 7), types);
    }
    const drawnMonths = await page.locator('#timeline svg.histogram g.month').evaluateAll((gs) => gs.map((g) => ({
      month: g.getAttribute('data-month')!,
      total: Number(g.getAttribute('data-count')),
      bars: [...g.querySelectorAll('rect')].map((r) => ({ type: r.getAttribute('data-type')!, count: Number(r.getAttribute('data-count')), fill: r.getAttribute('fill')! })),
    })));
    const months = [...expected.keys()].sort();
    expect(drawnMonths[0]!.month).toBe(months[0]);
    expect(drawnMonths.at(-1)!.month).toBe(months.at(-1));
    for (const m of drawnMonths) {
      const types = expected.get(m.month) ?? new Map<string, number>();
      expect(m.total, m.month).toBe([...types.values()].reduce((a, b) => a + b, 0));
      expect(new Map(m.bars.map((b) => [b.type, b.count])), m.month).toEqual(types);
    }
    const legend = Object.fromEntries(await page.locator('.legend-row[data-type] svg line').evaluateAll((lines) =>
      lines.map((l) => [l.closest('[data-type]')!.getAttribute('data-type'), l.getAttribute('stroke')])));
    for (const bar of drawnMonths.flatMap((m) => m.bars)) expect(bar.fill).toBe(legend[bar.type]);

    // The sliders move by whole months: the window runs from a month's first day to another's last.
    await page.locator('#date-to').fill(String(month('2024-02')));
    await expect.poll(textOf('output[for="date-to"]')).toBe('2024-02-29');
    await expect.poll(() => page.locator('#timeline g.month.outside').count()).toBe(drawnMonths.filter((m) => m.month > '2024-02').length);
    await page.locator('#date-from').fill(String(month('2023-01')));
    await screenshot('timeline', { x: 250, y: 690, width: 1030, height: 110 });
    expect(problems).toEqual([]);
  });

  it('colours nodes by Louvain community, the same colours on every load', async () => {
    const colours = async (p: Page) => {
      await p.goto(`${server.url}#colour=community`);
      await p.waitForSelector('html[data-graph="ready"]', { timeout: 20_000 });
      await p.locator('.appearance .communities').waitFor();
      return p.evaluate(async () => {
        // Sigma keeps the display data of the last frame drawn: read them after the colouring has been drawn.
        const frame = (next: () => void): number => (globalThis as unknown as { requestAnimationFrame(cb: () => void): number }).requestAnimationFrame(next);
        await new Promise<void>((done) => frame(() => frame(done)));
        const h = (globalThis as unknown as Window).__diplograph;
        return Object.fromEntries(h.graph.nodes().map((n) => [n, h.sigma.getNodeDisplayData(n)!.color]));
      });
    };
    const first = await colours(page);
    const other = await context.newPage();
    try {
      expect(await colours(other)).toEqual(first);
    } finally {
      await other.close();
    }
    expect(Object.keys(first)).toHaveLength(doc.nodes.length);
    expect(new Set(Object.values(first)).size).toBeGreaterThan(3);
    // The legend names each community by its best-connected node, with its size; sizes add up to the graph.
    const sizes = await page.locator('.appearance .communities .count').allTextContents();
    expect(sizes.map(Number).reduce((a, b) => a + b, 0)).toBe(doc.nodes.length);
    expect(await page.locator('#colour-by').inputValue()).toBe('community');
    await screenshot('communities', { x: 0, y: 52, width: 900, height: 560 });
    expect(problems).toEqual([]);
  });

  it('sizes by betweenness, lists nodes with their measures in a sortable table, and focuses on a row\'s node', async () => {
    // Betweenness as graphology-metrics gives it over the relations as undirected links.
    const links = new UndirectedGraph();
    for (const n of doc.nodes) links.addNode(n.id);
    for (const e of doc.edges) if (e.source !== e.target) links.mergeEdge(e.source, e.target);
    const expected = betweennessCentrality(links, { normalized: true });
    const central = Object.entries(expected).sort((a, b) => b[1] - a[1])[0]![0];

    await openDevGraph(`${server.url}#size=betweenness`);
    await expect.poll(() => page.locator('.appearance .computing').count()).toBe(0);
    // Size grows with betweenness, whatever the degree: in betweenness order, sizes never shrink. The worker's
    // answer may reach the page a moment after the indicator is gone, so the sizes are read until it has.
    const inOrder = Object.keys(expected).sort((a, b) => expected[a]! - expected[b]!);
    const readSizes = (): Promise<Record<string, number>> => hook((h) => Object.fromEntries(h.graph.nodes().map((n) => [n, h.sigma.getNodeDisplayData(n)!.size])), null);
    await expect.poll(async () => {
      const s = await readSizes();
      const list = inOrder.map((n) => s[n]!);
      return list.every((v, i) => i === 0 || v >= list[i - 1]!);
    }).toBe(true);
    const sizes = await readSizes();
    const bySize = inOrder.map((n) => sizes[n]!);
    expect(bySize).toEqual([...bySize].sort((a, b) => a - b));
    expect(Math.max(...bySize)).toBe(sizes[central]);

    await page.locator('button.table-toggle').click();
    await page.locator('#table th[data-column="betweenness"] button').click();
    await expect.poll(attrOf('#table th[data-column="betweenness"]', 'aria-sort')).toBe('descending');
    await expect.poll(attrOf('#table tbody tr', 'data-node')).toBe(central);
    expect(await page.locator('#table tbody tr').count()).toBe(doc.nodes.length);
    const first = page.locator('#table tbody tr').first();
    expect(Number(await first.locator('td[data-column="betweenness"]').textContent())).toBeCloseTo(expected[central]!, 4);
    for (const type of ['meeting', 'phone_call', 'member_of'] as const) {
      const count = doc.edges.filter((e) => e.type === type && (e.source === central || e.target === central)).length;
      expect(await first.locator(`td[data-column="${type}"]`).textContent()).toBe(String(count));
    }
    // Sorting by name puts the table in alphabetical order; again, the other way round.
    await screenshot('table', { x: 250, y: 400, width: 1030, height: 300 });
    await page.locator('#table th[data-column="label"] button').click();
    const names = await page.locator('#table tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.locator('#table th[data-column="label"] button').click();
    await expect.poll(attrOf('#table th[data-column="label"]', 'aria-sort')).toBe('descending');

    await page.locator(`#table tbody th button[data-node="${RAISI}"]`).click();
    await expect.poll(drawn).toEqual(within(doc, RAISI, 1));
    await expect.poll(textOf('#details .details-title')).toBe('Ebrahim Raisi');
    // The table follows the focus: only the nodes shown are listed.
    await expect.poll(countOf('#table tbody tr')).toBe(within(doc, RAISI, 1).length);
    expect(problems).toEqual([]);
  });

  it('reaches every control by keyboard, each with a visible focus ring, and keeps focus when a panel redraws', async () => {
    await openDevGraph(`${server.url}#colour=community&focus=${RAISI}&node=${RAISI}`);
    await page.locator('button.table-toggle').click();
    await page.locator('#table tbody tr').first().waitFor();
    await page.locator('.search-input').focus();
    const seen: { name: string; ring: boolean }[] = [];
    for (let i = 0; i < 400; i++) {
      const at = await page.evaluate<{ name: string; ring: boolean } | null>(FOCUSED);
      if (at) {
        if (seen.some((s) => s.name === at.name) && seen[0]!.name === at.name) break; // round the page once
        seen.push(at);
      }
      await page.keyboard.press('Tab');
    }
    const names = seen.map((s) => s.name);
    expect(seen.filter((s) => !s.ring).map((s) => s.name)).toEqual([]);
    for (const wanted of [
      'input.search-input[Search nodes by name or alias]', 'button.tool.open[Open…]', 'button.tool.table-toggle[Table]', 'button.tool.export-gexf[GEXF]',
      'select[colour-by]', 'select[size-by]', 'input[Show Leader]', 'input[Show Phone call]', 'input[Minimum number of sources]', 'input[hide-isolated]',
      'button.play[Play over time]', 'input.date-slider[Show relations from this month]', 'input.date-slider[Show relations up to this month]',
      'input[show-undated]', 'select.focus-depth[Depth]', 'summary.focus-follow-summary[All relations]', 'input[focus-hide]',
      'button.tool.clear-focus[Clear focus]', 'button.tool.path-button[Paths from here…]', 'button.close[Close details]',
      'button.sort[sort-betweenness]', 'button.close[Close the table]', `button.link-button[Vladimir Putin]`,
    ]) expect(names, wanted).toContain(wanted);

    // Changing the depth from the keyboard redraws the focus bar; the keyboard stays on the depth.
    await page.locator('#focus select.focus-depth').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => hook((h) => h.state().focus?.depth, null)).toBe(2);
    expect(await page.evaluate<string>('document.activeElement.className')).toBe('focus-depth');
    // Picking a search result takes the keyboard to the details panel, where a screen reader starts reading.
    await page.keyboard.press('/');
    await page.keyboard.type('Putin');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string>('document.activeElement.textContent')).toBe('Vladimir Putin');
    expect(problems).toEqual([]);
  });

  it('passes axe-core without serious or critical violations, panels open', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const audit = async (url: string, ready: string) => {
      await openDevGraph(url);
      await page.locator(ready).first().waitFor();
      await page.evaluate(axe); // evaluated by the test, not by the page: the page's CSP allows no inline script
      const violations = await page.evaluate<{ id: string; impact: string; nodes: { target: string[] }[] }[]>(
        "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)");
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await audit(server.url, '#timeline svg.histogram')).toEqual([]);
    await page.locator('button.table-toggle').click();
    expect(await audit(`${server.url}#colour=community&size=weightedDegree&focus=${PUTIN}&trail=${RAISI}&node=${PUTIN}`, '#details .details-title')).toEqual([]);
    expect(await audit(`${server.url}#path=${RAISI},${ERDOGAN}`, '#paths .path-summary')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('works as a static folder (--static) from a plain file server', async () => {
    const site = join(dir, 'site');
    const run = cli(['view', devGraph, '--static', site, '--bundle', bundle]);
    expect(run.status, run.stderr).toBe(0);
    // Any static host: files by path, a content type by extension, nothing else.
    const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml' };
    const host = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!.replace(/\/$/, '/index.html');
      try {
        const body = readFileSync(join(site, path));
        res.writeHead(200, { 'Content-Type': types[path.split('.').pop() ?? ''] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end(); // a plain host answers 404 for anything it lacks
      }
    });
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    try {
      const other = await context.newPage();
      const errors: string[] = [];
      other.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      other.on('pageerror', (e) => errors.push(e.message));
      await other.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      await other.waitForSelector('html[data-graph="ready"]', { timeout: 20_000 });
      expect(await other.locator('#status').textContent()).toContain(`${doc.nodes.length} nodes`);
      expect(errors).toEqual([]);
      await other.close();
    } finally {
      host.close();
    }
  });
}, 60_000);
