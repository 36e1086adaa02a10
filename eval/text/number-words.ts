const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * Rewrites runs of cardinal number words in a token list as digits: "nine" → "9", "ninety seven" → "97",
 * "two hundred and fifty" → "250", "three thousand" → "3000". "million"/"billion" stay words, as reports
 * write "740 million" with digits. A run ends where a word cannot continue it ("one two" → "1", "2").
 * Ordinals ("third") are left alone.
 *
 * @example numberWordsToDigits(['ninety', 'seven', 'percent']) // ['97', 'percent']
 */
export function numberWordsToDigits(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run: Run | null = null;
  const flush = () => {
    if (run) out.push(String(run.total + run.current));
    run = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (run && token === 'and' && run.current % 100 === 0 && run.current > 0 && next !== undefined && (next in UNITS || next in TENS)) continue;
    if (run && continueRun(run, token)) continue;
    flush();
    if (token in UNITS || token in TENS) {
      run = { total: 0, current: UNITS[token] ?? TENS[token], last: token in UNITS ? 'unit' : 'tens' };
      continue;
    }
    out.push(token);
  }
  flush();
  return out;
}

type Run = { total: number; current: number; last: 'unit' | 'tens' | 'hundred' | 'thousand' };

/** Adds `token` to the run when it can extend it; returns false to end the run. */
function continueRun(run: Run, token: string): boolean {
  if (token in UNITS) {
    const canFollow = run.last === 'hundred' || run.last === 'thousand' || (run.last === 'tens' && UNITS[token] < 10 && UNITS[token] > 0);
    if (!canFollow) return false;
    run.current += UNITS[token];
    run.last = 'unit';
    return true;
  }
  if (token in TENS) {
    if (run.last !== 'hundred' && run.last !== 'thousand') return false;
    run.current += TENS[token];
    run.last = 'tens';
    return true;
  }
  if (token === 'hundred') {
    if (run.last === 'hundred' || run.current === 0 || run.current >= 100) return false;
    run.current *= 100;
    run.last = 'hundred';
    return true;
  }
  if (token === 'thousand') {
    if (run.last === 'thousand' || run.current === 0) return false;
    run.total += run.current * 1000;
    run.current = 0;
    run.last = 'thousand';
    return true;
  }
  return false;
}
