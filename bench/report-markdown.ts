/** Renders a BenchReport as the Markdown printed by `npm run bench` and saved next to the JSON. */
import { DEFAULT_HNSW_PARAMS } from '../vectors/dense/hnsw-index';
import type { BenchReport } from './bench-report';
import type { LatencySummary } from './stats';

const f1 = (x: number) => (Number.isFinite(x) ? (Math.round(x * 10) / 10).toString() : '—');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const mbytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratio = (a: number, b: number) => (b > 0 ? `${f2(a / b)}×` : '—');

function latencyRow(label: string, s: LatencySummary): string {
  return `| ${label} | ${s.n} | ${f1(s.p50)} | ${f1(s.p95)} | ${f1(s.mean)} | ${f1(s.max)} |`;
}
const LATENCY_HEAD = ['| | n | p50 ms | p95 ms | mean ms | max ms |', '|---|---:|---:|---:|---:|---:|'];

function targets(r: BenchReport): string[] {
  const mark = (pass: boolean | null) => (pass === null ? '—' : pass ? '**pass**' : '**MISS**');
  return [
    '## Targets',
    '',
    '| target | limit | measured | result |',
    '|---|---|---|---|',
    ...r.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${mark(t.pass)} |`),
  ];
}

function ingest(r: BenchReport): string[] {
  const i = r.ingest;
  if (!i) return [];
  const c = i.cold;
  return [
    `## Ingest (${r.corpus.files.length} reports, ${kb(r.corpus.bytes)})`,
    '',
    `- Model load (Universal Sentence Encoder, fresh process): **${f1(c.modelLoadMs)} ms**`,
    `- Cold ingest, model loaded, empty index: **${f2(c.summary.seconds)} s** — ${c.summary.passages} passages, ${c.units} units (sentences and windows), ` +
      `${c.embeddedTexts} distinct unit texts embedded (${c.embeddedChars.toLocaleString('en')} chars)`,
    `  - throughput: ${f1(c.passagesPerSecond)} passages/s, ${f1(c.unitsPerSecond)} units/s overall; ` +
      `embedding alone ${f1(c.embedTextsPerSecond)} texts/s (${f1(c.embedMs / 1000)} s of the ${f1(c.summary.seconds)} s)`,
    `  - index on disk ${mbytes(c.indexBytes)}; ingest process peak RSS ${c.peakRssMb === null ? '—' : `${f1(c.peakRssMb)} MB`}`,
    `- Warm re-ingest (nothing changed): **${(i.warm.seconds * 1000).toFixed(1)} ms**, written: ${i.warm.written}, texts embedded: ${i.warm.embeddedTexts}`,
  ];
}

function queries(r: BenchReport): string[] {
  const q = r.queries;
  if (!q) return [];
  return [
    `## Query latency, in-process (createAnswerService, ${q.questions} questions)`,
    '',
    ...LATENCY_HEAD,
    latencyRow('retrieve (embed + HNSW + BM25 + fusion)', q.retrieve),
    latencyRow('compose (extractive answer)', q.compose),
    latencyRow('**total** (incl. follow-up rewrite)', q.total),
    latencyRow('embedQuery alone (share of retrieve)', q.embedQuery),
    '',
    `${q.answered} answered, ${q.abstained} abstained (the list includes off-corpus questions).`,
  ];
}

function websocket(r: BenchReport): string[] {
  const w = r.websocket;
  if (!w) return [];
  return [
    '## Websocket end to end (buildApp on 127.0.0.1:0, one client, send → answer-end)',
    '',
    ...LATENCY_HEAD,
    latencyRow('ask → answer-end', w.latency),
    '',
    `Errors: ${w.errors.length}; frames breaking the protocol schema: ${w.invalidFrames}.`,
  ];
}

function langchain(r: BenchReport): string[] {
  const l = r.langchain;
  const c = r.ingest?.cold;
  if (!l || !c) return [];
  const oursIngestMs = c.summary.seconds * 1000;
  return [
    '## Ours vs the standard LangChain recipe (same corpus, same embedder, same process)',
    '',
    'Recipe: `RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 })` → `HNSWLib.fromDocuments` → `similaritySearch(q, 5)`. ' +
      'Ours: structure parse → passages → one vector per sentence (identical texts once) + BM25 → `retrieve(q, { k: 5 })` (query embedding, HNSW over sentences, BM25 over passages and sentences, score fusion).',
    '',
    '| | ours | LangChain | ours / LangChain |',
    '|---|---:|---:|---:|',
    `| ingest, model already loaded (s) | ${f2(oursIngestMs / 1000)} | ${f2(l.ingest.totalMs / 1000)} | ${ratio(oursIngestMs, l.ingest.totalMs)} |`,
    `| units embedded | ${c.embeddedTexts} sentences | ${l.chunks} chunks | ${ratio(c.embeddedTexts, l.chunks)} |`,
    `| characters embedded | ${c.embeddedChars.toLocaleString('en')} | ${l.embeddedChars.toLocaleString('en')} | ${ratio(c.embeddedChars, l.embeddedChars)} |`,
    `| query p50, k=5 (ms) | ${f1(l.oursRetrieveK5.p50)} | ${f1(l.query.p50)} | ${ratio(l.oursRetrieveK5.p50, l.query.p50)} |`,
    `| query p95, k=5 (ms) | ${f1(l.oursRetrieveK5.p95)} | ${f1(l.query.p95)} | ${ratio(l.oursRetrieveK5.p95, l.query.p95)} |`,
    '',
    `LangChain ingest breakdown: split ${f1(l.ingest.splitMs)} ms, embed + HNSW ${f1(l.ingest.embedAndIndexMs)} ms, save ${f1(l.ingest.saveMs)} ms. ` +
      'Our ingest also parses document structure, builds BM25 and writes a checksummed index generation. ' +
      'Quality is not compared here: that is `npm run eval`.',
  ];
}

function scale(r: BenchReport): string[] {
  const s = r.scale;
  if (!s) return [];
  const i = s.ingest;
  const one = r.ingest?.cold;
  const rec = s.recall;
  return [
    `## Scale: ${s.copies}× (${s.corpus.files} files, ${mbytes(s.corpus.bytes)} of text)`,
    '',
    `Synthetic corpus: each report's body paragraphs reshuffled (fixed seed) under new file names, front matter kept; written in ${f1(s.corpus.writeMs)} ms.`,
    '',
    `- Cold ingest (fresh process): **${f1(i.summary.seconds)} s** (${f1(i.wallMs / 1000)} s wall incl. process start and model load ${f1(i.modelLoadMs)} ms) — ` +
      `${i.summary.passages.toLocaleString('en')} passages, ${i.units.toLocaleString('en')} units (sentences and windows); ${f1(i.passagesPerSecond)} passages/s, ${f1(i.unitsPerSecond)} units/s`,
    `- **Dedupe:** only ${i.embeddedTexts.toLocaleString('en')} distinct unit texts were embedded (${f2((100 * i.embeddedTexts) / Math.max(1, i.units))}% of units; ` +
      `${f1(i.embedMs / 1000)} s of embedding). The reshuffled copies repeat the same sentences, so this run measures parsing, ` +
      `indexing and writing at scale, not embedding. Cold embedding throughput is the 1× figure: ` +
      `${one ? `${f1(one.embedTextsPerSecond)} texts/s` : 'see the ingest section'}; a corpus of ${i.units.toLocaleString('en')} distinct unit texts ` +
      `would take about ${one ? f1(i.units / one.embedTextsPerSecond / 60) : '?'} min to embed on this machine.`,
    `- Index on disk: **${mbytes(i.indexBytes)}**; ingest peak RSS **${i.peakRssMb === null ? '—' : `${f1(i.peakRssMb)} MB`}**; index open ${f1(s.openMs)} ms`,
    '',
    `Query latency over the scale index (in-process, ${s.queries.questions} questions):`,
    '',
    ...LATENCY_HEAD,
    latencyRow('retrieve', s.queries.retrieve),
    latencyRow('compose', s.queries.compose),
    latencyRow('**total**', s.queries.total),
    latencyRow('embedQuery alone', s.queries.embedQuery),
    '',
    `HNSW recall against exact search over the stored vectors (the index as served: m ${DEFAULT_HNSW_PARAMS.m}, efConstruction ${DEFAULT_HNSW_PARAMS.efConstruction}, efSearch ${DEFAULT_HNSW_PARAMS.efSearch}). ` +
      `The ${i.units.toLocaleString('en')} unit vectors hold ${s.distinctVectors.toLocaleString('en')} distinct vectors; the HNSW index stores each distinct vector once ` +
      `with all the labels that share it (identical copies would otherwise fill each other's neighbour lists and cut the graph into islands).`,
    '',
    '| queries | k | recall by score | recall by label | vectors tied at ≥ k-th score (mean) |',
    '|---|---:|---:|---:|---:|',
    `| ${rec.questions.queries} bench questions (embedded) | ${rec.questions.k} | **${rec.questions.byScore.toFixed(4)}** | ${rec.questions.byLabel.toFixed(4)} | ${f1(rec.questions.meanQualifying)} |`,
    `| ${rec.units.queries} stored sentence vectors (seeded sample) | ${rec.units.k} | **${rec.units.byScore.toFixed(4)}** | ${rec.units.byLabel.toFixed(4)} | ${f1(rec.units.meanQualifying)} |`,
    `| ${rec.questionsAtFetchDepth.queries} bench questions, retriever fetch depth | ${rec.questionsAtFetchDepth.k} | ${rec.questionsAtFetchDepth.byScore.toFixed(4)} | ${rec.questionsAtFetchDepth.byLabel.toFixed(4)} | ${f1(rec.questionsAtFetchDepth.meanQualifying)} |`,
    '',
    'Recall by score: a returned hit counts when its exact cosine is ≥ the exact k-th best score − 1e-6. Identical sentences in the ' +
      'copies give identical vectors, so the exact top k is a tie among many equal vectors and label overlap says nothing about quality ' +
      '(the last column shows how many vectors tie); by score, HNSW is credited for any vector as good as the true k-th.',
    '',
    `With ${i.units.toLocaleString('en')} distinct sentences (a real corpus of this size) the graph would hold one point per unit: ` +
      `≈ ${f1((i.units * (r.dimension * 4 + (2 * 16 + 1) * 4 + 8)) / 1024 / 1024)} MB more in the server (hnswlib: vector + level-0 links + label per point), ` +
      `and embedding would take the time estimated above.`,
    '',
    `Real server (\`server/main.ts\`, child process) serving the scale index: startup ${f1(s.server.startupMs / 1000)} s, idle RSS ${f1(s.server.idleRssMb)} MB, ` +
      `peak RSS **${f1(s.server.peakRssMb)} MB**; websocket p50 ${f1(s.server.websocket.p50)} ms, p95 ${f1(s.server.websocket.p95)} ms; errors ${s.server.errors.length}.`,
  ];
}

function load(r: BenchReport): string[] {
  const l = r.load;
  if (!l) return [];
  return [
    `## Load: ${l.clients} concurrent websocket clients × ${l.questionsPerClient} questions each`,
    '',
    'The real server (`server/main.ts`) in a child process on 127.0.0.1:0; the load generator in the bench process. ' +
      'Each client asks its questions one after another (a follow-up continues its conversation).',
    '',
    ...LATENCY_HEAD,
    latencyRow('**ask → answer-end**', l.latency),
    latencyRow('ask → answer-start (queue + retrieve + compose)', l.firstFrame),
    latencyRow('server retrieve + compose (timings.totalMs)', l.serverTotal),
    '',
    `- Answers: ${l.answers} of ${l.clients * l.questionsPerClient}; errors: **${l.errors.count}**${l.errors.samples.length ? ` (${l.errors.samples.slice(0, 3).join('; ')})` : ''}`,
    `- Throughput: **${f1(l.answersPerSecond)} answers/s** over ${f2(l.wallSeconds)} s`,
    `- Server RSS: idle ${f1(l.server.idleRssMb)} MB, peak **${f1(l.server.peakRssMb)} MB** (startup ${f1(l.server.startupMs / 1000)} s)`,
  ];
}

export function renderMarkdown(r: BenchReport): string {
  const m = r.machine;
  const lines = [
    `# Bench report (${r.mode})`,
    '',
    `${r.startedAt} · ${m.cpus} × ${m.cpuModel} · ${m.memoryGb} GB · Node ${m.node} · embedder \`${r.embedder}\` · run took ${f1(r.durationSeconds)} s · ` +
      `1-min load average ${f2(m.loadAverage.start)} at start, ${f2(m.loadAverage.end)} at end (other work on the machine skews the figures)`,
    '',
    'Server settings for every measurement: `WS_RATE_PER_SECOND=10000 WS_BURST=10000 RATE_LIMIT_MAX=1000000 LOG_LEVEL=warn` ' +
      '(defaults 2/s, burst 10, 60/min): all bench clients come from 127.0.0.1, so the default limits would throttle the load test ' +
      'instead of measuring the server. Percentiles are nearest-rank.',
    '',
    ...targets(r),
    '',
    ...ingest(r),
    '',
    ...queries(r),
    '',
    ...websocket(r),
    '',
    ...langchain(r),
    '',
    ...scale(r),
    '',
    ...load(r),
  ];
  if (r.errors.length) lines.push('', '## Errors', '', ...r.errors.map((e) => `- ${e.replace(/\n/g, ' ')}`));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
