/**
 * British and American spellings of one word ("labour" / "labor", "programme" / "program", "centre" / "center",
 * "organisation" / "organization") folded to one form before stemming, so a question in either spelling finds
 * a report written in the other. Only endings whose folding cannot merge two different words are folded;
 * "-ise" / "-ize" is left alone (rise, precise, expertise).
 */
const FOLDS: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  // labour, labourers, favourable, behavioural, neighbourhood; three letters before keeps four, hour, tour, your.
  [/(?<=[a-z]{3})our(s|ed|ing|er|ers|able|ably|ite|ites|al|ally|hood|hoods)?$/, 'or$1'],
  [/(?<=[a-z]{2})tre(s?)$/, 'ter$1'],
  [/(?<=[a-z]{4})mme(s?)$/, 'm$1'],
];

/** The word (lower case) in its folded spelling; unchanged when no fold applies. */
export function foldSpelling(word: string): string {
  for (const [pattern, replacement] of FOLDS) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}
