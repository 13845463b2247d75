import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// package.json
var package_default = {
  name: "mergeml",
  version: "0.1.0",
  description: "Run the machine-learning lifecycle through pull requests: the repository is the model registry.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    mergeml: "bin/mergeml.js"
  },
  files: [
    "bin",
    "dist",
    "policies",
    "actions",
    "reusable",
    "workflows"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "node scripts/run-tests.mjs",
    start: "node scripts/start.mjs",
    bench: "node --import tsx bench/run.ts",
    schema: "node --import tsx scripts/generate-schema.ts",
    "check:generated": "node scripts/check-generated.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    bottleneck: "^2.19.5",
    "js-yaml": "^5.5.0",
    "markdown-table": "^3.0.4",
    zod: "^4.6.7"
  },
  peerDependencies: {
    "@tensorflow/tfjs-node": "^4.22.0",
    "@tensorflow/tfjs-node-gpu": "^4.22.0"
  },
  peerDependenciesMeta: {
    "@tensorflow/tfjs-node": {
      optional: true
    },
    "@tensorflow/tfjs-node-gpu": {
      optional: true
    }
  },
  devDependencies: {
    "@actions/workflow-parser": "^0.3.61",
    "@duckdb/node-api": "1.5.5-r.5",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    assemblyscript: "^0.28.20",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    tsx: "^4.23.15",
    typescript: "~5.9.3"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
