// Reads a JSON object piece by piece, handing out each element of its top-level arrays as soon as it is complete:
// a graph document of a hundred thousand articles is more text than one JavaScript string may hold, so it cannot
// go through JSON.parse whole. Only the top level is scanned here; each element is parsed by JSON.parse, which
// also checks it. Anything that is not JSON is a SyntaxError giving the character offset.
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** What the parser finds at the top level: a member's whole value, the start of an array member, or one of its elements. */
export type TopLevelEvent =
  | { readonly kind: 'value'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'array'; readonly key: string }
  | { readonly kind: 'item'; readonly key: string; readonly item: unknown };

const enum State { Start, KeyOrEnd, Key, Colon, Value, ArrayNext, Capture, End }

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Feeds text in (`push`), returns the events completed by it; `end()` checks that the object closed. A key that
 * appears twice is reported twice (JSON.parse would keep the last; the caller decides).
 */
export class TopLevelParser {
  private state = State.Start;
  private offset = 0;
  private key = '';
  /** Text of the value being captured, kept across pushes. */
  private parts: string[] = [];
  /** While capturing: whether inside a string, after a backslash, and the bracket depth. */
  private inString = false;
  private escaped = false;
  private depth = 0;
  /** The captured value is an array element (else a member's whole value, or a key when state is Key). */
  private inArray = false;

  private fail(at: number, what: string): never {
    throw new SyntaxError(`${what} at character ${this.offset + at}`);
  }

  push(text: string): TopLevelEvent[] {
    const events: TopLevelEvent[] = [];
    const n = text.length;
    let i = 0;
    let start = 0;
    const finish = (end: number) => {
      this.parts.push(text.slice(start, end));
      const raw = this.parts.join('');
      this.parts = [];
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        this.fail(end, `${(error as Error).message.split('\n')[0]} in the value ending`);
      }
      return value;
    };
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.Start:
          if (isSpace(c) || c === 0xfeff) { i++; break; }
          if (c !== 0x7b) this.fail(i, 'expected "{"');
          this.state = State.KeyOrEnd;
          i++;
          break;
        case State.KeyOrEnd:
          if (isSpace(c) || c === 0x2c) { i++; break; }
          if (c === 0x7d) { this.state = State.End; i++; break; }
          if (c !== QUOTE) this.fail(i, 'expected a key');
          this.state = State.Key;
          start = i;
          i++;
          this.escaped = false;
          break;
        case State.Key:
          if (this.escaped) { this.escaped = false; i++; break; }
          if (c === BACKSLASH) { this.escaped = true; i++; break; }
          i++;
          if (c === QUOTE) {
            this.key = finish(i) as string;
            this.state = State.Colon;
          }
          break;
        case State.Colon:
          if (isSpace(c)) { i++; break; }
          if (c !== 0x3a) this.fail(i, 'expected ":"');
          this.state = State.Value;
          i++;
          break;
        case State.Value:
          if (isSpace(c)) { i++; break; }
          if (c === 0x5b) {
            events.push({ kind: 'array', key: this.key });
            this.state = State.ArrayNext;
            i++;
            break;
          }
          this.inArray = false;
          this.beginCapture(c);
          start = i;
          i++;
          this.state = State.Capture;
          break;
        case State.ArrayNext:
          if (isSpace(c) || c === 0x2c) { i++; break; }
          if (c === 0x5d) { this.state = State.KeyOrEnd; i++; break; }
          this.inArray = true;
          this.beginCapture(c);
          start = i;
          i++;
          this.state = State.Capture;
          break;
        case State.Capture: {
          // Strings are skipped quickly: most of a document's text is inside them.
          if (this.inString) {
            if (this.escaped) { this.escaped = false; i++; break; }
            let j = i;
            while (j < n) {
              const d = text.charCodeAt(j);
              if (d === BACKSLASH || d === QUOTE) break;
              j++;
            }
            i = j;
            if (i >= n) break;
            if (text.charCodeAt(i) === BACKSLASH) { this.escaped = true; i++; break; }
            this.inString = false;
            i++;
            if (this.depth === 0) this.complete(events, finish(i));
            break;
          }
          if (this.depth === 0) {
            // A number, true, false or null ends before a delimiter.
            if (isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d) { this.complete(events, finish(i)); break; }
            i++;
            break;
          }
          if (c === QUOTE) this.inString = true;
          else if (c === 0x7b || c === 0x5b) this.depth++;
          else if (c === 0x7d || c === 0x5d) {
            this.depth--;
            if (this.depth === 0) { i++; this.complete(events, finish(i)); break; }
          }
          i++;
          break;
        }
        case State.End:
          if (!isSpace(c)) this.fail(i, 'unexpected text after the document');
          i++;
          break;
      }
    }
    if (this.state === State.Key || this.state === State.Capture) this.parts.push(text.slice(start));
    this.offset += n;
    return events;
  }

  private beginCapture(c: number): void {
    this.inString = c === QUOTE;
    this.escaped = false;
    this.depth = c === 0x7b || c === 0x5b ? 1 : 0;
  }

  private complete(events: TopLevelEvent[], value: unknown): void {
    if (this.inArray) {
      events.push({ kind: 'item', key: this.key, item: value });
      this.state = State.ArrayNext;
    } else {
      events.push({ kind: 'value', key: this.key, value });
      this.state = State.KeyOrEnd;
    }
  }

  /** Checks that the document is complete; a number or literal at the very end is completed here. */
  end(): TopLevelEvent[] {
    const events: TopLevelEvent[] = [];
    if (this.state === State.Capture && this.depth === 0 && !this.inString) {
      const raw = this.parts.join('');
      this.parts = [];
      this.complete(events, JSON.parse(raw));
    }
    if (this.state !== State.End) this.fail(0, 'unexpected end of the document');
    return events;
  }
}

/** Bytes read at a time. */
const READ_BYTES = 1 << 22;

/**
 * The JSON object in `file`, read piece by piece: top-level arrays are rebuilt element by element, so no string
 * ever holds the whole text. Throws a SyntaxError for text that is not one JSON object; I/O errors pass through.
 */
export function readLargeJsonObject(file: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  // defineProperty, as JSON.parse does: a key "__proto__" is data, not the object's prototype.
  const set = (key: string, value: unknown) => Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
  let array: unknown[] = [];
  const apply = (events: readonly TopLevelEvent[]) => {
    for (const e of events) {
      if (e.kind === 'value') set(e.key, e.value);
      else if (e.kind === 'array') set(e.key, array = []);
      else array.push(e.item);
    }
  };
  const parser = new TopLevelParser();
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, buffer, 0, READ_BYTES, null); read > 0; read = readSync(fd, buffer, 0, READ_BYTES, null)) {
      apply(parser.push(decoder.write(buffer.subarray(0, read))));
    }
  } finally {
    closeSync(fd);
  }
  apply(parser.push(decoder.end()));
  apply(parser.end());
  return result;
}
