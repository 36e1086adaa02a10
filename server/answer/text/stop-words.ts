import { STOP_WORDS as SEARCH_STOP_WORDS } from '../../../vectors/lexical/stop-words';

/**
 * Words that carry no topic when the composer and the follow-up rewriter read a question or a sentence: the
 * search stop words (left out of BM25 terms) plus more ways people phrase a request. A word added here
 * changes answers, never retrieval.
 */
export const QUESTION_STOP_WORDS: ReadonlySet<string> = new Set([
  ...SEARCH_STOP_WORDS,
  ...`please know name named mention mentions mentioned anything something thing things kind kinds
  etc ie eg yet still ever i'm whose moment nowadays else`.split(/\s+/),
]);

/** Words that state an amount on their own ("1.2 million", "nearly half", "per cent"). */
export const SCALE_WORDS: ReadonlySet<string> = new Set(
  `hundred hundreds thousand thousands million millions billion billions dozen dozens half percent cent`.split(/\s+/),
);

/** Spelled-out counts; they state an amount only next to the thing counted ("three priorities"). */
export const COUNT_WORDS: ReadonlySet<string> = new Set(
  `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety`.split(/\s+/),
);

export const MONTHS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december`.split(/\s+/),
);
