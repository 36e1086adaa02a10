import { describe, expect, it } from 'vitest';
import { AnswerTestIndex } from '../../test-support/answer-corpus-index';
import { answerUnits, expectWellFormedAnswer } from '../../test-support/answer-invariants';
import { ALL_PASSAGES, IDM_2007, PASSAGES, STRATEGY_REVIEW, slicePassage } from '../../test-support/answer-passages';
import { roughCorpus } from '../../test-support/answer-rough-corpus';
import { lexicalHit, semanticHit } from '../../test-support/answer-semantic-hits';
import type { ScoredPassage } from '../../vectors/types';
import { createExtractiveComposer } from './index';

/** A footnote passage: "² IOM currently provides pre-departure cultural orientation services to …". */
const ORIENTATION_NOTE = slicePassage({ doc: STRATEGY_REVIEW, from: '² IOM currently provides', sectionPath: ['Point 1'], paragraph: null });
/** A passage of questions put to the membership, each ending in "?". */
const RETURN_QUESTIONS = slicePassage({ doc: IDM_2007, from: 'In addition to spontaneous return flows', sectionPath: ['IDM 2008', 'Return Migration'], paragraph: null });

const index = new AnswerTestIndex([...ALL_PASSAGES, ORIENTATION_NOTE, RETURN_QUESTIONS]);
const composer = createExtractiveComposer();
const compose = (question: string, retrieved: ScoredPassage[]) => {
  const composed = composer.compose({ question, retrieved, index });
  expectWellFormedAnswer(composed, index);
  return composed;
};

/** Passages ranked above the one that answers, each only loosely related in meaning. */
const fillers = (...skip: string[]) =>
  [PASSAGES.idmForum, PASSAGES.expenditures, PASSAGES.membership, PASSAGES.visaServices]
    .filter((p) => !skip.includes(p.id))
    .map((p, i) => semanticHit(p, 1 - i * 0.1, [], 0.25));

const SHARE_OF_POPULATION = 'What share of the global population is made up of people living outside their country of birth?';

describe('extractive composer: semantic evidence', () => {
  it('answers a paraphrase that shares few words with its answer, from the sentence closest in meaning, at rank 5', () => {
    const retrieved = [...fillers(), semanticHit(PASSAGES.trends, 0.5, [{ match: '3.1 per cent', score: 0.56 }], 0.3)];
    const composed = compose(SHARE_OF_POPULATION, retrieved);
    expect(composed.abstained).toBe(false);
    expect(answerUnits(composed.answer)[0]).toMatch(/^International migrants now comprise 3\.1 per cent of the world's population/);
    expect(composed.citations[0].passageId).toBe(PASSAGES.trends.id);
  });

  it('abstains when the close sentence does not name the place the question asks about', () => {
    // Over the whole corpus "Latin" and "America" are common enough that no rare-name rule keeps ¶ 4 out: the place does.
    const corpus = new AnswerTestIndex(roughCorpus());
    const retrieved = [...fillers(), semanticHit(PASSAGES.trends, 0.5, [{ match: '3.1 per cent', score: 0.56 }], 0.3)];
    const ask = (question: string) => composer.compose({ question, retrieved, index: corpus });
    expect(ask(SHARE_OF_POPULATION).abstained).toBe(false);
    expect(ask(SHARE_OF_POPULATION.replace('the global population', 'the population of Latin America')).abstained).toBe(true);
  });

  it('answers "how many" by meaning only with an amount of what is counted, named in the passage', () => {
    const retrieved = [...fillers(), semanticHit(PASSAGES.trends, 0.5, [{ match: '214 million', score: 0.56 }], 0.3)];
    const ask = (question: string) => compose(question, retrieved);
    expect(ask('How many people have left their homelands, worldwide, today?').abstained).toBe(false);
    expect(ask('How many migrants have left their homelands, worldwide, today?').abstained).toBe(false);
    // As close in meaning, but the paragraph counts migrants, not workers (without the rule it answered 214 million).
    expect(ask('How many workers have left their homelands, worldwide, today?').abstained).toBe(true);
  });

  it('abstains on the same passages without unit scores: the words alone are not evidence enough', () => {
    const retrieved = [...fillers(), lexicalHit(PASSAGES.trends, 0.5)].map(({ passage, score }) => ({ passage, score }));
    expect(compose(SHARE_OF_POPULATION, retrieved).abstained).toBe(true);
  });

  it('abstains when the closest sentence is only loosely related in meaning', () => {
    const retrieved = [...fillers(), semanticHit(PASSAGES.trends, 0.5, [{ match: '3.1 per cent', score: 0.42 }], 0.3)];
    expect(compose(SHARE_OF_POPULATION, retrieved).abstained).toBe(true);
  });

  it('abstains when the close sentence lacks the year the question names', () => {
    const retrieved = [...fillers(), semanticHit(PASSAGES.trends, 0.5, [{ match: '3.1 per cent', score: 0.7 }], 0.3)];
    const composed = compose('What share of the global population were people living outside their country of birth in 2015?', retrieved);
    expect(composed.abstained).toBe(true);
  });

  it('does not answer a yes/no question by closeness in meaning alone', () => {
    const retrieved = [semanticHit(PASSAGES.trends, 1, [{ match: '3.1 per cent', score: 0.75 }], 0.3)];
    expect(compose('Do people who have left their birth country now make up some three per cent of everyone alive?', retrieved).abstained).toBe(true);
  });

  it('never answers by meaning with a question, nor at all with a sentence cut off at the end of the passage', () => {
    const questions = [semanticHit(RETURN_QUESTIONS, 1, [{ match: /\?\s*$/, score: 0.8 }], 0.1)];
    expect(compose('What stops a repeat of irregular departures after a return?', questions).abstained).toBe(true);
    // ¶ 4–5 ends mid-sentence ("… held in Brussels, Belgium, in"): that sentence has every word of the question.
    const cut = [semanticHit(PASSAGES.trends, 1, [{ match: 'Brussels', score: 0.8 }], 0.1)];
    expect(compose('Where was the first meeting of the Global Forum on Migration and Development held?', cut).answer).not.toMatch(/Brussels/);
  });

  it('quotes a footnote sentence verbatim, without its mark', () => {
    const retrieved = [semanticHit(ORIENTATION_NOTE, 1, [], 0.6), ...fillers()];
    const composed = compose('Which countries receive IOM pre-departure cultural orientation services?', retrieved);
    expect(composed.abstained).toBe(false);
    expect(composed.answer).toMatch(/^IOM currently provides pre-departure cultural orientation services to the following countries: United States of America \(since 1990\)/);
    expect(composed.citations[0].quote.startsWith('IOM currently provides')).toBe(true);
  });

  it('needs closeness in meaning when a naming word of the question is one no report uses', () => {
    const question = 'What is the remit of the International Dialogue on Migration?';
    const near = compose(question, [semanticHit(PASSAGES.idmForum, 1, [{ match: 'The purpose of', score: 0.55 }], 0.3)]);
    expect(near.answer).toMatch(/The purpose of\s+the IDM is to contribute/);
    expect(compose(question, [semanticHit(PASSAGES.idmForum, 1, [], 0.3)]).abstained).toBe(true);
  });
});
