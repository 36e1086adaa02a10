/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';
import { FULL_PLAN, QUICK_PLAN, type BenchPlan } from './bench-plan';

export const BENCH_USAGE = `Usage: npm run bench [-- options]
  --quick              CI mode: a small corpus, 5x scale, 10 clients x 3 questions (seconds, not minutes);
                       writes bench/results/quick.{md,json}; exits non-zero only on errors
  --scale N            reshuffled copies of each report in the scale corpus (full: 100, quick: 5)
  --clients N          concurrent websocket clients in the load test (full: 50, quick: 10)
  --per-client N       questions each load client asks, one after another (full: 20, quick: 3)
  --help               this text`;

export class BenchArgsError extends Error {
  override readonly name = 'BenchArgsError';
  readonly code = 'BENCH_BAD_ARGS';
}

/** @throws BenchArgsError for an unknown option (worded as `npm run eval` and `npm run ingest` word it) or a bad count. */
export function parseBenchArgs(argv: readonly string[]): { help: boolean; plan: BenchPlan } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        quick: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        scale: { type: 'string' },
        clients: { type: 'string' },
        'per-client': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new BenchArgsError((error as Error).message);
  }
  const plan: BenchPlan = structuredClone(values.quick ? QUICK_PLAN : FULL_PLAN);
  const count = (option: string, text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new BenchArgsError(`--${option} needs a positive integer, got ${text}`);
    return value;
  };
  plan.scaleCopies = count('scale', values.scale, plan.scaleCopies);
  plan.load.clients = count('clients', values.clients, plan.load.clients);
  plan.load.questionsPerClient = count('per-client', values['per-client'], plan.load.questionsPerClient);
  return { help: values.help, plan };
}
