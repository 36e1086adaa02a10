/** Command-line options of `npm run bench`. */
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

export function parseBenchArgs(argv: readonly string[]): { help: boolean; plan: BenchPlan } {
  const quick = argv.includes('--quick');
  const plan: BenchPlan = structuredClone(quick ? QUICK_PLAN : FULL_PLAN);
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const count = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new BenchArgsError(`${arg} needs a positive integer, got ${argv[i] ?? 'nothing'}`);
      return value;
    };
    if (arg === '--quick') continue;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--scale') plan.scaleCopies = count();
    else if (arg === '--clients') plan.load.clients = count();
    else if (arg === '--per-client') plan.load.questionsPerClient = count();
    else throw new BenchArgsError(`unknown option ${arg}`);
  }
  return { help, plan };
}
