// Picks the headline among the header lines: the first line that reads as a phrase of English (it has a lower-case
// word other than a name particle), skipping date lines, metadata, kickers ending in a colon, breadcrumbs and
// all-capitals mastheads. Outlet, section and place lines ("Eurasia Monitor", "Politics", "The Kremlin, Moscow") are
// Title Case names, so they never qualify; wire stories with no header get no headline.
import type { HeaderLine } from './header.js';
import { words } from './lines.js';
import { nameParticles } from './vocabulary.js';

/** A Title Case headline is accepted only as a fallback, and only when it is at least this long. */
const minTitleCaseWords = 5;
const maxHeadlineWords = 30;

const isAllCaps = (s: string): boolean => !/\p{Ll}/u.test(s);
/** Three or more short items between path separators: "Home / News / Press releases", "World › Asia › China". */
const isBreadcrumb = (s: string): boolean => s.split(/\s[/>»›|]\s/u).length >= 3;

function hasCommonWord(ws: readonly string[]): boolean {
  return ws.some((w) => /^\p{Ll}/u.test(w) && !nameParticles.has(w.toLowerCase()));
}

function eligible(h: HeaderLine): string[] | null {
  if (h.kind !== 'text') return null;
  const text = h.line.text.trim();
  if (text.endsWith(':') || isBreadcrumb(text)) return null;
  const ws = words(text);
  if (ws.length === 0 || ws.length > maxHeadlineWords) return null;
  return ws;
}

/**
 * The headline, whitespace collapsed, or null when no header line qualifies. Failing a line with a common word, the
 * first long Title Case line, then the first long all-capitals line (mastheads are short) will do.
 */
export function chooseHeadline(header: readonly HeaderLine[]): string | null {
  let titleCase: HeaderLine | null = null;
  let capitals: HeaderLine | null = null;
  for (const h of header) {
    const ws = eligible(h);
    if (!ws) continue;
    const long = ws.length >= minTitleCaseWords;
    if (isAllCaps(h.line.text)) { if (long) capitals ??= h; continue; }
    if (hasCommonWord(ws)) return clean(h.line.text);
    if (long) titleCase ??= h;
  }
  const chosen = titleCase ?? capitals;
  return chosen ? clean(chosen.line.text) : null;
}

export function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
