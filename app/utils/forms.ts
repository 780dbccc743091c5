/** Shared helpers for Conform + Zod forms (bokmål messages). */
export const messages = {
  required: 'Fyll ut feltet.',
  email: 'Skriv en gyldig e-postadresse, for eksempel navn@firma.no.',
}
