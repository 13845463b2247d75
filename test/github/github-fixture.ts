/** An emulator plus a MergeML client pointed at it, with waits scaled to milliseconds. */
import { createGitHubClient, type GitHubClient } from '../../src/adapters/github/github-client.js';
import { DEFAULT_TOKEN, type GitHubEmulator, startEmulator } from '../emulator/github-emulator.js';

export interface GitHubFixture {
  readonly gh: GitHubEmulator;
  readonly client: GitHubClient;
  readonly waits: string[];
}

export async function startGitHubFixture(): Promise<GitHubFixture> {
  const gh = await startEmulator();
  const waits: string[] = [];
  const client = createGitHubClient({ token: DEFAULT_TOKEN, baseUrl: gh.url, timeScaleMs: 1, onWait: (m) => waits.push(m) });
  return { gh, client, waits };
}
