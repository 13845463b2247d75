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
} from "./chunk-OMS6CRFQ.js";
import "./chunk-D5FVUQ7F.js";
import "./chunk-KA7HP5GX.js";
import "./chunk-26FR4XON.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-PTGO6Z2K.js";
import "./chunk-WXR2B6ZC.js";
export {
  inputPath,
  metricsCommand,
  optionalNumber,
  predictionOptionHelp,
  predictionOptionSpec,
  predictionOptions
};
