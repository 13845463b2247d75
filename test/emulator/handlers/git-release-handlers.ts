/**
 * Git refs and annotated tag objects (with GitHub's 422s: existing ref, missing object, non-fast-forward
 * update without force) and releases with their assets (uploads go to the `/uploads` prefix, like
 * uploads.github.com).
 */
import { createHash } from 'node:crypto';
import type { AssetRecord, ReleaseRecord, RepoState } from '../emulator-state.js';
import { ApiFailure, type Handler, type HandlerContext, numberParam, ok, paginate, repoApiUrl, repoOf, userJson } from '../handler-kit.js';

function invalid(message: string): ApiFailure {
  return new ApiFailure(422, message);
}

function objectExists(repo: RepoState, sha: string): boolean {
  return repo.commits.has(sha) || repo.tagObjects.has(sha);
}

function refJson(ctx: HandlerContext, repo: RepoState, ref: string, sha: string): Record<string, unknown> {
  return {
    ref,
    node_id: `REF_${Buffer.from(ref).toString('hex')}`,
    url: `${repoApiUrl(ctx, repo)}/git/${ref}`,
    object: { type: repo.tagObjects.has(sha) ? 'tag' : 'commit', sha, url: `${repoApiUrl(ctx, repo)}/git/commits/${sha}` },
  };
}

function fullRef(param: string | undefined): string {
  const ref = param ?? '';
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function releaseJson(ctx: HandlerContext, repo: RepoState, r: ReleaseRecord): Record<string, unknown> {
  const base = repoApiUrl(ctx, repo);
  return {
    id: r.id,
    url: `${base}/releases/${r.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/releases/tag/${encodeURIComponent(r.tagName)}`,
    assets_url: `${base}/releases/${r.id}/assets`,
    upload_url: `${ctx.origin}/uploads/repos/${repo.owner}/${repo.name}/releases/${r.id}/assets{?name,label}`,
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    author: userJson(ctx, ctx.identity.user),
    assets: r.assets.map((a) => assetJson(ctx, repo, a)),
  };
}

function assetJson(ctx: HandlerContext, repo: RepoState, a: AssetRecord): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    label: a.label,
    content_type: a.contentType,
    size: a.data.length,
    digest: `sha256:${createHash('sha256').update(a.data).digest('hex')}`,
    state: 'uploaded',
    url: `${repoApiUrl(ctx, repo)}/releases/assets/${a.id}`,
    browser_download_url: `https://github.com/${repo.owner}/${repo.name}/releases/download/${a.name}`,
  };
}

function releaseOf(ctx: HandlerContext, repo: RepoState): ReleaseRecord {
  const r = repo.releases.get(numberParam(ctx, 'release_id'));
  if (!r) throw new ApiFailure(404, 'Not Found');
  return r;
}

export const gitReleaseHandlers: Record<string, Handler> = {
  'git/get-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = fullRef(ctx.params.ref);
    const sha = repo.refs.get(ref);
    if (!sha) throw new ApiFailure(404, 'Not Found');
    return ok(refJson(ctx, repo, ref, sha));
  },
  'git/create-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = String(ctx.body.ref);
    const sha = String(ctx.body.sha);
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw invalid(`${ref} is not a valid ref name.`);
    if (repo.refs.has(ref)) throw invalid('Reference already exists');
    if (!objectExists(repo, sha)) throw invalid('Object does not exist');
    repo.refs.set(ref, sha);
    return ok(refJson(ctx, repo, ref, sha), 201);
  },
  'git/update-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = fullRef(ctx.params.ref);
    const current = repo.refs.get(ref);
    const sha = String(ctx.body.sha);
    if (current === undefined) throw invalid('Reference does not exist');
    if (!objectExists(repo, sha)) throw invalid('Object does not exist');
    if (ctx.body.force !== true && !ctx.state.isAncestor(repo, current, sha)) throw invalid('Update is not a fast forward');
    repo.refs.set(ref, sha);
    return ok(refJson(ctx, repo, ref, sha));
  },
  'git/delete-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = fullRef(ctx.params.ref);
    if (!repo.refs.delete(ref)) throw invalid('Reference does not exist');
    return { status: 204 };
  },
  'git/create-tag': (ctx) => {
    const repo = repoOf(ctx);
    const b = ctx.body as { tag: string; message: string; object: string; type: string };
    if (!objectExists(repo, b.object)) throw invalid('Object does not exist');
    const sha = ctx.state.objectSha(`tag:${b.tag}`);
    repo.tagObjects.set(sha, { tag: b.tag, message: b.message, object: b.object, type: b.type });
    return ok({ sha, tag: b.tag, message: b.message, object: { sha: b.object, type: b.type }, url: `${repoApiUrl(ctx, repo)}/git/tags/${sha}` }, 201);
  },
  'git/get-tag': (ctx) => {
    const repo = repoOf(ctx);
    const t = repo.tagObjects.get(ctx.params.tag_sha ?? '');
    if (!t) throw new ApiFailure(404, 'Not Found');
    return ok({ sha: ctx.params.tag_sha, tag: t.tag, message: t.message, object: { sha: t.object, type: t.type } });
  },
  'repos/create-release': (ctx) => {
    const repo = repoOf(ctx);
    const tagName = String(ctx.body.tag_name);
    if ([...repo.releases.values()].some((r) => r.tagName === tagName)) {
      throw new ApiFailure(422, 'Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    const r: ReleaseRecord = {
      id: ctx.state.id(),
      tagName,
      targetCommitish: ctx.body.target_commitish ?? repo.defaultBranch,
      name: ctx.body.name ?? null,
      body: ctx.body.body ?? null,
      draft: ctx.body.draft === true,
      prerelease: ctx.body.prerelease === true,
      assets: [],
    };
    repo.releases.set(r.id, r);
    return ok(releaseJson(ctx, repo, r), 201);
  },
  'repos/get-release': (ctx) => {
    const repo = repoOf(ctx);
    return ok(releaseJson(ctx, repo, releaseOf(ctx, repo)));
  },
  'repos/update-release': (ctx) => {
    const repo = repoOf(ctx);
    const r = releaseOf(ctx, repo);
    if (typeof ctx.body.name === 'string') r.name = ctx.body.name;
    if (typeof ctx.body.body === 'string') r.body = ctx.body.body;
    if (typeof ctx.body.draft === 'boolean') r.draft = ctx.body.draft;
    if (typeof ctx.body.prerelease === 'boolean') r.prerelease = ctx.body.prerelease;
    return ok(releaseJson(ctx, repo, r));
  },
  // Drafts are invisible by tag, as on GitHub: idempotent release code must list releases to find them.
  'repos/get-release-by-tag': (ctx) => {
    const repo = repoOf(ctx);
    const r = [...repo.releases.values()].find((x) => x.tagName === ctx.params.tag && !x.draft);
    if (!r) throw new ApiFailure(404, 'Not Found');
    return ok(releaseJson(ctx, repo, r));
  },
  'repos/list-releases': (ctx) => {
    const repo = repoOf(ctx);
    const list = [...repo.releases.values()].sort((a, b) => b.id - a.id);
    return paginate(ctx, list.map((r) => releaseJson(ctx, repo, r)));
  },
  'repos/list-release-assets': (ctx) => {
    const repo = repoOf(ctx);
    return paginate(ctx, releaseOf(ctx, repo).assets.map((a) => assetJson(ctx, repo, a)));
  },
  'repos/upload-release-asset': (ctx) => {
    const repo = repoOf(ctx);
    if (!ctx.url.pathname.startsWith('/uploads/')) throw new ApiFailure(404, 'Not Found: assets are uploaded to the upload_url');
    const r = releaseOf(ctx, repo);
    const name = ctx.query.get('name') ?? '';
    if (r.assets.some((a) => a.name === name)) {
      throw new ApiFailure(422, 'Validation Failed', [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
    const a: AssetRecord = { id: ctx.state.id(), name, label: ctx.query.get('label'), contentType: ctx.contentType, data: ctx.rawBody };
    r.assets.push(a);
    return ok(assetJson(ctx, repo, a), 201);
  },
  'repos/delete-release-asset': (ctx) => {
    const repo = repoOf(ctx);
    const id = numberParam(ctx, 'asset_id');
    for (const r of repo.releases.values()) {
      const i = r.assets.findIndex((a) => a.id === id);
      if (i >= 0) {
        r.assets.splice(i, 1);
        return { status: 204 };
      }
    }
    throw new ApiFailure(404, 'Not Found');
  },
};
