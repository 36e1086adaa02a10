import { splitAnswerSentences } from './answer-sentences';
import { judgeSupport, PARTIAL_COVERAGE, type SupportJudgement } from './support';

/** What the judge reads of an answer: its text with `[n]` markers and the quote each marker points at. */
export type CitedAnswer = { answer: string; citations: readonly { n: number; quote: string }[] };

export type CitationUse = { n: number; /** Coverage of the sentence by this citation alone (0 when the marker is dangling). */ coverage: number; relevant: boolean };

export type SentenceJudgement = {
  text: string;
  markers: number[];
  /** Markers whose number has no citation: the sentence is unsupported and they count as irrelevant citations. */
  dangling: number[];
  /** The sentence against the union of its cited quotes (ALCE citation recall). */
  support: SupportJudgement;
  /** Some single citation supports the sentence on its own. */
  supportedByOne: boolean;
  citations: CitationUse[];
};

export type AnswerJudgement = {
  sentences: SentenceJudgement[];
  /** Supported sentences / sentences (0 for an answer without sentences). */
  citationRecall: number;
  /** Relevant citation uses / citation uses (0 for an answer that cites nothing, as in ALCE). */
  citationPrecision: number;
  citationUses: number;
};

/**
 * ALCE citation recall and precision (Gao et al. 2023) for one answer, with the lexical judge
 * (`judgeSupport`) in place of NLI. A sentence is supported when the union of its cited quotes supports
 * it. A citation is relevant when the sentence's citations jointly support it and the citation either
 * covers at least half of the sentence alone or is needed (without it the rest no longer support the
 * sentence); as in ALCE's code, every citation of an unsupported sentence is irrelevant, and a marker
 * that points at no citation makes its sentence unsupported.
 */
export function judgeCitations(answer: CitedAnswer): AnswerJudgement {
  const quotes = new Map(answer.citations.map((c) => [c.n, c.quote]));
  const sentences = splitAnswerSentences(answer.answer).map(({ text, markers }): SentenceJudgement => {
    const resolved = markers.filter((n) => quotes.has(n));
    const dangling = markers.filter((n) => !quotes.has(n));
    const quoteOf = (n: number) => quotes.get(n)!;
    // As in ALCE, a marker that points at no citation leaves the whole sentence unsupported.
    const joint = judgeSupport(text, resolved.map(quoteOf));
    const support = dangling.length > 0 ? { ...joint, supported: false } : joint;
    const alone = new Map(resolved.map((n) => [n, judgeSupport(text, [quoteOf(n)])]));
    const relevant = (n: number): boolean => {
      if (!support.supported) return false;
      if (resolved.length === 1 || alone.get(n)!.coverage >= PARTIAL_COVERAGE) return true;
      return !judgeSupport(text, resolved.filter((m) => m !== n).map(quoteOf)).supported;
    };
    const citations = [
      ...resolved.map((n) => ({ n, coverage: alone.get(n)!.coverage, relevant: relevant(n) })),
      ...dangling.map((n) => ({ n, coverage: 0, relevant: false })),
    ];
    return { text, markers, dangling, support, supportedByOne: [...alone.values()].some((j) => j.supported), citations };
  });
  const uses = sentences.flatMap((s) => s.citations);
  return {
    sentences,
    citationRecall: sentences.length === 0 ? 0 : sentences.filter((s) => s.support.supported).length / sentences.length,
    citationPrecision: uses.length === 0 ? 0 : uses.filter((u) => u.relevant).length / uses.length,
    citationUses: uses.length,
  };
}
