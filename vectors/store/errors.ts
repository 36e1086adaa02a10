const REBUILD_HINT = 'Rebuild it with `npm run ingest -- --rebuild` (or delete the index directory and run `npm start`).';

/** No usable index at the given directory. */
export class IndexNotFoundError extends Error {
  override readonly name = 'IndexNotFoundError';
  readonly code = 'INDEX_NOT_FOUND';
  constructor(readonly indexDir: string) {
    super(`No index found in ${indexDir}. Build it with \`npm run ingest\` (npm start does this automatically).`);
  }
}

/** A file of the index is missing, truncated or altered. Names the file so an admin knows what broke. */
export class IndexCorruptError extends Error {
  override readonly name = 'IndexCorruptError';
  readonly code = 'INDEX_CORRUPT';
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Index file ${file} is unusable (${reason}). ${REBUILD_HINT}`, options);
  }
}
