// Generates the input and output tables of every actions/<name>/README.md from its action.yml, between
// the markers below (the rest of the README is hand-written). `--check` exits 1 when a README is stale;
// CI also runs this through scripts/check-generated.mjs and fails on any change.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BEGIN = '<!-- action-docs:start (generated from action.yml by scripts/generate-action-docs.ts) -->';
export const END = '<!-- action-docs:end -->';

interface ActionMeta {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The generated block for one action.yml. */
export function renderActionTables(meta: ActionMeta): string {
  const inputs = Object.entries(meta.inputs ?? {}).map(([n, i]) => `| \`${n}\` | ${i.required ? 'yes' : 'no'} | ${i.default !== undefined && i.default !== '' ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`);
  const outputs = Object.entries(meta.outputs ?? {}).map(([n, o]) => `| \`${n}\` | ${cell(o.description)} |`);
  return [
    BEGIN,
    '## Inputs',
    '',
    ...(inputs.length > 0 ? ['| Name | Required | Default | Description |', '| --- | --- | --- | --- |', ...inputs] : ['None.']),
    '',
    '## Outputs',
    '',
    ...(outputs.length > 0 ? ['| Name | Description |', '| --- | --- |', ...outputs] : ['None.']),
    END,
  ].join('\n');
}

/** README text with the generated block replaced (or appended when the markers are missing). */
export function updateReadme(readme: string, meta: ActionMeta): string {
  const block = renderActionTables(meta);
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) return `${readme.trimEnd()}\n\n${block}\n`;
  return `${readme.slice(0, start)}${block}${readme.slice(end + END.length)}`;
}

/** [README path, current text, wanted text] for every action. */
export function actionReadmes(): [string, string, string][] {
  const dir = join(root, 'actions');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'action.yml')))
    .sort()
    .map((name) => {
      const meta = load(readFileSync(join(dir, name, 'action.yml'), 'utf8')) as ActionMeta;
      const path = join(dir, name, 'README.md');
      const current = existsSync(path) ? readFileSync(path, 'utf8') : `# ${meta.name}\n\n${meta.description}\n`;
      return [path, current, updateReadme(current, meta)];
    });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const stale = actionReadmes().filter(([path, current, wanted]) => current !== wanted || !existsSync(path));
  if (process.argv.includes('--check')) {
    for (const [path] of stale) console.error(`${path} is stale: run node --import tsx scripts/generate-action-docs.ts`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  for (const [path, , wanted] of stale) {
    writeFileSync(`${path}.tmp`, wanted);
    renameSync(`${path}.tmp`, path);
  }
}
