import type { Command } from '../command.js';
import { configCheckCommand } from './config-check.js';
import { fairnessCommand } from './fairness.js';
import { initCommand } from './init.js';
import { evaluateCommand } from './evaluate.js';
import { gateCommand } from './gate.js';
import { metricsCommand } from './metrics.js';
import { modelCardCommand } from './model-card.js';
import { predictCommand } from './predict.js';
import { trainCommand } from './train.js';
import { validateCommand } from './validate.js';
import { schemaInferCommand } from './schema-infer.js';
import { driftCommand } from './drift.js';

// One line per command; each command lives in its own file in this folder.
export const commands: readonly Command[] = [
  configCheckCommand,
  fairnessCommand,
  initCommand,
  evaluateCommand,
  gateCommand,
  metricsCommand,
  modelCardCommand,
  predictCommand,
  trainCommand,
  validateCommand,
  schemaInferCommand,
  driftCommand,
];
