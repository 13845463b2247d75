/**
 * The registry of data checks: each consolidated check of reference/metrics.md §1 (DV01–DV30) with the
 * snake_case name a policy file uses in `check:`. Code iterates over this table; nothing switches on names.
 */
export interface DataCheckEntry {
  /** Reference id, DV01–DV30. */
  readonly id: string;
  /** The value of `check:` in a policy file. */
  readonly name: string;
  /** One line for docs and reports. */
  readonly title: string;
}

export const DATA_CHECKS: readonly DataCheckEntry[] = Object.freeze([
  { id: 'DV01', name: 'column_exists', title: 'Column exists' },
  { id: 'DV02', name: 'columns_match_set', title: 'No unexpected columns' },
  { id: 'DV03', name: 'column_order', title: 'Column order' },
  { id: 'DV04', name: 'row_count_between', title: 'Row count bounds' },
  { id: 'DV05', name: 'row_count_vs_previous', title: 'Row count vs previous' },
  { id: 'DV06', name: 'values_not_null', title: 'Presence / completeness' },
  { id: 'DV07', name: 'column_type', title: 'Physical type' },
  { id: 'DV08', name: 'mixed_types', title: 'Mixed types in a string column' },
  { id: 'DV09', name: 'mixed_nulls', title: 'Mixed null tokens' },
  { id: 'DV10', name: 'values_between', title: 'Numeric range' },
  { id: 'DV11', name: 'no_nan_inf', title: 'NaN / Inf' },
  { id: 'DV12', name: 'values_in_set', title: 'Categorical domain' },
  { id: 'DV13', name: 'values_per_example', title: 'Values per example' },
  { id: 'DV14', name: 'distinct_count_between', title: 'Distinct-count bounds' },
  { id: 'DV15', name: 'values_unique', title: 'Unique key' },
  { id: 'DV16', name: 'duplicate_rows', title: 'Duplicate rows' },
  { id: 'DV17', name: 'duplicate_columns', title: 'Duplicate columns' },
  { id: 'DV18', name: 'constant_column', title: 'Constant column' },
  { id: 'DV19', name: 'empty_rows_columns', title: 'Empty rows/columns' },
  { id: 'DV20', name: 'values_match_regex', title: 'Regex' },
  { id: 'DV21', name: 'string_length_between', title: 'String length' },
  { id: 'DV22', name: 'string_variants', title: 'String variants' },
  { id: 'DV23', name: 'special_characters', title: 'Special characters' },
  { id: 'DV24', name: 'string_length_outliers', title: 'String-length outliers' },
  { id: 'DV25', name: 'dominant_value', title: 'Dominant value' },
  { id: 'DV26', name: 'summary_statistics', title: 'Summary statistics' },
  { id: 'DV27', name: 'conflicting_labels', title: 'Conflicting labels' },
  { id: 'DV28', name: 'feature_label_leakage', title: 'Feature→label leakage' },
  { id: 'DV29', name: 'feature_correlation', title: 'Feature–feature correlation' },
  { id: 'DV30', name: 'distribution_skew', title: 'Distribution skew/drift vs a control dataset' },
].map((e) => Object.freeze(e)));

/** The names accepted in `check:`. */
export const DATA_CHECK_NAMES: readonly string[] = Object.freeze(DATA_CHECKS.map((e) => e.name));

/** Looks a check up by its `check:` name or its DV id. */
export function findDataCheck(nameOrId: string): DataCheckEntry | undefined {
  return DATA_CHECKS.find((e) => e.name === nameOrId || e.id === nameOrId);
}
