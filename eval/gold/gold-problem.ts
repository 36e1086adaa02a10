export type GoldCheck =
  | 'source-missing'
  | 'quote-verbatim'
  | 'quote-unique'
  | 'fact-in-quote'
  | 'section'
  | 'paragraph'
  | 'absent'
  | 'unique-id'
  | 'unique-question'
  | 'split-overlap'
  | 'split-balance'
  | 'minimum'
  | 'spread';

/** One thing wrong with the gold set; `id` names the item, or is null for set-wide problems. */
export type GoldProblem = { check: GoldCheck; id: string | null; message: string };
