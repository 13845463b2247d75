import { escapeMarkdown, truncateText } from '../report/escape-markdown.js';
import { formatMetric } from './format-number.js';
import type { MetricValue } from './metric-value.js';

/** Numbered notes under a table: every n/a and every value defined by convention points to one. */
export class MarkdownNotes {
  private readonly notes: string[] = [];

  /** The note number of a text (the same text shares one number). */
  ref(text: string): number {
    const i = this.notes.indexOf(text);
    if (i >= 0) return i + 1;
    this.notes.push(text);
    return this.notes.length;
  }

  /** `n/a (short reason; note k)`: the reason's first clause in the cell, the whole of it in note k. */
  na(reason: string): string {
    const short = truncateText(reason.split(/, |; | \(/)[0] ?? reason, 60);
    return `n/a (${escapeMarkdown(short)}; note ${this.ref(reason)})`;
  }

  /** A cell for a metric value: the number, `n/a (reason; note k)` when undefined, `x (note k)` when conventional. */
  cell(v: MetricValue | undefined, bold = false): string {
    if (v === undefined) return this.na('not computed');
    if (v.value === null) return this.na(v.note ?? 'undefined');
    const number = bold ? `**${formatMetric(v.value)}** ▼` : formatMetric(v.value);
    return v.note === undefined ? number : `${number} (note ${this.ref(v.note)})`;
  }

  /** The rendered list, or nothing when no note was referenced. */
  render(): string[] {
    if (this.notes.length === 0) return [];
    return ['', 'Notes:', '', ...this.notes.map((n, i) => `${i + 1}. ${escapeMarkdown(n)}`)];
  }
}

/** A GFM table from a header and rows of already escaped cells; `align` marks numeric columns. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[] = []): string[] {
  const sep = header.map((_, i) => (numeric[i] ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? '—' : c)).join(' | ')} |`;
  return [line(header), `|${sep.join('|')}|`, ...rows.map(line)];
}
