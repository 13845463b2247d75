import type { Command } from '../command.js';
import { profileCommand } from './profile.js';
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
import { registryListCommand } from './registry-list.js';
import { registryShowCommand } from './registry-show.js';
import { registryHistoryCommand } from './registry-history.js';
import { registryDiffCommand } from './registry-diff.js';
import { registryVerifyCommand } from './registry-verify.js';
import { registryRegisterCommand } from './registry-register.js';
import { registryPromoteCommand } from './registry-promote.js';
import { registryRollbackCommand } from './registry-rollback.js';
import { registryKpisCommand } from './registry-kpis.js';
import { registryPullCommand } from './registry-pull.js';
import { runCommand } from './run.js';
import { planCommand } from './plan.js';
import { monitorCommand } from './monitor.js';

// One line per command; each command lives in its own file in this folder.
export const commands: readonly Command[] = [
  profileCommand,
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
  registryListCommand,
  registryShowCommand,
  registryHistoryCommand,
  registryDiffCommand,
  registryVerifyCommand,
  registryRegisterCommand,
  registryPromoteCommand,
  registryRollbackCommand,
  registryKpisCommand,
  registryPullCommand,
  runCommand,
  planCommand,
  monitorCommand,
];
