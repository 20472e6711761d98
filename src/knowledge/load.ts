// Reads and validates data/ once per process. A broken data file stops the run with the file and the
// JSON pointer of each problem: nothing can be extracted without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertValid, type DocumentKind } from '../document/validate.js';
import { InputError } from '../errors.js';
import { dataDir } from '../paths.js';
import { Gazetteer } from './gazetteer.js';
import { Lexicon } from './lexicon.js';

export interface Knowledge {
  readonly gazetteer: Gazetteer;
  readonly lexicon: Lexicon;
}

/** A data file under `root` (data/ by default), parsed and validated as `kind`; a problem names the file. */
export function readData<K extends DocumentKind>(kind: K, relative: string, root: string = dataDir) {
  const file = join(root, relative);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new InputError(file, `cannot read data file: ${(cause as Error).message}`, { cause });
  }
  return assertValid(kind, parsed, file);
}

export function loadKnowledgeFrom(root: string): Knowledge {
  const gazetteer = new Gazetteer({
    states: readData('states', 'gazetteer/states.json', root).entries,
    leaders: readData('leaders', 'gazetteer/leaders.json', root).entries,
    blocs: readData('blocs', 'gazetteer/blocs.json', root).entries,
    agreements: readData('agreements', 'gazetteer/agreements.json', root).entries,
  });
  const lexicon = new Lexicon({
    titles: readData('titles', 'lexicon/titles.json', root),
    mentions: readData('mentions', 'lexicon/mentions.json', root),
    agreements: readData('agreementWords', 'lexicon/agreements.json', root),
    cameoVerbs: readData('cameoVerbs', 'lexicon/cameo-verbs.json', root),
    curatedTriggers: readData('curatedTriggers', 'lexicon/triggers-curated.json', root),
    modality: readData('modality', 'lexicon/modality.json', root),
    membership: readData('membership', 'lexicon/membership.json', root),
    grammar: readData('grammar', 'lexicon/grammar.json', root),
    syntax: readData('syntax', 'lexicon/syntax.json', root),
    eventTypes: readData('eventTypes', 'lexicon/event-types.json', root),
  });
  return { gazetteer, lexicon };
}

let cached: Knowledge | undefined;

/** The bundled knowledge in data/, loaded on first use. */
export function loadKnowledge(): Knowledge {
  cached ??= loadKnowledgeFrom(dataDir);
  return cached;
}
