import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/errors.ts
function formatProblem(p) {
  const where = p.file === void 0 ? "" : `${p.file}${p.line !== void 0 ? `:${p.line}` : ""}${p.line !== void 0 && p.column !== void 0 ? `:${p.column}` : ""}: `;
  const path = p.path ? `${p.path}: ` : "";
  const expected = p.expected ? ` (expected ${p.expected})` : "";
  return `${where}${path}${p.message}${expected}`;
}
var MergemlError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var UsageError = class extends MergemlError {
  kind = "usage";
};
var InputError = class extends MergemlError {
  kind = "input";
  problems;
  constructor(message, problems = [], options) {
    super(problems.length > 0 ? `${message}
${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}` : message, options);
    this.problems = problems;
  }
};
var ConfigError = class extends MergemlError {
  kind = "config";
  problems;
  constructor(message, problems = [], options) {
    super(problems.length > 0 ? `${message}
${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}` : message, options);
    this.problems = problems;
  }
};
var CheckFailedError = class extends MergemlError {
  kind = "check";
};
var InternalError = class extends MergemlError {
  kind = "internal";
};

export {
  __commonJS,
  __export,
  __toESM,
  MergemlError,
  UsageError,
  InputError,
  ConfigError,
  CheckFailedError,
  InternalError
};
