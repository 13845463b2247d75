import type { Contract } from '../contract/contract-schema.js';

/**
 * Feature kinds declared by a data contract: integer/float/number columns are standardised, string and
 * boolean columns one-hot encoded. Columns without a type are left to inference from the training data.
 */
export function contractKinds(contract: Contract): Record<string, 'numeric' | 'categorical'> {
  const kinds: Record<string, 'numeric' | 'categorical'> = {};
  for (const column of contract.columns) {
    if (column.type === undefined) continue;
    kinds[column.name] = column.type === 'string' || column.type === 'boolean' ? 'categorical' : 'numeric';
  }
  return kinds;
}
