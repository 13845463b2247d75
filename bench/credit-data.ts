// Generates (once) and reuses a large CSV shaped like examples/credit: rows resampled from the real
// credit_data.csv with a seeded PRNG, so column types, NA rates and value ranges match the example.
import { existsSync, mkdirSync, openSync, writeSync, closeSync, renameSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDataDir = join(dirname(fileURLToPath(import.meta.url)), '.data');
const SOURCE = '/work/shared/data/credit_data.csv';

function sourceRows(): { header: string; rows: string[] } {
  const candidates = [join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'data', 'credit_data.csv'), SOURCE];
  const path = candidates.find((p) => existsSync(p));
  if (path === undefined) throw new Error(`credit_data.csv not found (looked in ${candidates.join(', ')})`);
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
  const [header, ...rows] = lines;
  return { header: header ?? '', rows };
}

/** Returns the path of a `rows`-row credit-shaped CSV in bench/.data, generating it when missing. */
export function ensureCreditCsv(rows: number): string {
  mkdirSync(benchDataDir, { recursive: true });
  const path = join(benchDataDir, `credit-${rows}.csv`);
  if (existsSync(path) && statSync(path).size > 0) return path;
  const { header, rows: source } = sourceRows();
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  writeSync(fd, `${header}\n`);
  let state = 0x2545f491; // xorshift32, fixed seed: the same file every time
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    chunk.push(source[Math.floor(next() * source.length)] ?? '');
    if (chunk.length === 100_000) {
      writeSync(fd, `${chunk.join('\n')}\n`);
      chunk.length = 0;
    }
  }
  if (chunk.length > 0) writeSync(fd, `${chunk.join('\n')}\n`);
  closeSync(fd);
  renameSync(tmp, path);
  return path;
}
