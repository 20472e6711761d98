// The lexicon: data/lexicon/*.json as folded word sets and token tries, built once per run.
import type { AgreementWordsFile, MentionsFile, Office, TitlesFile } from '../document/types.gen.js';
import { fold } from '../extract/text/fold.js';
import { tokenize } from '../extract/text/tokens.js';
import { TokenTrie } from './trie.js';

export interface TitleEntry {
  readonly title: string;
  readonly office: Office;
  readonly leader: boolean;
}

export interface LexiconData {
  readonly titles: TitlesFile;
  readonly mentions: MentionsFile;
  readonly agreements: AgreementWordsFile;
}

const words = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(fold));

export function phraseTrie<P>(entries: Iterable<[string, P]>): TokenTrie<P> {
  const trie = new TokenTrie<P>();
  for (const [phrase, payload] of entries) trie.add(tokenize(phrase).map((t) => t.norm), payload);
  return trie;
}

export class Lexicon {
  readonly titles: TokenTrie<TitleEntry>;
  readonly titleByName: ReadonlyMap<string, TitleEntry>;
  readonly ministerHeads: ReadonlySet<string>;
  readonly counterpart: ReadonlySet<string>;
  readonly honorifics: TokenTrie<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly topicNouns: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
  readonly temporalWords: ReadonlySet<string>;
  readonly agreementHeads: TokenTrie<'head' | 'weak' | 'project' | 'projectNoun'>;
  readonly agreementWords: {
    readonly distinguishing: ReadonlySet<string>;
    readonly complementPrepositions: ReadonlySet<string>;
    readonly pairPrepositions: ReadonlySet<string>;
    readonly stripModifiers: ReadonlySet<string>;
    readonly signingVerbs: ReadonlySet<string>;
  };

  constructor(data: LexiconData) {
    const t = data.titles;
    const titleEntries: [string, TitleEntry][] = [];
    const byName = new Map<string, TitleEntry>();
    for (const entry of t.titles) {
      const value: TitleEntry = { title: entry.title, office: entry.office, leader: entry.leader ?? false };
      byName.set(entry.title, value);
      for (const form of entry.forms) titleEntries.push([form, value]);
    }
    this.titles = phraseTrie(titleEntries);
    this.titleByName = byName;
    this.ministerHeads = words(t.ministerHeads);
    this.counterpart = words(t.counterpart);
    this.honorifics = phraseTrie(t.honorifics.map((h) => [h, h]));
    this.nameParticles = words(t.nameParticles);
    const m = data.mentions;
    this.topicNouns = words(m.topicNouns);
    this.locatives = words(m.locatives);
    this.placeNouns = words(m.placeNouns);
    this.abbreviations = words(m.abbreviations);
    this.temporalWords = words(m.temporalWords);
    const a = data.agreements;
    this.agreementHeads = phraseTrie<'head' | 'weak' | 'project' | 'projectNoun'>([
      ...a.heads.map((w): [string, 'head'] => [w, 'head']),
      ...a.weakHeads.map((w): [string, 'weak'] => [w, 'weak']),
      ...a.projects.map((w): [string, 'project'] => [w, 'project']),
      ...a.projectNouns.map((w): [string, 'projectNoun'] => [w, 'projectNoun']),
    ]);
    this.agreementWords = {
      distinguishing: words(a.distinguishing),
      complementPrepositions: words(a.complementPrepositions),
      pairPrepositions: words(a.pairPrepositions),
      stripModifiers: words(a.stripModifiers),
      signingVerbs: words(a.signingVerbs),
    };
  }
}
