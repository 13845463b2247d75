import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed mergeml package's root: the nearest ancestor of this module with a package.json named
 * "mergeml". Works from src/ (tsx), from dist/cli/index.js and from dist/actions/<name>/index.js, whose
 * depths differ.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'mergeml') return dir;
      } catch {
        // Not ours (or unreadable): keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the mergeml package root above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

/** Folder of the builtin policy packs and generated JSON Schemas. */
export function policiesDir(): string {
  return join(packageRoot(), 'policies');
}

/** Folder of the starter workflows that `mergeml init` copies. */
export function workflowsDir(): string {
  return join(packageRoot(), 'workflows');
}
