/**
 * What GitHub does when commits reach a repository, done for the emulator: mirror the bare git remote's
 * branches, tags (with their annotated tag objects) and commit graph into the emulator's state, and bring
 * every open pull request up to date (head SHA, the files it changes, as GitHub's `synchronize` does).
 * `mirrorOnPush` makes it live: the remote's post-receive hook calls back before `git push` returns, so an
 * API call right after a push (a release for the tag just pushed) sees what GitHub would.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { EmulatorState, PullRecord } from '../emulator/emulator-state.js';
import type { GitSandbox } from '../registry/registry-fixture.js';

const STATUS: Readonly<Record<string, string>> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

/** The files of `base...head` as `pulls/list-files` lists them (status, additions, deletions). */
export function changedFiles(sb: GitSandbox, base: string, head: string): PullRecord['files'] {
  const range = `${base}...${head}`;
  const status = new Map(sb.git(sb.remote, ['diff', '--no-renames', '--name-status', range]).split('\n').filter(Boolean).map((l) => {
    const [s = 'M', file = ''] = l.split('\t');
    return [file, STATUS[s[0] ?? 'M'] ?? 'modified'] as const;
  }));
  return sb.git(sb.remote, ['diff', '--no-renames', '--numstat', range]).split('\n').filter(Boolean).map((l) => {
    const [add = '0', del = '0', filename = ''] = l.split('\t');
    // Binary files show "-": GitHub reports 0 changed lines for them.
    const additions = add === '-' ? 0 : Number(add);
    const deletions = del === '-' ? 0 : Number(del);
    return { filename, status: status.get(filename) ?? 'modified', additions, deletions, changes: additions + deletions };
  });
}

/** Copies refs and commits of the bare remote into the emulator and synchronizes open pull requests. */
export function mirrorRemote(state: EmulatorState, fullName: string, sb: GitSandbox): void {
  const [owner = '', name = ''] = fullName.split('/');
  const repo = state.repo(owner, name);
  for (const line of sb.git(sb.remote, ['rev-list', '--all', '--parents']).split('\n').filter(Boolean)) {
    const [sha = '', ...parents] = line.split(' ');
    repo.commits.set(sha, parents);
  }
  // NUL-separated fields, records separated by SOH (tag messages span lines).
  const format = '%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)%00%(*objecttype)%00%(contents)%01';
  for (const record of sb.git(sb.remote, ['for-each-ref', `--format=${format}`, 'refs/heads', 'refs/tags']).split('\x01')) {
    const [ref = '', sha = '', type = '', peeled = '', peeledType = '', message = ''] = record.replace(/^\n/, '').split('\0');
    if (ref === '') continue;
    repo.refs.set(ref, sha);
    if (type === 'tag') repo.tagObjects.set(sha, { tag: ref.slice('refs/tags/'.length), message, object: peeled, type: peeledType });
  }
  for (const pull of repo.pulls.values()) {
    if (pull.merged !== undefined || repo.issues.get(pull.number)?.state !== 'open') continue;
    const head = repo.refs.get(`refs/heads/${pull.headRef}`);
    const base = repo.refs.get(`refs/heads/${pull.baseRef}`);
    if (head === undefined || base === undefined) continue;
    pull.headSha = head;
    pull.baseSha = base;
    pull.files = changedFiles(sb, base, head);
  }
}

/** Set in the environment of a `git push` run synchronously by the test process (see pushAndMirror). */
export const SYNC_PUSH = 'MERGEML_E2E_SYNC_PUSH';

/** `git push origin <refspec>` from the test process, then the mirror (the hook stands aside). */
export function pushAndMirror(state: EmulatorState, fullName: string, sb: GitSandbox, cwd: string, refspec: string, force = false): void {
  sb.git(cwd, ['push', '-q', ...(force ? ['--force'] : []), 'origin', refspec], { [SYNC_PUSH]: '1' });
  mirrorRemote(state, fullName, sb);
}

/** Installs a post-receive hook in the bare remote that mirrors every push into the emulator; returns a closer. */
export async function mirrorOnPush(state: EmulatorState, fullName: string, sb: GitSandbox): Promise<() => Promise<void>> {
  const server = createServer((_req, res) => {
    let status = 200;
    try {
      mirrorRemote(state, fullName, sb);
    } catch {
      status = 500;
    }
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const hook = join(sb.remote, 'hooks', 'post-receive');
  const script = `fetch(${JSON.stringify(url)}, { method: 'POST' }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;
  // A push made synchronously by the test process itself (its event loop blocked) mirrors afterwards instead.
  writeFileSync(hook, `#!/bin/sh\ncat >/dev/null\n[ -n "$${SYNC_PUSH}" ] && exit 0\nexec ${JSON.stringify(process.execPath)} -e ${shellQuote(script)}\n`);
  chmodSync(hook, 0o755);
  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
