import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STEP_SUMMARY_LIMIT_BYTES, writeJobSummary } from '../../src/adapters/github/job-summary-writer.js';

test('appends to GITHUB_STEP_SUMMARY, refuses to pass 1 MiB, and is a no-op outside Actions', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mergeml-summary-'));
  try {
    const path = join(dir, 'summary.md');
    await writeFile(path, '# earlier step\n');
    assert.equal(await writeJobSummary('# MergeML', path), true);
    assert.equal(await readFile(path, 'utf8'), '# earlier step\n# MergeML\n');
    await assert.rejects(writeJobSummary('é'.repeat(STEP_SUMMARY_LIMIT_BYTES / 2), path), (e: Error) => e.name === 'InternalError' && /at most 1048576/.test(e.message));
    assert.equal(await readFile(path, 'utf8'), '# earlier step\n# MergeML\n');
    assert.equal(await writeJobSummary('x', undefined), false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
