import { z } from 'zod'

/** The admin's exact look-up of one person by fødselsnummer or d-nummer (spaces dropped); no browsing of people. */
export const PersonLookupSchema = z.object({
  fnr: z
    .string({ required_error: 'Skriv fødselsnummeret eller d-nummeret.' })
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{11}$/, 'Fødselsnummeret og d-nummeret har 11 siffer.')),
})
