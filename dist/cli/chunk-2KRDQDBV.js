import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  columnNameSchema,
  protectedBasisSchema
} from "./chunk-MCVS3WYR.js";
import {
  external_exports
} from "./chunk-4AU2CRBH.js";

// src/core/config/train-schema.ts
var mlpSchema = external_exports.strictObject({
  type: external_exports.literal("mlp"),
  layers: external_exports.array(external_exports.number().int().min(1)).min(1),
  activation: external_exports.enum(["relu", "tanh", "sigmoid", "elu", "selu", "linear"]).default("relu"),
  dropout: external_exports.number().min(0).lt(1).optional(),
  l2: external_exports.number().min(0).optional()
});
var logisticSchema = external_exports.strictObject({
  type: external_exports.literal("logistic_regression"),
  l2: external_exports.number().min(0).optional()
});
var trainModelSchema = external_exports.discriminatedUnion("type", [mlpSchema, logisticSchema]);
var trainSchema = external_exports.strictObject({
  command: external_exports.string().min(1).optional().describe("bring your own trainer; excludes the TF.js settings"),
  backend: external_exports.enum(["auto", "tensorflow-gpu", "tensorflow", "wasm", "cpu"]).optional(),
  seed: external_exports.number().int().min(0).optional(),
  model: trainModelSchema.optional(),
  optimizer: external_exports.enum(["adam", "sgd", "rmsprop", "adagrad"]).optional(),
  learning_rate: external_exports.number().positive().optional(),
  batch_size: external_exports.number().int().min(1).optional(),
  epochs: external_exports.number().int().min(1).optional(),
  validation_split: external_exports.number().min(0).lt(1).optional(),
  early_stopping: external_exports.strictObject({ monitor: external_exports.enum(["val_loss", "loss", "val_acc", "acc", "val_auc"]).default("val_loss"), patience: external_exports.number().int().min(0), min_delta: external_exports.number().min(0).optional() }).optional(),
  class_weight: external_exports.union([external_exports.literal("balanced"), external_exports.record(external_exports.string(), external_exports.number().positive())]).optional(),
  checkpoint_every: external_exports.number().int().min(1).optional()
}).superRefine((value, ctx) => {
  if (value.command === void 0) return;
  for (const key of Object.keys(value)) {
    if (key !== "command") ctx.addIssue({ code: "custom", path: [key], message: `'${key}' has no effect with 'command' (bring-your-own trainer); remove one of them` });
  }
});

// src/core/config/project-schema.ts
var MODEL_NAME = /^[a-z0-9][a-z0-9._-]*$/;
var SHA256 = /^[0-9a-f]{64}$/;
var dataFileSchema = external_exports.union([
  external_exports.string().min(1),
  external_exports.strictObject({ path: external_exports.string().min(1), sha256: external_exports.string().regex(SHA256, "must be 64 lowercase hex digits (the sha256 of the file)").optional() })
]);
var dataSchema = external_exports.strictObject({
  train: dataFileSchema,
  test: dataFileSchema.optional(),
  reference: dataFileSchema.optional().describe("data of the model in production, for drift"),
  format: external_exports.enum(["csv", "jsonl"]).optional().describe("default from the file extension"),
  delimiter: external_exports.string().length(1, "must be a single character").optional(),
  null_values: external_exports.array(external_exports.string()).optional()
});
var protectedAttributeSchema = external_exports.strictObject({
  column: columnNameSchema,
  basis: protectedBasisSchema
});
var policyRefSchema = external_exports.string().min(1);
var modelSchema = external_exports.strictObject({
  description: external_exports.string().optional(),
  task: external_exports.enum(["binary_classification", "regression"]).default("binary_classification"),
  data: dataSchema,
  target: columnNameSchema,
  positive_class: external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()]).optional().describe("required for binary_classification"),
  features: external_exports.array(columnNameSchema).min(1),
  protected: external_exports.array(protectedAttributeSchema).default([]),
  contract: external_exports.string().min(1).optional().describe("data contract written by `mergeml schema infer`"),
  policies: external_exports.array(policyRefSchema).default([]),
  paths: external_exports.array(external_exports.string().min(1)).optional().describe("extra code paths that affect this model"),
  train: trainSchema.optional()
}).superRefine((m, ctx) => {
  if (m.task === "binary_classification" && m.positive_class === void 0) {
    ctx.addIssue({ code: "invalid_type", expected: "string", path: ["positive_class"], message: "positive_class is required for binary_classification" });
  }
  if (m.task === "regression" && m.positive_class !== void 0) {
    ctx.addIssue({ code: "custom", path: ["positive_class"], message: "positive_class has no meaning for a regression model; remove it" });
  }
});
var registrySchema = external_exports.strictObject({
  stages: external_exports.array(external_exports.string().regex(/^[a-z][a-z0-9_-]*$/)).min(1).default(["staging", "production"]),
  binaries: external_exports.enum(["commit", "release"]).default("commit"),
  max_commit_bytes: external_exports.number().int().min(1).default(10485760)
});
var projectSchema = external_exports.strictObject({
  version: external_exports.literal(1),
  models: external_exports.record(external_exports.string().regex(MODEL_NAME, 'a model name is lowercase letters, digits, ".", "_" or "-", starting with a letter or digit'), modelSchema),
  registry: registrySchema.optional()
});

export {
  MODEL_NAME,
  registrySchema,
  projectSchema
};
