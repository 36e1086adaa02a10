/**
 * What a passage yields for answering, independently of any question: its quotable units (sentences,
 * list items, whole lists, footnote sentences) with tokens and keys, its keys and heading keys, and the
 * acronyms it defines. Computed once per passage and kept in a bounded cache.
 */
import type { Passage } from '../../ingest/types';
import { acronymDefinitions } from '../../vectors/lexical/acronyms';
import { aliasKeys, type Alias } from './acronym-aliases';
import type { Candidate, CandidateOptions } from './candidates';
import { cleanAnswerText, joinListText } from './text/answer-text';
import { segmentPassage, type ListGroup, type Segment } from './text/passage-segments';
import { contentKeys, tokenize, wordCount } from './text/word-tokens';

/**
 * Pronouns, or a bare demonstrative used as one ("These include …"; not "This seminar …"), or a sentence that
 * only lists instances of the one before ("Examples include …", "Among them …").
 */
const REFERS_BACK =
  /^(?:(?:Notably|Moreover|Furthermore|Additionally|In addition|Indeed|Importantly),\s+(?:it|its|they|their|these|this|such)\b|(?:It|Its|They|Their|He|She|His|Her|The latter|The former|Examples? (?:include[sd]?|are|were|is)|Among (?:them|these|those|others))\b|(?:This|These|That|Those|Such)\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|also|include[sd]?|allow(?:s|ed)?|enable[sd]?|mean[st]?|require[sd]?|\p{Ll}+ed)\b)/u;

/**
 * "It is now understood that …", "Moreover, it is crucial to …": an "it" that holds the place of a clause points
 * nowhere; "It was established to …" does point back.
 */
const PLACEHOLDER_IT =
  /^(?:[A-Z][a-z]+(?: [a-z]+)?,\s+)?[Ii]t (?:is|was|has been|will be|would be|remains|seems) (?:(?:[\p{Ll}-]+ ){0,3}?(?:that|whether)|(?:[\p{Ll}-]+ )?(?![\p{Ll}-]+ed )[\p{Ll}-]+ to)\b/u;

const CONSEQUENCE = /^(?:As a (?:result|consequence)|Consequently|Therefore|Thus|Hence|For (?:this|these) reasons?|Accordingly)\b/;

export type Unit = Omit<Candidate, 'id' | 'context' | 'unit' | 'previous'> & { unit?: number; previous?: number };

/** What a passage yields independently of any question: computed once per passage and kept in a cache. */
export type PassageAnalysis = {
  keys: ReadonlySet<string>;
  headingKeys: ReadonlySet<string>;
  /** Acronyms the passage defines, as keys. */
  aliases: readonly Alias[];
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

/** The text of a span with the footnotes inside it blanked out. */
function withoutHoles(text: string, span: { start: number; end: number }, holes: { start: number; end: number }[]): string {
  let out = '';
  let at = span.start;
  for (const hole of holes) {
    if (hole.end <= at || hole.start >= span.end) continue;
    out += `${text.slice(at, hole.start)}\n`;
    at = hole.end;
  }
  return out + text.slice(at, span.end);
}

function analyse(passage: Passage, options: Pick<CandidateOptions, 'maxListChars' | 'minWords'>): PassageAnalysis {
  const text = passage.text;
  const all = tokenize(text);
  const units: Unit[] = [];
  const { segments, lists, holes } = segmentPassage(text);
  // A footnote a page break carried into a sentence is not part of what the sentence says.
  const inHole = (t: { start: number; end: number }) => holes.some((h) => t.start < h.end && h.start < t.end);
  const unit = (kind: Unit['kind'], start: number, end: number, order: number, clean: string, footnote = false): Unit => {
    const tokens = all.filter((t) => t.start >= start && t.end <= end && (footnote || !inHole(t)));
    const made: Unit = {
      kind,
      start,
      end,
      order,
      tokens,
      keys: contentKeys(tokens),
      text: clean,
      words: wordCount(clean),
      refersBack: REFERS_BACK.test(clean) && !PLACEHOLDER_IT.test(clean),
      footnote,
      consequence: !footnote && CONSEQUENCE.test(clean),
    };
    units.push(made);
    return made;
  };

  const listUnits = new Map<number, { index: number; end: number }>();
  for (const list of lists) {
    const span = listSpan(text, list, options.maxListChars);
    if (!span) continue;
    listUnits.set(list.id, { index: units.length, end: span.end });
    unit('list', span.start, span.end, segments.indexOf(list.intro as Segment), span.text);
  }
  let previous: number | undefined;
  let inFootnote: { block: number; unit: number } | undefined;
  segments.forEach((segment, order) => {
    if (segment.kind !== 'sentence' && segment.kind !== 'list-item' && segment.kind !== 'footnote') return;
    const clean = cleanAnswerText(withoutHoles(text, segment, segment.kind === 'footnote' ? [] : holes));
    if (wordCount(clean) < options.minWords) return;
    if (segment.kind === 'footnote') {
      // A footnote is read on its own: it neither points back into the paragraph nor is pointed back to; its own
      // sentences follow one another ("⁴ International migration law is … Notably, it includes …").
      const made = unit('sentence', segment.start, segment.end, order, clean, true);
      const before = inFootnote?.block === segment.block ? inFootnote.unit : undefined;
      made.previous = before;
      if (before === undefined) made.refersBack = false;
      inFootnote = { block: segment.block, unit: units.length - 1 };
      return;
    }
    const made = unit(segment.kind, segment.start, segment.end, order, clean);
    made.previous = previous;
    previous = units.length - 1;
    const list = segment.list !== undefined ? listUnits.get(segment.list) : undefined;
    if (list && segment.end <= list.end) made.unit = list.index;
  });
  return {
    keys: contentKeys(all),
    headingKeys: contentKeys(tokenize([passage.title, ...passage.sectionPath].join('\n'))),
    aliases: aliasKeys(acronymDefinitions(text, 'capitalised-head')),
    units,
  };
}
