import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  evaluateCommand
} from "./chunk-Z4T6YYIB.js";
import "./chunk-C5GZ4OJ4.js";
import "./chunk-XCR4V5GT.js";
import "./chunk-FUGLSHSP.js";
import "./chunk-JV7U4JCV.js";
import "./chunk-66MPNQFK.js";
import "./chunk-W2AD5M52.js";
import "./chunk-VIW6IBD2.js";
import "./chunk-QQEFSOSX.js";
import "./chunk-5KT5E2YD.js";
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
import "./chunk-S36MNHKJ.js";
import "./chunk-KA7HP5GX.js";
import "./chunk-RBULLJ36.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-HEVO2NNT.js";
import "./chunk-WXR2B6ZC.js";
export {
  evaluateCommand
};
