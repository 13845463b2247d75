// Generates the JSON Schemas of the project and policy files from the zod schemas, for editors
// (`# yaml-language-server: $schema=…`). Deterministic: same schemas, same bytes. CI (check:generated)
// fails when the committed files differ.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectSchema } from '../src/core/config/project-schema.js';
import { policySchema } from '../src/core/policy/policy-file.js';

const root = new URL('..', import.meta.url).pathname;

/** The editor-facing schema: input shape (defaults optional), draft 2020-12, with a title. */
export function jsonSchemaOf(schema: z.ZodType, title: string): string {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

const outputs: [string, z.ZodType, string][] = [
  ['project.schema.json', projectSchema, 'MergeML project file (mergeml.yaml)'],
  ['policy.schema.json', policySchema, 'MergeML policy file'],
];
for (const [name, schema, title] of outputs) {
  const path = join(root, 'policies', name);
  writeFileSync(`${path}.tmp`, jsonSchemaOf(schema, title));
  renameSync(`${path}.tmp`, path);
  console.log(`wrote policies/${name}`);
}
