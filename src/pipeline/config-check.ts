import type { Problem } from '../core/errors.js';
import { countPolicyGates } from '../core/policy/compose-policy.js';
import { flatten, loadProject, type ConfigFiles, type LoadedPolicy, type LoadedProject } from './load-project.js';

/** `mergeml config check --json` output; bump schemaVersion on any incompatible change (docs/config.md). */
export interface ConfigSummary {
  readonly schemaVersion: 1;
  readonly project: string;
  readonly valid: true;
  readonly models: readonly {
    readonly name: string;
    readonly task: string;
    readonly target: string;
    readonly positive_class: string | number | boolean | null;
    readonly features: readonly string[];
    readonly protected: readonly { readonly column: string; readonly basis: string }[];
    readonly data: readonly { readonly role: string; readonly file: string; readonly sha256: string | null }[];
    readonly contract: string | null;
    readonly policies: readonly string[];
  }[];
  readonly policies: readonly {
    readonly ref: string;
    readonly name: string;
    readonly file: string;
    readonly builtin: boolean;
    readonly extends: readonly string[];
    readonly data_checks: number;
    readonly metric_gates: number;
    readonly fairness_gates: number;
    readonly sections: readonly string[];
  }[];
}

/** Summarises a loaded project: the models and every policy that applies, with gate counts. */
export function summarizeProject(project: LoadedProject): ConfigSummary {
  const all = new Map<string, LoadedPolicy>();
  for (const m of project.models) for (const p of flatten(m.policies)) if (!all.has(p.path)) all.set(p.path, p);
  return {
    schemaVersion: 1,
    project: project.file,
    valid: true,
    models: project.models.map((m) => ({
      name: m.name,
      task: m.config.task,
      target: m.config.target,
      positive_class: m.config.positive_class ?? null,
      features: [...m.config.features],
      protected: m.config.protected.map((p) => ({ column: p.column, basis: p.basis })),
      data: m.data.map((d) => ({ role: d.role, file: d.file, sha256: d.sha256 ?? null })),
      contract: m.contractFile ?? null,
      policies: [...m.policy.names],
    })),
    policies: [...all.values()].map((p) => ({
      ref: p.ref,
      name: p.config.name,
      file: p.file,
      builtin: p.builtin,
      extends: p.extends.map((e) => e.ref),
      ...countPolicyGates(p.config),
    })),
  };
}

/** `config check --json` output for an invalid configuration: every problem, in report order. */
export interface InvalidConfigReport {
  readonly schemaVersion: 1;
  readonly project: string;
  readonly valid: false;
  readonly problems: readonly { file: string | null; line: number | null; column: number | null; path: string | null; message: string; expected: string | null }[];
}

export function invalidConfigReport(project: string, problems: readonly Problem[]): InvalidConfigReport {
  return {
    schemaVersion: 1,
    project,
    valid: false,
    problems: problems.map((p) => ({ file: p.file ?? null, line: p.line ?? null, column: p.column ?? null, path: p.path ?? null, message: p.message, expected: p.expected ?? null })),
  };
}

/** Validates a project and all its policies; throws ConfigError with every problem, else summarises. */
export async function checkConfig(configPath: string, files: ConfigFiles, cwd: string): Promise<ConfigSummary> {
  return summarizeProject(await loadProject(configPath, files, cwd));
}

/** The human rendering of a summary. */
export function renderConfigSummary(s: ConfigSummary): string {
  const lines = [`${s.project}: valid — ${s.models.length} model${s.models.length === 1 ? '' : 's'}, ${s.policies.length} polic${s.policies.length === 1 ? 'y' : 'ies'}`, ''];
  for (const m of s.models) {
    lines.push(`model ${m.name} (${m.task})`);
    lines.push(`  target     ${m.target}${m.positive_class !== null ? ` (positive class: ${String(m.positive_class)})` : ''}`);
    lines.push(`  features   ${m.features.length}: ${m.features.join(', ')}`);
    lines.push(`  protected  ${m.protected.length === 0 ? 'none' : m.protected.map((p) => `${p.column} (${p.basis})`).join(', ')}`);
    for (const d of m.data) lines.push(`  ${d.role.padEnd(10)} ${d.file}${d.sha256 ? ' (sha256 pinned, verified)' : ''}`);
    if (m.contract) lines.push(`  contract   ${m.contract}`);
    lines.push(`  policies   ${m.policies.length === 0 ? 'none' : m.policies.join(' → ')}`);
    lines.push('');
  }
  if (s.policies.length > 0) lines.push('policies');
  for (const p of s.policies) {
    const parts = [`${p.data_checks} data check${p.data_checks === 1 ? '' : 's'}`, `${p.metric_gates} metric gate${p.metric_gates === 1 ? '' : 's'}`, `${p.fairness_gates} fairness gate${p.fairness_gates === 1 ? '' : 's'}`];
    lines.push(`  ${p.name.padEnd(16)} ${p.builtin ? p.ref : p.file}: ${parts.join(', ')}${p.sections.length > 0 ? `; ${p.sections.join(', ')}` : ''}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
