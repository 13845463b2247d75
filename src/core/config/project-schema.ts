import { z } from 'zod';
import { columnNameSchema, protectedBasisSchema } from './protected-basis.js';
import { trainSchema } from './train-schema.js';

/** Model names are also used in git tags and file names. */
export const MODEL_NAME = /^[a-z0-9][a-z0-9._-]*$/;
export const SHA256 = /^[0-9a-f]{64}$/;

/** A data file: a bare path, or a path with a sha256 pin of its bytes. */
export const dataFileSchema = z.union([
  z.string().min(1),
  z.strictObject({ path: z.string().min(1), sha256: z.string().regex(SHA256, 'must be 64 lowercase hex digits (the sha256 of the file)').optional() }),
]);
export type DataFileConfig = z.infer<typeof dataFileSchema>;

export const dataSchema = z.strictObject({
  train: dataFileSchema,
  test: dataFileSchema.optional(),
  reference: dataFileSchema.optional().describe('data of the model in production, for drift'),
  format: z.enum(['csv', 'jsonl']).optional().describe('default from the file extension'),
  delimiter: z.string().length(1, 'must be a single character').optional(),
  null_values: z.array(z.string()).optional(),
});

export const protectedAttributeSchema = z.strictObject({
  column: columnNameSchema,
  basis: protectedBasisSchema,
});
export type ProtectedAttributeConfig = z.infer<typeof protectedAttributeSchema>;

/** `builtin:NAME` or a path relative to the file that names it. */
export const policyRefSchema = z.string().min(1);

export const modelSchema = z
  .strictObject({
    description: z.string().optional(),
    task: z.enum(['binary_classification', 'regression']).default('binary_classification'),
    data: dataSchema,
    target: columnNameSchema,
    positive_class: z.union([z.string(), z.number(), z.boolean()]).optional().describe('required for binary_classification'),
    features: z.array(columnNameSchema).min(1),
    protected: z.array(protectedAttributeSchema).default([]),
    contract: z.string().min(1).optional().describe('data contract written by `mergeml schema infer`'),
    policies: z.array(policyRefSchema).default([]),
    paths: z.array(z.string().min(1)).optional().describe('extra code paths that affect this model'),
    train: trainSchema.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.task === 'binary_classification' && m.positive_class === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', path: ['positive_class'], message: 'positive_class is required for binary_classification' });
    }
    if (m.task === 'regression' && m.positive_class !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['positive_class'], message: 'positive_class has no meaning for a regression model; remove it' });
    }
  });
export type ModelConfig = z.infer<typeof modelSchema>;

export const registrySchema = z.strictObject({
  stages: z.array(z.string().regex(/^[a-z][a-z0-9_-]*$/)).min(1).default(['staging', 'production']),
  binaries: z.enum(['commit', 'release']).default('commit'),
  max_commit_bytes: z.number().int().min(1).default(10_485_760),
});

/** The project file, `mergeml.yaml`. */
export const projectSchema = z.strictObject({
  version: z.literal(1),
  models: z.record(z.string().regex(MODEL_NAME, 'a model name is lowercase letters, digits, ".", "_" or "-", starting with a letter or digit'), modelSchema),
  registry: registrySchema.optional(),
});
export type ProjectConfig = z.infer<typeof projectSchema>;
