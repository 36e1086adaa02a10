/** Whether the real server stack exists yet, so its browser tests can be skipped (with a reason) until it does. */
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Modules the real-server tests load (directly or through ingest/pipeline and server/app). */
const REQUIRED = ['server/app', 'server/answer', 'server/follow-up', 'ingest/pipeline', 'ingest/passages', 'ingest/structure'];

const moduleExists = (module: string) =>
  existsSync(path.join(ROOT, `${module}.ts`)) || existsSync(path.join(ROOT, module, 'index.ts'));

export const missingServerFiles = REQUIRED.filter((module) => !moduleExists(module));
export const realServerAvailable = missingServerFiles.length === 0;
