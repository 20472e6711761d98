// Finds the later mentions of people the article introduced: of those the gazetteer does not know but a title
// introduced ("Foreign Secretary Vikram Misri ... Misri told reporters"), the full name again or the surname, and
// the surname of those it knows but the text spells its own way ("President Anura Kumara Disanayake ...
// Disanayake said", a letter apart from the gazetteer's "Dissanayake");
// of anyone the gazetteer knows, named in full, the first word of the name alone ("Wang Yi ... Wang met", "Yoon
// Suk Yeol ... Yoon said": many names put the family name first) or the last, when the gazetteer holds that surname
// for several people ("Alberto Fernandez ... Fernandez said"), when no one else the article names shares that word,
// and not inside a longer name.
import { firstWhere } from '../sorted.js';
import { fold } from '../text/fold.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { ArticleContext, Mention, Stage } from '../types.js';
import { partOfLongerName, spanOf, textOf } from './util.js';
import { phraseTrie } from '../../knowledge/lexicon.js';

export const repeatedNameMention: Stage<Mention> = {
  id: 'repeated-name-mention',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const introduced = mentions.filter((m) => m.via === 'titled-name' && m.label && !ctx.knowledge.gazetteer.entity(m.candidates[0]!));
    const named = mentions.filter((m) => m.kind === 'leader' && m.via === 'name' && m.candidates.length === 1);
    // Known people the text spells its own way ("Anura Kumara Disanayake" for the gazetteer's "Dissanayake").
    const respelled = mentions.filter((m) => m.via === 'titled-name' && !m.label && m.aliases?.length && ctx.knowledge.gazetteer.entity(m.candidates[0]!));
    if (introduced.length === 0 && named.length === 0 && respelled.length === 0) return [...mentions];
    const forms: [string, Mention][] = [];
    for (const m of introduced) forms.push([m.label!, m]);
    // Each word that may stand alone for a person, with the people it may stand for.
    const words = new Map<string, { word: string; people: Set<string>; mention: Mention }>();
    const offer = (word: string, m: Mention): void => {
      const key = fold(word);
      const seen = words.get(key);
      if (seen) seen.people.add(m.candidates[0]!);
      else words.set(key, { word, people: new Set([m.candidates[0]!]), mention: m });
    };
    const { honorifics, nameParticles, generationalSuffixes } = ctx.knowledge.lexicon;
    // "Ferdinand R. Marcos Jr.": the words of a name, a generation's suffix aside.
    const nameWords = (tokens: readonly Token[]): Token[] => {
      const parts = tokens.filter((t) => t.kind === 'word');
      return parts.length > 1 && generationalSuffixes.has(parts.at(-1)!.norm) ? parts.slice(0, -1) : parts;
    };
    // First words of introduced names, by folded word: undefined once two people share one.
    const familyFirst = new Map<string, [string, Mention] | undefined>();
    for (const [m, name] of [...introduced.map((m) => [m, m.label!] as const), ...respelled.map((m) => [m, m.aliases![0]!] as const)]) {
      const parts = nameWords(tokenize(name));
      const surname = parts[parts.length - 1];
      if (surname && surname.capitalised && parts.length > 1) offer(surname.text, m);
      // "Prime Minister Han Duck-soo ... Prime Minister Han": a family name put first, found only after a title.
      const first = parts[0];
      if (first && first.capitalised && parts.length > 1 && first.text.length > 1 && honorifics.matchesAt([first.norm], 0).length === 0) {
        const key = fold(first.text);
        familyFirst.set(key, familyFirst.has(key) ? undefined : [first.text, m]);
      }
      const compound = compoundSurname(name, parts, nameParticles);
      if (compound) offer(compound, m);
    }
    for (const m of named) {
      // "Prince Faisal bin Farhan ... Prince Faisal": the name starts after its honorifics.
      const tokens = tokenize(m.text);
      const words = nameWords(tokens);
      const parts = words.slice(words.findIndex((t) => honorifics.matchesAt([t.norm], 0).length === 0));
      if (parts.length < 2) continue;
      // The last word too ("Alberto Fernandez ... Fernandez said"), unless a particle makes it a family's or a father's
      // name many share ("Hamad bin Isa Al Khalifa").
      const last = parts.some((t) => nameParticles.has(t.norm)) ? [] : [parts[parts.length - 1]!];
      for (const part of new Set([parts[0]!, ...last])) if (part.capitalised && part.text.length > 1) offer(part.text, m);
      // "Abdullah Al-Yahya ... Al-Yahya said": a family name its particle is hyphened to is one's own.
      const hyphened = hyphenedSurname(tokens, nameParticles);
      if (hyphened) offer(hyphened, m);
      const compound = compoundSurname(m.text, parts, nameParticles);
      if (compound) offer(compound, m);
    }
    for (const { word, people, mention } of words.values()) if (people.size === 1) forms.push([word, mention]);
    const afterTitle = new Set<string>();
    for (const [key, form] of familyFirst) if (form && !words.has(key)) { forms.push(form); afterTitle.add(key); }
    // Where titles end: a family name put first stands for its person right after one.
    const titleEnds = new Set(mentions.filter((m) => m.kind === 'role').map((m) => m.span.end));
    if (forms.length === 0) return [...mentions];
    const trie = phraseTrie(forms);
    const out = [...mentions];
    // The mentions found so far by start, with the furthest end up to each: an overlap test by halving.
    const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
    const reach: number[] = [];
    sorted.forEach((m, i) => { reach[i] = Math.max(m.span.end, reach[i - 1] ?? -1); });
    const taken = (span: { start: number; end: number }): boolean => {
      const before = firstWhere(sorted.length, (i) => sorted[i]!.span.start >= span.end);
      return before > 0 && reach[before - 1]! > span.start;
    };
    // "Penny Wong ... Wong met": a surname the gazetteer gives someone the article does not name ("Lawrence Wong") is
    // the surname of the one it named.
    const inArticle = new Set([...introduced, ...named, ...respelled].flatMap((m) => m.candidates));
    const strangers = new Map(mentions.filter((m) => m.kind === 'leader' && m.via === 'short' && !m.candidates.some((k) => inArticle.has(k)))
      .map((m) => [`${m.span.start}:${m.span.end}`, m]));
    const replaced = new Set<Mention>();
    for (const sentence of ctx.sentences) {
      const tokens = sentence.tokens;
      const keys = sentence.keys;
      for (let i = 0; i < tokens.length; i++) {
        const match = trie.longestAt(keys, i);
        // An acronym is no name ("UN" is not Kim Jong Un), unless the sentence is written in capitals.
        if (!match || !tokens[i]!.capitalised || (tokens[i]!.text === tokens[i]!.text.toUpperCase() && !sentence.shouted)) continue;
        const span = spanOf(tokens, i, i + match.length);
        if (afterTitle.has(fold(textOf(ctx, span))) && !(i > 0 && titleEnds.has(tokens[i - 1]!.end))) continue;
        const stranger = strangers.get(`${span.start}:${span.end}`);
        if (stranger) replaced.add(stranger);
        else if (taken(span) || partOfLongerName(ctx, sentence, i, i + match.length - 1)) continue;
        const person = match.payloads[0]!;
        out.push({
          span, text: textOf(ctx, span), sentence: sentence.index, kind: 'leader', via: 'short', by: 'repeated-name-mention',
          candidates: person.candidates, ...(person.state ? { state: person.state } : {}),
        });
        i += match.length - 1;
      }
    }
    return replaced.size > 0 ? out.filter((m) => !replaced.has(m)) : out;
  },
};

/** The last name of `tokens` when a particle is hyphened to it ("Al-Yahya"), else undefined. */
function hyphenedSurname(tokens: readonly Token[], particles: ReadonlySet<string>): string | undefined {
  const n = tokens.length;
  if (n < 4 || tokens[n - 2]!.text !== '-' || !particles.has(tokens[n - 3]!.norm) || tokens[n - 2]!.spaceBefore || tokens[n - 1]!.spaceBefore) return undefined;
  return `${tokens[n - 3]!.text}-${tokens[n - 1]!.text}`;
}

/**
 * "Therese Kayikwamba Wagner ... Kayikwamba Wagner said": the words after the given name of a name of three words or
 * more with no particle, as a surname of two or more; undefined otherwise.
 */
function compoundSurname(name: string, parts: readonly Token[], particles: ReadonlySet<string>): string | undefined {
  if (parts.length < 3 || parts.some((t) => particles.has(t.norm) || !t.capitalised)) return undefined;
  return name.slice(parts[1]!.start, parts[parts.length - 1]!.end);
}
