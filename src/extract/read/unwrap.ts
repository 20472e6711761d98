// Joins the lines of hard-wrapped text: plain text saved from e-mail, wire terminals or a text editor is often
// broken at a fixed width, so a line end falls inside a sentence ("... President Emmanuel\nMacron said"). Later
// stages read a line end as the end of a sentence and of a paragraph; here the line ends that only wrap become
// spaces, one for one, so every offset into the text stays where it was.
import { isBlank, splitLines, type Line } from './lines.js';

/** How many lines must run on into the next, and what share of such lines must look wrapped, to call text wrapped. */
const WRAPPED_LINES = 3;
const WRAPPED_SHARE = 0.6;
/** Lines longer than this are paragraphs on one line, not wrapped text. */
const WIDEST_WRAP = 160;

function firstWordLength(line: Line): number {
  const m = /\S+/.exec(line.text);
  return m ? m[0].length : 0;
}

function width(line: Line): number {
  return line.text.trimEnd().length;
}

/**
 * Whether a line was broken only because the next word would not fit: a wrapper filling lines up to `wrap`
 * characters breaks a line exactly when it plus a space and the next line's first word would be wider.
 */
function brokenToFit(line: Line, next: Line, wrap: number): boolean {
  return width(line) + 1 + firstWordLength(next) > wrap;
}

/**
 * `text` with the line ends inside hard-wrapped paragraphs replaced by spaces (a "\r\n" by two), or `text` itself
 * when it does not look hard-wrapped. The wrap width is read from the text: the widest line that runs on into a
 * next line. Text counts as wrapped when most lines that run on were broken to fit that width; only those lines
 * are joined, so a short line (a byline, a list item, a headline) keeps its line end.
 */
export function unwrapLines(text: string): string {
  const lines = splitLines(text);
  const runOn: number[] = [];
  let wrap = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (isBlank(lines[i]!) || isBlank(lines[i + 1]!)) continue;
    runOn.push(i);
    wrap = Math.max(wrap, width(lines[i]!));
  }
  if (runOn.length < WRAPPED_LINES || wrap > WIDEST_WRAP) return text;
  const soft = runOn.filter((i) => brokenToFit(lines[i]!, lines[i + 1]!, wrap));
  if (soft.length < WRAPPED_LINES || soft.length < runOn.length * WRAPPED_SHARE) return text;
  const parts: string[] = [];
  let from = 0;
  for (const i of soft) {
    const end = lines[i]!.end;
    const next = lines[i + 1]!.start;
    parts.push(text.slice(from, end), ' '.repeat(next - end));
    from = next;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
