/**
 * One Zod schema per agreement form besides the agreement itself (that is
 * `AgreementFormSchema` in ./form): the route parses with it, the service
 * takes the parsed value and does not check its shape again. Rules that
 * depend on the date take `today` (like `vacancySchema`). Pure.
 */
import { z } from 'zod'
import { FOLLOW_UP_KINDS, FOLLOW_UP_WITH } from '@db/schema/agreements'
import { parseNorwegianDate } from '~/domain/dates'
import { SCHEMES } from '~/domain/subsidies'
import { healthWarning } from './follow-up'

const DATE_FORMAT_MESSAGE = 'Skriv datoen som dd.mm.åååå, for eksempel 08.12.2026.'
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

/** «08.12.2026» or ISO → ISO; anything else fails with the format message. */
const typedDate = (requiredMessage: string) =>
  z
    .string({ required_error: requiredMessage })
    .transform((v, ctx) => parseNorwegianDate(v) ?? (ctx.addIssue({ code: 'custom', message: DATE_FORMAT_MESSAGE }), z.NEVER))

const version = z.coerce.number({ invalid_type_error: 'Mangler versjon – last siden på nytt.' }).int()

/** The version the user saw (approving without a form of fields). */
/** The forms on the jobbspesialist's agreement page, told apart by their hidden `intent` field. */
export const AGREEMENT_PAGE_INTENTS = ['edit', 'scheme', 'followUp', 'plan', 'cancel', 'personApproval', 'sendLink', 'approve'] as const
export type AgreementPageIntent = (typeof AGREEMENT_PAGE_INTENTS)[number]
export const AgreementPageIntentSchema = z.enum(AGREEMENT_PAGE_INTENTS)

export const ApproveAgreementSchema = z.object({ version })

export const PersonApprovalSchema = z.object({
  version,
  method: z.enum(['MUNTLIG', 'SKRIFTLIG'], {
    required_error: 'Velg hvordan deltakeren godkjente.',
    invalid_type_error: 'Velg hvordan deltakeren godkjente.',
  }),
})
export type PersonApprovalInput = z.infer<typeof PersonApprovalSchema>

export const CancelAgreementSchema = z.object({
  reason: z
    .string({ required_error: 'Skriv hvorfor avtalen annulleres.' })
    .trim()
    .min(5, 'Skriv hvorfor avtalen annulleres (minst 5 tegn).')
    .max(1000, 'Begrunnelsen kan ha høyst 1000 tegn.'),
})

/** Amounts as typed («1 234,5»): spaces dropped, decimal comma as point; the calculator checks the numbers. */
const typedAmount = z.preprocess(emptyToUndefined, z.string().optional()).transform((v) => v?.replace(/[\s\u00a0]/g, '').replace(',', '.'))

export const AttachSchemeSchema = z.object({
  version,
  scheme: z.enum(SCHEMES, { required_error: 'Velg en ordning.', invalid_type_error: 'Velg en ordning.' }),
  endDate: z.preprocess(emptyToUndefined, typedDate('').optional()),
  subsidyPercent: typedAmount,
  hourlyWage: typedAmount,
  hoursPerMonth: typedAmount,
  expenseAmount: typedAmount,
})
export type AttachSchemeInput = z.infer<typeof AttachSchemeSchema>

/**
 * A logged follow-up contact. A note with health details is refused until
 * the user confirms it (`confirmHealth`): the warning stands by the note.
 */
export function followUpSchema(ctx: { today: string }) {
  return z
    .object({
      kind: z.enum(FOLLOW_UP_KINDS, {
        required_error: 'Velg hva slags kontakt det var.',
        invalid_type_error: 'Velg hva slags kontakt det var.',
      }),
      withWhom: z.enum(FOLLOW_UP_WITH, {
        required_error: 'Velg hvem du hadde kontakt med.',
        invalid_type_error: 'Velg hvem du hadde kontakt med.',
      }),
      date: typedDate('Skriv datoen for kontakten.').refine(
        (d) => d <= ctx.today,
        'Datoen kan ikke være fram i tid. Planlegg framtidige kontakter under «Neste oppfølging».',
      ),
      note: z
        .string()
        .max(2000, 'Notatet kan ha høyst 2000 tegn.')
        .optional()
        .transform((v) => (v ?? '').trim()),
      nextDate: z.preprocess(
        emptyToUndefined,
        typedDate('')
          .refine((d) => d > ctx.today, 'Neste oppfølging må være etter i dag.')
          .optional(),
      ),
      confirmHealth: z.preprocess((v) => v === 'on' || v === true, z.boolean()),
    })
    .superRefine((v, issue) => {
      const warning = healthWarning(v.note)
      if (warning && !v.confirmHealth) issue.addIssue({ code: 'custom', path: ['note'], message: warning })
    })
}
export type FollowUpInput = z.infer<ReturnType<typeof followUpSchema>>

export function planFollowUpSchema(ctx: { today: string }) {
  return z.object({ planDate: typedDate('Velg en dato.').refine((d) => d > ctx.today, 'Datoen må være etter i dag.') })
}

/** A new agreement for a person in the caseload and a registered employer (no hire to start from). */
export const NewAgreementSchema = z.object({
  candidateId: z.coerce
    .number({ required_error: 'Velg en person i porteføljen din.', invalid_type_error: 'Velg en person i porteføljen din.' })
    .int(),
  orgnr: z
    .string({ required_error: 'Skriv arbeidsgiverens organisasjonsnummer.' })
    .transform((v) => v.replace(/\s/g, ''))
    .refine((v) => /^\d{9}$/.test(v), 'Organisasjonsnummeret har ni siffer.'),
  sharingConsent: z.preprocess((v) => v === 'on', z.boolean()),
})

/** A new agreement from a hire («Fått jobben» on a contact request). */
export const AgreementFromHireSchema = z.object({
  contactRequestId: z.coerce.number({ invalid_type_error: 'Fant ikke forespørselen.' }).int().positive('Fant ikke forespørselen.'),
})
