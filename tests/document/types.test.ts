import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocumentTypes } from '../../scripts/render-types.js';

describe('generated document types', () => {
  it('are up to date with schema/ (run `npm run schema:types` when this fails)', async () => {
    const committed = readFileSync(new URL('../../src/document/types.gen.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await renderDocumentTypes());
  });
});
