import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  registryDiffCommand
} from "./chunk-ECQ2GQMD.js";
import "./chunk-T46PH4CD.js";
import "./chunk-O4IL7M7M.js";
import "./chunk-QQEFSOSX.js";
import "./chunk-4AU2CRBH.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-WXR2B6ZC.js";
export {
  registryDiffCommand
};
