// Runs one full ingest with the hashing embedder and prints each progress event as a JSON line with
// its time, so the crash tests can SIGKILL it at a chosen phase (e.g. while it writes the new generation).
import { performance } from 'node:perf_hooks';
import { runIngest } from '../ingest/pipeline';
import { HashingEmbedder } from './hashing-embedder';

const [corpusDir, indexDir] = process.argv.slice(2);
const started = performance.now();
const emit = (event: object) => process.stdout.write(`${JSON.stringify({ ...event, at: performance.now() - started })}\n`);
const summary = await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder(256), rebuild: true, batchSize: 8, onProgress: emit });
emit({ phase: 'done', passages: summary.passages });
