import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeConfigFiles } from '../../src/adapters/config/node-config-files.js';
import { loadProject, type LoadedModel } from '../../src/pipeline/load-project.js';
import type { TrainPorts } from '../../src/pipeline/train.js';

export const smallFixture = fileURLToPath(new URL('../fixtures/train/small', import.meta.url));
export const creditExample = fileURLToPath(new URL('../../examples/credit', import.meta.url));

/** A copy of the small credit fixture in a temp dir, with its mergeml.yaml and data optionally edited. */
export function makeProject(edit: { yaml?: (text: string) => string; train?: (csv: string) => string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-train-'));
  cpSync(smallFixture, dir, { recursive: true });
  if (edit.yaml) writeFileSync(join(dir, 'mergeml.yaml'), edit.yaml(readFileSync(join(dir, 'mergeml.yaml'), 'utf8')));
  if (edit.train) writeFileSync(join(dir, 'train.csv'), edit.train(readFileSync(join(dir, 'train.csv'), 'utf8')));
  return dir;
}

export async function loadModel(dir: string, name = 'small'): Promise<LoadedModel> {
  const project = await loadProject(join(dir, 'mergeml.yaml'), nodeConfigFiles(), dir);
  const model = project.models.find((m) => m.name === name);
  if (!model) throw new Error(`no model ${name}`);
  return model;
}

/** In-process ports: progress collected in `log`. */
export function testPorts(log: string[] = [], env: Record<string, string> = {}): TrainPorts {
  return { env, cwd: '/nonexistent-mergeml-cwd', progress: { write: (t) => log.push(t), interactive: false, githubActions: false, now: () => performance.now() }, gitCommit: async () => null };
}
