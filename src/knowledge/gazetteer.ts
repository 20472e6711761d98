// The gazetteer: data/gazetteer/*.json turned into lookups by name and by date. Loaded once per run.
// It answers "who could this name mean on that day", "who held this office in that state on that day"
// and "who belonged to this bloc on that day".
import type {
  Agreement, Bloc, EntityKey, IsoDate, Leader, NodeType, Office, State, Term,
} from '../document/types.gen.js';
import { fold } from '../extract/text/fold.js';
import { tokenize } from '../extract/text/tokens.js';
import { TokenTrie } from './trie.js';

/** How a name in the trie refers to its entity. */
export type NameKind = 'name' | 'short' | 'abbreviation' | 'demonym' | 'capital' | 'metonym';

export interface NameEntry {
  readonly key: EntityKey;
  readonly type: NodeType;
  readonly kind: NameKind;
  /** The tokens as written in the data, for case-sensitive entries. */
  readonly surface: readonly string[];
  readonly caseSensitive: boolean;
}

export type GazetteerEntity =
  | { readonly type: 'state'; readonly data: State }
  | { readonly type: 'leader'; readonly data: Leader }
  | { readonly type: 'bloc'; readonly data: Bloc }
  | { readonly type: 'agreement'; readonly data: Agreement };

export interface GazetteerData {
  readonly states: readonly State[];
  readonly leaders: readonly Leader[];
  readonly blocs: readonly Bloc[];
  readonly agreements: readonly Agreement[];
}

/** A term covers a day when it started on or before it and had not ended before it. */
/** The offices that head a state or its government. */
export const HEAD_OFFICES: ReadonlySet<Office> = new Set<Office>(['head_of_state', 'head_of_government']);

export function termCovers(term: { from: IsoDate | null; to: IsoDate | null }, on: IsoDate): boolean {
  return (term.from === null || term.from <= on) && (term.to === null || term.to >= on);
}

const GENERIC_OFFICES: ReadonlySet<Office> = new Set(['minister', 'official', 'envoy', 'security_official']);
const ACRONYM_RE = /^[\p{Lu}\p{N}.+&-]+$/u;

/** A pronounceable acronym as British style writes it: "NATO" → "Nato", "ASEAN" → "Asean". */
function titleCased(abbreviation: string): string[] {
  return /^\p{Lu}{4,}$/u.test(abbreviation) ? [abbreviation[0] + abbreviation.slice(1).toLowerCase()] : [];
}

export class Gazetteer {
  readonly names = new TokenTrie<NameEntry>();
  private readonly entities = new Map<EntityKey, GazetteerEntity>();
  private readonly termsByState = new Map<EntityKey, { leader: Leader; term: Term }[]>();

  constructor(data: GazetteerData) {
    for (const s of data.states) {
      this.entities.set(s.key, { type: 'state', data: s });
      this.addNames(s.key, 'state', 'name', [s.label, ...(s.official ? [s.official] : []), ...s.names]);
      this.addNames(s.key, 'state', 'abbreviation', s.abbreviations ?? []);
      this.addNames(s.key, 'state', 'demonym', s.demonyms);
      this.addNames(s.key, 'state', 'capital', s.capitals);
      this.addNames(s.key, 'state', 'metonym', s.metonyms);
    }
    for (const b of data.blocs) {
      this.entities.set(b.key, { type: 'bloc', data: b });
      this.addNames(b.key, 'bloc', 'name', [b.label, ...b.names]);
      this.addNames(b.key, 'bloc', 'abbreviation', [...b.abbreviations, ...b.abbreviations.flatMap(titleCased)]);
      this.addNames(b.key, 'bloc', 'metonym', b.metonyms);
    }
    for (const a of data.agreements) {
      this.entities.set(a.key, { type: 'agreement', data: a });
      this.addNames(a.key, 'agreement', 'name', [a.label, ...a.names]);
      this.addNames(a.key, 'agreement', 'abbreviation', a.abbreviations ?? []);
    }
    for (const l of data.leaders) {
      this.entities.set(l.key, { type: 'leader', data: l });
      this.addNames(l.key, 'leader', 'name', [l.label, ...l.names]);
      this.addNames(l.key, 'leader', 'short', l.short);
      for (const term of l.terms) {
        if (!term.state) continue;
        const list = this.termsByState.get(term.state) ?? [];
        list.push({ leader: l, term });
        this.termsByState.set(term.state, list);
      }
    }
  }

  private addNames(key: EntityKey, type: NodeType, kind: NameKind, names: readonly string[]): void {
    const seen = new Set<string>();
    for (const name of names) {
      const tokens = tokenize(name);
      if (tokens.length === 0) continue;
      const keys = tokens.map((t) => t.norm);
      // Acronyms ("US", "UN", "SCO") collide with ordinary words when case is folded.
      const caseSensitive = kind === 'abbreviation' || (ACRONYM_RE.test(name) && name.replace(/[^\p{L}]/gu, '').length <= 6);
      // Case-sensitive spellings of one name ("ASEAN", "Asean") are each a name.
      const id = caseSensitive ? tokens.map((t) => t.text).join(' ') : keys.join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      this.names.add(keys, { key, type, kind, surface: tokens.map((t) => t.text), caseSensitive });
    }
  }

  entity(key: EntityKey): GazetteerEntity | undefined {
    return this.entities.get(key);
  }

  state(key: EntityKey): State | undefined {
    const e = this.entities.get(key);
    return e?.type === 'state' ? e.data : undefined;
  }

  private officialWordSet: ReadonlySet<string> | undefined;

  /** The words, folded, of the states' official names ("kingdom", "republic"): a word for a form of state that fits some. */
  officialWords(): ReadonlySet<string> {
    this.officialWordSet ??= new Set([...this.entities.values()].flatMap((e) => (e.type === 'state' && e.data.official ? fold(e.data.official).split(' ') : [])));
    return this.officialWordSet;
  }

  leader(key: EntityKey): Leader | undefined {
    const e = this.entities.get(key);
    return e?.type === 'leader' ? e.data : undefined;
  }

  bloc(key: EntityKey): Bloc | undefined {
    const e = this.entities.get(key);
    return e?.type === 'bloc' ? e.data : undefined;
  }

  label(key: EntityKey): string | undefined {
    return this.entities.get(key)?.data.label;
  }

  /** All names the data gives an entity, for node aliases. */
  aliases(key: EntityKey): string[] {
    const e = this.entities.get(key);
    if (!e) return [];
    switch (e.type) {
      case 'state': return [e.data.label, ...(e.data.official ? [e.data.official] : []), ...e.data.names, ...(e.data.abbreviations ?? [])];
      case 'leader': return [e.data.label, ...e.data.names, ...e.data.short];
      case 'bloc': return [e.data.label, ...e.data.names, ...e.data.abbreviations];
      case 'agreement': return [e.data.label, ...e.data.names, ...(e.data.abbreviations ?? [])];
    }
  }

  /** The offices a state gives this title ("president" in Iran heads the government). */
  officesForTitle(state: EntityKey, title: string): Office[] {
    const titles = this.state(state)?.titles ?? {};
    return (Object.entries(titles) as [Office, string[]][])
      .filter(([, names]) => names.includes(title))
      .map(([office]) => office);
  }

  /** Who held one of these offices of a state on a day. A term's own title, when present, must match. */
  holders(state: EntityKey, on: IsoDate, match: { offices?: readonly Office[]; title?: string }): Leader[] {
    const found = new Map<EntityKey, Leader>();
    for (const { leader, term } of this.termsByState.get(state) ?? []) {
      if (!termCovers(term, on)) continue;
      const byOffice = match.offices?.includes(term.office) ?? false;
      const byTitle = match.title !== undefined && term.title !== undefined && fold(term.title) === match.title;
      // Generic offices ("minister") need the term's own title to agree: an energy minister is not a defence minister.
      const generic = GENERIC_OFFICES.has(term.office) && term.title !== undefined && match.title !== undefined;
      if (byTitle || (byOffice && !generic)) {
        found.set(leader.key, leader);
      }
    }
    return [...found.values()];
  }

  /** The terms a leader held on a day (all terms when `on` is null). */
  termsOn(leader: EntityKey, on: IsoDate | null): Term[] {
    const l = this.leader(leader);
    if (!l) return [];
    return on === null ? l.terms : l.terms.filter((t) => termCovers(t, on));
  }

  /** Whether the person heads a state or government on a day, by one of their terms. */
  headsOn(leader: EntityKey, on: IsoDate | null): boolean {
    return this.termsOn(leader, on).some((t) => HEAD_OFFICES.has(t.office));
  }

  /** Members of a bloc on a day, with their status. */
  membersOf(bloc: EntityKey, on: IsoDate | null): { member: EntityKey; status: string }[] {
    const b = this.bloc(bloc);
    if (!b) return [];
    return b.members
      .filter((m) => on === null || termCovers(m, on))
      .map((m) => ({ member: m.member, status: m.status }));
  }
}
