/**
 * Per-question diagnostics of the answer composer on the DEV split only (never the test split): loads the
 * eval index once, asks every dev question through the answer service, and writes one JSON record per
 * question with what the composer saw — the gold passage's retrieval rank, the semantic (unit) scores,
 * and the scored candidates — so thresholds can be set from score distributions, not from single questions.
 *
 *   npx tsx test-support/answer-dev-diagnostics.ts [--index-dir .tmp/eval-index-composer] [--out .tmp/composer-diag.json]
 */
import { writeFileSync } from 'node:fs';
import { ensureIndex } from '../ingest/pipeline';
import { locateGold, type GoldTarget } from '../eval/judge/gold-target';
import { factRecall } from '../eval/judge/facts';
import { isHit } from '../eval/judge/hit';
import { answeredQuestions, openingQuestion, secondQuestion } from '../eval/gold/gold-answers';
import { loadGold, type GoldAnswer, type GoldItem } from '../eval/gold/schema';
import { createExtractiveComposer, type CompositionTrace, type ExtractiveComposerOptions } from '../server/answer/extractive-composer';
import { corpusTermStats } from '../server/answer/term-weights';
import { createAnswerService } from '../server/ask/answer-service';
import { createConversationStore } from '../server/ask/conversation-store';
import { createFollowUpRewriter } from '../server/follow-up';
import type { Answer } from '../server/protocol';
import { createEmbedder } from '../vectors/embedders';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const indexDir = arg('--index-dir', '.tmp/eval-index-composer');
const out = arg('--out', '.tmp/composer-diag.json');
/** Composer options to try, as JSON: --options '{"semanticAlone":0.55}'. */
const options = JSON.parse(arg('--options', '{}')) as ExtractiveComposerOptions;

const round = (x: number | null | undefined) => (x === undefined || x === null ? undefined : Math.round(x * 1000) / 1000);

async function main() {
  const embedder = createEmbedder(undefined);
  const index = await ensureIndex({ corpusDir: 'data/reports', indexDir, embedder, log: (m) => process.stderr.write(`${m}\n`) });
  let trace: CompositionTrace | null = null;
  const service = createAnswerService({
    index,
    composer: createExtractiveComposer({ ...options, onTrace: (t) => (trace = t) }),
    rewriter: createFollowUpRewriter(),
    conversations: createConversationStore({ ttlMs: 60_000, maxConversations: 100 }),
  });
  const sourceText = (s: string) => index.sourceText(s);
  const corpus = corpusTermStats(index.passages);
  const records: unknown[] = [];

  const record = (id: string, turn: number | null, gold: GoldAnswer | null, answer: Answer, seen: CompositionTrace | null) => {
    const target: GoldTarget | null = gold ? locateGold(gold, sourceText) : null;
    const hitOf = (c: { passageId: string }) => {
      const p = index.getPassage(c.passageId);
      return !!(p && target && isHit({ source: p.source, start: p.start, end: p.end, text: p.text }, target));
    };
    const candidates = (seen?.scored ?? []).map((s) => {
      const c = s.candidate;
      const start = c.context.base + c.start;
      const end = c.context.base + c.end;
      const gold = !!target && c.context.passage.source === target.source && start < target.end && target.start < end;
      return {
        rank: c.context.rank,
        kind: c.kind,
        gold,
        facts: target ? round(factRecall(c.text, target.facts)) : undefined,
        score: round(s.score),
        semantic: round(s.semantic),
        evidence: round(s.evidence),
        own: round(s.ownEvidence),
        grounded: s.grounded,
        route: s.route,
        typeMet: s.typeMet,
        countedNamed: s.countedNamed,
        typeStrong: s.typeStrong,
        unmatched: round(s.unmatched),
        retrievalScore: round(c.context.hit.score),
        why: s.reasons,
        footnote: c.footnote,
        id: c.id,
        text: c.text,
      };
    });
    const retrieved = (seen?.scored ?? []).map((s) => s.candidate.context).filter((c, i, all) => all.indexOf(c) === i);
    const goldRank = target ? retrieved.findIndex((c) => isHit({ source: c.passage.source, start: c.passage.start, end: c.passage.end, text: c.passage.text }, target)) : -1;
    records.push({
      id,
      turn,
      question: answer.question,
      standalone: answer.standaloneQuestion,
      kind: gold?.kind ?? 'unanswerable',
      paraphrased: gold?.paraphrased ?? null,
      answerable: gold !== null,
      abstained: answer.abstained,
      recall: target ? round(factRecall(answer.answer, target.facts)) : null,
      citationHit: answer.citations.some(hitOf),
      goldRank: goldRank >= 0 ? goldRank + 1 : null,
      types: seen ? [...seen.profile.types] : [],
      yesNo: seen?.profile.yesNo ?? false,
      terms: seen
        ? seen.profile.terms.map((t) => ({ key: t.key, kind: t.kind, verb: t.verb, entity: t.entity, df: corpus.df.get(t.key) ?? 0 }))
        : [],
      answer: answer.answer,
      goldQuote: gold?.quote,
      facts: gold?.facts,
      candidates,
    });
  };

  const ask = async (question: string, conversationId?: string) => {
    trace = null;
    const result = await service.ask({ question, conversationId, mode: 'answer' });
    if (result.mode !== 'answer') throw new Error('expected an answer');
    return { answer: result.answer, seen: trace as CompositionTrace | null };
  };

  // The gold answer of each turn (null when the reports do not answer it), asked as the eval asks it (`ask-gold.ts`).
  const goldOf = (item: GoldItem, turn: number | null) => answeredQuestions(item).find((q) => q.turn === turn)?.answer ?? null;
  for (const item of loadGold('dev')) {
    const followUp = secondQuestion(item);
    const first = await ask(openingQuestion(item));
    record(item.id, followUp === null ? null : 1, goldOf(item, followUp === null ? null : 1), first.answer, first.seen);
    if (followUp === null) continue;
    const second = await ask(followUp, first.answer.conversationId);
    record(item.id, 2, goldOf(item, 2), second.answer, second.seen);
  }
  writeFileSync(out, JSON.stringify(records, null, 1));
  process.stderr.write(`wrote ${records.length} records to ${out}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
