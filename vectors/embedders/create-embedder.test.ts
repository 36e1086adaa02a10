import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTinyModelDir } from '../../test-support/embedders-tiny-model';
import { createEmbedder } from './create-embedder';
import { EmbedderLoadError } from './errors';
import { TransformersEmbedder } from './transformers-embedder';
import { UniversalSentenceEncoderEmbedder } from './universal-sentence-encoder-embedder';

describe('createEmbedder', () => {
  const model = createTinyModelDir({ folderName: 'tiny-bge' });
  afterAll(() => model.cleanup());

  it.each([undefined, '', '  ', 'use', 'USE', 'universal-sentence-encoder'])('%j selects the offline default', (spec) => {
    const embedder = createEmbedder(spec);
    expect(embedder).toBeInstanceOf(UniversalSentenceEncoderEmbedder);
    expect(embedder.id).toBe('universal-sentence-encoder');
    expect(embedder.dimension).toBe(512);
  });

  it('no longer knows the retired sentence-mean variant: the name is read as a model directory', () => {
    expect(() => createEmbedder('use:sentence-mean')).toThrow(EmbedderLoadError);
  });

  it('treats anything else as a local model directory, relative to the working directory', () => {
    const absolute = createEmbedder(model.dir, { queryPrefix: 'query: ' });
    expect(absolute).toBeInstanceOf(TransformersEmbedder);
    expect(absolute.id).toBe('transformers:tiny-bge');
    const relative = createEmbedder(path.relative(process.cwd(), model.dir)) as TransformersEmbedder;
    expect(relative.model.dir).toBe(model.dir);
  });

  it('fails at once, naming the path, when the directory does not exist', () => {
    const missing = path.join(model.root, 'bge-small-en-v1.5');
    expect(() => createEmbedder(missing)).toThrow(EmbedderLoadError);
    expect(() => createEmbedder(missing)).toThrow(`${missing} does not exist`);
  });
});
