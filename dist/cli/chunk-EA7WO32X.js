import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  runCommand
} from "./chunk-2ZBEW4IC.js";
import "./chunk-WH753IUP.js";
import "./chunk-7ABOHB74.js";
import "./chunk-ALR6PLNA.js";
import "./chunk-SFLEXQ4B.js";
import "./chunk-OGAVXJN4.js";
import "./chunk-F5K763Y2.js";
import "./chunk-YJB5NCJV.js";
import "./chunk-67LXEH3K.js";
import "./chunk-6CBAJCOW.js";
import "./chunk-B6CR4XRZ.js";
import "./chunk-4LX4CDTR.js";
import "./chunk-JV7U4JCV.js";
import "./chunk-QNXLG3XP.js";
import "./chunk-MQ3V3VQQ.js";
import "./chunk-VIW6IBD2.js";
import "./chunk-RPOPLMKP.js";
import "./chunk-2ZR3SUQJ.js";
import "./chunk-RSKNBI6D.js";
import "./chunk-GWEUL6CQ.js";
import "./chunk-OZANT2YJ.js";
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
import "./chunk-D5FVUQ7F.js";
import "./chunk-KA7HP5GX.js";
import "./chunk-26FR4XON.js";
import "./chunk-7BSCY73Z.js";
import "./chunk-5LA4UDSI.js";
import "./chunk-PTGO6Z2K.js";
import "./chunk-WXR2B6ZC.js";
export {
  runCommand
};
