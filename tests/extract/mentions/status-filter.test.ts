// Which entities are states: UN members, UN observer states and the partially recognised are; entities
// with little recognition are read but never made states, and their office holders are not leaders.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/pipeline.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { article, edgesOf } from '../../helpers/article.js';

function nodes(text: string, published: string): string[] {
  const { fragment } = extract(article(text, published), loadKnowledge());
  return fragment!.nodes.map((n) => `${n.type} ${n.label}`).sort();
}

describe('status-filter', () => {
  it('makes the UN observer states and the partially recognised nodes, with their leaders', () => {
    const text = 'Palestinian President Mahmoud Abbas met Pope Francis of the Holy See in Rome on Monday. Taiwan President Lai Ching-te phoned Kosovo Prime Minister Albin Kurti on Tuesday.';
    expect(nodes(text, '2024-06-20')).toEqual(expect.arrayContaining(['state Palestine', 'state Taiwan', 'state Kosovo', 'state Vatican']));
    const edges = edgesOf(text, '2024-06-20', { withRelations: true });
    expect(edges).toEqual(expect.arrayContaining([
      'leader_of Mahmoud Abbas>Palestine', 'leader_of Lai Ching-te>Taiwan', 'leader_of Albin Kurti>Kosovo',
    ]));
  });

  it('reads an unrecognised entity without making it a state or its office holder a leader', () => {
    const text = 'Somaliland President Muse Bihi Abdi met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.';
    expect(nodes(text, '2024-01-03')).toEqual(['leader Abiy Ahmed', 'state Ethiopia']);
    expect(edgesOf(text, '2024-01-03')).toEqual([]);
  });

  it('does not read a recognised state inside an unrecognised entity\'s name', () => {
    const text = 'Turkish President Recep Tayyip Erdogan visited the Turkish Republic of Northern Cyprus on Thursday, then Transnistria and Abkhazia.';
    expect(nodes(text, '2021-07-22')).toEqual(['leader Recep Tayyip Erdoğan', 'state Turkey']);
  });
});
