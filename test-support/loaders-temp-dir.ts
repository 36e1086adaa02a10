import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throw-away folder for fixture files written by a test; call `remove()` in afterAll. */
export function makeTempDir(prefix = 'loaders-') {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    /** Writes `data` to `name` inside the folder and returns the absolute path. */
    write(name: string, data: string | Uint8Array): string {
      const file = path.join(dir, name);
      writeFileSync(file, data);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
