/** The admin's audit log search (query string). Pure. */
import { z } from 'zod'
import { parseNorwegianDate } from '~/domain/dates'
import { isAuditAction } from './actions'

/** Typed as dd.mm.åååå (ISO also accepted), searched as ISO. */
const typedDate = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v?.trim()) return undefined
    const iso = parseNorwegianDate(v)
    if (!iso) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Skriv en gyldig dato på formen dd.mm.åååå, for eksempel 24.12.2026.' })
    return iso ?? undefined
  })

export const AuditLogSearchSchema = z.object({
  action: z
    .string()
    .optional()
    .refine((v) => !v || isAuditAction(v), 'Velg en hendelse fra listen.'),
  subjectType: z.string().max(100).optional(),
  subjectId: z.string().max(100).optional(),
  actorEmail: z.string().max(200).optional(),
  candidateId: z
    .string()
    .regex(/^\d*$/, 'Person-id er et tall.')
    .optional()
    .transform((v) => (v ? Number(v) : undefined)),
  from: typedDate,
  to: typedDate,
  page: z.coerce.number().int().min(1).max(100000).catch(1),
})
