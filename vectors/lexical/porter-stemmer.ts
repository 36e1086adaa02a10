// natural's package entry prints dotenv banners on import; its stemmer module alone is quiet and fast.
// @ts-expect-error natural ships no types for this deep path
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

export function stem(word: string): string {
  return porter.stem(word) as string;
}
