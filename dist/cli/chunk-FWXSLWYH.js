import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  registryRollbackCommand
} from "./chunk-ZLUJORUX.js";
import "./chunk-U6TQONX4.js";
import "./chunk-JMXOBL62.js";
import "./chunk-O4IL7M7M.js";
import "./chunk-QQEFSOSX.js";
import "./chunk-7WDWFYJ3.js";
import "./chunk-2KRDQDBV.js";
import "./chunk-MCVS3WYR.js";
import "./chunk-4AU2CRBH.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-WXR2B6ZC.js";
export {
  registryRollbackCommand
};
