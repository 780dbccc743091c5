/** Shared helpers for Conform + Zod forms (bokmål messages). */
export const messages = {
  required: 'Fyll ut feltet.',
  email: 'Skriv en gyldig e-postadresse, for eksempel navn@firma.no.',
}

/** Name of the hidden field with a form's idempotency key (issue 10 §6; app/services/idempotency.server.ts). */
export const IDEMPOTENCY_FIELD = 'idempotencyKey'

/**
 * A submitted value as a list of strings, whatever came in: Conform turns
 * names like `adaptations.a` or `adaptationNeeds[0].x` into objects, which a
 * page must never try to render as a code (issue 12). Anything but strings is dropped.
 */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : []
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []
}

/** A submitted value as one string ('' for anything else). */
export function stringValue(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
