// Splits text into lines that remember their offsets, so every later decision can point back into the text.
// Line ends may be \n, \r\n or \r: a .txt article is stored with its own line ends, whatever they are.

export interface Line {
  /** UTF-16 offset of the line's first character. */
  readonly start: number;
  /** UTF-16 offset just past the line's last character, before its line end (end exclusive). */
  readonly end: number;
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Words as runs of letters, digits and word-internal marks; what "how many words" means in the reader. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu) ?? [];
}
