import type { Command } from '../command.js';
import { configCheckCommand } from './config-check.js';

// One line per command; each command lives in its own file in this folder.
export const commands: readonly Command[] = [
  configCheckCommand,
];
