import type { DocumentMeta, LoadedText, Passage } from '../../ingest/types';
import type { IndexManifest } from '../corpus-index';

/** A document as stored in the index: its metadata and the source text its offsets refer to. */
export type StoredDocument = {
  meta: DocumentMeta;
  format: LoadedText['format'];
  sha256: string;
  text: string;
  pages: LoadedText['pages'];
};

/** Everything one generation holds, in memory. `embeddings[i]` belongs to `passages[i]` (label i). */
export type IndexData = {
  manifest: IndexManifest;
  documents: StoredDocument[];
  passages: Passage[];
  embeddings: Float32Array[];
};
