/**
 * Repository path globs as `paths:` in mergeml.yaml and GitHub's `on.push.paths` spell them: `*` within
 * one path segment, `**` across segments, `?` one character, `{a,b}` alternatives, `[abc]` classes.
 */

const special = /[.+^$()|\\]/;

/** Compiles a glob over POSIX repository paths to an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        // `**/` matches zero or more whole segments; a trailing `**` matches the rest of the path.
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += special.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${out}$`);
}

/** Normalises a repository path: forward slashes, no leading `./` or `/`, no `a/../`. */
export function normalizeRepoPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Joins a path relative to a repository folder (`examples/credit`) and normalises it. */
export function joinRepoPath(dir: string, path: string): string {
  return normalizeRepoPath(`${dir}/${path}`);
}

/** The folder of a repository path (`''` for a top-level file). */
export function repoDirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}
