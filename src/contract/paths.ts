/** Plain-object helpers for flat and nested Session API bodies. No zod: forms render with these. */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array of objects, or the JSON string the Session API carries one in; undefined for anything else. */
export function parseEntries(value: unknown): Record<string, unknown>[] | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return Array.isArray(parsed) && parsed.every(isRecord) ? parsed : undefined;
}

export function getPath(object: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), object);
}

/** Sets `path` in a copy of `object`, copying each level on the way so the input stays untouched. */
export function setPath(object: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  const child = isRecord(object[key]) ? object[key] : {};
  return { ...object, [key]: rest.length ? setPath(child, rest.join('.'), value) : value };
}
