import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTinyModelDir } from '../../test-support/embedders-tiny-model';
import { EmbedderLoadError } from './errors';
import { inspectModelDirectory } from './local-model-directory';

describe('inspectModelDirectory', () => {
  const made: { cleanup(): void }[] = [];
  const tiny = (options?: Parameters<typeof createTinyModelDir>[0]) => {
    const m = createTinyModelDir(options);
    made.push(m);
    return m;
  };
  afterEach(() => made.splice(0).forEach((m) => m.cleanup()));

  const loadError = (fn: () => unknown): EmbedderLoadError => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(EmbedderLoadError);
      return error as EmbedderLoadError;
    }
    throw new Error('expected an EmbedderLoadError');
  };

  it('describes a complete directory', () => {
    const m = tiny({ hiddenSize: 24, folderName: 'bge-small-en-v1.5', pooling: 'cls' });
    expect(inspectModelDirectory(m.dir)).toEqual({
      dir: m.dir,
      name: 'bge-small-en-v1.5',
      dtype: 'fp32',
      subfolder: 'onnx',
      modelFile: path.join(m.dir, 'onnx', 'model.onnx'),
      externalData: false,
      pooling: 'cls',
      hiddenSize: 24,
    });
  });

  it('finds an ONNX file at the top of the directory too', () => {
    const m = tiny();
    fs.renameSync(path.join(m.dir, 'onnx', 'model.onnx'), path.join(m.dir, 'model.onnx'));
    expect(inspectModelDirectory(m.dir)).toMatchObject({ subfolder: '', modelFile: path.join(m.dir, 'model.onnx') });
  });

  it('names a missing directory', () => {
    const m = tiny();
    const missing = path.join(m.root, 'nope');
    const error = loadError(() => inspectModelDirectory(missing));
    expect(error.code).toBe('EMBEDDER_LOAD_FAILED');
    expect(error.path).toBe(missing);
    expect(error.message).toContain(`${missing} does not exist`);
  });

  it('names every missing tokenizer or config file', () => {
    const m = tiny();
    fs.rmSync(path.join(m.dir, 'tokenizer.json'));
    fs.rmSync(path.join(m.dir, 'config.json'));
    expect(loadError(() => inspectModelDirectory(m.dir)).message).toBe(
      `Model directory ${m.dir} is missing config.json, tokenizer.json.`,
    );
  });

  it('lists the ONNX files it looked for', () => {
    const m = tiny();
    fs.rmSync(path.join(m.dir, 'onnx'), { recursive: true });
    const message = loadError(() => inspectModelDirectory(m.dir)).message;
    expect(message).toContain('onnx/model.onnx');
    expect(message).toContain('onnx/model_quantized.onnx');
  });

  it('refuses a file instead of a directory, unreadable JSON, and unsupported pooling', () => {
    const m = tiny();
    expect(loadError(() => inspectModelDirectory(path.join(m.dir, 'config.json'))).message).toMatch(/not a directory/);
    fs.writeFileSync(path.join(m.dir, 'config.json'), '{ nope');
    expect(loadError(() => inspectModelDirectory(m.dir)).message).toMatch(/Cannot read .*config\.json/);

    const p = tiny({ pooling: 'mean' });
    const poolingFile = path.join(p.dir, '1_Pooling', 'config.json');
    fs.writeFileSync(poolingFile, JSON.stringify({ pooling_mode_mean_tokens: false, pooling_mode_max_tokens: true }));
    expect(loadError(() => inspectModelDirectory(p.dir)).message).toMatch(/pooling_mode_max_tokens.*not supported/);
    expect(inspectModelDirectory(p.dir, { pooling: 'mean' }).pooling).toBe('mean');
  });

  it('rejects unknown dtype and pooling options', () => {
    const m = tiny();
    expect(loadError(() => inspectModelDirectory(m.dir, { dtype: 'fp64' as never })).message).toMatch(/Unknown dtype "fp64"/);
    expect(loadError(() => inspectModelDirectory(m.dir, { pooling: 'max' as never })).message).toMatch(/Unknown pooling/);
  });
});
