import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The TensorFlow.js API as this project uses it. */
export type Tf = typeof import('@tensorflow/tfjs');

let loaded: Promise<Tf> | undefined;

/**
 * Loads TensorFlow.js (and registers the WASM backend) on first use only, so that commands other than
 * train and predict never pay for it. When the .wasm files sit next to this bundle (the fully bundled
 * actions, see scripts/build.mjs) the WASM backend is pointed at them; otherwise the installed
 * @tensorflow/tfjs-backend-wasm package finds its own.
 */
export function loadTf(): Promise<Tf> {
  loaded ??= (async () => {
    const tf = await import('@tensorflow/tfjs');
    // Production mode: no "install tfjs-node" banner and no debug-only checks in the training loop.
    tf.enableProdMode();
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const here = new URL('./', import.meta.url);
    if (here.protocol === 'file:' && existsSync(new URL('tfjs-backend-wasm.wasm', here))) {
      wasm.setWasmPaths(fileURLToPath(here));
    }
    return tf;
  })();
  return loaded;
}
