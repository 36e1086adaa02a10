import type { Candidate } from './candidates';

/** What kind of text a candidate is; only a statement may answer on meaning alone, a fragment never answers. */
export type TextForm = 'statement' | 'question' | 'fragment';

const REFERENCE = /^(?:See\b|Cf\.|For (?:more|further) (?:information|details)|More information|Available (?:at|from|on)|Source:|https?:|www\.)/i;
/** "Regarding IOM's work on migration health, see also the document entitled …": a pointer, whatever comes first. */
const SEE_ALSO = /^[^.;]{0,120},\s+see (?:also )?(?:the )?(?:documents?|reports?|publications?|papers?|paragraphs?|annex|section|chapter)\b/i;

/**
 * A statement; a question (the reports list questions for discussion, which may still carry a fact); or a
 * fragment: a sentence cut off mid-phrase by the end of the text (it ends on a word with no punctuation;
 * list items, which often lack a final stop, are exempt), or a footnote that only points elsewhere
 * ("See, for example: IOM, …"), unless the question asks for a publication.
 */
export function textForm(candidate: Pick<Candidate, 'text' | 'kind' | 'footnote'>, asksPublication = false): TextForm {
  const { text } = candidate;
  // A list of references names publications: it answers a question that asks for one, and nothing else.
  if (candidate.footnote && (REFERENCE.test(text) || SEE_ALSO.test(text))) return asksPublication ? 'statement' : 'fragment';
  if (/\?["'”’)\]]*$/.test(text)) return 'question';
  return candidate.kind !== 'sentence' || !/[\p{L}\d]$/u.test(text) ? 'statement' : 'fragment';
}
