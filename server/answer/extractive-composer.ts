import type { AnswerComposer, ComposedAnswer, ComposeInput } from './answer-composer';
import { abstain } from './abstention';
import { assembleAnswer } from './answer-assembly';
import { selectCandidates } from './answer-selection';
import { scoreCandidates } from './candidate-scoring';
import { buildCandidates, PassageAnalysisCache, type Candidate } from './candidates';
import { profileQuestion } from './question-profile';
import { corpusTermStats, termStats } from './term-weights';

export type ExtractiveComposerOptions = {
  /** Retrieved passages read, best first (8). */
  maxPassages?: number;
  /** Sentences in an answer (4); factoid questions use at most 2. */
  maxSentences?: number;
  /** Soft length budget of the answer text in characters (700). */
  maxChars?: number;
  /** A list (intro + items) quoted whole up to this many characters (1200). */
  maxListChars?: number;
  /** Minimum evidence to answer: share of the question's corpus-weighted terms covered (0.6). */
  minEvidence?: number;
  /** Minimum share covered by the answer sentence itself (0.5). */
  minOwnEvidence?: number;
  /** Related passages offered when abstaining (3). */
  maxRelated?: number;
};

const DEFAULTS: Required<ExtractiveComposerOptions> = {
  maxPassages: 8,
  maxSentences: 4,
  maxChars: 700,
  maxListChars: 1200,
  minEvidence: 0.6,
  minOwnEvidence: 0.5,
  maxRelated: 3,
};

/**
 * The offline composer: quotes the sentences of the retrieved passages that answer the question,
 * verbatim, each followed by its citation marker; abstains when none is grounded well enough.
 * Deterministic; no model.
 *
 * @example
 * const composer = createExtractiveComposer();
 * const { answer, citations } = composer.compose({ question, retrieved: await index.retrieve(question), index });
 */
export function createExtractiveComposer(options: ExtractiveComposerOptions = {}): AnswerComposer {
  const settings = { ...DEFAULTS, ...options };
  const analyses = new PassageAnalysisCache({ maxListChars: settings.maxListChars, minWords: 4 });
  return {
    compose({ question, retrieved, index }: ComposeInput): ComposedAnswer {
      const profile = profileQuestion(question);
      const { contexts, candidates } = buildCandidates(retrieved, index, { maxPassages: settings.maxPassages }, analyses);
      if (profile.terms.length === 0 || candidates.length === 0) return abstain(question, retrieved, index, settings.maxRelated);

      const retrievedStats = termStats(contexts.map((c) => new Set([...c.keys, ...c.headingKeys])));
      // Corpus-wide statistics say how distinctive a word is; without a corpus, the retrieved passages stand in.
      const corpusStats = Array.isArray(index.passages) && index.passages.length > 0 ? corpusTermStats(index.passages) : retrievedStats;
      const scored = scoreCandidates(profile, candidates, contexts, retrievedStats, corpusStats, settings);
      const selected = selectCandidates(scored, profile, {
        maxSentences: settings.maxSentences,
        maxChars: settings.maxChars,
        ratio: 0.7,
        factoidRatio: 0.85,
      });
      if (!selected) return abstain(question, retrieved, index, settings.maxRelated);
      const scores = new Map<Candidate, number>(scored.map((s) => [s.candidate, s.score]));
      return assembleAnswer(selected, scores);
    },
  };
}
