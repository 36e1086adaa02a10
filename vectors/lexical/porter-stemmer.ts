// natural's package entry prints dotenv banners on import; its stemmer module alone is quiet and fast.
// @ts-expect-error natural ships no types for this deep path
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { foldSpelling } from './spelling';

/** Porter stem of a lower-case word, after folding British and American spellings together. */
export function stem(word: string): string {
  return porter.stem(foldSpelling(word)) as string;
}
