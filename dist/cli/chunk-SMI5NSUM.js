import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  predictCommand
} from "./chunk-NWO3JF5I.js";
import "./chunk-66MPNQFK.js";
import "./chunk-W2AD5M52.js";
import "./chunk-VIW6IBD2.js";
import "./chunk-RBULLJ36.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-HEVO2NNT.js";
import "./chunk-WXR2B6ZC.js";
export {
  predictCommand
};
