import { z } from 'zod';
import { columnNameSchema, severitySchema } from '../config/protected-basis.js';
import { dataCheckSchema } from '../policy/data-checks-schema.js';

/** Value types a contract can require of a column (DV07); CSV cells are text, so a type is what they parse as. */
export const CONTRACT_TYPES = ['integer', 'float', 'number', 'string', 'boolean'] as const;

/** Constraints of a column whose severity can be set on its own (the rest default to `error`). */
export const CONSTRAINTS = ['exists', 'type', 'nullable', 'range', 'values', 'unique'] as const;
export type ConstraintName = (typeof CONSTRAINTS)[number];

const columnSchema = z
  .strictObject({
    name: columnNameSchema,
    description: z.string().optional(),
    type: z.enum(CONTRACT_TYPES).optional().describe('DV07 column_type'),
    nullable: z.boolean().optional().describe('false: DV06 values_not_null (default true)'),
    min: z.number().optional().describe('DV10 values_between lower bound (inclusive)'),
    max: z.number().optional().describe('DV10 values_between upper bound (inclusive)'),
    values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional().describe('DV12 values_in_set'),
    unique: z.boolean().optional().describe('true: DV15 values_unique'),
    severity: z
      .partialRecord(z.enum(CONSTRAINTS), severitySchema)
      .optional()
      .describe('severity per constraint, e.g. {nullable: warning, range: warning}; default error'),
  })
  .superRefine((c, ctx) => {
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `max ${c.max} is below min ${c.min}` });
  });

/** A data contract: what a reviewed data file must look like. Written by `mergeml schema infer`, edited by people. */
export const contractSchema = z.strictObject({
  version: z.literal(1),
  description: z.string().optional(),
  null_values: z.array(z.string()).optional().describe('cell texts read as null (default [""])'),
  strict: z.boolean().optional().describe('true: no columns beyond those listed (DV02 columns_match_set)'),
  ordered: z.boolean().optional().describe('true: columns in the listed order (DV03 column_order)'),
  columns: z.array(columnSchema).min(1),
  checks: z.array(dataCheckSchema).optional().describe('further data checks in policy form (DV01–DV26)'),
}).superRefine((c, ctx) => {
  const seen = new Map<string, number>();
  c.columns.forEach((col, i) => {
    const first = seen.get(col.name);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['columns', i, 'name'], message: `column ${JSON.stringify(col.name)} is listed twice (first at columns[${first}])` });
    else seen.set(col.name, i);
  });
});

export type Contract = z.infer<typeof contractSchema>;
export type ContractColumn = Contract['columns'][number];
