import { COUNT_WORDS, SCALE_WORDS } from './text/stop-words';
import { isAdjacent, isMonth, PERCENT_KEY, type WordToken } from './text/word-tokens';

/** Whether a sentence states an amount, of money or of the thing a "how many" question counts. */

/** A figure: a number that is neither a year nor a day of a month, or an amount word ("million", "half", "per cent"). */
function isFigure(tokens: WordToken[], i: number): boolean {
  const token = tokens[i];
  if (token.kind === 'word') return SCALE_WORDS.has(token.norm) || token.key === 'percent';
  if (token.kind !== 'number') return false;
  // "6 July", "July 6", "18 and 19 June", "18-19 June"
  const dayOfMonth =
    /^\d{1,2}$/.test(token.norm) &&
    (isMonth(tokens[i + 1]) || isMonth(tokens[i - 1]) || (tokens[i + 1]?.norm === 'and' && isMonth(tokens[i + 3])) || (tokens[i + 1]?.kind === 'number' && /^\d{1,2}$/.test(tokens[i + 1].norm) && isMonth(tokens[i + 2])));
  return !dayOfMonth;
}

const isPlural = (t: WordToken) => t.kind === 'word' && /[^s]s$/.test(t.norm);

const CURRENCY = String.raw`(?:USD|US\$|\$|€|£|EUR|CHF|dollars?|euros?|(?:Swiss )?francs?|pounds? sterling)`;
const MONEY_AMOUNT = new RegExp(String.raw`${CURRENCY}\s?\d|\d(?:[\d,.]*\d)?(?:\s(?:million|billion|thousand))?\s${CURRENCY}`, 'i');

/** An amount of money: a figure with a currency ("USD 1 billion", "CHF 500,000", "2 million euros"). */
export const statesMoney = (text: string) => MONEY_AMOUNT.test(text);

/** A number that is part of a document symbol ("SCPF/12", "MC/INF/302", "A/RES/61/208"): a name, not an amount. */
const inSymbol = (text: string, token: WordToken) => text[token.start - 1] === '/' || text[token.end] === '/';

const LABEL = /\b(?:Mode|Articles?|Point|Part|Annex|Appendix|Chapter|Section|Phase|Resolution|No\.|Paragraph|Table|Figure|Goal|Target|Principle|Item|Recommendation)\s+$/;
/** A number that labels what the word before it names ("Mode 4 of the GATS", "Article 1", "Goal 8"): no amount. */
const isLabel = (text: string, token: WordToken) => LABEL.test(text.slice(Math.max(0, token.start - 20), token.start));

/**
 * A list enumerator, "(1) the voluntary return … (2) …": it numbers an item, it counts nothing. A bracketed number
 * counts ("registered (45) in the database") unless the next or previous number is bracketed in the same text.
 */
function isEnumerator(text: string, token: WordToken): boolean {
  if (!/^\d{1,2}$/.test(token.norm) || text[token.start - 1] !== '(' || text[token.end] !== ')') return false;
  const n = Number(token.norm);
  return text.includes(`(${n + 1})`) || (n > 1 && text.includes(`(${n - 1})`));
}

/** After "including" or "of which", with no noun of its own, a count word counts the noun named before it. */
function countsElided(tokens: WordToken[], i: number, isCounted: (t: WordToken) => boolean): boolean {
  const before = tokens[i - 1]?.norm;
  const partitive = before === 'including' || (before === 'which' && tokens[i - 2]?.norm === 'of');
  const next = tokens[i + 1];
  const nounless = next === undefined || next.stop || next.kind === 'year';
  return partitive && nounless && tokens.slice(Math.max(0, i - 10), i).some(isCounted);
}

/** A share ("45 per cent", "45%", "ninety-seven per cent"): the per cent itself, or the figure right before it. */
function isShare(tokens: WordToken[], i: number): boolean {
  const next = tokens[i + 1]?.norm === 'per' ? tokens[i + 2] : tokens[i + 1];
  return tokens[i].key === PERCENT_KEY || next?.key === PERCENT_KEY;
}

/**
 * Whether the tokens state an amount, whether one sits next to the thing counted, and whether the only amount is a
 * share that was not asked for (`share`).
 */
export type Amounts = { stated: boolean; nearTerm: boolean; share?: boolean };

/**
 * The amounts of the tokens; `text` is what their offsets refer to. Without `shares`, a share is no count of what it
 * is a share of: "Ninety-seven per cent of IOM staff …" does not say how many staff there are, so it is reported
 * apart (`share`), an answer only when nothing states a count.
 */
export function amounts(tokens: WordToken[], counted: ReadonlySet<string>, text: string, shares = true): Amounts {
  let stated = false;
  let share = false;
  const isCounted = (t: WordToken) => t.kind === 'word' && counted.has(t.key);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!shares && isShare(tokens, i)) {
      share = true;
      continue;
    }
    // Spelled-out counts state an amount only before the thing counted, as the head of the phrase:
    // "two intersessional workshops each year", not "two expert seminars".
    if (token.kind === 'word' && COUNT_WORDS.has(token.norm)) {
      const after = tokens.slice(i + 1, i + 4);
      // The counted word ends the noun phrase, or is a plural head ("six priority areas provide …").
      const heads = (t: WordToken, k: number) =>
        isCounted(t) && (after[k + 1] === undefined || after[k + 1].stop || !isAdjacent(t, after[k + 1]) || (isPlural(t) && !isCounted(after[k + 1])));
      if (after.some(heads)) return { stated: true, nearTerm: true };
      // "several studies on remittance corridors, including two in 2010": the counted noun before, elided after.
      if (countsElided(tokens, i, isCounted)) return { stated: true, nearTerm: true };
      // "two migration experts": an amount of something, though not of what the question names.
      if (after.slice(0, 2).some((t) => t.kind === 'word' && !t.stop && isPlural(t))) stated = true;
      continue;
    }
    if (!isFigure(tokens, i) || inSymbol(text, token) || isLabel(text, token) || isEnumerator(text, token)) continue;
    stated = true;
    if (tokens.slice(Math.max(0, i - 6), i + 7).some(isCounted)) return { stated, nearTerm: true };
  }
  return { stated, nearTerm: false, ...(share && !stated ? { share } : {}) };
}
