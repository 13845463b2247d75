// The parallel validate pass (runParallelPass, both cores) must give exactly the sequential report. Files are
// crafted so that part boundaries land in many places (tiny minimum part size, 2–7 parts): inside quoted
// newlines, between duplicates, between examples. Needs the built worker (`npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { prewarmParallelPass, runParallelPass, waitingWorkers } from '../../src/adapters/data/parallel-pass.js';
import { readBatches } from '../../src/adapters/data/read-batches.js';
import { validate, type ValidateOptions, type ValidatePorts } from '../../src/pipeline/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'mergeml-validate-parallel-'));

interface Spy {
  calls: number;
  failures: string[];
}

function ports(threads?: number, minPartBytes = 2048, spy: Spy = { calls: 0, failures: [] }): ValidatePorts {
  const base: ValidatePorts = { readBatches, readFile: (p) => readFile(p) };
  if (threads === undefined) return base;
  return {
    ...base,
    parallelPass: async (path, options, specs) => {
      spy.calls++;
      try {
        return await runParallelPass(path, options, specs, { threads, minPartBytes, reuseBatches: true });
      } catch (error) {
        spy.failures.push(error instanceof Error ? error.name : String(error));
        throw error;
      }
    },
  };
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function report(options: ValidateOptions, p: ValidatePorts): Promise<string> {
  return JSON.stringify((await validate(options, p)).report);
}

/** A deterministic generator (no Math.random in tests: failures must reproduce). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function craftedCsv(rows: number, seed: number): string {
  const next = lcg(seed);
  const lines = ['id,amount,city,note,flag'];
  for (let i = 0; i < rows; i++) {
    const r = next();
    const amount = r < 0.05 ? 'NA' : r < 0.08 ? 'abc' : r < 0.11 ? String(-Math.floor(next() * 50)) : String(Math.floor(next() * 1000));
    const city = r > 0.97 ? 'Atlantis' : r > 0.95 ? 'NA' : ['Paris', 'Lyon', 'Nice'][Math.floor(next() * 3)]!;
    // Quoted newlines and escaped quotes: a split may land inside them.
    const note = next() < 0.2 ? `"line one\nline ""two""\n${i}"` : next() < 0.1 ? '' : `n${i % 37}`;
    const flag = next() < 0.02 ? 'maybe' : next() < 0.5 ? 'true' : 'false';
    lines.push(`${i % 997},${amount},${city},${note},${flag}`);
  }
  return `${lines.join('\n')}\n`;
}

const contract = write(
  'contract.yaml',
  `version: 1
null_values: [NA, ""]
strict: true
ordered: true
columns:
  - name: id
    type: integer
    min: 0
    max: 990
  - name: amount
    type: integer
    nullable: false
    min: 0
    max: 999
  - name: city
    type: string
    nullable: false
    values: [Paris, Lyon, Nice]
  - name: note
    type: string
  - name: flag
    type: boolean
    values: ["true", "false"]
  - name: missing_column
    type: float
`,
);

test('parallel validate equals sequential on crafted files for many split points', async () => {
  for (const [rows, seed] of [
    [300, 1],
    [1500, 7],
    [4000, 42],
  ] as const) {
    const data = write(`crafted-${seed}.csv`, craftedCsv(rows, seed));
    const options: ValidateOptions = { data: { path: data, file: 'crafted.csv' }, contract: { path: contract, file: 'contract.yaml' } };
    const sequential = await report(options, ports());
    assert.match(sequential, /"status":"fail"/);
    for (const threads of [2, 3, 7]) {
      for (const minPartBytes of [1024, 3001]) {
        const spy: Spy = { calls: 0, failures: [] };
        assert.equal(await report(options, ports(threads, minPartBytes, spy)), sequential, `rows ${rows}, ${threads} threads, parts ≥ ${minPartBytes} B`);
        assert.equal(spy.calls, 1);
        assert.deepEqual(spy.failures, []);
      }
    }
  }
});

test('examples come from every part, in file order, with absolute lines', async () => {
  // Every 10th row is null in a non-nullable column: with many parts the first 20 examples span several.
  const lines = ['k,v'];
  for (let i = 0; i < 2000; i++) lines.push(`${i},${i % 10 === 0 ? 'NA' : i}`);
  const data = write('examples.csv', `${lines.join('\n')}\n`);
  const c = write('examples.yaml', 'version: 1\nnull_values: [NA]\ncolumns:\n  - name: v\n    nullable: false\n');
  const options: ValidateOptions = { data: { path: data, file: 'examples.csv' }, contract: { path: c, file: 'examples.yaml' } };
  const sequential = await validate(options, ports());
  const parallel = await validate(options, ports(7, 64));
  assert.deepEqual(parallel.report, sequential.report);
  const dv06 = parallel.report.checks.find((r) => r.id === 'DV06');
  assert.deepEqual(
    dv06?.examples.map((e) => e.line),
    Array.from({ length: 20 }, (_, i) => 2 + 10 * i),
  );
});

test('a check that cannot merge exactly keeps the whole run sequential', async () => {
  const data = write('dups.csv', craftedCsv(1500, 3));
  // values_unique (DV15) keeps no values of first copies, so its examples cannot be merged: sequential pass.
  const c = write('unique.yaml', 'version: 1\nnull_values: [NA]\ncolumns:\n  - name: id\n    unique: true\n  - name: amount\n    min: 0\n');
  const options: ValidateOptions = { data: { path: data, file: 'dups.csv' }, contract: { path: c, file: 'unique.yaml' } };
  const spy: Spy = { calls: 0, failures: [] };
  assert.equal(await report(options, ports(4, 1024, spy)), await report(options, ports()));
  assert.equal(spy.calls, 0);
});

test('a merge that would not be exact redoes the pass sequentially (values_in_set with many off values)', async () => {
  // Part 1 meets "early" first; a later part meets over 4096 other off values before "early", so it stops tracking
  // new values before it counts "early": its counts cannot be merged exactly, and validate falls back.
  const lines = ['c'];
  for (let i = 0; i < 50; i++) lines.push(i === 3 ? 'early' : 'ok');
  for (let i = 0; i < 12000; i++) lines.push(`v${i}`);
  for (let i = 0; i < 30; i++) lines.push('early');
  const data = write('off.csv', `${lines.join('\n')}\n`);
  const c = write('off.yaml', 'version: 1\ncolumns:\n  - name: c\n    values: [ok]\n');
  const options: ValidateOptions = { data: { path: data, file: 'off.csv' }, contract: { path: c, file: 'off.yaml' } };
  const spy: Spy = { calls: 0, failures: [] };
  const sequential = await report(options, ports());
  assert.match(sequential, /"early\\" \(31\)/);
  assert.equal(await report(options, ports(2, 128, spy)), sequential);
  assert.deepEqual(spy.failures, ['MergeNotExactError']);
});

test('credit data: parallel equals sequential (checks, overview) and the profile rides along', async () => {
  const credit = readFileSync(new URL('../fixtures/data/credit_data.csv', import.meta.url), 'utf8');
  const data = write('credit.csv', credit);
  const c = write(
    'credit.yaml',
    `version: 1
null_values: [NA]
strict: true
columns:
  - {name: Status, type: string, nullable: false, values: [bad, good]}
  - {name: Seniority, type: integer, min: 0, max: 30}
  - {name: Home, type: string, nullable: false, values: [owner, parents, priv, rent]}
  - {name: Time, type: integer, min: 12, max: 60}
  - {name: Age, type: integer, min: 20, max: 60}
  - {name: Marital, type: string, nullable: false, values: [married, single]}
  - {name: Records, type: boolean}
  - {name: Job, type: string, nullable: false}
  - {name: Expenses, type: float, min: 35, max: 150}
  - {name: Income, type: integer, nullable: false, max: 500}
  - {name: Assets, type: integer, nullable: false, max: 100000}
  - {name: Debt, type: integer, nullable: false}
  - {name: Amount, type: integer, max: 4000}
  - {name: Price, type: integer}
`,
  );
  const options: ValidateOptions = { data: { path: data, file: 'credit.csv' }, contract: { path: c, file: 'credit.yaml' } };
  const sequential = await report(options, ports());
  for (const threads of [2, 3, 5]) assert.equal(await report(options, ports(threads, 20_000)), sequential, `${threads} threads`);
  const withProfile = await validate({ ...options, profile: true }, ports(2, 20_000));
  const seqProfile = await validate({ ...options, profile: true }, ports());
  assert.deepEqual({ ...withProfile.report, profile: null }, { ...seqProfile.report, profile: null });
  assert.equal(withProfile.report.profile?.columns.length, 14);
  assert.deepEqual(
    withProfile.report.profile?.columns.map((col) => col.nulls),
    seqProfile.report.profile?.columns.map((col) => col.nulls),
  );
});

test('workers started ahead (prewarmParallelPass) run the parts; extra ones are stopped; none keeps a process alive', async () => {
  const data = write('prewarm.csv', craftedCsv(3000, 5));
  const options: ValidateOptions = { data: { path: data, file: 'prewarm.csv' }, contract: { path: contract, file: 'contract.yaml' } };
  const sequential = await report(options, ports());
  prewarmParallelPass(data, { threads: 3, minPartBytes: 1024 });
  assert.equal(waitingWorkers(), 2);
  assert.equal(await report(options, ports(3, 1024)), sequential);
  assert.equal(waitingWorkers(), 0);
  // More started than the pass needs: the pass takes one, the others are stopped.
  prewarmParallelPass(data, { threads: 5, minPartBytes: 1024 });
  assert.equal(waitingWorkers(), 4);
  assert.equal(await report(options, ports(2, 1024)), sequential);
  assert.equal(waitingWorkers(), 0);
  // Too small to split, or JSON Lines: nothing is started.
  prewarmParallelPass(data, { threads: 3 });
  prewarmParallelPass(join(dir, 'x.jsonl'), { threads: 3, minPartBytes: 1 });
  assert.equal(waitingWorkers(), 0);
  // A process whose workers were started but never given a part exits by itself (a hang hits the timeout).
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `import { prewarmParallelPass, waitingWorkers } from ${JSON.stringify(new URL('../../src/adapters/data/parallel-pass.ts', import.meta.url).href)}; prewarmParallelPass(${JSON.stringify(data)}, { threads: 3, minPartBytes: 1024 }); console.log(waitingWorkers());`], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout.trim(), '2');
});
