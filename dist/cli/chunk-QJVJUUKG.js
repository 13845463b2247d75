import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  profileCommand
} from "./chunk-E423PWFZ.js";
import "./chunk-GUFRJKXX.js";
import "./chunk-PVXSPRO6.js";
import "./chunk-67LXEH3K.js";
import "./chunk-6CBAJCOW.js";
import "./chunk-4C3DW3IR.js";
import "./chunk-WZL2LXPE.js";
import "./chunk-MCVS3WYR.js";
import "./chunk-4AU2CRBH.js";
import "./chunk-26FR4XON.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-PTGO6Z2K.js";
import "./chunk-WXR2B6ZC.js";
export {
  profileCommand
};
