import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  registryVerifyCommand
} from "./chunk-YSL7GLSI.js";
import {
  runCommand
} from "./chunk-4QBQFNC5.js";
import {
  schemaInferCommand
} from "./chunk-5HZU7WPL.js";
import {
  trainCommand
} from "./chunk-FJR3HMPH.js";
import "./chunk-BHMR3RXF.js";
import {
  registryHistoryCommand
} from "./chunk-5BYZYGFZ.js";
import {
  registryKpisCommand
} from "./chunk-5TGXREF6.js";
import {
  registryListCommand
} from "./chunk-ICMYYGI4.js";
import {
  registryPullCommand
} from "./chunk-Q4ICUNFB.js";
import {
  registryRegisterCommand
} from "./chunk-TDL2LQRJ.js";
import "./chunk-SM4UZ5D6.js";
import {
  registryRollbackCommand
} from "./chunk-ZLUJORUX.js";
import {
  registryPromoteCommand
} from "./chunk-U6TQONX4.js";
import "./chunk-JMXOBL62.js";
import {
  registryShowCommand
} from "./chunk-S3KUXHKY.js";
import {
  gateCommand
} from "./chunk-6FCWT6AG.js";
import {
  initCommand
} from "./chunk-XQWHUPYV.js";
import {
  modelCardCommand
} from "./chunk-CB2F7VAN.js";
import "./chunk-SFLEXQ4B.js";
import {
  monitorCommand
} from "./chunk-KIPN2QRV.js";
import "./chunk-V4DRTVB6.js";
import {
  planCommand
} from "./chunk-TX5B3D35.js";
import {
  predictCommand
} from "./chunk-NWO3JF5I.js";
import {
  profileCommand
} from "./chunk-56DNXUL2.js";
import {
  registryDiffCommand
} from "./chunk-ECQ2GQMD.js";
import "./chunk-T46PH4CD.js";
import "./chunk-O4IL7M7M.js";
import "./chunk-7QMZ6MPZ.js";
import {
  configCheckCommand
} from "./chunk-OOIKIWFO.js";
import {
  driftCommand
} from "./chunk-KCAP4DJ4.js";
import "./chunk-BXXCK5Y4.js";
import {
  validateCommand
} from "./chunk-IB7QBEVG.js";
import "./chunk-LMXXNHWF.js";
import "./chunk-F5K763Y2.js";
import "./chunk-EVRDFNHE.js";
import "./chunk-YWIMBLPT.js";
import "./chunk-XH44LWVR.js";
import "./chunk-FIVW5RAB.js";
import "./chunk-6CBAJCOW.js";
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
import {
  metricsCommand
} from "./chunk-5KT5E2YD.js";
import {
  fairnessCommand
} from "./chunk-23Z6R42I.js";
import "./chunk-WYOVQZZL.js";
import "./chunk-RSKNBI6D.js";
import "./chunk-F4YKLFCW.js";
import "./chunk-OZANT2YJ.js";
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
