// The command pages under docs/commands/ and the index in docs/cli.md are what the generator produces from
// the command registry now; every command's help names every option it accepts; every relative link of the
// docs, the README and the actions' READMEs points to an existing file.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Command } from '../../src/cli/command.js';
import { commands } from '../../src/cli/commands/index.js';
import { main } from '../../src/cli/main.js';
import { exitCodesParagraph, optionDescription, optionMetavar } from '../../scripts/command-help.js';
import { generatedDocs, kebabName, orphanPages, renderCommandPage, topicPages, updateCliPage } from '../../scripts/generate-command-docs.js';
import { brokenLinks, extractLinks, markdownFiles } from './markdown-links.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const REGENERATE = 'stale: run `node --import tsx scripts/generate-command-docs.ts` and commit docs/';

function fakeCommand(over: Partial<Command>): Command {
  return { name: 'demo', summary: 'do a demo', help: 'Usage: mergeml demo\n', options: {}, run: async () => 0, ...over };
}

describe('generated command docs', () => {
  const wanted = generatedDocs();

  it('has a page for every registered command, equal to what the generator produces now', () => {
    assert.ok(commands.length > 0);
    for (const command of commands) {
      const path = `docs/commands/${kebabName(command.name)}.md`;
      assert.ok(existsSync(join(root, path)), `${path} is missing: ${REGENERATE}`);
      assert.equal(read(path), wanted.get(path), `${path} is ${REGENERATE}`);
    }
  });

  it('keeps docs/commands/README.md and docs/cli.md current, and no page of a removed command', () => {
    assert.equal(read('docs/commands/README.md'), wanted.get('docs/commands/README.md'), `docs/commands/README.md is ${REGENERATE}`);
    assert.equal(read('docs/cli.md'), wanted.get('docs/cli.md'), `docs/cli.md is ${REGENERATE}`);
    assert.deepEqual(orphanPages(wanted), []);
    assert.equal(wanted.size, commands.length + 2);
  });

  it('indexes every command in docs/cli.md and docs/commands/README.md with a link to its page', () => {
    const cli = read('docs/cli.md');
    const index = read('docs/commands/README.md');
    for (const command of commands) {
      const page = `${kebabName(command.name)}.md`;
      assert.ok(cli.includes(`[\`${command.name}\`](commands/${page})`), `docs/cli.md does not link ${command.name}`);
      assert.ok(index.includes(`[\`${command.name}\`](${page})`), `docs/commands/README.md does not link ${command.name}`);
    }
  });

  it('shows in each page exactly what `mergeml <command> --help` prints', async () => {
    for (const command of commands) {
      let out = '';
      const ctx = { cwd: root, env: {}, stdout: (t: string) => (out += t), stderr: () => {}, interactive: false };
      assert.equal(await main([...command.name.split(' '), '--help'], ctx, commands), 0);
      const page = read(`docs/commands/${kebabName(command.name)}.md`);
      assert.ok(page.includes(`\n${out}`), `docs/commands/${kebabName(command.name)}.md lacks the --help output of ${command.name}`);
    }
  });

  it('lists every option of the spec in the page options table, with --help', () => {
    for (const command of commands) {
      const page = read(`docs/commands/${kebabName(command.name)}.md`);
      for (const [long, spec] of Object.entries(command.options)) {
        assert.ok(page.includes(`| \`--${long}\` | ${spec.short ? `\`-${spec.short}\`` : ''} |`), `${command.name}: --${long} missing from the options table`);
      }
      assert.ok(page.includes('| `--help` | `-h` | (none) |'));
    }
  });
});

describe('command help', () => {
  it('mentions every option each command accepts (long and short form)', () => {
    const missing: string[] = [];
    for (const command of commands) {
      for (const [long, spec] of Object.entries(command.options)) {
        if (!new RegExp(`--${long}(?![\\w-])`).test(command.help)) missing.push(`mergeml ${command.name}: --${long}`);
        if (spec.short && !new RegExp(`(^|[\\s,(\\[|])-${spec.short}(?![\\w-])`, 'm').test(command.help)) missing.push(`mergeml ${command.name}: -${spec.short}`);
      }
    }
    assert.deepEqual(missing, [], `options not described in --help (src/cli/commands/<name>.ts):\n${missing.join('\n')}`);
  });
});

describe('command help references', () => {
  it('names only docs/ pages that exist (they become the command page\'s topic links)', () => {
    const missing = commands.flatMap((command) =>
      [...command.help.matchAll(/\bdocs\/[\w./-]+?\.md\b/g)].map((m) => m[0]).filter((p) => !existsSync(join(root, p))).map((p) => `mergeml ${command.name}: ${p}`),
    );
    assert.deepEqual(missing, [], `--help names missing pages:\n${missing.join('\n')}`);
  });
});

describe('generator pieces', () => {
  const help = [
    'Usage: mergeml demo --data FILE [--out DIR]',
    '',
    'Options:',
    '  --label COL        the label (default: the target of --config)',
    '  -c, --config FILE  project file',
    '  --null TOKEN       a missing cell; repeat',
    '                     for several',
    '  --null-value TEXT  the same (alias --nil)',
    '  --positive-class VALUE positive class of the target',
    '  --a X, --b Y   both of them',
    '      --flag          on',
    '',
    'Exit codes: 0 ok,',
    '2 usage error.',
  ].join('\n');

  it('reads option descriptions, continuation lines and grouped flags from the help', () => {
    assert.equal(optionDescription(help, 'config'), 'project file', 'not the line that only mentions --config');
    assert.equal(optionDescription(help, 'label'), 'the label (default: the target of --config)');
    assert.equal(optionDescription(help, 'null'), 'a missing cell; repeat for several');
    assert.equal(optionDescription(help, 'null-value'), 'the same (alias --nil)');
    assert.equal(optionDescription(help, 'nil'), 'alias of --null-value');
    assert.equal(optionDescription(help, 'positive-class'), 'positive class of the target');
    assert.equal(optionDescription(help, 'b'), 'both of them');
    assert.equal(optionDescription(help, 'flag'), 'on');
    assert.equal(optionDescription(help, 'data'), '');
    assert.equal(exitCodesParagraph(help), '0 ok, 2 usage error.');
    assert.equal(optionMetavar(help, 'config'), 'FILE');
    assert.equal(optionMetavar(help, 'a'), 'X');
    assert.equal(optionMetavar(help, 'b'), 'Y');
    assert.equal(optionMetavar(help, 'positive-class'), 'VALUE');
    assert.equal(optionMetavar(help, 'flag'), '');
    assert.equal(optionMetavar(help, 'out'), 'DIR', 'from the usage when the option list lacks it');
  });

  it('links only the topic pages that exist, most specific first, never its own generated pages', () => {
    const command = fakeCommand({ name: 'registry show', help: 'See docs/registry.md, docs/cli.md and docs/missing.md.' });
    const existing = new Set(['docs/registry.md', 'docs/registry-show.md', 'docs/cli.md']);
    assert.deepEqual(topicPages(command, (p) => existing.has(p)), ['docs/registry-show.md', 'docs/registry.md']);
    assert.deepEqual(topicPages(command, () => false), []);
  });

  it('fences help containing backticks with a longer fence and escapes table cells', () => {
    const command = fakeCommand({ help: 'Usage: mergeml demo\n\n```\nexample\n```\n\nOptions:\n  --x A|B  pick <one>\n', options: { x: { type: 'string', multiple: true } } });
    const page = renderCommandPage(command, () => false);
    assert.ok(page.includes('````text\nUsage: mergeml demo\n\n```\nexample\n```'));
    assert.ok(page.includes('| `--x` |  | `A\\|B` | yes | pick &lt;one&gt; |'));
    assert.ok(!page.includes('Topic page'));
  });

  it('refuses a docs/cli.md without the generated block instead of appending to it', () => {
    assert.throws(() => updateCliPage('# CLI\n', 'block'), /command-index:start/);
  });
});

describe('relative links', () => {
  it('extracts links outside code and comments, with their lines', () => {
    const text = [
      '[a](a.md) and ![img](img/x.png "title")',
      '`[not](code.md)` <!-- [no](comment.md) -->',
      '```md',
      '[no](fenced.md)',
      '```',
      '[ref]: <ref target.md>',
      '<a href="html.md">x</a> [web](https://example.com) [here](#anchor)',
    ].join('\n');
    assert.deepEqual(
      extractLinks(text).map((l) => `${l.line}:${l.target}`),
      ['1:a.md', '1:img/x.png', '6:ref target.md', '7:html.md', '7:https://example.com', '7:#anchor'],
    );
  });

  it('reports missing files, paths outside the repository and unknown anchors, and accepts the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mergeml-links-'));
    try {
      mkdirSync(join(dir, 'docs'));
      writeFileSync(join(dir, 'docs', 'ok.md'), '# ok\n\n## The `mergeml init` command!\n\n## Dup\n\n## Dup\n');
      const page = [
        '# Page',
        '[ok](ok.md#ok) [root](/docs/ok.md) [sp](ok%2Emd) [code](ok.md#the-mergeml-init-command) [dup](ok.md#dup-1) [self](#page)',
        '[gone](gone.md#x)',
        '[out](../../etc/passwd) [up](../docs/ok.md)',
        '[bad anchor](ok.md#nope) [bad self](#nope) [third dup](ok.md#dup-2)',
      ].join('\n');
      writeFileSync(join(dir, 'docs', 'page.md'), page);
      assert.deepEqual(brokenLinks(dir, 'docs/page.md').map((b) => `${b.file}:${b.line}: ${b.target}`), [
        'docs/page.md:3: gone.md#x',
        'docs/page.md:4: ../../etc/passwd',
        'docs/page.md:5: ok.md#nope',
        'docs/page.md:5: #nope',
        'docs/page.md:5: ok.md#dup-2',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every relative link in docs/, README.md and actions/*/README.md points to an existing file (and heading)', () => {
    const actionReadmes = readdirSync(join(root, 'actions')).sort().map((n) => `actions/${n}/README.md`).filter((p) => existsSync(join(root, p)));
    const files = [...markdownFiles(root, 'docs'), 'README.md', ...actionReadmes];
    assert.ok(files.includes('docs/cli.md') && files.includes('docs/commands/README.md') && actionReadmes.length > 0);
    const broken = files.flatMap((file) => brokenLinks(root, file)).map((b) => `${b.file}:${b.line}: ${b.target}`);
    assert.deepEqual(broken, [], `broken relative links:\n${broken.join('\n')}`);
  });
});
