// Role resolution on short sentences we write ourselves, with people from several regions and years.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/pipeline.js';
import type { SourceArticle } from '../../../src/extract/read/types.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';

const knowledge = loadKnowledge();

function article(text: string, published: string): SourceArticle {
  return {
    id: 't', file: 't.txt', title: null, published, publishedBasis: 'override', text,
    body: { start: 0, end: text.length }, sha256: createHash('sha256').update(text).digest('hex'),
  };
}

/** Labels of the leaders each quoted phrase was resolved to. */
function leaders(text: string, published: string): Map<string, string> {
  const { fragment } = extract(article(text, published), knowledge);
  const out = new Map<string, string>();
  for (const n of fragment!.nodes) if (n.type === 'leader') for (const p of n.provenance) out.set(p.quote, n.label);
  return out;
}

describe('role resolution by date', () => {
  it('names the holder of a title on the article date', () => {
    expect(leaders('The Russian president spoke to reporters.', '2024-03-19').get('The Russian president')).toBe('Vladimir Putin');
    expect(leaders('The Russian president spoke to reporters.', '2009-03-19').get('The Russian president')).toBe('Dmitry Medvedev');
  });

  it('uses the state\'s own titles: Iran\'s president heads the government', () => {
    expect(leaders('The Iranian president arrived on Monday.', '2024-03-19').get('The Iranian president')).toBe('Ebrahim Raisi');
    expect(leaders('The Iranian president arrived on Monday.', '2025-03-19').get('The Iranian president')).toBe('Masoud Pezeshkian');
  });

  it('reads titles after the state: "the President of Brazil", "the Emir of Qatar"', () => {
    expect(leaders('She met the President of Brazil in Brasilia.', '2024-05-02').get('President of Brazil')).toBe('Luiz Inácio Lula da Silva');
    expect(leaders('A cable went to the Emir of Qatar.', '2023-12-18').get('Emir of Qatar')).toBe('Tamim bin Hamad Al Thani');
  });

  it('resolves a counterpart to the same office in the other state', () => {
    const found = leaders('Japanese Prime Minister Fumio Kishida held talks with his Indian counterpart in Delhi.', '2023-03-20');
    expect(found.get('Indian counterpart')).toBe('Narendra Modi');
  });

  it('makes a leader of a titled name the gazetteer does not know, tied to the stated state', () => {
    const { fragment } = extract(article('Kenyan Trade Minister Wanjiru Odhiambo-Kamau signed the memorandum.', '2024-02-01'), knowledge);
    const person = fragment!.nodes.find((n) => n.label === 'Wanjiru Odhiambo-Kamau');
    expect(person?.type).toBe('leader');
    expect(person?.state).toBe('state/KEN');
  });
});
