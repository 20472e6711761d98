// A known person's name written longer than the gazetteer writes it, on sentences of our own: the node carries the
// name the text gives, so the person is found under it, and the rest of the name is no other word of the sentence.
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../src/document/types.gen.js';
import { extract } from '../../../src/extract/pipeline.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { article } from '../../helpers/article.js';

const knowledge = loadKnowledge();

const fragmentOf = (text: string): GraphDocument => extract(article(text, '2024-05-15'), knowledge).fragment!;
const namesOf = (f: GraphDocument, label: string): string[] => {
  const node = f.nodes.find((n) => n.label === label);
  return node ? [node.label, ...node.aliases] : [];
};

describe('a known name run on', () => {
  it('takes in a surname written after the name the gazetteer knows', () => {
    const f = fragmentOf("Tanzania's Samia Suluhu Hassan met Kenyan President William Ruto in Arusha on Tuesday.");
    expect(namesOf(f, 'Samia Suluhu')).toContain('Samia Suluhu Hassan');
    expect(f.edges.some((e) => e.type === 'meeting' && e.date === '2024-05-14')).toBe(true);
  });

  it('takes in given names between a title and the known name, joined by an apostrophe too', () => {
    const f = fragmentOf("Australian Prime Minister Anthony Albanese telephoned Tongan Prime Minister Hu'akavameiliku Siaosi Sovaleni on Monday.");
    const tongan = f.nodes.find((n) => n.aliases.includes("Hu'akavameiliku Siaosi Sovaleni"));
    expect(tongan).toBeDefined();
    expect(f.edges.some((e) => e.type === 'phone_call' && [e.source, e.target].includes(tongan!.id))).toBe(true);
    const honoured = fragmentOf('H.E. Matamela Cyril Ramaphosa, President of South Africa, congratulated Kenya on its national day.');
    expect(honoured.nodes.find((n) => n.aliases.includes('Matamela Cyril Ramaphosa'))).toBeDefined();
  });

  it('leaves honorifics, places and the words of a headline in title case out of the name', () => {
    const greeted = fragmentOf('President His Highness Sheikh Mohamed bin Zayed Al Nahyan received a phone call from Kazakh President Kassym-Jomart Tokayev.');
    expect(greeted.nodes.flatMap((n) => n.aliases).some((a) => a.startsWith('His Highness'))).toBe(false);
    const tower = fragmentOf('Donald Trump Tower was lit on Tuesday evening.');
    expect(tower.nodes.flatMap((n) => n.aliases)).not.toContain('Donald Trump Tower');
    const headline = fragmentOf('Samia Suluhu Hassan Arrives in Nairobi for Talks');
    expect(headline.nodes.flatMap((n) => n.aliases)).not.toContain('Samia Suluhu Hassan');
  });
});
