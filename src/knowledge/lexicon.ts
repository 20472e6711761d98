// The lexicon: data/lexicon/*.json as folded word sets and token tries, built once per run.
import type {
  AgreementWordsFile, CameoVerbsFile, CuratedTriggersFile, EventTypesFile, GrammarFile, MembershipFile, MentionsFile, ModalityFile, Office, SyntaxFile,
  TitlesFile,
} from '../document/types.gen.js';
import { fold } from '../extract/text/fold.js';
import { tokenize } from '../extract/text/tokens.js';
import { EventLexicon } from './event-lexicon.js';
import { TokenTrie } from './trie.js';

export interface TitleEntry {
  readonly title: string;
  readonly office: Office;
  readonly leader: boolean;
}

export type Modality = keyof ModalityFile['cues'];
/** A membership word: a cue, a joining (a cue too), or a cue only beside the bloc's own name. */
export type MembershipCue = 'cue' | 'joining' | 'named';

export interface LexiconData {
  readonly titles: TitlesFile;
  readonly mentions: MentionsFile;
  readonly agreements: AgreementWordsFile;
  readonly cameoVerbs: CameoVerbsFile;
  readonly curatedTriggers: CuratedTriggersFile;
  readonly modality: ModalityFile;
  readonly membership: MembershipFile;
  readonly grammar: GrammarFile;
  readonly syntax: SyntaxFile;
  readonly eventTypes: EventTypesFile;
}

/** Function words by class (data/lexicon/grammar.json). */
export interface Grammar {
  readonly determiners: ReadonlySet<string>;
  readonly clauseWords: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly subjectBoundaries: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly topicWords: ReadonlySet<string>;
  readonly negators: ReadonlySet<string>;
  readonly indefinites: ReadonlySet<string>;
  readonly quantifiers: ReadonlySet<string>;
  readonly distributives: ReadonlySet<string>;
  readonly clauseConjunctions: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  readonly objectPronouns: ReadonlySet<string>;
  /** "I", "we": a present verb after them is in its base form ("we condemn"). */
  readonly bareSubjects: ReadonlySet<string>;
  readonly groupGlue: ReadonlySet<string>;
  readonly numbers: ReadonlyMap<string, number>;
  /** Numbers written in words ("five", "twenty-five"). */
  readonly cardinals: ReadonlySet<string>;
  readonly mannerNouns: ReadonlySet<string>;
  /** Stand before a verb, not a noun ("also", "then"). */
  readonly preverbalAdverbs: ReadonlySet<string>;
  /** Stand before a bare verb, as "to" does ("would back X"). */
  readonly modals: ReadonlySet<string>;
}

/** How an agreement's head noun names one (data/lexicon/agreements.json: heads, weakHeads, pluralHeads, projects, projectNouns). */
export type AgreementHeadKind = 'head' | 'weak' | 'plural' | 'project' | 'projectNoun';

/** Words the clause reader uses (data/lexicon/syntax.json). */
export interface SyntaxWords {
  readonly coordinators: TokenTrie<string>;
  readonly repeatable: ReadonlySet<string>;
  readonly groupOpeners: ReadonlySet<string>;
  readonly regionAdjectives: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  readonly clausePunctuation: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly addressedSpeechVerbs: ReadonlySet<string>;
  readonly lightVerbs: ReadonlySet<string>;
  readonly beForms: ReadonlySet<string>;
  readonly settingPrepositions: ReadonlySet<string>;
  /** "attended the summit": verbs before an event noun that make its subjects attendees, not parties who met. */
  readonly attendanceVerbs: ReadonlySet<string>;
  /** "thanked X for its support": verbs whose object is the one who gave what follows "for". */
  readonly gratitudeVerbs: ReadonlySet<string>;
  /** "aid", "arms": nouns of backing given to the party their "to" or "for" names. */
  readonly backingNouns: ReadonlySet<string>;
  /** "opposed", "warned": verbs that oppose what their object names (the backing of another party, not their subject's). */
  readonly opposingVerbs: ReadonlySet<string>;
  readonly voicingVerbs: ReadonlySet<string>;
  readonly reciprocalVerbs: ReadonlySet<string>;
  /** "A joined B for talks": the subject and the object meet. */
  readonly joiningVerbs: ReadonlySet<string>;
  /** "a three-way call with A and B": a call or meeting among everyone it names. */
  readonly multipartyWords: TokenTrie<string>;
  readonly receivingVerbs: ReadonlySet<string>;
  /** "switched its recognition from A to B": verbs that move a stance from the party after "from" to the one after "to". */
  readonly switchingVerbs: ReadonlySet<string>;
  /** "recognises X as an inalienable part of Y": nouns that make the object part of the party after "of". */
  readonly partNouns: ReadonlySet<string>;
  /** "committed", "carried out": after a judgement's noun and before "by", the party whose act it judges follows. */
  readonly authorParticiples: TokenTrie<string>;
  readonly ellipsisPhrases: TokenTrie<string>;
  readonly invertedEllipsisPhrases: TokenTrie<string>;
  /** "reciprocated": the last event read, done back to its doer by the one it was done to. */
  readonly returningPhrases: TokenTrie<string>;
  readonly leadingParticiples: ReadonlySet<string>;
  /** "brought together": a meeting's words whose parties after them meet one another, by folded words joined with spaces. */
  readonly gatheringPhrases: ReadonlySet<string>;
  /** "had breakfast with A and B": a meeting's words that set a table, whose guests met one another too. */
  readonly mealWords: ReadonlySet<string>;
  /** "in the presence of", "witnessed by": phrases after which the people named were present at the sentence's event. */
  readonly presencePhrases: TokenTrie<string>;
  /** "the leaders of the GCC", "ASEAN leaders": nouns naming a bloc's member states. */
  readonly memberNouns: TokenTrie<string>;
  /** "NATO allies", "a NATO ally", "EU members": after a bloc, describe its members; the bloc is no party. */
  readonly memberDescriptors: ReadonlySet<string>;
  /** "such", "including": after a bloc's member word, go on to name some of its members. */
  readonly memberNaming: ReadonlySet<string>;
  /** "fellow", "several": before a bloc's member word, single out some of its members. */
  readonly memberSelectors: ReadonlySet<string>;
  /** Joined to a name by a hyphen, make it a modifier ("non-EU Norway"). */
  readonly modifierPrefixes: ReadonlySet<string>;
  /** A party after one of them and a preposition is where it happens ("the conflict in X"), not the party supported. */
  readonly situationNouns: ReadonlySet<string>;
  readonly topicOpeners: ReadonlySet<string>;
  /** After a noun phrase and a comma, name some of what it stands for ("to foreign leaders, including A and B"); by word. */
  readonly listIntroducers: readonly (readonly string[])[];
  readonly actingNouns: TokenTrie<string>;
  readonly actingPrepositions: ReadonlySet<string>;
  /** "message", "cable": after a possessive or "the", a message congratulations reported before refer to. */
  readonly messageNouns: ReadonlySet<string>;
  /** "sent", "dispatched": with a message noun as object, a few sentences after congratulations, send one of them. */
  readonly sendingVerbs: ReadonlySet<string>;
  /** "sent Y a message": lemmas of verbs whose first of two objects is the one the second goes to. */
  readonly givingVerbs: ReadonlySet<string>;
  readonly arrivalVerbs: ReadonlySet<string>;
  /** "discussed", "exchanged views": report what was said; right after a call between the same two, the call's. */
  readonly discussionVerbs: TokenTrie<string>;
  /** "called", "described as": after "what" and a speaker, how the speaker names the act it judges. */
  readonly namingPhrases: TokenTrie<string>;
  readonly argumentPrepositions: ReadonlyMap<string, ReadonlySet<string>>;
  readonly nounPrepositions: ReadonlyMap<string, ReadonlySet<string>>;
}


const words = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(fold));

/** Phrases as their tokens' folded forms joined by spaces, for matching a run of sentence keys read the same way. */
const joinedPhrases = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((p) => tokenize(p).map((t) => t.norm).join(' ')));

export function phraseTrie<P>(entries: Iterable<[string, P]>): TokenTrie<P> {
  const trie = new TokenTrie<P>();
  for (const [phrase, payload] of entries) trie.add(tokenize(phrase).map((t) => t.norm), payload);
  return trie;
}

export class Lexicon {
  readonly titles: TokenTrie<TitleEntry>;
  readonly titleByName: ReadonlyMap<string, TitleEntry>;
  readonly ministerHeads: ReadonlySet<string>;
  /** The words of a portfolio after a minister's title and "for" ("Minister for Trade and Tourism"). */
  readonly portfolioWords: ReadonlySet<string>;
  /** A bloc's bodies a title after "of" heads ("President of the ECOWAS Commission"). */
  readonly bodyNouns: ReadonlySet<string>;
  readonly counterpart: ReadonlySet<string>;
  readonly honorifics: TokenTrie<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly generationalSuffixes: ReadonlySet<string>;
  readonly postNominals: ReadonlySet<string>;
  /** "then-President X": words a hyphen joins to a title without making it something else. */
  readonly timePrefixes: ReadonlySet<string>;
  readonly timeSuffixes: TokenTrie<string>;
  /** "the new prime minister": words before a bare title naming its newest holder, by their folded words joined with spaces. */
  readonly newcomerWords: ReadonlySet<string>;
  /** "-elect", "-designate" after a title: the newcomer's title. */
  readonly electSuffixes: ReadonlySet<string>;
  /** "on his election as president of X": nouns of taking an office that give the title to the name before. */
  readonly accessionNouns: ReadonlySet<string>;
  /** "the visiting president": words before a bare title naming the guest. */
  readonly visitorWords: ReadonlySet<string>;
  readonly topicNouns: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  /** Phrases ending in a locative after which a capital is a party ("lashed out at"), by their folded words joined with spaces. */
  readonly addressingPhrases: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  /** Capitalised after a state's name or before "of" and it, make it part of a place's name ("the South China Sea"). */
  readonly featureNouns: ReadonlySet<string>;
  /** "Latin American", "South America": regions whose words name no state ("American" inside them is not the US). */
  readonly regionNames: TokenTrie<string>;
  /** "the Damascus strikes": acts a capital before them names the place of. */
  readonly placedActs: ReadonlySet<string>;
  /** "the government in", "the juntas in": before a locative, the government seated in the capital after it. */
  readonly governingNouns: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
  readonly numberingAbbreviations: ReadonlySet<string>;
  readonly temporalWords: ReadonlySet<string>;
  readonly agreementHeads: TokenTrie<AgreementHeadKind>;
  readonly grammar: Grammar;
  readonly syntax: SyntaxWords;
  /** By event type, the node types its ends may have; types not listed join any. */
  readonly eventEnds: ReadonlyMap<string, ReadonlySet<string>>;
  /** "spoke with X": a call or a meeting as the article's words say (data/lexicon/event-types.json). */
  readonly spokenContact: { readonly verbs: ReadonlySet<string>; readonly prepositions: ReadonlySet<string>; readonly callWords: ReadonlySet<string>; readonly callVerbs: ReadonlySet<string>; readonly mutualVerbs: ReadonlySet<string>; readonly inPerson: TokenTrie<string>; readonly remote: TokenTrie<string>; readonly remoteModifiers: ReadonlySet<string> };
  readonly peopleFrameNouns: ReadonlySet<string>;
  /** "interview", "sat down with": the article is an interview ("I" is the person interviewed). */
  readonly interviewCues: TokenTrie<string>;
  /** Open a byline or a closing sentence that names the article's author ("By X", "The writer is ..."). */
  readonly authorCues: TokenTrie<string>;
  /** "the Chinese guest": after "the" and a demonym, the person of that state the article has named most. */
  readonly guestNouns: ReadonlySet<string>;
  /** Pronouns and honorifics that tell a person's gender ("she", "Ms"; "he", "Mr"). */
  readonly feminineWords: ReadonlySet<string>;
  readonly masculineWords: ReadonlySet<string>;
  /** Event words from CAMEO's dictionary and the curated phrases, looked up at a token of a sentence. */
  readonly events: EventLexicon;
  readonly actionNouns: ReadonlySet<string>;
  readonly actionVerbs: ReadonlySet<string>;
  /** Words for acts of one kind ("launch", "fire", "missile"): a condemnation naming one names an act told by another. */
  readonly actFamilies: readonly (readonly string[])[];
  /** "the actions of X", "the decision of X": act nouns whose "of" names their author, not what they act on. */
  readonly authoredNouns: ReadonlySet<string>;
  /** "coup": acts a state's own forces carry out in it, whose place is their author ("the coup in X"). */
  readonly domesticActs: ReadonlySet<string>;
  /** "retaliation for", "in response to": an act named after one is answered by another, told in passing. */
  readonly answeringPhrases: TokenTrie<string>;
  readonly blamingPhrases: TokenTrie<string>;
  /** "accused X of attacking": verbs that charge a party with one of `accusedActs`, which makes it their author. */
  readonly accusingVerbs: ReadonlySet<string>;
  readonly accusedActs: TokenTrie<string>;
  /** "bid", "candidacy"; "proposal", "plan": what a party seeks or puts forward, each word to the index of its kind. */
  readonly ownedThings: TokenTrie<number>;
  /** "militants", "jihadist": who carries out acts without being a party ("the attack by militants"). */
  readonly nonStateAuthors: ReadonlySet<string>;
  readonly modalityCues: TokenTrie<Modality>;
  readonly modalityWindow: number;
  readonly neutralisers: ReadonlySet<string>;
  /** "the next day": parts of a day that a future cue after a determiner makes a day of the story, not a future one. */
  readonly storyDays: ReadonlySet<string>;
  readonly infinitive: string;
  /** "the first to congratulate": words before an infinitive that make it real. */
  readonly realInfinitives: ReadonlySet<string>;
  /** Before a statement's infinitive and after the first person, make saying it the act ("I would like to congratulate"). */
  readonly performatives: ReadonlySet<string>;
  /** Event types whose infinitive of purpose happened in them ("called him to congratulate him"). */
  readonly purposeCarriers: ReadonlySet<string>;
  readonly purposeVerbs: ReadonlySet<string>;
  readonly statementVerbs: ReadonlySet<string>;
  readonly statementTypes: ReadonlySet<string>;
  /** "will stand with X": future auxiliaries that, right before a trigger of support, promise it, which is support now. */
  readonly promises: ReadonlySet<string>;
  /** "pledged to keep arming X": verbs of promising whose infinitive backs a party now. */
  readonly pledgeVerbs: ReadonlySet<string>;
  /** "never took place", "was called off": after an event noun, the event did not happen. */
  readonly nonOccurrence: TokenTrie<string>;
  /** "met 27 times", "visited several times": a count of occasions, and the words that count them. */
  readonly recurringCounts: ReadonlySet<string>;
  readonly recurringQuantifiers: ReadonlySet<string>;
  readonly membershipCues: TokenTrie<MembershipCue>;
  /** After "their" and a bloc, a meeting of the bloc: the sentence's states call it theirs ("held their annual Quad summit"). */
  readonly blocGatherings: TokenTrie<string>;
  /** A few words after a joining word, a status short of membership ("became BRICS partner countries"). */
  readonly lesserStatuses: ReadonlySet<string>;
  /** A few words after a joining word, a process still under way ("accession negotiations"): no joining, no membership. */
  readonly pendingJoinings: ReadonlySet<string>;
  /** Right before a membership cue, a wish or an application, no membership ("applied to join", "bid for membership"). */
  readonly membershipApplications: TokenTrie<string>;
  readonly frameNouns: TokenTrie<string>;
  readonly actorNouns: TokenTrie<string>;
  /** "Navy", "Group": words that end a body's, force's, place's or document's name, not a person's. */
  readonly bodyWords: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  readonly groupPronouns: ReadonlySet<string>;
  readonly blocAnaphora: ReadonlySet<string>;
  readonly blocReferences: ReadonlySet<string>;
  readonly namedBlocReferences: ReadonlySet<string>;
  readonly nonStateGroupWords: ReadonlySet<string>;
  readonly institutionPronouns: ReadonlySet<string>;
  readonly delegateNouns: ReadonlySet<string>;
  readonly stateReferences: TokenTrie<string>;
  readonly agreementWords: {
    readonly distinguishing: ReadonlySet<string>;
    readonly complementPrepositions: ReadonlySet<string>;
    readonly pairPrepositions: ReadonlySet<string>;
    /** "during", "after": a complement ends before them ("a memorandum on border security during the visit"). */
    readonly adjunctPrepositions: ReadonlySet<string>;
    readonly stripModifiers: ReadonlySet<string>;
    readonly signingVerbs: ReadonlySet<string>;
    /** "another", "a second": after "and", another agreement of the head just named ("an agreement on X and another on Y"). */
    readonly ellipticHeads: TokenTrie<string>;
    /** "titled", "called": before a quoted title that names the agreement. */
    readonly namingWords: ReadonlySet<string>;
    /** "reached", "struck": after an agreement and before "with", the parties after "with" are parties to it. */
    readonly agreeingParticiples: ReadonlySet<string>;
    /** "witnessed", "presided over": before a signing noun, its subject watched the signing. */
    readonly witnessingVerbs: TokenTrie<string>;
    readonly welcomingVerbs: ReadonlySet<string>;
    /** "exchanged": documents a listing sentence says were exchanged were signed. */
    readonly exchangingVerbs: ReadonlySet<string>;
    readonly nonPartySigners: ReadonlySet<string>;
    readonly adoptingVerbs: ReadonlySet<string>;
    readonly partyVerbs: ReadonlySet<string>;
    /** "which counts A and B among its members": the verb, and the nouns after "among" and a possessive. */
    readonly countingVerbs: ReadonlySet<string>;
    readonly membershipNouns: ReadonlySet<string>;
    readonly listGlue: ReadonlySet<string>;
    readonly coSignerMarkers: TokenTrie<string>;
    /** "signed seven agreements. The agreements include X": a set signed, some of it listed in the next sentence. */
    readonly signedSets: ReadonlySet<string>;
    readonly inclusionOpeners: TokenTrie<string>;
    readonly inclusionVerbs: ReadonlySet<string>;
    readonly gradingAdverbs: ReadonlySet<string>;
    readonly gerundPrepositions: ReadonlySet<string>;
    readonly shorterNameCuts: ReadonlySet<string>;
    readonly fieldNouns: ReadonlySet<string>;
    readonly participleOpeners: ReadonlySet<string>;
    readonly actHeads: ReadonlySet<string>;
    /** Capitalised right after a head, the name goes on to name a place or a body ("Convention Centre"). */
    readonly nameContinuations: ReadonlySet<string>;
    readonly idioms: TokenTrie<string>;
  };

  constructor(data: LexiconData) {
    const t = data.titles;
    const titleEntries: [string, TitleEntry][] = [];
    const byName = new Map<string, TitleEntry>();
    for (const entry of t.titles) {
      const value: TitleEntry = { title: entry.title, office: entry.office, leader: entry.leader ?? false };
      byName.set(entry.title, value);
      for (const form of entry.forms) titleEntries.push([form, value]);
    }
    this.titles = phraseTrie(titleEntries);
    this.titleByName = byName;
    this.ministerHeads = words(t.ministerHeads);
    this.portfolioWords = words(t.portfolioWords);
    this.bodyNouns = words(t.bodyNouns);
    this.counterpart = words(t.counterpart);
    this.honorifics = phraseTrie(t.honorifics.map((h) => [h, h]));
    this.nameParticles = words(t.nameParticles);
    this.generationalSuffixes = words(t.generationalSuffixes);
    this.postNominals = words(t.postNominals);
    this.timePrefixes = words(t.timePrefixes);
    this.timeSuffixes = phraseTrie(t.timeSuffixes.map((w) => [w, w]));
    this.newcomerWords = joinedPhrases(t.newcomerWords);
    this.electSuffixes = words(t.electSuffixes);
    this.accessionNouns = words(t.accessionNouns);
    this.visitorWords = joinedPhrases(t.visitorWords);
    const m = data.mentions;
    this.topicNouns = words(m.topicNouns);
    this.locatives = words(m.locatives);
    this.addressingPhrases = joinedPhrases(m.addressingPhrases);
    this.placeNouns = words(m.placeNouns);
    this.featureNouns = words(m.featureNouns);
    this.regionNames = phraseTrie(m.regionNames.map((w) => [w, w]));
    this.placedActs = words(m.placedActs);
    this.governingNouns = joinedPhrases(m.governingNouns);
    this.abbreviations = words(m.abbreviations);
    this.numberingAbbreviations = words(m.numberingAbbreviations);
    this.temporalWords = words(m.temporalWords);
    this.frameNouns = phraseTrie(m.frameNouns.map((w) => [w, w]));
    this.peopleFrameNouns = words(m.peopleFrameNouns);
    this.interviewCues = phraseTrie(m.interviewCues.map((w) => [w, w]));
    this.authorCues = phraseTrie(m.authorCues.map((w) => [w, w]));
    this.guestNouns = words(m.guestNouns);
    this.feminineWords = words(m.feminineWords);
    this.masculineWords = words(m.masculineWords);
    const g = data.grammar;
    this.grammar = {
      determiners: words(g.determiners), clauseWords: words(g.clauseWords), clauseBreaks: words(g.clauseBreaks),
      subjectBoundaries: words(g.subjectBoundaries), relativePronouns: words(g.relativePronouns), prepositions: words(g.prepositions),
      topicWords: words(g.topicWords), negators: words(g.negators), indefinites: words(g.indefinites), quantifiers: words(g.quantifiers), distributives: words(g.distributives), clauseConjunctions: words(g.clauseConjunctions), possessives: words(g.possessives), objectPronouns: words(g.objectPronouns), bareSubjects: words(g.bareSubjects), groupGlue: words(g.groupGlue),
      numbers: new Map(Object.entries(g.numbers).map(([k, v]) => [fold(k), v as number])), mannerNouns: words(g.mannerNouns), preverbalAdverbs: words(g.preverbalAdverbs), modals: words(g.modals),
      cardinals: words(g.cardinals),
    };
    const sy = data.syntax;
    this.syntax = {
      coordinators: phraseTrie(sy.coordinators.map((w) => [w, w])), repeatable: words(sy.repeatable), groupOpeners: words(sy.groupOpeners), regionAdjectives: words(sy.regionAdjectives),
      prepositions: words(sy.prepositions), relativePronouns: words(sy.relativePronouns), subordinators: words(sy.subordinators),
      clausePunctuation: words(sy.clausePunctuation), speechVerbs: words(sy.speechVerbs), addressedSpeechVerbs: words(sy.addressedSpeechVerbs), lightVerbs: words(sy.lightVerbs), beForms: words(sy.beForms), settingPrepositions: words(sy.settingPrepositions), attendanceVerbs: words(sy.attendanceVerbs), gratitudeVerbs: words(sy.gratitudeVerbs), voicingVerbs: words(sy.voicingVerbs), opposingVerbs: words(sy.opposingVerbs), backingNouns: words(sy.backingNouns), reciprocalVerbs: words(sy.reciprocalVerbs), multipartyWords: phraseTrie(sy.multipartyWords.map((w) => [w, w])), joiningVerbs: words(sy.joiningVerbs), receivingVerbs: words(sy.receivingVerbs), switchingVerbs: words(sy.switchingVerbs), partNouns: words(sy.partNouns), authorParticiples: phraseTrie(sy.authorParticiples.map((w) => [w, w])), ellipsisPhrases: phraseTrie(sy.ellipsisPhrases.map((w) => [w, w])), invertedEllipsisPhrases: phraseTrie(sy.invertedEllipsisPhrases.map((w) => [w, w])), returningPhrases: phraseTrie(sy.returningPhrases.map((w) => [w, w])), leadingParticiples: words(sy.leadingParticiples), presencePhrases: phraseTrie(sy.presencePhrases.map((w) => [w, w])), gatheringPhrases: joinedPhrases(sy.gatheringPhrases), mealWords: words(sy.mealWords), memberNouns: phraseTrie(sy.memberNouns.map((w) => [w, w])), memberDescriptors: words(sy.memberDescriptors), memberNaming: words(sy.memberNaming), memberSelectors: words(sy.memberSelectors), modifierPrefixes: words(sy.modifierPrefixes), situationNouns: words(sy.situationNouns), topicOpeners: words(sy.topicOpeners), listIntroducers: sy.listIntroducers.map((w) => w.split(' ')), actingNouns: phraseTrie(sy.actingNouns.map((w) => [w, w])), actingPrepositions: words(sy.actingPrepositions), namingPhrases: phraseTrie(sy.namingPhrases.map((w) => [w, w])), messageNouns: words(sy.messageNouns), sendingVerbs: words(sy.sendingVerbs), givingVerbs: words(sy.givingVerbs), arrivalVerbs: words(sy.arrivalVerbs), discussionVerbs: phraseTrie(sy.discussionVerbs.map((w) => [w, w])),
      nounPrepositions: new Map(Object.entries(sy.nounPrepositions).map(([noun, list]) => [fold(noun), words(list ?? [])])),
      argumentPrepositions: new Map(Object.entries(sy.argumentPrepositions).map(([type, list]) => [type, words(list ?? [])])),
    };
    this.eventEnds = new Map(Object.entries(data.eventTypes.types).map(([type, t]) => [type, new Set(t?.between ?? [])]));
    const sc = data.eventTypes.spokenContact;
    this.spokenContact = { verbs: words(sc.verbs), prepositions: words(sc.prepositions), callWords: words(sc.callWords), callVerbs: words(sc.callVerbs), mutualVerbs: words(sc.mutualVerbs), inPerson: phraseTrie(sc.inPerson.map((w) => [w, w])), remote: phraseTrie(sc.remote.map((w) => [w, w])), remoteModifiers: words(sc.remoteModifiers) };
    this.actorNouns = phraseTrie(m.actorNouns.map((w) => [w, w]));
    this.bodyWords = words(m.bodyWords);
    this.events = new EventLexicon(data.cameoVerbs, data.curatedTriggers, {
      ...this.grammar, settingPrepositions: words(data.syntax.prepositions), subjects: new Set([...words(m.personPronouns), ...words(m.groupPronouns), ...this.grammar.relativePronouns, ...this.grammar.preverbalAdverbs]),
      unreal: new Set(Object.values(data.modality.cues).flat().filter((w) => !w.includes(' ')).map(fold)),
      personPronouns: words(m.personPronouns),
      temporalWords: words(m.temporalWords),
      infinitive: fold(data.modality.infinitive),
    });
    this.personPronouns = words(m.personPronouns);
    this.groupPronouns = words(m.groupPronouns);
    this.blocAnaphora = words(m.blocAnaphora);
    this.blocReferences = words(m.blocReferences);
    this.namedBlocReferences = words(m.namedBlocReferences);
    this.nonStateGroupWords = words(m.nonStateGroupWords);
    this.institutionPronouns = words(m.institutionPronouns);
    this.delegateNouns = words(m.delegateNouns);
    this.stateReferences = phraseTrie(m.stateReferences.map((w) => [w, w]));
    this.actionNouns = words(data.curatedTriggers.actionNouns);
    this.actionVerbs = words(data.curatedTriggers.actionVerbs);
    this.actFamilies = data.curatedTriggers.actFamilies.map((family) => family.map(fold));
    this.nonStateAuthors = words(data.curatedTriggers.nonStateAuthors);
    this.domesticActs = words(data.curatedTriggers.domesticActs);
    this.answeringPhrases = phraseTrie(data.curatedTriggers.answeringPhrases.map((w) => [w, w]));
    this.blamingPhrases = phraseTrie(data.curatedTriggers.blamingPhrases.map((w) => [w, w]));
    this.accusingVerbs = words(data.curatedTriggers.accusingVerbs);
    this.accusedActs = phraseTrie(data.curatedTriggers.accusedActs.map((w) => [w, w]));
    this.ownedThings = phraseTrie(data.curatedTriggers.ownedThings.flatMap((kind, n) => kind.map((w): [string, number] => [w, n])));
    this.authoredNouns = words(data.curatedTriggers.authoredNouns);
    const mo = data.modality;
    this.modalityCues = phraseTrie(
      (Object.entries(mo.cues) as [Modality, string[]][]).flatMap(([kind, list]) => list.map((w): [string, Modality] => [w, kind])),
    );
    this.modalityWindow = mo.window;
    this.neutralisers = words(mo.neutralisers);
    this.storyDays = words(mo.storyDays);
    this.infinitive = fold(mo.infinitive);
    this.realInfinitives = words(mo.realInfinitives);
    this.performatives = words(mo.performatives);
    this.purposeCarriers = new Set(mo.purposeCarriers);
    this.purposeVerbs = words(mo.purposeVerbs);
    this.statementVerbs = words(mo.statementVerbs);
    this.statementTypes = new Set(mo.statementTypes);
    this.promises = words(mo.promises);
    this.pledgeVerbs = words(mo.pledgeVerbs);
    this.nonOccurrence = phraseTrie(mo.nonOccurrence.map((w) => [w, w]));
    this.recurringCounts = words(mo.recurring.counts);
    this.recurringQuantifiers = words(mo.recurring.quantifiers);
    const joining = new Set(data.membership.joining);
    // A word that reports joining states membership too.
    const cues = [...new Set([...data.membership.cues, ...joining])];
    this.membershipCues = phraseTrie([
      ...cues.map((w): [string, MembershipCue] => [w, joining.has(w) ? 'joining' : 'cue']),
      ...data.membership.named.map((w): [string, MembershipCue] => [w, 'named']),
    ]);
    this.blocGatherings = phraseTrie(data.membership.gatherings.map((w) => [w, w]));
    this.lesserStatuses = words(data.membership.lesserStatuses);
    this.pendingJoinings = words(data.membership.pending);
    this.membershipApplications = phraseTrie(data.membership.applications.map((w) => [w, w]));
    const a = data.agreements;
    this.agreementHeads = phraseTrie<AgreementHeadKind>([
      ...a.heads.map((w): [string, 'head'] => [w, 'head']),
      ...a.weakHeads.map((w): [string, 'weak'] => [w, 'weak']),
      ...a.pluralHeads.map((w): [string, 'plural'] => [w, 'plural']),
      ...a.projects.map((w): [string, 'project'] => [w, 'project']),
      ...a.projectNouns.map((w): [string, 'projectNoun'] => [w, 'projectNoun']),
    ]);
    this.agreementWords = {
      distinguishing: words(a.distinguishing),
      complementPrepositions: words(a.complementPrepositions),
      pairPrepositions: words(a.pairPrepositions),
      adjunctPrepositions: words(a.adjunctPrepositions),
      stripModifiers: words(a.stripModifiers),
      signingVerbs: words(a.signingVerbs),
      ellipticHeads: phraseTrie(a.ellipticHeads.map((w) => [w, w])),
      namingWords: words(a.namingWords),
      agreeingParticiples: words(a.agreeingParticiples),
      witnessingVerbs: phraseTrie(a.witnessingVerbs.map((w) => [w, w])),
      welcomingVerbs: words(a.welcomingVerbs),
      exchangingVerbs: words(a.exchangingVerbs),
      nonPartySigners: words(a.nonPartySigners),
      adoptingVerbs: words(a.adoptingVerbs), partyVerbs: words(a.partyVerbs), countingVerbs: words(a.countingVerbs), membershipNouns: words(a.membershipNouns),
      listGlue: words(a.listGlue),
      coSignerMarkers: phraseTrie(a.coSignerMarkers.map((w) => [w, w])),
      signedSets: words(a.signedSets), inclusionOpeners: phraseTrie(a.inclusionOpeners.map((w) => [w, w])), inclusionVerbs: words(a.inclusionVerbs),
      gradingAdverbs: words(a.gradingAdverbs),
      gerundPrepositions: words(a.gerundPrepositions), shorterNameCuts: words(a.shorterNameCuts), fieldNouns: words(a.fieldNouns), participleOpeners: words(a.participleOpeners),
      actHeads: words(a.actHeads),
      nameContinuations: words(a.nameContinuations),
      idioms: phraseTrie(a.idioms.map((w) => [w, w])),
    };
  }
}
