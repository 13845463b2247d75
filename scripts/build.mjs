// The one bundler config: one ESM bundle for the CLI and one per action, into dist/.
// Deterministic: the same sources and lockfile give the same bytes (checked in CI).
import { build } from 'esbuild';
import { readdirSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

// ESM bundles of CommonJS dependencies need a real `require` for Node built-ins.
const banner = {
  js: "import { createRequire as __mergemlCreateRequire } from 'node:module';\nconst require = __mergemlCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
  // Native TensorFlow packages are optional and resolved at run time from the runner's environment.
  external: ['@tensorflow/tfjs-node', '@tensorflow/tfjs-node-gpu'],
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// The CLI ships as an npm package with its dependencies installed beside it.
await build({ ...common, entryPoints: [join(root, 'src/cli/bin.ts')], outfile: join(dist, 'cli/index.js'), packages: 'external' });

// Actions run from a checkout with no node_modules: everything is bundled.
const actionsDir = join(root, 'src/actions');
const entries = existsSync(actionsDir)
  ? readdirSync(actionsDir).filter((f) => /^[a-z-]+\.ts$/.test(f))
  : [];
for (const file of entries.sort()) {
  const name = basename(file, '.ts');
  if (!existsSync(join(root, 'actions', name, 'action.yml'))) continue; // shared modules, not entries
  await build({ ...common, entryPoints: [join(actionsDir, file)], outfile: join(dist, 'actions', name, 'index.js') });
}
