/** The agreement form's shape (Zod, used with Conform) and its mapping to content. Pure. */
import { z } from 'zod'
import { ADAPTATION_CODES, ADAPTATION_GROUP_CODES, isCode, type AdaptationGroup } from '~/domain/codes'
import { parseDateInput } from '~/domain/vacancies/schema'
import type { AgreementContent } from './workflow'

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const validDate = (v: string) => parseDateInput(v) === v
/** «31.12.2026» or «2026-12-31» → ISO; anything else stays as typed and fails with `message`. */
const toIso = (v: unknown) => (typeof v === 'string' ? (parseDateInput(v) ?? v) : v)

const date = (message: string) => z.preprocess((v) => toIso(emptyToUndefined(v)), z.string().refine(validDate, message).optional())

/** ISO → «31.12.2026» for a text field. */
export function nbDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const [y, m, d] = iso.split('-')
  return `${d}.${m}.${y}`
}
/** Free text: empty (Conform sends empty fields as missing) becomes '', otherwise trimmed. */
const text = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} kan ha høyst ${max} tegn.`)
    .optional()
    .transform((v) => (v ?? '').trim())

export const AgreementFormSchema = z
  .object({
    version: z.coerce.number({ invalid_type_error: 'Mangler versjon – last siden på nytt.' }).int(),
    jobTitle: text(120, 'Stillingstittelen'),
    styrkCode: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d{4}$/, 'Velg et yrke fra listen. Skriv en del av yrkesnavnet, for eksempel «lager».')
        .optional(),
    ),
    positionPercent: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ invalid_type_error: 'Skriv stillingsprosenten som et tall.' })
        .int('Skriv stillingsprosenten som et helt tall.')
        .min(1, 'Stillingsprosenten må være minst 1.')
        .max(100, 'Stillingsprosenten kan ikke være over 100.')
        .optional(),
    ),
    startDate: date('Skriv startdatoen som dd.mm.åååå, for eksempel 01.12.2026.'),
    endDate: date('Skriv sluttdatoen som dd.mm.åååå, for eksempel 31.05.2027.'),
    permanent: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    monthlyPay: z.preprocess(
      (v) => (typeof v === 'string' ? emptyToUndefined(v.replace(/[\s\u00a0]/g, '')) : v),
      z.coerce
        .number({ invalid_type_error: 'Skriv månedslønnen i hele kroner, for eksempel 32000.' })
        .int('Skriv månedslønnen i hele kroner.')
        .min(0, 'Månedslønnen kan ikke være negativ.')
        .max(10_000_000, 'Månedslønnen er urimelig høy.')
        .optional(),
    ),
    contactName: text(120, 'Navnet'),
    contactPhone: z
      .string()
      .optional()
      .transform((v) => (v ?? '').trim())
      .refine((v) => v === '' || /^(\+47)?\s*\d(\s?\d){7}$/.test(v), 'Skriv et norsk telefonnummer med 8 siffer.'),
    contactEmail: z
      .string()
      .optional()
      .transform((v) => (v ?? '').trim())
      .refine((v) => v === '' || z.string().email().safeParse(v).success, 'Skriv en gyldig e-postadresse, for eksempel navn@firma.no.'),
    goals: text(2000, 'Målene'),
    followUpFrequency: text(300, 'Oppfølgingsplanen'),
    reviewDates: z.preprocess(
      (v) => (Array.isArray(v) ? v : v == null ? [] : [v]).filter((x) => typeof x === 'string' && x.trim() !== '').map(toIso),
      z.array(z.string().refine(validDate, 'Skriv evalueringsdatoen som dd.mm.åååå.')).max(6, 'Høyst seks evalueringsdatoer.'),
    ),
    adaptations: z.preprocess(
      (v) => (Array.isArray(v) ? v : v == null ? [] : [v]),
      z.array(z.string().refine((c) => ADAPTATION_CODES.includes(c), 'Ukjent tilretteleggingskode.')),
    ),
    // one description per adaptation group
    adaptationText_ARBEIDSTID: text(1000, 'Beskrivelsen'),
    adaptationText_FYSISK: text(1000, 'Beskrivelsen'),
    adaptationText_ARBEIDSHVERDAGEN: text(1000, 'Beskrivelsen'),
    adaptationText_UTFORDRINGER_MED_NORSK: text(1000, 'Beskrivelsen'),
  } satisfies Record<`adaptationText_${AdaptationGroup}`, z.ZodTypeAny> & Record<string, z.ZodTypeAny>)
  .superRefine((v, ctx) => {
    if (!v.permanent && v.startDate && v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Sluttdatoen kan ikke være før startdatoen.' })
    }
    for (const d of v.reviewDates) {
      if (v.startDate && d < v.startDate) {
        ctx.addIssue({ code: 'custom', path: ['reviewDates'], message: 'Evalueringsdatoene må være etter startdatoen.' })
        break
      }
    }
  })

export type AgreementFormValue = z.infer<typeof AgreementFormSchema>

export function contentFromForm(v: AgreementFormValue): AgreementContent {
  const textOf = (code: string) => {
    const group = code.split('__')[0]
    return isCode(ADAPTATION_GROUP_CODES, group) ? v[`adaptationText_${group}`] : ''
  }
  return {
    jobTitle: v.jobTitle,
    styrkCode: v.styrkCode ?? null,
    positionPercent: v.positionPercent ?? null,
    startDate: v.startDate ?? null,
    endDate: v.permanent ? null : (v.endDate ?? null),
    permanent: v.permanent,
    monthlyPay: v.monthlyPay ?? null,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
    goals: v.goals,
    followUpFrequency: v.followUpFrequency,
    reviewDates: [...v.reviewDates].sort(),
    adaptations: v.adaptations.map((code) => ({ code, text: textOf(code) })),
  }
}

/** Form default values from saved content (the inverse of contentFromForm). */
export function formDefaults(c: AgreementContent, version: number): Record<string, unknown> {
  const texts: Record<string, string> = {}
  for (const a of c.adaptations) texts[`adaptationText_${a.code.split('__')[0]}`] ||= a.text
  return {
    version: String(version),
    jobTitle: c.jobTitle,
    styrkCode: c.styrkCode ?? '',
    positionPercent: c.positionPercent == null ? '' : String(c.positionPercent),
    startDate: nbDate(c.startDate),
    endDate: nbDate(c.endDate),
    permanent: c.permanent ? 'on' : '',
    monthlyPay: c.monthlyPay == null ? '' : String(c.monthlyPay),
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    contactEmail: c.contactEmail,
    goals: c.goals,
    followUpFrequency: c.followUpFrequency,
    reviewDates: c.reviewDates.map(nbDate),
    adaptations: c.adaptations.map((a) => a.code),
    ...texts,
  }
}
