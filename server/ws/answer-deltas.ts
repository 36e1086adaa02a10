/**
 * Splits a composed answer into word-group deltas so clients can render it progressively.
 * Joining the deltas gives back the answer exactly (whitespace included).
 */
export function splitIntoDeltas(text: string, wordsPerDelta = 6): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
  const deltas: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerDelta) deltas.push(words.slice(i, i + wordsPerDelta).join(''));
  return deltas;
}
