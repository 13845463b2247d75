/** Fairness tables and bias gates, the compliance checklist and the training card. */
import { escapeValue } from './escape-markdown.js';
import { details, formatCell, markdownTable, renderReportTable, statusIcon } from './markdown-blocks.js';
import { renderGatesSection } from './metrics-section.js';
import type { ReportSection, RowLimits } from './report-section.js';
import type { ComplianceSection, FairnessSection, TrainingCard } from './results-bundle.js';

/** Bias gates visible; each fairness table (per attribute or intersection) collapsed. */
export function renderFairnessSection(fairness: FairnessSection, limits: RowLimits): ReportSection {
  const parts: string[] = [];
  if (fairness.summary) parts.push(escapeValue(fairness.summary, 2000), '');
  if (fairness.gates.length > 0) parts.push('**Bias gates**', '', renderGatesSection(fairness.gates).markdown);
  else parts.push('_No bias gates configured._');
  for (const table of fairness.tables) {
    parts.push('', details(table.title ?? 'Fairness table', renderReportTable({ ...table, title: undefined }, limits.tableRows)));
  }
  return { id: 'fairness', title: 'Fairness', priority: 80, markdown: parts.join('\n') };
}

/** The compliance checklist as a status table (task-list checkboxes would be clickable in comments). */
export function renderComplianceSection(compliance: ComplianceSection, limits: RowLimits): ReportSection {
  const met = compliance.items.filter((i) => i.status === 'pass').length;
  const shown = compliance.items.slice(0, limits.checklist);
  const rows = shown.map((i) => [statusIcon(i.status), escapeValue(i.id, 60), escapeValue(i.requirement, 300), i.evidence ? escapeValue(i.evidence, 300) : '—']);
  const head = `${compliance.framework ? `${escapeValue(compliance.framework, 200)}: ` : ''}${met} of ${compliance.items.length} requirements met.`;
  const table = markdownTable(['', 'Id', 'Requirement', 'Evidence'], rows);
  const more = compliance.items.length > shown.length ? `\n\n_${compliance.items.length - shown.length} more items not shown._` : '';
  const body = rows.length > 10 ? details('Checklist', table + more, compliance.items.some((i) => i.status === 'fail')) : table + more;
  return { id: 'compliance', title: 'Compliance', priority: 50, markdown: `${head}\n\n${body}` };
}

/** The training card: key facts as a two-column table, plus its tables and notes, collapsed. */
export function renderTrainingCard(card: TrainingCard, limits: RowLimits): ReportSection {
  const parts = [markdownTable(['Field', 'Value'], card.fields.map((f) => [escapeValue(f.name, 100), formatCell(f.value)]))];
  for (const table of card.tables) parts.push('', renderReportTable(table, limits.tableRows));
  if (card.notes) parts.push('', escapeValue(card.notes, 5000));
  return { id: 'training', title: 'Training card', priority: 30, markdown: details('Training card', parts.join('\n')) };
}
