// Resolves a name a user types to one node of the graph. Names are compared folded (case, diacritics), in
// tiers, and the first tier that matches decides: the node id itself; a label, Wikidata id or ISO code; an
// alias; then a run of whole words inside a label or alias ("Erdogan" in "Recep Tayyip Erdogan"). Two nodes in
// the deciding tier make the name ambiguous; none at all is not found, with the nearest names suggested.
import { AmbiguousNameError, NotFoundError } from '../errors.js';
import { fold } from '../extract/text/fold.js';
import type { DiploGraph } from '../graph/document.js';
import { suggestionCount } from './defaults.js';

interface NameIndex {
  readonly order: number;
  readonly primary: Map<string, Set<string>>;
  readonly alias: Map<string, Set<string>>;
  /** Every name (label or alias) with its folded words, for the word tier and suggestions. */
  readonly names: { readonly name: string; readonly folded: string; readonly words: readonly string[]; readonly key: string }[];
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => fold(text).match(WORD_RE) ?? [];
const squash = (text: string): string => words(text).join(' ');

const indexes = new WeakMap<DiploGraph, NameIndex>();

function add(map: Map<string, Set<string>>, name: string, key: string): void {
  const k = squash(name);
  if (k === '') return;
  const set = map.get(k) ?? new Set();
  set.add(key);
  map.set(k, set);
}

function indexOf(graph: DiploGraph): NameIndex {
  const cached = indexes.get(graph);
  if (cached && cached.order === graph.order) return cached;
  const index: NameIndex = { order: graph.order, primary: new Map(), alias: new Map(), names: [] };
  graph.forEachNode((key, a) => {
    add(index.primary, a.label, key);
    if (a.qid) add(index.primary, a.qid, key);
    if (a.iso3) add(index.primary, a.iso3, key);
    for (const alias of a.aliases) add(index.alias, alias, key);
    for (const name of [a.label, ...a.aliases]) index.names.push({ name, folded: squash(name), words: words(name), key });
  });
  indexes.set(graph, index);
  return index;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Edit distance, for suggestions only. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}

function describe(graph: DiploGraph, key: string): string {
  return `${graph.getNodeAttribute(key, 'label')} (${key})`;
}

/** The names in the graph nearest to `name`, nearest first: what a NotFoundError suggests. */
export function nearestNames(graph: DiploGraph, name: string, count = suggestionCount): string[] {
  const target = squash(name);
  const scored = new Map<string, number>();
  for (const n of indexOf(graph).names) {
    const d = distance(target, n.folded);
    const current = scored.get(n.name);
    if (current === undefined || d < current) scored.set(n.name, d);
  }
  return [...scored.entries()]
    .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, count)
    .map(([n]) => n);
}

/**
 * The id of the one node `name` names: an id (`leader/Q7747`), a label, Wikidata id or ISO code, an alias, or
 * whole words of one of them, compared without case or diacritics.
 * @throws AmbiguousNameError when several nodes match equally well (its `candidates` are their ids).
 * @throws NotFoundError when nothing matches (its `candidates` are the nearest names).
 */
export function findNode(graph: DiploGraph, name: string): string {
  if (graph.hasNode(name)) return name;
  const index = indexOf(graph);
  const query = squash(name);
  const wordTier = (): Set<string> => {
    const needle = words(name);
    const found = new Set<string>();
    if (needle.length === 0) return found;
    for (const n of index.names) if (containsRun(n.words, needle)) found.add(n.key);
    return found;
  };
  const tiers: (() => Set<string> | undefined)[] = [
    () => index.primary.get(query),
    () => index.alias.get(query),
    wordTier,
  ];
  for (const tier of tiers) {
    const keys = [...(tier() ?? [])].sort();
    if (keys.length === 1) return keys[0]!;
    if (keys.length > 1) {
      throw new AmbiguousNameError(`"${name}" could name ${keys.length} nodes: ${keys.map((k) => describe(graph, k)).join('; ')}`, keys);
    }
  }
  const near = nearestNames(graph, name);
  throw new NotFoundError(`no node is named "${name}"${near.length > 0 ? `; nearest names: ${near.join(', ')}` : ''}`, near);
}
