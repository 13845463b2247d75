import { parseConfigFile } from '../config/parse-config.js';
import { ConfigError } from '../errors.js';
import { contractSchema, type Contract } from './contract-schema.js';

/** Parses and validates a contract file's bytes; every problem (with file:line:col) in one ConfigError. */
export function parseContract(file: string, bytes: Uint8Array): Contract {
  const result = parseConfigFile(file, bytes, contractSchema);
  if (!result.ok) throw new ConfigError(`${file}: invalid data contract`, result.problems);
  return result.config.value;
}
