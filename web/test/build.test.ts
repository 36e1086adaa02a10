import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebForTest } from '../../test-support/web-build';
import { formatReport, type WebBuildReport } from '../build';

/** Budget for each script, minified (the widget loads on every intranet page). */
const SCRIPT_BUDGET_BYTES = 150 * 1024;

let distDir: string;
let cleanup: () => Promise<void>;
let report: WebBuildReport;

beforeAll(async () => {
  ({ distDir, report, cleanup } = await buildWebForTest());
});
afterAll(() => cleanup());

describe('web build', () => {
  it('writes the page, the widget, the styles and the public files', () => {
    expect(report.files.map((f) => f.file).sort()).toEqual(['app.js', 'demo-host.html', 'index.html', 'styles.css', 'widget.js']);
    expect(formatReport(report)).toMatch(/widget\.js\s+[\d.]+ KB\s+\(gzip [\d.]+ KB\)/);
  });

  it('keeps both scripts minified, within budget and free of zod', async () => {
    for (const name of ['app.js', 'widget.js']) {
      const file = report.files.find((f) => f.file === name)!;
      expect(file.bytes, name).toBeLessThan(SCRIPT_BUDGET_BYTES);
      const code = await readFile(path.join(distDir, name), 'utf8');
      expect(code.length / code.split('\n').length, `${name} is minified`).toBeGreaterThan(500);
      expect(code, `${name} has no comments`).not.toMatch(/^\s*\/\/ /m);
      expect(code, name).not.toMatch(/ZodError|\$ZodType/);
    }
  });

  it('makes the widget a self-contained IIFE with its CSS inlined, and links the page assets', async () => {
    const widget = await readFile(path.join(distDir, 'widget.js'), 'utf8');
    expect(widget.trimStart()).toMatch(/^("use strict";)?\(\(\)=>\{[\s\S]*\}\)\(\);\s*$/);
    expect(widget).not.toMatch(/\bimport\s*\(|^import /m);
    expect(widget).toContain(':host{all:initial!important}');
    const index = await readFile(path.join(distDir, 'index.html'), 'utf8');
    expect(index).toContain('src="app.js"');
    expect(index).toContain('href="styles.css"');
  });
});
