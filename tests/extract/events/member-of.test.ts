// Membership on sentences we write ourselves: lists after "groups" and in apposition, a chair or a
// presidency held by a member, "belongs", bullet lists, "both" through the article's pair, acronyms in title case.
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/article.js';

const memberships = (text: string, published = '2024-05-02'): string[] =>
  edgesOf(text, published, { withRelations: true }).filter((e) => e.startsWith('member_of'));

describe('member_of', () => {
  it('reads states listed after a bloc\'s name, set off by a dash or after its leaders "of", when the gazetteer has them as members', () => {
    expect(memberships('The Weimar Triangle - Poland, Germany and France - met in Paris.'))
      .toEqual(['member_of France>Weimar Triangle', 'member_of Germany>Weimar Triangle', 'member_of Poland>Weimar Triangle']);
    expect(memberships('The Weimar Triangle leaders of Poland, Germany and France met in Paris.'))
      .toEqual(['member_of France>Weimar Triangle', 'member_of Germany>Weimar Triangle', 'member_of Poland>Weimar Triangle']);
    // Not a list that holds a state outside the bloc.
    expect(memberships('The Weimar Triangle - Poland, Germany and Italy - met in Paris.')).toEqual([]);
  });

  it('reads the list a bloc groups, makes up or includes, and a list in apposition', () => {
    expect(memberships('The Weimar Triangle groups Poland, Germany and France.'))
      .toEqual(['member_of France>Weimar Triangle', 'member_of Germany>Weimar Triangle', 'member_of Poland>Weimar Triangle']);
    expect(memberships('Kenya, Uganda and Tanzania make up the core of the East African Community.'))
      .toEqual(['member_of Kenya>East African Community', 'member_of Tanzania>East African Community', 'member_of Uganda>East African Community']);
    expect(memberships('Ministers praised SADC, the grouping of Angola, Zambia and Malawi, for its mediation.'))
      .toEqual(['member_of Angola>Southern African Development Community', 'member_of Malawi>Southern African Development Community', 'member_of Zambia>Southern African Development Community']);
  });

  it('reads no membership of the states that apply to join a bloc, and still those the sentence states are members', () => {
    expect(memberships('Finland and Sweden applied to join NATO in May 2022.', '2024-02-23')).toEqual([]);
    expect(memberships('Turkey has applied for BRICS membership.', '2024-02-23')).toEqual([]);
    expect(memberships('The US and Turkey work together as NATO allies and discussed Finland\'s stalled bid to join NATO.', '2024-02-23').sort())
      .toEqual(['member_of Turkey>NATO', 'member_of United States>NATO']);
  });

  it('knows standing diplomatic formats as blocs: the E3, the Troika on Sudan, the Normandy Format', () => {
    expect(memberships('The E3 - France, Germany and Britain - warned Iran on Monday.'))
      .toEqual(['member_of France>E3', 'member_of Germany>E3', 'member_of United Kingdom>E3']);
    expect(memberships('The Troika - the United States, the United Kingdom and Norway - welcomed the talks on Monday.'))
      .toEqual(['member_of Norway>Troika', 'member_of United Kingdom>Troika', 'member_of United States>Troika']);
    // Not before the format began.
    expect(memberships('The Normandy Format - France, Germany, Russia and Ukraine - met in Paris.', '2012-05-02')).toEqual([]);
  });

  it('reads the states a bloc was formed by, founded by or is composed of as its members', () => {
    expect(memberships('Ministers met envoys of the Weimar Triangle, the format founded by Poland, Germany and France.'))
      .toEqual(['member_of France>Weimar Triangle', 'member_of Germany>Weimar Triangle', 'member_of Poland>Weimar Triangle']);
    expect(memberships('Ghana will talk to the AES, the confederation formed by Mali, Burkina Faso and Niger.', '2025-03-02'))
      .toEqual(['member_of Burkina Faso>Alliance of Sahel States', 'member_of Mali>Alliance of Sahel States', 'member_of Niger>Alliance of Sahel States']);
    // Only states the gazetteer has in the bloc that day: a fund set up by two states is no bloc of theirs.
    expect(memberships('The fund, set up by Ghana and Togo, was praised by the AES.', '2025-03-02')).toEqual([]);
  });

  it('knows blocs of every region by their names and abbreviations, with their members on the article\'s day', () => {
    expect(memberships('Mali, Burkina Faso and Niger, the three members of the AES, met in Niamey.', '2025-03-02'))
      .toEqual(['member_of Burkina Faso>Alliance of Sahel States', 'member_of Mali>Alliance of Sahel States', 'member_of Niger>Alliance of Sahel States']);
    expect(memberships('Ecuador and Peru, both members of the Andean Community, agreed to cut tariffs.', '2025-03-02'))
      .toEqual(['member_of Ecuador>Andean Community', 'member_of Peru>Andean Community']);
    expect(memberships('The East African Community regroups Kenya, Uganda and Tanzania.', '2025-03-02'))
      .toEqual(['member_of Kenya>East African Community', 'member_of Tanzania>East African Community', 'member_of Uganda>East African Community']);
    // Not before the bloc existed.
    expect(memberships('Mali and Niger, both members of the AES, met in Niamey.', '2022-03-02')).toEqual([]);
  });

  it('reads "all three Nordic states" and "the three countries" as the last list of that many states, a whole list only', () => {
    const lede = 'The leaders of Sweden, Norway and Denmark met in Oslo on Monday to discuss fisheries. The talks were cordial. ';
    expect(memberships(`${lede}All three Nordic states are members of the Council of the Baltic Sea States.`, '2024-03-05'))
      .toEqual(['member_of Denmark>Council of the Baltic Sea States', 'member_of Norway>Council of the Baltic Sea States', 'member_of Sweden>Council of the Baltic Sea States']);
    expect(memberships(`${lede}The three countries belong to the Council of the Baltic Sea States.`, '2024-03-05'))
      .toEqual(['member_of Denmark>Council of the Baltic Sea States', 'member_of Norway>Council of the Baltic Sea States', 'member_of Sweden>Council of the Baltic Sea States']);
    // Not three of a list of four, nor a count the article never listed.
    expect(memberships('Envoys of Sweden, Norway, Denmark and Finland met in Oslo. All three countries are members of the Council of the Baltic Sea States.', '2024-03-05')).toEqual([]);
    expect(memberships('Envoys of Sweden and Norway met in Oslo. All three countries are members of the Council of the Baltic Sea States.', '2024-03-05')).toEqual([]);
  });

  it('reads "the Union", "Union members", "the council" as the bloc named earlier whose name ends with that word', () => {
    const opening = 'The African Union opened its summit in Addis Ababa on Saturday. Kenya pressed for debt relief. Ghana spoke of trade. Delegates praised the host. ';
    expect(memberships(`${opening}Mali and Gabon remain suspended from the Union after coups.`, '2024-02-20'))
      .toEqual(['member_of Gabon>African Union', 'member_of Mali>African Union']);
    // Not a head no bloc named before has, nor a state the gazetteer does not list in it.
    expect(memberships(`${opening}Mali and Gabon remain suspended from the Council after coups.`, '2024-02-20')).toEqual([]);
    expect(memberships(`${opening}Mali and Norway remain suspended from the Union.`, '2024-02-20')).toEqual(['member_of Mali>African Union']);
    // The head the sentence gives, before the bloc last named: "Union members", "members of the council".
    expect(memberships(`${opening}The UN envoy spoke next. Union members Kenya and Ghana backed the plan.`, '2024-02-20'))
      .toEqual(['member_of Ghana>African Union', 'member_of Kenya>African Union']);
    expect(memberships('The Human Rights Council adopted the text. Guterres welcomed the UN vote. Germany and Malawi, both members of the council, voted yes.', '2022-10-07'))
      .toEqual(['member_of Germany>United Nations Human Rights Council', 'member_of Malawi>United Nations Human Rights Council']);
  });

  it('reads no membership in a joining still under way, for the joiner or the members named with it', () => {
    expect(memberships('The European Union opened accession negotiations with Georgia on Tuesday, with Austria and Spain in favour.', '2024-06-26')).toEqual([]);
    expect(memberships('Spain welcomed Georgia\'s accession process with the European Union.', '2024-06-26')).toEqual([]);
    expect(memberships('Spain welcomed Croatia\'s accession to the European Union.', '2024-06-26'))
      .toEqual(['member_of Croatia>European Union', 'member_of Spain>European Union']);
  });

  it('reads a state called a bloc\'s ally or partner in it as a member', () => {
    expect(memberships('Spain praised Portugal as a reliable NATO ally.')).toEqual(['member_of Portugal>NATO']);
    expect(memberships('Portugal is our partner in NATO, Sánchez said.')).toEqual(['member_of Portugal>NATO']);
  });

  it('reads no joining of a bloc where a status short of membership was joined', () => {
    expect(memberships('Mexico and Panama, which became Mercosur partner countries on January 1, welcomed the summit.', '2025-01-07')).toEqual([]);
    expect(memberships('Mexico, which became an observer of Mercosur on January 1, welcomed the summit.', '2025-01-07')).toEqual([]);
    expect(memberships('Mexico, which became a full member of Mercosur on January 1, welcomed the summit.', '2025-01-07'))
      .toEqual(['member_of Mexico>Mercosur@2025-01-01']);
  });

  it('reads a bloc whose members\' names, joined by hyphens, stand before it or its bracket, when all are members', () => {
    expect(memberships('Officials praised the Kenya-Uganda-Tanzania (EAC) customs union on Friday.'))
      .toEqual(['member_of Kenya>East African Community', 'member_of Tanzania>East African Community', 'member_of Uganda>East African Community']);
    // A name that spells out more than its members is no list of them.
    expect(memberships('Officials praised the China-Kenya-Uganda (EAC) rail link on Friday.')).toEqual([]);
  });

  it('reads "<bloc> states - A, B", "the <bloc> bloc of A, B" and a member suspended, but no cue inside a name', () => {
    expect(memberships('Envoys of the East African Community states - Kenya, Uganda and Tanzania - met on Friday.'))
      .toEqual(['member_of Kenya>East African Community', 'member_of Tanzania>East African Community', 'member_of Uganda>East African Community']);
    expect(memberships('The Mercosur bloc of Argentina, Brazil, Paraguay and Uruguay met on Friday.'))
      .toEqual(['member_of Argentina>Mercosur', 'member_of Brazil>Mercosur', 'member_of Paraguay>Mercosur', 'member_of Uruguay>Mercosur']);
    expect(memberships('Mali, suspended from ECOWAS, sent no one.')).toEqual(['member_of Mali>ECOWAS']);
    expect(memberships('The deal between Russia, Ukraine, Turkey and the United Nations was renewed, as NATO and the United States watched.')).toEqual([]);
  });

  it('makes the holder of a chair, a presidency or a permanent seat a member of the bloc named beside it', () => {
    expect(memberships('Senegal\'s president, who currently chairs ECOWAS, opened the meeting.')).toEqual(['member_of Senegal>ECOWAS']);
    expect(memberships('Italy holds the rotating G7 presidency this year.')).toEqual(['member_of Italy>G7']);
    // Canada is named, but the seat is China's.
    expect(memberships('Canada raised the matter at the UN Security Council, where China holds a permanent seat.'))
      .toEqual(['member_of China>United Nations Security Council']);
  });

  it('needs the bloc named in the sentence for a chair or a presidency', () => {
    expect(memberships('Leaders of ECOWAS met in Abuja on Sunday. Nigeria holds the presidency.')).toEqual([]);
  });

  it('dates a state becoming a member, in the present of a timeline too', () => {
    expect(memberships('- 1 January 2024: Egypt becomes a BRICS member.', '2024-03-01')).toEqual(['member_of Egypt>BRICS@2024-01-01']);
  });

  it('reads a meeting of a bloc the parties call theirs ("held their annual Weimar Triangle summit"), not one of another\'s', () => {
    expect(memberships('The leaders of Poland, Germany and France held their annual Weimar Triangle summit on Monday.'))
      .toEqual(['member_of France>Weimar Triangle', 'member_of Germany>Weimar Triangle', 'member_of Poland>Weimar Triangle']);
    expect(memberships('The leaders of Poland, Germany and France discussed the Weimar Triangle summit on Monday.')).toEqual([]);
  });

  it('reads "the two leaders" as the pair\'s states beside a cue whose words name another bloc but no state ("As NATO allies and G7 partners")', () => {
    const text = 'British Prime Minister Keir Starmer hosted French President Emmanuel Macron in London on Monday. As NATO allies and G7 partners, the two leaders agreed that Europe must do more.';
    expect(memberships(text, '2025-06-10')).toEqual(['member_of France>NATO', 'member_of United Kingdom>NATO']);
  });

  it('reads "belongs" and an acronym written in title case', () => {
    expect(memberships('Ghana, to which Togo also belongs, is in Ecowas.', '2024-05-02')).toEqual(['member_of Ghana>ECOWAS', 'member_of Togo>ECOWAS']);
    expect(memberships('Laos and Cambodia are founding members of Asean.', '2024-05-02'))
      .toEqual(['member_of Cambodia>ASEAN', 'member_of Laos>ASEAN']);
  });

  it('reads the members listed one per bullet line after a colon', () => {
    expect(memberships('The Weimar Triangle has three members:\n- Poland\n- Germany\n- France\n\nIt meets every year.'))
      .toEqual(['member_of France>Weimar Triangle', 'member_of Germany>Weimar Triangle', 'member_of Poland>Weimar Triangle']);
  });

  it('reads the states a list introducer brings in after a bloc\'s word for its members', () => {
    expect(memberships('The G7 nations, including Japan and Canada, pledged support.')).toEqual(['member_of Canada>G7', 'member_of Japan>G7']);
    expect(memberships('EU countries such as Austria and Hungary objected.')).toEqual(['member_of Austria>European Union', 'member_of Hungary>European Union']);
  });

  it('reads a bare "both" as the pair the article is about', () => {
    const text = 'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.\n\nBoth belong to the East African Community.';
    expect(memberships(text, '2024-03-12')).toEqual(['member_of Kenya>East African Community', 'member_of Uganda>East African Community']);
  });
});
