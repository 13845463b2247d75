/**
 * Idempotent releases and assets: a release is found by tag among all releases (drafts are invisible to
 * the by-tag endpoint), created only when missing, and updated in place; an asset with the same name and
 * content (sha256 digest, or size where GitHub gives no digest) is success, different content is an error.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../../core/errors.js';
import type { GitHubClient } from './github-client.js';
import { mayHaveBeenApplied, statusOf, wrapGitHubError } from './github-error.js';

const PERMISSION = 'contents: write';

export interface ReleaseRequest {
  readonly owner: string;
  readonly repo: string;
  readonly tag: string;
  readonly name: string;
  readonly body: string;
  readonly draft?: boolean;
  readonly prerelease?: boolean;
}

export interface ReleaseResult {
  readonly action: 'created' | 'updated' | 'exists';
  readonly id: number;
  readonly uploadUrl: string;
}

async function findRelease(client: GitHubClient, owner: string, repo: string, tag: string) {
  try {
    const all = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
    return all.find((r) => r.tag_name === tag);
  } catch (error) {
    throw wrapGitHubError(error, `list releases`, PERMISSION);
  }
}

/** Creates the release for `tag` unless one exists; an existing one gets the requested name and body. */
export async function ensureRelease(client: GitHubClient, request: ReleaseRequest, attempts = 3): Promise<ReleaseResult> {
  const { owner, repo, tag } = request;
  for (let attempt = 1; ; attempt++) {
    const found = await findRelease(client, owner, repo, tag);
    if (found) {
      if (found.name === request.name && found.body === request.body) return { action: attempt > 1 ? 'created' : 'exists', id: found.id, uploadUrl: found.upload_url };
      try {
        await client.rest.repos.updateRelease({ owner, repo, release_id: found.id, name: request.name, body: request.body });
      } catch (error) {
        throw wrapGitHubError(error, `update release ${tag}`, PERMISSION);
      }
      return { action: attempt > 1 ? 'created' : 'updated', id: found.id, uploadUrl: found.upload_url };
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
        request: { retries: 0 },
      });
      return { action: 'created', id: data.id, uploadUrl: data.upload_url };
    } catch (error) {
      const retry = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry || attempt >= attempts) throw wrapGitHubError(error, `create release ${tag}`, PERMISSION);
    }
  }
}

export interface AssetRequest {
  readonly owner: string;
  readonly repo: string;
  readonly release: ReleaseResult;
  readonly name: string;
  readonly data: Uint8Array;
  readonly contentType?: string;
}

/** Uploads an asset unless an identical one exists; never overwrites different content. */
export async function ensureReleaseAsset(client: GitHubClient, request: AssetRequest, attempts = 3): Promise<{ action: 'created' | 'exists'; id: number }> {
  const { owner, repo, release, name, data } = request;
  const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  // The upload endpoint lives on the uploads host named by the release's upload_url.
  const uploadBase = release.uploadUrl.slice(0, release.uploadUrl.indexOf('/repos/'));
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
      return { action: attempt > 1 ? 'created' : 'exists', id: same.id };
    }
    try {
      const { data: asset } = await client.rest.repos.uploadReleaseAsset({
        owner,
        repo,
        release_id: release.id,
        name,
        // Octokit passes the bytes through untouched; its type says string.
        data: data as unknown as string,
        baseUrl: uploadBase,
        headers: { 'content-type': request.contentType ?? 'application/octet-stream', 'content-length': data.length },
        request: { retries: 0 },
      });
      return { action: 'created', id: asset.id };
    } catch (error) {
      const retry = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry || attempt >= attempts) throw wrapGitHubError(error, `upload release asset ${name}`, PERMISSION);
    }
  }
}
