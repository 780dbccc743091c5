import { z } from 'zod'
import {
  ADAPTATION_CODES,
  ADAPTATION_GROUP_CODES,
  AVAILABILITY_CODES,
  DRIVING_LICENCE_CODES,
  EDUCATION_LEVEL_CODES,
  EXPERIENCE_LEVEL_CODES,
  INCLUSION_TAG_CODES,
  isCode,
  LANGUAGE_CODES,
} from '~/domain/codes'
import { dateField } from '~/domain/candidates/schema'
import { TRAVEL_DISTANCES_KM } from '~/domain/matching/work-area'

/** The target-group flags a profile may show. */
export const TARGET_GROUP_CODES = INCLUSION_TAG_CODES.filter((c) => c.startsWith('PRIORITERT_MALGRUPPE__'))

/** A form value that may come as one string, several, or none → string[]. */
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '' && x != null) : [v]),
    z.array(item),
  )

const percent = (label: string) =>
  z.coerce
    .number({ invalid_type_error: `${label} må være et tall.`, required_error: `Fyll ut ${label.toLowerCase()}.` })
    .int(`${label} må være et helt tall.`)
    .min(10, `${label} må være minst 10 %.`)
    .max(100, `${label} kan være høyst 100 %.`)

export const ProfileFormSchema = z
  .object({
    intent: z.enum(['save', 'publish']).default('save'),
    headline: z.string().trim().max(120, 'Overskriften kan være høyst 120 tegn.').default(''),
    summary: z.string().trim().max(2000, 'Sammendraget kan være høyst 2000 tegn.').default(''),
    desiredStyrkCodes: list(z.string().regex(/^\d{4}$/, 'Velg et yrke fra listen.')).refine((v) => v.length <= 3, 'Velg høyst tre yrker.'),
    /** Comma- or line-separated. */
    skills: z
      .string()
      .max(1000, 'Ferdighetene kan være høyst 1000 tegn.')
      .default('')
      .transform((v) => [
        ...new Set(
          v
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ])
      .refine((v) => v.length <= 20, 'Skriv høyst 20 ferdigheter.'),
    experienceLevel: z.enum(EXPERIENCE_LEVEL_CODES, { errorMap: () => ({ message: 'Velg erfaringsnivå.' }) }).optional(),
    educationLevel: z.enum(EDUCATION_LEVEL_CODES, { errorMap: () => ({ message: 'Velg utdanningsnivå.' }) }).optional(),
    languages: list(z.enum(LANGUAGE_CODES, { errorMap: () => ({ message: 'Ukjent språk.' }) })),
    drivingLicences: list(z.enum(DRIVING_LICENCE_CODES, { errorMap: () => ({ message: 'Ukjent førerkortklasse.' }) })),
    workCapacityMin: percent('Laveste stillingsprosent'),
    workCapacityMax: percent('Høyeste stillingsprosent'),
    availability: z.enum(AVAILABILITY_CODES, { errorMap: () => ({ message: 'Velg når personen kan starte.' }) }),
    adaptationNeeds: list(
      z.string().refine((v) => ADAPTATION_CODES.includes(v) || isCode(ADAPTATION_GROUP_CODES, v), 'Ukjent tilretteleggingsbehov.'),
    ),
    targetGroups: list(z.string().refine((v) => isCode(TARGET_GROUP_CODES, v), 'Ukjent målgruppe.')),
    /** Where the person can work: chosen places, or the whole country. */
    workAreaMode: z.enum(['STEDER', 'HELE_LANDET'], { errorMap: () => ({ message: 'Velg hvor personen kan jobbe.' }) }).default('STEDER'),
    /** Kommune names as typed/chosen from the list (or kommunenummer); the service resolves them against the register. */
    workKommuner: list(z.string().trim().max(80, 'Velg kommuner fra listen.')).refine((v) => v.length <= 20, 'Velg høyst 20 kommuner.'),
    workFylker: list(z.string().regex(/^\d{2}$/, 'Velg fylker fra listen.')),
    maxTravelKm: z.coerce
      .number({ invalid_type_error: 'Velg hvor langt personen kan reise.' })
      .int('Velg hvor langt personen kan reise.')
      .refine((v): boolean => isCode(TRAVEL_DISTANCES_KM, v), 'Velg en reiseavstand fra listen.')
      .default(0),
    /** The jobbspesialist has checked the (derived) work area with the person. */
    confirmWorkArea: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
  })
  .superRefine((v, ctx) => {
    if (v.workCapacityMin > v.workCapacityMax) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['workCapacityMax'],
        message: 'Høyeste stillingsprosent kan ikke være lavere enn laveste.',
      })
    }
  })
export type ProfileFormInput = z.infer<typeof ProfileFormSchema>
export type ProfileDraft = Omit<ProfileFormInput, 'intent'>

/** Fields that must be filled before publishing (beyond the form's own rules). */
export function publishingGaps(
  draft: Pick<ProfileDraft, 'headline' | 'desiredStyrkCodes'> & Partial<Pick<ProfileDraft, 'workAreaMode' | 'workKommuner' | 'workFylker'>>,
): Array<{ field: string; message: string }> {
  const gaps: Array<{ field: string; message: string }> = []
  if (draft.workAreaMode === 'STEDER' && (draft.workKommuner ?? []).length === 0 && (draft.workFylker ?? []).length === 0) {
    gaps.push({
      field: 'workKommuner',
      message: 'Velg minst én kommune eller ett fylke personen kan jobbe i, eller «Hele landet», før du publiserer.',
    })
  }
  if (!draft.headline.trim()) gaps.push({ field: 'headline', message: 'Skriv en overskrift før du publiserer.' })
  if (draft.desiredStyrkCodes.length === 0)
    gaps.push({ field: 'desiredStyrkCodes', message: 'Velg minst ett ønsket yrke før du publiserer.' })
  return gaps
}

export const CONSENT_METHOD_LABELS = {
  MUNTLIG: 'Muntlig',
  SKRIFTLIG: 'Skriftlig',
  DIGITAL_LENKE: 'Digitalt (lenke)',
} as const

/** How any recorded consent was given, in words: the jobbspesialist's methods, or the person's own answer on Min side. */
export function consentMethodLabel(method: keyof typeof CONSENT_METHOD_LABELS | 'MIN_SIDE'): string {
  return method === 'MIN_SIDE' ? 'På Min side' : CONSENT_METHOD_LABELS[method]
}

export const PublishingConsentSchema = z.object({
  intent: z.literal('consent'),
  method: z.enum(['MUNTLIG', 'SKRIFTLIG', 'DIGITAL_LENKE'], { errorMap: () => ({ message: 'Velg hvordan samtykket ble gitt.' }) }),
  givenAt: dateField('Skriv datoen samtykket ble gitt.'),
})
