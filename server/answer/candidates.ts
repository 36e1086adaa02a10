import type { Passage } from '../../ingest/types';
import type { CorpusIndex } from '../../vectors/corpus-index';
import type { ScoredPassage } from '../../vectors/types';
import type { Alias } from './acronym-aliases';
import type { PassageAnalysisCache } from './passage-analysis';
import type { WordToken } from './text/word-tokens';

/** A retrieved passage that can be quoted: its source text and where its text starts in it. */
export type PassageContext = {
  hit: ScoredPassage;
  /** 0-based retrieval rank. */
  rank: number;
  passage: Passage;
  sourceText: string;
  /** Offset of passage.text[0] in the source text. */
  base: number;
  keys: ReadonlySet<string>;
  /** Keys of the document title and section path. */
  headingKeys: ReadonlySet<string>;
  /** Acronyms the passage defines, as keys ("idm" ↔ intern dialogu migrat). */
  aliases: readonly Alias[];
  /** Keys of the paragraph before it in the same section, which often names what this one calls "the seminar". */
  precedingKeys: ReadonlySet<string>;
};

/**
 * Something the answer can quote: a sentence, a sentence of a list item, or a whole list
 * (its intro sentence and items, one contiguous span).
 */
export type Candidate = {
  id: number;
  context: PassageContext;
  kind: 'sentence' | 'list-item' | 'list';
  /** Offsets in the passage text. */
  start: number;
  end: number;
  /** Index of the first segment in the passage, for document order. */
  order: number;
  /** The list unit that contains this list item, when there is one. */
  unit?: Candidate;
  /** Tokens of the span, with offsets in the passage text. */
  tokens: WordToken[];
  keys: ReadonlySet<string>;
  /** The answer text: cleaned, lists compactly joined. */
  text: string;
  words: number;
  /** Starts with a word that points back ("It …", "These include …"). */
  refersBack: boolean;
  /** A sentence of a footnote. */
  footnote: boolean;
  /** Opens with a consequence ("As a result, …", "Therefore …"): its reason is the sentence before. */
  consequence: boolean;
  /** The sentence before this one in the same passage (what "It" most likely points to). */
  previous?: Candidate;
};

export type CandidateOptions = { maxPassages: number; maxListChars: number; minWords: number };

/** Finds the passage in its source text; null when it cannot be quoted with exact offsets. */
function locate(passage: Passage, index: CorpusIndex): { sourceText: string; base: number } | null {
  let sourceText: string;
  try {
    sourceText = index.sourceText(passage.source);
  } catch {
    return null;
  }
  if (typeof sourceText !== 'string' || passage.text.length === 0) return null;
  if (sourceText.slice(passage.start, passage.end) === passage.text) return { sourceText, base: passage.start };
  const at = sourceText.indexOf(passage.text);
  return at >= 0 ? { sourceText, base: at } : null;
}

/** The paragraph just before this one, when it belongs to the same section (`neighbours` keeps to its document). */
function precedingInSection(passage: Passage, index: CorpusIndex): Passage | null {
  const around = index.neighbours(passage.id, 1);
  const before = around[around.findIndex((p) => p.id === passage.id) - 1];
  return before && before.sectionPath.join('\n') === passage.sectionPath.join('\n') ? before : null;
}

/** Splits the top retrieved passages into quotable candidates. Passages that cannot be located are skipped. */
export function buildCandidates(
  retrieved: ScoredPassage[],
  index: CorpusIndex,
  options: Pick<CandidateOptions, 'maxPassages'>,
  cache: PassageAnalysisCache,
): { contexts: PassageContext[]; candidates: Candidate[] } {
  const contexts: PassageContext[] = [];
  const candidates: Candidate[] = [];
  retrieved.slice(0, options.maxPassages).forEach((hit, rank) => {
    const located = locate(hit.passage, index);
    if (!located) return;
    const analysis = cache.get(hit.passage);
    const preceding = precedingInSection(hit.passage, index);
    const precedingKeys = preceding ? cache.get(preceding).keys : new Set<string>();
    const context: PassageContext = { hit, rank, passage: hit.passage, ...located, keys: analysis.keys, headingKeys: analysis.headingKeys, aliases: analysis.aliases, precedingKeys };
    contexts.push(context);
    const first = candidates.length;
    for (const { unit, previous, ...rest } of analysis.units) candidates.push({ ...rest, id: candidates.length, context });
    analysis.units.forEach((u, i) => {
      if (u.unit !== undefined) candidates[first + i].unit = candidates[first + u.unit];
      if (u.previous !== undefined) candidates[first + i].previous = candidates[first + u.previous];
    });
  });
  return { contexts, candidates };
}
