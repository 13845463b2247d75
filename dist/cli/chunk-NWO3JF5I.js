import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  predict
} from "./chunk-66MPNQFK.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  requireString
} from "./chunk-5LA4UDSI.js";

// src/cli/commands/predict.ts
import { relative, resolve } from "node:path";
var predictCommand = {
  name: "predict",
  summary: "score a data file with a trained model artifact",
  help: `Usage: mergeml predict --model DIR --data FILE --out PRED.csv [--backend B] [--delimiter C] [--json]

Verifies DIR against its manifest.json (sha256 of every file), applies the saved preprocessing and writes
one row per record: row,line,score,label (binary classification; score is the probability of the
positive class, label at 0.5) or row,line,prediction (regression).

Options:
  -m, --model DIR    model artifact written by \`mergeml train\`
  -d, --data FILE    CSV or JSON Lines file with the feature columns
  -o, --out FILE     predictions CSV to write (atomically)
      --backend B    auto | tensorflow-gpu | tensorflow | wasm | cpu (default MERGEML_BACKEND or auto)
      --delimiter C  CSV delimiter of FILE (default ",")
      --json         print a versioned JSON summary (schemaVersion 1)

Exit codes: 0 written, 2 usage/data error or an artifact that fails verification, 70 internal error.`,
  options: {
    model: { type: "string", short: "m" },
    data: { type: "string", short: "d" },
    out: { type: "string", short: "o" },
    backend: { type: "string" },
    delimiter: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const modelDir = resolve(ctx.cwd, requireString(args, "model", "predict"));
    const data = requireString(args, "data", "predict");
    const out = resolve(ctx.cwd, requireString(args, "out", "predict"));
    const backend = optionalString(args, "backend");
    const delimiter = optionalString(args, "delimiter");
    const result = await predict(
      { modelDir, dataPath: resolve(ctx.cwd, data), dataFile: data, outPath: out, ...backend ? { backend } : {}, ...delimiter ? { delimiter } : {} },
      { env: ctx.env, cwd: ctx.cwd }
    );
    ctx.stdout(args.values["json"] === true ? `${JSON.stringify(result, null, 2)}
` : `wrote ${result.rows} predictions to ${relative(ctx.cwd, out) || out} (${result.backend})
`);
    return EXIT.ok;
  }
};

export {
  predictCommand
};
