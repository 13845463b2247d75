import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { Tf } from './tf-runtime.js';

export const BACKENDS = ['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
export type BackendRequest = BackendName | 'auto';

/** The backend a run uses, and what was tried before it (logged and written to the training card). */
export interface BackendChoice {
  readonly name: BackendName;
  readonly device: string;
  readonly attempts: readonly { readonly backend: BackendName; readonly outcome: string }[];
}

/** Loads an optional native package, or says it is absent; any other failure is thrown. */
export type NativeLoader = (pkg: string) => { loaded: true; from: string } | { loaded: false };

const NATIVE_PACKAGE: Record<'tensorflow-gpu' | 'tensorflow', string> = {
  'tensorflow-gpu': '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
};

/**
 * Resolves the optional native packages from, in order: the directory in MERGEML_TFJS_NODE_PATH (for
 * example where a GPU job ran `npm install @tensorflow/tfjs-node-gpu`), the working directory's
 * node_modules, and MergeML's own installation. Absence is normal and reported as such; a package that
 * is present but fails to load (missing libtensorflow or CUDA) throws.
 */
export function nativeLoaderFrom(env: Readonly<Record<string, string | undefined>>, cwd: string, selfUrl: string): NativeLoader {
  const roots = [env['MERGEML_TFJS_NODE_PATH'], cwd].filter((p): p is string => typeof p === 'string' && p !== '');
  const requires = [...roots.map((r) => createRequire(join(r, 'noop.js'))), createRequire(selfUrl)];
  return (pkg) => {
    for (const req of requires) {
      let resolved: string;
      try {
        resolved = req.resolve(pkg);
      } catch {
        continue;
      }
      req(resolved);
      return { loaded: true, from: resolved };
    }
    return { loaded: false };
  };
}

/** Parses MERGEML_BACKEND / train.backend; the environment variable wins over the config. */
export function requestedBackend(configured: string | undefined, env: Readonly<Record<string, string | undefined>>): BackendRequest {
  const fromEnv = env['MERGEML_BACKEND'];
  const value = fromEnv !== undefined && fromEnv !== '' ? fromEnv : (configured ?? 'auto');
  if (value === 'auto' || (BACKENDS as readonly string[]).includes(value)) return value as BackendRequest;
  const where = fromEnv ? { file: 'MERGEML_BACKEND', message: `unknown backend '${value}'` } : { path: 'train.backend', message: `unknown backend '${value}'` };
  throw new ConfigError(`unknown training backend '${value}'`, [{ ...where, expected: `auto, ${BACKENDS.join(', ')}` }]);
}

/** GPU model names from nvidia-smi, when it is installed (it is on CUDA runners). */
function gpuNames(): string | undefined {
  try {
    const names = execFileSync('nvidia-smi', ['--query-gpu=name', '--format=csv,noheader'], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return names === '' ? undefined : names.split('\n').map((n) => n.trim()).join(', ');
  } catch {
    return undefined;
  }
}

function describeDevice(tf: Tf, name: BackendName, env: Readonly<Record<string, string | undefined>>): string {
  const cpu = `${cpus()[0]?.model?.trim() ?? 'unknown CPU'} × ${cpus().length}`;
  switch (name) {
    case 'tensorflow-gpu':
      return `CUDA GPU via libtensorflow: ${gpuNames() ?? 'GPU name unknown (no nvidia-smi)'} (CUDA_VISIBLE_DEVICES=${env['CUDA_VISIBLE_DEVICES'] ?? 'all'})`;
    case 'tensorflow':
      return `CPU via libtensorflow: ${cpu}`;
    case 'wasm': {
      const simd = tf.env().getBool('WASM_HAS_SIMD_SUPPORT');
      return `WebAssembly (${simd ? 'SIMD' : 'no SIMD'}, single-threaded): ${cpu}`;
    }
    case 'cpu':
      return `plain JavaScript: ${cpu}`;
  }
}

async function tryBackend(tf: Tf, name: BackendName, loadNative: NativeLoader): Promise<string | undefined> {
  if (name === 'tensorflow-gpu' || name === 'tensorflow') {
    const pkg = NATIVE_PACKAGE[name];
    let result: ReturnType<NativeLoader>;
    try {
      result = loadNative(pkg);
    } catch (error) {
      return `${pkg} failed to load: ${firstLine(error)}`;
    }
    if (!result.loaded) return `${pkg} is not installed`;
    // Both native packages register their backend under the name 'tensorflow'.
    if (tf.findBackendFactory('tensorflow') === null) return `${pkg} loaded from ${result.from} but registered no 'tensorflow' backend`;
    const failure = await switchBackend(tf, 'tensorflow');
    return failure === undefined ? undefined : `${pkg} could not initialise its backend: ${failure}`;
  }
  const failure = await switchBackend(tf, name);
  return failure === undefined ? undefined : `the ${name} backend could not initialise: ${failure}`;
}

/** Switches backend; undefined on success, else why not. */
async function switchBackend(tf: Tf, name: string): Promise<string | undefined> {
  try {
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    if (ok && tf.getBackend() === name) return undefined;
  } catch (error) {
    return firstLine(error);
  }
  // TF.js reports a failed initialisation only as a console warning (silenced in production mode): run
  // the factory once more to get the reason.
  try {
    await tf.findBackendFactory(name)?.();
    return 'initialisation failed';
  } catch (error) {
    return firstLine(error);
  }
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Picks the backend: the requested one (failing with a config error when it cannot be used), or with
 * `auto` the first that works of tensorflow-gpu → tensorflow → wasm → cpu.
 */
export async function selectBackend(tf: Tf, request: BackendRequest, loadNative: NativeLoader, env: Readonly<Record<string, string | undefined>>): Promise<BackendChoice> {
  const candidates: readonly BackendName[] = request === 'auto' ? BACKENDS : [request];
  const attempts: { backend: BackendName; outcome: string }[] = [];
  for (const name of candidates) {
    const failure = await tryBackend(tf, name, loadNative);
    if (failure === undefined) {
      attempts.push({ backend: name, outcome: 'selected' });
      return { name, device: describeDevice(tf, name, env), attempts };
    }
    attempts.push({ backend: name, outcome: failure });
  }
  throw new ConfigError(`training backend '${request}' is not available`, attempts.map((a) => ({ path: 'train.backend', message: `${a.backend}: ${a.outcome}`, expected: request === 'auto' ? 'one usable backend' : `an installed ${a.backend} backend, or backend: auto` })));
}
