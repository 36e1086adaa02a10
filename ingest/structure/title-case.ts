const MINOR = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the',
  'to', 'via', 'vs', 'with',
]);
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Upper-case words (two letters or more) written in mixed-case lines: the document's acronyms ("IOM", "UNHCR"). */
export function collectAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    if (!/\p{Ll}/u.test(line)) continue;
    for (const m of line.matchAll(/\b\p{Lu}{2,}\b/gu)) found.add(m[0]);
  }
  return found;
}

function capitalise(word: string): string {
  return word
    .split('-')
    .map((part) => (part ? part[0].toUpperCase() + part.slice(1).toLowerCase() : part))
    .join('-');
}

/**
 * Re-case an ALL-CAPS title: "REVIEW OF THE IOM STRATEGY" → "Review of the IOM Strategy".
 * Acronyms the body writes in capitals, Roman numerals and words with digits stay as they are.
 * Text that already has lower-case letters is returned unchanged.
 */
export function titleCaseAllCaps(text: string, acronyms: ReadonlySet<string>): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text
    .split(' ')
    .map((token, i) => {
      const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'’-]*)(.*)$/u.exec(token);
      if (!m || !m[2]) return token;
      const [, lead, core, tail] = m;
      const bare = core.replace(/['’]S$/u, '');
      let out: string;
      if (acronyms.has(bare) || /\d/.test(core) || (core.length > 1 && ROMAN.test(core))) out = core;
      else if (i > 0 && MINOR.has(core.toLowerCase())) out = core.toLowerCase();
      else out = capitalise(core);
      return lead + out + tail;
    })
    .join(' ');
}

/** "NINETY-NINTH SESSION" → "Ninety-ninth Session" (each word capitalised once, hyphenated parts lower-case). */
export function sentenceCaseWords(text: string): string {
  return text
    .split(' ')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
}
