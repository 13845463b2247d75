/**
 * Promote on merge: re-verify the merged pull request's evidence, register the next version with `staging`
 * in one atomic push, then create the release with assets and comment on the pull request. Each step is
 * idempotent, so a job that crashed anywhere is completed by running it again.
 */
import type { GitHubClient } from '../adapters/github/github-client.js';
import { publishRelease } from './registry-release.js';
import { registerVersion, type RegisterRequest, type RegisterResult } from './registry-register.js';
import type { RegistryPorts } from './registry-ports.js';

export interface PromoteOnMergeRequest extends RegisterRequest {
  readonly github?: { readonly client: GitHubClient; readonly owner: string; readonly repo: string; readonly botLogin: string };
}

export interface PromoteOnMergeResult extends RegisterResult {
  readonly release: { readonly id: number; readonly assets: readonly string[]; readonly commentUrl: string | null } | null;
}

export async function promoteOnMerge(ports: RegistryPorts, request: PromoteOnMergeRequest): Promise<PromoteOnMergeResult> {
  const registered = await registerVersion(ports, request);
  if (request.github === undefined) return { ...registered, release: null };
  const { client, owner, repo, botLogin } = request.github;
  const rel = await publishRelease(client, {
    owner, repo, manifest: registered.manifest, modelCard: registered.modelCard, artifactDir: request.evidence.artifactDir, stage: registered.stage, botLogin,
    ...(request.pullRequest ? { pullRequest: request.pullRequest.number } : {}),
  });
  ports.afterStep?.('released');
  ports.afterStep?.('commented');
  return { ...registered, release: { id: rel.releaseId, assets: rel.assets, commentUrl: rel.commentUrl } };
}
