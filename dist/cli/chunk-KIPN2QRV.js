import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  apiUrlFromEnv,
  createGitHubClient,
  resolveBotLogin,
  wrapGitHubError
} from "./chunk-V4DRTVB6.js";
import {
  runDrift
} from "./chunk-BXXCK5Y4.js";
import {
  escapeMarkdown
} from "./chunk-XDDLN3TC.js";
import {
  loadProject,
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
import {
  readBatches
} from "./chunk-RBULLJ36.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  requireString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/monitor.ts
import { relative, resolve } from "node:path";

// src/adapters/github/marked-issue.ts
async function findOpen(client, at, marker, botLogin) {
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...at, state: "open", per_page: 100 });
  return issues.find((i) => !i.pull_request && i.user?.login === botLogin && (i.body ?? "").includes(marker));
}
async function upsertMarkedIssue(client, at, issue, open) {
  const body = `${issue.marker}
${issue.body}`;
  try {
    const existing = await findOpen(client, at, issue.marker, issue.botLogin);
    if (existing && !open) {
      const { data: data2 } = await client.rest.issues.update({ ...at, issue_number: existing.number, body, state: "closed", state_reason: "completed" });
      return { number: data2.number, action: "closed", url: data2.html_url };
    }
    if (existing) {
      const { data: data2 } = await client.rest.issues.update({ ...at, issue_number: existing.number, title: issue.title, body });
      return { number: data2.number, action: "updated", url: data2.html_url };
    }
    if (!open) return { number: null, action: "none", url: null };
    const { data } = await client.rest.issues.create({ ...at, title: issue.title, body, labels: [...issue.labels], request: { retries: 0 } });
    return { number: data.number, action: "created", url: data.html_url };
  } catch (error) {
    throw wrapGitHubError(error, `open or update the issue ${issue.title}`, "issues: write");
  }
}
async function ensurePullRequest(client, at, pr) {
  try {
    const open = await client.paginate(client.rest.pulls.list, { ...at, state: "open", head: `${at.owner}:${pr.head}`, base: pr.base, per_page: 100 });
    const found = open.find((p) => p.head.ref === pr.head);
    if (found) return { number: found.number, action: "exists", url: found.html_url };
    const { data } = await client.rest.pulls.create({ ...at, head: pr.head, base: pr.base, title: pr.title, body: pr.body, request: { retries: 0 } });
    return { number: data.number, action: "created", url: data.html_url };
  } catch (error) {
    throw wrapGitHubError(error, `open the pull request from ${pr.head}`, "pull-requests: write");
  }
}

// src/pipeline/monitor.ts
var monitorMarker = (model) => `<!-- mergeml:monitor model=${encodeURIComponent(model).replace(/-/g, "%2D")} -->`;
function issueBody(o, d, drifted) {
  const head = drifted ? `Data drift detected for **${escapeMarkdown(o.model)}**: ${escapeMarkdown(d.report.current.file)} (${d.report.current.rows} rows) against the production reference ${escapeMarkdown(d.report.reference.file)} (${d.report.reference.rows} rows).` : `No data drift for **${escapeMarkdown(o.model)}** any more: closing.`;
  const run = o.runUrl ? `

[Monitoring run](${o.runUrl})` : "";
  return `${head}${run}

${d.markdown}`.slice(0, 6e4);
}
async function monitor(options, ports) {
  const outcome = await runDrift({ reference: options.reference, current: options.current, drift: options.drift }, ports);
  const drifted = outcome.report.dataset.dataset_drift;
  const driftedColumns = outcome.report.columns.filter((c) => c.drift_detected).map((c) => c.column);
  const botLogin = await resolveBotLogin(ports.github, options.botLogin);
  const at = { owner: options.owner, repo: options.repo };
  const issue = await upsertMarkedIssue(ports.github, at, { marker: monitorMarker(options.model), title: `MergeML: data drift in ${options.model}`, body: issueBody(options, outcome, drifted), labels: options.labels ?? ["mergeml", "drift"], botLogin }, drifted);
  const pullRequest = drifted && options.retrain ? await ensurePullRequest(ports.github, at, {
    head: options.retrain.branch,
    base: options.retrain.base,
    title: `MergeML: retrain ${options.model} on new data`,
    body: `Retrains **${escapeMarkdown(options.model)}** on the newly arrived data (drift: ${driftedColumns.map((c) => escapeMarkdown(c)).join(", ") || "dataset"}).${issue.number !== null ? `

Refs #${issue.number}` : ""}`
  }) : null;
  return { schemaVersion: 1, kind: "mergeml.monitor", model: options.model, drifted, driftedColumns, issue, pullRequest };
}

// src/cli/commands/monitor.ts
var monitorCommand = {
  name: "monitor",
  summary: "drift of new data against the production reference \u2192 one GitHub issue per model (and a retraining PR)",
  help: `Usage: mergeml monitor --model NAME --current FILE --repo OWNER/NAME [--config mergeml.yaml] [--reference FILE]
                       [--retrain-branch BRANCH --base BRANCH] [--bot-login LOGIN] [--json]

Measures drift of FILE against the model's reference data (the data of the model in production; the
drift settings of its policies), then opens, updates or closes the model's drift issue on GitHub, found
by a hidden marker and the bot's authorship. With --retrain-branch, also opens (once) a pull request from
that branch. Token from GITHUB_TOKEN, API from GITHUB_API_URL. See docs/actions/monitor.md.

Options:
  -c, --config FILE         project file (default mergeml.yaml)
  --model NAME              the model to monitor (required)
  --current FILE            newly arrived data to compare with the reference (required)
  --reference FILE          reference data (default: the model's data.reference)
  --repo OWNER/NAME         repository for the drift issue (default GITHUB_REPOSITORY)
  --retrain-branch BRANCH   also open (once) a retraining pull request from BRANCH
  --base BRANCH             base branch of the retraining pull request
  --bot-login LOGIN         the bot's login, when GET /user cannot tell it (GitHub App tokens)
  --json                    print the result as JSON

Exit codes: 0 done (drift or not: see the output), 2 usage/input/config error or GitHub refused.`,
  options: {
    config: { type: "string", short: "c" },
    model: { type: "string" },
    current: { type: "string" },
    reference: { type: "string" },
    repo: { type: "string" },
    "retrain-branch": { type: "string" },
    base: { type: "string" },
    "bot-login": { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const name = requireString(args, "model", "monitor");
    const [owner, repo, extra] = (optionalString(args, "repo") ?? ctx.env["GITHUB_REPOSITORY"] ?? "").split("/");
    if (!owner || !repo || extra !== void 0) throw new UsageError("mergeml monitor: --repo OWNER/NAME is required (or GITHUB_REPOSITORY).");
    const token = ctx.env["GITHUB_TOKEN"];
    if (!token) throw new UsageError("mergeml monitor: set GITHUB_TOKEN (issues: write; pull-requests: write with --retrain-branch).");
    const project = await loadProject(resolve(ctx.cwd, optionalString(args, "config") ?? "mergeml.yaml"), nodeConfigFiles(), ctx.cwd);
    const model = project.models.find((m) => m.name === name);
    if (!model) throw new UsageError(`mergeml monitor: no model ${JSON.stringify(name)} in ${project.file}; models: ${project.models.map((m) => m.name).join(", ")}`);
    const refOption = optionalString(args, "reference");
    const reference = refOption !== void 0 ? resolve(ctx.cwd, refOption) : model.data.find((d2) => d2.role === "reference")?.path;
    if (reference === void 0) throw new UsageError(`mergeml monitor: model ${name} has no reference data; pass --reference FILE`);
    const file = (p) => ({ path: p, file: relative(ctx.cwd, p) || p });
    const d = model.policy.drift;
    const branch = optionalString(args, "retrain-branch");
    const result = await monitor(
      {
        owner,
        repo,
        model: name,
        reference: file(reference),
        current: file(resolve(ctx.cwd, requireString(args, "current", "monitor"))),
        drift: { stattest: d?.stattest ?? "auto", driftShare: d?.drift_share ?? 0.5, severity: d?.severity ?? "warning", ...d?.threshold !== void 0 ? { threshold: d.threshold } : {}, ...d?.columns ? { columns: d.columns } : {} },
        ...optionalString(args, "bot-login") ? { botLogin: optionalString(args, "bot-login") } : {},
        ...branch ? { retrain: { branch, base: optionalString(args, "base") ?? "main" } } : {}
      },
      { github: createGitHubClient({ token, baseUrl: apiUrlFromEnv(ctx.env) }), readBatches: (p, o) => readBatches(p, o) }
    );
    if (args.values["json"] === true) ctx.stdout(`${JSON.stringify(result, null, 2)}
`);
    else ctx.stdout(`${name}: ${result.drifted ? `drift in ${result.driftedColumns.join(", ") || "the dataset"}` : "no drift"}; issue ${result.issue.action}${result.issue.url ? ` ${result.issue.url}` : ""}${result.pullRequest ? `; pull request ${result.pullRequest.url}` : ""}
`);
    return EXIT.ok;
  }
};

export {
  monitorCommand
};
