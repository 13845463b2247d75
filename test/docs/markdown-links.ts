// Finds the relative links of markdown files and the ones whose target file does not exist. Links inside
// fenced code blocks, inline code spans and HTML comments are text, not links, so they are skipped.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface MarkdownLink {
  readonly line: number;
  readonly target: string;
}

export interface BrokenLink extends MarkdownLink {
  /** Repository-relative path of the file holding the link. */
  readonly file: string;
}

const INLINE = /\]\(\s*(<[^>\n]*>|[^)\s]*)/g; // [text](target "title") and ![alt](target)
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*(<[^>\n]*>|\S+)/; // [label]: target
const HTML = /\b(?:href|src)\s*=\s*"([^"]*)"/gi;

/** Every link target of a markdown text with its 1-based line, in order. */
export function extractLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let fence: string | undefined;
  let inComment = false;
  text.split('\n').forEach((raw, index) => {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && raw.trim() === opener) fence = undefined;
      return;
    }
    if (opener !== undefined) {
      fence = opener;
      return;
    }
    let line = raw;
    if (inComment) {
      const close = line.indexOf('-->');
      if (close === -1) return;
      inComment = false;
      line = line.slice(close + 3);
    }
    line = line.replace(/<!--[\s\S]*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open !== -1) {
      inComment = true;
      line = line.slice(0, open);
    }
    line = line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
    // [column, target], put back in the order they appear on the line.
    const found: [number, string][] = [...line.matchAll(INLINE), ...line.matchAll(HTML)].map((m) => [m.index, m[1]!]);
    const ref = REFERENCE.exec(line);
    if (ref) found.push([ref.index, ref[1]!]);
    found.sort((a, b) => a[0] - b[0]);
    for (const [, target] of found) links.push({ line: index + 1, target: target.replace(/^<|>$/g, '') });
  });
  return links;
}

/** The anchors GitHub gives a page: heading slugs (duplicates numbered -1, -2, …) and explicit name/id attributes. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      continue;
    }
    if (opener !== undefined) {
      fence = opener;
      continue;
    }
    for (const m of line.matchAll(/\b(?:name|id)\s*=\s*"([^"]+)"/g)) anchors.add(m[1]!);
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const textOnly = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const slug = textOnly.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/** True for targets that name a file of the repository (not a URL, not an anchor of the same page). */
export function isRelativeLink(target: string): boolean {
  return target !== '' && !target.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//');
}

/** The links of `file` (repository-relative) whose target is missing or outside the repository, or whose
 * #anchor names no heading of the markdown page it points to. */
export function brokenLinks(root: string, file: string): BrokenLink[] {
  const text = readFileSync(join(root, file), 'utf8');
  return extractLinks(text)
    .filter((link) => isRelativeLink(link.target) || link.target.startsWith('#'))
    .filter((link) => {
      const anchor = /#(.*)$/.exec(link.target)?.[1];
      if (link.target.startsWith('#')) return !headingAnchors(text).has(decodeURIComponent(anchor ?? ''));
      const path = link.target.replace(/[#?].*$/, '');
      let decoded: string;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        return true;
      }
      // GitHub resolves a leading slash against the repository root.
      const target = decoded.startsWith('/') ? join(root, decoded) : resolve(root, dirname(file), decoded);
      const inside = !relative(root, target).startsWith(`..${sep}`) && relative(root, target) !== '..';
      if (!inside || !existsSync(target)) return true;
      if (anchor === undefined || anchor === '' || !target.endsWith('.md') || statSync(target).isDirectory()) return false;
      return !headingAnchors(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor));
    })
    .map((link) => ({ file, ...link }));
}

/** Repository-relative markdown files under `dir`, recursively, sorted. */
export function markdownFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) return markdownFiles(root, path);
      return name.endsWith('.md') ? [path.split(sep).join('/')] : [];
    });
}
