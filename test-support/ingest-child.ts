// Runs one ingest with the hashing embedder; the crash-safety tests SIGKILL it part-way.
import { runIngest } from '../ingest/pipeline';
import { HashingEmbedder } from './hashing-embedder';

const [corpusDir, indexDir] = process.argv.slice(2);
const summary = await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder(), rebuild: true, batchSize: 8 });
process.stdout.write(JSON.stringify(summary));
