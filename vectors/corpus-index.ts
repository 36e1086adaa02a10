import type { DocumentMeta, Passage } from '../ingest/types';
import type { Retriever } from './types';

export type IndexManifest = {
  formatVersion: number;
  embedder: { id: string; dimension: number };
  vectorIndex: string;
  builtAt: string;
  /** Content hash (sha256) of each corpus file, keyed by source. */
  files: Record<string, { sha256: string; passages: number; /** Why the file was skipped, when it failed to load. */ error?: string }>;
  documents: number;
  passages: number;
};

/** A loaded index directory: what the server, the CLIs and the eval query. */
export interface CorpusIndex extends Retriever {
  readonly manifest: IndexManifest;
  readonly documents: (DocumentMeta & { passages: number })[];
  readonly passages: Passage[];
  getPassage(id: string): Passage | undefined;
  /** The passage with up to `radius` passages before and after it in the same document. */
  neighbours(id: string, radius: number): Passage[];
  /** Full source text of a document (for offsets and context). */
  sourceText(source: string): string;
}
