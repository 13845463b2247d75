import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  readInputFile,
  validateCommand,
  writeOutputAtomic
} from "./chunk-EB4HHTTM.js";
import "./chunk-OGAVXJN4.js";
import "./chunk-F5K763Y2.js";
import "./chunk-YJB5NCJV.js";
import "./chunk-GUFRJKXX.js";
import "./chunk-PVXSPRO6.js";
import "./chunk-67LXEH3K.js";
import "./chunk-6CBAJCOW.js";
import "./chunk-DKACSK4Z.js";
import "./chunk-XDDLN3TC.js";
import "./chunk-4C3DW3IR.js";
import "./chunk-MVFZ4GGM.js";
import "./chunk-WB32QQZT.js";
import "./chunk-YOP3OL3O.js";
import "./chunk-BM5OXL35.js";
import "./chunk-7WDWFYJ3.js";
import "./chunk-2KRDQDBV.js";
import "./chunk-WZL2LXPE.js";
import "./chunk-MCVS3WYR.js";
import "./chunk-4AU2CRBH.js";
import "./chunk-KA7HP5GX.js";
import "./chunk-26FR4XON.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-PTGO6Z2K.js";
import "./chunk-WXR2B6ZC.js";
export {
  readInputFile,
  validateCommand,
  writeOutputAtomic
};
