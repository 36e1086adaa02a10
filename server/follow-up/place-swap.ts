import { placeKind } from '../../vectors/lexical/places';
import { questionWords } from '../../vectors/query/question-grammar';

/** "Central Asia", "Haiti", "the Gulf States": a run of capitalised words that names a place, or ends on one. */
const isPlace = (name: string) => placeKind(name) !== null || placeKind(name.split(' ').at(-1) ?? '') !== null;

const BARE_PLACE = /^(?:(?:in|for|at|from|to|about)\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’.-]*)*)\s*[?.!]*$/u;

/** The place names of a question, longest first where they overlap ("West Africa", not "Africa"). */
function placesOf(question: string): string[] {
  const words = questionWords(question).map((w) => w.replace(/[?.!,;:]+$/, ''));
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(' ');
      if (/^\p{Lu}/u.test(name) && placeKind(name) !== null) {
        out.push(name);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * "What about Central Asia?" after "How does IOM build capacity in West Africa …?": the same question for another
 * place. The body is what follows the connector; null when it is no bare place or the previous question names none.
 */
export function swapPlace(body: string, previous: string): string | null {
  const asked = BARE_PLACE.exec(body.trim())?.[1];
  if (!asked || !isPlace(asked)) return null;
  const [place] = placesOf(previous);
  if (!place || place === asked) return null;
  return previous.replace(place, asked);
}
