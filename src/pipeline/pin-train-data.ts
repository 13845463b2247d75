/**
 * Re-pins a model's training data: when the retraining branch replaces the training file, `data.train.sha256`
 * in the project file must name the new bytes, or every later step (and the retraining PR's own run) stops on
 * the pin. Only the 64 hex digits change; the rest of the file stays as written.
 */
import { dirname, resolve } from 'node:path';
import { parseConfigFile } from '../core/config/parse-config.js';
import { projectSchema } from '../core/config/project-schema.js';
import { rewritePin } from '../core/config/rewrite-pin.js';
import { ConfigError, InternalError, UsageError } from '../core/errors.js';

export interface PinFiles {
  read(path: string): Promise<Uint8Array>;
  sha256(path: string): Promise<string>;
}

export type PinResult =
  | { readonly changed: true; readonly text: string; readonly data: string; readonly from: string; readonly to: string }
  | { readonly changed: false; readonly data: string | null; readonly reason: string };

/** The project file's new text with the model's train pin updated, or why nothing changes. */
export async function pinTrainData(configPath: string, file: string, model: string, files: PinFiles): Promise<PinResult> {
  let bytes: Uint8Array;
  try {
    bytes = await files.read(configPath);
  } catch (error) {
    throw new ConfigError(`cannot read project file ${file}`, [{ file, message: (error as { code?: string }).code === 'ENOENT' ? 'file not found' : String(error), expected: 'a mergeml.yaml project file' }]);
  }
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`invalid project file ${file}`, parsed.problems);
  const { value, map } = parsed.config;
  const entry = value.models[model]?.data.train;
  if (value.models[model] === undefined) throw new UsageError(`no model ${JSON.stringify(model)} in ${file}; models: ${Object.keys(value.models).join(', ')}`);
  if (entry === undefined) return { changed: false, data: null, reason: `model ${model} has no training data` };
  if (typeof entry === 'string' || entry.sha256 === undefined) return { changed: false, data: typeof entry === 'string' ? entry : entry.path, reason: 'the training data is not pinned' };
  const to = await files.sha256(resolve(dirname(configPath), entry.path));
  if (to === entry.sha256) return { changed: false, data: entry.path, reason: 'the pin already matches' };
  const decoded = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const text = rewritePin(decoded, map, ['models', model, 'data', 'train', 'sha256'], entry.sha256, to);
  if (text === undefined) throw new InternalError(`${file}: the sha256 pin of ${model} was not found where the parser located it`);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
  return { changed: true, text: bom + text, data: entry.path, from: entry.sha256, to };
}
