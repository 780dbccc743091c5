import { z } from 'zod'

/** One Zod schema per input on Min side (issue 14). Messages in plain bokmål. */

export const RequestLinkSchema = z.object({
  email: z
    .string({ required_error: 'Skriv e-postadressen din.' })
    .trim()
    .min(1, 'Skriv e-postadressen din.')
    .max(254, 'E-postadressen er for lang.')
    .email('Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.'),
})
export type RequestLinkInput = z.infer<typeof RequestLinkSchema>

export const DisclosureSchema = z.object({
  /** The needs the person lets employers see; every other registered need is withheld. */
  shown: z.array(z.string().max(80)).max(40).default([]),
})
export type DisclosureInput = z.infer<typeof DisclosureSchema>

export const WithdrawConsentSchema = z.object({
  confirm: z.literal('ja', { errorMap: () => ({ message: 'Kryss av for at du vil fjerne profilen.' }) }),
})
export type WithdrawConsentInput = z.infer<typeof WithdrawConsentSchema>

export const EndSharingSchema = z.object({
  intent: z.literal('end-sharing'),
})

export const AgreementAnswerSchema = z.object({
  answer: z.enum(['GODKJENN', 'AVSLA'], { errorMap: () => ({ message: 'Velg om du godkjenner avtalen.' }) }),
  version: z.coerce.number({ invalid_type_error: 'Last siden på nytt.' }).int().positive(),
})
export type AgreementAnswerInput = z.infer<typeof AgreementAnswerSchema>

export const DeletionRequestSchema = z.object({
  message: z.string().trim().max(1000, 'Skriv høyst 1000 tegn.').optional(),
})
export type DeletionRequestInput = z.infer<typeof DeletionRequestSchema>

/** Route ids on Min side are positive integers; anything else is «not found». */
export const IdParamSchema = z.coerce.number().int().positive()

/** The jobbspesialist's buttons on the person's Min side page (one form each, told apart by `intent`). */
export const MinSideAccessSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('invite') }),
  z.object({ intent: z.literal('end-sessions') }),
  z.object({
    intent: z.literal('deletion-handled'),
    requestId: z.coerce.number({ invalid_type_error: 'Last siden på nytt.' }).int().positive('Last siden på nytt.'),
  }),
])
