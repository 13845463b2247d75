/** One rendered section of a report. Sections are cut whole, lowest `priority` first, to fit a budget. */
export interface ReportSection {
  /** Stable id (`metrics`, `validation`, …), used in truncation notices and tests. */
  readonly id: string;
  /** Plain-text title (fixed strings, never user text). */
  readonly title: string;
  /** Higher survives longer when the report must shrink. */
  readonly priority: number;
  readonly markdown: string;
}

/** Row caps per rendering target: a PR comment shows less than the job summary. */
export interface RowLimits {
  readonly findings: number;
  readonly tableRows: number;
  readonly checklist: number;
}

export const COMMENT_ROW_LIMITS: RowLimits = { findings: 25, tableRows: 30, checklist: 50 };
export const SUMMARY_ROW_LIMITS: RowLimits = { findings: 500, tableRows: 1000, checklist: 500 };
