import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  registryVerifyCommand
} from "./chunk-BIE6XOF5.js";
import {
  runCommand
} from "./chunk-2ZBEW4IC.js";
import {
  schemaInferCommand
} from "./chunk-J5BSIBRW.js";
import {
  trainCommand
} from "./chunk-RIYBM5MX.js";
import "./chunk-WH753IUP.js";
import {
  registryHistoryCommand
} from "./chunk-QUMJJD6N.js";
import {
  registryKpisCommand
} from "./chunk-GGJF6UN7.js";
import {
  registryListCommand
} from "./chunk-ZNUW2VKG.js";
import {
  registryPullCommand
} from "./chunk-NLSKXMUA.js";
import {
  registryRegisterCommand
} from "./chunk-SWJBBGIA.js";
import "./chunk-7ABOHB74.js";
import {
  registryRollbackCommand
} from "./chunk-QVJS3L2F.js";
import {
  registryPromoteCommand
} from "./chunk-J6774OVD.js";
import "./chunk-ALR6PLNA.js";
import {
  registryShowCommand
} from "./chunk-XQMQO2XB.js";
import {
  gateCommand
} from "./chunk-QU5Z7SWI.js";
import {
  initCommand
} from "./chunk-XQWHUPYV.js";
import {
  modelCardCommand
} from "./chunk-6PMCH4YU.js";
import "./chunk-SFLEXQ4B.js";
import {
  monitorCommand
} from "./chunk-FDJUZR4T.js";
import "./chunk-V4DRTVB6.js";
import {
  planCommand
} from "./chunk-NEM4T2TE.js";
import {
  predictCommand
} from "./chunk-UNMJGNL3.js";
import {
  profileCommand
} from "./chunk-E423PWFZ.js";
import {
  registryDiffCommand
} from "./chunk-EPX6FN4D.js";
import "./chunk-P3FTXFYD.js";
import "./chunk-GKKMDEU3.js";
import "./chunk-7QMZ6MPZ.js";
import {
  configCheckCommand
} from "./chunk-FOHC6ALP.js";
import {
  driftCommand
} from "./chunk-2JIWMOZG.js";
import "./chunk-2QQSBFDZ.js";
import {
  validateCommand
} from "./chunk-EB4HHTTM.js";
import "./chunk-OGAVXJN4.js";
import "./chunk-F5K763Y2.js";
import "./chunk-YJB5NCJV.js";
import "./chunk-GUFRJKXX.js";
import "./chunk-PVXSPRO6.js";
import "./chunk-67LXEH3K.js";
import "./chunk-6CBAJCOW.js";
import {
  evaluateCommand
} from "./chunk-RSDTQD6F.js";
import "./chunk-B6CR4XRZ.js";
import "./chunk-4LX4CDTR.js";
import "./chunk-22RXQZFK.js";
import "./chunk-JV7U4JCV.js";
import "./chunk-QNXLG3XP.js";
import "./chunk-MQ3V3VQQ.js";
import "./chunk-VIW6IBD2.js";
import "./chunk-RPOPLMKP.js";
import {
  metricsCommand
} from "./chunk-OMS6CRFQ.js";
import {
  fairnessCommand
} from "./chunk-APP44JEY.js";
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

// src/cli/commands/index.ts
var commands = [
  profileCommand,
  configCheckCommand,
  fairnessCommand,
  initCommand,
  evaluateCommand,
  gateCommand,
  metricsCommand,
  modelCardCommand,
  predictCommand,
  trainCommand,
  validateCommand,
  schemaInferCommand,
  driftCommand,
  registryListCommand,
  registryShowCommand,
  registryHistoryCommand,
  registryDiffCommand,
  registryVerifyCommand,
  registryRegisterCommand,
  registryPromoteCommand,
  registryRollbackCommand,
  registryKpisCommand,
  registryPullCommand,
  runCommand,
  planCommand,
  monitorCommand
];
export {
  commands
};
