// Reads PETRARCH-2's CAMEO verb dictionary (../shared/data/cameo-verbs/CAMEO.2.0.txt) into synonym sets,
// verb blocks, their verbs and their patterns, keeping the line of each for provenance. What the codes mean
// for diplograph is decided later (cameo.ts); this module only knows the file's format.
//
// The format, from the file's header and PETRARCH-2's PETRreader.read_verb_dictionary:
//   &NAME / +WORD_WORD      a synonym set and its phrases; a phrase or label ending in "_" takes no plural
//   ---  NAME  [CODE]  ---  opens a verb block; CODE is the code of its verbs used alone ("---": no event)
//   VERB {FORM ...} [CODE]  a verb, its irregular forms (regular ones are generated) and its own code
//   +VERB_PARTICLE {...}    a multiword verb whose first word inflects ("+MEET_WITH {+MET_WITH ...}")
//   - PRE * POST [CODE]     a pattern of every verb of the block: words before and after the verb ("*"),
//                           "(PREP ...)" a prepositional phrase, "{A B}" a noun phrase with head B, "&SET",
//                           "+" / "$" the target / source actor, "^" any noun phrase; "[A:B]" codes a pair of
//                           events (the source's and the target's), "[:B]" only the target's.
//   ~ ...                   verb transformations (not used here)
//   # comment, also after " #" at the end of a line
import { InputError } from '../../errors.js';

export interface CameoVerb {
  /** Words of the verb, the first one inflecting: ["meet", "with"]. Lower case. */
  readonly words: readonly string[];
  /** Forms the dictionary lists in braces, each as words (["met", "with"]); undefined when it lists none. */
  readonly forms?: readonly (readonly string[])[];
  /** The verb's own code, when it overrides the block's. */
  readonly code?: string;
  readonly line: number;
}

/** One part of a pattern, in the order the words stand. */
export type CameoElement =
  /** A noun phrase: its words, each a word or a synonym set ("&treaty"), the last one the head. */
  | { readonly kind: 'phrase'; readonly words: readonly string[] }
  /**
   * A prepositional phrase: the preposition, then its noun phrase words; `party` when it holds the actor ("(WITH +)",
   * or nothing after the preposition: "(FROM)"), `skip` when it holds some noun phrase not matched ("(IN ^)").
   */
  | { readonly kind: 'prep'; readonly prep: string; readonly words: readonly string[]; readonly party?: 'target' | 'source' | 'any'; readonly skip?: true }
  /** An actor slot standing by itself: "+" target, "$" source. */
  | { readonly kind: 'party'; readonly party: 'target' | 'source' }
  /** "^": some noun phrase that is not matched. */
  | { readonly kind: 'skip' };

export interface CameoPattern {
  readonly before: readonly CameoElement[];
  readonly after: readonly CameoElement[];
  /** The code as written, without brackets: "046:046", ":051", "---". */
  readonly code: string;
  readonly line: number;
}

export interface CameoBlock {
  readonly name: string;
  readonly code: string;
  readonly line: number;
  readonly verbs: readonly CameoVerb[];
  readonly patterns: readonly CameoPattern[];
}

export interface CameoSynset {
  readonly name: string;
  /** Phrases, lower case, words separated by spaces. */
  readonly phrases: readonly string[];
  /** Whether regular plurals are generated for the phrases ("_" at the end of the label or phrase says no). */
  readonly plurals: readonly boolean[];
}

export interface CameoDictionary {
  readonly synsets: ReadonlyMap<string, CameoSynset>;
  readonly blocks: readonly CameoBlock[];
  /** Patterns left out because they cannot be read (unbalanced brackets upstream), as "line N: reason". */
  readonly skipped: readonly string[];
}

class PatternError extends Error {}

const BLOCK_RE = /^---\s+(\S+)\s+\[([^\]]*)\]/;
const CODE_RE = /\[([^\]]*)\]\s*$/;

/** The line without its comment: "#" at the start, or " #" anywhere. */
function stripComment(line: string): string {
  if (line.startsWith('#')) return '';
  const at = line.search(/\s#/);
  return (at >= 0 ? line.slice(0, at) : line).trimEnd();
}

const wordsOf = (phrase: string): string[] => phrase.replace(/_/g, ' ').trim().toLowerCase().split(/\s+/).filter((w) => w !== '');

/** Pattern text (without code) as elements: "(WITH +)", "{PEACE TALKS}", "&TREATY", "+", "$", "^", WORD. */
function parseElements(text: string): CameoElement[] {
  const fail = (message: string): never => {
    throw new PatternError(message);
  };
  const out: CameoElement[] = [];
  const tokens = text.replace(/([(){}])/g, ' $1 ').split(/\s+/).filter((t) => t !== '');
  let i = 0;
  const phraseWords = (closer: string): string[] => {
    const words: string[] = [];
    while (i < tokens.length && tokens[i] !== closer) words.push(tokens[i++]!);
    if (tokens[i] !== closer) fail(`unclosed "${closer === ')' ? '(' : '{'}"`);
    i++;
    return words;
  };
  const normal = (w: string): string => (w.startsWith('&') ? `&${w.slice(1).toLowerCase()}` : wordsOf(w).join(' '));
  while (i < tokens.length) {
    const t = tokens[i++]!;
    if (t === '(') {
      const inner = phraseWords(')');
      const [prep, ...rest] = inner;
      if (!prep) fail('empty "()"');
      // A noun phrase inside the prepositional phrase keeps its words; braces only group them.
      const flat = rest.filter((w) => w !== '{' && w !== '}');
      const slot = flat.find((w) => w === '+' || w === '$');
      const words = flat.filter((w) => w !== '+' && w !== '$' && w !== '^' && w !== '%').map(normal);
      const skip = flat.includes('^') || flat.includes('%');
      const party = slot === '+' ? 'target' : slot === '$' ? 'source' : words.length === 0 && !skip ? 'any' : undefined;
      out.push({ kind: 'prep', prep: normal(prep!), words, ...(party ? { party } : {}), ...(skip && !party ? { skip: true as const } : {}) });
    } else if (t === '{') {
      out.push({ kind: 'phrase', words: phraseWords('}').map(normal) });
    } else if (t === '+' || t === '$') {
      out.push({ kind: 'party', party: t === '+' ? 'target' : 'source' });
    } else if (t === '^' || t === '%') {
      out.push({ kind: 'skip' });
    } else if (t === ')' || t === '}') {
      fail(`unexpected "${t}"`);
    } else {
      out.push({ kind: 'phrase', words: [normal(t)] });
    }
  }
  return out;
}

export function parseCameoDictionary(text: string, file: string): CameoDictionary {
  const synsets = new Map<string, CameoSynset>();
  const blocks: { name: string; code: string; line: number; verbs: CameoVerb[]; patterns: CameoPattern[] }[] = [];
  const skipped: string[] = [];
  let synset: { name: string; phrases: string[]; plurals: boolean[]; pluralLabel: boolean } | undefined;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = n + 1;
    const fail = (message: string): never => {
      throw new InputError(file, message, { line });
    };
    const raw = lines[n]!;
    if (raw.startsWith('---')) {
      const m = BLOCK_RE.exec(raw);
      if (!m) fail('a block line must read "---  NAME  [CODE]  ---"');
      blocks.push({ name: m![1]!, code: m![2]!.trim(), line, verbs: [], patterns: [] });
      synset = undefined;
      continue;
    }
    const content = stripComment(raw);
    if (content.trim() === '' || content.startsWith('~')) continue;
    if (content.startsWith('&')) {
      const label = content.trim();
      synset = { name: `&${label.slice(1).replace(/_$/, '').toLowerCase()}`, phrases: [], plurals: [], pluralLabel: !label.endsWith('_') };
      synsets.set(synset.name, synset);
      continue;
    }
    const block = blocks[blocks.length - 1];
    if (!block) {
      if (!content.startsWith('+') || !synset) fail('a synonym set phrase must follow an "&NAME" line');
      const phrase = content.slice(1).trim();
      synset!.phrases.push(wordsOf(phrase).join(' '));
      synset!.plurals.push(synset!.pluralLabel && !phrase.endsWith('_'));
      continue;
    }
    if (content.startsWith('-')) {
      const body = content.slice(1);
      const code = CODE_RE.exec(body);
      if (!code) fail('a pattern must end with its [CODE]');
      const star = body.indexOf('*');
      if (star < 0) fail('a pattern must place the verb with "*"');
      const pattern = body.slice(0, code!.index);
      try {
        block.patterns.push({ before: parseElements(pattern.slice(0, star)), after: parseElements(pattern.slice(star + 1)), code: code![1]!.trim(), line });
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        skipped.push(`line ${line}: ${error.message}`); // a few upstream lines are garbled; PETRARCH misreads them too
      }
      continue;
    }
    // A verb: "MEET {MEETS MET MEETING} [040]", "+MEET_WITH {+MET_WITH ...}".
    const codeMatch = CODE_RE.exec(content);
    const head = codeMatch ? content.slice(0, codeMatch.index) : content;
    const brace = head.indexOf('{');
    const name = (brace >= 0 ? head.slice(0, brace) : head).trim();
    if (name === '' || /\s/.test(name)) fail(`cannot read the verb line "${content.trim()}"`);
    let forms: string[][] | undefined;
    if (brace >= 0) {
      const close = head.indexOf('}', brace);
      if (close < 0) fail('unclosed "{"');
      forms = head.slice(brace + 1, close).split(/[\s,]+/).filter((f) => f !== '').map((f) => wordsOf(f.replace(/^\+/, '')));
    }
    block.verbs.push({
      words: wordsOf(name.replace(/^\+/, '')), ...(forms ? { forms } : {}), ...(codeMatch ? { code: codeMatch[1]!.trim() } : {}), line,
    });
  }
  return { synsets, blocks, skipped };
}
