// Agreements named by pattern: how far a name reaches before and after its head noun, and what is not a name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/pipeline.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { article } from '../../helpers/article.js';

const knowledge = loadKnowledge();

/** The labels of the agreement nodes the text gives. */
function agreements(text: string): string[] {
  const { fragment } = extract(article(text, '2024-05-06'), knowledge);
  return fragment!.nodes.filter((n) => n.type === 'agreement').map((n) => n.label).sort();
}

describe('agreement-mention: parties listed after "between"', () => {
  it('keeps MoUs on different subjects apart: the head alone ("MoU") is no name they share', () => {
    expect(agreements('Ghana and Togo signed an MoU on renewable energy cooperation and an MoU on dairy development on Monday.').sort())
      .toEqual(['MoU on dairy development', 'MoU on renewable energy cooperation']);
  });

  it('keeps a party\'s possessive inside its name ("the Democratic People\'s Republic of Korea")', () => {
    expect(agreements('Kim Jong Un and Vladimir Putin signed the Treaty on Comprehensive Strategic Partnership between the Democratic People\'s Republic of Korea and the Russian Federation on Wednesday.'))
      .toEqual(['Treaty on Comprehensive Strategic Partnership between the Democratic People\'s Republic of Korea and the Russian Federation']);
  });

  it('keeps the possessive of a listed body that is no party inside its name ("the Assembly of People\'s Power")', () => {
    expect(agreements('Ghana and Togo signed a Cooperation Agreement between the Parliament of Ghana and the Assembly of People\'s Deputies of Togo on Monday.'))
      .toEqual(['Cooperation Agreement between the Parliament of Ghana and the Assembly of People\'s Deputies of Togo']);
  });
});

describe('agreement-mention: a measure before the name', () => {
  it('labels an agreement without its length, in digits or in words, and keeps the length as another name', () => {
    const { fragment } = extract(article('Ghana signed a five-year defence cooperation agreement with Togo on Monday, and a 10-year trade pact with Benin.', '2024-05-06'), knowledge);
    const names = fragment!.nodes.filter((n) => n.type === 'agreement').map((n) => [n.label, ...n.aliases]);
    expect(names).toHaveLength(2);
    expect(names[0]).toEqual(expect.arrayContaining(['defence cooperation agreement', 'five-year defence cooperation agreement with Togo']));
    expect(names[0]).not.toContain('five-year defence cooperation agreement');
    expect(names[1]).toEqual(expect.arrayContaining(['trade pact', '10-year trade pact with Benin']));
  });

  it('gives an agreement with a complement its head and the words before it as another name ("the roadmap"), each of two its own', () => {
    const { fragment } = extract(article('Ghana and Togo signed a roadmap for basing a joint brigade in Lome and a border security agreement on joint patrols on Monday.', '2024-05-06'), knowledge);
    const names = fragment!.nodes.filter((n) => n.type === 'agreement').map((n) => [n.label, ...n.aliases]);
    expect(names).toHaveLength(2);
    expect(names).toEqual(expect.arrayContaining([expect.arrayContaining(['roadmap']), expect.arrayContaining(['border security agreement'])]));
  });

  it('keeps the length when the head alone would be left ("a five-year protocol")', () => {
    expect(agreements('Ghana and Togo signed a five-year protocol on Monday.')).toEqual(['five-year protocol']);
  });
});

describe('agreement-mention: a clause after the name', () => {
  it('ends the name before a party that acts on it ("a memorandum of understanding Ghana signed with X")', () => {
    expect(agreements('The dispute began with a memorandum of understanding Ghana signed with Togo in January.')).toEqual(['memorandum of understanding']);
  });
});

describe('agreement-mention: a weak head', () => {
  it('names an agreement when a passive signs it just after ("a plan for 2025-2027, signed by X"), not when nothing signs it', () => {
    expect(agreements('Chief among them was a police cooperation plan for 2025-2027, signed by the interior ministers of Chile and Peru.'))
      .toEqual(['police cooperation plan for 2025-2027']);
    expect(agreements('Chief among the topics was a police cooperation plan for 2025-2027, officials said.')).toEqual([]);
  });

  it('reads a party\'s own initiative as no agreement, and one signed as an agreement', () => {
    expect(agreements('Chile welcomed the Andean Clean Water Initiative, which Peru launched in 2023.')).toEqual([]);
    expect(agreements('Chile and Peru signed the Andean Clean Water Initiative in Lima on Monday.')).toEqual(['Andean Clean Water Initiative']);
  });
});

describe('agreement-mention: a graded description', () => {
  it('refers back to the agreement named before ("sealing the world\'s biggest trade pact"), unless an indefinite opens it', () => {
    expect(agreements('Twelve African states on Friday signed the Trans-Sahel Energy Charter, sealing the continent\'s largest energy agreement.'))
      .toEqual(['Trans-Sahel Energy Charter']);
    expect(agreements('Ghana and Togo signed the Lome Accord in 2001 and a further peace agreement in 2004.')).toEqual(['Lome Accord', 'peace agreement']);
  });
});

describe('agreement-mention: modifiers before the head', () => {
  it('keeps modifiers joined by "and" inside a noun phrase', () => {
    expect(agreements('Ghana and Vietnam signed a security and economic cooperation framework agreement on Monday.'))
      .toEqual(['security and economic cooperation framework agreement']);
    expect(agreements('Peru and Kenya sealed a tourism and mobility arrangement in Lima.')).toEqual(['tourism and mobility arrangement']);
    expect(agreements('The pact builds on the interim Chile-Japan Investment Promotion and Trade Agreement, in force since March.'))
      .toEqual(['Chile-Japan Investment Promotion and Trade Agreement']);
  });

  it('reads no agreement where its head is a verb or follows a preposition, and ends a name before a date', () => {
    expect(agreements('The proposal did not deal with the refugees, the Ghanaian foreign minister said on Monday.')).toEqual([]);
    expect(agreements('The talks between Ghana and Togo ended without agreement on Monday.')).toEqual([]);
    expect(agreements('Ghana and Togo signed a fisheries agreement on 8 May in Accra.')).toEqual(['fisheries agreement']);
    expect(agreements('Ghana and Togo signed an agreement on the Accra-Lome highway project earlier this week.')).toEqual(['agreement on the Accra-Lome highway project']);
    expect(agreements('Ghana and Togo signed an agreement on fisheries later that day.')).toEqual(['agreement on fisheries']);
    // Where it was signed ends even a capitalised title.
    expect(agreements('Ghana and Togo signed the Memorandum of Understanding on Maritime Security Cooperation at Osu Castle on Monday.'))
      .toEqual(['Memorandum of Understanding on Maritime Security Cooperation']);
  });

  it('reads a state\'s name whole when the count of modifiers would cut it', () => {
    expect(agreements('Australia and Papua New Guinea signed the Papua New Guinea National Rugby League Partnership Agreement on Thursday.'))
      .toEqual(['Papua New Guinea National Rugby League Partnership Agreement']);
  });

  it('does not join parties listed before the head to it', () => {
    expect(agreements('Morocco and Senegal signed the Atlantic Fisheries Agreement on Monday.')).toEqual(['Atlantic Fisheries Agreement']);
  });

  it('keeps "of" inside a capitalised title', () => {
    expect(agreements('Canada and Poland restored the General Exchange of Classified Research Agreement on Monday.'))
      .toEqual(['General Exchange of Classified Research Agreement']);
  });

  it("keeps a plural possessive inside a title, and reads a lower-case one as the owners'", () => {
    expect(agreements('The summit adopted the Lagos Ministers\' Declaration on Friday.')).toEqual(["Lagos Ministers' Declaration"]);
    expect(agreements("Chile and Peru signed a fisheries pact. The two ministers' pact runs for five years.")).toEqual(['fisheries pact']);
  });

  it('counts a hyphen-joined compound as one modifier and keeps initialisms in compounds', () => {
    expect(agreements('Laos and Thailand signed a loan agreement for the Pakse-Ubon-Nakhon Ratchasima standard-gauge railway.'))
      .toEqual(['loan agreement for the Pakse-Ubon-Nakhon Ratchasima standard-gauge railway']);
    expect(agreements('Sudan and Chad signed a U.N.-brokered ceasefire agreement on Monday.')).toEqual(['U.N.-brokered ceasefire agreement']);
  });

  it('does not take graded adjectives as part of a name', () => {
    expect(agreements('Fiji and Samoa signed a further fisheries agreement in Apia.')).toEqual(['fisheries agreement']);
    expect(agreements('Fiji and Samoa signed the Apia Fisheries Treaty. Officials called it the most important agreement Fiji had ever signed.'))
      .toEqual(['Apia Fisheries Treaty']);
  });
});

describe('agreement-mention: what stays out of a name', () => {
  it("drops words of status and fate, and keeps a place's own words", () => {
    expect(agreements('Chile and Peru signed the non-binding Lima Declaration on Monday.')).toEqual(['Lima Declaration']);
    expect(agreements('Kenya and Ethiopia discussed the long-delayed Tana water-sharing deal on Monday.')).toEqual(['Tana water-sharing deal']);
  });

  it('ends a complement before what is said of the signing, and keeps a time bound of its own', () => {
    expect(agreements('Chile and Peru signed a memorandum of understanding on border security during the visit.')).toEqual(['memorandum of understanding on border security']);
    expect(agreements('Chile and Peru signed a plan on economic cooperation until 2030.')).toEqual(['plan on economic cooperation until 2030']);
    expect(agreements('The leaders witnessed the signing of a Memorandum of Understanding on Border Security Cooperation by Foreign Minister Ana Silva.'))
      .toEqual(['Memorandum of Understanding on Border Security Cooperation']);
  });

  it('does not place a project in a state named by a demonym', () => {
    expect(agreements('Experts discussed the Khmelnytskyi nuclear power plant in Ukrainian-held territory.')).toEqual(['Khmelnytskyi nuclear power plant']);
  });
});

describe('agreement-mention: what is not an agreement', () => {
  it('reads a lower-case "declaration of" as an act, unless what it declares is a list', () => {
    expect(agreements('Parliament voted to end the declaration of a state of emergency in Peru.')).toEqual([]);
    expect(agreements('Sudan and Chad signed a declaration of principles on Monday.')).toEqual(['declaration of principles']);
    expect(agreements('Peru and Chile signed the Declaration of Principles on Monday.')).toEqual(['Declaration of Principles']);
  });

  it('reads a weak head signed in the passive right after it as an agreement', () => {
    expect(agreements('A maritime security cooperation arrangement was signed by the defence ministers of Ghana and Vietnam on Monday.')).toEqual(['maritime security cooperation arrangement']);
    expect(agreements('A maritime security cooperation arrangement was discussed by the defence ministers of Ghana and Vietnam on Monday.')).toEqual([]);
  });

  it('needs more than an adjective for an understanding', () => {
    expect(agreements('Kenya does not have a full understanding of the plan.')).toEqual([]);
    expect(agreements('Chile and Peru signed ten memoranda of understanding on fisheries.')).toEqual([]);
    expect(agreements('Chile and Peru signed a memorandum of understanding on fisheries.')).toEqual(['memorandum of understanding on fisheries']);
  });

  it('skips set phrases', () => {
    expect(agreements('There is still a great deal to do between Kenya and Uganda.')).toEqual([]);
    expect(agreements('The Lome Declaration was signed by Togo. Ghana signed the Declaration on behalf of its people.')).toEqual(['Lome Declaration']);
    expect(agreements('Paraguay has been seeking a free-trade deal with Japan on its own since March.')).toEqual(['free-trade deal with Japan']);
    expect(agreements('Nauru has promised to reach mutual agreement with New Zealand before signing any pact.')).toEqual([]);
  });

  it('reads a capitalised head alone after "the" as the agreement named before', () => {
    const { fragment } = extract(article('Ghana and Togo signed the Accra Accord on Monday. Under the Accord, both will open their borders.', '2024-05-06'), knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'agreement').map((n) => n.label)).toEqual(['Accra Accord']);
    expect(agreements('Under the Accord, both will open their borders.')).toEqual([]);
  });

  it('goes on after the parties of a title', () => {
    expect(agreements('Nepal and India signed a Memorandum of Understanding between India and Nepal for the Raxaul-Amlekhgunj oil pipeline.'))
      .toEqual(['Memorandum of Understanding between India and Nepal for the Raxaul-Amlekhgunj oil pipeline']);
  });
});

describe('agreement-mention: complements after the head', () => {
  it('goes on over "in" with a field, and stops before a place, a date or a set phrase', () => {
    expect(agreements('Ghana and Vietnam signed a memorandum of understanding on cooperation in agriculture on Monday.'))
      .toEqual(['memorandum of understanding on cooperation in agriculture']);
    expect(agreements('Ghana and Vietnam signed a memorandum of understanding on cooperation in Hanoi on Monday.')).toEqual(['memorandum of understanding on cooperation']);
    expect(agreements('Ghana and Vietnam signed a memorandum of understanding on fisheries in line with the treaty.')).toEqual(['memorandum of understanding on fisheries']);
    // A state's adjective before the field is part of it.
    expect(agreements('Ghana and Vietnam sealed a memorandum on investment in Vietnamese clean energy on Monday.')).toEqual(['memorandum on investment in Vietnamese clean energy']);
    // So is another capitalised adjective; a capital is no adjective.
    expect(agreements('Ghana and Vietnam sealed a memorandum on cooperation in Arctic research on Monday.')).toEqual(['memorandum on cooperation in Arctic research']);
    expect(agreements('Ghana and Vietnam sealed a memorandum on cooperation in Hanoi on Monday.')).toEqual(['memorandum on cooperation']);
    // A word in -ing before a preposition or the end is a noun of the name: "the border crossing at X".
    expect(agreements('Ghana and Togo signed an agreement on the joint operation of the Aflao border crossing on Monday.')).toEqual(['agreement on the joint operation of the Aflao border crossing']);
    // Adjectives before the field's noun, after "the" too; "the" and a bare noun is a place ("in the region").
    expect(agreements('Ghana and Vietnam signed a memorandum on cooperation in open public software on Monday.')).toEqual(['memorandum on cooperation in open public software']);
    expect(agreements('Ghana and Vietnam signed a memorandum on cooperation in the digital economy on Monday.')).toEqual(['memorandum on cooperation in the digital economy']);
    expect(agreements('Ghana and Vietnam signed a memorandum on cooperation in the region on Monday.')).toEqual(['memorandum on cooperation']);
  });

  it('goes on over "and the" with another topic, a singular noun and its own complement', () => {
    expect(agreements('Chile and Peru signed a memorandum on border security and the fight against arms smuggling on Monday.'))
      .toEqual(['memorandum on border security and the fight against arms smuggling']);
    // Not people with their complement ("and the ministers of ..."), nor a noun with none.
    expect(agreements('Chile and Peru signed a memorandum on border security and the ministers of both states left.')).toEqual(['memorandum on border security']);
    expect(agreements('Chile and Peru signed a memorandum on border security and the president left.')).toEqual(['memorandum on border security']);
  });

  it('goes on over "and" between nouns, and stops before a new noun phrase', () => {
    expect(agreements('Chile and Peru signed a declaration on fisheries and coastal protection in Lima on Monday.'))
      .toEqual(['declaration on fisheries and coastal protection']);
    expect(agreements('Chile and Peru signed an agreement on fisheries and a memorandum on tourism.'))
      .toEqual(['agreement on fisheries', 'memorandum on tourism']);
  });

  it('goes on over a comma in a series of fields that "and" closes, not over one before a clause', () => {
    expect(agreements('Chile and Peru signed a general agreement on economic, trade and cultural cooperation in 1998.'))
      .toEqual(['general agreement on economic, trade and cultural cooperation']);
    expect(agreements('Chile and Peru signed a memorandum on fisheries, aquaculture and coastal tourism on Monday.'))
      .toEqual(['memorandum on fisheries, aquaculture and coastal tourism']);
    expect(agreements('Chile and Peru signed an agreement on trade, and the two leaders held talks.')).toEqual(['agreement on trade']);
  });

  it("goes on over 'and' between a name's capitalised words", () => {
    expect(agreements('Mongolia and Japan signed an agreement on the repair of the Northern Heat and Power Station.'))
      .toEqual(['agreement on the repair of the Northern Heat and Power Station']);
  });

  it('goes on from a capitalised complement over "in" to capitalised words "and" joins, not to a city', () => {
    expect(agreements('Ghana and Vietnam signed the Memorandum of Understanding on Cooperation in Agriculture and Rural Development on Monday.'))
      .toEqual(['Memorandum of Understanding on Cooperation in Agriculture and Rural Development']);
    expect(agreements('Ghana and Vietnam signed the Memorandum of Understanding on Cooperation in Accra on Monday.'))
      .toEqual(['Memorandum of Understanding on Cooperation']);
  });

  it('goes on from a capitalised complement joined by "and" to the region after "in the"', () => {
    expect(agreements('Ghana and Togo signed the Memorandum of Understanding on Piracy Prevention and Maritime Patrols in the Gulf of Guinea on Monday.'))
      .toEqual(['Memorandum of Understanding on Piracy Prevention and Maritime Patrols in the Gulf of Guinea']);
  });

  it('goes on over "in" with an adjective and a field, or "the field of", not "the presence of"', () => {
    expect(agreements('Ghana and Vietnam signed a memorandum of understanding on cooperation in green development on Monday.'))
      .toEqual(['memorandum of understanding on cooperation in green development']);
    expect(agreements('Ghana and Vietnam signed a memorandum of understanding on cooperation in the field of renewable energy on Monday.'))
      .toEqual(['memorandum of understanding on cooperation in the field of renewable energy']);
    expect(agreements('Ghana and Vietnam signed a memorandum on cooperation in the presence of the two presidents.')).toEqual(['memorandum on cooperation']);
  });

  it('goes on into a participle that names what the agreement does, up to the next document', () => {
    expect(agreements('Chile, Peru and Bolivia signed a treaty establishing the Andean Water Commission in La Paz on Saturday.'))
      .toEqual(['treaty establishing the Andean Water Commission']);
    expect(agreements('Brazil and Chile signed a memorandum of understanding launching the Atlantic-Pacific Economic Corridor on Monday.'))
      .toEqual(['memorandum of understanding launching the Atlantic-Pacific Economic Corridor']);
    expect(agreements('Ghana and Togo signed a protocol amending the Ghana-Togo Double Taxation Agreement and an MoU on customs cooperation on Monday.'))
      .toEqual(['MoU on customs cooperation', 'protocol amending the Ghana-Togo Double Taxation Agreement']);
    // "and the" before a document's capitalised head opens another title; a project's head ("Power Plant") does not.
    expect(agreements('Ghana and Togo signed the Memorandum of Understanding on Fisheries Cooperation and the Memorandum of Understanding on Rice Trade on Monday.'))
      .toEqual(['Memorandum of Understanding on Fisheries Cooperation', 'Memorandum of Understanding on Rice Trade']);
    expect(agreements('Ghana and Togo signed the Agreement on the Reconstruction of the Lome Combined Heat and Power Plant on Monday.'))
      .toEqual(['Agreement on the Reconstruction of the Lome Combined Heat and Power Plant']);
  });

  it('goes on into a gerund after "in"', () => {
    expect(agreements('Norway and Iceland signed a memorandum on cooperation in rescuing each other\'s fishermen at sea.'))
      .toEqual(["memorandum on cooperation in rescuing each other's fishermen"]);
  });

  it('goes on over "and the" between two named things', () => {
    expect(agreements('The ministries signed a memorandum on the protection of Lake Tana and the Abbay River basin.'))
      .toEqual(['memorandum on the protection of Lake Tana and the Abbay River basin']);
  });

  it('takes a region brought in with "in the" into a title, not the seat or city it was signed in', () => {
    expect(agreements('Both sides will implement the Declaration on the Conduct of Fishing Fleets in the Gulf of Guinea.'))
      .toEqual(['Declaration on the Conduct of Fishing Fleets in the Gulf of Guinea']);
    expect(agreements('Russia and Mongolia signed the Treaty on Friendship in the Kremlin on Monday.')).toEqual(['Treaty on Friendship']);
    expect(agreements('Chad and Niger signed the Treaty on Friendship in Agadez on Monday.')).toEqual(['Treaty on Friendship']);
  });

  it('takes a title-case phrase after a preposition into a title, not a city', () => {
    expect(agreements('Ghana and Peru signed the Memorandum of Understanding on Cooperation in Cocoa Processing Technology on Monday.'))
      .toEqual(['Memorandum of Understanding on Cooperation in Cocoa Processing Technology']);
    expect(agreements('Laos and Chile adopted the Joint Plan on Building a Partnership with a Common Vision for Rivers.'))
      .toEqual(['Joint Plan on Building a Partnership with a Common Vision for Rivers']);
    expect(agreements('Chad and Niger signed the Agreement on Cattle Routes in Agadez on Monday.')).toEqual(['Agreement on Cattle Routes']);
  });

  it('knows an agreement by the place of the project its complement ends on too', () => {
    const { fragment } = extract(article('Ghana and Peru signed an agreement on the construction of a small hydroelectric dam in the Volta Region.', '2024-05-06'), knowledge);
    const node = fragment!.nodes.find((n) => n.type === 'agreement');
    expect([node!.label, ...node!.aliases]).toEqual(expect.arrayContaining([
      'agreement on the construction of a small hydroelectric dam',
      'agreement on the construction of a small hydroelectric dam in the Volta Region',
    ]));
    // A designation after the project's name counts its words, not the dot of "No.".
    const numbered = extract(article('Ghana and Peru signed an agreement on the upgrade of power plant No. 2 in Tema.', '2024-05-06'), knowledge).fragment!.nodes.find((n) => n.type === 'agreement');
    expect(numbered!.aliases).toContain('agreement on the upgrade of power plant No. 2 in Tema');
  });

  it("takes a title's list of parties, however long their names", () => {
    expect(agreements('The three presidents signed the Agreement on the Common Section of the State Borders of the Republic of Chad, the Republic of Niger and the Federal Republic of Nigeria on Monday.'))
      .toEqual(['Agreement on the Common Section of the State Borders of the Republic of Chad, the Republic of Niger and the Federal Republic of Nigeria']);
    // Lower case, a list of states is no part of a name.
    expect(agreements('Officials signed an agreement on fishing off the coast of Chad, Niger and Nigeria.')).toEqual([expect.not.stringMatching(/Niger/)]);
  });

  it('reads past the dot of "No." before a number', () => {
    expect(agreements('Mongolia and Japan signed an agreement on the repair of Heat Plant No. 4 on Monday.')).toEqual(['agreement on the repair of Heat Plant No. 4']);
  });

  it('leaves "on X\'s behalf" out of the name', () => {
    expect(agreements('Foreign Minister Abderaman Koulamallah signed the Lome Declaration on Chad\'s behalf.')).toEqual(['Lome Declaration']);
  });

  it('stops at a participle that follows a noun', () => {
    expect(agreements('Both are parties to the Convention on Fishing Rights adopted in Lima in 1961.')).toEqual(['Convention on Fishing Rights']);
  });
});

describe('agreement-mention: a description named later', () => {
  it('is the known agreement of its head named soon after, when that one was signed in the days before', () => {
    const text = 'Bahrain, Kuwait and Oman signed a unity declaration in the desert on Tuesday.\n\n'
      + 'Officials said the talks ran late.\n\nUnder the Al-Ula declaration, flights to Doha resume next week.';
    const { fragment } = extract(article(text, '2021-01-06'), knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'agreement').map((n) => n.id)).toEqual(['agreement/alula-declaration']);
    // Years after its signing, a known declaration named later is another one.
    const { fragment: later } = extract(article(text, '2023-01-06'), knowledge);
    expect(later!.nodes.filter((n) => n.type === 'agreement')).toHaveLength(2);
  });
});

describe('agreement-mention: shorter names before a later preposition', () => {
  const names = (text: string): string[] => {
    const node = extract(article(text, '2024-05-06'), knowledge).fragment!.nodes.find((n) => n.type === 'agreement');
    return [node!.label, ...node!.aliases];
  };

  it('names an agreement by the words before a later "for", "along" or "on" too, while two words of its own tell it apart', () => {
    expect(names('Ghana and Togo signed an agreement on the removal of entry fees for holders of service passports on Monday.'))
      .toEqual(expect.arrayContaining(['agreement on the removal of entry fees for holders of service passports', 'agreement on the removal of entry fees']));
    expect(names('Ghana and Togo signed an agreement on patrolling arrangements along their shared northern border on Monday.'))
      .toEqual(expect.arrayContaining(['agreement on patrolling arrangements']));
    // Not before "of", nor with one word of its own before "for".
    expect(names('Ghana and Togo signed a memorandum on cooperation in the processing of cocoa beans on Monday.')).not.toContain('memorandum on cooperation in the processing');
    expect(names('Ghana and Togo signed a protocol on fisheries for the period from 2025 to 2027 on Monday.')).not.toContain('protocol on fisheries');
  });
});

describe('agreement-mention: one agreement or two', () => {
  it('joins a description brought in with "a" to the name it gets with "the" in the next sentence', () => {
    const { fragment } = extract(article('Chile and Peru signed a declaration on fisheries and coastal protection in Lima on Monday. '
      + 'The non-binding Lima Declaration commits both to joint patrols.', '2024-05-06'), knowledge);
    const nodes = fragment!.nodes.filter((n) => n.type === 'agreement');
    expect(nodes.map((n) => [n.label, ...n.aliases])).toEqual([['Lima Declaration', 'declaration', 'declaration on fisheries and coastal protection', 'non-binding Lima Declaration']]);
  });

  it('gives the capitalised words before a capitalised head as a name of their own', () => {
    const { fragment } = extract(article('Ghana and Kenya signed a treaty-level Maritime Security Agreement in Accra on Monday.', '2024-05-06'), knowledge);
    const [node] = fragment!.nodes.filter((n) => n.type === 'agreement');
    expect([node!.label, ...node!.aliases]).toContain('Maritime Security Agreement');
    expect(node!.label).toBe('treaty-level Maritime Security Agreement');
  });

  it('reads the initials given in parentheses after a name as that agreement later on', () => {
    const { fragment } = extract(article('Ghana and Kenya ratified the Maritime Security Agreement (MSA) on Monday.\n\n'
      + 'The MSA was signed in Accra in March by Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Kenyan Foreign Minister Musalia Mudavadi.', '2025-05-06'), knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'agreement')).toHaveLength(1);
    expect(fragment!.edges.filter((e) => e.type === 'signed').map((e) => e.source).sort()).toEqual(['leader/musalia-mudavadi', 'leader/samuel-okudzeto-ablakwa']);
  });

  it('keeps apart agreements of the same kind between other parties, of another year, or brought in as new', () => {
    expect(agreements('The Ghana-Togo border agreement was signed in 2001, and the Togo-Benin border agreement in 2003.'))
      .toEqual(['Ghana-Togo border agreement', 'Togo-Benin border agreement']);
    expect(agreements('Chile and Peru signed the Joint Declaration on Fisheries Cooperation. It replaces the 2009 declaration on fisheries cooperation.'))
      .toEqual(['2009 declaration on fisheries cooperation', 'Joint Declaration on Fisheries Cooperation']);
    expect(agreements('Sudan and Chad signed the Abeche peace agreement in 2006. In 2010 they signed a further peace agreement in Doha.'))
      .toEqual(['Abeche peace agreement', 'peace agreement']);
  });
});

describe('agreement-mention: what it is about after its other party', () => {
  it('names "an agreement with X on Y" and gives it the name without the party too', () => {
    expect(agreements('Hungary signed an agreement with Serbia on visa-free travel on Tuesday.')).toEqual(['agreement with Serbia on visa-free travel']);
    const { fragment } = extract(article('Hungary signed a memorandum with Serbia on energy cooperation on Tuesday.', '2024-05-06'), knowledge);
    expect(fragment!.nodes.find((n) => n.type === 'agreement')?.aliases).toContain('memorandum on energy cooperation');
    // An agreement with a party and nothing more is no name.
    expect(agreements('Hungary signed an agreement with Serbia on Tuesday.')).toEqual([]);
  });
});

describe('agreement-mention: "and another" after an agreement', () => {
  it('names another agreement of the same head by the complement after it, with the project\'s place', () => {
    expect(agreements('Ghana and Togo signed an agreement on border security and another on the joint management of the Volta basin on Tuesday.'))
      .toEqual(['agreement on border security', 'agreement on the joint management of the Volta basin']);
    const { fragment } = extract(article('Ghana and Togo signed a protocol on fuel deliveries and another on the reconstruction of a power plant in Lomé.', '2024-05-06'), knowledge);
    expect(fragment!.nodes.filter((n) => n.type === 'agreement').flatMap((n) => n.aliases)).toContain('protocol on the reconstruction of a power plant in Lomé');
    // "another" with no complement of its own names nothing.
    expect(agreements('Ghana signed an agreement on border security and another country objected.')).toEqual(['agreement on border security']);
  });
});

describe('agreement-mention: a surname that is a project\'s head', () => {
  it('reads "van Dam" after a first name as a person\'s name, not a dam', () => {
    expect(agreements('By Pieter van Dam\n\nGhana and Peru signed an agreement on fisheries on Monday.')).toEqual(['agreement on fisheries']);
  });
});

describe('agreement-mention: a weak head one party possesses', () => {
  it('is that party\'s own, even in a sentence that signs something', () => {
    expect(agreements('The pact was signed in Lima after talks that ranged from fisheries to Venezuela\'s oil program.')).toEqual([]);
    expect(agreements('Chile and Peru signed a joint plan on fisheries.')).toEqual(['joint plan on fisheries']);
  });
});

describe('agreement-mention: a joint statement', () => {
  it('is no agreement when only issued, and one when signed, titled or said signed in the next sentence', () => {
    expect(agreements('Chile and Peru issued a joint statement after the talks on Monday.')).toEqual([]);
    expect(agreements('In a joint statement, Chile and Peru called for calm.')).toEqual([]);
    expect(agreements('Chile and Peru signed a joint statement on Monday.')).toEqual(['joint statement']);
    expect(agreements('After the talks, a joint statement, "Partners for the Pacific", was released.')).toEqual(['joint statement']);
    expect(agreements('Chile and Peru issued a joint statement on Monday. The document was signed by the two foreign ministers.')).toEqual(['joint statement']);
  });
});

describe('agreement-mention: a quantified or negated description, or one never signed', () => {
  it('names no agreement ("any peace deal", "no agreement")', () => {
    expect(agreements('Ghana said any new trade agreement with Togo would need the consent of parliament.')).toEqual([]);
    expect(agreements('No border agreement was reached between Ghana and Togo on Monday.')).toEqual([]);
    expect(agreements('Ghana said a new trade agreement with Togo would need the consent of parliament.')).toEqual(['trade agreement with Togo']);
  });

  it('names none brought in as new that was never signed, and one whose signing came before what was not done', () => {
    expect(agreements('A border treaty settling the dispute between Ghana and Togo was never signed.')).toEqual([]);
    expect(agreements('A border treaty between Ghana and Togo was signed in May, but it has not been ratified.')).toEqual(['border treaty between Ghana and Togo']);
  });
});

describe('agreement-mention: a plural head', () => {
  it('ends a name capitalised after a proper modifier, and names none in lower case', () => {
    expect(agreements('Ghana and Togo built on the Aflao Treaties that the two countries signed in 2010.')).toEqual(['Aflao Treaties']);
    expect(agreements('Ghana and Togo signed three treaties on Monday.')).toEqual([]);
  });
});

describe('agreement-mention: a short name in brackets', () => {
  it('is another name of the agreement its formal title just named', () => {
    const { fragment } = extract(article('Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Javier Gonzalez-Olaechea signed the Agreement between Chile and Peru Concerning Joint Patrols of the Fishing Grounds (the Chile-Peru Joint Patrols Agreement) in Lima on Monday.', '2024-06-12'), knowledge);
    const agreements = fragment!.nodes.filter((n) => n.type === 'agreement');
    expect(agreements.map((n) => n.label)).toEqual(['Agreement between Chile and Peru Concerning Joint Patrols of the Fishing Grounds']);
    expect(agreements[0]!.aliases).toContain('Chile-Peru Joint Patrols Agreement');
  });
});

describe('agreement-mention: a name that goes on past its head', () => {
  it('names a place or a body, not an agreement ("the Kuala Lumpur Convention Centre")', () => {
    expect(agreements('Anwar Ibrahim received Paetongtarn Shinawatra at the Kuala Lumpur Convention Centre on Monday.')).toEqual([]);
    expect(agreements('Malaysia and Thailand signed the Kuala Lumpur Convention on Monday.')).toEqual(['Kuala Lumpur Convention']);
  });
});

describe('agreement-mention: a partnership signed, a treaty by what it does', () => {
  it('names a partnership signed as an agreement, not one ties are raised to', () => {
    expect(agreements('Ghana and Togo signed the Ghana-Togo Green Hydrogen Partnership on Monday.')).toEqual(['Ghana-Togo Green Hydrogen Partnership']);
    expect(agreements('Ghana and Togo elevated their ties to a comprehensive strategic partnership on Monday.')).toEqual([]);
  });

  it('names a treaty by the participle that says what it does ("a treaty turning the union into a federation")', () => {
    expect(agreements('Ghana, Togo and Benin signed a treaty turning their customs union into a federation on Monday.'))
      .toEqual(['treaty turning their customs union into a federation']);
  });
});

describe('agreement-mention: topics listed after an agreement\'s complement', () => {
  it('names a framework signed as an agreement, and none in "within the framework of"', () => {
    expect(agreements('Ghana and Togo signed the Volta Basin Cooperation Framework on Monday.')).toEqual(['Volta Basin Cooperation Framework']);
    expect(agreements('Ghana and Togo reviewed the projects adopted within the framework of the Volta Basin Alliance in matters of trade.')).toEqual([]);
  });

  it('reads a weak head among the topics of memoranda as a topic ("on trade, digital partnership and railways"), one with its own determiner as a text', () => {
    expect(agreements('Ghana and Togo signed memoranda of understanding on trade, the blue economy, digital partnership and railways on Monday.')).toEqual([]);
    expect(agreements('Ghana and Togo signed an agreement on trade and a joint action plan on Monday.')).toEqual(['agreement on trade', 'joint action plan']);
  });
});
