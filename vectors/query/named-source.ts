import type { DocumentMeta } from '../../ingest/types';
import { expandAcronyms, type AcronymTable } from '../lexical/acronyms';
import { terms } from '../lexical/tokenize';

/** What identifies a document to a reader: its title, symbol, date and session, its opening and its headings. */
export type DocumentProfile = { source: string; text: string };

/**
 * What a reader calls a document ("the 2010 Strategy review", "IOM's paper on …") says nothing of which one it is: "paper"
 * in a document's opening ("This paper serves to …") named the Strategy review for "IOM's paper on its migration policy
 * and research activities".
 */
const KIND_WORDS = new Set(terms('paper review note chapter report document background update discussion contribution'));

/** The opening a reader sees first: the title page and the first paragraph say what the document is. */
export const OPENING_CHARS = 1_000;

/** "… according to the 2010 Strategy review?": the words that name the source. */
const ATTRIBUTION = /\baccording to\s+([^,?;]+)/i;
/** The same with the commas that set it apart. */
const ATTRIBUTION_ASIDE = /,?\s*\baccording to\b[^,?;]*,?/i;
/**
 * "In IOM's 2005 paper for the High-Level Dialogue, …", "… that the 2010 review of the IOM Strategy describes": a
 * document named by its kind, after an owner or "the" (not "report", which as often names a report the documents cite,
 * "the World Migration Report 2011"), with what follows it.
 */
const OWNER = String.raw`(?:\p{Lu}[\p{L}\d.-]*['’]s|[Ii]ts|[Tt]he)`;
const MENTION = new RegExp(
  String.raw`\b${OWNER}\s+((?:[\w'’-]+\s+){0,4}?(?:paper|review|note|chapter|discussion note|background document)\b(?:\s+(?:for|on|of|reviewing|about)\s+(?:${OWNER}\s+|upcoming\s+)*(?:[\p{Lu}\d][\w'’-]*(?:\s+(?:on|of|and|for)(?=\s+\p{Lu}))?\s*){1,6})?)`,
  'u',
);

/** The question without its "according to …" phrase and its commas, for reading the rest of it. */
export function withoutAttribution(question: string): string {
  return question.replace(ATTRIBUTION_ASIDE, (aside, offset: number) => (offset === 0 ? '' : /^,.*,\s*$/.test(aside) ? ', ' : ' ')).trim();
}

/** Where the question names its source: "according to …", else a document named by its kind; null for none. */
export function sourceMention(question: string): { text: string; start: number; end: number } | null {
  const match = ATTRIBUTION.exec(question) ?? MENTION.exec(question);
  if (!match) return null;
  const start = match.index + match[0].indexOf(match[1]);
  return { text: match[1].trim(), start, end: start + match[1].trimEnd().length };
}

/**
 * The document a question names as its source ("according to IOM's chapter for the 2013 High-level Dialogue", "according
 * to the MPRP activities paper"), so its passages can come first. Each document is profiled by its title, symbol, date,
 * session, opening and headings; the named words, acronyms spelled out, score each profile by the inverse document
 * frequency of the words it shares (a word every profile has, "IOM", counts nothing). A document is named when it
 * holds at least half of that weight and at least 1.5 times the next one's: "according to UNDP's Human Development
 * Report 2009" names none of the reports.
 */
export class NamedSources {
  private readonly profiles: { source: string; terms: Set<string> }[];
  private readonly idf = new Map<string, number>();

  constructor(
    documents: readonly DocumentProfile[],
    private readonly acronyms: AcronymTable = new Map(),
  ) {
    this.profiles = documents.map((d) => ({ source: d.source, terms: new Set(terms(d.text)) }));
    const df = new Map<string, number>();
    for (const profile of this.profiles) for (const term of profile.terms) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, n] of df) this.idf.set(term, Math.log(this.profiles.length / n));
  }

  /** The source the question names, or null when it names none or none clearly. */
  sourceFor(question: string): string | null {
    const named = sourceMention(question)?.text;
    if (!named || this.profiles.length < 2) return null;
    const wanted = [...new Set(terms(expandAcronyms(named, this.acronyms)))].filter((term) => !KIND_WORDS.has(term));
    const weight = (term: string) => this.idf.get(term) ?? Math.log(this.profiles.length);
    const total = wanted.reduce((sum, term) => sum + weight(term), 0);
    if (total <= 0) return null;
    const score = (p: (typeof this.profiles)[number]) => wanted.reduce((sum, term) => sum + (p.terms.has(term) ? weight(term) : 0), 0);
    const scored = this.profiles.map((p) => ({ source: p.source, score: score(p) })).sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    return best.score >= 0.5 * total && best.score >= 1.5 * next.score ? best.source : null;
  }
}

/** The profile text of a document: meta, opening and the headings of its passages. */
export function documentProfile(meta: DocumentMeta, text: string, headings: Iterable<string>): DocumentProfile {
  const parts = [meta.title, meta.symbol, meta.date, meta.session, text.slice(0, OPENING_CHARS), ...headings];
  return { source: meta.source, text: parts.filter(Boolean).join('\n') };
}
