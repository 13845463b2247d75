/**
 * The login the token posts as, so the sticky-comment lookup only matches our own comments (a user who
 * pastes our marker into their comment cannot hijack it). GITHUB_TOKEN cannot call GET /user (403), and
 * then the author is `github-actions[bot]`; a GitHub App token should pass its `<slug>[bot]` explicitly.
 */
import type { GitHubClient } from './github-client.js';
import { statusOf, wrapGitHubError } from './github-error.js';

/** The login comments made with GITHUB_TOKEN carry. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** Resolves the bot login: the explicit one, else GET /user, else `github-actions[bot]` when that is refused. */
export async function resolveBotLogin(client: GitHubClient, explicit?: string): Promise<string> {
  if (explicit && explicit.length > 0) return explicit;
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 401) return ACTIONS_BOT_LOGIN;
    throw wrapGitHubError(error, 'read the authenticated user');
  }
}
