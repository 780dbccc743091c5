/** Shared helpers for Conform + Zod forms (bokmål messages). */
export const messages = {
  required: 'Fyll ut feltet.',
  email: 'Skriv en gyldig e-postadresse, for eksempel navn@firma.no.',
}

/** Name of the hidden field with a form's idempotency key (issue 10 §6; app/services/idempotency.server.ts). */
export const IDEMPOTENCY_FIELD = 'idempotencyKey'
