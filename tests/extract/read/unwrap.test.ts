import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/extract/read/article.js';
import { unwrapLines } from '../../../src/extract/read/unwrap.js';
import { extract } from '../../../src/extract/pipeline.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';

/** Greedy wrapping at `width` columns, as a text editor or a mail client does. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

const paragraphs = [
  'BRASILIA, June 10, 2025 - Brazilian President Luiz Inacio Lula da Silva and French President Emmanuel Macron held talks in Brasilia on Tuesday, and Macron later told reporters the two leaders had agreed to push for a ceasefire.',
  'On Wednesday Lula spoke by telephone with Indian Prime Minister Narendra Modi, who congratulated Brazil on hosting the summit and invited Lula to visit New Delhi.',
];

function edges(text: string): string[] {
  const article = parseArticle(text, { id: 'w', format: 'txt' }).article!;
  const { fragment } = extract(article, loadKnowledge());
  const label = new Map(fragment!.nodes.map((n) => [n.id, n.label]));
  return fragment!.edges.map((e) => `${e.type} ${label.get(e.source)}>${label.get(e.target)}@${e.date ?? ''}`).sort();
}

describe('hard-wrapped text', () => {
  const flat = `Lula hosts Macron\n\n${paragraphs.join('\n\n')}\n`;

  it.each([60, 72, 100])('gives the same edges wrapped at %i columns as on one line per paragraph', (width) => {
    const wrapped = `Lula hosts Macron\n\n${paragraphs.map((p) => wrap(p, width)).join('\n\n')}\n`;
    expect(wrapped.split('\n').length).toBeGreaterThan(8);
    expect(edges(wrapped)).toEqual(edges(flat));
    expect(edges(flat)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^meeting .*Macron.*@2025-06-10$/), expect.stringMatching(/^phone_call .*Modi.*@2025-06-04$/),
    ]));
  });

  it('turns only wrap line ends into spaces, one for one, so offsets hold', () => {
    const wrapped = `Lula hosts Macron\nBy a staff writer\n\n${paragraphs.map((p) => wrap(p, 72)).join('\r\n\r\n')}\n`;
    const out = unwrapLines(wrapped);
    expect(out.length).toBe(wrapped.length);
    expect(out.startsWith('Lula hosts Macron\nBy a staff writer\n\n')).toBe(true);
    expect(out).toContain('Brazilian President Luiz Inacio Lula da Silva and French President Emmanuel Macron held talks');
    expect(out.split('\r\n\r\n')).toHaveLength(2);
  });

  it('leaves text alone when its lines are not broken to a width', () => {
    const listed = 'Agenda\nOpening remarks\nTrade and investment\nClimate finance\nA long line that goes on well beyond what any wrapper would allow, as paragraphs written on one line do.\nClosing\n';
    expect(unwrapLines(listed)).toBe(listed);
    expect(unwrapLines(flat)).toBe(flat);
  });
});
