import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  parseConfigFile
} from "./chunk-7WDWFYJ3.js";
import {
  dataCheckSchema
} from "./chunk-WZL2LXPE.js";
import {
  columnNameSchema,
  severitySchema
} from "./chunk-MCVS3WYR.js";
import {
  external_exports
} from "./chunk-4AU2CRBH.js";
import {
  ConfigError
} from "./chunk-WXR2B6ZC.js";

// src/core/contract/contract-schema.ts
var CONTRACT_TYPES = ["integer", "float", "number", "string", "boolean"];
var CONSTRAINTS = ["exists", "type", "nullable", "range", "values", "unique"];
var columnSchema = external_exports.strictObject({
  name: columnNameSchema,
  description: external_exports.string().optional(),
  type: external_exports.enum(CONTRACT_TYPES).optional().describe("DV07 column_type"),
  nullable: external_exports.boolean().optional().describe("false: DV06 values_not_null (default true)"),
  min: external_exports.number().optional().describe("DV10 values_between lower bound (inclusive)"),
  max: external_exports.number().optional().describe("DV10 values_between upper bound (inclusive)"),
  values: external_exports.array(external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()])).min(1).optional().describe("DV12 values_in_set"),
  unique: external_exports.boolean().optional().describe("true: DV15 values_unique"),
  severity: external_exports.partialRecord(external_exports.enum(CONSTRAINTS), severitySchema).optional().describe("severity per constraint, e.g. {nullable: warning, range: warning}; default error")
}).superRefine((c, ctx) => {
  if (c.min !== void 0 && c.max !== void 0 && c.min > c.max) ctx.addIssue({ code: "custom", path: ["max"], message: `max ${c.max} is below min ${c.min}` });
});
var contractSchema = external_exports.strictObject({
  version: external_exports.literal(1),
  description: external_exports.string().optional(),
  null_values: external_exports.array(external_exports.string()).optional().describe('cell texts read as null (default [""])'),
  strict: external_exports.boolean().optional().describe("true: no columns beyond those listed (DV02 columns_match_set)"),
  ordered: external_exports.boolean().optional().describe("true: columns in the listed order (DV03 column_order)"),
  columns: external_exports.array(columnSchema).min(1),
  checks: external_exports.array(dataCheckSchema).optional().describe("further data checks in policy form (DV01\u2013DV26)")
}).superRefine((c, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  c.columns.forEach((col, i) => {
    const first = seen.get(col.name);
    if (first !== void 0) ctx.addIssue({ code: "custom", path: ["columns", i, "name"], message: `column ${JSON.stringify(col.name)} is listed twice (first at columns[${first}])` });
    else seen.set(col.name, i);
  });
});

// src/core/contract/parse-contract.ts
function parseContract(file, bytes) {
  const result = parseConfigFile(file, bytes, contractSchema);
  if (!result.ok) throw new ConfigError(`${file}: invalid data contract`, result.problems);
  return result.config.value;
}

export {
  parseContract
};
