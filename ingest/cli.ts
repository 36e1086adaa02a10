import path from 'node:path';
import { createEmbedder } from '../vectors/embedders';
import { INGEST_USAGE, parseIngestArgs } from './cli-args';
import { runIngest } from './pipeline';
import { createProgressDisplay } from './progress-display';

async function main(): Promise<number> {
  let args;
  try {
    args = parseIngestArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${INGEST_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(INGEST_USAGE);
    return 0;
  }
  const display = createProgressDisplay();
  try {
    const summary = await runIngest({
      corpusDir: path.resolve(args.corpus),
      indexDir: path.resolve(args.index),
      embedder: createEmbedder(args.embedder),
      rebuild: args.rebuild,
      onProgress: display.onProgress,
    });
    display.stop();
    const what = summary.written ? `indexed (${summary.changed.length} parsed, ${summary.unchanged} unchanged, ${summary.removed.length} removed)` : 'already up to date';
    console.log(`${summary.documents} documents, ${summary.passages} passages ${what} in ${summary.seconds.toFixed(1)} s → ${args.index}`);
    for (const source of summary.unsupported) console.log(`Ignored ${source}: not a supported format`);
    for (const failure of summary.failed) console.error(`Skipped ${failure.source}: ${failure.message}`);
    return summary.failed.length > 0 ? 1 : 0;
  } catch (error) {
    display.stop();
    console.error(`Ingest failed: ${(error as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
