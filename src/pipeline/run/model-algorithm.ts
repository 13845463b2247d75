/** How reports name a model's algorithm (`mlp [32, 16]`, `logistic_regression`), from its training card. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The algorithm of a training-card.json's bytes; `model` when the card is absent or unreadable. */
export function algorithmOfCard(bytes: Uint8Array | undefined): string {
  if (bytes === undefined) return 'model';
  try {
    const m = (JSON.parse(new TextDecoder().decode(bytes)) as { config?: { train?: { model?: { type?: unknown; layers?: unknown } } } }).config?.train?.model;
    if (typeof m?.type !== 'string') return 'model';
    return Array.isArray(m.layers) ? `${m.type} [${m.layers.join(', ')}]` : m.type;
  } catch {
    return 'model';
  }
}

/** The algorithm of the artifact in `dir`. */
export async function algorithmOf(dir: string): Promise<string> {
  return algorithmOfCard(await readFile(join(dir, 'training-card.json')).catch(() => undefined));
}
