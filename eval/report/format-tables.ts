import type { SplitMetrics } from '../metrics/split-metrics';
import { fixed3, markdownTable } from './markdown-table';

export type SystemInfo = { id: string; label: string };

/** Systems as rows: hit@1, hit@5, MRR@k over all answerable questions, then follow-up turn 2 with and without the rewrite. */
export function retrievalTable(metrics: SplitMetrics, systems: readonly SystemInfo[], depth: number): string {
  const t2 = metrics.answers.n.followUpTurns;
  const header = ['system', 'hit@1', 'hit@5', `MRR@${depth}`, 'hit@5, span only', `turn 2 hit@5 (rewritten, n=${t2})`, `turn 2 hit@5 (raw text, n=${t2})`];
  const rows = systems.map(({ id, label }) => {
    const r = metrics.retrieval[id];
    if (!r) return [label, '–', '–', '–', '–', '–', '–'];
    return [label, fixed3(r.all.hitAt1), fixed3(r.all.hitAt5), fixed3(r.all.mrr), fixed3(r.all.spanHitAt5), fixed3(r.turn2.hitAt5), fixed3(r.turn2Raw.hitAt5)];
  });
  return markdownTable(header, rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r']);
}

/** Answer metrics as rows, each with what it is measured over. */
export function answerTable(metrics: SplitMetrics): string {
  const a = metrics.answers;
  const { n } = a;
  const rows: [string, number | null, string][] = [
    ['fact recall', a.factRecall, `${n.answerable} answerable questions`],
    ['citation accuracy (cites a gold hit)', a.citationAccuracy, `${n.answerable} answerable questions`],
    ['citation recall (ALCE, lexical judge)', a.citationRecall, `${n.judgedAnswers} non-abstained answers`],
    ['citation precision (ALCE, lexical judge)', a.citationPrecision, `${n.judgedAnswers} non-abstained answers`],
    ['sentences supported by one citation', a.sentencesSupportedByOne, `${n.sentences} sentences`],
    ['sentences with a marker', a.sentencesWithMarker, `${n.sentences} sentences`],
    ['correct abstention', a.correctAbstention, `${n.unanswerable} unanswerable questions`],
    ...(n.unanswerableFollowUps > 0
      ? [['correct abstention on follow-ups', a.followUpCorrectAbstention, `${n.unanswerableFollowUps} second turns`] as [string, number | null, string]]
      : []),
    ['wrong abstention (lower is better)', a.wrongAbstention, `${n.answerable} answerable questions`],
    ['follow-up turn 2 fact recall', a.followUpFactRecall, `${n.followUpTurns} second turns`],
  ];
  const table = markdownTable(['metric', 'value', 'over'], rows.map(([name, value, over]) => [name, fixed3(value), over]), ['l', 'r', 'l']);
  const latency = a.latencyMs.mean === null ? '' : `\n\nAnswer service time per question: mean ${a.latencyMs.mean} ms, p95 ${a.latencyMs.p95} ms.`;
  return table + latency;
}

/** Both tables of one split under a heading of the given level. */
export function splitSection(metrics: SplitMetrics, systems: readonly SystemInfo[], depth: number, level = 2): string {
  const h = '#'.repeat(level);
  const a = metrics.answers.n;
  return [
    `${h} ${metrics.split} (${metrics.items} items: ${a.answerable} answerable questions, ${a.followUpTurns} of them follow-up second turns; ${a.unanswerable} unanswerable)`,
    `${h}# Retrieval`,
    retrievalTable(metrics, systems, depth),
    `${h}# Answers (answer service: hybrid retrieval → extractive composer)`,
    answerTable(metrics),
  ].join('\n\n');
}
