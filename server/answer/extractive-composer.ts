import type { AnswerComposer, ComposedAnswer, ComposeInput } from './answer-composer';
import { abstain } from './abstention';
import { assembleAnswer } from './answer-assembly';
import { selectCandidates } from './answer-selection';
import { scoreCandidates, type ScoredCandidate } from './candidate-scoring';
import { buildCandidates, type Candidate } from './candidates';
import { PassageAnalysisCache } from './passage-analysis';
import { profileQuestion, type QuestionProfile } from './question-profile';
import { DEFAULT_GROUNDING } from './grounding';
import { corpusTermStats, termStats } from './term-weights';
import { withCorpusVariants } from './word-variants';

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
  /** Share of the question's weight in words no report uses above which lexical grounding needs semantic confirmation (0.25). */
  maxUnmatched?: number;
  /** Semantic similarity that confirms lexical evidence when many of the question's words are unknown to the reports (0.48). */
  semanticConfirm?: number;
  /** Share of the question's weighted terms in the sentence itself above which… (0.6) */
  strongOwn?: number;
  /** …this lower similarity confirms words no report uses (0.44). */
  strongOwnConfirm?: number;
  /** Semantic similarity at which a sentence may answer with few words in common with the question (0.5). */
  semanticAlone?: number;
  /** Share of the question's words a semantically grounded sentence must still hold (0.05). */
  semanticMinOwn?: number;
  /** Weight of the question–sentence similarity in the rank score, where full coverage of the question's terms weighs 1 (0.5). */
  semanticWeight?: number;
  /** A grounded sentence at least this much closer in meaning than the best-scoring one is offered beside it (0.05). */
  semanticLead?: number;
  /** Rank bonus of a sentence right next to where the previous answer quoted, in a follow-up (0.15)… */
  focusWeight?: number;
  /** …falling off over this many characters between them (400). */
  focusReach?: number;
  /** …and the rank penalty of a sentence the previous answer already quoted (0.3). */
  repeatPenalty?: number;
  /**
   * In a follow-up, least share of the previous question's topic an answering sentence's passage holds (0.4), unless it
   * sits near the previous answer's quotes (`followUpNear`, 0.01 of focus proximity).
   */
  followUpTopicShare?: number;
  followUpNear?: number;
  /** Related passages offered when abstaining (3). */
  maxRelated?: number;
  /** Called with the composer's working (profile, scored candidates, selection) after each compose; for diagnostics. */
  onTrace?: (trace: CompositionTrace) => void;
};

/** What the composer saw and decided for one question. */
export type CompositionTrace = { question: string; profile: QuestionProfile; scored: ScoredCandidate[]; selected: Candidate[] | null };

const DEFAULTS: Required<Omit<ExtractiveComposerOptions, 'onTrace'>> = {
  maxPassages: 8,
  maxSentences: 4,
  maxChars: 700,
  maxListChars: 1200,
  ...DEFAULT_GROUNDING,
  semanticWeight: 0.5,
  semanticLead: 0.05,
  focusWeight: 0.15,
  focusReach: 400,
  repeatPenalty: 0.3,
  followUpTopicShare: 0.4,
  followUpNear: 0.01,
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
    compose({ question, retrieved, index, focus = [], previousQuestion, asked: askedWords }: ComposeInput): ComposedAnswer {
      const asked = profileQuestion(question);
      const { contexts, candidates } = buildCandidates(retrieved, index, { maxPassages: settings.maxPassages }, analyses);
      if (asked.terms.length === 0 || candidates.length === 0) return abstain(question, retrieved, index, settings.maxRelated);

      const retrievedStats = termStats(contexts.map((c) => new Set([...c.keys, ...c.headingKeys])));
      // Corpus-wide statistics say how distinctive a word is; without a corpus, the retrieved passages stand in.
      const hasCorpus = Array.isArray(index.passages) && index.passages.length > 0;
      const corpusStats = hasCorpus ? corpusTermStats(index.passages) : retrievedStats;
      const profile = hasCorpus ? withCorpusVariants(asked, corpusStats) : asked;
      const score = (conversation?: string) =>
        scoreCandidates(profile, candidates, contexts, retrievedStats, corpusStats, {
          ...settings,
          focus,
          previousQuestion,
          askedWords: conversation,
          passages: hasCorpus ? index.passages : undefined,
        });
      const select = (scored: ScoredCandidate[]) =>
        selectCandidates(scored, profile, {
          maxSentences: settings.maxSentences,
          maxChars: settings.maxChars,
          ratio: 0.7,
          factoidRatio: 0.85,
          semanticLead: settings.semanticLead,
        });
      let scored = score();
      let selected = select(scored);
      // Nothing answers the follow-up in its rewritten words: near the previous answer, the words the rewrite brought in
      // ("it" → "the training sessions for the staff of Permanent Missions") are the conversation's, not the sentence's
      // to repeat ("… thanks to the generous contribution of the Government of Switzerland").
      if (!selected && askedWords !== undefined && askedWords.trim() !== question.trim()) {
        scored = score(askedWords);
        selected = select(scored);
      }
      options.onTrace?.({ question, profile, scored, selected });
      if (!selected) return abstain(question, retrieved, index, settings.maxRelated);
      const scores = new Map<Candidate, number>(scored.map((s) => [s.candidate, s.score]));
      return assembleAnswer(selected, scores);
    },
  };
}
