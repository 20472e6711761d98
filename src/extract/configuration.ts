// The default order of the mention stages. Each placement matters:
import { agreementMention } from './mentions/agreement-mention.js';
import { counterpartMention } from './mentions/counterpart-mention.js';
import { locationFilter } from './mentions/location-filter.js';
import { nameMention } from './mentions/name-mention.js';
import { nameInAgreementFilter } from './mentions/name-in-agreement-filter.js';
import { organFilter } from './mentions/organ-filter.js';
import { nameResolve } from './mentions/name-resolve.js';
import { headerSpeaker } from './mentions/header-speaker.js';
import { outOfOfficeFilter } from './mentions/out-of-office-filter.js';
import { pluralRoleMention } from './mentions/plural-role-mention.js';
import { repeatedNameMention } from './mentions/repeated-name-mention.js';
import { roleMerge } from './mentions/role-merge.js';
import { roleResolve } from './mentions/role-resolve.js';
import { statusFilter } from './mentions/status-filter.js';
import { titleMention } from './mentions/title-mention.js';
import { stateNamedPerson } from './mentions/state-named-person.js';
import { titledName } from './mentions/titled-name.js';
import { nameRunOn } from './mentions/name-run-on.js';
import { titledHomeState } from './mentions/titled-home-state.js';
import { topicFilter } from './mentions/topic-filter.js';
import { actorMerge } from './events/actor-merge.js';
import { argumentBinding } from './events/argument-binding.js';
import { callOverMeeting } from './events/call-over-meeting.js';
import { coPresence } from './events/co-presence.js';
import { coSigningMeeting } from './events/co-signing-meeting.js';
import { ellipsis } from './events/ellipsis.js';
import { eventDate } from './events/event-date.js';
import { leaderOf } from './events/leader-of.js';
import { listedSigning } from './events/listed-signing.js';
import { memberOf } from './events/member-of.js';
import { modalityFilter } from './events/modality-filter.js';
import { partyTo } from './events/party-to.js';
import { partyTypeFilter } from './events/party-type-filter.js';
import { remoteContact } from './events/remote-contact.js';
import { messageReference } from './events/message-reference.js';
import { spokenContact } from './events/spoken-contact.js';
import { triggerEvent } from './events/trigger-event.js';
import type { EventCandidate, EventContext, Mention, Stage } from './types.js';

export interface Configuration {
  readonly mentions: readonly Stage<Mention>[];
  readonly events: readonly Stage<EventCandidate, EventContext>[];
}

export const defaultConfiguration: Configuration = {
  mentions: [
    // Gazetteer names first: every later stage reads them.
    nameMention,
    // Full names before short ones, so "Putin" can mean the Putin the article names in full.
    nameResolve,
    // "the Security Council of the Russian Federation": before titles read their places.
    organFilter,
    // Titles skip words inside names ("King Salman" is a name), so they come after names.
    titleMention,
    // Titles take their states before they look for their people.
    roleMerge,
    pluralRoleMention,
    counterpartMention,
    // A known name written longer takes in the rest, so the title before it reaches the whole name.
    nameRunOn,
    // Binds titles to the people they introduce, or makes new people of unknown titled names.
    titledName,
    // Untitled names a state introduces ("Britain's Barbara Woodward", "Samuel Zbogar of Slovenia") are new people too.
    stateNamedPerson,
    // A transcript's speaker the header titles, found by the first line they open.
    headerSpeaker,
    // Once titled, a person the gazetteer lacks is found again by name or surname.
    repeatedNameMention,
    // Bare titles ("the Russian president") are resolved only once every named person is known.
    roleResolve,
    // Drops come after role-merge: "Russian" in "Russian President" must first give the title its state.
    topicFilter,
    locationFilter,
    statusFilter,
    // After role-resolve: a title anywhere in the article keeps the person.
    outOfOfficeFilter,
    // Once places are dropped: only a state the sentence names as a party gives a titled person theirs.
    titledHomeState,
    // Agreements last: their modifiers are judged against the states and blocs found above.
    agreementMention,
    nameInAgreementFilter,
  ],
  events: [
    triggerEvent,
    // After the triggers: a contact they already read is not read again.
    spokenContact,
    // Before binding, so a call's pair is read as a call's: "discussed the war by phone".
    remoteContact,
    // "In his message, X said": a message congratulations reported before refer to, read as one.
    messageReference,
    // Unreal events go before binding, so that they never become the article's frame.
    modalityFilter,
    argumentBinding,
    // "X followed suit": the last bound event again, for another subject.
    ellipsis,
    // A meeting with a state is one with its leader: before co-signing and dates read the pairs.
    partyTypeFilter,
    // After the pairs are people: talks reported with a call between the same two are the call.
    callOverMeeting,
    // Reads bound signings: co-signers met.
    coSigningMeeting,
    // Reads bound meetings and signings: those present at them met.
    coPresence,
    leaderOf,
    // Membership and parties read the frame the bound events give ("both countries").
    memberOf,
    partyTo,
    // Dates last: every candidate, relations included, gets its date or its absence.
    eventDate,
    // Reads the parties and the dates given: a listed agreement is signed by its line's parties on the talks' day.
    listedSigning,
    // Needs dates: a state-level event is the leaders' one only on the same day.
    actorMerge,
  ],
};
