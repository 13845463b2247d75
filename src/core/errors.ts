/**
 * Typed errors. Exit codes and annotations are derived from these in exactly one place
 * (src/cli/exit-codes.ts); nothing else decides how a failure is reported.
 */

/** Where a problem is: a file with an optional 1-based line and column, or a named input. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** One problem in user input: where, what is wrong, and the form that was expected. */
export interface Problem extends Partial<SourceLocation> {
  /** Dotted path inside a structured document (`models.credit-risk.target`), when known. */
  readonly path?: string;
  readonly message: string;
  readonly expected?: string;
  readonly severity?: 'error' | 'warning';
}

/** Formats a problem as `file:line:col: message (expected: …)`, the form editors and CI logs link. */
export function formatProblem(p: Problem): string {
  const where = p.file === undefined ? '' : `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.line !== undefined && p.column !== undefined ? `:${p.column}` : ''}: `;
  const path = p.path ? `${p.path}: ` : '';
  const expected = p.expected ? ` (expected ${p.expected})` : '';
  return `${where}${path}${p.message}${expected}`;
}

/** Base class of every error MergeML raises on purpose. */
export abstract class MergemlError extends Error {
  abstract readonly kind: 'usage' | 'input' | 'config' | 'check' | 'internal';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The command line itself is wrong: unknown command or flag, missing argument. Exit 2. */
export class UsageError extends MergemlError {
  readonly kind = 'usage' as const;
}

/** A data, predictions or artifact file cannot be used as given. Exit 2. */
export class InputError extends MergemlError {
  readonly kind = 'input' as const;
  readonly problems: readonly Problem[];
  constructor(message: string, problems: readonly Problem[] = [], options?: { cause?: unknown }) {
    super(problems.length > 0 ? `${message}\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}` : message, options);
    this.problems = problems;
  }
}

/** A project or policy file is invalid. All problems of a file are reported together. Exit 2. */
export class ConfigError extends MergemlError {
  readonly kind = 'config' as const;
  readonly problems: readonly Problem[];
  constructor(message: string, problems: readonly Problem[] = [], options?: { cause?: unknown }) {
    super(problems.length > 0 ? `${message}\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}` : message, options);
    this.problems = problems;
  }
}

/** A check or gate failed. The report has been written before this is thrown. Exit 1. */
export class CheckFailedError extends MergemlError {
  readonly kind = 'check' as const;
}

/** A defect in MergeML itself. Exit 70. */
export class InternalError extends MergemlError {
  readonly kind = 'internal' as const;
}
