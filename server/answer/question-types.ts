import { AUXILIARIES, KIND_ALTERNATION, withoutWhContractions } from '../../vectors/query/word-classes';

/** What kind of answer a question asks for; a question can have several. */
/** `where`: "which countries/cities …" (names answer); `place`: "where …" itself (only a named place answers). */
/**
 * `money`: an amount of money ("How much did the evacuation cost?"), a kind of `quantity`; `person`: a person holding
 * a post ("Who is IOM's Director General?", "What is the name of the official …"), a kind of `who`; `city`: "In which
 * city …?", a kind of `where`.
 */
export type QuestionType = 'quantity' | 'money' | 'when' | 'who' | 'person' | 'where' | 'city' | 'place' | 'source' | 'why' | 'list' | 'definition' | 'finding';

const QUANTITY = [
  /\bhow (?:many|much)\b/,
  /\bwhat (?:(?:was|is|were|are) the )?(?:total |overall |approximate )?(?:number|percentage|proportion|share|amount|portion|figure|rate|size|budget|cost|value|sum)\b/,
  /\bhow (?:large|big|high|long)\b/,
  /\b(?:percentage|per cent|percent|proportion)\b/,
  /^(?:what|how)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?(?:[\w'’-]+\s+)?(?:total|expenditures?|budgets?|costs?|income|amount|figures?)\b/,
];
/**
 * A wh-word asks only where it opens the question or a clause of it ("According to the report, who …", "to whom",
 * "since when"); after a noun it is a relative pronoun ("people who fled", "countries where IOM works").
 */
const asked = (word: string) => new RegExp(`(?:^|[,;:] |^(?:and|but|so|then|also) |\\b(?:to|by|with|for|from|of|since|until|in|at) )${word}\\b`);

const MONEY = [
  /\bhow much\b.*\b(?:cost|costs|costed|spend|spends|spent|pay|pays|paid|fund|funds|funded|funding|budget|budgeted|contribut\w*|expenditures?|raise|raised|worth|donat\w*|allocat\w*|earn|earned|receive|received)\b/,
  /\bwhat (?:(?:was|is|were|are) )?(?:the |its |their )?(?:total |overall |annual )?(?:cost|budget|expenditure|funding|contribution|price)s?\b/,
];
const POST = String.raw`(?:deputy )?(?:director[- ]general|director|chair(?:person|man|woman)?|president|secretary[- ]general|head|chief|editor(?:-in-chief)?|official|minister|ambassador|special representative|rapporteur|spokes(?:person|man|woman)|coordinator|envoy)`;
const PERSON = [
  new RegExp(String.raw`^who (?:is|was|are|were) (?:the )?(?:[\w'’-]+ ){0,3}${POST}\b`),
  new RegExp(String.raw`\bwhat (?:is|was|are|were) the names? of (?:the |an? )?(?:[\w'’-]+ ){0,3}${POST}\b`),
];
const WHEN = [asked('when'), /\b(?:what|which) (?:year|date|month|day|period)\b/, /\bwhat (?:is|was|are|were) the (?:exact )?dates? (?:of|on|when)\b/];
/** "Who is the project aimed at?", "Who benefits from it?": a group of people ("disadvantaged youth"), not a name. */
const WHO_FOR = /^(?:and )?(?:who|whom) (?:(?:is|are|was|were|will) (?:[\w'’–-]+ ){1,8}(?:aimed|targeted|intended|designed|meant) (?:at|for)|(?:is|are|was|were|will be) eligible|(?:benefits?|benefited|can apply|qualif(?:y|ies))\b)/;
/**
 * "Who attends them?", "Who took part?", "Who will the workshop bring together?": the participants, a group of people
 * ("representatives of governments and regional institutions") as often as a name.
 */
const WHO_TAKES_PART = [
  // Not who attends to something, nor who attended on someone's behalf or as a representative, nor "… and who chaired it".
  /^(?:and )?who (?:(?:will|would|did|does|do|is|are|was|were|has|have|had|can|could|may) )?(?:usually |typically |normally |also )?(?:attend(?:s|ed|ing)?(?! to\b)|participat(?:e|es|ed|ing)|t(?:ake|akes|ook|aking) part)\b(?!.*\b(?:on behalf of|representatives?|and (?:who|whom|what|which)|, (?:who|what|which))\b)/,
  // "… bring together?" closing the clause: whom it gathers; not who brings together the ministers.
  /^(?:and )?whom? (?:will|would|did|does|do|is|are|was|were|has|have|had|can|could|may) (?:[\w'’–-]+ ){1,12}(?:bring(?:s|ing)?|brought|gather(?:s|ed|ing)?) together(?:[?.!]*$|,| (?:in|at|on|for|during|from|by)\b)/,
];
const WHO = [
  asked('who(?:m|se)?'),
  /\bwhat (?:is|was|are|were) (?:the )?names? of\b/,
  /\bwhat (?:is|was|are|were) (?:his|her|its|their) names?\b/,
  /\bwhich (?:organi[sz]ations?|agenc(?:y|ies)|governments?|bod(?:y|ies)|institutions?|partners?|donors?)\b/,
  /\b(?:by|with) (?:which|what) (?:organi[sz]ations?|agenc(?:y|ies)|partners?)\b/,
];
// "Which four Middle Eastern countries …": a count or adjectives may stand before the noun.
// Not "which kinds of countries", which asks for a category ("developing countries"), not for names.
const WHERE = [
  asked('where'),
  new RegExp(
    String.raw`\b(?:what|which)(?! (?:[\w-]+ )?(?:${KIND_ALTERNATION}|categories|category) of\b)(?: (?!(?:${[...AUXILIARIES].join('|')})\b)[\w-]+){0,3} (?:countr(?:y|ies)|cit(?:y|ies)|regions?|places?|locations?)\b`,
  ),
];
const PLACE = [asked('where')];
/**
 * "Where were the findings published?", "Where can I find the online one?" ask for a journal, a document or a web
 * address, not a place on the map.
 */
const WHERE_IN_PRINT =
  /\bwhere (?:(?:is|are|was|were|will|has|have|had|can|could) )?(?:[\w'’-]+ ){0,6}(?:published|printed|issued|posted|reported|presented|announced|described|discussed|mentioned|stated|listed|documented|explained|set out|available|find|found|look (?:\w+ )?up|read|access|accessed|consult|consulted|download|downloaded)\b/;
const CITY = [/\b(?:what|which)(?: [\w-]+){0,2} cit(?:y|ies)\b/];
const WHY = [
  /\bwhy\b/,
  /\bfor what (?:reason|purpose)\b/,
  /\bwhat (?:is|was|are|were) the (?:reasons?|purposes?|aims?|goals?|objectives?|rationale|motivation)\b/,
  /\bwhat for\b/,
  /\b(?:meant|intended|designed|supposed|expected) to (?:achieve|accomplish|do|deliver|bring)\b/,
  /\bwhat (?:is|was|are|were|does|did) (?:[\w'’-]+ ){1,6}(?:aim|aimed) (?:at|to|for)\b/,
];
/** "What kind (type, sort) of X …?": a kind of X answers, one or several. */
export const ASKS_KIND = new RegExp(`\\bwhat (?:${KIND_ALTERNATION}) of\\b`, 'i');
const LIST = [
  /^(?:please )?(?:list|name|enumerate|give|identify|outline)\b/,
  /\bwhat (?:are|were) (?:the )?(?:\w+ ){0,3}(?:\w+s)\b/,
  /\b(?:which|what)\b.*\binclud(?:e|es|ed)\b/,
  /^which \w+s\b/,
  // "What two aims …?", "Which three themes …?": several, counted (places are asked for by "where", years by "when").
  /\b(?:what|which) (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:main |key |broad )?(?!countr|cit|region|place|location|year|month|day|date)\w+s\b/,
  new RegExp(`\\bwhat (?:${KIND_ALTERNATION}|areas|examples|activities|services|objectives|themes|topics|priorities|components|elements|steps|measures|forms)\\b`),
];
/**
 * "What did the 2004 Congress conclude?", "What recommendations did the Bangkok seminar make?": what a meeting or a study
 * concluded, found or recommended, which a sentence that only says it took place does not answer.
 */
const FINDING = [
  /^(?:and )?what (?:did|does|do|has|have|had|will|would) (?:[\w'’–-]+ ){1,12}(?:conclude|find|recommend|reveal|show|decide|agree on)\b[^?]*\??$/,
  /^(?:and )?what (?:conclusions?|findings?|recommendations?|decisions?) (?:did|does|do|has|have|had|will|would|were|are|was|is)\b/,
];
export const DEFINITION = /^(?:what|who) (?:is|are|was|were) (?:the |an? )?(.+?)\??$/;

/** A short phrase with no question word and no verb-like ending: "International Dialogue on Migration". */
function isBareTopic(q: string): boolean {
  const words = q.replace(/[?.!]+$/, '').split(' ').filter(Boolean);
  return words.length > 0 && words.length <= 4 && !/^(?:(?:and|but|so) )?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|list|name|tell|give|describe|explain)\b/.test(q);
}

/** "Do governments keep records of migrants who return?": a yes/no question; its "who" is a relative pronoun. */
export const YES_NO = /^(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\b/;

/**
 * The answer types a question asks for, from its wording ("how many" → quantity, "when" → when …); none
 * for a yes/no question. A bare topic ("International Dialogue on Migration") asks for a definition.
 */
export function detectTypes(question: string): Set<QuestionType> {
  const q = withoutWhContractions(question).toLowerCase().replace(/\s+/g, ' ').trim();
  const types = new Set<QuestionType>();
  if (YES_NO.test(q)) return types;
  const test = (patterns: RegExp[], type: QuestionType) => {
    if (patterns.some((p) => p.test(q))) types.add(type);
  };
  test(QUANTITY, 'quantity');
  if (types.has('quantity')) test(MONEY, 'money');
  test(WHEN, 'when');
  const forWhom = WHO_FOR.test(q) || WHO_TAKES_PART.some((pattern) => pattern.test(q));
  if (!forWhom) test(WHO, 'who');
  if (types.has('who')) test(PERSON, 'person');
  test(WHERE, 'where');
  if (WHERE_IN_PRINT.test(q)) {
    types.delete('where');
    types.add('source');
  } else test(PLACE, 'place');
  if (types.has('where')) test(CITY, 'city');
  test(WHY, 'why');
  test(FINDING, 'finding');
  // An amount is not a list, even when asked as "What were the total expenditures?".
  if (!types.has('quantity')) test(LIST, 'list');
  const definition = DEFINITION.exec(q);
  // "What is X?" asks for a definition only when it asks for nothing more specific; so does a bare "X".
  if (definition && definition[1].split(' ').length <= 7 && types.size === 0 && !forWhom) types.add('definition');
  if (types.size === 0 && isBareTopic(q)) types.add('definition');
  return types;
}
