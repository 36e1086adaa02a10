/**
 * Numbers written in words and in digits folded to one form for search, so "Ninety-seven per cent" is found by
 * "97%" and "the 60th anniversary" by "when does IOM turn sixty". Only numbers from ten up, and their ordinals:
 * "one" … "nine" and "first" … "ninth" are everyday words ("one of the", "first steps") that would match every
 * "1" and "Point 2" of a question. "per cent", "percent" and "%" become one word.
 */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
/** "first" … "tenth": the ordinals that pick one of a series in everyday speech ("the second workshop"). */
export const ORDINAL_WORDS: readonly string[] = [...UNIT_ORDINALS, 'tenth'];

const VALUES = new Map<string, number>();
TEENS.forEach((word, i) => VALUES.set(word, 10 + i));
TEENS.forEach((word, i) => VALUES.set(word === 'twelve' ? 'twelfth' : `${word}th`, 10 + i));
TENS.forEach((word, i) => {
  VALUES.set(word, 20 + 10 * i);
  VALUES.set(`${word.slice(0, -1)}ieth`, 20 + 10 * i);
});

const unit = (word: string) => {
  const cardinal = UNITS.indexOf(word);
  return cardinal >= 0 ? cardinal + 1 : UNIT_ORDINALS.indexOf(word) + 1;
};

const NUMBER_WORD = new RegExp(
  `\\b(${[...VALUES.keys()].join('|')})(?:[- ](${[...UNITS, ...UNIT_ORDINALS].join('|')}))?\\b`,
  'g',
);

/** Lower-case search text with numbers from ten up in digits, ordinal endings dropped and "per cent" one word. */
export function foldNumbers(text: string): string {
  return text
    .replace(NUMBER_WORD, (whole, tens: string, ones: string | undefined) => {
      const value = VALUES.get(tens)!;
      // "ten one" or "fifteen three" are no numbers: only a tens word takes a unit after it.
      if (ones === undefined) return String(value);
      return value % 10 === 0 && value >= 20 ? String(value + unit(ones)) : `${value} ${ones}`;
    })
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/\bper cent\b|%/g, ' percent ');
}
