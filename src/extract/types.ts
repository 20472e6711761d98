// The candidates the pipeline passes between stages, and the stage interface itself.
// A stage gets the article context and the current list and returns a new list; it never edits a
// candidate in place. Proposers add candidates, filters drop them, merges combine them.
import type { DatePrecision, EdgeType, EntityKey, IsoDate, NodeType, Office, Warning } from '../document/types.gen.js';
import type { Knowledge } from '../knowledge/load.js';
import type { NameEntry } from '../knowledge/gazetteer.js';
import type { SourceArticle } from './read/types.js';
import type { Sentence } from './text/sentences.js';

/** UTF-16 offsets into the article text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A title of office read in the text, with the state it was tied to, if any. */
export interface Role {
  readonly title: string;
  readonly office: Office;
  /** The title names whoever leads the state ("the Kazakh leader"). */
  readonly leader: boolean;
  readonly state?: EntityKey;
  /** "his Iranian counterpart": the same office as the person it is set against. */
  readonly counterpart?: boolean;
  /** "the president-elect": the person about to take the office, or who took it lately. */
  readonly newcomer?: boolean;
  /** Where the title (and its state) stands in the text. */
  readonly span: Span;
}

export type MentionKind = NodeType | 'role';

/** How the text refers to the entity. */
export type MentionVia =
  | 'name' | 'short' | 'abbreviation' | 'demonym' | 'capital' | 'metonym'
  | 'role' | 'titled-name' | 'pattern' | 'anaphora';

export interface Mention {
  readonly span: Span;
  /** Always article.text.slice(span.start, span.end). */
  readonly text: string;
  readonly sentence: number;
  readonly kind: MentionKind;
  readonly via: MentionVia;
  /** The stage that proposed or last reshaped it. */
  readonly by: string;
  /** Entities the mention may refer to; exactly one once resolved. */
  readonly candidates: readonly EntityKey[];
  /** Gazetteer entries that matched, for name mentions. */
  readonly entries?: readonly NameEntry[];
  /** The role the text gives this person, or the role a role mention names. */
  readonly role?: Role;
  /** Canonical label and name variants for entities the gazetteer does not know. */
  readonly label?: string;
  readonly aliases?: readonly string[];
  /** For entities the gazetteer does not know: the state the text ties them to. */
  readonly state?: EntityKey;
}

export interface Trace {
  readonly stage: string;
  readonly sentence?: number;
  readonly message: string;
}

export interface ArticleContext {
  readonly article: SourceArticle;
  /** The day resolution works on: the publication date, or null when unknown. */
  readonly on: IsoDate | null;
  readonly sentences: readonly Sentence[];
  readonly knowledge: Knowledge;
  warn(warning: Warning): void;
  /** Lazy: the message is built only when someone listens (`diplograph explain`). */
  trace(stage: string, message: () => string, sentence?: number): void;
}

export interface Stage<C, X extends ArticleContext = ArticleContext> {
  readonly id: string;
  run(ctx: X, candidates: readonly C[]): C[];
}

/** What event stages read: the article context plus the resolved mentions. */
export interface EventContext extends ArticleContext {
  readonly mentions: readonly Mention[];
}

/** A proposed edge, from a trigger word or from a standing relation the text states. */
export interface EventCandidate {
  readonly type: EdgeType;
  readonly sentence: number;
  /** The words that fired: a trigger, a title, a membership cue. */
  readonly trigger: Span;
  readonly voice: 'active' | 'transitive' | 'passive' | 'noun' | 'evaluative' | 'relation';
  /** Only a person may be its object ("wished him success", not "wished the country well"). */
  readonly personObject?: true;
  /** With its object, "to" and a verb after, it asks the object to act and reports nothing ("called on X to withdraw"). */
  readonly request?: true;
  /** Only two or more parties acting together report it, each with each other ("A and B reaffirmed ..."). */
  readonly jointSubject?: true;
  /** Its words end in a judgement of what stands between them ("welcomed X's decision"): a possessor there is its object. */
  readonly completed?: true;
  /** A copula's judgement inside a quotation ('"The strike was barbaric," X said'): its speaker judges. */
  readonly quoted?: true;
  /** Its object must end the clause or be followed by one of these words ("called X on Monday", not "called X a liar"). */
  readonly objectFollowers?: ReadonlySet<string>;
  /** Prepositions its pattern opens its other party with, past words between ("hit back at X": "at"). */
  readonly openers?: readonly string[];
  /** The people who watched a signing done by others ("A and B witnessed the signing of"): present together. */
  readonly witnesses?: readonly EntityKey[];
  readonly by: string;
  readonly cameo?: string;
  readonly plover?: string;
  readonly source?: EntityKey;
  readonly target?: EntityKey;
  /** The evidence: trigger and arguments, inside one sentence. */
  readonly span?: Span;
  /**
   * `event`: dated from the sentence, else the article's main date, else publication. `stated`: only a
   * date the sentence gives (a state that joined a bloc "on Thursday"). `never`: a standing relation.
   */
  readonly dated: 'event' | 'stated' | 'never';
  readonly date?: IsoDate | null;
  readonly datePrecision?: DatePrecision;
  readonly dateBasis?: 'stated' | 'relative' | 'publication' | 'article';
}

export const isResolved = (m: Mention): boolean => m.candidates.length === 1;
