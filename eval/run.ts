/**
 * The grounding eval: `npm run eval -- [--split dev|test|all] [--json PATH] [--md PATH] [--check] [--readme]`.
 * Builds (or reuses) the eval index and the LangChain baseline once, asks every gold question through the
 * answer service, runs every retrieval system on the same questions, and reports per split.
 * Exit 0: done (and thresholds met with --check); 1: a threshold failed; 2: bad usage or unusable inputs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureIndex } from '../ingest/pipeline';
import { createExtractiveComposer } from '../server/answer';
import { createAnswerService } from '../server/ask/answer-service';
import { createConversationStore } from '../server/ask/conversation-store';
import { createFollowUpRewriter } from '../server/follow-up';
import { createEmbedder } from '../vectors/embedders';
import { EVAL_USAGE, parseEvalArgs, REPO_ROOT, type EvalCliArgs } from './cli-args';
import { EvalError } from './errors';
import { evaluate, RETRIEVAL_DEPTH } from './evaluate/evaluate';
import { GoldSetError } from './gold/gold-set-error';
import { GOLD_SPLITS, loadGold } from './gold/schema';
import { splitMetrics } from './metrics/split-metrics';
import { summarizeQuestion, type EvalResults } from './report/eval-results';
import { formatFailures } from './report/format-failures';
import { formatReadmeBlock, formatReport } from './report/format-report';
import { replaceReadmeBlock } from './report/readme-block';
import { openIndex } from '../vectors/open-index';
import { EQUAL_WEIGHT_RRF, indexSystem, indexSystems, passageUnit } from './systems/index-systems';
import { QueryMemoEmbedder } from './systems/query-memo-embedder';
import { DocumentVectorCache } from './systems/document-vector-cache';
import { buildLangChainRecipe, LANGCHAIN_SPLITTER } from './systems/langchain-recipe';
import { checkThresholds, formatThresholdReport, loadThresholds } from './thresholds/check-thresholds';

const seconds = (from: number, to = performance.now()) => Math.round((to - from) / 100) / 10;
const log = (message: string) => process.stderr.write(`eval: ${message}\n`);

async function run(args: EvalCliArgs): Promise<number> {
  const thresholds = args.check ? loadThresholds(args.thresholds) : null;
  const splits = args.split === 'all' ? [...GOLD_SPLITS] : [args.split];
  if (thresholds && !splits.includes(thresholds.split)) throw new EvalError('EVAL_USAGE', `--check needs the ${thresholds.split} split in the run`);
  const entries = splits.flatMap((split) => loadGold(split).map((item) => ({ split, item })));
  const started = performance.now();
  // Every system and the answer service embed the same questions: one vector per question for the whole run.
  const embedder = new QueryMemoEmbedder(createEmbedder(args.embedder));

  log(`indexing ${relative(REPO_ROOT, args.corpus)} into ${relative(REPO_ROOT, args.indexDir)}…`);
  const index = await ensureIndex({ corpusDir: args.corpus, indexDir: args.indexDir, embedder, rebuild: args.rebuild, log });
  const indexed = performance.now();

  log('building the LangChain baseline…');
  const documents = index.documents.map((d) => ({ source: d.source, text: index.sourceText(d.source) }));
  // Its chunk vectors are kept beside the index: they change only with the corpus or the embedder.
  const langchain = await buildLangChainRecipe(documents, new DocumentVectorCache(embedder, join(args.indexDir, 'eval-baselines', 'langchain-vectors.json')));
  const baselineBuilt = performance.now();

  log(`asking ${entries.length} gold items through the answer service, then retrieving with 5 systems…`);
  const service = createAnswerService({
    index,
    composer: createExtractiveComposer(),
    rewriter: createFollowUpRewriter(),
    conversations: createConversationStore({ ttlMs: 60 * 60_000, maxConversations: 100 }),
  });
  // Same stored index, fused the textbook way: shows what the measured fusion weights buy.
  const equalRrf = await openIndex(args.indexDir, embedder, { fusion: EQUAL_WEIGHT_RRF });
  const systems = [...indexSystems(index), indexSystem(equalRrf, 'rrf-equal', 'equal-weight RRF (k = 60), same index', 'hybrid'), langchain];
  const evaluation = await evaluate({
    entries,
    service,
    systems,
    sourceText: (source) => (index.documents.some((d) => d.source === source) ? index.sourceText(source) : undefined),
    citedUnit: (citation) => {
      const passage = index.getPassage(citation.passageId);
      return passage ? passageUnit(passage) : { source: citation.source, start: citation.start, end: citation.end, text: citation.quote };
    },
  });

  const metrics = splits.map((split) => splitMetrics(split, evaluation.questions, systems.map((s) => s.id)));
  const check = thresholds ? checkThresholds(thresholds, metrics.find((m) => m.split === thresholds.split)!) : null;
  const results: EvalResults = {
    generatedAt: new Date().toISOString(),
    durationSeconds: seconds(started),
    machine: { node: process.version, cpus: cpus().length, platform: `${process.platform}-${process.arch}` },
    timings: {
      indexSeconds: seconds(started, indexed),
      baselineSeconds: seconds(indexed, baselineBuilt),
      answersSeconds: seconds(0, evaluation.timings.answersMs),
      retrievalSeconds: Object.fromEntries(Object.entries(evaluation.timings.retrievalMs).map(([id, ms]) => [id, seconds(0, ms)])),
    },
    corpus: {
      dir: relative(REPO_ROOT, args.corpus) || '.',
      documents: index.documents.length,
      passages: index.passages.length,
      files: Object.entries(index.manifest.files).map(([source, f]) => ({ source, sha256: f.sha256 })),
    },
    embedder: { id: embedder.id, dimension: embedder.dimension },
    index: { dir: relative(REPO_ROOT, args.indexDir), builtAt: index.manifest.builtAt, rebuiltThisRun: index.ingest.written },
    langchain: { ...LANGCHAIN_SPLITTER, chunks: langchain.chunks },
    retrievalDepth: RETRIEVAL_DEPTH,
    systems: systems.map(({ id, label }) => ({ id, label })),
    splits: metrics,
    check,
    questions: evaluation.questions.map(summarizeQuestion),
  };

  const report = formatReport(results);
  write(args.json, `${JSON.stringify(results, null, 2)}\n`);
  write(args.md, report);
  if (splits.includes('dev')) write(args.failures, formatFailures(evaluation.questions.filter((q) => q.split === 'dev'), 'hybrid'));
  if (args.readme) write(args.readme, replaceReadmeBlock(readFileSync(args.readme, 'utf8'), formatReadmeBlock(results)));
  process.stdout.write(report);
  log(`wrote ${[args.json, args.md, ...(splits.includes('dev') ? [args.failures] : []), ...(args.readme ? [args.readme] : [])].map((p) => relative(REPO_ROOT, p)).join(', ')}`);
  if (check) process.stdout.write(`\n${formatThresholdReport(check)}\n`);
  return check && !check.passed ? 1 : 0;
}

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function main(): Promise<number> {
  let args: EvalCliArgs;
  try {
    args = parseEvalArgs(process.argv.slice(2));
  } catch (error) {
    if (!EvalError.isInstance(error)) throw error;
    console.error(`${error.message}\n\n${EVAL_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(EVAL_USAGE);
    return 0;
  }
  try {
    return await run(args);
  } catch (error) {
    if (!EvalError.isInstance(error) && !GoldSetError.isInstance(error)) throw error;
    console.error(`${error.code}: ${error.message}`);
    return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
