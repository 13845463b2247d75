// `npm start`: the whole pull-request loop on examples/credit, offline, in a temporary git repository.
// Run 1 (the "main branch"): a logistic regression, registered in the git registry as the first champion
// (--bootstrap-champion: a version tag plus a staging assignment).
// Run 2 (the "pull request"): the example's MLP as the challenger, compared with that champion.
// Ends by printing where the PR comment and the HTML report are. The temp repository is kept so the
// reports can be opened; its path is printed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'mergeml.js');
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
const bold = (text) => (process.stderr.isTTY && !process.env.NO_COLOR ? `\u001b[1m${text}\u001b[0m` : text);
const log = (text) => process.stderr.write(`\n${bold(`▶ ${text}`)}  (${elapsed()})\n`);

const repo = mkdtempSync(join(tmpdir(), 'mergeml-start-'));
const project = join(repo, 'examples', 'credit');
cpSync(join(root, 'examples', 'credit'), project, { recursive: true });
// Read-only files in the example stay read-only in the copy; make them editable like a fresh checkout.
spawnSync('chmod', ['-R', 'u+w', repo]);
const config = join(project, 'mergeml.yaml');
const original = readFileSync(config, 'utf8');
const mlpLine = /model: \{type: mlp,[^\n]*\}/;
if (!mlpLine.test(original) || !/learning_rate: 0\.001/.test(original)) {
  process.stderr.write(`npm start: ${config} no longer has the expected MLP train settings; update scripts/start.mjs\n`);
  process.exit(70);
}

let git = spawnSync('git', ['--version'], { encoding: 'utf8' }).status === 0;
const gitRun = (...args) => {
  if (!git) return;
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(`git ${args.join(' ')} failed (${r.stderr.trim()}); continuing without git\n`);
    git = false;
  }
};
const commit = (message) => {
  gitRun('add', '-A');
  gitRun('commit', '-q', '-m', message);
};

function run(step, args) {
  log(step);
  const r = spawnSync(process.execPath, [cli, 'run', '--config', 'examples/credit/mergeml.yaml', ...args], { cwd: repo, stdio: 'inherit' });
  // 0 = every blocking gate passed, 1 = a gate blocked the merge (the report says why): both are results.
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(`\nnpm start: mergeml run exited with ${r.status ?? r.signal}\n`);
    process.exit(r.status ?? 70);
  }
  return r.status;
}

log(`temporary repository ${repo}`);
gitRun('init', '-q', '-b', 'main');
// A local identity: the registry writes annotated tags, which need one even where no global one is set.
gitRun('config', 'user.name', 'MergeML demo');
gitRun('config', 'user.email', 'demo@mergeml.invalid');
gitRun('config', 'commit.gpgsign', 'false');
gitRun('config', 'tag.gpgsign', 'false');
writeFileSync(join(repo, '.gitignore'), 'mergeml-out/\n.mergeml/\n');
// The champion that is "in production": a logistic regression (a higher learning rate suits it).
writeFileSync(config, original.replace(mlpLine, 'model: {type: logistic_regression, l2: 0.0001}').replace('learning_rate: 0.001', 'learning_rate: 0.01'));
commit('credit-risk: logistic regression');
run('run 1 of 2 (main): no champion yet, so this run trains the first one and registers it in the git registry', ['--out', 'mergeml-out/champion', '--bootstrap-champion']);

gitRun('checkout', '-q', '-b', 'mlp-challenger');
writeFileSync(config, original);
commit('credit-risk: MLP [32, 16]');
const status = run('run 2 of 2 (pull request "mlp-challenger"): the MLP challenger against the champion', ['--out', 'mergeml-out']);

const out = join(repo, 'mergeml-out');
process.stdout.write(`\nDone in ${elapsed()}: ${status === 0 ? 'the challenger passes every blocking gate' : 'a gate blocks the merge (see the verdict above)'}.\n`);
process.stdout.write(`  PR comment (as GitHub receives it): ${join(out, 'comment.md')}\n`);
process.stdout.write(`  HTML report (open in a browser):    ${join(out, 'report.html')}\n`);
process.stdout.write(`  Results bundle:                     ${join(out, 'results.json')}\n`);
process.stdout.write(`  The temporary repository:           ${repo}\n`);
