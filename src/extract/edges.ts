// Turns bound, dated event candidates into the fragment's edges: one edge per (type, participants,
// date), with every sentence that reports it as provenance. Symmetric types are undirected and their
// participants put in a canonical order, so that "A met B" and "B met A" are one edge.
import type { Edge, EntityKey, GraphDocument } from '../document/types.gen.js';
import { SYMMETRIC } from './events/argument-binding.js';
import { provenanceOf } from './fragment.js';
import type { ArticleContext, EventCandidate } from './types.js';

const RELATIONS = new Set(['member_of', 'party_to', 'leader_of']);

export function edgeKey(type: string, source: EntityKey, target: EntityKey, date: string | null): string {
  return `${type}|${source}|${target}|${date ?? 'undated'}`;
}

export function toEdges(ctx: ArticleContext, events: readonly EventCandidate[], nodes: ReadonlySet<EntityKey>): GraphDocument['edges'] {
  const edges = new Map<string, Edge>();
  for (const e of events) {
    if (!e.source || !e.target || !nodes.has(e.source) || !nodes.has(e.target)) continue;
    const symmetric = SYMMETRIC.has(e.type);
    const [source, target] = symmetric && e.target < e.source ? [e.target, e.source] : [e.source, e.target];
    const date = e.date ?? null;
    const id = edgeKey(e.type, source, target, date);
    const provenance = provenanceOf(ctx, { span: e.span ?? e.trigger, sentence: e.sentence });
    const existing = edges.get(id);
    if (existing) {
      if (!existing.provenance.some((p) => p.start === provenance.start && p.end === provenance.end)) existing.provenance.push(provenance);
      continue;
    }
    const attributes: Edge['attributes'] = { trigger: ctx.article.text.slice(e.trigger.start, e.trigger.end) };
    if (e.cameo) attributes['cameo'] = e.cameo;
    if (e.plover) attributes['plover'] = e.plover;
    if (e.dateBasis) attributes['dateBasis'] = e.dateBasis;
    edges.set(id, {
      id, type: e.type, source, target, directed: !symmetric, date,
      datePrecision: e.datePrecision ?? 'none', attributes, sources: 1, provenance: [provenance],
    });
  }
  // A relation stated twice, once with the day it began ("became a member on Thursday"), is one edge.
  for (const [id, edge] of edges) {
    if (edge.date !== null || !RELATIONS.has(edge.type)) continue;
    const dated = [...edges.values()].find((o) => o !== edge && o.type === edge.type && o.source === edge.source && o.target === edge.target && o.date !== null);
    if (!dated) continue;
    for (const p of edge.provenance) dated.provenance.push(p);
    edges.delete(id);
  }
  return [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
