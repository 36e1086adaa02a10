import type { DocumentMeta, LoadedText, Passage } from '../../ingest/types';
import type { IndexManifest } from '../corpus-index';
import type { UnitSpan } from '../dense/dense-units';

export type StoredUnit = UnitSpan & { passage: number };

/** A document as stored in the index: its metadata and the source text its offsets refer to. */
export type StoredDocument = {
  meta: DocumentMeta;
  format: LoadedText['format'];
  sha256: string;
  text: string;
  pages: LoadedText['pages'];
};

/**
 * Everything one generation holds, in memory. A passage's label is its position in `passages`. Dense vectors
 * belong to units (the passage's sentences and two-sentence windows): `embeddings[u]` is unit u's vector, `units[u]` says which passage
 * (label) and which stretch of its text.
 */
export type IndexData = {
  manifest: IndexManifest;
  documents: StoredDocument[];
  passages: Passage[];
  units: StoredUnit[];
  embeddings: Float32Array[];
};
