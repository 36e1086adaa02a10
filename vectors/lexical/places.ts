import table from './places.json';

/** What a place name names, from WordNet 3.1's hypernyms (`scripts/generate-place-tables.ts`); `place` when neither. */
export type PlaceKind = 'city' | 'country' | 'region' | 'place';

const KINDS: Readonly<Record<string, PlaceKind>> = table as Record<string, PlaceKind>;
const LONGEST = 4;

/** The kind of a place name as written ("Geneva" → city, "Viet Nam" → country), or null when it names no place. */
export function placeKind(name: string): PlaceKind | null {
  return KINDS[name.replace(/^the /i, '')] ?? null;
}

/**
 * The places a run of capitalised words names, longest names first: ["Sri", "Lanka", "Colombo"] →
 * Sri Lanka (country), Colombo (city).
 */
export function placesIn(words: readonly string[]): { name: string; kind: PlaceKind }[] {
  const out: { name: string; kind: PlaceKind }[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1 && matched === 0; n--) {
      const name = words.slice(i, i + n).join(' ');
      const kind = placeKind(name);
      if (kind) {
        out.push({ name, kind });
        matched = n;
      }
    }
    i += Math.max(1, matched);
  }
  return out;
}
