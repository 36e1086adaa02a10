/**
 * Builds the web front end into web/dist/: app.js (the chat page), widget.js (an IIFE for any
 * host page, with its CSS inlined), styles.css, and everything in web/public/.
 * Run: `npx tsx web/build.ts` (prints a size report).
 */
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WEB_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = path.join(WEB_DIR, 'dist');
const TARGET = ['es2020', 'chrome100', 'firefox100', 'safari15'];

export type FileSize = { file: string; bytes: number; gzipBytes: number };
export type WebBuildReport = { outDir: string; files: FileSize[]; ms: number };

export class WebBuildError extends Error {
  override readonly name = 'WebBuildError';
  readonly code = 'WEB_BUILD_FAILED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export async function buildWeb(options: { outDir?: string } = {}): Promise<WebBuildReport> {
  const started = performance.now();
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  try {
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    const widgetCss = await bundleCss(path.join(WEB_DIR, 'src/widget.css'));
    const common = { bundle: true, minify: true, target: TARGET, legalComments: 'none', logLevel: 'silent' } as const;
    await Promise.all([
      build({ ...common, entryPoints: [path.join(WEB_DIR, 'src/app.ts')], outfile: path.join(outDir, 'app.js'), format: 'esm' }),
      build({
        ...common, entryPoints: [path.join(WEB_DIR, 'src/widget.ts')], outfile: path.join(outDir, 'widget.js'), format: 'iife',
        define: { __WIDGET_CSS__: JSON.stringify(widgetCss) },
      }),
      build({ ...common, entryPoints: [path.join(WEB_DIR, 'src/page.css')], outfile: path.join(outDir, 'styles.css') }),
      cp(path.join(WEB_DIR, 'public'), outDir, { recursive: true }),
    ]);
  } catch (cause) {
    throw new WebBuildError(`Building the web front end failed: ${(cause as Error).message}`, { cause });
  }
  return { outDir, files: await sizes(outDir), ms: Math.round(performance.now() - started) };
}

async function bundleCss(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, target: TARGET, logLevel: 'silent', outdir: 'unused' });
  return result.outputFiles[0].text;
}

async function sizes(dir: string): Promise<FileSize[]> {
  const files: FileSize[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const full = path.join(dir, name);
    if (!(await stat(full)).isFile()) continue;
    const content = await readFile(full);
    files.push({ file: name, bytes: content.length, gzipBytes: gzipSync(content).length });
  }
  return files;
}

export function formatReport(report: WebBuildReport): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  const rows = report.files.map((f) => `  ${f.file.padEnd(18)}${kb(f.bytes)}  (gzip ${kb(f.gzipBytes).trim()})`);
  return [`web build → ${path.relative(process.cwd(), report.outDir) || '.'} in ${report.ms} ms`, ...rows].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb()
    .then((report) => console.log(formatReport(report)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
