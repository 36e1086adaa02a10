import { tokens } from '../text/normalize';

/**
 * True when the fact's normalised tokens occur contiguously in the text's (case, whitespace, thousands
 * separators, "per cent"/"%" and number words vs digits all normalised): "nine" is found in "9 offices",
 * "1,600" in "1600", but "six" is not found in "sixty" nor "60" in "600".
 */
export function containsFact(text: string, fact: string): boolean {
  return containsSequence(tokens(text), tokens(fact));
}

/** Share of `facts` that `text` contains (1 for an empty list). */
export function factRecall(text: string, facts: readonly string[]): number {
  if (facts.length === 0) return 1;
  const haystack = tokens(text);
  return facts.filter((fact) => containsSequence(haystack, tokens(fact))).length / facts.length;
}

/** The facts `text` does not contain. */
export function missingFacts(text: string, facts: readonly string[]): string[] {
  const haystack = tokens(text);
  return facts.filter((fact) => !containsSequence(haystack, tokens(fact)));
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
