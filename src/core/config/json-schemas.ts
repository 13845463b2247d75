import { z } from 'zod';
import { policySchema } from '../policy/policy-file.js';
import { projectSchema } from './project-schema.js';

/** The editor-facing JSON Schema of a zod schema: input shape (defaults optional), draft 2020-12, titled. */
export function jsonSchemaText(schema: z.ZodType, title: string): string {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

/** The generated files under policies/, name → text. Deterministic: same schemas, same bytes. */
export function generatedSchemaFiles(): ReadonlyMap<string, string> {
  return new Map([
    ['project.schema.json', jsonSchemaText(projectSchema, 'MergeML project file (mergeml.yaml)')],
    ['policy.schema.json', jsonSchemaText(policySchema, 'MergeML policy file')],
  ]);
}
