import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  predictCommand
} from "./chunk-UNMJGNL3.js";
import "./chunk-QNXLG3XP.js";
import "./chunk-MQ3V3VQQ.js";
import "./chunk-VIW6IBD2.js";
import "./chunk-26FR4XON.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-PTGO6Z2K.js";
import "./chunk-WXR2B6ZC.js";
export {
  predictCommand
};
