/**
 * The GitHub side of promote-on-merge, after the tags are pushed: the release of `<model>@<version>`
 * with the manifest, the model card and every artifact (sharded above the asset limit, each shard's
 * sha256 re-checked before upload), and a sticky comment on the merged pull request. Idempotent.
 */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { InputError } from '../core/errors.js';
import type { RegistryManifest } from '../core/registry/registry-records.js';
import { formatVersionTag } from '../core/registry/tag-name.js';
import type { GitHubClient } from '../adapters/github/github-client.js';
import { ensureRelease, ensureReleaseAsset } from '../adapters/github/releases.js';
import { ensureTag } from '../adapters/github/git-tags.js';
import { upsertStickyComment } from '../adapters/github/sticky-comment.js';
import { escapeMarkdown } from '../core/report/escape-markdown.js';

export interface ReleaseRequest {
  readonly owner: string;
  readonly repo: string;
  readonly manifest: RegistryManifest;
  readonly modelCard: string;
  readonly artifactDir: string;
  readonly stage: string | null;
  readonly pullRequest?: number;
  readonly botLogin: string;
  /** The version tag as git has it: GitHub must hold the same tag before a release is made for it. */
  readonly versionTag: { readonly commit: string; readonly message: string };
}

async function readRange(path: string, start: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, start);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Creates the release and uploads its assets; comments on the pull request when one is given. */
export async function publishRelease(client: GitHubClient, request: ReleaseRequest): Promise<{ releaseId: number; assets: string[]; commentUrl: string | null }> {
  const { owner, repo, manifest } = request;
  const tag = formatVersionTag(manifest.model, manifest.version);
  const body = [`MergeML registry: ${escapeMarkdown(manifest.model)} ${manifest.version}${request.stage ? `, assigned to ${request.stage}` : ''}.`, '', 'Every asset is listed with its sha256 in `manifest.json`; verify before use (`mergeml registry verify --assets DIR`).', ''].join('\n');
  // Creating a release for a tag GitHub lacks would make a new tag at the branch tip: make sure GitHub has
  // ours (pushed already when GitHub is the git remote; created through the API, annotated, otherwise).
  await ensureTag(client, { owner, repo, tag, sha: request.versionTag.commit, message: request.versionTag.message });
  const release = await ensureRelease(client, { owner, repo, tag, name: `${manifest.model} ${manifest.version}`, body });
  const assets: string[] = [];
  const upload = async (name: string, data: Uint8Array, contentType: string) => {
    await ensureReleaseAsset(client, { owner, repo, release, name, data, contentType });
    assets.push(name);
  };
  await upload('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), 'application/json');
  await upload('model-card.md', new TextEncoder().encode(request.modelCard), 'text/markdown');
  for (const f of manifest.files) {
    let offset = 0;
    for (const shard of f.shards) {
      const data = await readRange(join(request.artifactDir, f.path), offset, shard.bytes);
      offset += shard.bytes;
      const digest = createHash('sha256').update(data).digest('hex');
      if (digest !== shard.sha256) throw new InputError(`refusing to upload ${shard.name}: it changed since it was verified`, [{ file: join(request.artifactDir, f.path), message: `sha256 ${digest}`, expected: shard.sha256 }]);
      await upload(shard.name, data, 'application/octet-stream');
    }
  }
  let commentUrl: string | null = null;
  if (request.pullRequest !== undefined) {
    const marker = `<!-- mergeml:registry model=${encodeURIComponent(manifest.model)} -->`;
    const lines = [
      `### MergeML registry: ${escapeMarkdown(manifest.model)} ${manifest.version} registered`,
      '',
      `Tag \`${tag}\`${request.stage ? `, assigned to **${request.stage}**` : ''}. Release assets: ${assets.length} (sha256 in \`manifest.json\`).`,
      '',
      '| file | bytes | sha256 |',
      '|---|---:|---|',
      ...manifest.files.map((f) => `| ${escapeMarkdown(f.path)} | ${f.bytes} | \`${f.sha256.slice(0, 16)}…\` |`),
    ];
    const res = await upsertStickyComment(client, { owner, repo, issueNumber: request.pullRequest }, { marker, body: `${marker}\n${lines.join('\n')}\n`, botLogin: request.botLogin });
    commentUrl = res.url;
  }
  return { releaseId: release.id, assets, commentUrl };
}
