import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeOnnxModel, OnnxDataType } from './embedders-onnx-writer';
import { seededRandom } from '../vectors/seeded-random';

/**
 * Writes a tiny but real transformers.js model directory (BERT layout: config.json, WordPiece
 * tokenizer.json, tokenizer_config.json, onnx/model.onnx) so embedder tests run offline.
 *
 * The "encoder" has no attention: last_hidden_state[b, t] = (word[input_ids[b, t]] +
 * token_type[token_type_ids[b, t]]) * attention_mask[b, t]. Texts that share words therefore
 * share token vectors, and a test can compute the exact expected sentence embedding.
 */

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

export const DEFAULT_WORDS = [
  'migration', 'migrants', 'return', 'reintegration', 'health', 'trafficking', 'labour',
  'remittances', 'development', 'emergency', 'shelter', 'council', 'report', 'strategy',
  'budget', 'the', 'of', 'and', 'in', 'for', 'apple', 'banana', 'cherry', 'grape', 'river',
  'mountain', 'ocean', 'forest', 'represent', 'this', 'sentence', 'searching', 'relevant',
  'passages', ':', '.', ',', '##s',
];

export type TinyModelOptions = {
  hiddenSize?: number;
  words?: string[];
  seed?: number;
  /** Writes a sentence-transformers `1_Pooling/config.json` selecting this pooling. */
  pooling?: 'mean' | 'cls';
  /** Name of the ONNX file under `onnx/` (the quantized name lets tests exercise the fallback). */
  modelFile?: 'model.onnx' | 'model_quantized.onnx';
  /** Leave `hidden_size` out of config.json, so the dimension must be discovered by running the model. */
  omitHiddenSize?: boolean;
  modelMaxLength?: number;
};

export type TinyModel = {
  dir: string;
  hiddenSize: number;
  vocab: string[];
  /** Row of the word-embedding table for a vocabulary token. */
  wordVector(token: string): number[];
  /** Row of the token-type table (0 for single sentences). */
  typeVector(typeId: number): number[];
};

function randomRows(rows: number, cols: number, scale: number, random: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() * 2 - 1) * scale));
}

function tokenizerJson(vocab: string[]) {
  const ids = Object.fromEntries(vocab.map((token, id) => [token, id]));
  const special = (token: string) => ({ id: token, ids: [ids[token]], tokens: [token] });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: ids[content], content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': special('[CLS]'), '[SEP]': special('[SEP]') },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
  };
}

function onnxModel(words: number[][], types: number[][], hiddenSize: number): Uint8Array {
  const seq = ['batch_size', 'sequence_length'];
  return encodeOnnxModel({
    name: 'tiny-bag-of-embeddings',
    inputs: ['input_ids', 'attention_mask', 'token_type_ids'].map((name) => ({ name, elemType: OnnxDataType.INT64, shape: seq })),
    outputs: [{ name: 'last_hidden_state', elemType: OnnxDataType.FLOAT, shape: [...seq, hiddenSize] }],
    initializers: [
      { name: 'word_embeddings', dataType: OnnxDataType.FLOAT, dims: [words.length, hiddenSize], values: words.flat() },
      { name: 'token_type_embeddings', dataType: OnnxDataType.FLOAT, dims: [types.length, hiddenSize], values: types.flat() },
      { name: 'last_axis', dataType: OnnxDataType.INT64, dims: [1], values: [-1] },
    ],
    nodes: [
      { opType: 'Gather', inputs: ['word_embeddings', 'input_ids'], outputs: ['word_vectors'] },
      { opType: 'Gather', inputs: ['token_type_embeddings', 'token_type_ids'], outputs: ['type_vectors'] },
      { opType: 'Add', inputs: ['word_vectors', 'type_vectors'], outputs: ['token_vectors'] },
      { opType: 'Cast', inputs: ['attention_mask'], outputs: ['mask_float'], attributes: [{ name: 'to', int: OnnxDataType.FLOAT }] },
      { opType: 'Unsqueeze', inputs: ['mask_float', 'last_axis'], outputs: ['mask_column'] },
      { opType: 'Mul', inputs: ['token_vectors', 'mask_column'], outputs: ['last_hidden_state'] },
    ],
  });
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}

/** Writes the tiny model into `dir` (created if needed). */
export function writeTinyModel(dir: string, options: TinyModelOptions = {}): TinyModel {
  const hiddenSize = options.hiddenSize ?? 16;
  const vocab = [...SPECIAL_TOKENS, ...(options.words ?? DEFAULT_WORDS)];
  const random = seededRandom(options.seed ?? 1);
  const words = randomRows(vocab.length, hiddenSize, 1, random);
  // Special tokens appear in every text; keep them small so they do not dominate similarity.
  for (let i = 0; i < SPECIAL_TOKENS.length; i++) words[i] = words[i].map((x) => x * 0.1);
  const types = randomRows(2, hiddenSize, 0.05, random);

  writeJson(path.join(dir, 'config.json'), {
    model_type: 'bert',
    architectures: ['BertModel'],
    ...(options.omitHiddenSize ? {} : { hidden_size: hiddenSize }),
    vocab_size: vocab.length,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    max_position_embeddings: options.modelMaxLength ?? 128,
    type_vocab_size: 2,
  });
  writeJson(path.join(dir, 'tokenizer.json'), tokenizerJson(vocab));
  writeJson(path.join(dir, 'tokenizer_config.json'), {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: options.modelMaxLength ?? 128,
    cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]',
  });
  if (options.pooling) {
    writeJson(path.join(dir, '1_Pooling', 'config.json'), {
      word_embedding_dimension: hiddenSize,
      pooling_mode_cls_token: options.pooling === 'cls',
      pooling_mode_mean_tokens: options.pooling === 'mean',
      pooling_mode_max_tokens: false,
      pooling_mode_mean_sqrt_len_tokens: false,
    });
  }
  fs.mkdirSync(path.join(dir, 'onnx'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'onnx', options.modelFile ?? 'model.onnx'), onnxModel(words, types, hiddenSize));

  const index = new Map(vocab.map((token, id) => [token, id]));
  return {
    dir,
    hiddenSize,
    vocab,
    wordVector: (token) => {
      const id = index.get(token);
      if (id === undefined) throw new Error(`"${token}" is not in the tiny vocabulary`);
      return [...words[id]];
    },
    typeVector: (typeId) => [...types[typeId]],
  };
}

/** Writes the tiny model into a fresh temp directory named `folderName`; `cleanup()` removes it. */
export function createTinyModelDir(
  options: TinyModelOptions & { folderName?: string } = {},
): TinyModel & { root: string; cleanup(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tiny-embedder-'));
  const model = writeTinyModel(path.join(root, options.folderName ?? 'tiny-bert'), options);
  return { ...model, root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}
