/** The merchant verticals the Session API serves, each with its own form and rules. */
export const verticals = ['general', 'insurance', 'education', 'travel', 'tpv', 'mandate', 'billing'] as const;

export type Vertical = (typeof verticals)[number];

export function isVertical(value: unknown): value is Vertical {
  return typeof value === 'string' && (verticals as readonly string[]).includes(value);
}
