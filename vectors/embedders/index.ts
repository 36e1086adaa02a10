export { assertSameEmbedder } from './assert-same-embedder';
export { createEmbedder } from './create-embedder';
export { EmbedderLoadError, EmbedderMismatchError, type EmbedderIdentity } from './errors';
export {
  inspectModelDirectory,
  MODEL_DTYPE_SUFFIX,
  type LocalModelDirectory,
  type ModelDtype,
  type Pooling,
} from './local-model-directory';
export { TransformersEmbedder, type TransformersEmbedderOptions } from './transformers-embedder';
export { UniversalSentenceEncoderEmbedder, type UniversalSentenceEncoderOptions } from './universal-sentence-encoder-embedder';
export { dot, l2Normalize } from './vector-math';
