/**
 * A small, fully scripted eval run over FAKE_TEXT: two dev items (a single, a follow-up), one dev
 * unanswerable item, one test single answered with the wrong citation and one test unanswerable item
 * answered anyway. The expected metrics are worked out by hand in evaluate.test.ts.
 */
import type { SplitItem } from '../eval/evaluate/ask-gold';
import { evaluate, type Evaluation } from '../eval/evaluate/evaluate';
import { splitMetrics } from '../eval/metrics/split-metrics';
import { summarizeQuestion, type EvalResults } from '../eval/report/eval-results';
import { FAKE_SOURCE, FAKE_TEXT, ScriptedAnswerService, ScriptedRetrievalSystem, citation, goldAnswer, unitOf } from './eval-fakes';

export const Q1 = 'In 2007 IOM assisted 1,600 victims of trafficking in nine countries.';
export const Q2 = 'The assistance was provided in Asia and in Africa.';
export const Q3 = 'The Emergency Preparedness Account funded rapid deployments to Haiti.';
export const Q4 = 'Staff training covered procurement rules and security procedures.';

export const ENTRIES: SplitItem[] = [
  { split: 'dev', item: { id: 's1', type: 'single', answerable: true, question: 'How many victims did IOM assist in 2007?', ...goldAnswer(Q1, ['1,600', 'nine countries']) } },
  {
    split: 'dev',
    item: {
      id: 'f1',
      type: 'follow-up',
      answerable: true,
      turns: [
        { question: 'Where was assistance provided?', ...goldAnswer(Q2, ['Asia', 'Africa']) },
        { question: 'And what funded deployments?', ...goldAnswer(Q3, ['Emergency Preparedness Account']) },
      ],
    },
  },
  { split: 'dev', item: { id: 'u1', type: 'unanswerable', answerable: false, question: 'What did IOM spend in 2030?', note: 'future', offTopic: false, absent: ['2030'] } },
  { split: 'test', item: { id: 's2', type: 'single', answerable: true, question: 'What did staff training cover?', ...goldAnswer(Q4, ['procurement rules']) } },
  { split: 'test', item: { id: 'u2', type: 'unanswerable', answerable: false, question: 'How much did IOM spend on coffee?', note: 'absent', offTopic: false, absent: ['coffee'] } },
];

export const STANDALONE_TURN_2 = 'What funded deployments to Haiti?';

export function scenarioService(): ScriptedAnswerService {
  return new ScriptedAnswerService({
    'How many victims did IOM assist in 2007?': { answer: `${Q1} [1]`, citations: [citation(1, Q1)], totalMs: 10 },
    'Where was assistance provided?': { answer: 'The assistance was provided in Asia. [1]', citations: [citation(1, Q2)], totalMs: 20 },
    'And what funded deployments?': { answer: 'The reports do not say.', abstained: true, standaloneQuestion: STANDALONE_TURN_2, totalMs: 30 },
    'What did IOM spend in 2030?': { answer: 'The reports do not say.', abstained: true, totalMs: 40 },
    'What did staff training cover?': { answer: `${Q4} [1]`, citations: [citation(1, Q1)], totalMs: 50 },
    'How much did IOM spend on coffee?': { answer: 'IOM spent money. [1]', citations: [citation(1, Q1)], totalMs: 60 },
  });
}

export function scenarioSystem(): ScriptedRetrievalSystem {
  return new ScriptedRetrievalSystem('a', {
    'How many victims did IOM assist in 2007?': [unitOf(Q2), unitOf(Q1)],
    'Where was assistance provided?': [unitOf(Q2)],
    [STANDALONE_TURN_2]: [unitOf(Q3)],
    'What did staff training cover?': [unitOf(Q1), unitOf(Q1), unitOf(Q1), unitOf(Q1), unitOf(Q1), unitOf(Q4)],
  });
}

export async function runScenario(): Promise<Evaluation & { service: ScriptedAnswerService; system: ScriptedRetrievalSystem }> {
  const service = scenarioService();
  const system = scenarioSystem();
  const evaluation = await evaluate({
    entries: ENTRIES,
    service,
    systems: [system],
    sourceText: (source) => (source === FAKE_SOURCE ? FAKE_TEXT : undefined),
    citedUnit: (c) => ({ source: c.source, start: c.start, end: c.end, text: c.quote }),
  });
  return { ...evaluation, service, system };
}

/** EvalResults for the scripted run, as run.ts would assemble them (fixed timings and provenance). */
export async function scenarioResults(): Promise<{ results: EvalResults; questions: Evaluation['questions'] }> {
  const run = await runScenario();
  const splits = (['dev', 'test'] as const).map((split) => splitMetrics(split, run.questions, ['a']));
  const results: EvalResults = {
    generatedAt: '2025-01-01T00:00:00.000Z',
    durationSeconds: 12.34,
    machine: { node: 'v20.0.0', cpus: 2, platform: 'linux-x64' },
    timings: { indexSeconds: 1, baselineSeconds: 2, answersSeconds: 3, retrievalSeconds: { a: 4 } },
    corpus: { dir: 'data/reports', documents: 1, passages: 5, files: [{ source: FAKE_SOURCE, sha256: 'abc' }] },
    embedder: { id: 'fake', dimension: 8 },
    index: { dir: '.tmp/eval-index', builtAt: '2025-01-01T00:00:00.000Z', rebuiltThisRun: false },
    langchain: { chunkSize: 1000, chunkOverlap: 200, chunks: 3 },
    retrievalDepth: 10,
    systems: [{ id: 'a', label: 'system | A' }, { id: 'missing', label: 'not run' }],
    splits,
    check: null,
    questions: run.questions.map(summarizeQuestion),
  };
  return { results, questions: run.questions };
}
