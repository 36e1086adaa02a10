import { foldNumbers } from './number-words';
import { stem } from './porter-stemmer';
import { STOP_WORDS } from './stop-words';

/**
 * Search normalisation (never applied to stored text): Unicode compatibility folding, accents and
 * superscript footnote markers dropped, curly quotes straightened, thousands separators removed
 * ("270,000" → "270000"), lower case.
 */
export function normalizeForSearch(text: string): string {
  return text
    .replace(/[\u2070-\u209f\u00b2\u00b3\u00b9]/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .toLowerCase();
}

/** Raw word tokens after normalisation: letters/digits runs, possessive 's removed. */
export function words(text: string): string[] {
  return normalizedWords(normalizeForSearch(text));
}

const normalizedWords = (normalized: string) => normalized.replace(/'s\b/g, '').match(/[a-z0-9]+(?:\.[0-9]+)?/g) ?? [];

/** Index terms: words minus stop words, stemmed, with numbers in digits (`number-words.ts`). */
export function terms(text: string): string[] {
  const out: string[] = [];
  // Normalised once: numbers are folded on the normalised text, then split.
  for (const word of normalizedWords(foldNumbers(normalizeForSearch(text)))) {
    if (STOP_WORDS.has(word)) continue;
    if (word.length === 1 && !/\d/.test(word)) continue;
    out.push(/^\d/.test(word) ? word : stem(word));
  }
  return out;
}
