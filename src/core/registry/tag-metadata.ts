/**
 * Structured metadata in an annotated tag's message: a human subject line, a blank line, then one JSON
 * object (`kind: "mergeml.registry-event"`). GTO shows the message as is; MergeML reads the JSON.
 * Tags written by GTO or by hand have no JSON and still count (metadata null). Pure.
 */
import { z } from 'zod';

const iso = z.iso.datetime({ offset: true });
const sha = z.string().regex(/^[0-9a-f]{7,64}$/, 'a git commit id');

export const tagMetadataSchema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('mergeml.registry-event'),
  event: z.enum(['register', 'assign', 'rollback']),
  model: z.string().min(1),
  version: z.string().min(1),
  stage: z.string().nullable(),
  /** Who ran the registry command (git committer or CI actor). */
  actor: z.string().nullable(),
  /** Who approved a stage assignment (GitHub Environment reviewer or --approver). */
  approver: z.string().nullable(),
  pullRequest: z.strictObject({ number: z.number().int().positive(), openedAt: iso.nullable(), headSha: sha.nullable() }).nullable(),
  /** The commit the model was built from (the merged pull request's merge commit on the default branch). */
  sourceCommit: sha.nullable(),
  /** sha256 identifying the registered evidence: a retried registration of the same results is found by it. */
  registrationKey: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  bump: z.enum(['initial', 'major', 'minor', 'patch']).nullable(),
  /** For a rollback: the version that was at the stage and is being replaced. */
  rollbackOf: z.string().nullable(),
  reason: z.string().nullable(),
});
export type TagMetadata = z.infer<typeof tagMetadataSchema>;

/** The full tag message: subject, blank line, pretty JSON. */
export function formatTagMessage(subject: string, meta: TagMetadata): string {
  return `${subject.replace(/\s+/g, ' ').trim()}\n\n${JSON.stringify(tagMetadataSchema.parse(meta), null, 2)}\n`;
}

/** Reads the metadata of a tag message; null when there is none, an error string when it is malformed. */
export function parseTagMessage(message: string): { meta: TagMetadata | null; error?: string } {
  const start = message.indexOf('\n{');
  if (start < 0) return { meta: null };
  let json: unknown;
  try {
    json = JSON.parse(message.slice(start + 1));
  } catch (error) {
    return { meta: null, error: `metadata is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = tagMetadataSchema.safeParse(json);
  if (!parsed.success) return { meta: null, error: `metadata does not match mergeml.registry-event v1: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` };
  return { meta: parsed.data };
}
