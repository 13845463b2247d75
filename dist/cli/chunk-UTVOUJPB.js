import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  inputPath,
  metricsCommand,
  optionalNumber,
  predictionOptionHelp,
  predictionOptionSpec,
  predictionOptions
} from "./chunk-5KT5E2YD.js";
import "./chunk-S36MNHKJ.js";
import "./chunk-KA7HP5GX.js";
import "./chunk-RBULLJ36.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-HEVO2NNT.js";
import "./chunk-WXR2B6ZC.js";
export {
  inputPath,
  metricsCommand,
  optionalNumber,
  predictionOptionHelp,
  predictionOptionSpec,
  predictionOptions
};
