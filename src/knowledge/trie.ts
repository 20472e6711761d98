// A trie over folded tokens: one walk per text position finds every gazetteer name starting there,
// whatever the number of names, instead of one pattern per name.

interface TrieNode<P> {
  children: Map<string, TrieNode<P>>;
  payloads: P[];
}

export interface TrieMatch<P> {
  /** Number of tokens matched. */
  readonly length: number;
  readonly payloads: readonly P[];
}

const NO_MATCHES: readonly TrieMatch<never>[] = [];

const newNode = <P>(): TrieNode<P> => ({ children: new Map(), payloads: [] });

export class TokenTrie<P> {
  private readonly root: TrieNode<P> = newNode();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(keys: readonly string[], payload: P): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    }
    node.payloads.push(payload);
    this.count++;
  }

  /** The longest entry that starts at `keys[from]`, without building the list of shorter ones. */
  longestAt(keys: readonly string[], from: number): TrieMatch<P> | undefined {
    let node: TrieNode<P> | undefined = this.root;
    let best: TrieMatch<P> | undefined;
    for (let i = from; i < keys.length; i++) {
      node = node.children.get(keys[i]!);
      if (!node) break;
      if (node.payloads.length > 0) best = { length: i - from + 1, payloads: node.payloads };
    }
    return best;
  }

  /**
   * The first entry that starts within `reach` keys from `keys[from]`, looking no further than a key in `stops`
   * ("discussed the war [by phone]", "talked [behind closed doors]").
   */
  firstWithin(keys: readonly string[], from: number, reach: number, stops?: ReadonlySet<string>): TrieMatch<P> | undefined {
    for (let i = Math.max(0, from); i < Math.min(keys.length, from + reach); i++) {
      const match = this.longestAt(keys, i);
      if (match) return match;
      if (stops?.has(keys[i]!)) return undefined;
    }
    return undefined;
  }

  /**
   * The shortest entry of at most `maxLength` keys from `keys[from]` whose last key is `last` of the key written there
   * ("presidents" read as "president"); `last` gives undefined for a key it does not read. The walk stops where the
   * keys before the last one leave the trie: no longer entry starts so.
   */
  withLastAt(keys: readonly string[], from: number, maxLength: number, last: (key: string) => string | undefined): TrieMatch<P> | undefined {
    let node = this.root;
    for (let length = 1; length <= maxLength && from + length <= keys.length; length++) {
      const key = keys[from + length - 1]!;
      const read = last(key);
      const payloads = read === undefined ? undefined : node.children.get(read)?.payloads;
      if (payloads && payloads.length > 0) return { length, payloads };
      const next = node.children.get(key);
      if (!next) return undefined;
      node = next;
    }
    return undefined;
  }

  /**
   * Where an entry of at most `maxLength` keys ends at `keys[end]` starts, the shortest first ("His Highness" before a
   * name), or -1.
   */
  startEndingAt(keys: readonly string[], end: number, maxLength: number): number {
    for (let n = 1; n <= maxLength && end - n + 1 >= 0; n++) {
      if (this.matchesAt(keys, end - n + 1).some((m) => m.length === n)) return end - n + 1;
    }
    return -1;
  }

  /** Every entry that starts at `keys[from]`, longest first. */
  matchesAt(keys: readonly string[], from: number): readonly TrieMatch<P>[] {
    // Most positions start no entry: they share one empty list instead of building their own.
    let found: TrieMatch<P>[] | undefined;
    let node: TrieNode<P> | undefined = this.root;
    for (let i = from; i < keys.length; i++) {
      node = node.children.get(keys[i]!);
      if (!node) break;
      if (node.payloads.length > 0) (found ??= []).push({ length: i - from + 1, payloads: node.payloads });
    }
    return found ? found.reverse() : NO_MATCHES;
  }
}
