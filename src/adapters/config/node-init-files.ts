import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { InitFiles } from '../../pipeline/init.js';
import { readFirstLine } from './first-line.js';
import { workflowsDir } from './package-assets.js';

/** `init`'s file port on the real filesystem. */
export function nodeInitFiles(starterDir: string = workflowsDir()): InitFiles {
  return {
    exists: async (path) => {
      try {
        await stat(path);
        return true;
      } catch {
        return false;
      }
    },
    firstLine: (path) => readFirstLine(path),
    starterWorkflows: async () => {
      let names: string[];
      try {
        names = (await readdir(starterDir)).filter((n) => /\.ya?ml$/.test(n)).sort();
      } catch {
        return new Map();
      }
      return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(starterDir, n), 'utf8')] as const)));
    },
    // Each file goes to a temp name beside it and is renamed into place: a reader never sees half a file.
    writeAll: async (files) => {
      for (const f of files) {
        await mkdir(dirname(f.path), { recursive: true });
        const tmp = `${f.path}.${process.pid}.tmp`;
        await writeFile(tmp, f.content);
        await rename(tmp, f.path);
      }
    },
  };
}
