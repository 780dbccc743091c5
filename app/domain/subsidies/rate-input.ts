/**
 * A new dated rate row from the admin's rate page: one schema with every rule
 * that does not need the database (the service only refuses a date that is
 * already taken). Pure.
 */
import { z } from 'zod'
import { AGA_ZONES } from '@db/schema/reference'
import { parseNorwegianDate } from '~/domain/dates'
import { RATE_KINDS } from './rates'

const REQUIRED = 'Fyll ut feltet.'
const SOURCE_MESSAGE = 'Oppgi kilden (for eksempel nettside eller vedtak).'

export const NewRateSchema = z
  .object({
    kind: z.enum(RATE_KINDS, { errorMap: () => ({ message: 'Velg hvilken sats du legger inn.' }) }),
    zone: z.enum(AGA_ZONES).optional(),
    // «01.05.2027» or ISO; stored as ISO.
    validFrom: z
      .string({ required_error: REQUIRED })
      .transform((v, ctx) => parseNorwegianDate(v) ?? (ctx.addIssue({ code: 'custom', message: 'Skriv en gyldig dato.' }), z.NEVER)),
    // «14,1» as well as «14.1»; «130 160» with spaces.
    value: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/[\s\u00a0]/g, '').replace(',', '.')) : v),
      z.number({ required_error: REQUIRED, invalid_type_error: 'Skriv et tall.' }),
    ),
    source: z.string({ required_error: SOURCE_MESSAGE }).trim().min(5, SOURCE_MESSAGE),
  })
  .superRefine((v, ctx) => {
    // Zod runs this also when a field above failed: each rule looks only at fields that parsed.
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    const notNewYear = typeof v.validFrom === 'string' && !v.validFrom.endsWith('-01-01')
    if (v.kind === 'INKLUDERINGSTILSKUDD_MAKS' && notNewYear)
      issue('validFrom', 'Maksimumsbeløpet for inkluderingstilskudd gjelder fra 1. januar.')
    if (v.kind === 'VTAO_MANEDSBELOP' && notNewYear) issue('validFrom', 'Månedsbeløpet for VTAO gjelder for et kalenderår, fra 1. januar.')
    if (typeof v.value !== 'number' || Number.isNaN(v.value)) return
    if (v.kind === 'ARBEIDSGIVERAVGIFT') {
      if (!v.zone) issue('zone', 'Velg sone.')
      if (!(v.value >= 0 && v.value <= 100) || Math.round(v.value * 100) !== v.value * 100) {
        issue('value', 'Satsen må være mellom 0 og 100 prosent, med høyst to desimaler.')
      }
    } else if (!Number.isInteger(v.value) || v.value <= 0 || v.value > 10_000_000) {
      issue('value', 'Beløpet må være et helt antall kroner større enn 0.')
    }
  })

export type NewRateInput = z.infer<typeof NewRateSchema>
