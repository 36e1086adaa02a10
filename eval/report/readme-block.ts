import { EvalError } from '../errors';

export const README_START = '<!-- eval:start -->';
export const README_END = '<!-- eval:end -->';

/**
 * Replaces what lies between the eval markers with `block`, keeping the markers and everything else.
 * @throws EvalError EVAL_README_MARKERS when the markers are missing, repeated or out of order.
 */
export function replaceReadmeBlock(readme: string, block: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  const once = (marker: string, at: number) => at >= 0 && readme.indexOf(marker, at + 1) < 0;
  if (!once(README_START, start) || !once(README_END, end) || end < start) {
    throw new EvalError(
      'EVAL_README_MARKERS',
      `README.md needs exactly one "${README_START}" followed by one "${README_END}" to receive the eval tables.`,
    );
  }
  return `${readme.slice(0, start + README_START.length)}\n${block.trim()}\n${readme.slice(end)}`;
}
