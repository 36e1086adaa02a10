import { describe, expect, it } from 'vitest';
import { AnswerTestIndex } from '../../test-support/answer-corpus-index';
import { HLD_ACTIVITIES, slicePassage } from '../../test-support/answer-passages';
import type { ScoredCandidate } from './candidate-scoring';
import { createExtractiveComposer } from './index';

const voting = slicePassage({ doc: HLD_ACTIVITIES, from: 'In addition, in cases where', through: 'outside set boundaries.', sectionPath: ['a. Post-conflict'], paragraph: null });
const integration = slicePassage({ doc: HLD_ACTIVITIES, from: 'Strategies to support the adjustment', through: 'origin and destination communities', sectionPath: ['b. Migrant integration'], paragraph: null });
const index = new AnswerTestIndex([voting, integration]);

/** The scored candidate holding "facilitate voting" when the question is asked. */
function votingSentence(question: string): ScoredCandidate {
  let scored: ScoredCandidate[] = [];
  const composer = createExtractiveComposer({ onTrace: (trace) => (scored = trace.scored) });
  composer.compose({ question, retrieved: index.search(question), index });
  const found = scored.find((s) => s.candidate.context.passage.text.slice(s.candidate.start, s.candidate.end).includes('facilitate voting'));
  if (!found) throw new Error(`no candidate holds the voting sentence for: ${question}`);
  return found;
}

describe('synonyms in the composer (WordNet, vectors/lexical/synonyms.ts)', () => {
  it('count a synonym of a question word fully toward the rank and half as evidence', () => {
    const own = votingSentence('Where has IOM supported voting for the electorate outside set boundaries?');
    const synonym = votingSentence('Where has IOM supported ballots for the electorate outside set boundaries?');
    const unrelated = votingSentence('Where has IOM supported paintings for the electorate outside set boundaries?');
    expect(synonym.ownEvidence).toBeLessThan(own.ownEvidence);
    expect(synonym.ownEvidence).toBeGreaterThan(unrelated.ownEvidence);
    expect(synonym.score).toBeGreaterThan(unrelated.score);
  });

  it('leave names alone: a capitalised word inside a name widens to nothing', () => {
    const name = votingSentence('Where has the Ballot Commission supported the electorate outside set boundaries?');
    const unrelated = votingSentence('Where has the Painting Commission supported the electorate outside set boundaries?');
    expect(name.ownEvidence).toBeCloseTo(unrelated.ownEvidence);
  });
});
