import type { z } from 'zod';

// Reads zod 4's public-but-internal definition objects (`_zod.def`) to find the keys an object schema
// allows at a path, for "did you mean" and for listing the expected keys.
interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly in?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (def.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'lazy' && def.getter) s = def.getter();
    else return s;
  }
  return s;
}

function literalValues(schema: z.ZodType): readonly unknown[] {
  const def = defOf(unwrap(schema)) as Def & { values?: readonly unknown[] };
  return def.type === 'literal' ? (def.values ?? []) : [];
}

/** The object schemas `schema` may be at `value`: one for an object, the matching options of a union. */
function objectOptions(schema: z.ZodType, value: unknown): z.ZodType[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'object') return [s];
  if (def.type === 'union' && def.options) {
    const all = def.options.flatMap((o) => objectOptions(o, value));
    const tag = def.discriminator;
    if (tag !== undefined && value !== null && typeof value === 'object') {
      const chosen = (value as Record<string, unknown>)[tag];
      const matching = all.filter((o) => literalValues(defOf(o).shape?.[tag] as z.ZodType).includes(chosen));
      if (matching.length > 0) return matching;
    }
    return all;
  }
  return [];
}

function child(schema: z.ZodType, segment: PropertyKey, value: unknown): { schema: z.ZodType; value: unknown } | undefined {
  const s = unwrap(schema);
  const def = defOf(s);
  const next = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  if (def.type === 'array' && def.element) return { schema: def.element, value: next };
  if (def.type === 'record' && def.valueType) return { schema: def.valueType, value: next };
  for (const option of objectOptions(s, value)) {
    const field = defOf(option).shape?.[String(segment)];
    if (field) return { schema: field, value: next };
  }
  return undefined;
}

/** Keys allowed by the object schema found at `path` inside `root` (given the data, for unions). */
export function allowedKeysAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  let cur: { schema: z.ZodType; value: unknown } | undefined = { schema: root, value: data };
  for (const segment of path) {
    cur = cur ? child(cur.schema, segment, cur.value) : undefined;
    if (!cur) return [];
  }
  const keys = new Set<string>();
  for (const option of objectOptions(cur.schema, cur.value)) for (const k of Object.keys(defOf(option).shape ?? {})) keys.add(k);
  return [...keys];
}
