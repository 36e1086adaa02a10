import fs from 'node:fs';
import path from 'node:path';
import { EmbedderLoadError } from './errors';

export type Pooling = 'mean' | 'cls';

/** ONNX weight variants transformers.js v3 knows, by the suffix of their file name. */
export const MODEL_DTYPE_SUFFIX = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
} as const;
export type ModelDtype = keyof typeof MODEL_DTYPE_SUFFIX;

/** Tried in this order when no dtype is requested: full precision first, then the usual quantized export. */
const DEFAULT_DTYPE_PREFERENCE: ModelDtype[] = ['fp32', 'q8'];
const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];
const ONNX_SUBFOLDERS = ['onnx', ''] as const;

/** What a local transformers.js model directory holds, checked before anything is loaded. */
export type LocalModelDirectory = {
  /** Absolute path of the model directory. */
  dir: string;
  /** Folder name, used in the embedder id. */
  name: string;
  dtype: ModelDtype;
  /** Folder of the ONNX file relative to `dir` ('' when it sits at the top). */
  subfolder: string;
  /** Absolute path of the chosen ONNX file. */
  modelFile: string;
  /** Weights stored next to the graph in `<file>_data` (models over 2 GB). */
  externalData: boolean;
  /** The `pooling` option if given, else what `1_Pooling/config.json` declares, else mean. */
  pooling: Pooling;
  /** Output width from config.json (`hidden_size`, `dim` or `d_model`), if declared. */
  hiddenSize: number | null;
};

function readJson(file: string, dir: string): Record<string, unknown> {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
    return value;
  } catch (cause) {
    throw new EmbedderLoadError(`Cannot read ${file}: ${(cause as Error).message}`, { path: dir, cause });
  }
}

function findModelFile(dir: string, dtype: ModelDtype | undefined) {
  const candidates: { dtype: ModelDtype; subfolder: string; file: string }[] = [];
  for (const d of dtype ? [dtype] : DEFAULT_DTYPE_PREFERENCE) {
    for (const subfolder of ONNX_SUBFOLDERS) {
      candidates.push({ dtype: d, subfolder, file: path.join(dir, subfolder, `model${MODEL_DTYPE_SUFFIX[d]}.onnx`) });
    }
  }
  const found = candidates.find((c) => fs.existsSync(c.file));
  if (!found) {
    const tried = candidates.map((c) => path.relative(dir, c.file)).join(', ');
    throw new EmbedderLoadError(`Model directory ${dir} has no ONNX model file (looked for ${tried}).`, { path: dir });
  }
  return found;
}

// sentence-transformers exports record their pooling here; bge uses cls, MiniLM/mpnet use mean.
function resolvePooling(dir: string, requested: Pooling | undefined): Pooling {
  if (requested !== undefined) {
    if (requested !== 'mean' && requested !== 'cls') {
      throw new EmbedderLoadError(`Unknown pooling "${requested}"; expected mean or cls.`, { path: dir });
    }
    return requested;
  }
  const file = path.join(dir, '1_Pooling', 'config.json');
  if (!fs.existsSync(file)) return 'mean';
  const config = readJson(file, dir);
  if (config.pooling_mode_cls_token === true) return 'cls';
  if (config.pooling_mode_mean_tokens === true) return 'mean';
  const modes = Object.keys(config).filter((k) => k.startsWith('pooling_mode_') && config[k] === true);
  throw new EmbedderLoadError(
    `${file} asks for pooling ${modes.join(', ') || '(none)'}, which is not supported; only cls and mean pooling are. ` +
      'Pass the `pooling` option to override.',
    { path: dir },
  );
}

function readHiddenSize(config: Record<string, unknown>): number | null {
  for (const key of ['hidden_size', 'dim', 'd_model']) {
    const value = config[key];
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  }
  return null;
}

/**
 * Checks that `modelDir` is a usable transformers.js model directory and describes it.
 * Throws `EmbedderLoadError` naming the directory and every missing piece.
 */
export function inspectModelDirectory(
  modelDir: string,
  options: { dtype?: ModelDtype; pooling?: Pooling } = {},
): LocalModelDirectory {
  const dir = path.resolve(modelDir);
  if (!fs.existsSync(dir)) {
    throw new EmbedderLoadError(`Model directory ${dir} does not exist.`, { path: dir });
  }
  if (!fs.statSync(dir).isDirectory()) {
    throw new EmbedderLoadError(`${dir} is not a directory; expected a transformers.js model directory.`, { path: dir });
  }
  const missing = REQUIRED_FILES.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    throw new EmbedderLoadError(`Model directory ${dir} is missing ${missing.join(', ')}.`, { path: dir });
  }
  if (options.dtype !== undefined && !(options.dtype in MODEL_DTYPE_SUFFIX)) {
    throw new EmbedderLoadError(
      `Unknown dtype "${options.dtype}"; expected one of ${Object.keys(MODEL_DTYPE_SUFFIX).join(', ')}.`,
      { path: dir },
    );
  }
  const model = findModelFile(dir, options.dtype);
  return {
    dir,
    name: path.basename(dir),
    dtype: model.dtype,
    subfolder: model.subfolder,
    modelFile: model.file,
    externalData: fs.existsSync(`${model.file}_data`),
    pooling: resolvePooling(dir, options.pooling),
    hiddenSize: readHiddenSize(readJson(path.join(dir, 'config.json'), dir)),
  };
}
