import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertValid, schemaProblems } from '../../src/document/validate.js';
import { InputError } from '../../src/errors.js';

interface Case { description: string; data: unknown; pointer?: string }
const cases = JSON.parse(readFileSync(new URL('./cases/graph.json', import.meta.url), 'utf8')) as { valid: Case[]; invalid: Case[] };

describe('graph document schema', () => {
  it.each(cases.valid.map((c) => [c.description, c] as const))('accepts %s', (_, c) => {
    expect(schemaProblems('graph', c.data)).toEqual([]);
  });

  it.each(cases.invalid.map((c) => [c.description, c] as const))('rejects %s at its pointer', (_, c) => {
    const problems = schemaProblems('graph', c.data);
    expect(problems.map((p) => p.pointer)).toContain(c.pointer);
  });

  it('throws an InputError naming the file, the pointer and the problem', () => {
    const broken = cases.invalid.find((c) => c.pointer === '/nodes/0/type')!;
    let error: unknown;
    try { assertValid('graph', broken.data, 'graph.json'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.file).toBe('graph.json');
    expect(e.pointer).toBe('/nodes/0/type');
    expect(e.message).toContain('graph.json#/nodes/0/type must be one of "leader", "state", "bloc", "agreement"');
  });
});
