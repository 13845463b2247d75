// The one bundler config: one ESM bundle for the CLI and one per action, into dist/.
// Deterministic: the same sources and lockfile give the same bytes (checked in CI).
import { build } from 'esbuild';
import { buildWasm } from './build-wasm.mjs';
import { readdirSync, rmSync, mkdirSync, existsSync, writeFileSync, renameSync, statSync, readFileSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

// ESM bundles of CommonJS dependencies need a real `require` for Node built-ins, and `__dirname` (the
// TF.js WASM backend's Emscripten loader uses it), defined under a name no bundled module declares.
const banner = {
  js: "import { createRequire as __mergemlCreateRequire } from 'node:module';\nimport { fileURLToPath as __mergemlFileURLToPath } from 'node:url';\nconst require = __mergemlCreateRequire(import.meta.url);\nconst __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));",
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  define: { __dirname: '__mergemlDirname' },
  legalComments: 'none',
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
  // Native TensorFlow packages are optional and resolved at run time from the runner's environment.
  external: ['@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu'],
};

// Outputs are written file by file through a temp file and a rename, so a test or a second build that
// reads dist/ while this one runs never sees a half-written bundle; stale files are removed at the end.
const written = new Set();
async function bundle(options) {
  const result = await build({ ...options, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const same = existsSync(file.path) && Buffer.compare(readFileSync(file.path), Buffer.from(file.contents)) === 0;
    if (!same) {
      const tmp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(tmp, file.contents);
      renameSync(tmp, file.path);
    }
    written.add(file.path);
  }
}
function removeStale(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      removeStale(path);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    } else if (!written.has(path) && !name.endsWith('.tmp')) rmSync(path);
  }
}

// The WebAssembly CSV scanner first: the bundles embed it (src/core/data/wasm/csv-scan-wasm.ts).
await buildWasm();

// The CLI (index.js) and the worker threads of parallel passes (csv-worker.js, loaded from beside it), split
// into shared chunks in the same folder: each command is loaded on demand (src/cli/commands/lazy.ts), so a
// run parses and starts only what its command uses. Dependencies are bundled too (resolving them from
// node_modules at start-up cost more than the command's work on small files), except TensorFlow.js, which
// the train and predict commands load from the installed packages (native or WebAssembly backends).
await bundle({
  ...common,
  entryPoints: { index: join(root, 'src/cli/bin.ts'), 'csv-worker': join(root, 'src/adapters/data/csv-worker.ts') },
  outdir: join(dist, 'cli'),
  splitting: true,
  chunkNames: 'chunk-[hash]',
  external: ['@tensorflow/*'],
});

// Actions run from a checkout with no node_modules: everything is bundled.
const actionsDir = join(root, 'src/actions');
const entries = existsSync(actionsDir)
  ? readdirSync(actionsDir).filter((f) => /^[a-z-]+\.ts$/.test(f))
  : [];
for (const file of entries.sort()) {
  const name = basename(file, '.ts');
  if (!existsSync(join(root, 'actions', name, 'action.yml'))) continue; // shared modules, not entries
  await bundle({ ...common, entryPoints: [join(actionsDir, file)], outfile: join(dist, 'actions', name, 'index.js') });
  copyWasmIfNeeded(join(dist, 'actions', name));
}

// A bundle that contains the TF.js WASM backend loads its .wasm files from beside itself
// (src/train/tf-runtime.ts points the backend there at run time).
function copyWasmIfNeeded(dir) {
  if (!readFileSync(join(dir, 'index.js'), 'utf8').includes('tfjs-backend-wasm.wasm')) return;
  const source = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  for (const name of readdirSync(source).filter((f) => f.endsWith('.wasm')).sort()) {
    const target = join(dir, name);
    const bytes = readFileSync(join(source, name));
    if (!existsSync(target) || Buffer.compare(readFileSync(target), bytes) !== 0) {
      writeFileSync(`${target}.${process.pid}.tmp`, bytes);
      renameSync(`${target}.${process.pid}.tmp`, target);
    }
    written.add(target);
  }
}

removeStale(dist);
