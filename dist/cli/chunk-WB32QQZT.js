import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// src/adapters/config/first-line.ts
import { open } from "node:fs/promises";
async function readFirstLine(path, limit = 1 << 20) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch {
    return void 0;
  }
  try {
    const chunks = [];
    let total = 0;
    const buf = Buffer.alloc(65536);
    for (; ; ) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, total);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      const nl = chunk.indexOf(10);
      chunks.push(Buffer.from(nl >= 0 ? chunk.subarray(0, nl) : chunk));
      total += bytesRead;
      if (nl >= 0 || total >= limit) break;
    }
    const line = Buffer.concat(chunks).toString("utf8").replace(/\r$/, "");
    return total === 0 ? void 0 : line;
  } finally {
    await handle.close();
  }
}

// src/adapters/config/package-assets.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = import.meta.url) {
  let dir = dirname(fileURLToPath(from));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "mergeml") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the mergeml package root above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
function policiesDir() {
  return join(packageRoot(), "policies");
}
function workflowsDir() {
  return join(packageRoot(), "workflows");
}

// src/core/config/csv-header.ts
function parseCsvHeader(line, delimiter = ",") {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(cur);
      cur = "";
    } else if (c !== "\r") cur += c;
  }
  out.push(cur);
  return out;
}

export {
  readFirstLine,
  policiesDir,
  workflowsDir,
  parseCsvHeader
};
