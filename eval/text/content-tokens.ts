// natural's package entry prints banners on import; its stemmer module alone is quiet and fast.
// @ts-expect-error natural ships no types for this deep path
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { isNumberToken, tokens } from './normalize';
import { STOP_WORDS } from './stop-words';

/**
 * What the support judge compares: normalised tokens without stop words and single letters, words
 * Porter-stemmed, numbers kept exact ("2007" never matches "2008").
 *
 * @example contentTokens('The programmes were extended in 2007.') // ['programm', 'extend', '2007']
 */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const token of tokens(text)) {
    if (isNumberToken(token)) out.push(token);
    else if (token.length > 1 && !STOP_WORDS.has(token)) out.push(porter.stem(token) as string);
  }
  return out;
}
