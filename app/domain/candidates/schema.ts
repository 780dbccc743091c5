import { z } from 'zod'
import { ISO_DATE_PATTERN, parseNorwegianDate } from '~/domain/dates'
import { INNSATSGRUPPE_CODES, IPS_STEP_CODES } from '~/domain/codes'
import { validateIdNumber } from './fnr'

/** Zod schemas for the caseload forms (used on the client for live validation and on the server). */

/** «dd.mm.åååå» (or ISO «åååå-mm-dd») → ISO date, or the input unchanged when it is neither. */
export function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value
  return parseNorwegianDate(value) ?? value.trim()
}

/** A date field typed as dd.mm.åååå. */
export const dateField = (missing: string) =>
  z.preprocess(toIsoDate, z.string({ required_error: missing }).regex(ISO_DATE_PATTERN, 'Skriv en gyldig dato som dd.mm.åååå.'))

export const RegisterCandidateSchema = z.object({
  firstName: z
    .string({ required_error: 'Skriv fornavnet.' })
    .trim()
    .min(1, 'Skriv fornavnet.')
    .max(100, 'Fornavnet kan være høyst 100 tegn.'),
  lastName: z
    .string({ required_error: 'Skriv etternavnet.' })
    .trim()
    .min(1, 'Skriv etternavnet.')
    .max(100, 'Etternavnet kan være høyst 100 tegn.'),
  fnr: z.string({ required_error: 'Skriv fødselsnummeret eller d-nummeret.' }).superRefine((value, ctx) => {
    const result = validateIdNumber(value)
    if (!result.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message })
  }),
  phone: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^(\+\d{1,3})?\d{8,12}$/.test(v.replace(/[\s-]/g, '')), 'Skriv et gyldig telefonnummer, for eksempel 912 34 567.'),
  email: z.string().trim().email('Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.').optional(),
  kommunenummer: z.string({ required_error: 'Velg kommune.' }).regex(/^\d{4}$/, 'Velg kommune.'),
  innsatsgruppe: z.enum(INNSATSGRUPPE_CODES, { errorMap: () => ({ message: 'Velg innsatsgruppe.' }) }),
  referralDate: dateField('Skriv henvisningsdatoen.'),
  navUnitId: z.coerce
    .number({ required_error: 'Velg NAV-kontor.', invalid_type_error: 'Velg NAV-kontor.' })
    .int()
    .positive('Velg NAV-kontor.'),
})
export type RegisterCandidateInput = z.infer<typeof RegisterCandidateSchema>

export const ChangeStepSchema = z.object({
  intent: z.literal('step'),
  step: z.enum(IPS_STEP_CODES, { errorMap: () => ({ message: 'Velg et steg.' }) }),
})

/** A year («2019») or a month and year («03.2019»), as people write it in a CV. */
const CV_PERIOD = /^(\d{4}|(0[1-9]|1[0-2])\.\d{4})$/
const cvPeriod = z
  .string()
  .trim()
  .regex(CV_PERIOD, 'Skriv året (åååå) eller måned og år (mm.åååå), for eksempel 2019 eller 03.2019.')
  .optional()

/** One row of the CV's work history; a row left empty is dropped, a half-filled row says what is missing. */
export const ExperienceRowSchema = z
  .object({
    employer: z.string().trim().max(200, 'Høyst 200 tegn.').optional(),
    title: z.string().trim().max(200, 'Høyst 200 tegn.').optional(),
    from: cvPeriod,
    to: cvPeriod,
  })
  .superRefine((row, ctx) => {
    const filled = Boolean(row.employer || row.title || row.from || row.to)
    if (filled && !row.employer) ctx.addIssue({ code: 'custom', path: ['employer'], message: 'Skriv arbeidsgiveren.' })
    if (filled && !row.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'Skriv stillingen.' })
  })

export const CvSchema = z.object({
  intent: z.literal('cv'),
  summary: z.string().trim().max(4000, 'Sammendraget kan være høyst 4000 tegn.').optional(),
  /** Work history as repeatable fields (arbeidsgiver, stilling, fra, til). */
  experience: z.array(ExperienceRowSchema).max(40, 'Høyst 40 arbeidsforhold.').optional(),
  /** One education per line: «Skole; Utdanning; år». */
  education: z.string().max(8000, 'Høyst 8000 tegn.').optional(),
  /** One certificate per line. */
  certificates: z.string().max(4000, 'Høyst 4000 tegn.').optional(),
})

export type Cv = {
  summary?: string
  experience?: Array<{ employer: string; title: string; from?: string; to?: string }>
  education?: Array<{ institution: string; programme: string; year?: string }>
  certificates?: string[]
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

/** Parses the CV form's line-per-entry text areas into the stored CV. */
export function parseCvForm(input: z.infer<typeof CvSchema>): Cv {
  return {
    summary: input.summary ?? '',
    experience: (input.experience ?? [])
      .filter((e) => e.employer && e.title)
      .map((e) => ({ employer: e.employer!, title: e.title!, ...(e.from ? { from: e.from } : {}), ...(e.to ? { to: e.to } : {}) })),
    education: lines(input.education).map((l) => {
      const [institution = '', programme = '', year] = l.split(';').map((p) => p.trim())
      return { institution, programme, ...(year ? { year } : {}) }
    }),
    certificates: lines(input.certificates),
  }
}

/** The stored CV back into the form's fields (the work history as rows). */
export function cvToForm(cv: Cv | null | undefined) {
  return {
    summary: cv?.summary ?? '',
    experience: (cv?.experience ?? []).map((e) => ({ employer: e.employer, title: e.title, from: e.from ?? '', to: e.to ?? '' })),
    education: (cv?.education ?? []).map((e) => [e.institution, e.programme, e.year].filter((p) => p !== undefined).join('; ')).join('\n'),
    certificates: (cv?.certificates ?? []).join('\n'),
  }
}
