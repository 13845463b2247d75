import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  DATA_CHECK_REGISTRY,
  ProfileConsumer,
  columnOverviewConsumer,
  isMergeable
} from "./chunk-FIVW5RAB.js";
import {
  CsvSyntaxError,
  scanCsvRange
} from "./chunk-HEVO2NNT.js";
import {
  InputError,
  InternalError
} from "./chunk-WXR2B6ZC.js";

// src/adapters/data/csv-range-pass.ts
import { closeSync, openSync } from "node:fs";

// src/core/checks/check-set-consumer.ts
function checkSetConsumer(config) {
  const consumers = [];
  for (const entry of config.checks) {
    const registered = DATA_CHECK_REGISTRY.find((c) => c.name === entry.check);
    if (registered === void 0) return void 0;
    const consumer = registered.create(entry, {});
    if (!isMergeable(consumer)) return void 0;
    consumers.push(consumer);
  }
  return {
    consume(batch) {
      for (const c of consumers) c.consume(batch);
    },
    state: () => consumers.map((c) => c.state()),
    merge(states, lineOffset) {
      if (states.length !== consumers.length) throw new InternalError("check states of a parallel pass do not line up");
      consumers.forEach((c, k) => c.merge(states[k], lineOffset));
    },
    finish: () => consumers.map((c) => c.finish())
  };
}

// src/adapters/data/pass-consumers.ts
var passConsumers = {
  // config.file: the name the profile reports (validate's display name); default the path read.
  profile: (config, file) => new ProfileConsumer(config?.file ?? file),
  "column-overview": () => columnOverviewConsumer(),
  checks: (config) => {
    const consumer = checkSetConsumer(config);
    if (consumer === void 0) throw new Error("a check in this set cannot run in a parallel pass (validate must not have chosen one)");
    return consumer;
  }
};
function buildConsumers(specs, file) {
  return specs.map((spec) => {
    const factory = passConsumers[spec.kind];
    if (factory === void 0) throw new Error(`no pass consumer registered as '${spec.kind}' (src/adapters/data/pass-consumers.ts)`);
    return factory(spec.config, file);
  });
}

// src/adapters/data/csv-range-pass.ts
function runCsvRange(job) {
  let fd;
  try {
    fd = openSync(job.path, "r");
    const consumers = buildConsumers(job.consumers, job.path);
    const it = scanCsvRange(fd, job.size, job.path, job.header, job.range, job.options, void 0, job.reuseBatches);
    for (; ; ) {
      const step = it.next();
      if (step.done) return { ok: true, states: consumers.map((c) => c.state()), end: step.value };
      for (const c of consumers) c.consume(step.value);
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, syntax: { line: error.line, column: error.column, message: error.message, expected: error.expected } };
    if (error instanceof InputError) return { ok: false, input: { message: error.message, problems: error.problems } };
    return { ok: false, internal: error instanceof Error ? error.stack ?? error.message : String(error) };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

export {
  buildConsumers,
  runCsvRange
};
