import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Writes a folder whose node_modules holds a fake @tensorflow/tfjs-node or -node-gpu. `present` registers a
 * working 'tensorflow' backend (the CPU kernels under that name, as the real package registers its
 * libtensorflow kernels); `failing` throws on load like a package whose libtensorflow/CUDA is missing.
 */
export function fakeNativeDir(packages: Partial<Record<'@tensorflow/tfjs-node' | '@tensorflow/tfjs-node-gpu', 'present' | 'failing'>>): string {
  const root = mkdtempSync(join(tmpdir(), 'mergeml-fake-native-'));
  const core = require.resolve('@tensorflow/tfjs-core');
  const cpu = require.resolve('@tensorflow/tfjs-backend-cpu');
  for (const [pkg, kind] of Object.entries(packages)) {
    const dir = join(root, 'node_modules', ...pkg.split('/'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: pkg, version: '4.22.0', main: 'index.js' }));
    const body =
      kind === 'failing'
        ? `throw new Error('libtensorflow.so.2: cannot open shared object file: No such file or directory');\n`
        : [
            `const tf = require(${JSON.stringify(core)});`,
            `const { MathBackendCPU } = require(${JSON.stringify(cpu)});`,
            `globalThis.__fakeNativeLoads = (globalThis.__fakeNativeLoads || []).concat(${JSON.stringify(pkg)});`,
            `if (tf.findBackendFactory('tensorflow') == null) {`,
            `  tf.registerBackend('tensorflow', () => new MathBackendCPU(), 0);`,
            `  for (const k of tf.getKernelsForBackend('cpu')) tf.registerKernel({ ...k, backendName: 'tensorflow' });`,
            `}`,
            `module.exports = tf;`,
          ].join('\n');
    writeFileSync(join(dir, 'index.js'), body);
  }
  return root;
}
