// Node identity across articles. Gazetteer-backed nodes (a Wikidata id, an ISO code or dated terms) keep their
// id. Pattern-made nodes (agreements and people the gazetteer lacks) get a slug of the name each article uses,
// so one treaty or person can arrive as several slugs. Two such nodes of the same type are one when
//   - they share a name of at least `minNameWords` words, compared folded (case, diacritics) and as a bag of
//     words, so "Treaty ... between Russia and Iran" meets "Treaty ... between Iran and Russia", or, for people,
//     one name is another with middle words left out, first and last word the same ("Musaed Al-Aiban" and
//     "Musaed bin Mohammed Al-Aiban": patronymics come and go), and
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

/**
 * Maps every node id (and every id listed in a `sameAs`) to the id of the node it joins; ids that join nothing
 * map to themselves. `nodes` holds one node per id. `edges` only say who is adjacent to whom: one edge per pair of
 * participants is enough.
 */
export function resolveIdentities(nodes: ReadonlyMap<EntityKey, Node>, edges: readonly Edge[], minNameWords: number): Map<EntityKey, EntityKey> {
  const uf = new UnionFind();
  for (const node of nodes.values()) {
    uf.find(node.id);
    for (const other of node.sameAs ?? []) uf.union(node.id, other);
  }

  const { bags, pairs } = candidates([...nodes.values()].filter((n) => !isGazetteerNode(n)), minNameWords);
  if (bags.length === 0 && pairs.length === 0) return mapping(nodes, uf);

  const adjacent = new Map<EntityKey, EntityKey[]>();
  const link = (a: EntityKey, b: EntityKey) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
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
      const list = members.get(root);
      if (list) list.push(id);
      else members.set(root, [id]);
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
    // Sets computed before a join this round may be stale: that can only miss a join, which the next round (with
    // fresh sets) makes; the loop ends on a round that joins nothing. Joins only ever add names and neighbours, so
    // the groups it ends with do not depend on the order joins are made in.
    //
    // Everyone in a bag is a candidate for everyone else in it: rather than trying every pair, each neighbour
    // remembers the first group of the bag seen next to it, and every later group next to it joins that one.
    for (const bag of bags) {
      const seenNext = new Map<string, string>();
      for (const id of bag) {
        const root = uf.find(id);
        for (const n of neighboursOf(root)) {
          const first = seenNext.get(n);
          if (first === undefined) seenNext.set(n, root);
          else if (uf.union(first, root)) changed = true;
        }
      }
    }
    for (const [x, y] of pairs) {
      const rx = uf.find(x);
      const ry = uf.find(y);
      if (rx === ry) continue;
      const a = neighboursOf(rx);
      const b = neighboursOf(ry);
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      if ([...small].some((n) => large.has(n)) && uf.union(rx, ry)) changed = true;
    }
  }
  return mapping(nodes, uf);
}

/**
 * `short` names the person `long` names with middle words left out: the same first and last word, the rest in
 * order ("Musaed Al-Aiban", "Musaed bin Mohammed Al-Aiban"). Both ends must agree so that a bare title and
 * given name ("Sheikh Mohammed") does not stand for everyone who shares them.
 */
function isShortForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let i = 0;
  for (const word of long) if (word === short[i]) i++;
  return i === short.length;
}

/**
 * Nodes whose names say they may be one: bags of nodes of one type sharing a long name (as a bag of words), each
 * member a candidate for every other, and pairs (ids, sorted) of people one of whose names is a short form of the
 * other's. People are compared only within the same first and last word, which a short form keeps.
 */
function candidates(nodes: readonly Node[], minNameWords: number): { bags: EntityKey[][]; pairs: [EntityKey, EntityKey][] } {
  const bags = new Map<string, EntityKey[]>();
  const people = new Map<string, { id: EntityKey; names: string[][] }[]>();
  for (const node of nodes) {
    const names = [node.label, ...node.aliases].map((n) => fold(n).match(WORD_RE) ?? []);
    for (const words of new Set(names.filter((w) => w.length >= minNameWords).map((w) => `${node.type}\u0000${[...w].sort().join(' ')}`))) {
      const bag = bags.get(words);
      if (bag) bag.push(node.id);
      else bags.set(words, [node.id]);
    }
    if (node.type !== 'leader') continue;
    for (const ends of new Set(names.filter((w) => w.length >= 2).map((w) => `${w[0]!}\u0000${w.at(-1)!}`))) {
      const list = people.get(ends);
      if (list) list.push({ id: node.id, names });
      else people.set(ends, [{ id: node.id, names }]);
    }
  }
  const pairs = new Map<string, [EntityKey, EntityKey]>();
  for (const list of people.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (x.id === y.id || !x.names.some((a) => y.names.some((b) => isShortForm(a, b) || isShortForm(b, a)))) continue;
        const pair: [EntityKey, EntityKey] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
        pairs.set(pair.join('\u0000'), pair);
      }
    }
  }
  return {
    bags: [...bags.values()].filter((ids) => ids.length > 1),
    pairs: [...pairs.values()],
  };
}

function mapping(nodes: ReadonlyMap<EntityKey, Node>, uf: UnionFind): Map<EntityKey, EntityKey> {
  const map = new Map<EntityKey, EntityKey>();
  for (const node of nodes.values()) {
    map.set(node.id, uf.find(node.id));
    for (const other of node.sameAs ?? []) map.set(other, uf.find(other));
  }
  return map;
}
