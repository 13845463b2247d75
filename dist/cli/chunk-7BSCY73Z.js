import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  MergemlError
} from "./chunk-WXR2B6ZC.js";

// src/cli/exit-codes.ts
var EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, internal: 70 });
var ISSUE_URL = "https://github.com/mergeml/mergeml/issues";
function describeFailure(error) {
  if (error instanceof MergemlError) {
    switch (error.kind) {
      case "usage":
      case "input":
      case "config":
        return { exitCode: EXIT.usage, message: `error: ${error.message}` };
      case "check":
        return { exitCode: EXIT.failed, message: error.message };
      case "internal":
        break;
    }
  }
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  return {
    exitCode: EXIT.internal,
    message: `internal error: this is a bug in MergeML. Please open an issue at ${ISSUE_URL} with the output below.
${detail}`
  };
}

export {
  EXIT,
  describeFailure
};
