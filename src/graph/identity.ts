// Node identity across articles. Gazetteer-backed nodes (a Wikidata id, an ISO code or dated terms) keep their
// id. Pattern-made nodes (agreements and people the gazetteer lacks) get a slug of the name each article uses,
// so one treaty can arrive as several slugs. Two such nodes of the same type are one when
//   - they share a name of at least `minNameWords` words, compared folded (case, diacritics) and as a bag of
//     words, so "Treaty ... between Russia and Iran" meets "Treaty ... between Iran and Russia", and
//   - they share a neighbour (a signer, a party, a state): two different memoranda rarely have both.
// Joining is repeated until nothing changes (a joined node pools names and neighbours), and the joined node takes
// the smallest id; the others stay listed in its `sameAs`, so that a later merge maps them to it as well.
// The result depends only on the set of nodes and edges given, never on their order.
import type { Edge, EntityKey, Node } from '../document/types.gen.js';
import { fold } from '../extract/text/fold.js';

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(x)) this.parent.set(x, x);
    // Path compression.
    for (let y = x; y !== root;) {
      const next = this.parent.get(y)!;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }

  /** Joins two sets; the smaller id becomes the root, so roots are each set's smallest member. */
  union(a: string, b: string): boolean {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return false;
    if (x < y) this.parent.set(y, x);
    else this.parent.set(x, y);
    return true;
  }
}

/** Whether the gazetteer stands behind this node (its id is then stable and never joined by name). */
export function isGazetteerNode(node: Node): boolean {
  return node.qid !== undefined || node.iso3 !== undefined || node.terms !== undefined || node.type === 'state' || node.type === 'bloc';
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** A name as a sorted bag of folded words, or undefined when it has fewer than `minWords` words. */
export function nameSignature(name: string, minWords: number): string | undefined {
  const words = fold(name).match(WORD_RE) ?? [];
  if (words.length < minWords) return undefined;
  return words.sort().join(' ');
}

/**
 * Maps every node id (and every id listed in a `sameAs`) to the id of the node it joins; ids that join nothing
 * map to themselves. `nodes` holds one node per id.
 */
export function resolveIdentities(nodes: ReadonlyMap<EntityKey, Node>, edges: readonly Edge[], minNameWords: number): Map<EntityKey, EntityKey> {
  const uf = new UnionFind();
  for (const node of nodes.values()) {
    uf.find(node.id);
    for (const other of node.sameAs ?? []) uf.union(node.id, other);
  }

  // Names that could join, by type and signature.
  const named = new Map<string, EntityKey[]>();
  for (const node of nodes.values()) {
    if (isGazetteerNode(node)) continue;
    const signatures = new Set<string>();
    for (const name of [node.label, ...node.aliases]) {
      const s = nameSignature(name, minNameWords);
      if (s !== undefined) signatures.add(`${node.type}\u0000${s}`);
    }
    for (const s of signatures) {
      const list = named.get(s) ?? [];
      list.push(node.id);
      named.set(s, list);
    }
  }
  const buckets = [...named.values()].filter((ids) => ids.length > 1);
  if (buckets.length === 0) return mapping(nodes, uf);

  const adjacent = new Map<EntityKey, EntityKey[]>();
  const link = (a: EntityKey, b: EntityKey) => {
    const list = adjacent.get(a) ?? [];
    list.push(b);
    adjacent.set(a, list);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }

  for (let changed = true; changed;) {
    changed = false;
    // Members of each current group, then the group's neighbours (as groups).
    const members = new Map<string, EntityKey[]>();
    for (const id of nodes.keys()) {
      const root = uf.find(id);
      const list = members.get(root) ?? [];
      list.push(id);
      members.set(root, list);
    }
    const neighbourCache = new Map<string, Set<string>>();
    const neighboursOf = (root: string): Set<string> => {
      let set = neighbourCache.get(root);
      if (set) return set;
      set = new Set();
      for (const id of members.get(root) ?? []) {
        for (const other of adjacent.get(id) ?? []) {
          const r = uf.find(other);
          if (r !== root) set.add(r);
        }
      }
      neighbourCache.set(root, set);
      return set;
    };
    for (const ids of buckets) {
      const roots = [...new Set(ids.map((id) => uf.find(id)))].sort();
      for (let i = 0; i < roots.length; i++) {
        for (let j = i + 1; j < roots.length; j++) {
          const a = neighboursOf(roots[i]!);
          const b = neighboursOf(roots[j]!);
          const [small, large] = a.size <= b.size ? [a, b] : [b, a];
          // Sets computed before a join this round may be stale: that can only miss a join, which the
          // next round (with fresh sets) makes; the loop ends on a round that joins nothing.
          if ([...small].some((n) => large.has(n)) && uf.union(roots[i]!, roots[j]!)) changed = true;
        }
      }
    }
  }
  return mapping(nodes, uf);
}

function mapping(nodes: ReadonlyMap<EntityKey, Node>, uf: UnionFind): Map<EntityKey, EntityKey> {
  const map = new Map<EntityKey, EntityKey>();
  for (const node of nodes.values()) {
    map.set(node.id, uf.find(node.id));
    for (const other of node.sameAs ?? []) map.set(other, uf.find(other));
  }
  return map;
}
