import type { LoadedText } from '../types';
import type { ContentBlock, ParsedDocument, SectionNode } from './types';
import { IngestStructureError } from './errors';
import { splitLines } from './source-lines';
import { findFurnitureLines } from './page-furniture';
import { buildRawBlocks } from './raw-blocks';
import { citedNoteNumbers, classifyBlock } from './classify-blocks';
import { markFrontMatter } from './front-matter';
import { extractMeta } from './document-meta';
import { SectionTreeBuilder } from './section-tree';
import { assembleBlocks } from './assemble-blocks';
import { inferUnmarkedFootnotes } from './inferred-footnotes';
import { pruneEmptySections } from './prune-sections';
import { linkFootnotes } from './footnote-links';
import type { WorkBlock } from './work-block';

function validate(loaded: LoadedText): void {
  if (!loaded || typeof loaded.text !== 'string' || typeof loaded.source !== 'string') {
    throw new IngestStructureError('INGEST_INVALID_TEXT', 'parseDocument expects a LoadedText with string `source` and `text`.');
  }
  if (loaded.text.trim().length === 0) {
    throw new IngestStructureError('INGEST_EMPTY_DOCUMENT', `${loaded.source}: the text is empty; nothing to parse.`, loaded.source);
  }
}

/** A footnote is filed under the paragraph (or heading) citing it; an uncited one under the text it follows. */
function citedLocation(b: WorkBlock, work: WorkBlock[], sections: SectionNode[]): Pick<WorkBlock, 'sectionId' | 'paragraph'> {
  const citer = b.footnote?.citedBy;
  if (citer?.kind === 'block') return { sectionId: work[citer.block].sectionId, paragraph: work[citer.block].paragraph };
  if (citer?.kind === 'heading') return { sectionId: citer.section, paragraph: null };
  const inNotes = b.sectionId !== null && sections[b.sectionId].style === 'notes';
  if (inNotes || b.anchor === null) return { sectionId: b.sectionId, paragraph: null };
  return { sectionId: work[b.anchor].sectionId, paragraph: null };
}

/**
 * Parse the structure of one report: metadata, the section tree, and ordered content blocks
 * (paragraphs with the document's own numbers, list items, footnotes linked to the paragraph that
 * cites them, paragraphs re-joined across page breaks). Offsets refer to `loaded.text`.
 *
 * @example
 * const doc = parseDocument({ source: 'a.txt', format: 'txt', text, pages: null });
 * doc.blocks.find((b) => b.paragraph === '16')?.sectionPath; // ["III. …", "Point 1: …"]
 */
export function parseDocument(loaded: LoadedText): ParsedDocument {
  validate(loaded);
  const { text, source } = loaded;
  const lines = splitLines(text);
  const raw = buildRawBlocks(text, lines, findFurnitureLines(lines));
  const cited = citedNoteNumbers(text);
  const classified = raw.map((b) => classifyBlock(b, cited));
  const frontMatter = markFrontMatter(classified);

  const builder = new SectionTreeBuilder();
  const assembled = assembleBlocks(classified, text, builder);
  inferUnmarkedFootnotes(assembled.work, text);
  const tree = pruneEmptySections(builder.all, assembled.work);
  const work = tree.work;
  const cites = linkFootnotes(work, tree.all, text);
  const located = work.map((b) => (b.footnote ? citedLocation(b, work, tree.all) : b));

  const blocks: ContentBlock[] = work.map((b, index) => {
    const { sectionId, paragraph } = located[index];
    return {
      index,
      kind: b.kind,
      unit: b.unit,
      sectionId,
      sectionPath: sectionId === null ? [] : [...tree.all[sectionId].path],
      paragraph,
      label: b.label,
      spans: b.spans.map((s) => ({ ...s })),
      start: b.spans[0].start,
      end: b.spans[b.spans.length - 1].end,
      cites: cites.get(index) ?? [],
      footnote: b.footnote
        ? { number: b.footnote.number === null ? null : String(b.footnote.number), inferred: b.footnote.inferred, citedBy: b.footnote.citedBy }
        : null,
    };
  });

  const front = classified.filter((b) => b.role === 'front');
  const { meta, titleAsWritten } = extractMeta(source, text, front, frontMatter.title, tree.all[0]?.heading ?? null);
  return { source, meta, titleAsWritten, sections: tree.roots, sectionList: tree.all, blocks, furniture: assembled.furniture };
}
