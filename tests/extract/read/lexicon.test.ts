import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boilerplateKind, dateLabel, fold } from '../../../src/extract/read/lexicon.js';
import { dataDir } from '../../../src/paths.js';

describe('data/lexicon/boilerplate.json', () => {
  const doc = JSON.parse(readFileSync(join(dataDir, 'lexicon', 'boilerplate.json'), 'utf8')) as { description: string; lines: { words?: string; prefix?: string; contains?: string; kind: string }[] };

  it('has a description and entries that each match themselves', () => {
    expect(doc.description.length).toBeGreaterThan(20);
    for (const e of doc.lines) {
      const text = e.words ?? (e.prefix !== undefined ? `${e.prefix} x` : `we keep ${e.contains} here`);
      expect(boilerplateKind(text), text).toBe(e.kind);
    }
  });
});

describe('boilerplateKind', () => {
  it('finds a contained word only between word boundaries', () => {
    expect(boilerplateKind('This site uses cookies to measure traffic. Continue to accept.')).toBe('consent');
    expect(boilerplateKind('The bakery sold cookiesandcream ice cream.')).toBeNull();
  });
});

describe('fold', () => {
  it('folds case and the spacing around separators', () => {
    expect(fold('  Story Code :  417995 ')).toBe('story code: 417995');
    expect(fold('Share  |  Tweet')).toBe('share| tweet');
    expect(fold('( Reporting by X )')).toBe('(reporting by x)');
  });
});

describe('dateLabel', () => {
  it('reads published, updated and accessed labels, alone or after other words', () => {
    expect(dateLabel('Published on ')).toBe('published');
    expect(dateLabel(' Last update: ')).toBe('updated');
    expect(dateLabel('Retrieved ')).toBe('accessed');
    expect(dateLabel('Andes Wire - Posted ')).toBe('published');
    expect(dateLabel('Moscow, ')).toBeNull();
    expect(dateLabel('')).toBeNull();
  });
});
