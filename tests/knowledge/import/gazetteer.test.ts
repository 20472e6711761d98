// The committed files in data/gazetteer: valid against the schema, every row sourced, keys unique and
// cross-references resolvable, and identical to what `npm run data` produces from the current inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgreementsFile, BlocsFile, LeadersFile, StatesFile } from '../../../src/document/types.gen.js';
import { schemaProblems } from '../../../src/document/validate.js';
import { formatJson } from '../../../src/knowledge/import/json-file.js';
import { buildGazetteer } from '../../../src/knowledge/import/main.js';
import { gazetteerFile, haveShared, paths } from './shared.js';

const states = gazetteerFile<StatesFile>('states');
const leaders = gazetteerFile<LeadersFile>('leaders');
const blocs = gazetteerFile<BlocsFile>('blocs');
const agreements = gazetteerFile<AgreementsFile>('agreements');

describe('data/gazetteer', () => {
  it('validates against schema/gazetteer.schema.json', () => {
    expect(schemaProblems('states', states)).toEqual([]);
    expect(schemaProblems('leaders', leaders)).toEqual([]);
    expect(schemaProblems('blocs', blocs)).toEqual([]);
    expect(schemaProblems('agreements', agreements)).toEqual([]);
  });

  it('knows the demonyms English news writes, beside the source list\'s own forms', () => {
    const demonyms = (iso3: string): string[] => states.entries.find((e) => e.key === `state/${iso3}`)?.demonyms ?? [];
    expect(demonyms('MDV')).toContain('Maldivian');
    expect(demonyms('COM')).toContain('Comorian');
    expect(demonyms('KGZ')).toContain('Kyrgyzstani');
  });

  it('has no entry, term or membership without a source', () => {
    const sourced = (s: string | undefined): boolean => typeof s === 'string' && s.trim().length > 0;
    for (const s of states.entries) expect(sourced(s.source), s.key).toBe(true);
    for (const l of leaders.entries) for (const t of l.terms) expect(sourced(t.source), l.key).toBe(true);
    for (const b of blocs.entries) {
      expect(sourced(b.source), b.key).toBe(true);
      for (const m of b.members) expect(sourced(m.source), `${b.key} ${m.member}`).toBe(true);
    }
    for (const a of agreements.entries) expect(sourced(a.source), a.key).toBe(true);
    for (const file of [states, leaders, blocs, agreements]) expect(file.sources.length).toBeGreaterThan(0);
  });

  it('has unique, sorted keys and resolvable references', () => {
    const known = new Set([...states.entries.map((s) => s.key), ...blocs.entries.map((b) => b.key)]);
    for (const file of [states, leaders, blocs, agreements]) {
      const keys = file.entries.map((e) => e.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    }
    for (const l of leaders.entries) for (const t of l.terms) expect(known.has((t.state ?? t.bloc)!), l.key).toBe(true);
    for (const b of blocs.entries) for (const m of b.members) expect(known.has(m.member), b.key).toBe(true);
    for (const a of agreements.entries) for (const p of a.parties) expect(known.has(p), a.key).toBe(true);
  });

  it('keeps the agreements list within 60-120 named entries, with aliases', () => {
    expect(agreements.entries.length).toBeGreaterThanOrEqual(60);
    expect(agreements.entries.length).toBeLessThanOrEqual(120);
    const jcpoa = agreements.entries.find((a) => a.key === 'agreement/jcpoa');
    expect(jcpoa?.abbreviations).toContain('JCPOA');
    expect(jcpoa?.names).toContain('Iran nuclear deal');
    expect(agreements.entries.find((a) => a.key === 'agreement/black-sea-grain-initiative')?.names).toContain('grain corridor');
  });

  it.skipIf(!haveShared)('is what `npm run data` builds from the current inputs', () => {
    const built = buildGazetteer(paths);
    for (const name of ['states', 'leaders', 'blocs', 'agreements'] as const) {
      expect(formatJson(built[name]) === readFileSync(join(paths.out, `${name}.json`), 'utf8'), `${name}.json is stale; run npm run data`).toBe(true);
    }
  });
});
