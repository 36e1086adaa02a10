/** What a bench run measures and how much: the full run (minutes) or `--quick` (CI, seconds). */
export type BenchPlan = {
  mode: 'full' | 'quick';
  /** Corpus files (from data/reports) ingested and queried; null means all of them. */
  reports: string[] | null;
  /** Questions timed in-process, over the websocket and against the LangChain recipe (from BENCH_QUESTIONS). */
  questions: number;
  /** Scale corpus: this many reshuffled copies of each report. */
  scaleCopies: number;
  /** Questions timed over the scale index. */
  scaleQuestions: number;
  load: { clients: number; questionsPerClient: number };
  resultName: 'latest' | 'quick';
};

export const FULL_PLAN: BenchPlan = {
  mode: 'full',
  reports: null,
  questions: 40,
  scaleCopies: 100,
  scaleQuestions: 40,
  load: { clients: 50, questionsPerClient: 20 },
  resultName: 'latest',
};

/**
 * Two of the smaller reports keep the cold USE ingest to a few seconds. The questions are as many as the full run's:
 * they cost seconds, and with 12 a nearest-rank p95 was the slowest question, one scheduler hiccup.
 */
export const QUICK_PLAN: BenchPlan = {
  mode: 'quick',
  reports: ['002_a49d0c20b8ca94b8.txt', '004_f5d453e5d967b2d5.txt'],
  questions: 40,
  scaleCopies: 5,
  scaleQuestions: 40,
  load: { clients: 10, questionsPerClient: 3 },
  resultName: 'quick',
};
