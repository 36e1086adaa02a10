import { contentTokens } from '../text/content-tokens';
import { isNumberToken } from '../text/normalize';

/** Share of a sentence's content tokens its evidence must contain for the sentence to be supported. */
export const SUPPORT_COVERAGE = 0.8;
/** Below this share a single citation "supports nothing" (ALCE's citation-precision condition A). */
export const PARTIAL_COVERAGE = 0.5;

export type SupportJudgement = {
  supported: boolean;
  /** Share of the sentence's distinct content tokens found in the evidence (1 when it has none). */
  coverage: number;
  /** Content tokens of the sentence the evidence lacks. */
  missing: string[];
  /** Numbers of the sentence the evidence lacks; any one of them makes it unsupported. */
  missingNumbers: string[];
};

/**
 * The transparent lexical stand-in for ALCE's NLI judge: the evidence (cited quotes, concatenated)
 * "entails" a sentence when it contains at least 80 % of the sentence's distinct content tokens
 * (stemmed, stop words removed) and every number the sentence states. No evidence supports nothing.
 *
 * @example judgeSupport('IOM had 440 offices in 2007.', ['In 2007 IOM had 440 field offices.']).supported // true
 */
export function judgeSupport(sentence: string, evidence: readonly string[]): SupportJudgement {
  const wanted = [...new Set(contentTokens(sentence))];
  if (evidence.length === 0) {
    return { supported: false, coverage: 0, missing: wanted, missingNumbers: wanted.filter(isNumberToken) };
  }
  const available = new Set(evidence.flatMap((quote) => contentTokens(quote)));
  const missing = wanted.filter((token) => !available.has(token));
  const missingNumbers = missing.filter(isNumberToken);
  const coverage = wanted.length === 0 ? 1 : (wanted.length - missing.length) / wanted.length;
  return { supported: coverage >= SUPPORT_COVERAGE && missingNumbers.length === 0, coverage, missing, missingNumbers };
}
