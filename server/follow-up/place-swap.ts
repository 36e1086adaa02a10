import { placeKind, placesIn } from '../../vectors/lexical/places';
import { questionWords } from '../../vectors/query/word-classes';

/** "Central Asia", "Haiti", "the Gulf States": a run of capitalised words that names a place, or ends on one. */
const isPlace = (name: string) => placeKind(name) !== null || placeKind(name.split(' ').at(-1) ?? '') !== null;

const BARE_PLACE = /^(?:(?:in|for|at|from|to|about)\s+)?(the\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’.-]*)*)\s*[?.!]*$/u;

/**
 * The place names of a question, longest first where they overlap ("West Africa", not "Africa"); not its first word,
 * nor a place that ends a longer name ("Union" in "the Universal Postal Union").
 */
function placesOf(question: string): string[] {
  const raw = questionWords(question).slice(1);
  const words = raw.map((w) => w.replace(/[?.!,;:]+$/, ''));
  // Runs of capitalised words, broken at punctuation ("Haiti, Kenya").
  const runs: string[][] = [];
  for (const [i, word] of words.entries()) {
    if (!/^\p{Lu}/u.test(word)) continue;
    if (i > 0 && /^\p{Lu}/u.test(words[i - 1]) && !/[,;:]$/.test(raw[i - 1])) runs.at(-1)!.push(word);
    else runs.push([word]);
  }
  // A place that ends a longer name is part of it ("the Universal Postal Union"), unless only acronyms stand before
  // it ("IOM Kenya"); one that opens or sits inside a run still counts ("the IOM Haiti mission", "Kenya Red Cross").
  const partOfName = (run: string[], name: string) =>
    run.join(' ') !== name && run.join(' ').endsWith(` ${name}`) && run.slice(0, run.length - name.split(' ').length).some((w) => !/^\p{Lu}{2,}$/u.test(w));
  return runs.flatMap((run) => placesIn(run).filter((p) => !partOfName(run, p.name)).map((p) => p.name.replace(/^the /i, '')));
}

/**
 * "What about Central Asia?" after "How does IOM build capacity in West Africa …?": the same question for another
 * place. The body is what follows the connector; null when it is no bare place or the previous question names none.
 */
export function swapPlace(body: string, previous: string): string | null {
  const [, article, asked] = BARE_PLACE.exec(body.trim()) ?? [];
  if (!asked || !isPlace(asked)) return null;
  const [place] = placesOf(previous);
  if (!place || place === asked) return null;
  // "… going to the US?" + "What about Australia?": after a preposition, where the place ends its phrase, the article
  // goes with the place as the reader wrote it; "the Haiti earthquake" keeps the earthquake's.
  const withArticle = article !== undefined;
  const ownPhrase = new RegExp(`\\b(?:in|for|at|from|to|of|on|by|with|across|throughout) (?:the )?${escapeRegExp(place)}(?=[?.!,;:]|\\s+(?:in|for|at|from|to|on|by|with|since|during|between|and|\\d)\\b|$)`, 'i');
  const found = ownPhrase.exec(previous);
  if (!found) {
    const at = previous.indexOf(place);
    const articled = /\bthe\s+$/i.test(previous.slice(0, at));
    return previous.slice(0, at) + (withArticle && !articled ? `the ${asked}` : asked) + previous.slice(at + place.length);
  }
  const preposition = found[0].split(' ')[0];
  return previous.slice(0, found.index) + `${preposition} ${withArticle ? 'the ' : ''}${asked}` + previous.slice(found.index + found[0].length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
