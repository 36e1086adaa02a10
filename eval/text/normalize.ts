import { numberWordsToDigits } from './number-words';

const SUPERSCRIPTS = /[\u2070-\u209f\u00b2\u00b3\u00b9]/g;

/**
 * The eval's own text normalisation, shared by every judge (never the system's, so a change there cannot
 * move the yardstick): footnote superscripts dropped, Unicode compatibility folding, accents removed,
 * lower case, curly quotes straightened, thousands separators removed ("270,000" → "270000"),
 * "per cent" and "%" → "percent", possessive "'s" dropped.
 */
export function normalizeText(text: string): string {
  return text
    .replace(SUPERSCRIPTS, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)\s*%/g, '$1 percent')
    .replace(/\bper\s+cent\b/g, 'percent')
    .replace(/'s\b/g, '');
}

/**
 * Word tokens of normalised text, with number words as digits. Decimals stay one token ("774.1");
 * everything else that is not a letter or digit separates tokens (hyphens included).
 *
 * @example tokens('Ninety-seven per cent of 1,600') // ['97', 'percent', 'of', '1600']
 */
export function tokens(text: string): string[] {
  // Punctuation ends a run of number words ("two hundred; one" is 200 and 1), so convert per clause.
  return normalizeText(text)
    .split(/(?:[,;:!?()[\]"/]|\.(?!\d))+/)
    .flatMap((clause) => numberWordsToDigits(clause.match(/[a-z0-9]+(?:\.[0-9]+)*/g) ?? []));
}

export const isNumberToken = (token: string): boolean => /^\d/.test(token);
