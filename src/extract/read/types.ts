// The reader's contract with the pipeline: what one input becomes (a SourceArticle) and the warnings it raised.
import type { IsoDate, Warning } from '../../document/types.gen.js';

export type { IsoDate, Warning };
export type WarningCode = Warning['code'];

/** Where `published` came from, strongest first. */
export type PublishedBasis = 'override' | 'record' | 'meta' | 'dateline' | 'text' | 'none';

/** The input formats parseArticle converts; JSONL is split into records before it gets here. */
export type ArticleFormat = 'txt' | 'md' | 'html';

export interface SourceArticle {
  /** File name without extension; for a JSONL record its `id`, or `<file>:<line>` when it has none. */
  id: string;
  /** The path as the user gave it (relative stays relative); absent for stdin. JSONL records keep the .jsonl path. */
  file?: string;
  url?: string;
  title: string | null;
  published: IsoDate | null;
  publishedBasis: PublishedBasis;
  /** Where the publication date was read and why it was read so ("from \"Published: 05/01/2021\" (header): ..."). */
  publishedReason?: string;
  /**
   * The text as stored: every offset in the graph points into this string. A .txt article's own text, except that the
   * line ends inside hard-wrapped paragraphs are spaces (unwrap.ts).
   */
  text: string;
  /** UTF-16 offsets into `text`, end exclusive: the body after the header lines, before trailing boilerplate. */
  body: { start: number; end: number };
  /** Hex sha256 of `text` encoded as UTF-8. */
  sha256: string;
}

/** `article` is absent when the input was skipped; the warnings say why. */
export interface ReadResult {
  article?: SourceArticle;
  warnings: Warning[];
}

export interface ReadOptions {
  /** Publication date for every article read (`--published`); wins over anything found in the input. */
  published?: IsoDate;
  /** Inputs (or JSONL records) larger than this many bytes are skipped with `too_large`. Default 5 MB. */
  maxBytes?: number;
  /**
   * A date on or shortly after publication, such as the day the pages were crawled. Used only to give a year to
   * a dateline that states month and day alone ("MOSCOW, Jan 17 (Agency) -"): the latest such day not after it.
   */
  referenceDate?: IsoDate;
}

/** What the caller already knows about one article before its text is parsed. */
export interface ArticleMeta {
  id: string;
  file?: string;
  url?: string;
  format: ArticleFormat;
  /** A title given with the input (a JSONL record's `title`); wins over one found in the text. */
  title?: string | null;
  /** A date given with the input (a JSONL record's `published`): basis `record`. */
  published?: IsoDate | null;
  /** Line of the input file the article starts on (JSONL records), carried into its warnings. */
  line?: number;
}
