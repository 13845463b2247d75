import { open } from 'node:fs/promises';

/** The first line of a text file (without CR/LF), reading only as much as needed; undefined if unreadable or empty. */
export async function readFirstLine(path: string, limit = 1 << 20): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.alloc(65536);
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, total);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      const nl = chunk.indexOf(0x0a);
      chunks.push(Buffer.from(nl >= 0 ? chunk.subarray(0, nl) : chunk));
      total += bytesRead;
      if (nl >= 0 || total >= limit) break;
    }
    const line = Buffer.concat(chunks).toString('utf8').replace(/\r$/, '');
    return total === 0 ? undefined : line;
  } finally {
    await handle.close();
  }
}
