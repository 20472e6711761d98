// The CAMEO dictionary reader and the lexicon built from it: a small dictionary written here in PETRARCH's format,
// and the committed data/lexicon/cameo-verbs.json against what `npm run data` builds from ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CameoVerbsFile } from '../../../src/document/types.gen.js';
import { schemaProblems } from '../../../src/document/validate.js';
import { InputError } from '../../../src/errors.js';
import { parseCameoDictionary } from '../../../src/knowledge/import/cameo-dictionary.js';
import { buildCameoFromFiles, buildCameoVerbs, CAMEO_SOURCE, cameoFile, type CameoMap, type Override } from '../../../src/knowledge/import/cameo.js';
import { formatJson } from '../../../src/knowledge/import/json-file.js';
import { dataDir } from '../../../src/paths.js';
import { haveShared, paths } from './shared.js';

const DICTIONARY = `# a comment
&TREATY
+TREATY
+PACT
+WRITTEN_AGREEMENT

&AUXVERB_
+WILL

####### VERB PATTERNS #######

---  GATHER   [040]  ---
CONVENE
MEET {MEETS MET MEETING}  [040]
+SIT_DOWN_WITH {+SAT_DOWN_WITH +SITS_DOWN_WITH}
- * (FOR TALKS)                     [046:046]     # CONVENE
- * (WITH +)                        [046]
- * DEADLINE                        [061]
- &AUXVERB *                        [036]
- * {SECRET MEETING}                [---]

---  PACT   [---]  ---
INK
- * &TREATY (WITH $)                [057:057]  # INK
- * (BY)                            [:057]

---  PRAISE   [051]  ---
LAUD
- * (FOR ^)                         [051]
`;

const override = (o: Partial<Override>): Override => ({ verbs: [], blocks: [], lines: [], drop: false, dropForms: [], infinitiveForms: [], at: '/overrides/0', used: false, ...o });

const map = (overrides: Override[] = []): CameoMap => ({
  codes: [
    { prefix: '---', type: null, alone: false, transitive: false, needsNoun: false },
    { prefix: '03', type: null, alone: true, transitive: false, needsNoun: false },
    { prefix: '040', type: 'meeting', alone: true, transitive: false, needsNoun: false },
    { prefix: '046', type: 'meeting', alone: true, transitive: false, needsNoun: false },
    { prefix: '051', type: 'support', alone: true, transitive: false, needsNoun: false },
    { prefix: '057', type: 'signed', alone: true, transitive: false, needsNoun: false },
  ],
  plover: { meeting: 'CONSULT', support: 'SUPPORT', signed: 'AGREE' },
  partyPrepositions: new Set(['with', 'by', 'for']), reversePrepositions: new Set(['by']), openers: { meeting: ['with'] },
  overrides, nounVerbs: new Set(['ink']), notNouns: new Set(),
});

const build = (overrides: Override[] = []): CameoVerbsFile =>
  buildCameoVerbs(parseCameoDictionary(DICTIONARY, 'test.txt'), map(overrides), CAMEO_SOURCE).file;

describe('parseCameoDictionary', () => {
  const d = parseCameoDictionary(DICTIONARY, 'test.txt');

  it('reads synonym sets, blocks, verbs with their irregular forms and codes, and patterns with their line', () => {
    expect(d.synsets.get('&treaty')).toMatchObject({ phrases: ['treaty', 'pact', 'written agreement'], plurals: [true, true, true] });
    expect(d.synsets.get('&auxverb')?.plurals).toEqual([false]);
    const gather = d.blocks[0]!;
    expect(gather).toMatchObject({ name: 'GATHER', code: '040', line: 12 });
    expect(gather.verbs.map((v) => v.words.join(' '))).toEqual(['convene', 'meet', 'sit down with']);
    expect(gather.verbs[1]).toMatchObject({ forms: [['meets'], ['met'], ['meeting']], code: '040' });
    expect(gather.verbs[2]!.forms).toEqual([['sat', 'down', 'with'], ['sits', 'down', 'with']]);
    expect(gather.patterns[0]).toEqual({ before: [], after: [{ kind: 'prep', prep: 'for', words: ['talks'] }], code: '046:046', line: 16 });
    expect(gather.patterns[1]!.after).toEqual([{ kind: 'prep', prep: 'with', words: [], party: 'target' }]);
    expect(gather.patterns[3]!.before).toEqual([{ kind: 'phrase', words: ['&auxverb'] }]);
    expect(gather.patterns[4]!.after).toEqual([{ kind: 'phrase', words: ['secret', 'meeting'] }]);
    expect(d.blocks[1]!.patterns[0]!.after).toEqual([{ kind: 'phrase', words: ['&treaty'] }, { kind: 'prep', prep: 'with', words: [], party: 'source' }]);
    expect(d.blocks[2]!.patterns[0]!.after).toEqual([{ kind: 'prep', prep: 'for', words: [], skip: true }]);
  });

  it('skips a garbled pattern with a note, and rejects a verb line it cannot read with its line', () => {
    expect(parseCameoDictionary('---  X   [040]  ---\nMEET\n- * (WITH TALKS)) [040]\n', 'x.txt').skipped).toEqual(['line 3: unexpected ")"']);
    expect(() => parseCameoDictionary('---  X   [040]  ---\nMEET AND GREET\n', 'x.txt')).toThrow(InputError);
    try {
      parseCameoDictionary('---  X   [040]  ---\nMEET AND GREET\n', 'x.txt');
    } catch (error) {
      expect((error as InputError).line).toBe(2);
    }
  });
});

describe('buildCameoVerbs', () => {
  it('generates regular forms, keeps listed irregular ones and maps codes to edge types', () => {
    const gather = build().blocks.find((b) => b.name === 'GATHER')!;
    expect(gather.verbs.find((v) => v.lemma === 'convene')).toMatchObject({ forms: ['convene', 'convenes', 'convened', 'convening'], type: 'meeting', cameo: '040' });
    expect(gather.verbs.find((v) => v.lemma === 'meet')!.forms).toEqual(['meet', 'meets', 'met', 'meeting']);
    expect(gather.patterns.map((p) => [p.line, p.type ?? 'negative'])).toEqual([[16, 'meeting'], [17, 'meeting'], [19, 'negative'], [20, 'negative']]);
  });

  it('reads the target\'s code of a pair as reversed, and takes event nouns from the objects of the naming verbs', () => {
    const file = build();
    const pact = file.blocks.find((b) => b.name === 'PACT')!;
    expect(pact.patterns.map((p) => [p.type, p.reverse ?? false])).toEqual([['signed', false], ['signed', true]]);
    // The object of a naming verb gives nouns, each phrase of a synonym set with its plural; a phrase of two words is no noun.
    expect(file.nouns.map((n) => [n.lemma, n.forms, n.type])).toEqual([['pact', ['pact', 'pacts'], 'signed'], ['treaty', ['treaty', 'treaties'], 'signed']]);
    expect(file.synsets['&treaty']).toEqual(['treaty', 'treaties', 'pact', 'pacts', 'written agreement', 'written agreements']);
    const notTreaty = buildCameoVerbs(parseCameoDictionary(DICTIONARY, 'test.txt'), { ...map(), notNouns: new Set(['treaty']) }, CAMEO_SOURCE).file;
    expect(notTreaty.nouns.map((n) => n.lemma)).toEqual(['pact']);
  });

  it('applies overrides: a verb\'s code, a dropped verb, a pattern line made negative, forms dropped or read as infinitives only', () => {
    const o = [
      override({ verbs: ['ink'], blocks: ['PACT'], code: '057', dropForms: ['inking'], infinitiveForms: ['ink'] }),
      override({ verbs: ['convene'], drop: true }),
      override({ lines: [16], type: null }),
    ];
    const file = build(o);
    expect(file.blocks.find((b) => b.name === 'PACT')!.verbs[0]).toEqual({ lemma: 'ink', forms: ['ink', 'inks', 'inked'], infinitiveForms: ['ink'], type: 'signed', cameo: '057', line: expect.any(Number) });
    const gather = file.blocks.find((b) => b.name === 'GATHER')!;
    expect(gather.verbs.map((v) => v.lemma)).not.toContain('convene');
    expect(gather.patterns.find((p) => p.line === 16)).toMatchObject({ negative: true });
    expect(o.every((x) => x.used)).toBe(true);
  });
});

describe('data/lexicon/cameo-verbs.json', () => {
  const committed = readFileSync(cameoFile(join(dataDir, 'lexicon')), 'utf8');
  const file = JSON.parse(committed) as CameoVerbsFile;

  it('validates against the schema and names its source and licence', () => {
    expect(schemaProblems('cameoVerbs', file)).toEqual([]);
    expect(file.source.licence).toMatch(/^MIT/);
  });

  it('holds the verbs and nouns of the events diplomatic news reports', () => {
    const alone = new Map(file.blocks.flatMap((b) => b.verbs.filter((v) => v.type).map((v) => [v.lemma, v.type])));
    expect(alone.get('meet')).toBe('meeting');
    expect(alone.get('congratulate')).toBe('congratulation');
    expect(alone.get('denounce')).toBe('condemnation');
    expect(alone.get('telephone')).toBe('phone_call');
    const nouns = new Map(file.nouns.map((n) => [n.lemma, n.type]));
    expect(nouns.get('talks')).toBe('meeting');
    expect(nouns.get('call')).toBe('phone_call');
    expect(nouns.get('congratulations')).toBe('congratulation');
    expect(nouns.get('condemnation')).toBe('condemnation');
    const negative = file.blocks.flatMap((b) => b.verbs.filter((v) => v.negative).map((v) => v.lemma));
    expect(negative).toEqual(expect.arrayContaining(['intend', 'plan', 'promise', 'postpone']));
  });

  it.skipIf(!haveShared)('is what `npm run data` builds from the current inputs', () => {
    const built = buildCameoFromFiles(paths.shared, paths.sources);
    expect(formatJson(built.file) === committed, 'cameo-verbs.json is stale; run npm run data').toBe(true);
  });
});
