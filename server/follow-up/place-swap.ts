import { placeKind, placesIn } from '../../vectors/lexical/places';
import { questionWords } from '../../vectors/query/question-grammar';

/** "Central Asia", "Haiti", "the Gulf States": a run of capitalised words that names a place, or ends on one. */
const isPlace = (name: string) => placeKind(name) !== null || placeKind(name.split(' ').at(-1) ?? '') !== null;

const BARE_PLACE = /^(?:(?:in|for|at|from|to|about)\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’.-]*)*)\s*[?.!]*$/u;

/** The place names of a question, longest first where they overlap ("West Africa", not "Africa"); not its first word. */
const placesOf = (question: string) => placesIn(questionWords(question).slice(1).map((w) => w.replace(/[?.!,;:]+$/, ''))).map((p) => p.name.replace(/^the /i, ''));

/**
 * "What about Central Asia?" after "How does IOM build capacity in West Africa …?": the same question for another
 * place. The body is what follows the connector; null when it is no bare place or the previous question names none.
 */
export function swapPlace(body: string, previous: string): string | null {
  const asked = BARE_PLACE.exec(body.trim())?.[1];
  if (!asked || !isPlace(asked)) return null;
  const [place] = placesOf(previous);
  if (!place || place === asked) return null;
  // "… going to the US?" + "What about Australia?": the article goes with the place the reader named, or did not.
  const withArticle = /^(?:(?:in|for|at|from|to|about)\s+)?the\s/i.test(body.trim());
  const previousArticle = new RegExp(`\\bthe ${escapeRegExp(place)}`, 'i');
  if (previousArticle.test(previous)) return previous.replace(previousArticle, withArticle ? `the ${asked}` : asked);
  return previous.replace(place, withArticle ? `the ${asked}` : asked);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
