// Parser for the Phoenix/TABARI `.actors` dictionaries (petrarch2): an actor line, `+` variant lines, and
// tab-indented `[CODE date-range]` lines. Only what leaders.ts needs is kept: names, variants, and per
// code the CAMEO country (first three letters), the role letters and the dated range.
import { phoenixDate, type IsoDate } from './dates.js';

export interface PhoenixCode {
  readonly country: string;
  readonly role: string;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

export interface PhoenixActor {
  /** The primary name as written, e.g. "VLADIMIR_PUTIN" (trailing "_" removed). */
  readonly name: string;
  readonly variants: readonly string[];
  readonly codes: readonly PhoenixCode[];
  /** 1-based line of the actor line, for messages. */
  readonly line: number;
}

/** Strips a `#` comment; the dictionaries use `#` for provenance notes and commented-out entries. */
function stripComment(line: string): string {
  const i = line.indexOf('#');
  return i < 0 ? line : line.slice(0, i);
}

/** "VLADIMIR_PUTIN_" → "VLADIMIR_PUTIN" (a trailing "_" is TABARI's exact-word marker). */
function cleanName(raw: string): string {
  return raw.trim().replace(/_+$/, '');
}

/**
 * One `[CODE range]` body. Ranges: `a-b`, `>a` (from a on), `<b` (until b), a bare code, and stray spaces
 * (`> 20140607`). A single date without `<`/`>` (seen twice) is too ambiguous to use and gives no dates;
 * so does an unreadable date, keeping the code itself.
 */
export function parseCode(body: string): PhoenixCode | null {
  const m = /^\s*([A-Z]{3})([A-Z]*)\s*(.*?)\s*$/.exec(body);
  if (!m) return null;
  const [, country, role, range] = m as unknown as [string, string, string, string];
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  const r = range.replace(/\s+/g, '');
  let span: RegExpExecArray | null;
  if ((span = /^(\d+)-(\d+)$/.exec(r))) {
    from = phoenixDate(span[1]!);
    to = phoenixDate(span[2]!);
  } else if ((span = /^>(\d+)$/.exec(r))) from = phoenixDate(span[1]!);
  else if ((span = /^<(\d+)$/.exec(r))) to = phoenixDate(span[1]!);
  return { country, role, from, to };
}

/** All actors of one dictionary file. Lines before the first actor (the licence header) are skipped. */
export function parseActors(text: string): PhoenixActor[] {
  const actors: { name: string; variants: string[]; codes: PhoenixCode[]; line: number }[] = [];
  let current: (typeof actors)[number] | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = stripComment(raw);
    if (line.trim() === '') return;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCode(m[1]!)).filter((c) => c !== null);
    const head = line.replace(/\[[^\]]*\]/g, '');
    if (/^\s/.test(line)) {
      current?.codes.push(...codes);
    } else if (line.startsWith('+')) {
      const v = cleanName(head.slice(1));
      if (current && v !== '') current.variants.push(v);
      current?.codes.push(...codes);
    } else {
      const name = cleanName(head);
      if (name === '') return;
      // Some entries list their variants without the "+" (BORIS_YELTSIN, then YELTSIN, then
      // PRESIDENT_YELTSIN, codes only after the last): a code-less actor followed by a line with the same
      // last word is read as one actor.
      if (current && current.codes.length === 0 && codes.length === 0 && lastWord(current.name) === lastWord(name)) {
        current.variants.push(name);
        return;
      }
      current = { name, variants: [], codes: [...codes], line: index + 1 };
      actors.push(current);
    }
  });
  return actors;
}

function lastWord(name: string): string {
  return nameWords(name).at(-1)?.replace(/[^A-Z]/gi, '').toUpperCase() ?? '';
}

/** "MOHAMMED_BIN_ZAYED_AL_NAHYAN" → ["MOHAMMED", "BIN", "ZAYED", "AL", "NAHYAN"]. */
export function nameWords(name: string): string[] {
  return name.split(/[_\s]+/).filter((w) => w !== '');
}
