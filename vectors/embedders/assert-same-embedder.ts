import type { PassageEmbedder } from '../types';
import { EmbedderMismatchError, type EmbedderIdentity } from './errors';

/**
 * Vectors from different embedders (or widths) are not comparable, so an index may only be
 * queried with the embedder that built it. Throws `EmbedderMismatchError` otherwise.
 *
 * @example
 * assertSameEmbedder(manifest.embedder, embedder, indexDir);
 */
export function assertSameEmbedder(
  manifestEmbedder: EmbedderIdentity,
  embedder: Pick<PassageEmbedder, 'id' | 'dimension'>,
  indexDir?: string,
): void {
  const configured = { id: embedder.id, dimension: embedder.dimension };
  if (manifestEmbedder.id === configured.id && manifestEmbedder.dimension === configured.dimension) return;
  const dir = indexDir ? ` ${indexDir}` : '';
  throw new EmbedderMismatchError(
    `The index${dir} was built with embedder "${manifestEmbedder.id}" (${manifestEmbedder.dimension}-d), ` +
      `but the configured embedder is "${configured.id}" (${configured.dimension}-d). ` +
      `Rebuild it with the configured embedder: \`npm run ingest -- --rebuild\` (or delete the index directory${dir}), ` +
      'or set EMBEDDER back to the one that built it.',
    { ...manifestEmbedder },
    configured,
  );
}
