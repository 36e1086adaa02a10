export { parseDocument } from './parse-document';
export { IngestStructureError, type IngestStructureErrorCode } from './errors';
export type {
  BlockKind,
  ContentBlock,
  FootnoteCiter,
  FootnoteInfo,
  HeadingStyle,
  ParsedDocument,
  SectionKind,
  SectionNode,
  Span,
} from './types';
