// Short texts written for the reader's tests: English articles in several house styles, and non-English prose.

export const frenchParagraph = "Le président français a reçu son homologue brésilien à l'Élysée mardi pour des entretiens consacrés au commerce, au climat et à la guerre en Ukraine. Les deux dirigeants ont signé une déclaration commune sur la protection de l'Amazonie et ont promis de renforcer leur coopération dans le domaine de l'énergie.";
export const russianParagraph = 'Президент России провёл телефонный разговор с президентом Ирана. Стороны обсудили двустороннее сотрудничество в торговле, энергетике и транспорте, а также ситуацию на Ближнем Востоке и договорились продолжить контакты.';
export const germanParagraph = 'Der Bundeskanzler hat am Dienstag den brasilianischen Präsidenten in Berlin empfangen. Die beiden Regierungschefs sprachen über Handel, Klimaschutz und den Krieg in der Ukraine und unterzeichneten eine gemeinsame Erklärung zur Zusammenarbeit bei erneuerbaren Energien.';

/** A dated English article with a headline and trailing boilerplate. */
export const datedArticle = [
  'Andes Monitor',
  'Monday 3 March 2025 - 10:00',
  '',
  'Chile and Vietnam sign trade protocol',
  '',
  'SANTIAGO - Chile and Vietnam signed a free trade protocol on Monday, the two foreign ministries said in a joint statement.',
  '',
  'The protocol cuts tariffs on copper, rice and seafood and sets up a joint commission that will meet every year.',
  '',
  'Tags: Chile, Vietnam',
  '',
].join('\n');

/** An English article with no date anywhere in dateline position. */
export const undatedArticle = 'Kenya and Ethiopia agreed to reopen their border crossing at Moyale, officials from both countries said.\n\nThe two governments will also set up a joint committee on trade and security along the frontier.\n';
