import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  external_exports
} from "./chunk-4AU2CRBH.js";

// src/core/config/protected-basis.ts
var PROTECTED_BASES = Object.freeze([
  "race",
  "color",
  "religion",
  "national_origin",
  "sex",
  "marital_status",
  "age",
  "public_assistance_income",
  "exercised_ccpa_rights"
]);
var protectedBasisSchema = external_exports.enum(PROTECTED_BASES).describe("A prohibited basis of Regulation B, 12 CFR 1002.2(z).");
var severitySchema = external_exports.enum(["error", "warning"]).describe("error fails the run; warning is reported only.");
var columnNameSchema = external_exports.string().min(1, "a column name must not be empty");

export {
  PROTECTED_BASES,
  protectedBasisSchema,
  severitySchema,
  columnNameSchema
};
