/**
 * One Zod schema per contact-request input (issue 13): the route parses with
 * it, the service takes the parsed value and does not check its shape again.
 * Rules that need the database (the profile is published, the vacancy is the
 * employer's own, the request's status, who owns it) stay in the service;
 * rules that depend on the date take `today`. Pure.
 */
import { z } from 'zod'
import { EMPLOYER_MARKING_CODES, isCode } from '~/domain/codes'
import { CONTACT_ANSWER_CODES, RECORDED_ANSWER_METHOD_CODES } from './answers'
import { CV_PART_CODES, type CvPart } from './cv-parts'
import { DEADLINE_OPTION_CODES, resolveDeadline } from './dates'

/** One bokmål message for a missing, mistyped or unknown choice. */
const choice = (message: string) => ({ errorMap: () => ({ message }) })

/* ------------------------------------------------------------------ the employer */

const MESSAGE_REQUIRED = 'Skriv en melding til jobbspesialisten.'
const VACANCY_MESSAGE = 'Velg en av virksomhetens publiserte stillinger, eller ingen stilling.'

/** «Be om kontakt»: an optional vacancy of the employer's own and a message to the jobbspesialist. */
export const ContactRequestSchema = z.object({
  vacancyId: z.number({ invalid_type_error: VACANCY_MESSAGE }).int(VACANCY_MESSAGE).positive(VACANCY_MESSAGE).optional(),
  message: z.string({ required_error: MESSAGE_REQUIRED }).trim().min(1, MESSAGE_REQUIRED).max(2000, 'Meldingen kan være høyst 2000 tegn.'),
})
export type ContactRequestInput = z.infer<typeof ContactRequestSchema>

/** The employer's marking of a person who has shared their details. */
export const MarkCandidateSchema = z.object({
  marking: z.enum(EMPLOYER_MARKING_CODES, choice('Velg en markering.')),
})
export type MarkCandidateInput = z.infer<typeof MarkCandidateSchema>

/** The employer's request page: withdraw the request, or mark the person (told apart by `intent`). */
export const EmployerRequestFormSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('withdraw') }),
  MarkCandidateSchema.extend({ intent: z.literal('mark') }),
])

/* ------------------------------------------------------------------ the jobbspesialist */

const askFields = {
  deadlineOption: z.enum(DEADLINE_OPTION_CODES, choice('Velg en svarfrist.')),
  /** dd.mm.åååå (or ISO), when the option is DATO. */
  deadlineDate: z.string().optional(),
  /** The CV parts to share on a yes, each once. */
  cvParts: z
    .array(z.string())
    .optional()
    .refine(
      (parts): parts is CvPart[] | undefined => (parts ?? []).every((part) => isCode(CV_PART_CODES, part)),
      'Velg bare blant CV-delene i listen.',
    )
    .transform((parts) => [...new Set(parts)]),
  sendLink: z
    .boolean()
    .optional()
    .transform((send) => send ?? false),
}

/** The reply deadline from the option and the typed date; its messages stand by the field they are about. */
function withDeadline(today: string) {
  return <T extends { deadlineOption: string; deadlineDate?: string; cvParts: CvPart[]; sendLink: boolean }>(
    value: T,
    ctx: z.RefinementCtx,
  ) => {
    const deadline = resolveDeadline(value.deadlineOption, value.deadlineDate, today)
    if (!deadline.ok) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [deadline.field], message: deadline.message })
      return z.NEVER
    }
    return { deadline: deadline.deadline, cvParts: value.cvParts, sendLink: value.sendLink }
  }
}

/**
 * «Spør kandidaten»: the reply deadline (2, 3 or 7 days, or a date after
 * today and at most one month ahead), the CV parts to share, and whether to
 * e-mail the person a link. Parses to the resolved deadline.
 */
export function askCandidateSchema(ctx: { today: string }) {
  return z.object(askFields).transform(withDeadline(ctx.today))
}
export type AskCandidateInput = z.output<ReturnType<typeof askCandidateSchema>>

/** The «Spør kandidaten» form on the request page (told apart from the answer form by its `intent`). */
export function askCandidateFormSchema(ctx: { today: string }) {
  return z.object({ intent: z.literal('ask'), ...askFields }).transform(withDeadline(ctx.today))
}

/** The jobbspesialist records the person's answer and how it was given. */
export const RecordAnswerSchema = z.object({
  answer: z.enum(CONTACT_ANSWER_CODES, choice('Velg hva kandidaten svarte.')),
  method: z.enum(RECORDED_ANSWER_METHOD_CODES, choice('Velg hvordan kandidaten svarte.')),
})
export type RecordAnswerInput = z.infer<typeof RecordAnswerSchema>

/* ------------------------------------------------------------------ the person */

/** The person's own answer: through the e-mailed link or on Min side. */
export const ContactAnswerSchema = z.object({
  answer: z.enum(CONTACT_ANSWER_CODES, choice('Velg ja eller nei.')),
})
export type ContactAnswerInput = z.infer<typeof ContactAnswerSchema>
