import type { DataCheckConfig } from '../policy/data-checks-schema.js';
import type { Contract, ConstraintName, ContractColumn } from './contract-schema.js';

/** A check derived from a contract, with the contract path it came from (for messages). */
export interface ContractCheck {
  readonly config: DataCheckConfig;
  readonly source: string;
}

function severity(col: ContractColumn, constraint: ConstraintName): 'error' | 'warning' {
  return col.severity?.[constraint] ?? 'error';
}

/**
 * Maps a contract to data checks: each column exists (DV01), has its type (DV07), is not null (DV06), is in
 * range (DV10), in its domain (DV12), unique (DV15); `strict` adds DV02 and `ordered` DV03; `checks` are appended.
 */
export function contractToChecks(contract: Contract): ContractCheck[] {
  const out: ContractCheck[] = [];
  const names = contract.columns.map((c) => c.name);
  if (contract.strict) out.push({ source: 'strict', config: { check: 'columns_match_set', severity: 'error', columns: names, exact_match: true } as DataCheckConfig });
  if (contract.ordered) out.push({ source: 'ordered', config: { check: 'column_order', severity: 'error', columns: names } as DataCheckConfig });
  contract.columns.forEach((col, i) => {
    const at = `columns[${i}]`;
    const column = col.name;
    out.push({ source: at, config: { check: 'column_exists', severity: severity(col, 'exists'), column } as DataCheckConfig });
    if (col.type !== undefined) out.push({ source: `${at}.type`, config: { check: 'column_type', severity: severity(col, 'type'), column, type: col.type } as DataCheckConfig });
    if (col.nullable === false) out.push({ source: `${at}.nullable`, config: { check: 'values_not_null', severity: severity(col, 'nullable'), column } as DataCheckConfig });
    if (col.min !== undefined || col.max !== undefined) {
      out.push({
        source: `${at}.min`,
        config: { check: 'values_between', severity: severity(col, 'range'), column, ...(col.min !== undefined ? { min: col.min } : {}), ...(col.max !== undefined ? { max: col.max } : {}) } as DataCheckConfig,
      });
    }
    if (col.values !== undefined) out.push({ source: `${at}.values`, config: { check: 'values_in_set', severity: severity(col, 'values'), column, values: [...col.values] } as DataCheckConfig });
    if (col.unique === true) out.push({ source: `${at}.unique`, config: { check: 'values_unique', severity: severity(col, 'unique'), column } as DataCheckConfig });
  });
  (contract.checks ?? []).forEach((config, i) => out.push({ source: `checks[${i}]`, config }));
  return out;
}
