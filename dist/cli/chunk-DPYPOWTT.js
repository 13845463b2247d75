import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  readInputFile,
  validateCommand,
  writeOutputAtomic
} from "./chunk-IB7QBEVG.js";
import "./chunk-LMXXNHWF.js";
import "./chunk-F5K763Y2.js";
import "./chunk-EVRDFNHE.js";
import "./chunk-YWIMBLPT.js";
import "./chunk-XH44LWVR.js";
import "./chunk-FIVW5RAB.js";
import "./chunk-6CBAJCOW.js";
import "./chunk-D2ZYJ4YV.js";
import "./chunk-XDDLN3TC.js";
import "./chunk-4C3DW3IR.js";
import "./chunk-IBZLWYI3.js";
import "./chunk-WB32QQZT.js";
import "./chunk-YOP3OL3O.js";
import "./chunk-BM5OXL35.js";
import "./chunk-7WDWFYJ3.js";
import "./chunk-2KRDQDBV.js";
import "./chunk-WZL2LXPE.js";
import "./chunk-MCVS3WYR.js";
import "./chunk-4AU2CRBH.js";
import "./chunk-KA7HP5GX.js";
import "./chunk-RBULLJ36.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-HEVO2NNT.js";
import "./chunk-WXR2B6ZC.js";
export {
  readInputFile,
  validateCommand,
  writeOutputAtomic
};
