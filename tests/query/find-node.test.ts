// Names resolve to nodes through ids, labels, Wikidata ids, ISO codes, aliases and whole words; ambiguity and
// absence are errors with candidates.
import { beforeAll, describe, expect, it } from 'vitest';
import { AmbiguousNameError, NotFoundError } from '../../src/errors.js';
import type { DiploGraph } from '../../src/graph/document.js';
import { findNode } from '../../src/query/find-node.js';
import { devGraph } from '../graph/dev.js';

describe('findNode on the dev graph', () => {
  let graph: DiploGraph;
  beforeAll(async () => { graph = await devGraph(); });

  it('resolves ids, labels, aliases, Wikidata ids and ISO codes, without case or diacritics', () => {
    expect(findNode(graph, 'leader/Q7747')).toBe('leader/Q7747');
    expect(findNode(graph, 'Vladimir Putin')).toBe('leader/Q7747');
    expect(findNode(graph, 'vladimir putin')).toBe('leader/Q7747');
    expect(findNode(graph, 'Q7747')).toBe('leader/Q7747');
    expect(findNode(graph, 'Raeisi')).toBe('leader/Q5947347');
    expect(findNode(graph, 'IRN')).toBe('state/IRN');
    expect(findNode(graph, 'Erdogan')).toBe(findNode(graph, 'Erdoğan'));
  });

  it('reads a run of whole words inside a name', () => {
    expect(findNode(graph, 'Tayyip')).toBe('leader/Q39259');
  });

  it('calls a name several nodes answer to ambiguous, listing them', () => {
    const error = (() => { try { findNode(graph, 'Salman'); } catch (e) { return e; } return undefined; })();
    expect(error).toBeInstanceOf(AmbiguousNameError);
    const candidates = (error as AmbiguousNameError).candidates;
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    expect(candidates).toContain('leader/Q6892571');
    expect((error as AmbiguousNameError).code).toBe('ambiguous');
  });

  it('calls an unknown name not found, suggesting the nearest names', () => {
    const error = (() => { try { findNode(graph, 'Raisy'); } catch (e) { return e; } return undefined; })();
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).candidates.slice(0, 2)).toEqual(expect.arrayContaining(['Raisi']));
    expect((error as NotFoundError).code).toBe('not_found');
  });
});
