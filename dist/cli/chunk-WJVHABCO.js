import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  registryDiffCommand
} from "./chunk-EPX6FN4D.js";
import "./chunk-P3FTXFYD.js";
import "./chunk-GKKMDEU3.js";
import "./chunk-RPOPLMKP.js";
import "./chunk-4AU2CRBH.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-WXR2B6ZC.js";
export {
  registryDiffCommand
};
