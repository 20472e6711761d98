// Builds data/lexicon/cameo-verbs.json from PETRARCH-2's CAMEO verb dictionary and data/sources/cameo-map.json,
// which says which CAMEO codes are which edge type, which codes are negative knowledge (intentions, appeals,
// refusals: words that report that an event did NOT happen), and overrides single verbs, blocks and
// patterns, each with its reason. Verbs get their regular inflections generated unless the dictionary lists
// irregular ones; event nouns are the heads of the positive patterns' objects ("hold talks", "receive a
// call from", "express condemnation").
import { join } from 'node:path';
import type { CameoVerbsFile, EdgeType } from '../../document/types.gen.js';
import { EVENT_TYPES } from '../../eval/score.js';
import { parseCameoDictionary, type CameoBlock, type CameoDictionary, type CameoElement, type CameoPattern, type CameoVerb } from './cameo-dictionary.js';
import { plural, verbForms } from '../inflect.js';
import { byKey } from './json-file.js';
import { loadSource, type SourceReader } from './sources.js';
import { readText } from './text-file.js';

type Json = Record<string, unknown>;

export interface CodeRule {
  /** A code or the start of codes ("112" covers 1121-1125). */
  readonly prefix: string;
  /** The edge type, or null when the code is negative knowledge. */
  readonly type: EdgeType | null;
  /** Whether a verb of this code reports the event by itself, without a pattern around it. */
  readonly alone: boolean;
  /** Whether the verb alone needs its party as object ("visited X", "hosted X"): a group before it is not a pair. */
  readonly transitive: boolean;
  /** Whether a pattern of this code reports the event only when its words name it by an event noun. */
  readonly needsNoun: boolean;
}

/** An override of the code-derived reading of verbs, blocks or pattern lines. */
export interface Override {
  readonly verbs: readonly string[];
  readonly blocks: readonly string[];
  readonly lines: readonly number[];
  /** A replacement code (for the verb alone, or the pattern). */
  readonly code?: string;
  /** A replacement type; null makes the words negative knowledge; undefined keeps the code's. */
  readonly type?: EdgeType | null;
  readonly alone?: boolean;
  readonly transitive?: boolean;
  /** The words are neither an event nor negative knowledge: left out. */
  readonly drop: boolean;
  /** Forms of the verbs left out, being mostly another word. */
  readonly dropForms: readonly string[];
  /** Forms read only as an infinitive, after "to", being mostly another word elsewhere ("back" the adverb). */
  readonly infinitiveForms: readonly string[];
  readonly at: string;
  used: boolean;
}

export interface CameoMap {
  readonly codes: readonly CodeRule[];
  readonly plover: Readonly<Record<string, string>>;
  /** Prepositions that open an actor in a pattern "(WITH +)", "(FROM)"; others ("(IN +)") name places. */
  readonly partyPrepositions: ReadonlySet<string>;
  /** Of those, the ones whose actor acts on the subject ("received a call from X"). */
  readonly reversePrepositions: ReadonlySet<string>;
  /** Prepositions that open each type's party when they follow its words ("held talks with X"). */
  readonly openers: Readonly<Record<string, readonly string[]>>;
  readonly overrides: readonly Override[];
  /** Verbs whose object names the event itself ("hold talks", "express condemnation"): their patterns give the event nouns. */
  readonly nounVerbs: ReadonlySet<string>;
  /** Object heads of those patterns that are not events by themselves ("leader" in "received the leader"). */
  readonly notNouns: ReadonlySet<string>;
}


function edgeType(reader: SourceReader, value: unknown, at: string): EdgeType | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !EVENT_TYPES.has(value as EdgeType)) reader.fail(at, `must be null or one of ${[...EVENT_TYPES].join(', ')}`);
  return value as EdgeType;
}

function optBoolean(reader: SourceReader, o: Json, key: string, at: string): boolean | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') reader.fail(`${at}/${key}`, 'must be true or false');
  return v;
}

export function loadCameoMap(sourcesDir: string): CameoMap {
  const { data, reader } = loadSource(sourcesDir, 'cameo-map.json');
  const root = reader.object(data, '');
  const codes = reader.entries(data, 'codes').map(({ row, at }): CodeRule => {
    reader.string(row, 'reason', at);
    const type = edgeType(reader, row['type'], `${at}/type`);
    return {
      prefix: reader.string(row, 'code', at), type,
      alone: optBoolean(reader, row, 'alone', at) ?? true, transitive: optBoolean(reader, row, 'transitive', at) ?? false,
      needsNoun: optBoolean(reader, row, 'needsNoun', at) ?? false,
    };
  });
  const plover = reader.object(root['plover'], '/plover');
  for (const [k, v] of Object.entries(plover)) if (!EVENT_TYPES.has(k as EdgeType) || typeof v !== 'string') reader.fail(`/plover/${k}`, 'must map an event type to a PLOVER name');
  const overrides = reader.entries(data, 'overrides').map(({ row, at }): Override => {
    reader.string(row, 'reason', at);
    const lines = row['lines'] === undefined ? [] : reader.array(row['lines'], `${at}/lines`).map((n, i) => {
      if (!Number.isInteger(n)) reader.fail(`${at}/lines/${i}`, 'must be a line number');
      return n as number;
    });
    const o: Override = {
      verbs: reader.strings(row, 'verbs', at), blocks: reader.strings(row, 'blocks', at), lines, at, used: false,
      dropForms: reader.strings(row, 'dropForms', at),
      infinitiveForms: reader.strings(row, 'infinitiveForms', at),
      drop: optBoolean(reader, row, 'drop', at) ?? false,
      ...(row['code'] !== undefined ? { code: reader.string(row, 'code', at) } : {}),
      ...('type' in row ? { type: edgeType(reader, row['type'], `${at}/type`) } : {}),
      ...(row['alone'] !== undefined ? { alone: optBoolean(reader, row, 'alone', at)! } : {}),
      ...(row['transitive'] !== undefined ? { transitive: optBoolean(reader, row, 'transitive', at)! } : {}),
    };
    if (o.verbs.length + o.blocks.length + o.lines.length === 0) reader.fail(at, 'must name verbs, blocks or lines');
    return o;
  });
  const notNouns = reader.entries(data, 'notNouns').flatMap(({ row, at }) => {
    reader.string(row, 'reason', at);
    return reader.strings(row, 'nouns', at);
  });
  const openers = reader.object(root['openers'], '/openers');
  for (const k of Object.keys(openers)) {
    if (!EVENT_TYPES.has(k as EdgeType)) reader.fail(`/openers/${k}`, 'must be an event type');
    reader.strings(openers, k, '/openers');
  }
  reader.string(root, 'openersReason', '');
  return {
    openers: openers as Record<string, string[]>, codes, plover: plover as Record<string, string>, overrides, notNouns: new Set(notNouns), nounVerbs: new Set(reader.strings(root, 'nounVerbs', '')),
    partyPrepositions: new Set(reader.strings(root, 'partyPrepositions', '')),
    reversePrepositions: new Set(reader.strings(root, 'reversePrepositions', '')),
  };
}

/** The code a pattern or verb is read as: the source's event of "A:B", else the target's, reversed. */
function readCode(code: string): { code: string; reverse: boolean } {
  // A stray mark after a code ("[080!]") is a typo upstream.
  const [a = '', b = ''] = code.replace(/[^0-9:-]/g, '').split(':');
  return a !== '' ? { code: a, reverse: false } : { code: b, reverse: b !== '' };
}

function ruleFor(map: CameoMap, code: string): CodeRule | undefined {
  let best: CodeRule | undefined;
  for (const r of map.codes) if (code.startsWith(r.prefix) && (!best || r.prefix.length > best.prefix.length)) best = r;
  return best;
}

type Entry = CameoVerbsFile['blocks'][number];
type VerbEntry = Entry['verbs'][number];
type PatternEntry = Entry['patterns'][number];
type ElementEntry = PatternEntry['after'][number];

/** Whether `o` applies to the verb, block or line. */
function applies(o: Override, block: CameoBlock, line: number, verb?: CameoVerb): boolean {
  if (o.lines.length > 0 && !o.lines.includes(line)) return false;
  if (o.blocks.length > 0 && !o.blocks.includes(block.name)) return false;
  if (o.verbs.length > 0 && !(verb && o.verbs.includes(verb.words.join(' ')))) return false;
  return true;
}

interface Reading {
  readonly cameo: string;
  readonly type: EdgeType | null | undefined;
  readonly alone: boolean;
  readonly transitive: boolean;
  readonly reverse: boolean;
  readonly drop: boolean;
  readonly needsNoun: boolean;
  readonly dropForms: readonly string[];
  readonly infinitiveForms: readonly string[];
}

/** How the map reads a code, after the overrides that apply (later ones win). */
function reading(map: CameoMap, written: string, overrides: readonly Override[]): Reading {
  let { code, reverse } = readCode(written);
  for (const o of overrides) if (o.code !== undefined) ({ code, reverse } = readCode(o.code));
  const rule = ruleFor(map, code);
  let type = rule?.type;
  let alone = rule?.alone ?? false;
  let transitive = rule?.transitive ?? false;
  let drop = false;
  for (const o of overrides) {
    o.used = true;
    if (o.type !== undefined) type = o.type;
    if (o.alone !== undefined) alone = o.alone;
    if (o.transitive !== undefined) transitive = o.transitive;
    if (o.drop) drop = true;
  }
  return {
    cameo: code === '' ? '---' : code, type, alone, transitive, reverse, drop, needsNoun: rule?.needsNoun ?? false,
    dropForms: overrides.flatMap((o) => o.dropForms),
    infinitiveForms: overrides.flatMap((o) => o.infinitiveForms),
  };
}

function formsOf(verb: CameoVerb): string[] {
  const [head, ...particles] = verb.words;
  const tail = particles.length > 0 ? ` ${particles.join(' ')}` : '';
  const listed = verb.forms?.map((f) => f.join(' '));
  // Listed forms replace the generated ones, as in PETRARCH: "MEET {MEETS MET MEETING}" has no "meeted".
  const forms = listed ? [verb.words.join(' '), ...listed] : verbForms(head!).map((f) => f + tail);
  return [...new Set(forms)];
}

function elementEntry(e: CameoElement): ElementEntry {
  switch (e.kind) {
    case 'phrase': return { words: [...e.words] };
    case 'prep': return { prep: e.prep, ...(e.words.length > 0 ? { words: [...e.words] } : {}), ...(e.party ? { party: e.party } : {}), ...(e.skip ? { skip: true } : {}) };
    case 'party': return { party: e.party };
    case 'skip': return { skip: true };
  }
}

/**
 * The pattern's object when it is one word right after the verb ("* CALL (FROM)", "* TALKS"); a noun with
 * modifiers takes its meaning from them ("phone consultations"), so it does not make its head an event noun.
 */
function objectHead(p: CameoPattern): string | undefined {
  const first = p.after[0];
  return first?.kind === 'phrase' && first.words.length === 1 && p.after[1]?.kind !== 'phrase' ? first.words[0] : undefined;
}

export interface CameoBuild {
  readonly file: CameoVerbsFile;
  readonly notes: readonly string[];
}

export function buildCameoVerbs(dictionary: CameoDictionary, map: CameoMap, source: CameoVerbsFile['source']): CameoBuild {
  const notes = dictionary.skipped.map((s) => `cameo: pattern skipped at ${s}`);
  // Synonym sets list singulars and the plurals made from them; a plural counts as its singular's noun.
  const nounSingulars = new Map<string, string>();
  const synsetPhrases = (name: string): string[] => {
    const s = dictionary.synsets.get(name);
    if (!s) return [];
    return s.phrases.flatMap((p, i) => {
      const pl = s.plurals[i] ? plural(p) : undefined;
      if (pl) nounSingulars.set(pl, p);
      return pl ? [p, pl] : [p];
    });
  };
  const blocks: Entry[] = [];
  const readBlocks = dictionary.blocks.map((block) => {
    const verbs = block.verbs.map((verb) => ({
      verb, read: reading(map, verb.code ?? block.code, map.overrides.filter((o) => o.lines.length === 0 && applies(o, block, verb.line, verb))),
    }));
    const patterns = block.patterns.map((p) => ({ p, read: reading(map, p.code, map.overrides.filter((o) => o.verbs.length === 0 && applies(o, block, p.line))) }));
    return { block, verbs, patterns };
  });
  // Event nouns first: the objects of verbs that name the event by its noun, which make other blocks' patterns
  // relevant. A noun read with several types takes the one most of its patterns give ("consultations").
  const readings = new Map<string, { type: EdgeType; cameo: string; line: number }[]>();
  for (const { block, patterns } of readBlocks) {
    if (!block.verbs.some((v) => map.nounVerbs.has(v.words.join(' ')))) continue;
    for (const { p, read } of patterns) {
      const head = objectHead(p);
      if (read.drop || !read.type || !head) continue;
      for (const w of head.startsWith('&') ? synsetPhrases(head) : [head]) {
        const singular = nounSingulars.get(w) ?? w;
        if (map.notNouns.has(singular) || map.notNouns.has(head) || w.includes(' ')) continue;
        readings.set(singular, [...(readings.get(singular) ?? []), { type: read.type, cameo: read.cameo, line: p.line }]);
      }
    }
  }
  // A plural read apart joins its singular ("accusations", "accusation").
  for (const [w, rs] of [...readings]) {
    const singular = [...readings.keys()].find((k) => plural(k) === w);
    if (singular) { readings.get(singular)!.push(...rs); readings.delete(w); }
  }
  const nouns = new Map([...readings].map(([w, rs]) => {
    const count = (t: EdgeType): number => rs.filter((r) => r.type === t).length;
    const best = rs.reduce((a, r) => (count(r.type) > count(a.type) ? r : a));
    if (rs.some((r) => r.type !== best.type)) notes.push(`cameo: noun "${w}" read as ${[...new Set(rs.map((r) => r.type))].join(' and ')}; kept ${best.type}`);
    return [w, { type: best.type, cameo: best.cameo, lines: rs.filter((r) => r.type === best.type).map((r) => r.line) }];
  }));
  const nounForms = new Set([...nouns.keys()].flatMap((n) => [n, plural(n) ?? n]));
  const usedSynsets = new Set<string>();
  for (const { block, verbs, patterns } of readBlocks) {
    const positiveVerb = verbs.some(({ read }) => !read.drop && read.type && read.alone);
    const nounVerb = verbs.some(({ verb }) => formsOf(verb).some((f) => nounForms.has(f)));
    // The same words coded twice in a block: the later line wins, as it overwrites the earlier one in PETRARCH.
    const last = new Map(patterns.map(({ p }, n) => [JSON.stringify([p.before, p.after]), n]));
    const keptPatterns = patterns.filter(({ p, read }, n) => {
      if (read.drop || last.get(JSON.stringify([p.before, p.after])) !== n) return false;
      const words = [...p.before, ...p.after].flatMap((e) => (e.kind === 'prep' ? [e.prep, ...e.words] : e.kind === 'phrase' ? e.words : []));
      // A pattern of actor slots only ("* +") says no more than its verb alone, which the verb's own reading decides.
      if (words.length === 0) return false;
      const named = words.some((w) => nounForms.has(w));
      if (read.type) return !read.needsNoun || named;
      if (read.type === undefined) return false;
      // Negative knowledge is kept where it overrules something positive: a verb that reports an event alone
      // ("will host"), a verb spelt like an event noun ("calls for"), or an event noun among its words ("planned talks").
      return positiveVerb || nounVerb || named;
    });
    const keptVerbs = verbs.filter(({ read }) => !read.drop);
    const negativeVerb = keptVerbs.some(({ read }) => read.type === null && read.alone);
    if (keptPatterns.length === 0 && !positiveVerb && !negativeVerb) continue;
    const verbEntries = keptVerbs.map(({ verb, read }): VerbEntry => ({
      lemma: verb.words.join(' '), forms: formsOf(verb).filter((f) => !read.dropForms.includes(f)), line: verb.line, cameo: read.cameo,
      ...(read.infinitiveForms.length > 0 ? { infinitiveForms: formsOf(verb).filter((f) => read.infinitiveForms.includes(f)) } : {}),
      ...(read.alone && read.type ? { type: read.type } : {}),
      ...(read.alone && read.type === null ? { negative: true } : {}),
      ...(read.alone && read.type && read.transitive ? { transitive: true } : {}),
      ...(read.reverse && read.alone && read.type ? { reverse: true } : {}),
    }));
    const patternEntries = keptPatterns.map(({ p, read }): PatternEntry => {
      for (const e of [...p.before, ...p.after]) if ('words' in e) for (const w of e.words) if (w.startsWith('&')) usedSynsets.add(w);
      return {
        line: p.line, cameo: read.cameo, ...(read.type ? { type: read.type } : { negative: true }),
        ...(read.reverse ? { reverse: true } : {}), ...(read.type && read.transitive ? { transitive: true } : {}),
        before: p.before.map(elementEntry), after: p.after.map(elementEntry),
      };
    });
    blocks.push({ name: block.name, line: block.line, verbs: verbEntries, patterns: patternEntries });
  }
  for (const o of map.overrides) if (!o.used) notes.push(`cameo: override ${o.at} matches nothing`);
  const synsets = Object.fromEntries([...usedSynsets].sort().map((name) => {
    if (!dictionary.synsets.has(name)) notes.push(`cameo: synonym set ${name} is not defined`);
    return [name, synsetPhrases(name)];
  }));
  const nounEntries = [...nouns].sort(byKey(([w]) => w)).map(([lemma, n]) => {
    const pl = plural(lemma);
    return { lemma, forms: pl ? [lemma, pl] : [lemma], type: n.type, cameo: n.cameo, lines: [...new Set(n.lines)].sort((a, b) => a - b) };
  });
  return {
    file: {
      description: DESCRIPTION, source, plover: map.plover as CameoVerbsFile['plover'],
      partyPrepositions: [...map.partyPrepositions], reversePrepositions: [...map.reversePrepositions],
      openers: Object.fromEntries(Object.entries(map.openers).map(([k, v]) => [k, [...v]])),
      synsets, blocks, nouns: nounEntries,
    },
    notes,
  };
}

const DESCRIPTION = 'Event verbs, patterns and nouns derived from PETRARCH-2\'s CAMEO verb dictionary by `npm run data` '
  + '(src/knowledge/import/cameo.ts) with the codes mapped to edge types by data/sources/cameo-map.json; edit that file, not this one. '
  + 'A block\'s `verbs` carry every form (regular ones generated, irregular ones as the dictionary lists them); a verb with a `type` '
  + 'reports that event by itself, one marked `negative` reports that an event did not happen (an intention, an appeal, a refusal). '
  + 'Each of a block\'s `patterns` applies to all its verbs: `before` and `after` are the words around the verb, each element a noun '
  + 'phrase (`words`, the last its head, "&set" a synonym set of `synsets`), a prepositional phrase (`prep`, with `words` or a `party` '
  + 'slot: the actor the preposition opens) or an actor slot; `reverse` marks patterns whose actor acts on the subject ("received a call '
  + 'from X"); a `negative` pattern overrules the event its words would otherwise report. `nouns` are the heads of positive patterns\' objects.';

export const CAMEO_SOURCE: CameoVerbsFile['source'] = {
  title: 'PETRARCH-2 CAMEO verb dictionary CAMEO.2.0.txt, openeventdata/petrarch2 at 676801c (2019-03-18)',
  licence: 'MIT, Copyright (c) 2015 Open Event Data Alliance',
  url: 'https://github.com/openeventdata/petrarch2',
};

/** Reads the dictionary under `shared` (../shared/data) and builds the file. */
export function buildCameoFromFiles(shared: string, sourcesDir: string): CameoBuild {
  const file = join(shared, 'cameo-verbs', 'CAMEO.2.0.txt');
  return buildCameoVerbs(parseCameoDictionary(readText(file), file), loadCameoMap(sourcesDir), CAMEO_SOURCE);
}

export const cameoFile = (lexiconDir: string): string => join(lexiconDir, 'cameo-verbs.json');
