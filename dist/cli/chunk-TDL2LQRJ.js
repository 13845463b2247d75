import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  evidencePaths,
  readEvidence,
  registerVersion
} from "./chunk-SM4UZ5D6.js";
import {
  loadRegistryPolicy
} from "./chunk-JMXOBL62.js";
import {
  ACTIONS_BOT_LOGIN,
  apiUrlFromEnv,
  createGitHubClient,
  mayHaveBeenApplied,
  statusOf,
  wrapGitHubError
} from "./chunk-V4DRTVB6.js";
import {
  actorOf,
  printJson,
  registryPorts,
  targetBranch
} from "./chunk-O4IL7M7M.js";
import {
  formatVersionTag
} from "./chunk-QQEFSOSX.js";
import {
  escapeMarkdown
} from "./chunk-XDDLN3TC.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";
import {
  InputError,
  InternalError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/registry-release.ts
import { open } from "node:fs/promises";
import { join } from "node:path";
import { createHash as createHash2 } from "node:crypto";

// src/adapters/github/releases.ts
import { createHash } from "node:crypto";
var PERMISSION = "contents: write";
async function findRelease(client, owner, repo, tag) {
  try {
    const all = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
    return all.find((r) => r.tag_name === tag);
  } catch (error) {
    throw wrapGitHubError(error, `list releases`, PERMISSION);
  }
}
async function ensureRelease(client, request, attempts = 3) {
  const { owner, repo, tag } = request;
  for (let attempt = 1; ; attempt++) {
    const found = await findRelease(client, owner, repo, tag);
    if (found) {
      if (found.name === request.name && found.body === request.body) return { action: attempt > 1 ? "created" : "exists", id: found.id, uploadUrl: found.upload_url };
      try {
        await client.rest.repos.updateRelease({ owner, repo, release_id: found.id, name: request.name, body: request.body });
      } catch (error) {
        throw wrapGitHubError(error, `update release ${tag}`, PERMISSION);
      }
      return { action: attempt > 1 ? "created" : "updated", id: found.id, uploadUrl: found.upload_url };
    }
    try {
      const { data } = await client.rest.repos.createRelease({
        owner,
        repo,
        tag_name: tag,
        name: request.name,
        body: request.body,
        draft: request.draft ?? false,
        prerelease: request.prerelease ?? false,
        request: { retries: 0 }
      });
      return { action: "created", id: data.id, uploadUrl: data.upload_url };
    } catch (error) {
      const retry = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry || attempt >= attempts) throw wrapGitHubError(error, `create release ${tag}`, PERMISSION);
    }
  }
}
async function ensureReleaseAsset(client, request, attempts = 3) {
  const { owner, repo, release, name, data } = request;
  const digest = `sha256:${createHash("sha256").update(data).digest("hex")}`;
  const uploadBase = release.uploadUrl.slice(0, release.uploadUrl.indexOf("/repos/"));
  for (let attempt = 1; ; attempt++) {
    let assets;
    try {
      assets = await client.paginate(client.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100 });
    } catch (error) {
      throw wrapGitHubError(error, `list assets of release ${release.id}`, PERMISSION);
    }
    const same = assets.find((a) => a.name === name);
    if (same) {
      const identical = same.digest ? same.digest === digest : same.size === data.length;
      if (!identical) throw new InputError(`release asset ${name} already exists with different content`, [{ file: name, message: `${same.digest ?? `${same.size} bytes`}`, expected: digest }]);
      return { action: attempt > 1 ? "created" : "exists", id: same.id };
    }
    try {
      const { data: asset } = await client.rest.repos.uploadReleaseAsset({
        owner,
        repo,
        release_id: release.id,
        name,
        // Octokit passes the bytes through untouched; its type says string.
        data,
        baseUrl: uploadBase,
        headers: { "content-type": request.contentType ?? "application/octet-stream", "content-length": data.length },
        request: { retries: 0 }
      });
      return { action: "created", id: asset.id };
    } catch (error) {
      const retry = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry || attempt >= attempts) throw wrapGitHubError(error, `upload release asset ${name}`, PERMISSION);
    }
  }
}

// src/adapters/github/git-tags.ts
var PERMISSION2 = "contents: write";
async function tagCommit(client, owner, repo, tag) {
  try {
    const { data } = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
    if (data.object.type !== "tag") return data.object.sha;
    const { data: tagObject } = await client.rest.git.getTag({ owner, repo, tag_sha: data.object.sha });
    return tagObject.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw wrapGitHubError(error, `read tag ${tag}`, PERMISSION2);
  }
}
async function ensureTag(client, request, attempts = 3) {
  const { owner, repo, tag, sha } = request;
  const ref = `refs/tags/${tag}`;
  for (let attempt = 1; ; attempt++) {
    const current = await tagCommit(client, owner, repo, tag);
    if (current === sha) return { action: attempt > 1 ? "created" : "exists", ref };
    if (current !== void 0) {
      throw new InputError(`tag ${tag} already exists at another commit`, [{ file: ref, message: `points at ${current}`, expected: `${sha} (tags are never moved)` }]);
    }
    try {
      let target = sha;
      if (request.message !== void 0) {
        const { data } = await client.rest.git.createTag({ owner, repo, tag, message: request.message, object: sha, type: "commit" });
        target = data.sha;
      }
      await client.rest.git.createRef({ owner, repo, ref, sha: target, request: { retries: 0 } });
      return { action: "created", ref };
    } catch (error) {
      const retry = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry || attempt >= attempts) throw wrapGitHubError(error, `create tag ${tag}`, PERMISSION2);
    }
  }
}

// src/adapters/github/sticky-comment.ts
var GITHUB_COMMENT_LIMIT = 65536;
var PERMISSION3 = "pull-requests: write";
async function findStickyComments(client, pr, marker, botLogin) {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.issueNumber, per_page: 100 });
    return comments.filter((c) => c.user?.login === botLogin && (c.body ?? "").includes(marker)).sort((a, b) => a.id - b.id).map((c) => ({ id: c.id, body: c.body ?? "", url: c.html_url }));
  } catch (error) {
    throw wrapGitHubError(error, `list the comments of #${pr.issueNumber}`, PERMISSION3);
  }
}
async function update(client, pr, found, body) {
  if (found.body === body) return "unchanged";
  try {
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: found.id, body });
    return "updated";
  } catch (error) {
    throw wrapGitHubError(error, `update comment ${found.id}`, PERMISSION3);
  }
}
async function upsertStickyComment(client, pr, comment, attempts = 3) {
  const { marker, botLogin } = comment;
  const body = comment.body.includes(marker) ? comment.body : `${marker}
${comment.body}`;
  if (body.length > GITHUB_COMMENT_LIMIT) throw new InternalError(`comment body has ${body.length} characters; GitHub accepts at most ${GITHUB_COMMENT_LIMIT}`);
  let triedCreate = false;
  for (let attempt = 1; ; attempt++) {
    const found = await findStickyComments(client, pr, marker, botLogin);
    const [keep, ...duplicates] = found;
    if (keep) {
      for (const dup of duplicates) {
        try {
          await client.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: dup.id });
        } catch (error) {
          throw wrapGitHubError(error, `delete duplicate comment ${dup.id}`, PERMISSION3);
        }
      }
      const updated = await update(client, pr, keep, body);
      const action = triedCreate && updated === "unchanged" ? "created" : updated;
      return { action, commentId: keep.id, url: keep.url, deletedDuplicates: duplicates.length };
    }
    triedCreate = true;
    try {
      const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.issueNumber, body, request: { retries: 0 } });
      return { action: "created", commentId: data.id, url: data.html_url, deletedDuplicates: 0 };
    } catch (error) {
      if (!mayHaveBeenApplied(error) || attempt >= attempts) throw wrapGitHubError(error, `comment on #${pr.issueNumber}`, PERMISSION3);
    }
  }
}

// src/pipeline/registry-release.ts
async function readRange(path, start, length) {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, start);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function publishRelease(client, request) {
  const { owner, repo, manifest } = request;
  const tag = formatVersionTag(manifest.model, manifest.version);
  const body = [`MergeML registry: ${escapeMarkdown(manifest.model)} ${manifest.version}${request.stage ? `, assigned to ${request.stage}` : ""}.`, "", "Every asset is listed with its sha256 in `manifest.json`; verify before use (`mergeml registry verify --assets DIR`).", ""].join("\n");
  await ensureTag(client, { owner, repo, tag, sha: request.versionTag.commit, message: request.versionTag.message });
  const release = await ensureRelease(client, { owner, repo, tag, name: `${manifest.model} ${manifest.version}`, body });
  const assets = [];
  const upload = async (name, data, contentType) => {
    await ensureReleaseAsset(client, { owner, repo, release, name, data, contentType });
    assets.push(name);
  };
  await upload("manifest.json", new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}
`), "application/json");
  await upload("model-card.md", new TextEncoder().encode(request.modelCard), "text/markdown");
  for (const f of manifest.files) {
    let offset = 0;
    for (const shard of f.shards) {
      const data = await readRange(join(request.artifactDir, f.path), offset, shard.bytes);
      offset += shard.bytes;
      const digest = createHash2("sha256").update(data).digest("hex");
      if (digest !== shard.sha256) throw new InputError(`refusing to upload ${shard.name}: it changed since it was verified`, [{ file: join(request.artifactDir, f.path), message: `sha256 ${digest}`, expected: shard.sha256 }]);
      await upload(shard.name, data, "application/octet-stream");
    }
  }
  let commentUrl = null;
  if (request.pullRequest !== void 0) {
    const marker = `<!-- mergeml:registry model=${encodeURIComponent(manifest.model)} -->`;
    const lines = [
      `### MergeML registry: ${escapeMarkdown(manifest.model)} ${manifest.version} registered`,
      "",
      `Tag \`${tag}\`${request.stage ? `, assigned to **${request.stage}**` : ""}. Release assets: ${assets.length} (sha256 in \`manifest.json\`).`,
      "",
      "| file | bytes | sha256 |",
      "|---|---:|---|",
      ...manifest.files.map((f) => `| ${escapeMarkdown(f.path)} | ${f.bytes} | \`${f.sha256.slice(0, 16)}\u2026\` |`)
    ];
    const res = await upsertStickyComment(client, { owner, repo, issueNumber: request.pullRequest }, { marker, body: `${marker}
${lines.join("\n")}
`, botLogin: request.botLogin });
    commentUrl = res.url;
  }
  return { releaseId: release.id, assets, commentUrl };
}

// src/pipeline/promote-on-merge.ts
async function completePullRequest(request) {
  const pr = request.pullRequest;
  if (request.github === void 0 || pr === void 0 || pr.openedAt !== null && pr.headSha !== null && pr.author) return request;
  const { client, owner, repo } = request.github;
  let data;
  try {
    data = (await client.rest.pulls.get({ owner, repo, pull_number: pr.number })).data;
  } catch (error) {
    throw wrapGitHubError(error, `read pull request #${pr.number}`, "pull-requests: read");
  }
  const str = (v) => typeof v === "string" && v.length > 0 ? v : null;
  return {
    ...request,
    pullRequest: {
      ...pr,
      openedAt: pr.openedAt ?? str(data.created_at),
      headSha: pr.headSha ?? str(data.head?.sha),
      author: pr.author ?? str(data.user?.login),
      mergedBy: pr.mergedBy ?? str(data.merged_by?.login),
      mergedAt: pr.mergedAt ?? str(data.merged_at)
    }
  };
}
async function promoteOnMerge(ports, given) {
  const request = await completePullRequest(given);
  const registered = await registerVersion(ports, request);
  if (request.github === void 0) return { ...registered, release: null };
  const { client, owner, repo, botLogin } = request.github;
  const versionTag = (await ports.git.listTags()).find((t) => t.name === registered.tags[0]);
  if (versionTag === void 0) throw new InternalError(`tag ${registered.tags[0]} was published but is not in this clone`);
  const rel = await publishRelease(client, {
    versionTag: { commit: versionTag.commit, message: versionTag.message },
    owner,
    repo,
    manifest: registered.manifest,
    modelCard: registered.modelCard,
    artifactDir: request.evidence.artifactDir,
    stage: registered.stage,
    botLogin,
    ...request.pullRequest ? { pullRequest: request.pullRequest.number } : {}
  });
  ports.afterStep?.("released");
  ports.afterStep?.("commented");
  return { ...registered, release: { id: rel.releaseId, assets: rel.assets, commentUrl: rel.commentUrl } };
}

// src/cli/commands/registry-register.ts
var NAME = "registry register";
var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
var registryRegisterCommand = {
  name: NAME,
  summary: "register the next version from verified results (optionally assign a stage, release, comment)",
  help: `Usage: mergeml registry register --results DIR [--stage staging] [--config mergeml.yaml] [--branch B]
                                 [--pr N --pr-opened-at ISO --pr-head-sha SHA --pr-author LOGIN]
                                 [--commit SHA] [--release] [--json]

Re-verifies every artifact file against its sha256, plans the next version (major: input schema changed,
minor: retrained, patch: metadata only), writes registry/<model>/<version>/\u2026, tags <model>@<version> (and
<model>#<stage>#<n> with --stage) and publishes branch and tags atomically, retrying on conflict. A re-run
with the same evidence changes nothing. See docs/registry.md.

Options:
  --results DIR        model/ (mergeml train output), metrics.json, gates.json, fairness.json (optional)
  --artifact DIR, --metrics FILE, --gates FILE, --fairness FILE   override one of them
  --stage NAME         assign this stage at once (refused, exit 1, when the gates failed)
  --config FILE        project file with the registry: policy (default mergeml.yaml when present)
  --branch NAME        branch to publish to (default: the current branch)
  --pr N, --pr-opened-at ISO, --pr-head-sha SHA, --pr-author LOGIN   the merged pull request (lead time)
  --commit SHA         the commit the model was built from
  --release            create the GitHub release with assets and comment on --pr (GITHUB_TOKEN,
                       GITHUB_REPOSITORY, GITHUB_API_URL from the environment)
  --shard-bytes N      split release assets into shards of N bytes (default 2 GiB - 1, GitHub's limit)
  --json               JSON output (kind "mergeml.registry-register", schemaVersion 1)

Exit codes: 0 registered (or already registered), 1 refused (gates failed), 2 usage/input/config error.`,
  options: {
    results: { type: "string" },
    artifact: { type: "string" },
    metrics: { type: "string" },
    gates: { type: "string" },
    fairness: { type: "string" },
    stage: { type: "string" },
    config: { type: "string" },
    branch: { type: "string" },
    pr: { type: "string" },
    "pr-opened-at": { type: "string" },
    "pr-head-sha": { type: "string" },
    "pr-author": { type: "string" },
    commit: { type: "string" },
    release: { type: "boolean" },
    json: { type: "boolean" },
    "shard-bytes": { type: "string" }
  },
  async run(args, ctx) {
    const s = (n) => optionalString(args, n);
    const prText = s("pr");
    const pr = prText === void 0 ? void 0 : Number(prText);
    if (pr !== void 0 && !(Number.isInteger(pr) && pr > 0)) throw new UsageError(`mergeml ${NAME}: --pr ${JSON.stringify(prText)} is not a pull request number.`);
    const openedAt = s("pr-opened-at");
    if (openedAt !== void 0 && !ISO.test(openedAt)) throw new UsageError(`mergeml ${NAME}: --pr-opened-at ${JSON.stringify(openedAt)} is not an ISO-8601 time (e.g. 2026-11-23T10:00:00Z).`);
    for (const flag of ["commit", "pr-head-sha"]) {
      const v = s(flag);
      if (v !== void 0 && !/^[0-9a-f]{7,64}$/.test(v)) throw new UsageError(`mergeml ${NAME}: --${flag} ${JSON.stringify(v)} is not a git commit id (7 to 64 lowercase hex digits).`);
    }
    const shardText = s("shard-bytes");
    const shardBytes = shardText === void 0 ? void 0 : Number(shardText);
    if (shardBytes !== void 0 && !(Number.isInteger(shardBytes) && shardBytes > 0)) throw new UsageError(`mergeml ${NAME}: --shard-bytes must be a positive integer.`);
    const stage = s("stage");
    const paths = evidencePaths(ctx.cwd, s("results"), { ...s("artifact") ? { artifact: s("artifact") } : {}, ...s("metrics") ? { metrics: s("metrics") } : {}, ...s("gates") ? { gates: s("gates") } : {}, ...s("fairness") ? { fairness: s("fairness") } : {} });
    const policy = await loadRegistryPolicy(ctx.cwd, s("config"));
    const evidence = await readEvidence(paths);
    const ports = await registryPorts(ctx);
    let github;
    if (args.values["release"] === true) {
      const token = ctx.env["GITHUB_TOKEN"];
      const [owner, repo] = (ctx.env["GITHUB_REPOSITORY"] ?? "").split("/");
      if (!token || !owner || !repo) throw new UsageError(`mergeml ${NAME}: --release needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment.`);
      github = { client: createGitHubClient({ token, baseUrl: apiUrlFromEnv(ctx.env) }), owner, repo, botLogin: ctx.env["MERGEML_BOT_LOGIN"] || ACTIONS_BOT_LOGIN };
    }
    const result = await promoteOnMerge(ports, {
      evidence,
      policy,
      branch: await targetBranch(args, ports.git),
      actor: actorOf(ctx),
      config: policy.config,
      ...stage !== void 0 ? { stage } : {},
      ...pr !== void 0 ? { pullRequest: { number: pr, openedAt: openedAt ?? null, headSha: s("pr-head-sha") ?? null, author: s("pr-author") ?? null } } : {},
      ...s("commit") !== void 0 ? { sourceCommit: s("commit") } : {},
      ...shardBytes !== void 0 ? { shardBytes } : {},
      ...github ? { github } : {}
    });
    const { modelCard: _card, manifest: _manifest, ...summary } = result;
    if (args.values["json"] === true) printJson(ctx, summary);
    else ctx.stdout(`${result.created ? "registered" : "already registered"} ${result.model} ${result.version} (${result.bump ?? "n/a"}): ${result.tags.join(", ")}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ""}
`);
    return EXIT.ok;
  }
};

export {
  registryRegisterCommand
};
