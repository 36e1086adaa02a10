/**
 * `npm run bench [-- --quick]`: ingest, query, websocket, LangChain-recipe, load and scale measurements in
 * one run. Writes bench/results/{latest|quick}.{md,json}, prints the Markdown, and exits non-zero only on
 * errors (a section that failed, a failed ask, a frame breaking the protocol) — missed targets are reported.
 */
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEmbedder } from '../vectors/embedders';
import { openIndex } from '../vectors/open-index';
import { BENCH_USAGE, parseBenchArgs } from './bench-args';
import type { BenchReport } from './bench-report';
import { BENCH_DIR, REPO_DIR } from './child-process';
import { measureIngest } from './measure-ingest';
import { measureLangChain } from './measure-langchain';
import { measureLoad } from './measure-load';
import { measureQueries } from './measure-queries';
import { measureScale } from './measure-scale';
import { measureWebsocket } from './measure-websocket';
import { BENCH_QUESTIONS } from './questions';
import { renderMarkdown } from './report-markdown';
import { evaluateTargets } from './targets';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const { plan } = parsed;
  const started = performance.now();
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'bench-'));
  const corpusDir = path.join(workDir, 'corpus');
  const indexDir = path.join(workDir, 'index');
  const reportsDir = path.join(REPO_DIR, 'data/reports');
  const files = plan.reports ?? (await readdir(reportsDir)).filter((n) => n.endsWith('.txt')).sort();
  await mkdir(corpusDir);
  let bytes = 0;
  for (const name of files) {
    await cp(path.join(reportsDir, name), path.join(corpusDir, name));
    bytes += (await stat(path.join(corpusDir, name))).size;
  }
  const questions = BENCH_QUESTIONS.slice(0, plan.questions);
  const embedder = createEmbedder(undefined);
  const report: Omit<BenchReport, 'targets' | 'durationSeconds'> = {
    mode: plan.mode,
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.versions.node,
      platform: `${os.platform()} ${os.release()}`,
      // Other work on the machine skews every figure; the 1-minute load average at start and end says how much.
      loadAverage: { start: os.loadavg()[0], end: Number.NaN },
    },
    plan,
    corpus: { files, bytes },
    embedder: embedder.id,
    dimension: embedder.dimension,
    errors: [],
  };

  const section = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    log(`${name}…`);
    const t = performance.now();
    try {
      const value = await run();
      log(`${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      return value;
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      log(`${name} FAILED: ${message}`);
      report.errors.push(`${name} failed: ${message}`);
      return undefined;
    }
  };

  try {
    report.ingest = await section('ingest (cold in a child process, then warm)', () => measureIngest(corpusDir, indexDir));
    const index = report.ingest ? await section('open index', () => openIndex(indexDir, embedder)) : undefined;
    if (index) {
      report.queries = await section('in-process queries', () => measureQueries(index, embedder, questions));
      report.websocket = await section('websocket end to end', () => measureWebsocket(index, questions));
      report.langchain = await section('LangChain recipe', () => measureLangChain(corpusDir, embedder, index, questions));
      report.load = await section(`load (${plan.load.clients} clients × ${plan.load.questionsPerClient})`, () =>
        measureLoad({ corpusDir, indexDir, questions: BENCH_QUESTIONS, ...plan.load }),
      );
    }
    report.scale = await section(`scale (${plan.scaleCopies}×)`, () =>
      measureScale({
        sourceDir: corpusDir,
        workDir,
        copies: plan.scaleCopies,
        embedder,
        questions: BENCH_QUESTIONS.slice(0, plan.scaleQuestions),
        unitQueries: plan.mode === 'quick' ? 12 : 60,
        log,
      }),
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const w = report.websocket;
  if (w) report.errors.push(...w.errors.map((e) => `websocket: ${e}`), ...(w.invalidFrames ? [`websocket: ${w.invalidFrames} invalid frames`] : []));
  if (report.load?.errors.count) report.errors.push(`load: ${report.load.errors.count} errors, e.g. ${report.load.errors.samples.slice(0, 3).join('; ')}`);
  if (report.scale?.server.errors.length) report.errors.push(...report.scale.server.errors.slice(0, 5).map((e) => `scale server: ${e}`));
  if (report.ingest?.warm.written) report.errors.push('warm re-ingest rewrote the index although nothing changed');

  report.machine.loadAverage.end = os.loadavg()[0];
  const full: BenchReport = { ...report, durationSeconds: (performance.now() - started) / 1000, targets: evaluateTargets(report) };
  const markdown = renderMarkdown(full);
  const resultsDir = path.join(BENCH_DIR, 'results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, `${plan.resultName}.json`), `${JSON.stringify(full, null, 2)}\n`);
  await writeFile(path.join(resultsDir, `${plan.resultName}.md`), markdown);
  process.stdout.write(markdown);
  log(`wrote bench/results/${plan.resultName}.md and .json`);
  return full.errors.length > 0 ? 1 : 0;
}

process.exitCode = await main();
