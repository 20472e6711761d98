// Turns a file's text into a viewer graph, or a LoadError whose message a person can act on: not JSON, not a
// diplograph document (with the schema's pointer and message for the first problems), dangling edges, bad GEXF.
import { validateGraph } from 'virtual:graph-validator';
import { fromDocument, LoadError, type GraphDocument, type ViewerGraph } from './graph.js';
import { fromGexf } from './gexf.js';
import { seedLayout } from './layout.js';

const SHOWN_PROBLEMS = 5;

export function parseGraphFile(name: string, text: string): ViewerGraph {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new LoadError(`${name} is empty.`);
  const graph = looksLikeXml(name, body) ? fromGexf(body, name) : fromDocument(parseDocument(name, body), name);
  if (!graph.getAttribute('positioned')) seedLayout(graph);
  return graph;
}

function looksLikeXml(name: string, text: string): boolean {
  return /\.gexf$/i.test(name) || text.trimStart().startsWith('<');
}

function parseDocument(name: string, text: string): GraphDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LoadError(`${name} is not a graph.json or .gexf file: it is not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  if (validateGraph(data)) return data as GraphDocument;
  const problems = (validateGraph.errors ?? []).map((e) => `${e.instancePath || '/'} ${describe(e)}`);
  const unique = [...new Set(problems)];
  const more = unique.length > SHOWN_PROBLEMS ? `\n… and ${unique.length - SHOWN_PROBLEMS} more` : '';
  throw new LoadError(`${name} is not a diplograph graph document (${unique.length} problem${unique.length === 1 ? '' : 's'}):\n`
    + unique.slice(0, SHOWN_PROBLEMS).join('\n') + more);
}

function describe(e: { keyword: string; message?: string; params: Record<string, unknown> }): string {
  if (e.keyword === 'additionalProperties') return `has unknown property "${String(e.params['additionalProperty'])}"`;
  if (e.keyword === 'enum') return `must be one of ${(e.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'const') return `must be ${JSON.stringify(e.params['allowedValue'])}`;
  return e.message ?? e.keyword;
}

/**
 * The graph the page was served with (`./graph.json` next to index.html), or null when there is none:
 * `diplograph view` without a graph answers 204, a static folder without one 404 (or its index page).
 */
export async function fetchServedGraph(url: string): Promise<ViewerGraph | null> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    throw new LoadError(`Could not fetch ${url}: ${(error as Error).message}`, { cause: error });
  }
  if (response.status === 204 || response.status === 404) return null;
  // A host that answers every path with the page itself (single-page-app fallback) has no graph either.
  if ((response.headers.get('Content-Type') ?? '').includes('text/html')) return null;
  if (!response.ok) throw new LoadError(`Could not fetch ${url}: HTTP ${response.status} ${response.statusText}`);
  const named = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') ?? '');
  return parseGraphFile(named ? decodeURIComponent(named[1]!) : url.replace(/^.*\//, ''), await response.text());
}
