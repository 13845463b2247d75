/**
 * The registry's git port over the real `git` binary. Commits are built with plumbing (blobs, a
 * temporary index, commit-tree) so a promotion never touches the working tree; publication is one
 * atomic ref transaction, locally or with `git push --atomic`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, InternalError } from '../../core/errors.js';
import type { RawTag } from '../../core/registry/registry-state.js';
import type { RegistryGit, TagObject } from '../../pipeline/registry-ports.js';
import { GitCommandError, runGit } from './git-cli.js';

const FIELDS = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)', '%(taggername)', '%(taggeremail)', '%(taggerdate:iso-strict)', '%(contents)'];

/** Opens the repository containing `cwd`; exit 2 when it is not a git repository. */
export async function openRegistryGit(cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<RegistryGit> {
  let root: string;
  try {
    root = (await runGit(cwd, ['rev-parse', '--show-toplevel'], env)).toString('utf8').trim();
  } catch (error) {
    throw new InputError(`${cwd} is not inside a git repository`, [{ file: cwd, message: 'git rev-parse failed', expected: 'a clone of the repository that holds the registry' }], { cause: error });
  }
  return gitRegistry(root, env);
}

function gitRegistry(root: string, env: Readonly<Record<string, string | undefined>>): RegistryGit {
  const git = async (args: readonly string[], options?: Parameters<typeof runGit>[3]) => (await runGit(root, args, env, options)).toString('utf8');
  const tryGit = async (args: readonly string[]): Promise<string | undefined> => {
    try {
      return await git(args);
    } catch (error) {
      if (error instanceof GitCommandError) return undefined;
      throw error;
    }
  };
  return {
    async listTags() {
      const out = await git(['for-each-ref', 'refs/tags', `--format=${FIELDS.join('%00')}%00`]);
      const parts = out.split('\0');
      const tags: RawTag[] = [];
      for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
        const [name = '', type, object = '', peeled = '', taggerName = '', taggerEmail = '', date = '', contents = ''] = parts.slice(i, i + FIELDS.length);
        const annotated = type === 'tag';
        tags.push({
          name: name.replace(/^\n/, ''),
          commit: annotated ? peeled : object,
          annotated,
          // An annotated tag without a tagger line (old tools) has no date: no audit record, but still a tag.
          tagger: annotated && !Number.isNaN(Date.parse(date)) ? { name: taggerName, email: taggerEmail.replace(/^<|>$/g, ''), date: new Date(date).toISOString() } : null,
          message: annotated ? contents : '',
        });
      }
      return tags;
    },
    async resolveCommit(rev) {
      return (await tryGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]))?.trim() || undefined;
    },
    async readFile(commit, path) {
      try {
        return await runGit(root, ['cat-file', 'blob', `${commit}:${path}`], env);
      } catch (error) {
        if (error instanceof GitCommandError) return undefined;
        throw error;
      }
    },
    async listFiles(commit, dir) {
      const out = await tryGit(['ls-tree', '-r', '-z', '--name-only', commit, '--', `${dir}/`]);
      return out === undefined ? [] : out.split('\0').filter((p) => p.length > 0);
    },
    async writeBlob(data) {
      return 'bytes' in data ? (await git(['hash-object', '-w', '--stdin'], { input: data.bytes })).trim() : (await git(['hash-object', '-w', '--', data.file])).trim();
    },
    async commitFiles(parent, files, message) {
      const dir = await mkdtemp(join(tmpdir(), 'mergeml-index-'));
      const indexEnv = { GIT_INDEX_FILE: join(dir, 'index') };
      try {
        if (parent !== undefined) await git(['read-tree', parent], { env: indexEnv });
        // Paths reach the index verbatim: refuse anything that could escape the tree or break the line format.
        const bad = files.find((f) => /[\u0000-\u001f\u007f\\]/.test(f.path) || f.path.startsWith('/') || f.path.split('/').some((seg) => seg === '' || seg === '.' || seg === '..' || seg === '.git'));
        if (bad) throw new InputError('refusing to commit an unsafe path', [{ file: bad.path, message: 'absolute, with "." / ".." / ".git" segments, or control characters', expected: 'a relative path inside the registry folder' }]);
        const lines = files.map((f) => `100644 ${f.blob}\t${f.path}\n`).join('');
        await git(['update-index', '--add', '--index-info'], { env: indexEnv, input: lines });
        const tree = (await git(['write-tree'], { env: indexEnv })).trim();
        return (await git(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'], { input: message })).trim();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async createTagObject(name, commit, message) {
      const ident = (await git(['var', 'GIT_COMMITTER_IDENT'])).trim();
      const body = `object ${commit}\ntype commit\ntag ${name}\ntagger ${ident}\n\n${message.endsWith('\n') ? message : `${message}\n`}`;
      return { name, object: (await git(['mktag'], { input: body })).trim() };
    },
    async remote() {
      const remotes = (await git(['remote'])).split('\n').map((r) => r.trim()).filter(Boolean);
      return remotes.includes('origin') ? 'origin' : remotes[0];
    },
    async fetch(remote, branch) {
      await git(['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`, '+refs/tags/*:refs/tags/*']);
    },
    async branchTip(branch, remote) {
      return this.resolveCommit(remote === undefined ? `refs/heads/${branch}` : `refs/remotes/${remote}/${branch}`);
    },
    async publish(branch, expected, commit, tags, remote) {
      if (remote === undefined) {
        const lines = ['start', `update refs/heads/${branch} ${commit} ${expected ?? '0'.repeat(40)}`, ...tags.map((t) => `create refs/tags/${t.name} ${t.object}`), 'prepare', 'commit', ''];
        try {
          await git(['update-ref', '--stdin'], { input: lines.join('\n') });
        } catch (error) {
          if (error instanceof GitCommandError && /cannot lock ref|reference already exists|is at .* but expected|unable to resolve/i.test(error.stderr)) return 'conflict';
          throw error;
        }
        // The checked-out branch moved under the index: carry index and working tree forward (a two-tree
        // fast-forward merge that refuses to overwrite local edits, so nothing of the user's is lost).
        if ((await this.currentBranch()) === branch && expected !== undefined) await tryGit(['read-tree', '-m', '-u', expected, commit]);
        return 'ok';
      }
      try {
        await git(['push', '--atomic', '--porcelain', '--quiet', remote, `${commit}:refs/heads/${branch}`, ...tags.map((t) => `${t.object}:refs/tags/${t.name}`)]);
      } catch (error) {
        if (error instanceof GitCommandError && /\[rejected\]|\(fetch first\)|non-fast-forward|already exists|atomic push failed|\[remote rejected\]/i.test(error.stdout + error.stderr)) return 'conflict';
        throw new InternalError(`git push to ${remote} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      // Mirror what the remote now has, so later reads in this clone see the new version offline.
      const local = ['start', `update refs/remotes/${remote}/${branch} ${commit}`, ...tags.map((t) => `update refs/tags/${t.name} ${t.object}`), 'prepare', 'commit', ''];
      await git(['update-ref', '--stdin'], { input: local.join('\n') });
      // Bring the local branch along when that is a fast-forward; a diverged or dirty clone is left alone.
      const head = await this.currentBranch();
      const localTip = await this.resolveCommit(`refs/heads/${branch}`);
      if (head === branch) await tryGit(['merge', '--ff-only', '--quiet', commit]);
      else if (localTip !== undefined && (await this.isAncestor(localTip, commit))) await tryGit(['update-ref', `refs/heads/${branch}`, commit, localTip]);
      return 'ok';
    },
    async isAncestor(ancestor, descendant) {
      return (await tryGit(['merge-base', '--is-ancestor', ancestor, descendant])) !== undefined;
    },
    async currentBranch() {
      return (await tryGit(['symbolic-ref', '--quiet', '--short', 'HEAD']))?.trim() || undefined;
    },
  };
}
