import type { PassageContext } from './candidates';
import type { QuestionProfile } from './question-profile';
import { contentKeys, tokenize } from './text/word-tokens';

/** An acronym and the keys of its long form ("idm" ↔ intern dialogu migrat). */
export type Alias = { acronym: string; long: string[] };

/** The acronyms a passage defines ("IDM" → "International Dialogue on Migration") as keys; read once per passage. */
export function aliasKeys(definitions: ReadonlyMap<string, string>): Alias[] {
  const out: Alias[] = [];
  for (const [acronym, long] of definitions) {
    const acronymKey = tokenize(acronym)[0]?.key;
    const longKeys = [...contentKeys(tokenize(long))];
    if (acronymKey && longKeys.length > 0) out.push({ acronym: acronymKey, long: longKeys });
  }
  return out;
}

/** Acronyms of the question defined in the passages, so "IDM" matches "International Dialogue on Migration" and back. */
export function aliasesFor(profile: QuestionProfile, contexts: PassageContext[]): Alias[] {
  const asked = new Set(profile.terms.map((t) => t.key));
  const out: Alias[] = [];
  const seen = new Set<string>();
  for (const context of contexts) {
    for (const alias of context.aliases) {
      if (seen.has(alias.acronym)) continue;
      if (asked.has(alias.acronym) || alias.long.every((k) => asked.has(k))) {
        out.push(alias);
        seen.add(alias.acronym);
      }
    }
  }
  return out;
}

/** The keys plus the other form of every alias they contain. */
export function widen(keys: ReadonlySet<string>, aliases: Alias[]): ReadonlySet<string> {
  if (aliases.length === 0) return keys;
  const out = new Set(keys);
  for (const alias of aliases) {
    if (keys.has(alias.acronym)) alias.long.forEach((k) => out.add(k));
    else if (alias.long.every((k) => keys.has(k))) out.add(alias.acronym);
  }
  return out;
}
