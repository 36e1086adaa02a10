/** Events the ingest reports as it goes; the CLI draws bars from them, the server logs them. */
export type IngestProgress =
  | { phase: 'scan'; files: number; unchanged: number }
  | { phase: 'parse'; source: string; done: number; total: number; passages: number }
  | { phase: 'embed'; done: number; total: number }
  | { phase: 'write' }
  | { phase: 'failed'; source: string; message: string }
  | { phase: 'notice'; message: string };

export type IngestFailure = { source: string; message: string };

export type IngestSummary = {
  documents: number;
  passages: number;
  /** Files parsed and embedded in this run. */
  changed: string[];
  unchanged: number;
  removed: string[];
  failed: IngestFailure[];
  unsupported: string[];
  /** False when the index already matched the corpus and nothing was written. */
  written: boolean;
  seconds: number;
};
