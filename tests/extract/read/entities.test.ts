import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/extract/read/entities.js';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('Erdo&#287;an &amp; Sisi &ldquo;agree&rdquo; &#x2014; &eacute;&nbsp;x')).toBe('Erdoğan & Sisi “agree” — é\u00a0x');
  });
  it('maps numeric references in 0x80–0x9F as browsers do, and bad ones to U+FFFD', () => {
    expect(decodeEntities('&#150; &#0; &#xD800;')).toBe('– \ufffd \ufffd');
  });
  it('leaves unknown names and bare ampersands alone', () => {
    expect(decodeEntities('AT&T &notaname; R&D')).toBe('AT&T &notaname; R&D');
  });
});
