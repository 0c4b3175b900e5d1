/**
 * `fields` without the ones that are undefined or empty strings, so that an answer, an error or an
 * event's detail carries only what is known (HyperCheckout sends empty strings for "no error").
 */
export function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== '')) as Partial<T>;
}
