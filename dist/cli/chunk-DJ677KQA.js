import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  profileCommand
} from "./chunk-56DNXUL2.js";
import "./chunk-YWIMBLPT.js";
import "./chunk-XH44LWVR.js";
import "./chunk-FIVW5RAB.js";
import "./chunk-6CBAJCOW.js";
import "./chunk-4C3DW3IR.js";
import "./chunk-WZL2LXPE.js";
import "./chunk-MCVS3WYR.js";
import "./chunk-4AU2CRBH.js";
import "./chunk-RBULLJ36.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-HEVO2NNT.js";
import "./chunk-WXR2B6ZC.js";
export {
  profileCommand
};
