import type { Contract, ContractColumn } from './contract-schema.js';

const PLAIN = /^[A-Za-z_][A-Za-z0-9_.\- ]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/** A YAML scalar: plain when unambiguous, otherwise a JSON string (valid YAML double-quoted). */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(' ')) return value;
  return JSON.stringify(value);
}

function flowList(values: readonly (string | number | boolean)[]): string {
  return `[${values.map(yamlScalar).join(', ')}]`;
}

function columnYaml(col: ContractColumn): string[] {
  const lines = [`  - name: ${yamlScalar(col.name)}`];
  if (col.description !== undefined) lines.push(`    description: ${yamlScalar(col.description)}`);
  if (col.type !== undefined) lines.push(`    type: ${col.type}`);
  if (col.nullable !== undefined) lines.push(`    nullable: ${col.nullable}`);
  if (col.min !== undefined) lines.push(`    min: ${col.min}`);
  if (col.max !== undefined) lines.push(`    max: ${col.max}`);
  if (col.values !== undefined) lines.push(`    values: ${flowList(col.values)}`);
  if (col.unique !== undefined) lines.push(`    unique: ${col.unique}`);
  const sev = Object.entries(col.severity ?? {});
  if (sev.length > 0) lines.push(`    severity: {${sev.map(([k, v]) => `${k}: ${v}`).join(', ')}}`);
  return lines;
}

/** How the contract was inferred, written at the top of the file for the reviewer. */
export interface InferenceNote {
  readonly dataFile: string;
  readonly rows: number;
}

/** Renders a contract as reviewable YAML with a header saying how it was inferred. */
export function contractToYaml(contract: Contract, note?: InferenceNote): string {
  const header = note
    ? [
        `# Data contract inferred by \`mergeml schema infer\` from ${note.dataFile} (${note.rows} rows). Review before committing.`,
        '# How each field was inferred (metrics.md §1 ids):',
        '#   type     narrowest type every non-null value parses as (boolean, integer, float, string)  -> DV07 column_type',
        '#   nullable false when no value was null; a sample cannot prove this, so it is a warning  -> DV06 values_not_null',
        '#   min/max  the observed range of numeric columns; also a warning until a reviewer widens it -> DV10 values_between',
        `#   values   the categories of string columns with at most 20 distinct values (each seen at least twice on average) -> DV12 values_in_set`,
        '#   unique   every value distinct and none null                                                -> DV15 values_unique',
        '#   strict   no columns beyond these (DV02); every listed column must exist (DV01)',
        '# Change a `severity` to error once a constraint is a promise, or delete it to drop the check.',
      ]
    : [];
  const lines = [
    ...header,
    `version: ${contract.version}`,
    ...(contract.description !== undefined ? [`description: ${yamlScalar(contract.description)}`] : []),
    ...(contract.null_values !== undefined ? [`null_values: ${flowList(contract.null_values)}`] : []),
    ...(contract.strict !== undefined ? [`strict: ${contract.strict}`] : []),
    ...(contract.ordered !== undefined ? [`ordered: ${contract.ordered}`] : []),
    'columns:',
    ...contract.columns.flatMap(columnYaml),
  ];
  if (contract.checks !== undefined && contract.checks.length > 0) {
    lines.push('checks:');
    for (const c of contract.checks) lines.push(`  - ${JSON.stringify(c)}`);
  }
  return `${lines.join('\n')}\n`;
}
