import { describe, expect, it } from 'vitest';
import { assertSameEmbedder } from './assert-same-embedder';
import { EmbedderMismatchError } from './errors';

const built = { id: 'universal-sentence-encoder', dimension: 512 };

function mismatch(fn: () => void): EmbedderMismatchError {
  try {
    fn();
  } catch (error) {
    expect(EmbedderMismatchError.isInstance(error)).toBe(true);
    return error as EmbedderMismatchError;
  }
  throw new Error('expected an EmbedderMismatchError');
}

describe('assertSameEmbedder', () => {
  it('accepts the embedder that built the index', () => {
    expect(() => assertSameEmbedder(built, { id: 'universal-sentence-encoder', dimension: 512 })).not.toThrow();
  });

  it('explains a different embedder and how to rebuild', () => {
    const error = mismatch(() =>
      assertSameEmbedder(built, { id: 'transformers:bge-small-en-v1.5', dimension: 384 }, '/srv/index'),
    );
    expect(error).toBeInstanceOf(EmbedderMismatchError);
    expect(error.code).toBe('EMBEDDER_MISMATCH');
    expect(error.name).toBe('EmbedderMismatchError');
    expect(error.indexEmbedder).toEqual(built);
    expect(error.configuredEmbedder).toEqual({ id: 'transformers:bge-small-en-v1.5', dimension: 384 });
    expect(error.message).toContain('built with embedder "universal-sentence-encoder" (512-d)');
    expect(error.message).toContain('configured embedder is "transformers:bge-small-en-v1.5" (384-d)');
    expect(error.message).toContain('npm run ingest -- --rebuild');
    expect(error.message).toContain('delete the index directory /srv/index');
  });

  it('rejects the same id with a different dimension', () => {
    mismatch(() => assertSameEmbedder(built, { id: 'universal-sentence-encoder', dimension: 256 }));
  });
});
