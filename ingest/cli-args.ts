import { parseArgs } from 'node:util';

export type IngestArgs = { corpus: string; index: string; embedder: string | undefined; rebuild: boolean; help: boolean };

export const INGEST_USAGE = `Usage: npm run ingest [-- [--corpus DIR] [--index DIR] [--embedder use|MODEL_DIR] [--rebuild]]

Parses the reports in the corpus directory, embeds them and writes the hybrid index.
  --corpus DIR     corpus root (default: $CORPUS_DIR or data/reports)
  --index DIR      index directory (default: $INDEX_DIR or .index)
  --embedder SPEC  'use' (Universal Sentence Encoder, bundled) or a local transformers.js model directory
                   (default: $EMBEDDER or use)
  --rebuild        parse and embed every file again, ignoring the previous index
Exit code: 0 all files ingested, 1 some files skipped (the rest is indexed), 2 nothing could be done.`;

export function parseIngestArgs(argv: string[], env: NodeJS.ProcessEnv): IngestArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      index: { type: 'string' },
      embedder: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  return {
    corpus: values.corpus ?? env.CORPUS_DIR ?? 'data/reports',
    index: values.index ?? env.INDEX_DIR ?? '.index',
    embedder: values.embedder ?? env.EMBEDDER,
    rebuild: values.rebuild ?? false,
    help: values.help ?? false,
  };
}
