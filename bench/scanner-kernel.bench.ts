// The CSV scanner in JavaScript (src/core/data/csv-scanner.ts) and in WebAssembly (src/core/data/wasm-scanner.ts),
// beside a reduced field loop written twice, in JavaScript (kernel.ts) and in AssemblyScript (kernel.as), over
// the same first MB of the credit-shaped bench file: what the full grammar costs over the bare loop in each. Usage: npm run bench scanner-kernel [-- --mb=100]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureCreditCsv } from './credit-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const mbArg = process.argv.find((a) => a.startsWith('--mb='));
const mb = mbArg ? Number(mbArg.slice(5)) : 100;
const dir = mkdtempSync(join(tmpdir(), 'mergeml-scanner-kernel-'));

// Imported by a computed name: AssemblyScript's type definitions declare their own globals (console,
// WebAssembly) that would clash with Node's in this TypeScript project.
interface Asc {
  compileString(source: string, options: Record<string, unknown>): Promise<{ error: Error | null; binary: Uint8Array | null; stderr: { toString(): string } }>;
}
const ascModule = 'assemblyscript/asc';
const asc = ((await import(ascModule)) as { default: Asc }).default;
const compiled = await asc.compileString(readFileSync(join(here, 'scanner-kernel/kernel.as'), 'utf8'), { optimizeLevel: 3, runtime: 'stub', importMemory: true });
if (compiled.error || !compiled.binary) throw new Error(`asc: ${compiled.error?.message ?? 'no binary'}\n${compiled.stderr.toString()}`);
writeFileSync(join(dir, 'kernel.wasm'), compiled.binary);
await build({ entryPoints: [join(here, 'scanner-kernel/runner.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: join(dir, 'runner.mjs'), logLevel: 'warning' });
const r = spawnSync(process.execPath, [join(dir, 'runner.mjs'), ensureCreditCsv(10_000_000), join(dir, 'kernel.wasm'), String(mb)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
