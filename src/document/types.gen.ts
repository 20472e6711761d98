/* Generated from schema/*.schema.json by `npm run schema:types`. Do not edit by hand. */

/**
 * Stable node id: the node type, a slash, then a Wikidata id, an ISO 3166 alpha-3 code or a slug.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "EntityKey".
 */
export type EntityKey = string;
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Names".
 */
export type Names = string[];
/**
 * Names that stand for the person alone once context allows: surname, 'bin Salman', 'MBS'.
 */
export type Names1 = string[];
/**
 * An office a leader holds in a state or bloc.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Office".
 */
export type Office =
  | 'head_of_state'
  | 'head_of_government'
  | 'deputy_head_of_government'
  | 'crown_prince'
  | 'foreign_minister'
  | 'defence_minister'
  | 'minister'
  | 'security_official'
  | 'envoy'
  | 'official'
  | 'organisation_head';
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "DateOrNull".
 */
export type DateOrNull = IsoDate | null;
/**
 * A calendar day, YYYY-MM-DD.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string;
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Words".
 */
export type Words = string[];
/**
 * After a title and before the comma that sets off its holder's name, say the title was held then ("her counterpart at the time, X").
 */
export type Words1 = string[];
/**
 * Words that end the name of a body, force, place or document, not a person's: "Britain's Royal Navy", "Russia's Wagner Group".
 */
export type Words2 = string[];
/**
 * Plural nouns for documents signed as a set ("signed seven agreements"): the next sentence may list some of them.
 */
export type Words3 = string[];
/**
 * Open a sentence that lists some of the set signed in the sentence before, instead of "the" and one of signedSets ("Among them were X and Y", "These include X").
 */
export type Words4 = string[];
/**
 * After "the" and one of signedSets opening a sentence, or one of inclusionOpeners, say that the agreements the sentence names are among those signed ("The agreements include X").
 */
export type Words5 = string[];
/**
 * Prepositions before which a long agreement name also gives a shorter one ("the agreement on the waiver of visa requirements [for holders of ordinary passports]").
 */
export type Words6 = string[];
/**
 * After "in the" and before "of", carry a complement on ("cooperation in the field of renewable energy").
 */
export type Words7 = string[];
/**
 * Right after a head, open a participle that goes on naming the agreement ("a treaty establishing the X").
 */
export type Words8 = string[];
/**
 * How a page writes a numeric date whose first two numbers could each be the day: 05/01/2021 is 5 January day first, May 1 month first.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "DateOrder".
 */
export type DateOrder = 'day-first' | 'month-first';
/**
 * Numbers written in words ("five", "twenty-five"): before a hyphen and a unit they measure ("a five-year pact").
 */
export type Words9 = string[];
/**
 * Join a clause or a predicate onto the one before (", and China deplores it", 'spoke by phone and "reaffirmed ..."').
 */
export type Words10 = string[];
/**
 * Right before a verb, make its coordinated subjects act one by one ("A and B both telephoned him": no call between A and B).
 */
export type Words11 = string[];
/**
 * Before an act, make it any act of its kind, done by no one in particular ("rejected any measures that undermine X", "opposes all attempts to").
 */
export type Words12 = string[];
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "EdgeType".
 */
export type EdgeType =
  | 'phone_call'
  | 'congratulation'
  | 'shared_stance'
  | 'meeting'
  | 'signed'
  | 'party_to'
  | 'member_of'
  | 'leader_of'
  | 'condemnation'
  | 'support';
/**
 * Matched token by token on folded text; `*` stands for up to six words.
 */
export type Words13 = string[];
/**
 * Each phrase reports the event only when one of these follows it, a quotation mark aside; a phrase ending in `*` lets it stand up to six words on ("called * " then "reckless": "called the move reckless").
 */
export type Words14 = string[];
/**
 * The phrase reports the event only when its object ends the clause (a punctuation mark or the sentence's end right after it) or one of these words follows it ("called X on Monday", "called X again"; not "called X a liar", "called X's bluff").
 */
export type Words15 = string[];
/**
 * Words after an act that name its author: "the attack, which Kenya blamed on X", "a raid attributed to Y".
 */
export type Words16 = string[];
/**
 * Verbs that charge a party with an act told after "of" or "for": "accused X's army of attacking", "blamed Y for shelling".
 */
export type Words17 = string[];
/**
 * Acts told by their participle after an accusing verb, its party and "of" or "for" ("of attacking its territory"): the party charged is their author.
 */
export type Words18 = string[];
/**
 * Lemmas of verbs whose subject makes the condemnation their object names ("Y and Z issued statements of condemnation", "W joined the chorus of criticism"), unlike one who rejects it ("X rejects the accusation").
 */
export type Words19 = string[];
/**
 * "A joined B for talks", "A brought B to Paris for a summit": verbs whose subject and object take part together in the meeting after "for".
 */
export type Words20 = string[];
/**
 * "held a three-way call with A and B": words that make a call or meeting one among everyone it names, each pair of them.
 */
export type Words21 = string[];
/**
 * "switched its recognition from A to B": verbs that move a stance from the party after "from", who loses it, to the one after "to".
 */
export type Words22 = string[];
/**
 * A meeting's words that set a table ("had breakfast with A and B", "hosted a dinner for A and B"): its two to four guests met one another too.
 */
export type Words23 = string[];
/**
 * Open what an act is about: a party after one, in the act's phrase, is part of the topic, not the act's party ("spoke to reporters about relations with X").
 */
export type Words24 = string[];
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "NodeType".
 */
export type NodeType = 'leader' | 'state' | 'bloc' | 'agreement';
/**
 * How much of `date` the text states: a day, a month or a year; `inferred` when the publication date stands in; `none` when there is no date.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "DatePrecision".
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'inferred' | 'none';

export interface DocumentTypes {
  StatesFile?: StatesFile;
  LeadersFile?: LeadersFile;
  BlocsFile?: BlocsFile;
  AgreementsFile?: AgreementsFile;
  TitlesFile?: TitlesFile;
  MentionsFile?: MentionsFile;
  AgreementWordsFile?: AgreementWordsFile;
  ModalityFile?: ModalityFile;
  MembershipFile?: MembershipFile;
  CalendarFile?: CalendarFile;
  BoilerplateFile?: BoilerplateFile;
  GrammarFile?: GrammarFile;
  CameoVerbsFile?: CameoVerbsFile;
  CuratedTriggersFile?: CuratedTriggersFile;
  SyntaxFile?: SyntaxFile;
  EventTypesFile?: EventTypesFile;
  GraphDocument?: GraphDocument;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "StatesFile".
 */
export interface StatesFile {
  description: string;
  sources: Source[];
  entries: State[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  id: string;
  title: string;
  licence: string;
  url?: string;
  note?: string;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "State".
 */
export interface State {
  key: EntityKey;
  iso3?: string;
  iso2?: string;
  label: string;
  official?: string;
  names: Names;
  abbreviations?: Names;
  demonyms: Names;
  capitals: Names;
  metonyms: Names;
  /**
   * un_member, un_observer (Palestine, the Holy See) and partially_recognised (Taiwan, Kosovo) are states; unrecognised entities (Somaliland, Transnistria...) are listed so that their names are read, but are not states and their office holders are not leaders.
   */
  status: 'un_member' | 'un_observer' | 'partially_recognised' | 'unrecognised';
  titles: OfficeTitles;
  source: string;
}
/**
 * The English titles of a state's offices, lower case: {"head_of_state": ["supreme leader"], "head_of_government": ["president"]}.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "OfficeTitles".
 */
export interface OfficeTitles {
  [k: string]: string[] | undefined;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "LeadersFile".
 */
export interface LeadersFile {
  description: string;
  sources: Source[];
  entries: Leader[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Leader".
 */
export interface Leader {
  key: EntityKey;
  qid?: string;
  label: string;
  names: Names;
  short: Names1;
  terms: Term[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Term".
 */
export interface Term {
  office: Office;
  title?: string;
  state?: EntityKey;
  bloc?: EntityKey;
  from: DateOrNull;
  to: DateOrNull;
  source: string;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "BlocsFile".
 */
export interface BlocsFile {
  description: string;
  sources: Source[];
  entries: Bloc[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Bloc".
 */
export interface Bloc {
  key: EntityKey;
  qid?: string;
  label: string;
  names: Names;
  abbreviations: Names;
  metonyms: Names;
  parent?: EntityKey;
  members: Membership[];
  source: string;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Membership".
 */
export interface Membership {
  member: EntityKey;
  from: DateOrNull;
  to: DateOrNull;
  status: 'member' | 'observer' | 'partner' | 'dialogue_partner' | 'suspended' | 'applicant';
  source: string;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "AgreementsFile".
 */
export interface AgreementsFile {
  description: string;
  sources: Source[];
  entries: Agreement[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Agreement".
 */
export interface Agreement {
  key: EntityKey;
  qid?: string;
  label: string;
  names: Names;
  abbreviations?: Names;
  parties: EntityKey[];
  signed?: DateOrNull;
  source: string;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "TitlesFile".
 */
export interface TitlesFile {
  description: string;
  titles: Title[];
  ministerHeads: Words;
  counterpart: Words;
  honorifics: Words;
  nameParticles: Words;
  generationalSuffixes: Words;
  postNominals: Words;
  timePrefixes: Words;
  timeSuffixes: Words1;
  newcomerWords: Words;
  electSuffixes: Words;
  visitorWords: Words;
  accessionNouns: Words;
  portfolioWords: Words;
  bodyNouns: Words;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Title".
 */
export interface Title {
  title: string;
  office: Office;
  /**
   * The title names whoever leads the state, whatever the office.
   */
  leader?: boolean;
  forms: Words;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "MentionsFile".
 */
export interface MentionsFile {
  description: string;
  topicNouns: Words;
  locatives: Words;
  addressingPhrases: Words;
  placeNouns: Words;
  featureNouns: Words;
  regionNames: Words;
  placedActs: Words;
  governingNouns: Words;
  numberingAbbreviations: Words;
  abbreviations: Words;
  temporalWords: Words;
  frameNouns: Words;
  actorNouns: Words;
  bodyWords: Words2;
  personPronouns: Words;
  groupPronouns: Words;
  blocAnaphora: Words;
  blocReferences: Words;
  namedBlocReferences: Words;
  nonStateGroupWords: Words;
  delegateNouns: Words;
  institutionPronouns: Words;
  stateReferences: Words;
  peopleFrameNouns: Words;
  interviewCues: Words;
  authorCues: Words;
  guestNouns: Words;
  feminineWords: Words;
  masculineWords: Words;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "AgreementWordsFile".
 */
export interface AgreementWordsFile {
  description: string;
  heads: Words;
  weakHeads: Words;
  projects: Words;
  projectNouns: Words;
  distinguishing: Words;
  complementPrepositions: Words;
  pairPrepositions: Words;
  adjunctPrepositions: Words;
  stripModifiers: Words;
  agreeingParticiples: Words;
  pluralHeads: Words;
  namingWords: Words;
  ellipticHeads: Words;
  signingVerbs: Words;
  witnessingVerbs: Words;
  welcomingVerbs: Words;
  exchangingVerbs: Words;
  nonPartySigners: Words;
  adoptingVerbs: Words;
  partyVerbs: Words;
  countingVerbs: Words;
  membershipNouns: Words;
  listGlue: Words;
  coSignerMarkers: Words;
  signedSets: Words3;
  inclusionOpeners: Words4;
  inclusionVerbs: Words5;
  gradingAdverbs: Words;
  gerundPrepositions: Words;
  shorterNameCuts: Words6;
  fieldNouns: Words7;
  participleOpeners: Words8;
  actHeads: Words;
  nameContinuations: Words;
  idioms: Words;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "ModalityFile".
 */
export interface ModalityFile {
  description: string;
  window: number;
  cues: {
    negated: Words;
    future: Words;
    hypothetical: Words;
    denied: Words;
    rumoured: Words;
  };
  neutralisers: Words;
  storyDays: Words;
  infinitive: string;
  realInfinitives: Words;
  performatives: Words;
  purposeCarriers: Words;
  purposeVerbs: Words;
  statementVerbs: Words;
  statementTypes: Words;
  promises: Words;
  pledgeVerbs: Words;
  nonOccurrence: Words;
  recurring: {
    counts: Words;
    quantifiers: Words;
  };
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "MembershipFile".
 */
export interface MembershipFile {
  description: string;
  cues: Words;
  joining: Words;
  named: Words;
  gatherings: Words;
  lesserStatuses: Words;
  pending: Words;
  applications: Words;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CalendarFile".
 */
export interface CalendarFile {
  description: string;
  source: string;
  /**
   * Month names of other languages, lower case, by month number.
   */
  months: {
    [k: string]: number | undefined;
  };
  /**
   * Weekday names of other languages, lower case, by day of the week (Sunday = 0).
   */
  weekdays: {
    [k: string]: number | undefined;
  };
  /**
   * State names and capitals, lower case, by the order their state writes numeric dates in.
   */
  places: {
    [k: string]: DateOrder | undefined;
  };
  /**
   * Time-zone abbreviations, as written, by the order the places using them write numeric dates in.
   */
  zones: {
    [k: string]: DateOrder | undefined;
  };
  /**
   * Lower-case spellings only one convention uses, by the date order of the places that use it.
   */
  spelling: {
    [k: string]: DateOrder | undefined;
  };
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "BoilerplateFile".
 */
export interface BoilerplateFile {
  description: string;
  lines: BoilerplateLine[];
  dateLabels: {
    description: string;
    published: Words;
    updated: Words;
    accessed: Words;
  };
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "BoilerplateLine".
 */
export interface BoilerplateLine {
  words?: string;
  prefix?: string;
  /**
   * A word (or words) anywhere in the line, between word boundaries.
   */
  contains?: string;
  kind:
    | 'form'
    | 'comments'
    | 'share'
    | 'tags'
    | 'signoff'
    | 'related'
    | 'subscribe'
    | 'copyright'
    | 'credit'
    | 'metadata'
    | 'consent';
  maxWords?: number;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "GrammarFile".
 */
export interface GrammarFile {
  description: string;
  determiners: Words;
  clauseWords: Words;
  clauseBreaks: Words;
  subjectBoundaries: Words;
  relativePronouns: Words;
  prepositions: Words;
  topicWords: Words;
  negators: Words;
  possessives: Words;
  objectPronouns: Words;
  bareSubjects: Words;
  groupGlue: Words;
  numbers: {
    [k: string]: number | undefined;
  };
  indefinites: Words;
  cardinals: Words9;
  clauseConjunctions: Words10;
  distributives: Words11;
  quantifiers: Words12;
  modals: Words;
  preverbalAdverbs: Words;
  mannerNouns: Words;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CameoVerbsFile".
 */
export interface CameoVerbsFile {
  description: string;
  source: {
    title: string;
    licence: string;
    url: string;
  };
  /**
   * PLOVER event type of each edge type.
   */
  plover: {
    [k: string]: string | undefined;
  };
  partyPrepositions: Words;
  reversePrepositions: Words;
  /**
   * Prepositions that open each event type's party when they follow its words ("held talks with X"); `reversePrepositions` do for every type.
   */
  openers: {
    [k: string]: Words | undefined;
  };
  synsets: {
    [k: string]: string[] | undefined;
  };
  blocks: CameoBlock[];
  nouns: CameoNoun[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CameoBlock".
 */
export interface CameoBlock {
  name: string;
  line: number;
  verbs: CameoVerb[];
  patterns: CameoPattern[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CameoVerb".
 */
export interface CameoVerb {
  /**
   * The verb as the dictionary writes it, lower case, particles after a space ("meet with").
   */
  lemma: string;
  /**
   * Every form, the lemma first: generated regular ones or the irregular ones the dictionary lists.
   */
  forms: string[];
  /**
   * Line in CAMEO.2.0.txt.
   */
  line: number;
  /**
   * CAMEO code as read: the source's event of a pair, else the target's; "---" for no event.
   */
  cameo: string;
  /**
   * The event the verb reports by itself, without a pattern.
   */
  type?:
    | 'phone_call'
    | 'congratulation'
    | 'shared_stance'
    | 'meeting'
    | 'signed'
    | 'party_to'
    | 'member_of'
    | 'leader_of'
    | 'condemnation'
    | 'support';
  /**
   * The verb by itself reports that an event did not (yet) happen: an intention, an appeal, a refusal.
   */
  negative?: true;
  /**
   * Alone, the verb needs its party as object ("visited X").
   */
  transitive?: true;
  /**
   * The verb's object acts on its subject.
   */
  reverse?: true;
  /**
   * Forms read only after "to" and tagged a verb there, being mostly another word elsewhere ("to back X"; "back" the adverb).
   */
  infinitiveForms?: string[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CameoPattern".
 */
export interface CameoPattern {
  line: number;
  /**
   * CAMEO code as read: the source's event of a pair, else the target's; "---" for no event.
   */
  cameo: string;
  type?: EdgeType;
  /**
   * The words report something else than the event they mention ("called for talks").
   */
  negative?: true;
  /**
   * The actor after the pattern acts on the subject ("received a call from X").
   */
  reverse?: true;
  /**
   * The event needs its party as the verb's object or after the pattern ("hosted a summit" is no meeting by itself).
   */
  transitive?: true;
  before: CameoElement[];
  after: CameoElement[];
}
/**
 * One part of a pattern: a noun phrase (`words`, the last its head), a prepositional phrase (`prep`, with `words` or a `party` slot), an actor slot alone (`party`) or any noun phrase (`skip`). A word starting with & names a synonym set of `synsets`.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CameoElement".
 */
export interface CameoElement {
  words?: string[];
  prep?: string;
  party?: 'target' | 'source' | 'any';
  skip?: true;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CameoNoun".
 */
export interface CameoNoun {
  lemma: string;
  forms: string[];
  type: EdgeType;
  /**
   * CAMEO code as read: the source's event of a pair, else the target's; "---" for no event.
   */
  cameo: string;
  /**
   * Lines of the patterns the noun was read from.
   */
  lines: number[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CuratedTriggersFile".
 */
export interface CuratedTriggersFile {
  description: string;
  entries: CuratedTrigger[];
  actionNouns: Words;
  actionVerbs: Words;
  /**
   * Words for acts of one kind, by their stems: a condemnation naming an act by one of them ("the launches") names an act told before by another ("X fired missiles").
   */
  actFamilies: Words[];
  domesticActs: Words;
  answeringPhrases: Words;
  blamingPhrases: Words16;
  accusingVerbs: Words17;
  /**
   * Words for what a party seeks or puts forward, by kind ("bid", "candidacy"; "proposal", "plan"): support for "the bid" backs the party whose bid of that kind was named before ("Bahrain's bid").
   */
  ownedThings: Words[];
  accusedActs: Words18;
  authoredNouns: Words;
  nonStateAuthors: Words;
  gradingAdverbs: Words;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "CuratedTrigger".
 */
export interface CuratedTrigger {
  type: EdgeType;
  /**
   * How the phrase takes its parties: `active` subject before and object after, `transitive` the same but the object is required, `passive` the agents after ("was signed by"), `noun` with its possessor or "with"/"between", `evaluative` a noun naming what the party before did ("the regime's war crimes").
   */
  voice: 'active' | 'transitive' | 'passive' | 'noun' | 'evaluative';
  cameo: string;
  plover: string;
  phrases: Words13;
  completions?: Words14;
  /**
   * A completion must follow the phrase, but the event's words are the phrase's head alone (its object and day read after it as a verb's, the completion read again on its own), and the object stands right after its first word, a name or a pronoun ("called X on Monday to congratulate him": a call, then a congratulation; not "called on X to ...").
   */
  lookahead?: boolean;
  /**
   * The phrase reports the event only with a person as its object ("wished him success", not "wished the country well").
   */
  personObject?: boolean;
  /**
   * The phrase reports the event only with a name or a pronoun right after it, or a determiner and then a name ("helped Syria rebuild", "ready to help the Iranian people"; not "help smooth the way for X", "thanked X for its help").
   */
  namedObject?: boolean;
  /**
   * The phrase reports the event only with two or more parties as its subject, each with each other, and takes no object ("A and B reaffirmed ...": they hold the same position).
   */
  jointSubject?: boolean;
  /**
   * Followed by its object, "to" and a verb, the phrase asks the object to act and reports no event ("called on X to withdraw", not "called on X at his office").
   */
  request?: boolean;
  objectFollowers?: Words15;
  /**
   * Why the phrase is written by hand: what CAMEO's dictionary lacks.
   */
  reason: string;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "SyntaxFile".
 */
export interface SyntaxFile {
  description: string;
  coordinators: Words;
  repeatable: Words;
  groupOpeners: Words;
  regionAdjectives: Words;
  prepositions: Words;
  relativePronouns: Words;
  subordinators: Words;
  clausePunctuation: Words;
  speechVerbs: Words;
  addressedSpeechVerbs: Words;
  lightVerbs: Words;
  beForms: Words;
  argumentPrepositions: {
    [k: string]: Words | undefined;
  };
  nounPrepositions: {
    [k: string]: Words | undefined;
  };
  actingNouns: Words;
  actingPrepositions: Words;
  gratitudeVerbs: Words;
  backingNouns: Words;
  opposingVerbs: Words;
  voicingVerbs: Words19;
  reciprocalVerbs: Words;
  joiningVerbs: Words20;
  multipartyWords: Words21;
  receivingVerbs: Words;
  switchingVerbs: Words22;
  partNouns: Words;
  authorParticiples: Words;
  ellipsisPhrases: Words;
  invertedEllipsisPhrases: Words;
  returningPhrases: Words;
  presencePhrases: Words;
  gatheringPhrases: Words;
  mealWords: Words23;
  messageNouns: Words;
  arrivalVerbs: Words;
  sendingVerbs: Words;
  givingVerbs: Words;
  discussionVerbs: Words;
  namingPhrases: Words;
  leadingParticiples: Words;
  memberNouns: Words;
  memberDescriptors: Words;
  memberNaming: Words;
  memberSelectors: Words;
  modifierPrefixes: Words;
  topicOpeners: Words24;
  situationNouns: Words;
  listIntroducers: Words;
  attendanceVerbs: Words;
  settingPrepositions: Words;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "EventTypesFile".
 */
export interface EventTypesFile {
  description: string;
  types: {
    [k: string]:
      | {
          /**
           * @minItems 1
           */
          between: [
            'leader' | 'state' | 'bloc' | 'agreement',
            ...('leader' | 'state' | 'bloc' | 'agreement')[]
          ];
        }
      | undefined;
  };
  spokenContact: {
    verbs: Words;
    prepositions: Words;
    callWords: Words;
    callVerbs: Words;
    mutualVerbs: Words;
    inPerson: Words;
    remote: Words;
    remoteModifiers: Words;
  };
}
/**
 * A diplograph graph document: the articles read, the entities found in them and the dated relations between those entities, each with its evidence. One article's extraction (a fragment) has the same shape.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "GraphDocument".
 */
export interface GraphDocument {
  format: 'diplograph/1';
  articles: Article[];
  nodes: Node[];
  edges: Edge[];
  warnings?: Warning[];
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Article".
 */
export interface Article {
  id: string;
  title: string | null;
  published: IsoDate | null;
  file?: string;
  url?: string;
  sha256: string;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Node".
 */
export interface Node {
  id: EntityKey;
  type: NodeType;
  label: string;
  aliases: string[];
  qid?: string;
  iso3?: string;
  /**
   * Stable node id: the node type, a slash, then a Wikidata id, an ISO 3166 alpha-3 code or a slug.
   */
  state?: string;
  terms?: NodeTerm[];
  /**
   * Ids this node was also known by: pattern-made nodes (no gazetteer entry) that other articles named differently and the merge found to be this one. Kept so later merges map those ids here too.
   */
  sameAs?: EntityKey[];
  x?: number;
  y?: number;
  provenance: Provenance[];
}
/**
 * An office the gazetteer says this leader held; from/to are IsoDates, to null when open.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "NodeTerm".
 */
export interface NodeTerm {
  office: Office;
  title?: string;
  state?: EntityKey;
  bloc?: EntityKey;
  from: IsoDate | null;
  to: IsoDate | null;
}
/**
 * Where a node or edge was read. start/end are UTF-16 offsets into the article's stored text, end exclusive; quote equals text.slice(start, end).
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface Provenance {
  article: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  /**
   * On a node of a merged graph only: how many times this article names the node, this entry quoting the first (absent: once). A merged node keeps one entry per article; a fragment lists every mention, and an edge every report, without this.
   */
  mentions?: number;
}
/**
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Edge".
 */
export interface Edge {
  id: string;
  type: EdgeType;
  source: EntityKey;
  target: EntityKey;
  directed: boolean;
  date: IsoDate | null;
  datePrecision: DatePrecision;
  /**
   * Free attributes: topic, cameo, plover, trigger, ...
   */
  attributes: {
    [k: string]: string | number | boolean | undefined;
  };
  /**
   * Number of distinct articles reporting this edge.
   */
  sources: number;
  /**
   * @minItems 1
   */
  provenance: [Provenance, ...Provenance[]];
}
/**
 * A problem with one input that did not stop the run.
 *
 * This interface was referenced by `DocumentTypes`'s JSON-Schema
 * via the `definition` "Warning".
 */
export interface Warning {
  code:
    | 'empty_file'
    | 'binary_file'
    | 'bad_encoding'
    | 'too_large'
    | 'no_date'
    | 'not_english'
    | 'bad_record'
    | 'invalid_fragment'
    | 'unreadable'
    | 'no_text'
    | 'duplicate_article'
    | 'extraction_failed';
  message: string;
  file: string;
  line?: number;
  pointer?: string;
}
