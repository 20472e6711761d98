// Reads gold annotations (the format of the corpus' GOLD_FORMAT.md). Gold files are hand-written, so
// each problem is reported with the file and JSON pointer rather than trusted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EdgeType, IsoDate, NodeType } from '../document/types.gen.js';
import { InputError } from '../errors.js';

export interface GoldEntity {
  readonly key: string;
  readonly type: NodeType;
  readonly names: readonly string[];
}

export interface GoldEdge {
  readonly type: EdgeType;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly date?: IsoDate;
}

export interface GoldArticle {
  readonly id: string;
  readonly file: string;
  readonly published: IsoDate | null;
  readonly cluster?: string;
  readonly entities: readonly GoldEntity[];
  readonly edges: readonly GoldEdge[];
}

const NODE_TYPES = new Set(['leader', 'state', 'bloc', 'agreement']);
const EDGE_TYPES = new Set(['phone_call', 'congratulation', 'shared_stance', 'meeting', 'signed', 'party_to', 'member_of', 'leader_of', 'condemnation', 'support']);

function keys(value: unknown, file: string, pointer: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((k) => typeof k === 'string')) throw new InputError(file, 'must be a key or a list of keys', { pointer });
  return list as string[];
}

function parseArticle(raw: unknown, file: string, pointer: string): GoldArticle {
  const a = raw as Record<string, unknown>;
  if (typeof a !== 'object' || a === null || typeof a['id'] !== 'string' || typeof a['file'] !== 'string') {
    throw new InputError(file, 'an article needs string "id" and "file"', { pointer });
  }
  const entities = (Array.isArray(a['entities']) ? a['entities'] : []).map((e: Record<string, unknown>, i: number) => {
    const p = `${pointer}/entities/${i}`;
    if (typeof e['key'] !== 'string' || !NODE_TYPES.has(e['type'] as string) || !Array.isArray(e['names'])) {
      throw new InputError(file, 'an entity needs "key", a node "type" and "names"', { pointer: p });
    }
    return { key: e['key'], type: e['type'] as NodeType, names: e['names'] as string[] };
  });
  const edges = (Array.isArray(a['edges']) ? a['edges'] : []).map((e: Record<string, unknown>, i: number) => {
    const p = `${pointer}/edges/${i}`;
    if (!EDGE_TYPES.has(e['type'] as string)) throw new InputError(file, `unknown edge type ${JSON.stringify(e['type'])}`, { pointer: `${p}/type` });
    return {
      type: e['type'] as EdgeType,
      source: keys(e['source'], file, `${p}/source`),
      target: keys(e['target'], file, `${p}/target`),
      ...(typeof e['date'] === 'string' ? { date: e['date'] } : {}),
    };
  });
  return {
    id: a['id'],
    file: a['file'],
    published: typeof a['published'] === 'string' ? a['published'] : null,
    ...(typeof a['cluster'] === 'string' ? { cluster: a['cluster'] } : {}),
    entities,
    edges,
  };
}

/** Every article of every gold*.json in a corpus folder, in file then article order. */
export function loadGold(corpusDir: string): GoldArticle[] {
  let names: string[];
  try {
    names = readdirSync(corpusDir);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new InputError(corpusDir, code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder: a corpus is a folder holding articles/ and gold*.json' : `cannot read: ${(cause as Error).message}`, { cause });
  }
  const files = names.filter((f) => /^gold.*\.json$/.test(f)).sort();
  if (files.length === 0) throw new InputError(corpusDir, 'no gold*.json file in this folder');
  const articles: GoldArticle[] = [];
  for (const name of files) {
    const file = join(corpusDir, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (cause) {
      throw new InputError(file, `cannot read gold file: ${(cause as Error).message}`, { cause });
    }
    const list = (data as { articles?: unknown }).articles;
    if (!Array.isArray(list)) throw new InputError(file, 'must have an "articles" array', { pointer: '/articles' });
    list.forEach((a, i) => articles.push(parseArticle(a, file, `/articles/${i}`)));
  }
  return articles;
}
