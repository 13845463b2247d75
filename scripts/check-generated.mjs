// CI: regenerate every generated file (bundles, JSON Schemas, action READMEs, command docs) and fail if any differs
// from what is committed, or if a generated file is not committed at all.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run('npm', ['run', '--silent', 'build']);
for (const script of ['scripts/generate-schema.ts', 'scripts/generate-action-docs.ts', 'scripts/generate-command-docs.ts']) {
  if (existsSync(`${root}/${script}`)) run(process.execPath, ['--import', 'tsx', script]);
}
const paths = ['dist', 'policies', 'actions', '.github/workflows', 'docs', 'src/core/data/wasm'].filter((p) => existsSync(`${root}/${p}`));
const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], { cwd: root, encoding: 'utf8' });
if (status.trim() !== '') {
  console.error('Generated files are stale or uncommitted. Run `npm run build` (and the generators), then commit:\n' + status);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', ...paths], { cwd: root, stdio: 'inherit' });
  process.exit(1);
}
console.log('generated files are current');
