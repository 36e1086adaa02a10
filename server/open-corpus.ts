/**
 * Entry-point helper: build the index when missing or stale, open it, with brief progress on stderr, and warm it up:
 * the embedding model's first run costs about a second, which belongs to start-up, not to the first question
 * (nor to the timings `npm run ask` prints).
 */
import path from 'node:path';
import { ensureIndex } from '../ingest/pipeline';
import { createProgressDisplay } from '../ingest/progress-display';
import type { CorpusIndex } from '../vectors/corpus-index';
import { createEmbedder } from '../vectors/embedders';
import type { AppConfig } from './config';

export async function openCorpus(config: Pick<AppConfig, 'CORPUS_DIR' | 'INDEX_DIR' | 'EMBEDDER'>): Promise<CorpusIndex> {
  const display = createProgressDisplay(process.stderr);
  try {
    const index = await ensureIndex({
      corpusDir: path.resolve(config.CORPUS_DIR),
      indexDir: path.resolve(config.INDEX_DIR),
      embedder: createEmbedder(config.EMBEDDER),
      onProgress: display.onProgress,
      log: (message) => process.stderr.write(`${message}\n`),
    });
    await index.retrieve('warm-up', { k: 1 });
    return index;
  } finally {
    display.stop();
  }
}
