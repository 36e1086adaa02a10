import type { Passage } from '../../ingest/types';
import type { CorpusIndex } from '../../vectors/corpus-index';
import type { ScoredPassage } from '../../vectors/types';
import { acronymDefinitions } from './text/acronyms';
import { cleanAnswerText, joinListText } from './text/answer-text';
import { segmentPassage, type ListGroup, type Segment } from './text/passage-segments';
import { contentKeys, tokenize, type WordToken } from './text/word-tokens';

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
  /** Acronyms the passage defines ("IDM" → "International Dialogue on Migration"). */
  acronyms: ReadonlyMap<string, string>;
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
  /** The sentence before this one in the same passage (what "It" most likely points to). */
  previous?: Candidate;
};

export type CandidateOptions = { maxPassages: number; maxListChars: number; minWords: number };

/** Pronouns, or a bare demonstrative used as one ("These include …"; not "This seminar …"). */
const REFERS_BACK =
  /^(?:(?:It|Its|They|Their|He|She|His|Her|The latter|The former)\b|(?:This|These|That|Those|Such)\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|also|include[sd]?|allow(?:s|ed)?|enable[sd]?|mean[st]?|require[sd]?|\p{Ll}+ed)\b)/u;

type Unit = Omit<Candidate, 'id' | 'context' | 'unit' | 'previous'> & { unit?: number; previous?: number };

/** What a passage yields independently of any question: computed once per passage and kept in a cache. */
type PassageAnalysis = {
  keys: ReadonlySet<string>;
  headingKeys: ReadonlySet<string>;
  acronyms: ReadonlyMap<string, string>;
  units: Unit[];
};

/** A bounded cache of passage analyses (least recently used dropped first). */
export class PassageAnalysisCache {
  private readonly entries = new Map<Passage, PassageAnalysis>();

  constructor(
    private readonly options: Pick<CandidateOptions, 'maxListChars' | 'minWords'>,
    private readonly capacity = 2048,
  ) {}

  get(passage: Passage): PassageAnalysis {
    let analysis = this.entries.get(passage);
    if (analysis) {
      this.entries.delete(passage);
    } else {
      analysis = analyse(passage, this.options);
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(passage, analysis);
    return analysis;
  }
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function listSpan(text: string, list: ListGroup, maxChars: number): { start: number; end: number; text: string } | null {
  if (!list.intro || list.items.length === 0) return null;
  const intro = list.intro;
  const items = list.items.filter((item, i) => i === 0 || item.end - intro.start <= maxChars);
  const joined = joinListText(
    cleanAnswerText(text.slice(intro.start, intro.end)),
    items.map((item) => cleanAnswerText(text.slice(item.start, item.end))),
  );
  return { start: intro.start, end: items[items.length - 1].end, text: joined };
}

function analyse(passage: Passage, options: Pick<CandidateOptions, 'maxListChars' | 'minWords'>): PassageAnalysis {
  const text = passage.text;
  const all = tokenize(text);
  const units: Unit[] = [];
  const unit = (kind: Unit['kind'], start: number, end: number, order: number, clean: string): Unit => {
    const tokens = all.filter((t) => t.start >= start && t.end <= end);
    const made: Unit = { kind, start, end, order, tokens, keys: contentKeys(tokens), text: clean, words: wordsIn(clean), refersBack: REFERS_BACK.test(clean) };
    units.push(made);
    return made;
  };

  const { segments, lists } = segmentPassage(text);
  const listUnits = new Map<number, { index: number; end: number }>();
  for (const list of lists) {
    const span = listSpan(text, list, options.maxListChars);
    if (!span) continue;
    listUnits.set(list.id, { index: units.length, end: span.end });
    unit('list', span.start, span.end, segments.indexOf(list.intro as Segment), span.text);
  }
  let previous: number | undefined;
  segments.forEach((segment, order) => {
    if (segment.kind !== 'sentence' && segment.kind !== 'list-item') return;
    const clean = cleanAnswerText(text.slice(segment.start, segment.end));
    if (wordsIn(clean) < options.minWords) return;
    const made = unit(segment.kind, segment.start, segment.end, order, clean);
    made.previous = previous;
    previous = units.length - 1;
    const list = segment.list !== undefined ? listUnits.get(segment.list) : undefined;
    if (list && segment.end <= list.end) made.unit = list.index;
  });
  return {
    keys: contentKeys(all),
    headingKeys: contentKeys(tokenize([passage.title, ...passage.sectionPath].join('\n'))),
    acronyms: acronymDefinitions(text),
    units,
  };
}

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
    const context: PassageContext = { hit, rank, passage: hit.passage, ...located, keys: analysis.keys, headingKeys: analysis.headingKeys, acronyms: analysis.acronyms };
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
