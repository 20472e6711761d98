// Gives people their titles and finds titled people the gazetteer does not know.
// After a title ("Foreign Minister Hossein Amir-Abdollahian", honorifics skipped) or before an
// appositive title ("Musaed Al-Aiban, Saudi Arabia's minister of state"), a known person takes the role;
// a run of capitalised name words becomes a new leader tied to the title's state.
import type { Sentence } from '../text/sentences.js';
import type { EntityKey, IsoDate } from '../../document/types.gen.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { tokenAt, tokenEndingAt, type Token } from '../text/tokens.js';
import { fold } from '../text/fold.js';
import { pluralMatch } from './plural-role-mention.js';
import { bySentence, lastList, NAME_JOINERS, slug, spanOf, textOf } from './util.js';
import { extended } from '../extended.js';

const MAX_NAME_TOKENS = 7;

/** How many words the "of" complement of a person's title may hold ("general secretary of the Workers' Party of Korea"). */
const TITLE_COMPLEMENT_REACH = 12;

/**
 * The person's title that the title listed after token `at` (a comma or "and") follows, by where titles end: right
 * before it, or before the first title's "of" complement ("X, general secretary of the CPC Central Committee, Chinese
 * president and chairman of ...").
 */
function listedTitleBefore(tokens: readonly Token[], at: number, titlesOf: ReadonlyMap<number, Mention>): Mention | undefined {
  const direct = titlesOf.get(tokens[at - 1]?.end ?? -1);
  if (direct) return direct;
  for (let j = at - 1; j > 0 && at - j <= TITLE_COMPLEMENT_REACH && tokens[j]!.text !== ',' && tokens[j]!.text !== ';'; j--) {
    const title = tokens[j]!.norm === 'of' ? titlesOf.get(tokens[j - 1]!.end) : undefined;
    if (title) return title;
  }
  return undefined;
}

/** What closes a name set off after a title: "the Minister of X, Jane Doe, ...", "...; ", "... ." */
const CLOSING: ReadonlySet<string> = new Set([',', '.', ';']);

/** How many capitalised words a portfolio after a title may hold ("Minister of State for External Affairs"). */
const PORTFOLIO_WORDS = 4;

/** Skips honorifics ("His Royal Highness Prince", "Dr.") from token i; returns the next index. */
function skipHonorifics(ctx: ArticleContext, sentence: Sentence, i: number): number {
  const tokens = sentence.tokens;
  for (;;) {
    const match = ctx.knowledge.lexicon.honorifics.longestAt(sentence.keys, i);
    if (!match) break;
    i += match.length;
    if (tokens[i]?.text === '.' && !tokens[i]!.spaceBefore) i++;
  }
  return i;
}

/** The stages that read one role per state listed before a plural title ("the Thai and Cambodian premiers", "his A and B counterparts"). */
const SHARING: ReadonlySet<Mention['by']> = new Set(['plural-role-mention', 'counterpart-mention']);
/** How far (UTF-16 units) the states of a plural title may stand before its last: "Albanian, Kosovar and Montenegrin counterparts". */
const SHARED_TITLE_REACH = 40;

/**
 * "..., A and B", "..., A, B and C": exactly `count` names from token `i`, joined by commas and a last "and", closed as
 * a title's apposition is; their token ranges, or undefined.
 */
function namesListed(ctx: ArticleContext, sentence: Sentence, i: number, count: number, stopAt: ReadonlySet<number>, closed: (after: number) => boolean): [number, number][] | undefined {
  const { tokens } = sentence;
  const spans: [number, number][] = [];
  let j = i;
  for (let n = 0; n < count; n++) {
    const from = skipHonorifics(ctx, sentence, j);
    const length = nameLength(ctx, tokens, from, stopAt);
    if (length === 0) return undefined;
    spans.push([from, from + length]);
    j = from + length;
    if (n === count - 1) break;
    const last = n === count - 2;
    if (tokens[j]?.text === ',' && tokens[j + 1]?.norm === 'and' && last) j += 2;
    else if (tokens[j]?.norm === 'and' && last || tokens[j]?.text === ',' && !last) j++;
    else return undefined;
  }
  return closed(j) ? spans : undefined;
}

/** Length of a run of name words from token i ("Musaed bin Mohammed Al-Aiban", "S. Jaishankar"). */
function nameLength(ctx: ArticleContext, tokens: readonly Token[], i: number, stopAt: ReadonlySet<number>): number {
  const { nameParticles: particles, postNominals, generationalSuffixes } = ctx.knowledge.lexicon;
  let j = i;
  let words = 0;
  while (j < tokens.length && j - i < MAX_NAME_TOKENS * 2 && !stopAt.has(tokens[j]!.start)) {
    const t = tokens[j]!;
    // "Anthony Albanese MP": letters after a name end it.
    if (words >= 2 && postNominals.has(t.norm) && t.text === t.text.toUpperCase()) break;
    const joined = !t.spaceBefore && j > i;
    // "Han Duck-soo", "Moon Jae-in": a short syllable after a hyphen inside a name may be in lower case ("Ruto-led" is no name).
    const afterHyphen = joined && NAME_JOINERS.has(tokens[j - 1]!.text) && t.norm.length <= 5 && !t.norm.endsWith('ed');
    if (t.kind === 'word' && (t.capitalised || afterHyphen || (particles.has(t.norm) && words > 0))) { j++; if (!afterHyphen) words++; continue; }
    // A hyphen or an apostrophe inside a name ("Al-Sisi", "Ndung'u"), but not a possessive's ("Kenya's").
    if (NAME_JOINERS.has(t.text) && joined && tokens[j + 1] && !tokens[j + 1]!.spaceBefore && tokens[j + 1]!.kind === 'word' && tokens[j + 1]!.norm !== 's') { j++; continue; }
    if (t.text === '.' && joined && tokens[j - 1]!.text.length === 1) { j++; continue; } // initial: "S."
    // "Gilberto C. Teodoro Jr.": a generation's suffix keeps its dot, and ends the name.
    if (t.text === '.' && joined && words >= 2 && generationalSuffixes.has(tokens[j - 1]!.norm)) { j++; break; }
    break;
  }
  const suffixDot = j > i && tokens[j - 1]!.text === '.' && generationalSuffixes.has(tokens[j - 2]?.norm ?? '');
  // A name ends on a word (or a suffix's dot), not on a particle or a hyphen.
  while (j > i && !suffixDot && (tokens[j - 1]!.kind !== 'word' || particles.has(tokens[j - 1]!.norm))) j--;
  return words >= 2 ? j - i : 0;
}

/**
 * A titled name spelt differently from the gazetteer ("Anwaar-ul-Haq Kakar"): the one holder of that title
 * on the day (in the stated state, if any) whose surname ends the name; in an article without a date, the
 * one such person who ever held office there.
 */
function knownBySurname(ctx: ArticleContext, tokens: readonly Token[], from: number, to: number, role: Mention['role'], named: () => readonly EntityKey[]): EntityKey | undefined {
  if (!role) return undefined;
  const { gazetteer } = ctx.knowledge;
  const keys = tokens.slice(from, to).map((t) => t.norm);
  for (let start = keys.length - 1; start > 0; start--) {
    const match = gazetteer.names.matchesAt(keys, start).find((m) => start + m.length === keys.length);
    if (!match) continue;
    const people = new Set(match.payloads.filter((e) => e.type === 'leader').map((e) => e.key));
    const holding = [...people].filter((k) => gazetteer.termsOn(k, ctx.on).some((t) => !role.state || t.state === role.state));
    return holding.length === 1 ? holding[0] : undefined;
  }
  // "the President of Uruguay, Luis Lacalle Pou": the one holder of that state's office on the day whose names end
  // with the same word, however the middle names differ. A title with no state ("President X") looks in the states
  // the article names.
  const on = ctx.on;
  if (!on) return undefined;
  // A transliteration may differ by a letter ("Disanayake", "Dissanayake") when the first name agrees too.
  const last = keys[keys.length - 1]!;
  return onlyHolder(ctx, on, role, named, (words) => role.state
    ? words.at(-1) === last || words[0] === keys[0] && oneEditApart(words.at(-1)!, last)
    : words[0] === keys[0] && (words.at(-1) === last || oneEditApart(words.at(-1)!, last)));
}

/**
 * The one holder on day `on` of a title, in its state or else in the states the article names, one of whose names
 * (folded, split into words) `fits`.
 */
function onlyHolder(ctx: ArticleContext, on: IsoDate, role: NonNullable<Mention['role']>, named: () => readonly EntityKey[], fits: (words: readonly string[]) => boolean): EntityKey | undefined {
  const { gazetteer } = ctx.knowledge;
  const people = new Set<EntityKey>();
  for (const state of role.state ? [role.state] : named()) {
    const offices = gazetteer.officesForTitle(state, role.title);
    for (const l of gazetteer.holders(state, on, { offices: offices.length > 0 ? offices : [role.office], title: role.title })) {
      if ([l.label, ...l.names].some((name) => fits(fold(name).split(/\s+/)))) people.add(l.key);
    }
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/** The one holder on the day of a title, in its state or else in the states the article names, whose first name is `word`. */
function holderByFirstName(ctx: ArticleContext, word: string, role: NonNullable<Mention['role']>, named: () => readonly EntityKey[]): EntityKey | undefined {
  return ctx.on ? onlyHolder(ctx, ctx.on, role, named, (words) => words[0] === word) : undefined;
}

/** Shorter words than this are not matched with a letter changed: too many names differ by one. */
const MIN_EDITED = 6;

/** Whether two words differ by one letter changed, added or dropped, both long enough to say so. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < MIN_EDITED || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(a.length === b.length ? i + 1 : i);
}

/** The person a title names by the words from `from` to `to`; none when honorifics and titles leave no name. */
function newLeader(ctx: ArticleContext, sentence: Sentence, from: number, to: number, role: Mention['role'], named: () => readonly EntityKey[]): Mention | undefined {
  const tokens = sentence.tokens;
  const span = spanOf(tokens, from, to);
  const nameFrom = Math.min(skipHonorifics(ctx, sentence, from), to);
  if (nameFrom >= to) return undefined;
  const label = textOf(ctx, spanOf(tokens, nameFrom, to));
  const text = textOf(ctx, span);
  const known = knownBySurname(ctx, tokens, nameFrom, to, role, named);
  if (known) {
    ctx.trace('titled-name', () => `"${label}" is ${known}, the holder of that title by that surname`, sentence.index);
    return { span, text, sentence: sentence.index, kind: 'leader', via: 'titled-name', by: 'titled-name', candidates: [known], aliases: [label], ...(role ? { role } : {}) };
  }
  return {
    span,
    text,
    sentence: sentence.index,
    kind: 'leader',
    via: 'titled-name',
    by: 'titled-name',
    candidates: [`leader/${slug(label)}`],
    label,
    aliases: [...new Set([label, text])],
    ...(role ? { role } : {}),
    ...(role?.state ? { state: role.state } : {}),
  };
}

/**
 * "on his election as", "on her re-election as": the index of the "on" before a title at token `start` that someone
 * takes up, so the name before it is the holder; -1 when the title stands otherwise.
 */
function accessionBefore(ctx: ArticleContext, sentence: Sentence, start: number): number {
  const { tokens, keys } = sentence;
  if (keys[start - 1] !== 'as') return -1;
  const last = start - 2;
  let first = last;
  // A hyphenated noun is one word: "re-election", "swearing-in".
  while (first > 1 && keys[first - 1] === '-' && !tokens[first - 1]!.spaceBefore && !tokens[first]!.spaceBefore) first -= 2;
  if (first < 2 || !ctx.knowledge.lexicon.accessionNouns.has(keys.slice(first, last + 1).join(''))) return -1;
  if (!ctx.knowledge.lexicon.grammar.possessives.has(keys[first - 1]!)) return -1;
  let on = keys[first - 2] === 'on' ? first - 2 : -1;
  // "congratulated X on Monday on his election as ...": a day between.
  while (on >= 2 && ctx.knowledge.lexicon.temporalWords.has(keys[on - 1]!) && keys[on - 2] === 'on') on -= 2;
  return on;
}

/** Whether the gazetteer knows the person's terms and none of them was for `state`. */
function servedElsewhere(ctx: ArticleContext, person: Mention, state: EntityKey | undefined): boolean {
  const key = person.candidates.length === 1 ? person.candidates[0]! : undefined;
  const terms = key && state ? ctx.knowledge.gazetteer.termsOn(key, null) : [];
  return terms.length > 0 && terms.every((t) => t.state !== undefined && t.state !== state);
}

export const titledName: Stage<Mention> = {
  id: 'titled-name',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const grouped = bySentence(mentions);
    // The states the article names, for a title that names none ("President X"), read once when asked.
    let states: EntityKey[] | undefined;
    const namedStates = (): readonly EntityKey[] => (states ??= [...new Set(mentions.filter((m) => m.kind === 'state' && m.candidates.length === 1).map((m) => m.candidates[0]!))]);
    const replaced = new Map<Mention, Mention | null>();
    const added: Mention[] = [];
    // The people a title before their name made, by where the name ends: an apposition after it is theirs.
    const addedEnding = new Map<number, number>();
    for (const sentence of ctx.sentences) {
      const list = grouped.get(sentence.index) ?? [];
      // Most sentences hold no title: their lookups are not built.
      if (!list.some((m) => m.kind === 'role' && m.role)) continue;
      const tokens = sentence.tokens;
      const starts = new Set(list.filter((m) => m.kind !== 'leader').map((m) => m.span.start));
      // Looked up by offset, not searched for, once per title: run-on sentences hold thousands of both.
      const leaders = list.filter((m) => m.kind === 'leader');
      const leaderStarting = new Map([...leaders].reverse().map((m) => [m.span.start, m]));
      const leaderEnding = new Map([...leaders].reverse().map((m) => [m.span.end, m]));
      const leaderAt = (start: number): Mention | undefined => leaderStarting.get(start);
      const stateStarting = new Map(list.filter((m) => m.kind === 'state').map((m) => [m.span.start, m]));
      const leaderEndingAt = (end: number): Mention | undefined => leaderEnding.get(end);
      const roleEnding = new Map(list.filter((m) => m.kind === 'role').map((m) => [m.span.end, m]));
      // The person a title in apposition was given to, by where the title ends.
      const titlesOf = new Map<number, Mention>();
      // "Prime Minister and Minister of Foreign Affairs X": a title joined by "and" to the one a person bears is theirs
      // too; "the Prime Minister and Premier X" refers back to another person.
      const absorbCoordinated = (role: Mention, person: Mention): void => {
        const at = tokenAt(tokens, role.span.start);
        const other = tokens[at - 1]?.norm === 'and' && at > 1 ? roleEnding.get(tokens[at - 2]!.end) : undefined;
        if (!other || replaced.has(other) || ctx.knowledge.lexicon.grammar.determiners.has(tokens[tokenAt(tokens, other.span.start) - 1]?.norm ?? '')) return;
        // Titles of two states are two people's.
        if (other.role?.state && role.role?.state && other.role.state !== role.role.state) return;
        replaced.set(other, extended(other, { kind: 'leader' as const, by: 'titled-name' as const, candidates: person.candidates }));
        ctx.trace('titled-name', () => `"${other.text}" and "${role.text}" are one person's titles`, sentence.index);
      };
      const bind = (role: Mention, person: Mention): void => {
        replaced.set(person, extended(person, { by: 'titled-name' as const, role: role.role! }));
        replaced.set(role, null);
        absorbCoordinated(role, person);
        ctx.trace('titled-name', () => `"${role.text}" is ${person.text}`, sentence.index);
      };
      // The plural title's role mentions over the states listed before it, in order, when `role` is the last of them.
      const sharedTitle = (role: Mention): Mention[] => {
        if (!SHARING.has(role.by)) return [];
        const group = list.filter((m) => m.kind === 'role' && m.by === role.by && m.role?.title === role.role?.title && m.span.end <= role.span.end
          && role.span.start - m.span.end <= SHARED_TITLE_REACH);
        return group.sort((a, b) => a.span.start - b.span.start);
      };
      for (const role of list) {
        if (role.kind !== 'role' || !role.role || replaced.has(role)) continue;
        const end = tokenEndingAt(tokens, role.span.end);
        // Title then name: "Foreign Minister Hakan Fidan", "his Russian counterpart, Vladimir Putin", and in
        // apposition, closed by a comma or the sentence's end: "Brazil's finance minister, Fernando Haddad, said"
        // ("after meeting the foreign minister, Putin flew home" names no minister).
        let i = end + 1;
        // "Canada's Ambassador to the United States, Kirsten Hillman": the state an envoy is sent to stands between.
        if (tokens[i]?.norm === 'to') {
          const at = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
          const host = stateStarting.get(tokens[at]?.start ?? -1);
          if (host) i = tokenEndingAt(tokens, host.span.end) + 1;
        }
        // "Minister of State for External Affairs Smt. X": a portfolio after "for", up to an honorific or a known person.
        if (tokens[i]?.norm === 'for') {
          const portfolio = (t: Token | undefined): boolean => t !== undefined && (t.capitalised || t.norm === 'and');
          for (let j = i + 2; j <= i + PORTFOLIO_WORDS + 1 && portfolio(tokens[j - 1]); j++) {
            if (skipHonorifics(ctx, sentence, j) > j || leaderAt(tokens[j]?.start ?? -1)) { i = j; break; }
          }
        }
        // "her counterpart at the time, X": a time the title was held at stands before the comma.
        const then = ctx.knowledge.lexicon.timeSuffixes.longestAt(sentence.keys, i);
        if (then && tokens[i + then.length]?.text === ',') i += then.length;
        const set = tokens[i]?.text === ',';
        if (set) i++;
        // "A, President of X, B, President of Y": a title set off by commas between two people is the first one's.
        const start = tokenAt(tokens, role.span.start);
        // The comma that sets the title off after a name, "the" aside: "X, (the) President of Y"; -1 if none does.
        const commaBefore = tokens[start - 1]?.text === ',' ? start - 1 : tokens[start - 1]?.norm === 'the' && tokens[start - 2]?.text === ',' ? start - 2 : -1;
        const apposed = set && commaBefore > 0 && leaderEndingAt(tokens[commaBefore - 1]!.end) !== undefined;
        const closed = (after: number): boolean => role.role!.counterpart === true || !set || tokens[after] === undefined || CLOSING.has(tokens[after]!.text);
        // "his Albanian and Montenegrin counterparts, A and B": a plural title over states listed before it names as many
        // people after its comma, in the same order.
        const shared = set ? sharedTitle(role) : [];
        if (shared.length >= 2) {
          const spans = namesListed(ctx, sentence, i, shared.length, starts, closed);
          if (spans) {
            shared.forEach((r, n) => {
              const [from, to] = spans[n]!;
              // A known person named whole takes the title; otherwise the name makes a person.
              const found = leaderAt(tokens[from]!.start);
              const known = found && tokenEndingAt(tokens, found.span.end) + 1 === to ? found : undefined;
              const person = known ? extended(known, { by: 'titled-name' as const, role: r.role! }) : newLeader(ctx, sentence, from, to, r.role, namedStates);
              if (!person) return;
              if (known) replaced.set(known, person);
              else added.push(person);
              replaced.set(r, null);
              ctx.trace('titled-name', () => `"${person.label ?? person.text}" holds "${r.text}", listed in order after the plural title`, sentence.index);
            });
            continue;
          }
        }
        const afterHonorifics = skipHonorifics(ctx, sentence, i);
        // The person may start anywhere among the honorifics: "President His Highness [Sheikh Mohamed ...]".
        let known: Mention | undefined;
        for (let j = i; j <= afterHonorifics && !known; j++) known = leaderAt(tokens[j]?.start ?? -1);
        const n = nameLength(ctx, tokens, afterHonorifics, starts);
        // A known person whose name the text writes longer ("Samia Suluhu [Hassan]") is that person.
        const knownEnd = known ? tokenEndingAt(tokens, known.span.end) + 1 : -1;
        if (known && !apposed && !replaced.has(known) && (closed(knownEnd) || (n > 0 && afterHonorifics + n > knownEnd && closed(afterHonorifics + n)))) { bind(role, known); continue; }
        if (n > 0 && !apposed && tokens[afterHonorifics]!.spaceBefore && closed(afterHonorifics + n)) {
          const person = newLeader(ctx, sentence, i, afterHonorifics + n, role.role, namedStates);
          if (!person) continue;
          added.push(person);
          addedEnding.set(person.span.end, added.length - 1);
          replaced.set(role, null);
          absorbCoordinated(role, person);
          ctx.trace('titled-name', () => `new leader "${person.label ?? person.text}" from title "${role.text}"`, sentence.index);
          continue;
        }
        // "President Samia", "Emir Tamim": one name word after a title is the first name of the one holder of that title
        // in the title's state, or in a state the article names.
        const word = tokens[afterHonorifics];
        if (n === 0 && word?.kind === 'word' && word.capitalised && word.spaceBefore && !starts.has(word.start) && closed(afterHonorifics + 1)
          && !(tokens[afterHonorifics + 1]?.kind === 'word' && tokens[afterHonorifics + 1]!.capitalised)) {
          const holder = holderByFirstName(ctx, word.norm, role.role, namedStates);
          if (holder) {
            const span = spanOf(tokens, i, afterHonorifics + 1);
            added.push({ span, text: textOf(ctx, span), sentence: sentence.index, kind: 'leader', via: 'titled-name', by: 'titled-name', candidates: [holder], aliases: [word.text], role: role.role });
            replaced.set(role, null);
            ctx.trace('titled-name', () => `"${textOf(ctx, span)}" is ${holder}, the holder of that title by that first name`, sentence.index);
            continue;
          }
        }
        // Name, then title in apposition: "Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar", or taken up:
        // "X on his election as president of Y".
        // "X, Vice President, Prime Minister and Ruler of Dubai,": the titles listed after a person's first are theirs too.
        const listedAfter = tokens[start - 1]?.text === ',' || tokens[start - 1]?.norm === 'and' ? listedTitleBefore(tokens, start - 1, titlesOf) : undefined;
        if (listedAfter) {
          // The person's title then runs on to this one: what the sentence says next follows the whole list.
          const bound = replaced.get(listedAfter);
          if (bound?.role) replaced.set(listedAfter, extended(bound, { role: { ...bound.role, span: { start: bound.role.span.start, end: role.span.end } } }));
          replaced.set(role, null);
          titlesOf.set(role.span.end, listedAfter);
          continue;
        }
        const comma = commaBefore >= 0 ? commaBefore : accessionBefore(ctx, sentence, start);
        if (comma <= 0) continue;
        // "Anthony Albanese MP, Prime Minister of Australia": the name ends before letters after it.
        const last = tokens[comma - 1]!;
        const nameEnd = ctx.knowledge.lexicon.postNominals.has(last.norm) && last.text === last.text.toUpperCase() ? comma - 1 : comma;
        if (nameEnd <= 0) continue;
        const before = leaderEndingAt(tokens[nameEnd - 1]!.end);
        // "met Xi Jinping, the Australian prime minister's third meeting with ...": a title of a state the person is
        // known never to have served is none of theirs.
        if (before && !replaced.has(before) && servedElsewhere(ctx, before, role.role.state)) continue;
        if (before && !replaced.has(before)) { bind(role, before); titlesOf.set(role.span.end, before); continue; }
        // "Crown Prince X, the prime minister": a person a title before the name already made is no new one; a title of
        // another state starts a clause of its own ("In a call with Spain's X, the Brazilian leader sought ...").
        const titled = before ? replaced.get(before) : undefined;
        if (titled) {
          if (!(role.role.state && titled.role?.state && role.role.state !== titled.role.state)) replaced.set(role, null);
          continue;
        }
        // "His Majesty Sultan X, Sultan of Oman": the person a title before the name made, the state now told.
        const made = addedEnding.get(tokens[nameEnd - 1]!.end);
        if (made !== undefined) {
          if (!added[made]!.role?.state && role.role.state) added[made] = extended(added[made]!, { role: role.role });
          replaced.set(role, null);
          continue;
        }
        let from = nameEnd - 1;
        while (from > 0 && nameEnd - from < MAX_NAME_TOKENS * 2 && !starts.has(tokens[from]!.start) && (tokens[from - 1]!.kind === 'word' || tokens[from - 1]!.text === '-')) from--;
        for (; from < nameEnd; from++) {
          if (nameLength(ctx, tokens, from, starts) === nameEnd - from && tokens[from]!.capitalised) break;
        }
        // "On Wednesday, the Prime Minister ...", "In Erbil, the prime minister ...": a phrase opened by a preposition names
        // no one.
        const opener = tokens[from]?.norm ?? '';
        const phrase = ctx.knowledge.lexicon.grammar.prepositions.has(opener) || ctx.knowledge.lexicon.locatives.has(opener);
        if (from < nameEnd - 1 && !phrase) {
          const person = newLeader(ctx, sentence, from, nameEnd, role.role, namedStates);
          if (!person) continue;
          added.push(person);
          replaced.set(role, null);
          ctx.trace('titled-name', () => `new leader "${person.label ?? person.text}" from apposition "${role.text}"`, sentence.index);
        }
      }
    }
    for (const sentence of ctx.sentences) added.push(...namedAfterPluralTitle(ctx, sentence, grouped.get(sentence.index) ?? [], namedStates));
    const out: Mention[] = [];
    for (const m of mentions) {
      const r = replaced.get(m);
      if (r !== null) out.push(r ?? m);
    }
    return [...out, ...added];
  },
};

/**
 * "represented by their foreign ministers, A, B and C", "the special envoys of the two countries, D and E", "foreign
 * ministers A and B": a plural title then a list of two or more names, closed by a comma or the sentence's end (any
 * mark or a word in lower case with no comma after the title). Each the gazetteer does not know is a new person with
 * that title; when the sentence lists as many states before the title, in turn those states'.
 */
function namedAfterPluralTitle(ctx: ArticleContext, sentence: Sentence, list: readonly Mention[], namedStates: () => readonly EntityKey[]): Mention[] {
  const { tokens, keys } = sentence;
  const taken = new Set(list.map((m) => m.span.start));
  // Not a capital after a locative ("in Cairo"), a place the location filter drops later.
  const place = (m: Mention): boolean => m.via === 'capital' && ctx.knowledge.lexicon.locatives.has(keys[tokenAt(tokens, m.span.start) - 1] ?? '');
  const states = list.filter((m) => m.kind === 'state' && m.candidates.length === 1 && m.via !== 'demonym' && !place(m));
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = pluralMatch(ctx, keys, i);
    if (!match) continue;
    let at = i + match.length;
    if (keys[at] === 'of' || keys[at] === 'from') {
      // "of the two countries", "of Kenya and Ethiopia": a short complement before the comma.
      while (at < tokens.length && at - (i + match.length) < 5 && keys[at] !== ',') at++;
    }
    // "foreign ministers A and B": the names may follow the title with no comma between.
    const bare = at === i + match.length && tokens[at]?.kind === 'word' && tokens[at]!.capitalised;
    if (keys[at] !== ',' && !bare) continue;
    const complement = { start: tokens[i + match.length]!.start, end: tokens[bare ? i + match.length - 1 : at]!.start };
    // Each name, and the person the gazetteer knows by it (none to add: "foreign ministers A and B", A known).
    const names: [number, number, Mention | undefined, Mention | undefined][] = [];
    for (at += bare ? 0 : 1; ;) {
      // "the three foreign ministers, Turkey's A, Finland's B and Sweden's C": each name may follow its state's possessive.
      const owner = bare ? undefined : states.find((m) => m.span.start === tokens[at]?.start);
      const ownerEnd = owner ? tokenEndingAt(tokens, owner.span.end) : -1;
      const own = owner && keys[ownerEnd + 1] === "'" && keys[ownerEnd + 2] === 's' ? owner : undefined;
      if (own) at = ownerEnd + 3;
      const known = list.find((m) => m.kind === 'leader' && m.span.start === tokens[at]?.start);
      const n = known ? tokenEndingAt(tokens, known.span.end) + 1 - at : taken.has(tokens[at]?.start ?? -1) ? 0 : nameLength(ctx, tokens, at, taken);
      if (n <= 0) break;
      names.push([at, at + n, known, own]);
      at += n;
      if (keys[at] === ',' && keys[at + 1] === 'and') at += 2;
      else if (keys[at] === ',' || keys[at] === 'and') at++;
      else break;
    }
    // Closed by a comma or the sentence's end; with no comma before the names, by any mark or a word in lower case.
    const closed = at >= tokens.length || keys[at - 1] === ',' || keys[at] === '.' || keys[at] === ','
      || bare && (tokens[at]!.kind === 'punct' || !tokens[at]!.capitalised);
    if (names.length < 2 || !closed || names.every(([, , known]) => known)) continue;
    const entry = match.payloads[0]!;
    // The states named in turn in the complement ("the foreign ministers of Kenya and Ethiopia, A and B"), else before it.
    const inComplement = states.filter((m) => m.span.start >= complement.start && m.span.end <= complement.end);
    const titleSpan = inComplement.length > 0 ? { start: tokens[i]!.start, end: complement.end } : spanOf(tokens, i, i + match.length);
    const before = states.filter((m) => m.span.end <= tokens[i]!.start);
    // Else the list of states last before it: "the Moldova Support Platform was convened by A, B and C, whose foreign ministers".
    const listed = lastList(keys, tokens, before);
    const respective = inComplement.length === names.length ? inComplement : listed.length === names.length ? listed : [];
    names.forEach(([from, to, known, own], n) => {
      if (known) return;
      const state = (own ?? respective[n])?.candidates[0];
      const person = newLeader(ctx, sentence, from, to, { title: entry.title, office: entry.office, leader: entry.leader, span: titleSpan, ...(state ? { state } : {}) }, namedStates);
      if (person) out.push(person);
    });
    ctx.trace('titled-name', () => `${names.length} new people named after "${textOf(ctx, titleSpan)}"`, sentence.index);
    i = at - 1;
  }
  return out;
}

