/**
 * Two-fold cross-validation of the composer's grounding thresholds on the DEV split only (never the test
 * split), from the dump `answer-dev-diagnostics.ts` writes. The dev items are cut into two fixed halves by a
 * hash of their id (stratified by kind, so each half holds about half of the unanswerable items); thresholds
 * are chosen on one half and scored on the other, then the other way round. Thresholds whose A→B and B→A
 * results agree generalize; ones that only fit the half they were chosen on do not.
 *
 * The grounding decision is replayed with `groundingRoute` on each candidate's dumped evidence, so the
 * replay is the composer's own rule. Fact recall is approximated by the best of the two top-scoring grounded
 * candidates (the composer quotes up to two for factoid questions); it tracks the eval within ~0.01.
 *
 *   npx tsx test-support/answer-dev-diagnostics.ts --out .tmp/composer-diag.json
 *   npx tsx test-support/answer-dev-crossval.ts [--diag .tmp/composer-diag.json]
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_GROUNDING, groundingRoute, type GroundingThresholds } from '../server/answer/grounding';

type DumpCandidate = {
  score: number;
  semantic?: number;
  evidence: number;
  own: number;
  unmatched: number;
  typeMet: boolean;
  /** Absent in dumps older than stop 22. */
  countedNamed?: boolean;
  why: string[];
  facts?: number;
};
type DumpRecord = { id: string; turn: number | null; kind: string; answerable: boolean; yesNo: boolean; candidates: DumpCandidate[] };

/** What a dev half scores under one set of thresholds. */
export type HalfResult = { factRecall: number; wrongAbstention: number; correctAbstention: number };

const HARD = new Set(['type', 'number', 'rare-name', 'year', 'list']);

/** FNV-1a: a stable hash of an item id, so the halves never change between runs. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Half 0 or 1 for every item id: within each kind (follow-ups apart), ids ordered by hash alternate. */
export function devHalves(records: readonly { id: string; turn: number | null; kind: string }[]): Map<string, 0 | 1> {
  const byStratum = new Map<string, Set<string>>();
  for (const r of records) {
    const stratum = r.turn === null ? r.kind : `follow-up ${r.kind}`;
    if (!byStratum.has(stratum)) byStratum.set(stratum, new Set());
    byStratum.get(stratum)!.add(r.id);
  }
  const halves = new Map<string, 0 | 1>();
  for (const ids of byStratum.values()) {
    [...ids].filter((id) => !halves.has(id)).sort((a, b) => fnv1a(a) - fnv1a(b) || a.localeCompare(b)).forEach((id, i) => halves.set(id, (i % 2) as 0 | 1));
  }
  return halves;
}

/** Replays the grounding of every dumped candidate under `t` and scores the records like the eval does. */
export function replay(records: readonly DumpRecord[], t: GroundingThresholds): HalfResult {
  let recall = 0, wrong = 0, answerable = 0, correct = 0, unanswerable = 0;
  for (const r of records) {
    const grounded = r.candidates
      .filter((c) => !c.why.some((w) => HARD.has(w)))
      .filter((c) => {
        const form = c.why.includes('fragment') ? 'fragment' : c.why.includes('question') ? 'question' : 'statement';
        const evidence = { own: c.own, withPassage: c.evidence, unmatched: c.unmatched, semantic: c.semantic ?? null, form, typeMet: c.typeMet, countedNamed: c.countedNamed ?? true, yesNo: r.yesNo } as const;
        return groundingRoute(evidence, t) !== null;
      })
      .sort((a, b) => b.score - a.score);
    if (r.answerable) {
      answerable++;
      if (grounded.length === 0) wrong++;
      else recall += Math.max(...grounded.slice(0, 2).map((c) => c.facts ?? 0));
    } else {
      unanswerable++;
      if (grounded.length === 0) correct++;
    }
  }
  return { factRecall: recall / Math.max(1, answerable), wrongAbstention: wrong / Math.max(1, answerable), correctAbstention: correct / Math.max(1, unanswerable) };
}

/** The cost asymmetry aimed for: wrong abstention above 5 % costs three times what it gains. */
export const utility = (r: HalfResult) => r.factRecall + r.correctAbstention - 3 * Math.max(0, r.wrongAbstention - 0.05);

const GRID: Record<keyof GroundingThresholds, number[]> = {
  minEvidence: [0.5, 0.55, 0.6, 0.65, 0.7],
  minOwnEvidence: [0.4, 0.45, 0.5, 0.55, 0.6],
  maxUnmatched: [0.15, 0.2, 0.25, 0.3, 0.35],
  semanticConfirm: [0.4, 0.44, 0.48, 0.52, 0.56],
  // 1.01: never.
  strongOwn: [0.6, 1.01],
  strongOwnConfirm: [0.44, 0.48],
  semanticAlone: [0.44, 0.47, 0.5, 0.53, 0.56, 0.6],
  semanticMinOwn: [0.05, 0.1, 0.15, 0.2, 0.25],
};

/** The grid point of best utility on `records`; ties go to the one nearest the defaults. */
export function tune(records: readonly DumpRecord[]): GroundingThresholds {
  const keys = Object.keys(GRID) as (keyof GroundingThresholds)[];
  let best: { utility: number; distance: number; t: GroundingThresholds } | null = null;
  const visit = (i: number, t: Partial<GroundingThresholds>) => {
    if (i === keys.length) {
      const full = t as GroundingThresholds;
      const u = utility(replay(records, full));
      const distance = keys.reduce((sum, k) => sum + Math.abs(full[k] - DEFAULT_GROUNDING[k]), 0);
      if (!best || u > best.utility + 1e-9 || (Math.abs(u - best.utility) <= 1e-9 && distance < best.distance)) best = { utility: u, distance, t: { ...full } };
      return;
    }
    for (const v of GRID[keys[i]]) visit(i + 1, { ...t, [keys[i]]: v });
  };
  visit(0, {});
  return best!.t;
}

function main() {
  const at = process.argv.indexOf('--diag');
  const path = at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : '.tmp/composer-diag.json';
  const records = JSON.parse(readFileSync(path, 'utf8')) as DumpRecord[];
  const halves = devHalves(records);
  const [a, b] = [0, 1].map((h) => records.filter((r) => halves.get(r.id) === h));
  const fmt = (r: HalfResult) => `recall ${r.factRecall.toFixed(3)}  wrong abst ${r.wrongAbstention.toFixed(3)}  correct abst ${r.correctAbstention.toFixed(3)}`;
  console.log(`halves: A ${a.length} records (${a.filter((r) => !r.answerable).length} unanswerable), B ${b.length} (${b.filter((r) => !r.answerable).length})`);
  console.log(`defaults        A: ${fmt(replay(a, DEFAULT_GROUNDING))}\n                B: ${fmt(replay(b, DEFAULT_GROUNDING))}\n             full: ${fmt(replay(records, DEFAULT_GROUNDING))}`);
  for (const [name, train, test] of [['A-tuned → B', a, b], ['B-tuned → A', b, a], ['full → full', records, records]] as const) {
    const t = tune(train);
    console.log(`${name}: ${fmt(replay(test, t))}  (train ${fmt(replay(train, t))})\n  ${JSON.stringify(t)}`);
  }
}

if (process.argv[1]?.endsWith('answer-dev-crossval.ts')) main();
