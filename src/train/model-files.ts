import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, isAbsolute } from 'node:path';
import type { io, LayersModel } from '@tensorflow/tfjs';
import { InputError } from '../core/errors.js';
import type { Tf } from './tf-runtime.js';

export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';

function joinWeightData(data: io.WeightData | undefined): Uint8Array {
  if (data === undefined) return new Uint8Array(0);
  const parts = Array.isArray(data) ? data : [data];
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  return out;
}

/**
 * Serialises a LayersModel into the standard TF.js layers-model files: model.json (topology plus a
 * weights manifest pointing at weights.bin) and weights.bin, the same bytes `model.save('file://…')`
 * writes under tfjs-node. Returned as bytes so the caller decides where and how atomically to write.
 */
export async function serializeModel(tf: Tf, model: LayersModel): Promise<{ modelJson: Uint8Array; weights: Uint8Array }> {
  let captured: io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  if (!captured) throw new Error('model.save produced no artifacts');
  const json = {
    format: captured.format ?? 'layers-model',
    generatedBy: captured.generatedBy,
    convertedBy: captured.convertedBy ?? null,
    modelTopology: captured.modelTopology,
    weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: captured.weightSpecs ?? [] }],
  };
  return { modelJson: new TextEncoder().encode(`${JSON.stringify(json, null, 1)}\n`), weights: joinWeightData(captured.weightData) };
}

/**
 * An IOHandler that loads a layers model from disk. Plain @tensorflow/tfjs has no file:// handler in
 * Node (that comes with tfjs-node), so `tf.loadLayersModel(fileModelHandler(path))` is its equivalent.
 */
export function fileModelHandler(modelJsonPath: string): io.IOHandler {
  return {
    async load() {
      let json: { modelTopology?: object; format?: string; generatedBy?: string; convertedBy?: string | null; weightsManifest?: { paths: string[]; weights: io.WeightsManifestEntry[] }[] };
      try {
        json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as typeof json;
      } catch (error) {
        throw new InputError(`cannot load the model: ${modelJsonPath} is not a readable TF.js model.json`, [{ file: modelJsonPath, message: 'unreadable model.json', expected: 'a TF.js layers-model model.json' }], { cause: error });
      }
      const manifest = json.weightsManifest ?? [];
      const chunks: Uint8Array[] = [];
      for (const group of manifest) {
        for (const path of group.paths) {
          // Weights must sit beside model.json: a manifest must not reach elsewhere on disk.
          if (isAbsolute(path) || normalize(path).startsWith('..')) throw new InputError(`${modelJsonPath}: weights path '${path}' leaves the model directory`);
          chunks.push(new Uint8Array(await readFile(join(dirname(modelJsonPath), path))));
        }
      }
      const weightData = new ArrayBuffer(chunks.reduce((n, c) => n + c.byteLength, 0));
      let offset = 0;
      for (const c of chunks) {
        new Uint8Array(weightData).set(c, offset);
        offset += c.byteLength;
      }
      const artifacts: io.ModelArtifacts = { modelTopology: json.modelTopology, weightSpecs: manifest.flatMap((g) => g.weights), weightData };
      if (json.format !== undefined) artifacts.format = json.format;
      if (json.generatedBy !== undefined) artifacts.generatedBy = json.generatedBy;
      if (json.convertedBy != null) artifacts.convertedBy = json.convertedBy;
      return artifacts;
    },
  };
}
