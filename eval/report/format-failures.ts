import type { QuestionResult } from '../evaluate/question-result';

const clip = (text: string, max = 220) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const name = (q: QuestionResult) => (q.turn === null ? q.itemId : `${q.itemId} turn ${q.turn}`);
const asked = (q: QuestionResult) =>
  q.answer.standaloneQuestion !== q.question ? `${q.question} → searched as: ${q.answer.standaloneQuestion}` : q.question;
const goldLine = (q: QuestionResult) => (q.gold ? `gold: \`${q.gold.source}\` chars ${q.gold.start}–${q.gold.end}: “${clip(q.gold.quote)}”` : '');

/**
 * eval/results/latest-failures.md: every question the system got wrong on one split (dev: tuning
 * happens there, never on test), grouped by kind of failure.
 */
export function formatFailures(questions: readonly QuestionResult[], systemId: string): string {
  const answerable = questions.filter((q) => q.gold !== null);
  const misses = answerable.filter((q) => {
    const rank = q.retrieval[systemId]?.rank;
    return rank === null || (rank !== undefined && rank > 5);
  });
  const wrongAbstentions = answerable.filter((q) => q.answer.abstained);
  const falseAnswers = questions.filter((q) => q.gold === null && !q.answer.abstained);
  const missedFacts = answerable.filter((q) => !q.answer.abstained && q.missingFacts.length > 0);
  const unsupported = questions.filter((q) => q.citations?.sentences.some((s) => !s.support.supported));

  const sections = [
    `# Eval failures (${[...new Set(questions.map((q) => q.split))].join(', ')})`,
    `Retrieval misses at 5 (system \`${systemId}\`): ${misses.length}; wrong abstentions: ${wrongAbstentions.length}; ` +
      `unanswerable items answered: ${falseAnswers.length}; answers missing facts: ${missedFacts.length}; ` +
      `answers with unsupported sentences: ${unsupported.length}.`,
    section('Retrieval misses at 5', misses, (q) => {
      const ranking = q.retrieval[systemId];
      const top = ranking.top.map((u, i) => `  ${i + 1}. ${clip(u.label, 120)}: “${clip(u.text, 140)}”`);
      return [`- **${name(q)}**: ${asked(q)}`, `  ${goldLine(q)} (first hit: ${ranking.rank ?? 'none in top 10'})`, ...top].join('\n');
    }),
    section('Wrong abstentions', wrongAbstentions, (q) => `- **${name(q)}**: ${asked(q)}\n  ${goldLine(q)}`),
    section('Unanswerable items answered', falseAnswers, (q) => `- **${name(q)}**: ${asked(q)}\n  answer: ${clip(q.answer.answer, 400)}`),
    section('Answers missing gold facts', missedFacts, (q) =>
      [`- **${name(q)}**: ${asked(q)}`, `  missing: ${q.missingFacts.map((f) => `“${f}”`).join(', ')}`, `  answer: ${clip(q.answer.answer, 400)}`, `  ${goldLine(q)}`].join('\n'),
    ),
    section('Unsupported sentences', unsupported, (q) => {
      const lines = q.citations!.sentences
        .filter((s) => !s.support.supported)
        .map((s) => {
          const markers = s.markers.length === 0 ? 'no marker' : s.markers.map((n) => `[${n}]`).join('');
          const numbers = s.support.missingNumbers.length > 0 ? `; numbers not in the quotes: ${s.support.missingNumbers.join(', ')}` : '';
          const dangling = s.dangling.length > 0 ? `; markers without a citation: ${s.dangling.join(', ')}` : '';
          return `  - “${clip(s.text, 300)}” ${markers}: coverage ${s.support.coverage.toFixed(2)}, missing ${s.support.missing.join(' ') || '–'}${numbers}${dangling}`;
        });
      return [`- **${name(q)}**: ${asked(q)}`, ...lines].join('\n');
    }),
  ];
  return `${sections.join('\n\n')}\n`;
}

function section(title: string, questions: readonly QuestionResult[], entry: (q: QuestionResult) => string): string {
  return `## ${title} (${questions.length})\n\n${questions.length === 0 ? 'None.' : questions.map(entry).join('\n')}`;
}
