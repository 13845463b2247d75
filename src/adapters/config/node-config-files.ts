import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../../core/errors.js';
import type { ConfigFiles } from '../../pipeline/load-project.js';
import { readBatches } from '../data/read-batches.js';
import { readFirstLine } from './first-line.js';
import { policiesDir } from './package-assets.js';

/** The loader's file port on the real filesystem; builtin packs come from the package's policies/ folder. */
export function nodeConfigFiles(builtinDir: string = policiesDir()): ConfigFiles {
  return {
    read: async (path) => new Uint8Array(await readFile(path)),
    kind: async (path) => {
      try {
        const s = await stat(path);
        return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
      } catch {
        return 'missing';
      }
    },
    // Streamed: data files may be far larger than memory.
    sha256: (path) =>
      new Promise((resolve, reject) => {
        const hash = createHash('sha256');
        createReadStream(path)
          .on('data', (chunk) => hash.update(chunk))
          .on('error', reject)
          .on('end', () => resolve(hash.digest('hex')));
      }),
    firstLine: (path) => readFirstLine(path),
    columnValues: async (path, file, column, settings, limit) => {
      const values = new Set<string>();
      try {
        for await (const batch of readBatches(path, { ...settings, allowEmpty: true })) {
          const index = batch.header.indexOf(column);
          const cells = index >= 0 ? batch.cells[index] : undefined;
          for (const cell of cells ?? []) if (cell !== null) values.add(cell);
          // Enough to know the target is not binary: stop reading (the reader closes the file).
          if (values.size > limit) break;
        }
      } catch (error) {
        if (error instanceof InputError) return { problem: error.problems[0] ?? { file, message: error.message } };
        throw error;
      }
      const sorted = [...values].sort();
      return { file, values: sorted.slice(0, limit), truncated: sorted.length > limit };
    },
    builtinPolicies: async () => {
      const names = (await readdir(builtinDir)).filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml'));
      return new Map(names.sort().map((n) => [n, join(builtinDir, `${n}.yaml`)]));
    },
  };
}
