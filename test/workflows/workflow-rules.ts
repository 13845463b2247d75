/**
 * MergeML's workflow lint: GitHub's own parser (@actions/workflow-parser, the schema the service uses) plus
 * the project's security rules. Returns findings instead of throwing, so negative fixtures can assert the
 * exact rule that fires.
 */
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { load } from 'js-yaml';

export type Rule = 'parse' | 'permissions' | 'pinned' | 'run-expression' | 'pull-request-target' | 'self-hosted' | 'persist-credentials' | 'workflow-run-justified';

export interface Finding {
  readonly rule: Rule;
  readonly message: string;
}

type Json = Record<string, unknown>;
const HOSTED = /^(ubuntu|windows|macos)-[a-z0-9.-]+$/;
const SHA_PIN = /^[^\s@]+\/[^\s@]+@[0-9a-f]{40}$/;
const FORK_GUARD = 'github.event.pull_request.head.repo.full_name == github.repository';

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

/** Every rule over one workflow file's text. */
export async function lintWorkflow(file: string, content: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (rule: Rule, message: string) => findings.push({ rule, message: `${file}: ${message}` });
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const template = parsed.value === undefined ? undefined : await convertWorkflowTemplate(parsed.context, parsed.value);
  const errors = [...parsed.context.errors.getErrors().map((e) => e.message), ...(template?.errors ?? []).map((e) => e.Message)];
  if (parsed.value === undefined && errors.length === 0) errors.push('empty workflow');
  for (const e of new Set(errors)) add('parse', e);

  const doc = load(content) as Json;
  const on = triggers(doc['on']);
  if (!('permissions' in doc)) add('permissions', 'no top-level permissions block (use `permissions: {}` and grant per job)');
  else if (typeof doc['permissions'] === 'string') add('permissions', `top-level permissions: ${String(doc['permissions'])} (use {} and grant per job)`);
  if (on.includes('pull_request_target')) add('pull-request-target', 'pull_request_target runs fork code with a write token and secrets');
  if (on.includes('workflow_run') && !/workflow_run:.*#\s*zizmor:\s*ignore\[dangerous-triggers\]\s+\S/.test(content)) add('workflow-run-justified', 'workflow_run needs a `# zizmor: ignore[dangerous-triggers] <reason>` justification');

  content.split('\n').forEach((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(#.*)?$/.exec(line);
    if (!m) return;
    const ref = m[2] ?? '';
    if (ref.startsWith('./') || ref.startsWith('docker://')) return;
    if (!SHA_PIN.test(ref)) add('pinned', `line ${i + 1}: ${ref} is not pinned to a full 40-hex commit SHA`);
    else if (!/^#\s*v\d+(\.\d+){0,2}\b/.test(m[3] ?? '')) add('pinned', `line ${i + 1}: ${ref} has no \`# vX.Y.Z\` version comment`);
  });

  const jobs = (doc['jobs'] ?? {}) as Record<string, Json>;
  const onlyTrusted = on.length > 0 && on.every((t) => ['push', 'schedule', 'workflow_dispatch', 'release', 'merge_group'].includes(t));
  for (const [id, job] of Object.entries(jobs)) {
    const steps = (job['steps'] ?? []) as Json[];
    steps.forEach((step, n) => {
      if (typeof step['run'] === 'string' && step['run'].includes('${{')) add('run-expression', `jobs.${id}.steps[${n}]: \${{ }} inside run: (pass values through env:)`);
      if (typeof step['uses'] === 'string' && step['uses'].startsWith('actions/checkout@') && ((step['with'] ?? {}) as Json)['persist-credentials'] !== false) add('persist-credentials', `jobs.${id}.steps[${n}]: checkout without persist-credentials: false`);
    });
    const runsOn = job['runs-on'];
    if (runsOn === undefined) continue;
    const hosted = typeof runsOn === 'string' && HOSTED.test(runsOn);
    const guarded = onlyTrusted || job['environment'] !== undefined || (typeof job['if'] === 'string' && job['if'].replace(/\s+/g, ' ').includes(FORK_GUARD));
    if (!hosted && !guarded) add('self-hosted', `jobs.${id}: runs-on ${JSON.stringify(runsOn)} may be a self-hosted runner; guard it (same-repository condition, an environment, or trusted triggers only)`);
  }
  return findings;
}
