import { BE_AUX, NAME_CONNECTORS } from '../../vectors/query/word-classes';
import { clean, isName } from './antecedent';

/**
 * "… is IOM the global lead of the camp management cluster?": after be, a name followed by an article is the subject
 * and what it is said to be comes after it, a phrase of its own, not "IOM the global lead".
 */
export function predicateNoun(rest: string[], aux: string): string[] | null {
  if (!BE_AUX.has(aux)) return null;
  let k = 0;
  while (k < rest.length && (isName(clean(rest[k])) || (k > 0 && NAME_CONNECTORS.has(rest[k].toLowerCase()) && isName(clean(rest[k + 1] ?? ''))))) k++;
  return k > 0 && k < rest.length - 1 && /^(?:the|a|an)$/i.test(rest[k]) ? rest.slice(k) : null;
}
