import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  registryRegisterCommand
} from "./chunk-TDL2LQRJ.js";
import "./chunk-SM4UZ5D6.js";
import "./chunk-JMXOBL62.js";
import "./chunk-SFLEXQ4B.js";
import "./chunk-V4DRTVB6.js";
import "./chunk-O4IL7M7M.js";
import "./chunk-VIW6IBD2.js";
import "./chunk-QQEFSOSX.js";
import "./chunk-RSKNBI6D.js";
import "./chunk-OZANT2YJ.js";
import "./chunk-XDDLN3TC.js";
import "./chunk-BM5OXL35.js";
import "./chunk-7WDWFYJ3.js";
import "./chunk-2KRDQDBV.js";
import "./chunk-MCVS3WYR.js";
import "./chunk-4AU2CRBH.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-WXR2B6ZC.js";
export {
  registryRegisterCommand
};
