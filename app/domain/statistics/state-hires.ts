/** A state employer's yearly report of its total new hires (the inclusion goal's denominator). */
import { z } from 'zod'
import { messages } from '~/utils/forms'

/** The share of new hires in the state the inclusion goal asks for. */
export const STATE_GOAL_PERCENT = 5

/** The first year a report can be for. */
export const FIRST_REPORT_YEAR = 2018

/** The report form: a year up to this one and a whole number of hires. */
export function stateHireReportSchema(currentYear: number) {
  return z.object({
    year: z.coerce
      .number({ required_error: messages.required, invalid_type_error: 'Skriv året med fire sifre, for eksempel 2026.' })
      .int('Skriv året med fire sifre, for eksempel 2026.')
      .min(FIRST_REPORT_YEAR, `Året må være ${FIRST_REPORT_YEAR} eller senere.`)
      .max(currentYear, `Du kan ikke rapportere for et år etter ${currentYear}.`),
    totalHires: z.coerce
      .number({ required_error: messages.required, invalid_type_error: 'Skriv antallet som et helt tall, for eksempel 120.' })
      .int('Skriv antallet som et helt tall, for eksempel 120.')
      .min(0, 'Antallet kan ikke være negativt.')
      .max(1_000_000, 'Antallet er for stort. Sjekk tallet.'),
  })
}

export type StateHireReportInput = z.infer<ReturnType<typeof stateHireReportSchema>>
