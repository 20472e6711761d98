// Resolves a title with no name to the person holding it: "the Russian president" on the article's day (on the day its
// sentence states with a year, for a past event: "On October 26, 2018, the Japanese leader ..."), "his Iranian
// counterpart" (the office of the person set against him; with no state, the person of that title in another state
// named just before), "the King" (the king the article has named; "His Majesty the King", the one it named with that
// honorific), "the new prime minister" (the one who took office lately), "the visiting president" (the guest named
// before). People the article already names are preferred over the gazetteer's holders; in an article without a date
// they are the only candidates: the one named person who ever held the office. A bare title no one named before fits is
// the page's own office holder: a government's press release speaks of "the Prime Minister" or "the Head of State" its
// header names ("From: ... Office of the Prime Minister and Sir X Y"), or whom the dateline's state has in that office
// ("DHAKA, Aug 16 (Agency) - ... the Chief Adviser").
import type { EntityKey, IsoDate, Office } from '../../document/types.gen.js';
import { HEAD_OFFICES } from '../../knowledge/gazetteer.js';
import { findDateExpressions, mayStateFullDate } from '../dates/date-expressions.js';
import { tagsOf } from '../text/pos.js';
import { tokenFrom, tokenize } from '../text/tokens.js';
import type { ArticleContext, Mention, Role, Stage } from '../types.js';
import { caseAgrees } from './name-mention.js';
import { inSentence, phraseEndingAt } from './util.js';
import { firstWhere } from '../sorted.js';

/** Spaces right at an offset: what may stand between a title and the name after it. */
const SPACES = /\s+/y;

/** How many sentences back a bare title ("the Amir") may look for the person it names. */
const BARE_TITLE_REACH = 4;

/** The offices a page's header state gives a bare title's holder for. */

/** The offices a bare "the minister" may name. */
const MINISTERS: ReadonlySet<string> = new Set<Office>(['minister', 'foreign_minister', 'defence_minister']);

function officesOf(ctx: ArticleContext, role: Role, state: EntityKey): Office[] {
  const { gazetteer } = ctx.knowledge;
  const own = gazetteer.officesForTitle(state, role.title);
  // "The German leader": the office the state names its leader by, else either head.
  if (role.leader) return own.length > 0 ? own : ['head_of_state', 'head_of_government'];
  return own.length > 0 ? own : [role.office];
}

/**
 * The title a person is known by in this article: the one the text gives, else the first title their
 * state gives their office. "Counterpart" means the same title elsewhere, not the same office: Iran's
 * president heads the government, Russia's the state.
 */
function titleOf(ctx: ArticleContext, person: Mention, leaders: readonly Mention[] = []): string | undefined {
  const given = givenRole(person, leaders);
  if (given) return given.title;
  const term = ctx.knowledge.gazetteer.termsOn(person.candidates[0]!, ctx.on).find((t) => t.state);
  return term ? (ctx.knowledge.gazetteer.state(term.state!)?.titles[term.office]?.[0] ?? term.title) : undefined;
}

/** The role the text gives a person: at this mention, else at an earlier one ("Peru's trade minister X ... where X had hosted"). */
function givenRole(person: Mention, leaders: readonly Mention[]): Role | undefined {
  if (person.role && !person.role.counterpart) return person.role;
  return leaders.find((l) => l.candidates[0] === person.candidates[0] && l.role && !l.role.counterpart && l.span.start < person.span.start)?.role;
}

/**
 * The one day, year given, a sentence states for what it tells ("On October 26, 2018, the Japanese leader ..."): its
 * titles name their holders of that day, not of the article's.
 */
function dayOf(published: IsoDate, ctx: ArticleContext, sentence: number): IsoDate | undefined {
  const span = ctx.sentences[sentence]!;
  if (!mayStateFullDate(ctx.article.text.slice(span.start, span.end))) return undefined;
  const days = new Set(findDateExpressions(ctx.article.text, span, published).filter((d) => d.basis === 'stated' && d.precision === 'day' && !d.scope).map((d) => d.date));
  return days.size === 1 ? [...days][0] : undefined;
}

function pick(ctx: ArticleContext, on: IsoDate, holders: readonly EntityKey[], named: readonly EntityKey[], role: Role, state: EntityKey): EntityKey | undefined {
  if (holders.length <= 1) return holders[0];
  const mentioned = holders.filter((h) => named.includes(h));
  if (mentioned.length === 1) return mentioned[0];
  if (role.leader) {
    // The person holding both offices, else the head of state.
    const { gazetteer } = ctx.knowledge;
    const heads = gazetteer.holders(state, on, { offices: ['head_of_state'] }).map((l) => l.key);
    const both = holders.filter((h) => heads.includes(h) && gazetteer.holders(state, on, { offices: ['head_of_government'] }).some((l) => l.key === h));
    return both[0] ?? heads[0];
  }
  return undefined;
}

/** Whether a person holds, on the article's day, an office a bare title names in their state ("the Amir": Qatar's emir). */
function holdsTitle(ctx: ArticleContext, key: EntityKey, title: string): boolean {
  const { gazetteer } = ctx.knowledge;
  return gazetteer.termsOn(key, ctx.on).some((t) => t.state !== undefined && gazetteer.officesForTitle(t.state, title).includes(t.office));
}

/** The people in office and the states the page's header names (outlet, headline, standfirst, dateline), read once. */
function headerParties(ctx: ArticleContext): { leaders: EntityKey[]; states: EntityKey[] } {
  const leaders = new Set<EntityKey>();
  const states = new Set<EntityKey>();
  const { gazetteer } = ctx.knowledge;
  const tokens = tokenize(ctx.article.text, 0, ctx.article.body.start);
  const keys = tokens.map((t) => t.norm);
  for (let i = 0; i < keys.length; i++) {
    const match = gazetteer.names.longestAt(keys, i);
    if (!match) continue;
    for (const e of match.payloads) {
      if (!caseAgrees(e, tokens, i)) continue;
      if (e.type === 'leader' && gazetteer.termsOn(e.key, ctx.on).length > 0) leaders.add(e.key);
      if (e.type === 'state' && e.kind !== 'demonym') states.add(e.key);
    }
    i += match.length - 1;
  }
  return { leaders: [...leaders], states: [...states] };
}

/**
 * The page's own holder of a bare title: the one person its header names who holds it, else its states' one holder.
 * Only a state's own title counts, or the office's generic name ("the Head of State"): a Venezuelan "Chancellor" is
 * no head of government.
 */
function pageHolder(ctx: ArticleContext, header: { leaders: EntityKey[]; states: EntityKey[] }, role: Role): EntityKey | undefined {
  const { gazetteer } = ctx.knowledge;
  const on = ctx.on;
  if (on === null) return undefined;
  const generic = role.title === role.office.replaceAll('_', ' ');
  const offices = (state: EntityKey): Office[] => {
    const own = gazetteer.officesForTitle(state, role.title);
    return own.length > 0 || !generic ? own : [role.office];
  };
  const fits = header.leaders.filter((k) => gazetteer.termsOn(k, on).some((t) => t.state && offices(t.state).includes(t.office)));
  if (fits.length === 1) return fits[0];
  // A state's holder only of the offices that speak for it: a ministry's page names its minister.
  const holders = new Set(header.states.flatMap((state) => {
    const wanted = offices(state).filter((o) => HEAD_OFFICES.has(o));
    return wanted.length > 0 ? gazetteer.holders(state, on, { offices: wanted }).map((l) => l.key) : [];
  }));
  // Several named ("X, Y phone Z"): the one the header's state has in that office (the dateline's "ASTANA").
  const own = fits.length > 1 ? fits.filter((k) => holders.has(k)) : [...holders];
  return own.length === 1 ? own[0] : undefined;
}

/** How long before the article a term may have begun for its holder to be "the new" one, and how long after. */
const NEWCOMER_DAYS = { before: 120, after: 150 };
const DAY_MS = 86_400_000;

/** Whether one of `phrases` stands right before the title ("the new [prime minister]", "the visiting [president]"). */
function wordsBefore(ctx: ArticleContext, m: Mention, phrases: ReadonlySet<string>): boolean {
  const { tokens, keys } = ctx.sentences[m.sentence]!;
  return phraseEndingAt(phrases, keys, tokenFrom(tokens, m.span.start) - 1);
}

/** How many tokens before a person's name an honorific may stand: "President His Highness Sheikh X". */
const HONORIFIC_REACH = 4;
/** How many words an honorific may take ("his royal highness"). */
const HONORIFIC_WORDS = 3;

/**
 * "His Highness the President", "His Majesty the King": a bare title after an honorific is the person the article
 * named before with that honorific and a title it fits, the first of them.
 */
function honouredBefore(ctx: ArticleContext, leaders: readonly Mention[], m: Mention, role: Role): EntityKey | undefined {
  const { tokens, keys } = ctx.sentences[m.sentence]!;
  const at = tokenFrom(tokens, m.span.start);
  // Of two words or more: "Prince the President" is no such phrase.
  const opens = keys[at - 1] === 'the' ? ctx.knowledge.lexicon.honorifics.startEndingAt(keys, at - 2, HONORIFIC_WORDS) : -1;
  if (opens < 0 || opens === at - 2) return undefined;
  const honorific = keys.slice(opens, at - 1).join(' ');
  return leaders.find((l) => {
    if (l.span.end > m.span.start || !holdsTitle(ctx, l.candidates[0]!, role.title) && l.role?.title !== role.title) return false;
    const sentence = ctx.sentences[l.sentence]!;
    const first = tokenFrom(sentence.tokens, l.span.start);
    const words = sentence.keys.slice(Math.max(0, first - HONORIFIC_REACH), first).concat(tokenize(l.text).map((t) => t.norm)).join(' ');
    return ` ${words} `.includes(` ${honorific} `);
  })?.candidates[0];
}

/**
 * "X welcomed the visiting president": the guest is the person named first, within reach before, whose office the
 * title fits ("leader": any head) and whom the sentence does not name; once found, the article's guest.
 */
function guestBefore(ctx: ArticleContext, leaders: readonly Mention[], here: ReadonlySet<EntityKey>, m: Mention, role: Role): EntityKey | undefined {
  const fits = (key: EntityKey): boolean => (role.leader ? ctx.knowledge.gazetteer.termsOn(key, ctx.on).some((t) => t.state !== undefined && HEAD_OFFICES.has(t.office)) : holdsTitle(ctx, key, role.title));
  return leaders.find((l) => l.span.end <= m.span.start && m.sentence - l.sentence <= BARE_TITLE_REACH && !here.has(l.candidates[0]!) && fits(l.candidates[0]!))?.candidates[0];
}

/**
 * The one person the article names whose term in an office the title fits began lately or is about to (only about
 * to, for "the president-elect"; "leader": any head), in the title's state when it names one; not one its own sentence names ("X spoke
 * to the new prime minister" is someone else).
 */
function newestHolder(ctx: ArticleContext, named: readonly EntityKey[], here: ReadonlySet<EntityKey>, role: Role): EntityKey | undefined {
  if (ctx.on === null) return undefined;
  const { gazetteer } = ctx.knowledge;
  const day = Date.parse(ctx.on);
  const since = role.newcomer ? day : day - NEWCOMER_DAYS.before * DAY_MS;
  const fresh = named.filter((k) => !here.has(k) && gazetteer.leader(k)?.terms.some((t) => t.state && (!role.state || t.state === role.state) && t.from !== null
    && Date.parse(t.from) >= since && Date.parse(t.from) <= day + NEWCOMER_DAYS.after * DAY_MS
    && (role.leader ? HEAD_OFFICES.has(t.office) : gazetteer.officesForTitle(t.state, role.title).includes(t.office))));
  return fresh.length === 1 ? fresh[0] : undefined;
}

/**
 * The person named last before `m` in its sentence: by halving over the sentence's people in text order, since a
 * run-on sentence of counterparts asks for every one.
 */
function namedLastBefore(leaders: readonly Mention[], m: Mention): Mention | undefined {
  const own = inTextOrder(inSentence(leaders, m.sentence));
  for (let i = firstWhere(own.length, (n) => own[n]!.span.start >= m.span.start) - 1; i >= 0; i--) if (own[i]!.span.end <= m.span.start) return own[i];
  return undefined;
}

/** How many sentences back "his counterpart" may find the person it is set against. */
const COUNTERPART_REACH = 2;

/** The last person serving no office of `state` named in the few sentences before the one of `m`. */
function namedInSentencesBefore(ctx: ArticleContext, leaders: readonly Mention[], m: Mention, state: EntityKey): Mention | undefined {
  const foreign = (l: Mention): boolean => l.role?.state !== state && !ctx.knowledge.gazetteer.termsOn(l.candidates[0]!, ctx.on).some((t) => t.state === state);
  return inTextOrder(leaders.filter((l) => l.sentence < m.sentence && m.sentence - l.sentence <= COUNTERPART_REACH)).findLast(foreign);
}

/** "his Malaysian counterpart": a possessive right before the role's words. */
function ownedByPossessive(ctx: ArticleContext, m: Mention): boolean {
  const tokens = ctx.sentences[m.sentence]!.tokens;
  return ctx.knowledge.lexicon.grammar.possessives.has(tokens[tokenFrom(tokens, m.span.start) - 1]?.norm ?? '');
}

const sortedCopies = new WeakMap<readonly Mention[], readonly Mention[]>();

/** A list's mentions by start, sorted once per list. */
function inTextOrder(list: readonly Mention[]): readonly Mention[] {
  let sorted = sortedCopies.get(list);
  if (!sorted) sortedCopies.set(list, sorted = [...list].sort((a, b) => a.span.start - b.span.start));
  return sorted;
}

/**
 * "X received his counterpart": the person named last before, within reach, who holds the title of the person set
 * against the phrase (the one named last before it in its sentence) in another state.
 */
function counterpartNamedBefore(ctx: ArticleContext, leaders: readonly Mention[], m: Mention): EntityKey | undefined {
  const other = namedLastBefore(leaders, m);
  const title = other ? titleOf(ctx, other) : undefined;
  if (!other || !title) return undefined;
  const { gazetteer } = ctx.knowledge;
  const stateOf = (l: Mention): EntityKey | undefined => l.role?.state ?? gazetteer.termsOn(l.candidates[0]!, ctx.on).find((t) => t.state)?.state;
  // "The Kenyan leader congratulated his counterpart": two heads of state or government are counterparts whatever
  // their titles ("leader", "president").
  const heads = (l: Mention): boolean => gazetteer.headsOn(l.candidates[0]!, ctx.on);
  const own = stateOf(other);
  const before = leaders.filter((l) => l.span.end <= m.span.start && m.sentence - l.sentence <= BARE_TITLE_REACH && l.candidates[0] !== other.candidates[0]);
  for (let i = before.length - 1; i >= 0; i--) {
    const state = stateOf(before[i]!);
    if (state && state !== own && (titleOf(ctx, before[i]!) === title || heads(other) && heads(before[i]!))) return before[i]!.candidates[0];
  }
  return undefined;
}

/** Words before "as" that make it a comparison or a list, not a role taken: "such as", "as well as". */
const NOT_PREDICATIVE: ReadonlySet<string> = new Set(['such', 'well', 'as', 'same']);

/**
 * "resigned as prime minister", "was sworn in as the country's president", "served as foreign minister": a title after
 * "as" (and a determiner or possessive) says what the clause's subject is or becomes; it refers to no one else.
 */
function predicative(ctx: ArticleContext, m: Mention): boolean {
  const sentence = ctx.sentences[m.sentence]!;
  const { tokens } = sentence;
  let at = tokenFrom(tokens, m.span.start) - 1;
  const { determiners, possessives } = ctx.knowledge.lexicon.grammar;
  if (at >= 0 && (determiners.has(tokens[at]!.norm) || possessives.has(tokens[at]!.norm))) at--;
  if (at < 1 || tokens[at]!.norm !== 'as' || NOT_PREDICATIVE.has(tokens[at - 1]!.norm)) return false;
  // "as the Kenyan leader made his first visit": "as" opens a clause whose subject the title is.
  const next = tokenFrom(tokens, m.span.end);
  const { pos } = tagsOf(ctx.article.text, sentence);
  return next < 0 || (pos[next] !== 'VERB' && pos[next] !== 'AUX');
}

export const roleResolve: Stage<Mention> = {
  id: 'role-resolve',
  run(ctx: ArticleContext, mentions: readonly Mention[]): Mention[] {
    const { gazetteer } = ctx.knowledge;
    const named = [...new Set(mentions.filter((m) => m.kind === 'leader' && m.candidates.length === 1).map((m) => m.candidates[0]!))];
    const out: Mention[] = [];
    const leaders = mentions.filter((m) => m.kind === 'leader' && m.candidates.length === 1);
    // Each sentence's people by where they start, the first of any two at one place.
    const leaderAt = new Map<string, Mention>();
    for (const l of leaders) if (!leaderAt.has(`${l.sentence}:${l.span.start}`)) leaderAt.set(`${l.sentence}:${l.span.start}`, l);
    const bareSeen = new Map<string, EntityKey>();
    const standIns: Mention[] = [];
    const resolved: Mention[] = [];
    const days = new Map<number, IsoDate | undefined>();
    let header: { leaders: EntityKey[]; states: EntityKey[] } | undefined;
    let guest: EntityKey | undefined;
    for (const m of mentions) {
      if (m.kind !== 'role' || !m.role) { out.push(m); continue; }
      if (predicative(ctx, m)) {
        ctx.trace('role-resolve', () => `"${m.text}" after "as" is what someone is or becomes, no one named`, m.sentence);
        continue;
      }
      // "Prime Minister Han", the name found again after titles were read: the title is that person's.
      SPACES.lastIndex = m.span.end;
      const titled = SPACES.test(ctx.article.text) ? leaderAt.get(`${m.sentence}:${SPACES.lastIndex}`) : undefined;
      if (titled) {
        ctx.trace('role-resolve', () => `"${m.text}" is the title of "${titled.text}" after it`, m.sentence);
        continue;
      }
      const role = m.role;
      // "the Iranian president-elect": the newcomer to the state's office, whatever the day's holder.
      let who = role.state && role.newcomer ? newestHolder(ctx, named, new Set(), role) : undefined;
      // Once found, the newcomer may be named in its sentence too ("wished Y success, while Z called the Ghanaian leader-elect").
      if (who === undefined && role.state) {
        let offices = officesOf(ctx, role, role.state);
        let title: string | undefined = role.title;
        let executive = false;
        let office = role.office;
        if (role.counterpart) {
          // The title of the nearest person before the counterpart phrase in the same sentence, else, after "his" or
          // "her", of the last person of another state the sentences just before name ("X arrived in Y on Monday. On
          // Tuesday he held talks with his Malaysian counterpart"), unless a title stands before it in its sentence: that
          // title sets the office even when it names nobody ("The Kazakh President congratulated his Uzbek counterpart",
          // "Egypt's foreign minister met his Kenyan counterpart": Kenya's foreign minister, not its head).
          const roles = inSentence(mentions, m.sentence).filter((o) => o.span.end <= m.span.start && o.kind === 'role');
          const titled = roles.filter((o) => o.role && !o.role.counterpart).reduce<Mention | undefined>((last, o) => (last && last.span.start > o.span.start ? last : o), undefined);
          const lastNamed = namedLastBefore(leaders, m);
          const other = (titled && (!lastNamed || titled.span.start > lastNamed.span.start) ? titled : lastNamed)
            ?? (roles.length === 0 && ownedByPossessive(ctx, m) ? namedInSentencesBefore(ctx, leaders, m, role.state) : undefined);
          title = other ? titleOf(ctx, other, leaders) : undefined;
          const entry = title ? ctx.knowledge.lexicon.titleByName.get(title) : undefined;
          office = entry?.office ?? (other && givenRole(other, leaders)?.office) ?? role.office;
          offices = title ? officesOf(ctx, { ...role, title, office }, role.state) : ['head_of_state', 'head_of_government'];
          // "President X held talks with his Malaysian counterpart": a head meets a state that has no office of that
          // title through its head of government, who holds its executive, not through a monarch.
          if (title && HEAD_OFFICES.has(office) && gazetteer.officesForTitle(role.state, title).length === 0) executive = true;
        }
        if (ctx.on !== null) {
          if (!days.has(m.sentence)) days.set(m.sentence, dayOf(ctx.on, ctx, m.sentence));
          const on = days.get(m.sentence) ?? ctx.on;
          const governing = executive ? gazetteer.holders(role.state, on, { offices: ['head_of_government'] }) : [];
          const holders = (governing.length > 0 ? governing : gazetteer.holders(role.state, on, { offices, ...(title ? { title } : {}) })).map((l) => l.key);
          who = pick(ctx, on, holders, named, role, role.state);
          // "the Azerbaijani minister" after "Minister of Foreign Affairs of Azerbaijan X", whom the gazetteer lacks: the
          // one minister of that state the article titled before.
          if (!who && MINISTERS.has(office)) {
            const titled = leaders.filter((l) => l.span.end <= m.span.start && l.role?.state === role.state && MINISTERS.has(l.role?.office ?? ''));
            const ministers = new Set(titled.map((l) => l.candidates[0]!));
            if (ministers.size === 1) who = [...ministers][0];
          }
        } else {
          const state = role.state;
          const served = named.filter((k) => gazetteer.termsOn(k, null).some((t) => t.state === state && offices.includes(t.office)));
          who = served.length === 1 ? served[0] : undefined;
        }
      } else if (who === undefined && role.counterpart) {
        // Titles resolved before it count as people named ("The Kenyan leader congratulated his counterpart").
        who = counterpartNamedBefore(ctx, resolved.length > 0 ? [...leaders, ...resolved] : leaders, m);
      } else if (who === undefined) {
        // A bare title: its newcomer ("the new prime minister"), else the one it named before ("the President ... the
        // President"), else the last person named within reach whose office the title fits.
        const here = new Set(inSentence(leaders, m.sentence).map((l) => l.candidates[0]!));
        who = role.newcomer || wordsBefore(ctx, m, ctx.knowledge.lexicon.newcomerWords) ? newestHolder(ctx, named, here, role) : undefined;
        if (!who && wordsBefore(ctx, m, ctx.knowledge.lexicon.visitorWords)) who = guest ??= guestBefore(ctx, leaders, here, m, role);
        who ??= honouredBefore(ctx, leaders, m, role) ?? bareSeen.get(role.title);
        const before = leaders.filter((l) => l.span.end <= m.span.start && m.sentence - l.sentence <= BARE_TITLE_REACH);
        // A person the text gave that very title ("Prime Minister X ... Saudi Crown Prince Y ... the prime minister" is X,
        // though Y is prime minister too): of several, the one named in most sentences so far, then the first (the article's own);
        // else the last whose office the title fits.
        if (!who) {
          const titled = [...new Set(before.filter((l) => l.role?.title === role.title).map((l) => l.candidates[0]!))];
          // Sentences, not mentions: two titles joined ("Crown Prince and Prime Minister X") are one naming.
          const namings = (k: EntityKey): number => new Set(leaders.filter((l) => l.candidates[0] === k && l.span.start < m.span.start).map((l) => l.sentence)).size;
          for (const k of titled) if (!who || namings(k) > namings(who)) who = k;
        }
        for (let i = before.length - 1; i >= 0 && !who; i--) {
          const key = before[i]!.candidates[0]!;
          // Only the state's own titles: "the Amir" fits Qatar's emir, not any head of state.
          const fits = holdsTitle(ctx, key, role.title)
            // "the minister" after "Foreign Minister X".
            || role.office === 'minister' && MINISTERS.has(before[i]!.role?.office ?? '');
          if (fits) who = key;
        }
        if (!who) who = pageHolder(ctx, header ??= headerParties(ctx), role);
      }
      if (!who) {
        ctx.trace('role-resolve', () => `"${m.text}": nobody found for ${role.title}${role.state ? ` of ${role.state}` : ''}`, m.sentence);
        // "his Ethiopian counterpart signed", "Ghana's foreign minister condemned": the office holder unknown, the state
        // acts, in place of its name or demonym (a bloc's official only as a counterpart: "the EU foreign policy chief"
        // is no stand-in for the bloc).
        if (role.state && (role.counterpart || role.state.startsWith('state/'))) {
          const { role: _, ...rest } = m;
          standIns.push({ ...rest, kind: 'state', via: 'role', by: 'role-resolve', candidates: [role.state] });
        }
        continue;
      }
      const key = who;
      if (!role.state) bareSeen.set(role.title, key);
      ctx.trace('role-resolve', () => `"${m.text}" → ${key}`, m.sentence);
      const person: Mention = { ...m, kind: 'leader', via: 'role', by: 'role-resolve', candidates: [key] };
      out.push(person);
      resolved.push(person);
    }
    if (standIns.length === 0) return out;
    // The state a title opens with ("[Ethiopian] counterpart", "[Ghana]'s foreign minister") gives way to the stand-in.
    const ends = new Map(standIns.map((s) => [s.span.start, s.span.end]));
    const inside = (o: Mention): boolean => o.span.end <= (ends.get(o.span.start) ?? -1);
    return [...out.filter((o) => !inside(o)), ...standIns].sort((a, b) => a.span.start - b.span.start);
  },
};
