/** Builds the web client into a scratch folder for one test file, so parallel test files never share a dist. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWeb, type WebBuildReport } from '../web/build';

export async function buildWebForTest(): Promise<{ distDir: string; report: WebBuildReport; cleanup: () => Promise<void> }> {
  const distDir = await mkdtemp(path.join(tmpdir(), 'web-dist-'));
  const report = await buildWeb({ outDir: distDir });
  return { distDir, report, cleanup: () => rm(distDir, { recursive: true, force: true }) };
}
