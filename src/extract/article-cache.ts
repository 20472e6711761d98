// What stages compute once about one article's objects (its sentences, token lists, mention and participant lists),
// kept by those objects and let go when the next article starts. A WeakMap that outlives many articles would do the
// same, but V8 (node 20) keeps every value of a long-lived WeakMap whose key is young alive through each minor
// collection, as if its key were reachable: the tags, syntax and date readings of every article extracted lately were
// copied and then promoted, most of the garbage collector's work. A WeakMap made for each article is young with its
// keys, and the minor collections free it with them.

let article = 0;

/** Called as extraction of an article starts: the caches of the article before are dropped. */
export function startArticle(): void {
  article++;
}

export class ArticleCache<K extends object, V> {
  private map = new WeakMap<K, V>();
  private of = article;

  get(key: K): V | undefined {
    return this.current().get(key);
  }

  set(key: K, value: V): void {
    this.current().set(key, value);
  }

  private current(): WeakMap<K, V> {
    if (this.of !== article) {
      this.map = new WeakMap();
      this.of = article;
    }
    return this.map;
  }
}
