// Pieces the details and paths panels share: a quote with its article (title, link, date), and a node's name as a
// button that picks it. Article text is untrusted: it goes in as text, and links only for http(s) URLs.
import type { Article, Provenance, ViewerGraph } from '../data/graph.js';
import { el, link } from '../dom.js';

export function evidenceItem(articles: ReadonlyMap<string, Article>, p: Provenance): HTMLElement {
  const article = articles.get(p.article);
  const title = article?.title ?? p.article;
  const where = article?.url ? link(article.url, title) : el('span', { className: 'article-title' }, title);
  const file = !article?.url && article?.file ? el('span', { className: 'article-file' }, ` (${article.file.replace(/^.*[\\/]/, '')})`) : null;
  return el('li', { className: 'evidence-item' },
    el('blockquote', { className: 'quote' }, p.quote),
    el('p', { className: 'cite' }, '— ', where, file, article?.published ? `, ${article.published}` : '',
      p.mentions ? ` · named ${p.mentions} times` : ''));
}

/** The node's label as a button calling `pick`, or its id as text when the graph lacks it. */
export function nodeButton(graph: ViewerGraph, node: string, pick: (node: string) => void): HTMLElement {
  return graph.hasNode(node)
    ? el('button', { className: 'link-button', attrs: { type: 'button', 'data-node': node }, on: { click: () => pick(node) } }, graph.getNodeAttribute(node, 'label'))
    : el('span', {}, node);
}
