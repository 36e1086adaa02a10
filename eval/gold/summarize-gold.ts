import { answeredQuestions, reportOf } from './gold-answers';
import { GOLD_SPLITS, type GoldItem, type GoldSplit } from './schema';

export type SplitCounts = Record<GoldSplit | 'all', number>;
/** Counts per split; `byKind` counts answered questions (a follow-up counts once per turn). */
export type GoldSummary = {
  items: SplitCounts;
  byType: Record<string, SplitCounts>;
  byReport: Record<string, SplitCounts>;
  byKind: Record<string, SplitCounts>;
  paraphrased: SplitCounts;
  offTopic: SplitCounts;
};

export function summarizeGold(splits: Readonly<Record<GoldSplit, readonly GoldItem[]>>): GoldSummary {
  const zero = (): SplitCounts => ({ dev: 0, test: 0, all: 0 });
  const summary: GoldSummary = { items: zero(), byType: {}, byReport: {}, byKind: {}, paraphrased: zero(), offTopic: zero() };
  const bump = (counts: SplitCounts, split: GoldSplit) => {
    counts[split] += 1;
    counts.all += 1;
  };
  const row = (table: Record<string, SplitCounts>, key: string) => (table[key] ??= zero());
  for (const split of GOLD_SPLITS) {
    for (const item of splits[split]) {
      bump(summary.items, split);
      bump(row(summary.byType, item.type === 'unanswerable' && item.after ? 'unanswerable follow-up' : item.type), split);
      bump(row(summary.byReport, reportOf(item) ?? '(unanswerable)'), split);
      if (item.type === 'unanswerable' && item.offTopic) bump(summary.offTopic, split);
      for (const { answer } of answeredQuestions(item)) {
        bump(row(summary.byKind, answer.kind), split);
        if (answer.paraphrased) bump(summary.paraphrased, split);
      }
    }
  }
  return summary;
}

export function formatSummary(summary: GoldSummary): string {
  const line = (label: string, c: SplitCounts) =>
    `  ${label.padEnd(28)} ${String(c.dev).padStart(5)} ${String(c.test).padStart(5)} ${String(c.all).padStart(5)}`;
  const table = (title: string, rows: Record<string, SplitCounts>) =>
    [title, ...Object.keys(rows).sort().map((k) => line(k, rows[k]))];
  return [
    `  ${''.padEnd(28)} ${'dev'.padStart(5)} ${'test'.padStart(5)} ${'all'.padStart(5)}`,
    line('items', summary.items),
    ...table('by type', summary.byType),
    ...table('by report (answerable items)', summary.byReport),
    ...table('by kind (questions incl. turns)', summary.byKind),
    line('paraphrased questions', summary.paraphrased),
    line('off-topic unanswerable', summary.offTopic),
  ].join('\n');
}
