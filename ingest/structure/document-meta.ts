import type { DocumentMeta } from '../types';
import type { ClassifiedBlock } from './classify-blocks';
import { collapseWhitespace } from './source-lines';
import { stripEmphasis } from './heading-shape';
import { DATE_PATTERN, SESSION, SYMBOL_LINE, isOrganisationLine } from './front-matter';
import { collectAcronyms, sentenceCaseWords, titleCaseAllCaps } from './title-case';

function clean(text: string): string {
  return stripEmphasis(collapseWhitespace(text.replace(/^\s*#+\s+/, '')));
}

function frontLines(front: ClassifiedBlock[]): string[] {
  return front.flatMap((b) => b.lines.map((l) => clean(l.raw))).filter((l) => l.length > 0);
}

function findSymbol(lines: string[]): string | null {
  for (const line of lines) {
    const m = SYMBOL_LINE.exec(line);
    if (m && /[A-Za-z]/.test(m[1]) && /\//.test(m[1])) return m[1];
  }
  return null;
}

function findDate(lines: string[]): string | null {
  const original = lines.find((l) => /\boriginal\b/i.test(l) && DATE_PATTERN.test(l));
  const line = original ?? lines.find((l) => DATE_PATTERN.test(l));
  return line ? (DATE_PATTERN.exec(line)?.[0] ?? null) : null;
}

function findSession(lines: string[]): string | null {
  const line = lines.find((l) => SESSION.test(l));
  return line ? sentenceCaseWords(line.replace(/[\s.,]+$/, '')) : null;
}

/**
 * Title: the front-matter title line (see markFrontMatter); else the organisation line; else the
 * first heading; else the file name. ALL-CAPS titles are re-cased.
 */
function findTitle(front: ClassifiedBlock[], titleBlock: ClassifiedBlock | null, firstHeading: string | null, source: string) {
  const organisation = front.map((b) => clean(b.text)).find((t) => isOrganisationLine(t) && t.length <= 80);
  const asWritten = (titleBlock ? clean(titleBlock.text) : null) ?? organisation ?? firstHeading ?? null;
  const fallback = source.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  return { asWritten, base: asWritten ?? fallback };
}

export function extractMeta(
  source: string,
  text: string,
  front: ClassifiedBlock[],
  titleBlock: ClassifiedBlock | null,
  firstHeading: string | null,
): { meta: DocumentMeta; titleAsWritten: string | null } {
  const lines = frontLines(front);
  const { asWritten, base } = findTitle(front, titleBlock, firstHeading, source);
  const title = titleCaseAllCaps(base, collectAcronyms(text));
  return {
    meta: { source, title, symbol: findSymbol(lines), date: findDate(lines), session: findSession(lines) },
    titleAsWritten: asWritten,
  };
}
