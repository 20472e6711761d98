import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { loadOfficials } from '../../../src/knowledge/import/leaders.js';
import { slugify } from '../../../src/knowledge/slug.js';

function sourcesDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-sources-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(data));
  return dir;
}

describe('curated sources', () => {
  it('reject a malformed row with the file and pointer', () => {
    const dir = sourcesDir({ 'officials.json': { entries: [{ label: 'X', source: 's', terms: [{ office: 'foreign_minister', state: 'IRN', from: '2020-01-01', to: null }] }] } });
    let caught: unknown;
    try { loadOfficials(dir); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).pointer).toBe('/entries/0/terms/0/state');
    expect((caught as InputError).file).toBe(join(dir, 'officials.json'));
  });

  it('reject a term that ends before it starts, and unreadable JSON', () => {
    const bad = sourcesDir({ 'officials.json': { entries: [{ label: 'X', source: 's', terms: [{ office: 'minister', state: 'state/IRN', from: '2020-01-01', to: '2019-01-01' }] }] } });
    expect(() => loadOfficials(bad)).toThrow(InputError);
    const broken = mkdtempSync(join(tmpdir(), 'diplograph-sources-'));
    writeFileSync(join(broken, 'officials.json'), '{ not json');
    expect(() => loadOfficials(broken)).toThrow(InputError);
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII keys', () => {
    expect(slugify('Hossein Amir-Abdollahian')).toBe('hossein-amir-abdollahian');
    expect(slugify("Gideon Sa'ar")).toBe('gideon-saar');
    expect(slugify('Mevlüt Çavuşoğlu')).toBe('mevlut-cavusoglu');
    expect(slugify('OPEC+')).toBe('opec-plus');
  });
});
