import type { EvalResults } from './eval-results';
import { splitSection } from './format-tables';
import { fixed3, markdownTable } from './markdown-table';

/** One line: when, how long, on what. */
export function provenance(results: EvalResults): string {
  const t = results.timings;
  const retrieval = Object.values(t.retrievalSeconds).reduce((a, b) => a + b, 0);
  return (
    `Run ${results.generatedAt} in ${results.durationSeconds.toFixed(1)} s on ${results.machine.cpus} CPUs ` +
    `(index ${t.indexSeconds.toFixed(1)} s${results.index.rebuiltThisRun ? ', rebuilt' : ', reused'}, LangChain baseline ${t.baselineSeconds.toFixed(1)} s, ` +
    `answers ${t.answersSeconds.toFixed(1)} s, retrieval ${retrieval.toFixed(1)} s). ` +
    `Corpus \`${results.corpus.dir}\`: ${results.corpus.documents} documents, ${results.corpus.passages} passages ` +
    `(LangChain: ${results.langchain.chunks} chunks of ${results.langchain.chunkSize}/${results.langchain.chunkOverlap}). ` +
    `Embedder \`${results.embedder.id}\` (${results.embedder.dimension}-d) for every system. Retrieval depth ${results.retrievalDepth}.`
  );
}

/** eval/results/latest.md: provenance, each split's tables, then the threshold check. */
export function formatReport(results: EvalResults): string {
  const parts = ['# Grounding eval: latest run', provenance(results), 'Metric definitions: `eval/README.md`.'];
  for (const split of results.splits) parts.push(splitSection(split, results.systems, results.retrievalDepth));
  if (results.check) {
    const rows = results.check.results.map((r) => [r.metric, fixed3(r.value), `${r.bound === 'min' ? '≥' : '≤'} ${r.threshold}`, r.pass ? 'ok' : 'FAIL']);
    parts.push(`## Thresholds (${results.check.split})`, markdownTable(['metric', 'value', 'threshold', ''], rows, ['l', 'r', 'r', 'l']));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The block copied into README.md between the eval markers: provenance and each split's tables. */
export function formatReadmeBlock(results: EvalResults): string {
  const parts = [provenance(results)];
  for (const split of results.splits) parts.push(splitSection(split, results.systems, results.retrievalDepth, 3));
  parts.push('Definitions of every metric: [`eval/README.md`](eval/README.md). Regenerate with `npm run eval -- --readme`.');
  return parts.join('\n\n');
}
