/**
 * The real assistant (server/app.ts over a real index built by ingest/pipeline.ts) for the web
 * client's browser tests: a scratch corpus of bundled reports plus any extra files, indexed with
 * the deterministic HashingEmbedder, serving a freshly built web/dist.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureIndex } from '../ingest/pipeline';
import { createExtractiveComposer } from '../server/answer';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createFollowUpRewriter } from '../server/follow-up';
import { HASHING_RAW_SCORES, HashingEmbedder } from './hashing-embedder';
import { listenForTest } from './server-app';
import { copyReports, tempDir } from './temp-corpus';

export type RealServer = { url: string; origin: string; documents: number; passages: number; close(): Promise<void> };

export type RealServerOptions = {
  distDir: string;
  /** Bundled report file names (data/reports) to include. */
  reports: string[];
  /** Extra corpus files: name → content. */
  files?: Record<string, string>;
  allowedOrigins?: string[];
};

export async function startRealServer(options: RealServerOptions): Promise<RealServer> {
  const corpus = await tempDir('web-corpus');
  const indexDir = await tempDir('web-index');
  try {
    await copyReports(corpus.dir, options.reports);
    for (const [name, content] of Object.entries(options.files ?? {})) await writeFile(path.join(corpus.dir, name), content);
    const index = await ensureIndex({ corpusDir: corpus.dir, indexDir: indexDir.dir, embedder: new HashingEmbedder(256), open: HASHING_RAW_SCORES });
    const config = loadConfig({ LOG_LEVEL: 'silent', ALLOWED_ORIGINS: (options.allowedOrigins ?? []).join(','), RATE_LIMIT_MAX: '10000' });
    const app = await buildApp({
      config, index, composer: createExtractiveComposer(), rewriter: createFollowUpRewriter(), logger: false, staticRoot: options.distDir,
    });
    const { http: origin } = await listenForTest(app);
    return {
      url: `${origin}/`,
      origin,
      documents: index.documents.length,
      passages: index.passages.length,
      close: async () => {
        await app.close();
        await Promise.all([corpus.cleanup(), indexDir.cleanup()]);
      },
    };
  } catch (error) {
    await Promise.all([corpus.cleanup(), indexDir.cleanup()]);
    throw error;
  }
}
