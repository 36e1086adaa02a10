import type { PassageEmbedder } from '../types';
import { TransformersEmbedder, type TransformersEmbedderOptions } from './transformers-embedder';
import { UniversalSentenceEncoderEmbedder } from './universal-sentence-encoder-embedder';

const USE_NAMES = new Set(['', 'use', 'universal-sentence-encoder']);

/**
 * Builds the embedder named by the `EMBEDDER` setting:
 * - empty, `use` or `universal-sentence-encoder`: the offline default (Universal Sentence Encoder);
 * - anything else: a path to a local transformers.js model directory (relative paths resolve
 *   against the working directory). Throws `EmbedderLoadError` at once when that directory
 *   or one of its files is missing.
 *
 * @example
 * createEmbedder(undefined);                      // universal-sentence-encoder
 * createEmbedder('/srv/models/bge-small-en-v1.5'); // transformers:bge-small-en-v1.5
 */
export function createEmbedder(spec: string | undefined, transformers: TransformersEmbedderOptions = {}): PassageEmbedder {
  const name = (spec ?? '').trim();
  if (USE_NAMES.has(name.toLowerCase())) return new UniversalSentenceEncoderEmbedder();
  return new TransformersEmbedder(name, transformers);
}
