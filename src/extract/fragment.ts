// Turns one article's resolved mentions into a fragment: a graph document holding that article alone.
import type { Article, EntityKey, GraphDocument, Node, NodeType, Provenance } from '../document/types.gen.js';
import type { ArticleContext, Mention } from './types.js';

const NODE_TYPES = new Set<string>(['leader', 'state', 'bloc', 'agreement']);
// Surfaces that are not names of the entity: "the Russian president", "the deal".
const UNNAMED_VIA = new Set(['role', 'anaphora']);

export function provenanceOf(ctx: ArticleContext, m: { span: { start: number; end: number }; sentence: number }): Provenance {
  return {
    article: ctx.article.id,
    sentence: m.sentence,
    start: m.span.start,
    end: m.span.end,
    quote: ctx.article.text.slice(m.span.start, m.span.end),
  };
}

export function articleRecord(ctx: ArticleContext): Article {
  const a = ctx.article;
  return {
    id: a.id,
    title: a.title,
    published: a.published,
    ...(a.file !== undefined ? { file: a.file } : {}),
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.file === undefined && a.url === undefined ? { file: '<stdin>' } : {}),
    sha256: a.sha256,
  };
}

function nodeOf(ctx: ArticleContext, key: EntityKey, mentions: readonly Mention[]): Node {
  const { gazetteer } = ctx.knowledge;
  const entity = gazetteer.entity(key);
  const first = mentions[0]!;
  const type = (entity?.type ?? first.kind) as NodeType;
  const aliases = new Set<string>();
  for (const m of mentions) {
    if (!UNNAMED_VIA.has(m.via)) aliases.add(m.text);
    for (const a of m.aliases ?? []) aliases.add(a);
  }
  for (const a of gazetteer.aliases(key)) aliases.add(a);
  // A proper name ("Comprehensive Strategic Partnership Treaty") labels a pattern-made node better than a description.
  const named = mentions.find((m) => m.label && /^\p{Lu}/u.test(m.label));
  const label = entity?.data.label ?? named?.label ?? first.label ?? first.text;
  aliases.delete(label);
  const node: Node = {
    id: key,
    type,
    label,
    aliases: [...aliases].sort(),
    provenance: mentions.map((m) => provenanceOf(ctx, m)),
  };
  if (entity && 'qid' in entity.data && entity.data.qid) node.qid = entity.data.qid;
  if (entity?.type === 'state') node.iso3 = entity.data.iso3;
  if (type === 'leader') {
    const state = mentions.find((m) => m.role?.state)?.role?.state ?? mentions.find((m) => m.state)?.state
      ?? gazetteer.termsOn(key, ctx.on).find((t) => t.state)?.state
      ?? (entity?.type === 'leader' ? entity.data.terms.find((t) => t.state)?.state : undefined);
    if (state) node.state = state;
    if (entity?.type === 'leader') {
      node.terms = entity.data.terms.map((t) => ({
        office: t.office, from: t.from, to: t.to,
        ...(t.title ? { title: t.title } : {}), ...(t.state ? { state: t.state } : {}), ...(t.bloc ? { bloc: t.bloc } : {}),
      }));
    }
  }
  return node;
}

export function toFragment(ctx: ArticleContext, mentions: readonly Mention[], edges: GraphDocument['edges']): GraphDocument {
  const byKey = new Map<EntityKey, Mention[]>();
  for (const m of mentions) {
    if (!NODE_TYPES.has(m.kind) || m.candidates.length !== 1) continue;
    const key = m.candidates[0]!;
    const list = byKey.get(key) ?? [];
    list.push(m);
    byKey.set(key, list);
  }
  const nodes = [...byKey.entries()]
    .map(([key, list]) => nodeOf(ctx, key, [...list].sort((a, b) => a.span.start - b.span.start)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { format: 'diplograph/1', articles: [articleRecord(ctx)], nodes, edges };
}
