/**
 * Validation of a vacancy (stilling) as an employer submits it. Pure: reference
 * data (STYRK-08, kommuner), today's date and the organisation's sector are passed in.
 * Messages are bokmål and name the field and the rule.
 */
import { z } from 'zod'
import { parseNorwegianDate } from '~/domain/dates'
import {
  CONTRACT_TYPE_CODES,
  DRIVING_LICENCE_CODES,
  INCLUSION_TAG_CODES,
  INCLUSION_TAG_GROUPS,
  INCLUSION_TAGS,
  LANGUAGE_CODES,
} from '../codes'
import { resolveOccupation, type Occupation } from './occupation'

export type VacancyValidationContext = {
  /** Today in Norway, YYYY-MM-DD. */
  today: string
  occupations: readonly Occupation[]
  isKnownKommune: (kommunenummer: string) => boolean
  /** The owning organisation's sector (PRIVAT, KOMMUNAL, FYLKESKOMMUNAL, STATLIG). */
  sector: string | null
}

export const START_MODES = ['SNAREST', 'DATO'] as const

export const MAX_SKILLS = 30
export const MAX_SKILL_LENGTH = 80

/** A skill list typed as free text: comma-separated or one per line; trimmed, without duplicates. */
export function parseSkillList(text: string | null | undefined): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of (text ?? '').split(/[,;\n\r]+/)) {
    const skill = part.replace(/\s+/g, ' ').trim()
    if (!skill) continue
    const key = skill.toLocaleLowerCase('nb-NO')
    if (seen.has(key)) continue
    seen.add(key)
    out.push(skill)
  }
  return out
}

/** The inclusion tag groups an organisation may choose from (STATLIG_INKLUDERINGSDUGNAD only for state employers). */
export function inclusionTagGroupsFor(sector: string | null) {
  return INCLUSION_TAG_GROUPS.filter((g) => g.code !== 'STATLIG_INKLUDERINGSDUGNAD' || sector === 'STATLIG').map((g) => ({
    code: g.code,
    label: g.label,
    tags: INCLUSION_TAG_CODES.filter((t) => t.startsWith(g.prefix)).map((t) => ({ code: t, label: INCLUSION_TAGS[t] })),
  }))
}

/** A date typed as «31.12.2026» or «2026-12-31» → «2026-12-31»; anything else → null. */
export const parseDateInput = parseNorwegianDate

/** «450 000», «450000 kr» → 450000; anything else → null. */
export function parseWholeKroner(value: string): number | null {
  const cleaned = value
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/kr\.?$/i, '')
    .replace(/,-$/, '')
  if (!/^\d+$/.test(cleaned)) return null
  const n = Number(cleaned)
  return Number.isSafeInteger(n) ? n : null
}

const optionalText = z.string().trim().optional()

export function vacancySchema(ctx: VacancyValidationContext) {
  return z
    .object({
      title: z
        .string({ required_error: 'Skriv en tittel på stillingen.' })
        .trim()
        .min(1, 'Skriv en tittel på stillingen.')
        .max(120, 'Tittelen kan ha høyst 120 tegn.'),
      // Missing is reported by resolveOccupation, so the other checks (dates, salary) still run in the same round.
      occupation: z
        .string()
        .default('')
        .transform((value, c) => {
          const result = resolveOccupation(value, ctx.occupations)
          if (!result.ok) {
            c.addIssue({ code: z.ZodIssueCode.custom, message: result.message })
            return z.NEVER
          }
          return result.code
        }),
      description: z
        .string({ required_error: 'Skriv en beskrivelse av stillingen.' })
        .trim()
        .min(1, 'Skriv en beskrivelse av stillingen.')
        .max(5000, 'Beskrivelsen kan ha høyst 5000 tegn.'),
      kommunenummer: z
        .string({ required_error: 'Velg kommunen der arbeidsstedet er.' })
        .refine((nr) => ctx.isKnownKommune(nr), 'Kommunen finnes ikke. Velg en kommune fra listen.'),
      positionPercent: z.string({ required_error: 'Skriv stillingsprosenten, et helt tall fra 1 til 100.' }).transform((value, c) => {
        const cleaned = value.replace(/[\s%]/g, '')
        const n = /^\d+$/.test(cleaned) ? Number(cleaned) : NaN
        if (!Number.isInteger(n) || n < 1 || n > 100) {
          c.addIssue({ code: z.ZodIssueCode.custom, message: 'Stillingsprosenten må være et helt tall fra 1 til 100.' })
          return z.NEVER
        }
        return n
      }),
      contractType: z.enum(CONTRACT_TYPE_CODES, {
        errorMap: () => ({ message: 'Velg ansettelsesform: fast, midlertidig, sesong eller sommerjobb.' }),
      }),
      startMode: z.enum(START_MODES, { errorMap: () => ({ message: 'Velg oppstart: snarest eller fra en dato.' }) }),
      startDate: optionalText,
      applicationDeadline: optionalText,
      yearlySalary: optionalText,
      requiredSkills: optionalText,
      desiredSkills: optionalText,
      languages: z.array(z.enum(LANGUAGE_CODES, { errorMap: () => ({ message: 'Ukjent språk. Velg språk fra listen.' }) })).default([]),
      drivingLicence: z
        .enum(DRIVING_LICENCE_CODES, {
          errorMap: () => ({ message: 'Ukjent førerkortklasse. Velg fra listen.' }),
        })
        .optional(),
      inclusionTags: z.array(z.enum(INCLUSION_TAG_CODES, { errorMap: () => ({ message: 'Ukjent inkluderingsmerke.' }) })).default([]),
      version: z.coerce.number().int().optional(),
    })
    .superRefine((v, c) => {
      if (v.startMode === 'DATO') {
        if (!v.startDate) c.addIssue({ code: 'custom', path: ['startDate'], message: 'Skriv startdatoen, eller velg «Snarest».' })
        else if (!parseDateInput(v.startDate)) {
          c.addIssue({ code: 'custom', path: ['startDate'], message: 'Startdatoen må være en gyldig dato, for eksempel 4.1.2027.' })
        }
      }
      if (v.applicationDeadline) {
        const deadline = parseDateInput(v.applicationDeadline)
        if (!deadline) {
          c.addIssue({
            code: 'custom',
            path: ['applicationDeadline'],
            message: 'Søknadsfristen må være en gyldig dato, for eksempel 31.12.2026.',
          })
        } else if (deadline < ctx.today) {
          c.addIssue({ code: 'custom', path: ['applicationDeadline'], message: 'Søknadsfristen kan ikke være før i dag.' })
        }
      }
      if (v.yearlySalary) {
        const salary = parseWholeKroner(v.yearlySalary)
        if (salary === null || salary <= 0) {
          c.addIssue({
            code: 'custom',
            path: ['yearlySalary'],
            message: 'Årslønnen må være et positivt helt antall kroner, for eksempel 450 000.',
          })
        } else if (salary > 50_000_000) {
          c.addIssue({ code: 'custom', path: ['yearlySalary'], message: 'Årslønnen kan ikke være over 50 000 000 kroner.' })
        }
      }
      for (const field of ['requiredSkills', 'desiredSkills'] as const) {
        const skills = parseSkillList(v[field])
        const name = field === 'requiredSkills' ? 'Krav til kompetanse' : 'Ønsket kompetanse'
        if (skills.length > MAX_SKILLS)
          c.addIssue({ code: 'custom', path: [field], message: `${name} kan ha høyst ${MAX_SKILLS} punkter.` })
        else if (skills.some((s) => s.length > MAX_SKILL_LENGTH)) {
          c.addIssue({
            code: 'custom',
            path: [field],
            message: `Hvert punkt i ${name.toLowerCase()} kan ha høyst ${MAX_SKILL_LENGTH} tegn.`,
          })
        }
      }
      if (v.inclusionTags.includes('STATLIG_INKLUDERINGSDUGNAD') && ctx.sector !== 'STATLIG') {
        c.addIssue({
          code: 'custom',
          path: ['inclusionTags'],
          message: 'Statlig inkluderingsdugnad kan bare velges av statlige virksomheter.',
        })
      }
    })
    .transform((v) => ({
      title: v.title,
      styrkCode: v.occupation,
      description: v.description,
      kommunenummer: v.kommunenummer,
      positionPercent: v.positionPercent,
      contractType: v.contractType,
      startAsap: v.startMode === 'SNAREST',
      startDate: v.startMode === 'DATO' ? parseDateInput(v.startDate) : null,
      applicationDeadline: parseDateInput(v.applicationDeadline),
      yearlySalary: v.yearlySalary ? parseWholeKroner(v.yearlySalary) : null,
      requiredSkills: parseSkillList(v.requiredSkills),
      desiredSkills: parseSkillList(v.desiredSkills),
      languages: [...new Set(v.languages)],
      drivingLicence: v.drivingLicence ?? null,
      inclusionTags: [...new Set(v.inclusionTags)],
      version: v.version,
    }))
}

export type VacancyInput = Omit<z.output<ReturnType<typeof vacancySchema>>, 'version'>

/** Validates plain input (the API and tests); forms use `vacancySchema` through Conform. */
export function validateVacancy(
  input: Record<string, unknown>,
  ctx: VacancyValidationContext,
): { ok: true; value: VacancyInput } | { ok: false; errors: Array<{ field: string; message: string }> } {
  const result = vacancySchema(ctx).safeParse(input)
  if (result.success) {
    const { version: _version, ...value } = result.data
    return { ok: true, value }
  }
  return { ok: false, errors: result.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message })) }
}
